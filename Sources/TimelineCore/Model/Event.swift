/// What a clause reports has happened, is planned or expected, or is claimed.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    case happened, planned, expected, claimed
}

/// An event's date: the days it covers and how precisely.
public struct EventDate: Hashable, Sendable {
    /// A TIMEX3-style value: `2022-03-28`, `2022-W12`, `2022-03-28/2022-03-30`.
    public var value: String
    public var interval: DayInterval?
    public var granularity: Granularity
    /// True when no expression dated it and it was placed "on or before publication".
    public var isFallback: Bool
    public var derivation: String

    public init(value: String, interval: DayInterval?, granularity: Granularity, isFallback: Bool = false, derivation: String = "") {
        self.value = value
        self.interval = interval
        self.granularity = granularity
        self.isFallback = isFallback
        self.derivation = derivation
    }
}

/// One report of an event in one document.
public struct Mention: Hashable, Sendable {
    public var document: String
    /// The sentence's range in the document text, and its exact text.
    public var range: TextRange
    public var text: String
    /// The predicate's range: the verb or event noun that reports the happening ("resumed", "talks").
    public var trigger: TextRange?
    /// The pieces of a split predicate ("take … away"), in text order; empty when `trigger` is one piece.
    public var triggerParts: [TextRange] = []
    /// True when the text says it did or will not happen ("will not resume"): never a happened event.
    public var negated: Bool = false
    public var date: EventDate
    /// The temporal expression that dates it, when one does.
    public var timex: Timex?
    public var modality: Modality
    /// Who said or claimed it: "Dmitry Peskov", "the Kremlin".
    public var attribution: String?
    public var actors: [String]
    public var places: [PlaceMention]
    /// Hidden by a curation entry (kept only when hidden items are asked for).
    public var isHidden = false

    public init(document: String, range: TextRange, text: String, trigger: TextRange? = nil, date: EventDate,
                timex: Timex? = nil, modality: Modality, attribution: String? = nil, actors: [String] = [], places: [PlaceMention] = [],
                triggerParts: [TextRange] = [], negated: Bool = false) {
        self.document = document
        self.range = range
        self.text = text
        self.trigger = trigger
        self.date = date
        self.timex = timex
        self.modality = modality
        self.attribution = attribution
        self.actors = actors
        self.places = places
        self.triggerParts = triggerParts
        self.negated = negated
    }

    /// The trigger's words as written: the sentence's scalars at the trigger's offsets.
    public var triggerText: String? {
        guard let t = trigger, t.start >= range.start, t.end <= range.end else { return nil }
        let scalars = text.unicodeScalars
        let lo = scalars.index(scalars.startIndex, offsetBy: t.start - range.start)
        let hi = scalars.index(lo, offsetBy: t.end - t.start)
        return String(scalars[lo..<hi])
    }
}

/// A real-world event and every mention of it across the corpus.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var summary: String
    public var modality: Modality
    public var date: EventDate
    public var places: [Place]
    public var actors: [String]
    /// True when sources give it dates that do not agree.
    public var conflict: Bool
    public var mentions: [Mention]
    /// Stars, notes and changes from the curation file (empty until `Curation.apply`).
    public var curation = EventCuration()

    public init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place] = [],
                actors: [String] = [], conflict: Bool = false, mentions: [Mention]) {
        self.id = id
        self.summary = summary
        self.modality = modality
        self.date = date
        self.places = places
        self.actors = actors
        self.conflict = conflict
        self.mentions = mentions
    }

    /// The documents reporting it, in first-mention order, without repeats.
    public var documentIDs: [String] {
        var seen = Set<String>()
        return mentions.compactMap { seen.insert($0.document).inserted ? $0.document : nil }
    }
}

/// The merged chronology of a corpus.
public struct Chronology: Sendable, Equatable {
    public var documents: [Document]
    /// In chronological order.
    public var events: [Event]
    public var diagnostics: [Diagnostic]

    public init(documents: [Document], events: [Event], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.events = events
        self.diagnostics = diagnostics
    }
}
