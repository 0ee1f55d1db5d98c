import Foundation

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
    /// Every report of it. An event re-opened from the cache decodes its mentions on first use (`MentionStore`):
    /// a table of events shows rows without them. An event the merge made reads them from the table of every
    /// document's mentions (`MentionTable`), so each mention is held once, not again by its event.
    public var mentions: [Mention] {
        get {
            switch source {
            case .stored(let store): return store.mentions
            case .table(let table, let indices): return table.mentions(indices)
            case nil: return decoded
            }
        }
        _modify {
            if source != nil {
                decoded = mentions
                source = nil
            }
            yield &decoded
        }
        set {
            decoded = newValue
            source = nil
        }
    }
    private var decoded: [Mention]
    /// Where the mentions are when not in `decoded` (nil once decoded here, or when made from values).
    private var source: MentionSource?

    private enum MentionSource: Sendable {
        /// The stored mentions, not decoded yet.
        case stored(MentionStore)
        /// Mentions of the table, by index, in the event's order.
        case table(MentionTable, [Int32])
    }
    /// Stars, notes and changes from the curation file (empty until `Curation.apply`).
    public var curation = EventCuration()
    /// For a planned or expected event, the ids of the events that report it happening, earliest first
    /// ("expects to reopen by the end of May" → "reopened on 10 June"; `MentionMerger.planOutcomeLinks`).
    public var outcomes: [String] = []
    /// For a happening, the ids of the events that planned or expected it.
    public var plans: [String] = []

    public init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place] = [],
                actors: [String] = [], conflict: Bool = false, mentions: [Mention]) {
        self.id = id
        self.summary = summary
        self.modality = modality
        self.date = date
        self.places = places
        self.actors = actors
        self.conflict = conflict
        self.decoded = mentions
    }

    /// An event whose mentions `store` decodes when they are first read.
    init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place], actors: [String], conflict: Bool,
         store: MentionStore) {
        self.init(id: id, summary: summary, modality: modality, date: date, places: places, actors: actors, conflict: conflict, mentions: [])
        self.source = .stored(store)
    }

    /// An event whose mentions are `table`'s at `indices`, in that order (at least one).
    init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place], actors: [String], conflict: Bool,
         table: MentionTable, indices: [Int32]) {
        self.init(id: id, summary: summary, modality: modality, date: date, places: places, actors: actors, conflict: conflict, mentions: [])
        self.source = .table(table, indices)
    }

    /// How many mentions it has, without decoding them.
    public var mentionCount: Int {
        switch source {
        case .stored(let store): return store.count
        case .table(_, let indices): return indices.count
        case nil: return decoded.count
        }
    }

    /// The document of each mention, in mention order, without decoding the mentions.
    public var mentionDocuments: [String] {
        switch source {
        case .stored(let store): return store.documents
        case .table(let table, let indices): return indices.map { table[Int($0)].document }
        case nil: return decoded.map(\.document)
        }
    }

    /// The first mention (an event has at least one), without making the array of them all.
    var firstMention: Mention {
        switch source {
        case .stored(let store): return store.mentions[0]
        case .table(let table, let indices): return table[Int(indices[0])]
        case nil: return decoded[0]
        }
    }

    /// Each mention's document and whether the mention has no calendar position (`date.interval == nil`), in
    /// mention order, without decoding the mentions.
    public func forEachMentionDocument(_ body: (_ document: String, _ undated: Bool) -> Void) {
        switch source {
        case .stored(let store): store.forEachDocument(body)
        case .table(let table, let indices):
            for i in indices {
                let m = table[Int(i)]
                body(m.document, m.date.interval == nil)
            }
        case nil: for m in decoded { body(m.document, m.date.interval == nil) }
        }
    }

    /// Each mention's document as its number in `numbering` (nil for a document it does not number), in mention
    /// order, without decoding the mentions. Stored mentions name their documents by index already: their numbers
    /// come from a table `numbering` makes once per stored chronology, not from hashing an id per mention.
    public func forEachMentionDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        if case .stored(let store) = source {
            store.forEachDocument(numberedBy: numbering, body)
            return
        }
        forEachMentionDocument { id, _ in body(numbering.number(of: id)) }
    }

    /// The document of each undated mention (`date.interval == nil`) as its number in `numbering` (nil for a document it
    /// does not number), in mention order, without decoding the mentions.
    public func forEachUndatedMentionDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        if case .stored(let store) = source {
            store.forEachUndatedDocument(numberedBy: numbering, body)
            return
        }
        forEachMentionDocument { id, undated in if undated { body(numbering.number(of: id)) } }
    }

    /// The documents reporting it, in first-mention order, without repeats.
    public var documentIDs: [String] {
        var seen = Set<String>()
        return mentionDocuments.filter { seen.insert($0).inserted }
    }

    public static func == (a: Event, b: Event) -> Bool {
        a.id == b.id && a.summary == b.summary && a.modality == b.modality && a.date == b.date && a.places == b.places
            && a.actors == b.actors && a.conflict == b.conflict && a.curation == b.curation && a.outcomes == b.outcomes
            && a.plans == b.plans && a.mentions == b.mentions
    }

    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(summary); h.combine(modality); h.combine(date); h.combine(places)
        h.combine(actors); h.combine(conflict); h.combine(curation); h.combine(outcomes); h.combine(plans); h.combine(mentions)
    }
}

/// An event's mentions as the cache stored them, decoded once, on first use, from any thread. It also knows each
/// mention's document and whether it is undated, which the list and the loading warnings read without decoding.
final class MentionStore: @unchecked Sendable {
    /// Dropped once used, with the stored bytes it holds (the last store decoded frees them).
    private var decode: (@Sendable () -> [Mention]?)?
    private let documentIndices: [Int32]
    private let undated: [Bool]
    private let documentIDs: DocumentIDs
    private var result: [Mention]?
    private let lock = NSLock()

    /// The document ids a chronology's stored mentions refer to by index.
    final class DocumentIDs: @unchecked Sendable {
        let ids: [String]
        init(_ ids: [String]) { self.ids = ids }
    }

    /// `decode` returns the mentions, or nil when the stored bytes cannot be read (then the event has none).
    init(documentIndices: [Int32], undated: [Bool], documentIDs: DocumentIDs, decode: @escaping @Sendable () -> [Mention]?) {
        self.documentIndices = documentIndices
        self.undated = undated
        self.documentIDs = documentIDs
        self.decode = decode
    }

    var count: Int { documentIndices.count }

    var documents: [String] { documentIndices.map { documentIDs.ids[Int($0)] } }

    func forEachDocument(_ body: (String, Bool) -> Void) {
        for (k, d) in documentIndices.enumerated() { body(documentIDs.ids[Int(d)], undated[k]) }
    }

    func forEachDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        let numbers = numbering.numbers(of: documentIDs)
        for d in documentIndices {
            let n = numbers[Int(d)]
            body(n < 0 ? nil : n)
        }
    }

    func forEachUndatedDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        let numbers = numbering.numbers(of: documentIDs)
        for (k, d) in documentIndices.enumerated() where undated[k] {
            let n = numbers[Int(d)]
            body(n < 0 ? nil : n)
        }
    }

    var mentions: [Mention] {
        lock.lock()
        defer { lock.unlock() }
        if let result { return result }
        let made = decode?() ?? []
        result = made
        decode = nil
        return made
    }
}

/// Documents numbered by id (the first of a repeated id keeps its number), for reading which documents events'
/// mentions name (`Event.forEachMentionDocument(numberedBy:)`) from any thread.
public final class DocumentNumbering: @unchecked Sendable {
    private let number: [String: Int]
    /// For each stored chronology's table of ids: each id's number, or -1 (kept with the table it translates).
    private var translations: [ObjectIdentifier: (table: MentionStore.DocumentIDs, numbers: [Int])] = [:]
    private let lock = NSLock()

    public init(_ ids: [String]) {
        var number: [String: Int] = [:]
        number.reserveCapacity(ids.count)
        for (k, id) in ids.enumerated() where number[id] == nil { number[id] = k }
        self.number = number
    }

    public func number(of id: String) -> Int? { number[id] }

    /// How many distinct ids it numbers: the documents' count when no id repeats.
    public var distinctCount: Int { number.count }

    func numbers(of table: MentionStore.DocumentIDs) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let known = translations[ObjectIdentifier(table)] { return known.numbers }
        let numbers = table.ids.map { number[$0] ?? -1 }
        translations[ObjectIdentifier(table)] = (table, numbers)
        return numbers
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
