/// Splits text into tokens the way Universal Dependencies English (EWT) does, without rewriting it:
/// every token is a range of Unicode scalars of the document.
///
/// Conventions (each has a test in `TokenizerTests`):
/// - clitics are split: "don't" → "do" "n't", "can't" → "ca" "n't", "Russia's" → "Russia" "'s",
///   "we're" → "we" "'re", "cannot" → "can" "not", "gonna" → "gon" "na";
/// - punctuation is split off, except inside abbreviations ("U.S.", "a.m.", "Mr.", "etc.") and numbers
///   ("1,000", "3.5", "10:30", "9/11"); a run of periods is one token ("...");
/// - hyphens are split ("well-known" → "well" "-" "known"), as EWT does, except after the prefixes EWT
///   keeps ("non-stop", "e-mail", "anti-war", "re-elected");
/// - a slash between words is split ("and/or"), "3pm" is "3" "pm";
/// - web addresses and e-mail addresses stay whole.
public enum Tokenizer {
    /// The tokens of `range` in `text` (clamped to the text).
    public static func tokenize(_ text: ScalarText, in range: TextRange) -> [Token] {
        let lo = min(max(0, range.start), text.count)
        let hi = min(max(lo, range.end), text.count)
        // A full text is read in place; a compact one is expanded over the range only.
        let scalars = text.isCompact ? (lo..<hi).map { text[$0] } : text.scalars
        let from = text.isCompact ? 0 : lo, to = text.isCompact ? hi - lo : hi
        return scalars.withUnsafeBufferPointer { buffer in
            scan(UnsafeBufferPointer(rebasing: buffer[from..<to]), base: lo)
        }
    }

    /// The tokens of a whole string; offsets count its Unicode scalars.
    public static func tokenize(_ string: String) -> [Token] {
        Array(string.unicodeScalars).withUnsafeBufferPointer { scan($0, base: 0) }
    }

    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, base: Int) -> [Token] {
        var list = TokenList(s: s, base: base)
        // About one token per five scalars in running text.
        list.tokens.reserveCapacity(s.count / 5 + 4)
        scan(s, into: &list)
        return list.tokens
    }

    /// The tokens of `s` handed to `sink` in text order, each as a range of `s` (what `tokenize` builds its `Token`
    /// values from): a stage that needs only where the tokens are reads them without building them.
    static func scan<Sink: TokenSink>(_ s: UnsafeBufferPointer<Unicode.Scalar>, into sink: inout Sink) {
        TokenScanner<Sink>(s: s).run(into: &sink)
    }

    /// Prefixes after which EWT keeps a hyphenated word whole (lowercase).
    static let keptHyphenPrefixes: Set<String> = [
        "e", "non", "anti", "re", "pro", "pre", "mid", "co", "post", "pan", "multi", "ex", "counter", "sub", "semi",
        "cross", "neo", "mini", "psycho", "socio", "micro", "un", "vice", "inter", "intra", "ultra", "extra", "de",
    ]

    /// Abbreviations kept with their final period (lowercase, without it). Letter-period sequences such
    /// as "U.S." and "a.m." and single capitals ("J.") are recognised by shape.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "lt", "col", "capt", "sgt", "maj", "adm",
        "rev", "hon", "pres", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "etc", "vs", "jan", "feb", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "approx", "al", "cf",
        "univ", "govt", "assn", "tues", "thurs", "pp",
    ]

    /// Abbreviations of US states in the style of news agencies, kept with their period only when capitalised
    /// ("a Birmingham, ⟦Ala.⟧, abortion clinic", "Independence, ⟦Mo.⟧"; but "fell ill.", "attended mass.").
    static let capitalisedAbbreviations: Set<String> = Set(Lexicon.usStateAbbreviations.keys.filter { !$0.contains(".") })

    /// Words UD English splits in two without an apostrophe: the first part's length.
    static let fusedWords: [String: Int] = ["cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3]
    /// The same words as UTF-8 bytes, for the scanner's ASCII path.
    static let fusedWordsASCII: [([UInt8], Int)] = fusedWords.map { (Array($0.key.utf8), $0.value) }
    /// The longest of `abbreviations` and of `keptHyphenPrefixes`, in scalars: a longer word is neither.
    static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0
    static let longestKeptHyphenPrefix = keptHyphenPrefixes.map(\.unicodeScalars.count).max() ?? 0

    /// Clitics split from the end of a word (lowercase, with a straight apostrophe).
    static let clitics: [String] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]
    /// The same clitics, in the same order, for the scanner's ASCII path.
    static let asciiClitics: [StaticString] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]
}
