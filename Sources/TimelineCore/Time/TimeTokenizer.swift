/// A token of text for the temporal rules: a word (letters), a number (digits) or one punctuation scalar.
/// Its lowercased text is kept apart, in `TimeTokens.texts`, so that a token is plain data and cheap to copy.
struct TimeToken {
    enum Kind { case word, number, punct }
    var kind: Kind
    /// FNV-1a hash of the lowercased text when it is ASCII (as `WordTable` hashes it), else nil.
    var hash: UInt64?
    var start: Int
    var end: Int
    var capitalized: Bool
    /// For numbers: the value and digit count.
    var number: Int = 0
    var digits: Int = 0
    /// True when whitespace precedes the token.
    var spaceBefore: Bool
}

/// The tokens of a text and their lowercased texts, index for index.
struct TimeTokens {
    var tokens: [TimeToken] = []
    var texts: [String] = []
}

enum TimeTokenizer {
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return c.properties.isAlphabetic
    }

    /// The ASCII scalars s[i..<j], lowercased, as a String (built in place: no per-scalar appends), and its `WordTable` hash.
    @inline(__always)
    static func asciiLower(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> (String, UInt64) {
        var h = WordTable<Bool>.fnvBasis
        let text = String(unsafeUninitializedCapacity: j - i) { buf in
            for k in 0..<(j - i) {
                var b = UInt8(truncatingIfNeeded: s[i + k].value)
                if b >= 65 && b <= 90 { b += 32 }
                buf[k] = b
                h = (h ^ UInt64(b)) &* WordTable<Bool>.fnvPrime
            }
            return j - i
        }
        return (text, h)
    }

    /// The scalars s[lo..<hi] as a String, lowercasing A–Z when `lower` (UTF-8 written in place:
    /// appending scalars one by one to a String.UnicodeScalarView is several times slower).
    static func string(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, lower: Bool = false) -> String {
        guard hi > lo else { return "" }
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buf in
            var n = 0
            for k in lo..<hi {
                let v = s[k].value
                if v < 0x80 {
                    buf[n] = UInt8(truncatingIfNeeded: lower && v >= 65 && v <= 90 ? v + 32 : v); n += 1
                } else if v < 0x800 {
                    buf[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)); buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buf[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)); buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buf[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 3
                } else {
                    buf[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)); buf[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buf[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)); buf[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    static func tokenize(_ s: [Unicode.Scalar], from lo: Int = 0, to hi: Int? = nil) -> TimeTokens {
        var out: [TimeToken] = []
        var texts: [String] = []
        out.reserveCapacity(s.count / 4)
        texts.reserveCapacity(s.count / 4)
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
                let (text, hash) = asciiLower(s, i, j)
                var t = TimeToken(kind: .number, hash: hash, start: i, end: j, capitalized: false, spaceBefore: space)
                t.number = n; t.digits = j - i
                out.append(t); texts.append(text); i = j
            } else if TimeTokenizer.isLetter(c) {
                var j = i
                var ascii = true
                while j < end, TimeTokenizer.isLetter(s[j]) {
                    if s[j].value >= 128 { ascii = false }
                    j += 1
                }
                let text: String
                var hash: UInt64?
                if ascii { (text, hash) = asciiLower(s, i, j) } else {
                    var view = String.UnicodeScalarView()
                    for x in s[i..<j] {
                        if x.value >= 65 && x.value <= 90 { view.append(Unicode.Scalar(x.value + 32)!) }
                        else if x.value < 128 { view.append(x) }
                        else { view.append(contentsOf: x.properties.lowercaseMapping.unicodeScalars) }
                    }
                    text = String(view)
                }
                let cap = v < 128 ? (v >= 65 && v <= 90) : c.properties.isUppercase
                out.append(TimeToken(kind: .word, hash: hash, start: i, end: j, capitalized: cap, spaceBefore: space))
                texts.append(text)
                i = j
            } else {
                var view = String.UnicodeScalarView(); view.append(c)
                out.append(TimeToken(kind: .punct, hash: nil, start: i, end: i + 1, capitalized: false, spaceBefore: space))
                texts.append(String(view))
                i += 1
            }
            space = false
        }
        return TimeTokens(tokens: out, texts: texts)
    }
}
