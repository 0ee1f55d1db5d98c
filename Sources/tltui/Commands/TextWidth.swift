/// Terminal display width of text, for the plain-text tables of the commands: combining marks and
/// format characters take no column, East Asian wide and emoji characters two, the rest one.
enum TextWidth {
    static func width(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.unicodeScalars.allSatisfy(isZeroWidth) { return 0 }
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation
        return isWide(first) ? 2 : 1
    }

    static func width(_ s: String) -> Int { s.reduce(0) { $0 + width($1) } }

    static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return u.value == 0x200B
        }
    }

    static func isWide(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `s` cut to at most `max` columns, with "…" at the cut; never half a wide character.
    static func truncate(_ s: String, to max: Int) -> String {
        guard max > 0 else { return "" }
        if width(s) <= max { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = width(c)
            if used + w > max - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// `s` padded with spaces to `columns`.
    static func pad(_ s: String, to columns: Int) -> String {
        s + String(repeating: " ", count: Swift.max(0, columns - width(s)))
    }
}
