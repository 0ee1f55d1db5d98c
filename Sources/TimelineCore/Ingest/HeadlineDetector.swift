/// Decides whether the first line of a text reads as a headline: short, no final period, not a dateline,
/// not a byline, followed by more text.
struct HeadlineDetector {
    /// The headline's range and its display text (markdown `#` marks removed), and where the body starts.
    static func detect(_ text: ScalarText, from start: Int) -> (range: TextRange, title: String, bodyStart: Int)? {
        let s = text.scalars
        var a = start
        while a < s.count && s[a].isSpaceOrNewline { a += 1 }
        var e = a
        while e < s.count && !s[e].isNewline { e += 1 }
        var b = e
        while b > a && s[b - 1].isSpaceOrNewline { b -= 1 }
        var next = e
        while next < s.count && s[next].isSpaceOrNewline { next += 1 }
        guard b > a, next < s.count, b - a <= 200 else { return nil }
        var t = a
        let markdown = s[a] == "#"
        while t < b && (s[t] == "#" || s[t].isBlank) { t += 1 }
        guard t < b else { return nil }
        let title = plainString(s[t..<b])
        if !markdown {
            let last = s[b - 1]
            if last == "." || last == "," || last == ";" || last == ":" { return nil }
            if b - 2 >= a, s[b - 1].isClosing, s[b - 2] == "." { return nil }
            let words = title.split(separator: " ")
            guard (2...25).contains(words.count) else { return nil }
            if s[t].isLower || title.hasPrefix("By ") { return nil }
            if DatelineParser().parse(text, at: a) != nil { return nil }
        }
        return (TextRange(a, b), title, next)
    }
}
