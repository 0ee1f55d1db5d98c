/// Lemmas from an exception table learnt in training (word and Penn tag → lemma), then suffix rules learnt
/// from the same data (Penn tag and the word's last letters → letters to strip and to add), for unknown words.
/// Proper nouns keep their case; other lemmas are lowercase, as in UD English.
public struct Lemmatizer: Sendable {
    /// "lowercase word\tXPOS" → lemma.
    public var exceptions: [String: String]
    /// "XPOS\tsuffix" → (letters to strip, text to add), for suffixes of 1 to `maxSuffix` letters.
    public var rules: [String: Rule]
    public static let maxSuffix = 5

    public struct Rule: Hashable, Sendable {
        public var strip: Int
        public var add: String
        public init(strip: Int, add: String) { self.strip = strip; self.add = add }
    }

    public init(exceptions: [String: String], rules: [String: Rule]) {
        self.exceptions = exceptions
        self.rules = rules
    }

    public func lemma(_ form: String, lower: String, xpos: String, upos: String) -> String {
        if let l = exceptions[lower + "\t" + xpos] { return l }
        let proper = upos == "PROPN"
        if upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" { return proper ? form : (upos == "X" ? lower : form) }
        let base = proper ? form : lower
        let scalars = Array(lower.unicodeScalars)
        var k = min(Self.maxSuffix, scalars.count - 1)
        while k >= 1 {
            let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
            if let r = rules[xpos + "\t" + suffix] {
                let b = Array(base.unicodeScalars)
                guard r.strip < b.count else { return base }
                var v = String.UnicodeScalarView(b[0..<(b.count - r.strip)])
                v.append(contentsOf: r.add.unicodeScalars)
                return String(v)
            }
            k -= 1
        }
        return base
    }

    /// The rule that turns `lower` into `lemma` (lowercased).
    public static func rule(from lower: String, to lemma: String) -> Rule {
        let a = Array(lower.unicodeScalars), b = Array(lemma.lowercased().unicodeScalars)
        var p = 0
        while p < a.count && p < b.count && a[p] == b[p] { p += 1 }
        return Rule(strip: a.count - p, add: String(String.UnicodeScalarView(b[p...])))
    }
}
