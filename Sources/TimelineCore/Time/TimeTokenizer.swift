/// A token of text for the temporal rules: a word (letters), a number (digits) or one punctuation scalar.
struct TimeToken {
    enum Kind { case word, number, punct }
    var kind: Kind
    /// Lowercased text.
    var text: String
    var start: Int
    var end: Int
    var capitalized: Bool
    /// For numbers: the value and digit count.
    var number: Int = 0
    var digits: Int = 0
    /// True when whitespace precedes the token.
    var spaceBefore: Bool
}

enum TimeTokenizer {
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return c.properties.isAlphabetic
    }

    static func tokenize(_ s: [Unicode.Scalar], from lo: Int = 0, to hi: Int? = nil) -> [TimeToken] {
        var out: [TimeToken] = []
        out.reserveCapacity(s.count / 4)
        var i = lo
        let end = hi ?? s.count
        var space = true
        while i < end {
            let c = s[i]
            let v = c.value
            if v == 32 || v == 10 || v == 9 || v == 13 || (v >= 128 && c.properties.isWhitespace) { space = true; i += 1; continue }
            if v >= 48 && v <= 57 {
                var j = i, n = 0
                while j < end, s[j].value >= 48, s[j].value <= 57 {
                    if j - i < 9 { n = n * 10 + Int(s[j].value - 48) }
                    j += 1
                }
                var t = TimeToken(kind: .number, text: "", start: i, end: j, capitalized: false, spaceBefore: space)
                t.number = n; t.digits = j - i
                var view = String.UnicodeScalarView(); view.append(contentsOf: s[i..<j]); t.text = String(view)
                out.append(t); i = j
            } else if TimeTokenizer.isLetter(c) {
                var j = i
                var view = String.UnicodeScalarView()
                while j < end, TimeTokenizer.isLetter(s[j]) {
                    let x = s[j].value
                    if x >= 65 && x <= 90 { view.append(Unicode.Scalar(x + 32)!) }
                    else if x < 128 { view.append(s[j]) }
                    else { view.append(contentsOf: s[j].properties.lowercaseMapping.unicodeScalars) }
                    j += 1
                }
                let cap = v < 128 ? (v >= 65 && v <= 90) : c.properties.isUppercase
                out.append(TimeToken(kind: .word, text: String(view), start: i, end: j, capitalized: cap, spaceBefore: space))
                i = j
            } else {
                var view = String.UnicodeScalarView(); view.append(c)
                out.append(TimeToken(kind: .punct, text: String(view), start: i, end: i + 1, capitalized: false, spaceBefore: space))
                i += 1
            }
            space = false
        }
        return out
    }
}
