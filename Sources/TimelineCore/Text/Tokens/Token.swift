/// Word-class facts about a token, computed once by the tokenizer and shared by every stage.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// First scalar is an uppercase letter: "Monday", "U.S.".
    public static let capitalised = TokenFlags(rawValue: 1 << 0)
    /// Every letter is uppercase and there are at least two: "NATO", "U.S.".
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// At least one letter.
    public static let hasLetter = TokenFlags(rawValue: 1 << 2)
    /// At least one ASCII digit: "20th", "10:30", "1,000".
    public static let hasDigit = TokenFlags(rawValue: 1 << 3)
    /// Only digits and the separators of a number ("1,000", "3.5", "-4"): a number as written.
    public static let numeric = TokenFlags(rawValue: 1 << 4)
    /// Only punctuation: ".", "--", "…", "(".
    public static let punctuation = TokenFlags(rawValue: 1 << 5)
    /// Only symbols: "$", "%", "+", "€".
    public static let symbol = TokenFlags(rawValue: 1 << 6)
    /// A clitic split off its host: "n't", "'s", "'ll", "'re", "'ve", "'d", "'m".
    public static let clitic = TokenFlags(rawValue: 1 << 7)
    /// An abbreviation kept with its periods: "U.S.", "a.m.", "Mr.", "etc.".
    public static let abbreviation = TokenFlags(rawValue: 1 << 8)
    /// A web address or an e-mail address, kept whole.
    public static let url = TokenFlags(rawValue: 1 << 9)
    /// Contains a letter outside ASCII.
    public static let nonASCII = TokenFlags(rawValue: 1 << 10)
    /// No white space before the token (it is attached to the previous one, or starts the range).
    public static let noSpaceBefore = TokenFlags(rawValue: 1 << 11)
}

/// One token of a text, as Universal Dependencies English (EWT) tokenizes: a syntactic word or a
/// punctuation mark, with its Unicode-scalar range in the document.
public struct Token: Hashable, Sendable {
    /// Where the token is in the document (Unicode-scalar offsets).
    public var range: TextRange
    /// The text of the token exactly as in the document.
    public var form: String
    /// `form` lowercased.
    public var lower: String
    public var flags: TokenFlags

    public init(range: TextRange, form: String, flags: TokenFlags) {
        self.range = range
        self.form = form
        self.lower = form.lowercased()
        self.flags = flags
    }

    /// A token whose lowercase form is already known (`lower == form.lowercased()`).
    init(range: TextRange, form: String, lower: String, flags: TokenFlags) {
        self.range = range
        self.form = form
        self.lower = lower
        self.flags = flags
    }

    public var isPunctuation: Bool { flags.contains(.punctuation) }
    public var isCapitalised: Bool { flags.contains(.capitalised) }
    public var isNumeric: Bool { flags.contains(.numeric) }
}
