/// A word or punctuation mark of a sentence, with its document offsets.
struct EventToken: Sendable, Hashable {
    var range: TextRange
    var text: String
    /// Lowercased, hyphens removed: "re-taken" → "retaken".
    var norm: String
    var isWord: Bool
    var isCapitalized: Bool

    static func tokenize(_ text: ScalarText, in range: TextRange) -> [EventToken] {
        var tokens: [EventToken] = []
        let s = text.scalars
        var i = max(0, range.start)
        let end = min(range.end, s.count)
        tokens.reserveCapacity(max(0, end - i) / 4)
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isLetter || c.isDigit }
        // UTF-8 of the word as written and of its normalised form, for words of ASCII and the three inner
        // marks "’", "‐", "‑" (nearly all): no String is built twice and no Unicode tables are read.
        var raw: [UInt8] = []
        var low: [UInt8] = []
        raw.reserveCapacity(64)
        low.reserveCapacity(64)
        while i < end {
            let c = s[i]
            if c.isSpaceOrNewline { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < end {
                    let d = s[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Inner apostrophes and hyphens stay in the word: "re-taken", "Ukraine’s".
                    if Self.isInnerMark(d), j + 1 < end, isWordScalar(s[j + 1]) { j += 1; continue }
                    break
                }
                let r = TextRange(i, j)
                if let (word, norm) = Self.simpleForms(s, i, j, &raw, &low) {
                    tokens.append(EventToken(range: r, text: word, norm: norm, isWord: true, isCapitalized: c.isUpper))
                } else {
                    let word = text[r]
                    tokens.append(EventToken(range: r, text: word, norm: normalized(s[i..<j], word), isWord: true,
                                             isCapitalized: c.isUpper))
                }
                i = j
            } else {
                let r = TextRange(i, i + 1)
                let mark = c.value < 128 ? Self.asciiStrings[Int(c.value)] : String(Character(c))
                tokens.append(EventToken(range: r, text: mark, norm: mark, isWord: false, isCapitalized: false))
                i += 1
            }
        }
        return tokens
    }

    private static func isInnerMark(_ d: Unicode.Scalar) -> Bool {
        d == "-" || d == "'" || d == "\u{2019}" || d == "\u{2010}" || d == "\u{2011}"
    }

    /// One-scalar strings of ASCII, built once.
    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// The word and its normalised form (`TriggerLexicon.normalize`: lowercased, hyphens removed) when the word is
    /// ASCII apart from the inner marks "’", "‐", "‑"; nil otherwise.
    private static func simpleForms(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, _ raw: inout [UInt8],
                                    _ low: inout [UInt8]) -> (String, String)? {
        raw.removeAll(keepingCapacity: true)
        low.removeAll(keepingCapacity: true)
        for k in lo..<hi {
            let v = s[k].value
            if v < 128 {
                let b = UInt8(v)
                raw.append(b)
                if b == 45 { continue } // "-"
                low.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if v == 0x2019 {
                raw.append(contentsOf: [0xE2, 0x80, 0x99])
                low.append(contentsOf: [0xE2, 0x80, 0x99])
            } else if v == 0x2010 || v == 0x2011 {
                raw.append(contentsOf: [0xE2, 0x80, UInt8(0x80 | (v & 0x3F))])
            } else {
                return nil
            }
        }
        return (String(decoding: raw, as: UTF8.self), String(decoding: low, as: UTF8.self))
    }

    /// `TriggerLexicon.normalize`, straight from the scalars when they are ASCII (nearly always).
    private static func normalized(_ scalars: ArraySlice<Unicode.Scalar>, _ word: String) -> String {
        var out = String.UnicodeScalarView()
        for u in scalars {
            guard u.value < 128 else { return TriggerLexicon.normalize(word) }
            if u == "-" { continue }
            out.append(u.isUpper ? Unicode.Scalar(u.value + 32)! : u)
        }
        return String(out)
    }
}

/// Small closed word classes the clause rules read.
enum FunctionWords {
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
        "our", "several", "many", "some", "any", "more", "new", "another", "further", "large", "major", "peace", "of",
        "no", "first", "second", "next", "last", "two", "three", "fierce", "heavy", "deadly", "devastating", "nuclear"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "it", "i", "you"]
    static let auxiliaries: Set<String> = ["will", "would", "could", "can", "may", "might", "must", "shall", "should", "to",
        "did", "does", "do", "have", "has", "had", "be", "been", "was", "were", "is", "are", "not", "also", "reportedly", "then"]
    static let adverbs: Set<String> = ["also", "today", "yesterday", "recently", "initially", "later", "reportedly", "earlier",
        "now", "then", "had", "has", "have", "was", "were", "is", "are", "previously", "again", "repeatedly", "already"]
    /// Discourse connectives that open a sentence before a comma ("Separately, …", "In addition, …"): they link the
    /// sentence to the article around it and say nothing of the event, so a summary drops them.
    static let connectives: Set<String> = ["separately", "meanwhile", "elsewhere", "additionally", "moreover", "furthermore",
        "however", "nonetheless", "nevertheless", "still", "instead", "overall", "finally", "addition", "besides", "similarly",
        "likewise", "consequently", "subsequently", "otherwise"]
    static let prepositions: Set<String> = ["on", "in", "at", "to", "with", "for", "from", "by", "about", "over", "during"]
    /// Month and weekday names in full, lowercase: the lexicon's (`Lexicon.fullNames`).
    static var calendarWords: WordSet { Lexicon.fullNames }
    static let nonNames: Set<String> = ["the", "a", "an", "in", "on", "at", "after", "but", "however", "also", "last", "later",
        "since", "according", "i", "we", "he", "she", "they", "it", "this", "that", "there", "so", "today", "while", "as", "and",
        "what", "if", "their", "our", "its", "his", "her", "more", "new", "deputy", "prime", "minister"]
    static let quoteMarks: Set<String> = ["\"", "“", "”", "‘", "’", "«", "»"]
    /// Time-zone abbreviations: "10:30 GMT" names no one.
    static let timeZones: Set<String> = ["gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt",
        "hst", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "pkt", "ict", "wib", "sgt", "hkt", "pht", "kst",
        "jst", "awst", "acst", "aest", "aedt", "nzst", "nzdt", "brt", "art", "sast", "eat", "wat", "cat"]
}
