/// A temporal expression found in a text, normalised as a TimeML TIMEX3.
public struct Timex: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, Codable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

    /// Unicode-scalar offsets into the text the tagger was given.
    public var range: TextRange {
        get { TextRange(Int(rangeStart), Int(rangeEnd)) }
        set { (rangeStart, rangeEnd) = (Int32(clamping: newValue.start), Int32(clamping: newValue.end)) }
    }
    public var text: String {
        get { storedText }
        set {
            // (a derivation that quotes the text keeps the words it was made from)
            if quotesText { (derivationTail, quotesText) = ("'\(storedText)'" + derivationTail, false) }
            storedText = newValue
        }
    }
    private var storedText: String
    /// The TIMEX3 value: `2022-03-28`, `2022-W12-WE`, `P2W`, `PAST_REF`, `XXXX-03-28`…
    public var value: String
    /// TIMEX3 `mod`: APPROX, MORE_THAN, LESS_THAN, START, MID, END, EQUAL_OR_LESS…
    public var mod: String? {
        get { storedMod?.value }
        set { storedMod = newValue.map { Self.knownMods[$0] ?? Shared($0) } }
    }
    // Offsets in 32 bits and the mod behind one reference (the known ones shared): a mention's expression is held
    // in a box of its own, 88 bytes (a block of 112) where 104 took a block of 128.
    private var rangeStart: Int32, rangeEnd: Int32
    private var storedMod: Shared<String>?
    private static let knownMods: [String: Shared<String>] = Dictionary(uniqueKeysWithValues: [
        "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "START", "MID", "END", "BEFORE", "AFTER",
        "ON_OR_BEFORE", "ON_OR_AFTER",
    ].map { ($0, Shared($0)) })
    /// The days a DATE or TIME denotes, when it resolves to a calendar position.
    public var interval: DayInterval?
    // The one-byte fields sit beside the intervals (a mention's expression is held in a box of its own).
    public var type: Kind
    public var granularity: Granularity?
    /// Whether the derivation is the text quoted, then `derivationTail` (`derivation`).
    private var quotesText = false
    /// When this expression is one end of a range ("between ⟦28⟧ and ⟦30 March⟧"),
    /// the whole range; both ends carry it.
    public var span: DayInterval?
    /// How the value was derived, for people: "'tomorrow' in an article published Sun 27 Mar 2022".
    public var derivation: String {
        get { quotesText ? "'\(storedText)'" + derivationTail : derivationTail }
        set { (derivationTail, quotesText) = (newValue, false) }
    }
    /// The derivation after the quoted text when it begins with it (" in an article published Sun 27 Mar 2022": the
    /// rule and its anchor, which the load's expressions share, `CorpusValues`), else the whole.
    private(set) var derivationTail: String

    /// The derivation as two pieces: the quoted text and the rest, or the whole.
    var derivationText: DerivationText {
        quotesText ? DerivationText(head: "'\(storedText)'", tail: derivationTail) : DerivationText(derivationTail)
    }

    /// The expression made by a rule whose derivation is its text quoted, then `rest` (the rule's template after "%T").
    init(range: TextRange, text: String, type: Kind, value: String, mod: String?, interval: DayInterval?,
         granularity: Granularity?, quotingTextThen rest: String) {
        self.init(range: range, text: text, type: type, value: value, mod: mod, interval: interval, granularity: granularity,
                  derivation: rest)
        quotesText = true
    }

    /// Makes the derivation the text quoted, then `rest`.
    mutating func setDerivation(quotingTextThen rest: String) { (derivationTail, quotesText) = (rest, true) }

    /// The same expression with the rest of its derivation replaced by `share(rest)`, an equal string held once elsewhere.
    func sharingDerivation(_ share: (String) -> String) -> Timex {
        var t = self
        t.derivationTail = share(derivationTail)
        return t
    }

    // Compared as read (the derivation whole, however it is kept); hashed without the derivation.
    public static func == (a: Timex, b: Timex) -> Bool {
        a.rangeStart == b.rangeStart && a.rangeEnd == b.rangeEnd && a.storedText == b.storedText && a.value == b.value
            && a.storedMod == b.storedMod && a.interval == b.interval && a.type == b.type && a.granularity == b.granularity
            && a.span == b.span
            && (a.quotesText == b.quotesText && a.derivationTail == b.derivationTail || a.derivation == b.derivation)
    }

    public func hash(into h: inout Hasher) {
        h.combine(rangeStart); h.combine(rangeEnd); h.combine(storedText); h.combine(value); h.combine(storedMod)
        h.combine(interval); h.combine(type); h.combine(granularity); h.combine(span)
    }

    public init(range: TextRange, text: String, type: Kind, value: String, mod: String? = nil,
                interval: DayInterval? = nil, granularity: Granularity? = nil, span: DayInterval? = nil,
                derivation: String = "") {
        (rangeStart, rangeEnd) = (Int32(clamping: range.start), Int32(clamping: range.end))
        self.storedText = text
        self.type = type
        self.value = value
        self.storedMod = mod.map { Self.knownMods[$0] ?? Shared($0) }
        self.interval = interval
        self.granularity = granularity
        self.span = span
        self.derivationTail = derivation
    }
}
