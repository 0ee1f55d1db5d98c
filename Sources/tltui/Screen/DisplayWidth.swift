/// Display width of text in terminal columns (wcwidth semantics), from a small table of its own so the
/// screen model is testable without a terminal or a locale.
enum DisplayWidth {
    /// Zero-width scalars: combining marks, joiners, variation selectors, format characters.
    static let zeroWidth: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
        0x0E31...0x0E31, 0x0E34...0x0E3A, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F,
        0x2028...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F,
        0xFEFF...0xFEFF, 0xE0100...0xE01EF,
    ]
    /// East Asian wide and fullwidth scalars, and emoji with emoji presentation.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[mid].lowerBound { hi = mid - 1 } else if v > table[mid].upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Width of one scalar: 0, 1 or 2; controls count 0 (callers drop them first).
    static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if contains(zeroWidth, v) { return 0 }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark { return 0 }
        return contains(wide, v) ? 2 : 1
    }

    /// Width of one grapheme: its scalars' widths summed and clamped to 0…2; an emoji
    /// variation selector (U+FE0F) makes it 2.
    static func of(_ c: Character) -> Int {
        var w = 0
        for s in c.unicodeScalars {
            if s.value == 0xFE0F { return 2 }
            w += of(s)
        }
        return min(w, 2)
    }

    static func of(_ text: String) -> Int {
        if let n = simpleCount(text) { return n }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The number of scalars when every one is a grapheme of its own, one column wide (printable ASCII,
    /// Latin-1 and Latin Extended letters below the combining marks, the dashes, quotes and ellipsis of
    /// U+2010…U+2027, and the arrows and mathematical operators of U+2190…U+22FF, such as the '≤' and '≥' of
    /// dates); nil otherwise. Such text is measured and cut by scalars, without grapheme breaking.
    static func simpleCount(_ text: String) -> Int? {
        var ascii = true
        for b in text.utf8 where b < 0x20 || b >= 0x7F { ascii = false; break }
        if ascii { return text.utf8.count }
        var n = 0
        for u in text.unicodeScalars {
            let v = u.value
            guard (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300) || (v >= 0x2010 && v <= 0x2027)
                    || (v >= 0x2190 && v <= 0x22FF) else { return nil }
            n += 1
        }
        return n
    }

    /// Tabs to spaces, other controls dropped: what is left can be measured and drawn.
    static func clean(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\t" || s == "\n" || s == "\r" { out.append(" ") } else if s.value >= 0x20 && s.value != 0x7F { out.append(s) }
        }
        return String(out)
    }

    /// The longest prefix of `text` that fits `width` columns, with "…" at the cut when it does not fit whole.
    static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = clean(text)
        if let n = simpleCount(text) {
            if n <= width { return text }
            let ew = of(ellipsis)
            let out = String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, width - ew))))
            return ew <= width ? out + ellipsis : out
        }
        if of(text) <= width { return text }
        let ew = of(ellipsis)
        var out = "", used = 0
        for c in text {
            let cw = of(c)
            if used + cw + ew > width { break }
            out.append(c); used += cw
        }
        return ew <= width ? out + ellipsis : out
    }

    /// Word-wraps `text` to `width` columns; words longer than a line are cut by grapheme. With `maxLines`, the
    /// first lines only (those of the whole text wrapped), made without reading further.
    static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = [], line = "", lineW = 0
        var rest = clean(text)[...]
        // One word at a time, so the first lines of a long text cost no split of all of it.
        while lines.count < maxLines {
            while rest.first == " " { rest = rest.dropFirst() }
            guard !rest.isEmpty else { break }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            var word = String(rest[..<end]), ww = of(word)
            rest = rest[end...]
            if lineW > 0 && lineW + 1 + ww <= width { line += " " + word; lineW += 1 + ww; continue }
            if lineW > 0 { lines.append(line); line = ""; lineW = 0 }
            while ww > width {
                var head = "", hw = 0
                for c in word { let cw = of(c); if hw + cw > width { break }; head.append(c); hw += cw }
                if head.isEmpty { break }
                lines.append(head); word.removeFirst(head.count); ww = of(word)
            }
            line = word; lineW = ww
        }
        if lineW > 0 || lines.isEmpty { lines.append(line) }
        return lines.count > maxLines ? Array(lines.prefix(maxLines)) : lines
    }
}
