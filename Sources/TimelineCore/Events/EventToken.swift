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
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isLetter || c.isDigit }
        while i < end {
            let c = s[i]
            if c.isSpaceOrNewline { i += 1; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < end {
                    let d = s[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Inner apostrophes and hyphens stay in the word: "re-taken", "Ukraine’s".
                    if "-'’\u{2010}\u{2011}".unicodeScalars.contains(d), j + 1 < end, isWordScalar(s[j + 1]) { j += 1; continue }
                    break
                }
                let r = TextRange(i, j)
                let word = text[r]
                tokens.append(EventToken(range: r, text: word, norm: normalized(s[i..<j], word), isWord: true,
                                    isCapitalized: c.isUpper))
                i = j
            } else {
                let r = TextRange(i, i + 1)
                tokens.append(EventToken(range: r, text: String(Character(c)), norm: String(Character(c)), isWord: false, isCapitalized: false))
                i += 1
            }
        }
        return tokens
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
    static let prepositions: Set<String> = ["on", "in", "at", "to", "with", "for", "from", "by", "about", "over", "during"]
    static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let nonNames: Set<String> = ["the", "a", "an", "in", "on", "at", "after", "but", "however", "also", "last", "later",
        "since", "according", "i", "we", "he", "she", "they", "it", "this", "that", "there", "so", "today", "while", "as", "and",
        "what", "if", "their", "our", "its", "his", "her", "more", "new", "deputy", "prime", "minister"]
    static let quoteMarks: Set<String> = ["\"", "“", "”", "‘", "’", "«", "»"]
}
