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
    /// How it was derived, for people: "'March 2' in an article published Tue 2 Apr 2024 (the nearest such date)".
    public var derivation: String {
        get { derivationText.string }
        set { derivationText = DerivationText(newValue) }
    }
    /// The derivation as its two pieces, which the load holds once each (`CorpusValues`): the whole, which names its
    /// article's day and words together, was about a kilobyte an article of distinct strings.
    var derivationText: DerivationText

    public init(value: String, interval: DayInterval?, granularity: Granularity, isFallback: Bool = false, derivation: String = "") {
        self.init(value: value, interval: interval, granularity: granularity, isFallback: isFallback,
                  derivationText: DerivationText(derivation))
    }

    /// The opening of the derivation of an undated line given the day its article's story is at.
    static let storyDayDerivation = "no date in its sentence: the day the article's story is at, "

    /// The close of the derivation of a line opening "Hours later" ("About 40 seconds later it blew apart"), before the day
    /// of the last happening its article dated.
    static let afterTheLastDatedDerivation = "' after the last happening the article dated, "

    /// An undated line given the day its article's story is at (its last happening dated to one day in the two weeks
    /// before publication), or the day of the happening it tells came hours after, not the publication's "on or before".
    var isStoryDay: Bool {
        // (the search past the opening only for a line with no date of its own: most lines have one)
        isFallback && (derivationText.head.hasPrefix(Self.storyDayDerivation)
                       || derivationText.head.hasPrefix(Self.ownDateMissing) && derivationText.head.contains(Self.afterTheLastDatedDerivation))
    }

    /// The opening of the derivation of a line opening "Hours later" (`SentenceAnalysis.hoursAfterTheLastDay`).
    static let ownDateMissing = "no date of its own: '"

    init(value: String, interval: DayInterval?, granularity: Granularity, isFallback: Bool = false, derivationText: DerivationText) {
        self.value = value
        self.interval = interval
        self.granularity = granularity
        self.isFallback = isFallback
        self.derivationText = derivationText
    }
}

/// A real-world event and every mention of it across the corpus.
///
/// 56 bytes inline (was about 200): an event the merge made reads its summary, places, actors and mentions from its
/// chunk of the merge's events (`MergedEvents`), where they are held once in flat arrays, its date is its lead
/// mention's box, and the marks few events carry (curation, plans, outcomes) are behind one reference, nil when
/// there are none. A change to any of them gives the event values of its own (`EventValues`), copied on write.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var summary: String {
        get { own?.summary ?? merged!.summary(number) }
        set { ownValues().summary = newValue }
    }
    public var modality: Modality
    public var date: EventDate {
        get { sharedDate.value }
        set { sharedDate = Shared(newValue) }
    }
    public var places: [Place] {
        get { own?.places ?? merged!.places(number) }
        set { ownValues().places = newValue }
    }
    public var actors: [String] {
        get { own?.actors ?? merged!.actors(number) }
        set { ownValues().actors = newValue }
    }
    /// True when sources give it dates that do not agree.
    public var conflict: Bool
    /// Its number in `merged` (declared beside the one-byte fields, before the references: 56 bytes, not 64).
    private var number: Int32 = 0
    /// Every report of it. An event re-opened from the cache decodes its mentions on first use (`MentionStore`):
    /// a table of events shows rows without them. An event the merge made reads them from the table of every
    /// document's mentions (`MentionTable`), so each mention is held once, not again by its event.
    public var mentions: [Mention] {
        get {
            guard let own else { return merged!.mentions(number) }
            return own.store?.mentions ?? own.mentions
        }
        _modify {
            let values = ownValues()
            if let store = values.store {
                values.mentions = store.mentions
                values.store = nil
            }
            yield &values.mentions
        }
        set {
            let values = ownValues()
            values.mentions = newValue
            values.store = nil
        }
    }
    /// The date, behind one reference: a merged event's is its lead mention's box.
    private var sharedDate: Shared<EventDate>
    /// The merge's chunk holding its summary, places, actors and mentions (`number` in it), unless it has its own.
    private var merged: MergedEvents?
    /// Its values when not read from `merged` (made from values, re-opened from the cache, or changed).
    private var own: EventValues?
    /// Curation, plans and outcomes; nil while it has none.
    private var marks: EventMarks?

    /// Stars, notes and changes from the curation file (empty until `Curation.apply`).
    public var curation: EventCuration {
        get { marks?.curation ?? EventCuration() }
        set { ownMarks().curation = newValue }
    }
    /// True when the curation stars, annotates or hides it (read in place: no curation is made for an event without marks).
    public var hasCurationMarks: Bool {
        guard let marks else { return false }
        return marks.curation.starred || !marks.curation.notes.isEmpty || marks.curation.hidden
    }
    /// For a planned or expected event, the ids of the events that report it happening, earliest first
    /// ("expects to reopen by the end of May" → "reopened on 10 June"; `MentionMerger.planOutcomeLinks`).
    public var outcomes: [String] {
        get { marks?.outcomes ?? [] }
        set { ownMarks().outcomes = newValue }
    }
    /// For a happening, the ids of the events that planned or expected it.
    public var plans: [String] {
        get { marks?.plans ?? [] }
        set { ownMarks().plans = newValue }
    }

    public init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place] = [],
                actors: [String] = [], conflict: Bool = false, mentions: [Mention]) {
        self.id = id
        self.modality = modality
        self.sharedDate = Shared(date)
        self.conflict = conflict
        self.own = EventValues(summary: summary, places: places, actors: actors, mentions: mentions)
    }

    /// An event whose mentions `store` decodes when they are first read.
    init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place], actors: [String], conflict: Bool,
         store: MentionStore) {
        self.init(id: id, summary: summary, modality: modality, date: date, places: places, actors: actors, conflict: conflict, mentions: [])
        own!.store = store
    }

    /// Event `number` of a chunk of the merge's events, dated by `date` (its lead mention's box, or one of its own).
    init(id: String, modality: Modality, date: Shared<EventDate>, conflict: Bool, merged: MergedEvents, number: Int) {
        self.id = id
        self.modality = modality
        self.sharedDate = date
        self.conflict = conflict
        self.merged = merged
        self.number = Int32(number)
    }

    /// Its values, its own and not shared with a copy of it, to change.
    private mutating func ownValues() -> EventValues {
        if own == nil {
            own = EventValues(summary: summary, places: places, actors: actors, mentions: mentions)
            merged = nil
        } else if !isKnownUniquelyReferenced(&own) {
            own = own!.copy()
        }
        return own!
    }

    private mutating func ownMarks() -> EventMarks {
        if marks == nil { marks = EventMarks() } else if !isKnownUniquelyReferenced(&marks) { marks = marks!.copy() }
        return marks!
    }

    /// How many mentions it has, without decoding them.
    public var mentionCount: Int {
        guard let own else { return merged!.mentionCount(number) }
        return own.store?.count ?? own.mentions.count
    }

    /// The document of each mention, in mention order, without decoding the mentions.
    public var mentionDocuments: [String] {
        var documents: [String] = []
        forEachMentionDocument { document, _ in documents.append(document) }
        return documents
    }

    /// The first mention (an event has at least one), without making the array of them all.
    var firstMention: Mention {
        guard let own else { return merged!.firstMention(number) }
        return own.store?.mentions[0] ?? own.mentions[0]
    }

    /// Each mention's document and whether the mention has no calendar position (`date.interval == nil`), in
    /// mention order, without decoding the mentions.
    public func forEachMentionDocument(_ body: (_ document: String, _ undated: Bool) -> Void) {
        guard let own else { return merged!.forEachMention(number) { m in body(m.document, m.date.interval == nil) } }
        if let store = own.store { return store.forEachDocument(body) }
        for m in own.mentions { body(m.document, m.date.interval == nil) }
    }

    /// Each mention's document as its number in `numbering` (nil for a document it does not number), in mention
    /// order, without decoding the mentions. Stored mentions name their documents by index already: their numbers
    /// come from a table `numbering` makes once per stored chronology, not from hashing an id per mention.
    public func forEachMentionDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        if let store = own?.store {
            store.forEachDocument(numberedBy: numbering, body)
            return
        }
        forEachMentionDocument { id, _ in body(numbering.number(of: id)) }
    }

    /// The document of each undated mention (`date.interval == nil`) as its number in `numbering` (nil for a document it
    /// does not number), in mention order, without decoding the mentions.
    public func forEachUndatedMentionDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        if let store = own?.store {
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

/// An event's summary, places, actors and mentions when it holds them itself (`Event.own`): changed only while one
/// event holds it (copied on write).
final class EventValues: @unchecked Sendable {
    var summary: String
    var places: [Place]
    var actors: [String]
    /// Empty while `store` holds them undecoded.
    var mentions: [Mention]
    /// The stored mentions, not decoded yet (nil once decoded here, or when made from values).
    var store: MentionStore?

    init(summary: String, places: [Place], actors: [String], mentions: [Mention], store: MentionStore? = nil) {
        self.summary = summary
        self.places = places
        self.actors = actors
        self.mentions = mentions
        self.store = store
    }

    func copy() -> EventValues { EventValues(summary: summary, places: places, actors: actors, mentions: mentions, store: store) }
}

/// What few events carry: curation marks, plans and outcomes (`Event.marks`), copied on write.
final class EventMarks: @unchecked Sendable {
    var curation = EventCuration()
    var outcomes: [String] = []
    var plans: [String] = []

    init() {}

    func copy() -> EventMarks {
        let c = EventMarks()
        (c.curation, c.outcomes, c.plans) = (curation, outcomes, plans)
        return c
    }
}

/// An event's mentions as the cache stored them, decoded once, on first use, from any thread. It also knows each
/// mention's document and whether it is undated, which the list and the loading warnings read without decoding.
/// A re-open makes one per event (about 100,000 at 10,000 articles): its documents and undated marks are one array,
/// and the lock is the stored merge's, held only to read or set the result (the decoding runs outside it).
final class MentionStore: @unchecked Sendable {
    /// Dropped once used, with the stored bytes it holds (the last store decoded frees them).
    private var decode: (@Sendable () -> [Mention]?)?
    /// Each mention's document index, with `undatedBit` set when the mention is undated.
    private let documentIndices: [Int32]
    private let documentIDs: DocumentIDs
    private var result: [Mention]?
    private let lock: NSLock

    static let undatedBit: Int32 = 1 << 30

    /// The document ids a chronology's stored mentions refer to by index.
    final class DocumentIDs: @unchecked Sendable {
        let ids: [String]
        init(_ ids: [String]) { self.ids = ids }
    }

    /// `decode` returns the mentions, or nil when the stored bytes cannot be read (then the event has none).
    /// `documentIndices`: each below `undatedBit`, or'ed with it for an undated mention.
    init(markedIndices documentIndices: [Int32], documentIDs: DocumentIDs, lock: NSLock = NSLock(),
         decode: @escaping @Sendable () -> [Mention]?) {
        self.documentIndices = documentIndices
        self.documentIDs = documentIDs
        self.lock = lock
        self.decode = decode
    }

    var count: Int { documentIndices.count }

    var documents: [String] { documentIndices.map { documentIDs.ids[Int($0 & ~Self.undatedBit)] } }

    func forEachDocument(_ body: (String, Bool) -> Void) {
        for d in documentIndices { body(documentIDs.ids[Int(d & ~Self.undatedBit)], d & Self.undatedBit != 0) }
    }

    func forEachDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        let numbers = numbering.numbers(of: documentIDs)
        for d in documentIndices {
            let n = numbers[Int(d & ~Self.undatedBit)]
            body(n < 0 ? nil : n)
        }
    }

    func forEachUndatedDocument(numberedBy numbering: DocumentNumbering, _ body: (Int?) -> Void) {
        let numbers = numbering.numbers(of: documentIDs)
        for d in documentIndices where d & Self.undatedBit != 0 {
            let n = numbers[Int(d & ~Self.undatedBit)]
            body(n < 0 ? nil : n)
        }
    }

    var mentions: [Mention] {
        lock.lock()
        if let result {
            lock.unlock()
            return result
        }
        let decode = self.decode
        lock.unlock()
        // Decoded outside the lock, which other stores share; two threads may both decode, the first result is kept.
        let made = decode?() ?? []
        lock.lock()
        defer { lock.unlock() }
        if let result { return result }
        result = made
        self.decode = nil
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
