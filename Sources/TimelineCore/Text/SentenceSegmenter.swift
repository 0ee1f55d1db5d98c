/// Splits a range of a text into sentences, by Unicode-scalar offsets. The text is never rewritten.
///
/// Paragraphs: a blank line always separates paragraphs. A single line break does too, unless the range
/// is hard-wrapped prose (blank lines between paragraphs and most single breaks in mid-sentence).
/// Sentences end at `.`, `!`, `?`, `…` (with closing quotes and brackets attached) before a capital,
/// a digit or an opening quote, except after abbreviations, initials and inside decimals.
/// A sentence inside a quotation that spans several sentences records that quotation's range.
public struct SentenceSegmenter: Sendable {
    public init() {}

    public func segment(_ text: ScalarText, in range: TextRange) -> [Sentence] {
        let s = text.scalars
        let lo = min(max(0, range.start), s.count)
        let hi = min(max(lo, range.end), s.count)
        let paragraphs = Self.paragraphs(s, lo, hi)
        var sentences: [Sentence] = []
        for (index, p) in paragraphs.enumerated() {
            for r in Self.sentences(s, p.start, p.end) {
                for piece in Self.bounded(s, r) { sentences.append(Sentence(range: piece, paragraph: index)) }
            }
        }
        let quotes = Self.quotations(s, paragraphs)
        if !quotes.isEmpty {
            var qi = 0
            var i = 0
            // Both lists are sorted: one linear sweep.
            while i < sentences.count && qi < quotes.count {
                let q = quotes[qi]
                if sentences[i].range.end <= q.start { i += 1; continue }
                if sentences[i].range.start >= q.end { qi += 1; continue }
                var j = i
                while j < sentences.count && sentences[j].range.start < q.end { j += 1 }
                if j - i >= 2 { for k in i..<j { sentences[k].quotation = q } }
                qi += 1
            }
        }
        return sentences
    }

    /// No sentence is longer than this many scalars. A run with no sentence end (a flattened table, a scraped
    /// page, a line of 100,000 characters) is cut into pieces, because the later stages analyse each sentence in
    /// time that grows faster than its length; real sentences stay far below it.
    public static let maxSentenceLength = 1_000

    /// `r` cut at the last space before each `maxSentenceLength` (at the limit when a piece has no space),
    /// without the spaces at the cuts.
    static func bounded(_ s: [Unicode.Scalar], _ r: TextRange) -> [TextRange] {
        guard r.length > maxSentenceLength else { return [r] }
        var pieces: [TextRange] = []
        var start = r.start
        while start < r.end {
            if r.end - start <= maxSentenceLength {
                pieces.append(TextRange(start, r.end))
                break
            }
            var cut = start + maxSentenceLength
            while cut > start + maxSentenceLength / 2 && !s[cut].isSpaceOrNewline { cut -= 1 }
            if !s[cut].isSpaceOrNewline { cut = start + maxSentenceLength }
            var end = cut
            while end > start && s[end - 1].isSpaceOrNewline { end -= 1 }
            if end > start { pieces.append(TextRange(start, end)) }
            start = cut
            while start < r.end && s[start].isSpaceOrNewline { start += 1 }
        }
        return pieces
    }

    // MARK: Paragraphs

    static func paragraphs(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [TextRange] {
        // Lines as (start, end) without the line feed.
        var lines: [TextRange] = []
        var start = lo
        for i in lo..<hi where s[i].isNewline {
            lines.append(TextRange(start, i))
            start = i + 1
        }
        lines.append(TextRange(start, hi))
        func isBlankLine(_ r: TextRange) -> Bool { !(r.start..<r.end).contains { !s[$0].isSpaceOrNewline } }
        func firstChar(_ r: TextRange) -> Int? { (r.start..<r.end).first { !s[$0].isSpaceOrNewline } }
        func lastChar(_ r: TextRange) -> Int? { (r.start..<r.end).last { !s[$0].isSpaceOrNewline } }
        let blank = lines.map(isBlankLine)
        var hasBlank = false
        var singles = 0
        var wraps = 0
        for k in 0..<lines.count where !blank[k] {
            if k + 1 < lines.count {
                if blank[k + 1] { hasBlank = true; continue }
                singles += 1
                if let l = lastChar(lines[k]), let f = firstChar(lines[k + 1]) {
                    let e = s[l]
                    if !(e == "." || e == "!" || e == "?" || e == ":" || e == "…" || e.isClosing) || s[f].isLower { wraps += 1 }
                }
            }
        }
        let softWraps = hasBlank && singles > 0 && wraps * 2 >= singles
        func isBlockStart(_ r: TextRange) -> Bool {
            guard let f = firstChar(r) else { return false }
            let c = s[f]
            if c == "#" || c == ">" { return true }
            if (c == "-" || c == "*" || c == "+"), f + 1 < r.end, s[f + 1].isBlank { return true }
            return false
        }
        var result: [TextRange] = []
        var current: TextRange?
        for k in 0..<lines.count {
            if blank[k] {
                if let c = current { result.append(c) }
                current = nil
                continue
            }
            guard let f = firstChar(lines[k]), let l = lastChar(lines[k]) else { continue }
            if var c = current, softWraps, !isBlockStart(lines[k]), s[c.start] != "#" {
                c.end = l + 1
                current = c
            } else {
                if let c = current { result.append(c) }
                current = TextRange(f, l + 1)
            }
        }
        if let c = current { result.append(c) }
        return result
    }

    // MARK: Sentences in a paragraph

    static func isTerminal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func sentences(_ s: [Unicode.Scalar], _ ps: Int, _ pe: Int) -> [TextRange] {
        var out: [TextRange] = []
        var start = ps
        var i = ps
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b && s[a].isSpaceOrNewline { a += 1 }
            while b > a && s[b - 1].isSpaceOrNewline { b -= 1 }
            if b > a { out.append(TextRange(a, b)) }
        }
        while i < pe {
            guard isTerminal(s[i]) else { i += 1; continue }
            var k = i
            while k < pe && isTerminal(s[k]) { k += 1 }
            var j = k
            while j < pe && s[j].isClosing { j += 1 }
            if shouldBreak(s, ps, pe, i, k, j) {
                emit(j)
                start = j
            }
            i = j
        }
        emit(pe)
        return out
    }

    static func shouldBreak(_ s: [Unicode.Scalar], _ ps: Int, _ pe: Int, _ i: Int, _ k: Int, _ j: Int) -> Bool {
        var n = j
        while n < pe && s[n].isSpaceOrNewline { n += 1 }
        if n >= pe { return true }
        let next = s[n]
        if n == j {
            // No space: only "…?”Next" (a closing quote glued to the next sentence).
            return j > k && (next.isUpper || next == "\u{201C}")
        }
        if next.isLower { return false }
        if next == "," || next == ";" || next == ":" || next.isDash || next == ")" || next == "]" { return false }
        let run = s[i..<k]
        let isEllipsis = run.contains("…") || run.count >= 3
        if isEllipsis { return next.isUpper || next.isOpeningQuote || next.isDigit }
        if run.count > 1 || s[i] != "." { return true }
        // A single period: look at the word before it.
        var w = i
        while w > ps && (s[w - 1].isLetter || (s[w - 1] == "." && w - 2 >= ps && s[w - 2].isLetter)) { w -= 1 }
        if w == i { return true }
        // Letters glued to a number are its suffix, no abbreviation: "on March 1st. Local media …" ends there ("st"
        // is otherwise "St." before a name).
        if w > ps && s[w - 1].isDigit { return true }
        let word = lowerString(s[w..<i])
        let nextWord: String = {
            var e = n
            while e < pe && s[e].isLetter { e += 1 }
            return lowerString(s[n..<e])
        }()
        let single = i - w == 1
        if single && s[w].isUpper {
            // An initial ("J. R. R. Tolkien"), unless a common opener follows ("Plan B. The …").
            return Abbreviations.openers.contains(nextWord) && !nextWord.isEmpty
        }
        if Abbreviations.always.contains(word) { return false }
        if Abbreviations.titles.contains(word) && (next.isUpper || next.isDigit) { return false }
        if Abbreviations.beforeNumbers.contains(word) && next.isDigit { return false }
        // A clock time opening its paragraph is a live blog's stamp on the entry it opens: "11:05 a.m. The shelter-in-place
        // order has been lifted." is one sentence (as "9:40 a.m. Fire Chief Kenneth Dobbs says …" is).
        if word == "a.m" || word == "p.m", (ps..<w).allSatisfy({ s[$0].isDigit || s[$0] == ":" || s[$0] == "." || s[$0].isSpaceOrNewline }),
           (ps..<w).contains(where: { s[$0].isDigit }) { return false }
        if Abbreviations.ambiguous.contains(word) || word.contains(".") {
            return next.isOpeningQuote || Abbreviations.openers.contains(nextWord)
        }
        return true
    }

    // MARK: Quotations

    /// Ranges of double-quoted passages, following the press convention that a quotation carried
    /// into the next paragraph leaves the first unclosed and reopens the next.
    static func quotations(_ s: [Unicode.Scalar], _ paragraphs: [TextRange]) -> [TextRange] {
        var out: [TextRange] = []
        var open: Int?
        var lastEnd = 0
        for p in paragraphs {
            var i = p.start
            if let o = open {
                if s[p.start] == "\u{201C}" || s[p.start] == "\"" {
                    i = p.start + 1  // continuation of the quotation
                } else {
                    out.append(TextRange(o, lastEnd))
                    open = nil
                }
            }
            while i < p.end {
                let c = s[i]
                var opening = c == "\u{201C}" || c == "\u{201E}"
                var closing = c == "\u{201D}"
                if c == "\"" {
                    let before = i == p.start || s[i - 1].isSpaceOrNewline || s[i - 1] == "(" || s[i - 1] == "["
                    let after = i + 1 < p.end && !s[i + 1].isSpaceOrNewline
                    if before && after { opening = true } else { closing = true }
                }
                if opening {
                    if let o = open { out.append(TextRange(o, i)) }
                    open = i
                } else if closing, let o = open {
                    out.append(TextRange(o, i + 1))
                    open = nil
                }
                i += 1
            }
            lastEnd = p.end
        }
        if let o = open { out.append(TextRange(o, lastEnd)) }
        return out
    }
}
