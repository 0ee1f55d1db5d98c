/// A token of a sentence as the event rules read it: the shared `Token` (`Sentence.tokens`, UD English
/// tokenization) with the form the trigger lexicon looks up computed once. No text is scanned here: the
/// boundaries are the tokenizer's ("Russia" "'s", "do" "n't", "U.S.", "1,000", "re-taken").
struct EventWord: Sendable, Hashable {
    var range: TextRange
    /// The token as written.
    var text: String
    /// `TriggerLexicon.normalize` of the token: lowercased, hyphens removed ("re-taken" → "retaken").
    var norm: String
    /// A word or a number (a letter or a digit in it), not punctuation or a symbol.
    var isWord: Bool
    var isCapitalized: Bool

    init(_ t: Token) {
        range = t.range
        text = t.form
        norm = t.lower.utf8.contains(45) || t.flags.contains(.nonASCII) ? TriggerLexicon.normalize(t.lower) : t.lower
        isWord = !t.flags.isDisjoint(with: [.hasLetter, .hasDigit])
        isCapitalized = t.flags.contains(.capitalised)
    }

    /// The words of a sentence: its tokens (as the pipeline computed them), else the tokenizer's.
    static func words(of sentence: Sentence, in text: ScalarText) -> [EventWord] {
        (sentence.tokens.isEmpty ? Tokenizer.tokenize(text, in: sentence.range) : sentence.tokens).map(EventWord.init)
    }

    /// The words of a name or a short phrase ("President Zelensky").
    static func words(of string: String) -> [EventWord] { Tokenizer.tokenize(string).map(EventWord.init) }
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
