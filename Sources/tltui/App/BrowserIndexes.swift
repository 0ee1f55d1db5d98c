import Foundation
import TimelineCore

/// The browser's indexes over one chronology, shared by every copy of the state and built once, on first use
/// (or ahead of it from a background thread, `prepare()`): the folded search text of each event (its summary and
/// the sentences of its mentions) and the per-event place and document facts of the filters and pickers.
final class BrowserIndexes: @unchecked Sendable {
    let chronology: Chronology
    let facts: ChronologyIndex
    private let lock = NSLock()
    private var _text: FoldedTextIndex?
    private var _query: ChronologyQuery?
    private let gazetteer: Gazetteer
    private var sourceSummaries: [Int: (count: Int, first: String?)] = [:]
    /// Its own lock: a frame must not wait for an index being built in the background.
    private let summaryLock = NSLock()
    /// What the interface reads when rows arrive or an event is selected (the unfiltered view, events by id and by
    /// document, each event's details), under a lock of its own; made ahead by the thread that made the corpus.
    private let displayLock = NSLock()
    private var _allEvents: TimelineView?
    private var _firstByID: [String: Int]?
    private var _eventsByDocument: [String: [Int32]]?
    private var _details: [Int: EventDetails] = [:]

    /// A number no other set of indexes of this process has: what the state keeps to know which corpus an answer
    /// from the background was made on (an object's address may be reused once it is freed).
    let serial: Int
    private static let serials = SerialCounter()

    init(chronology: Chronology, gazetteer: Gazetteer) {
        self.chronology = chronology
        self.gazetteer = gazetteer
        serial = Self.serials.next()
        facts = ChronologyIndex(chronology: chronology, cityMatcher: { gazetteer.matchCity($0) },
                                isWithin: { gazetteer.isPlace($0, within: $1) })
    }

    /// What `/`, n and N search: an event's summary and its mentions' sentences (built now when not yet built; a
    /// thread asking while another builds it waits for that one).
    var text: FoldedTextIndex {
        if let t = textIfReady { return t }
        textBuild.lock()
        defer { textBuild.unlock() }
        if let t = textIfReady { return t }
        let t = Self.buildText(chronology.events)
        lock.lock()
        _text = t
        lock.unlock()
        return t
    }

    /// The search index when it is built, without waiting (the interface asks for it in the background otherwise).
    var textIfReady: FoldedTextIndex? {
        lock.lock()
        defer { lock.unlock() }
        return _text
    }

    /// Held while the search index is built (not `lock`, which the main thread takes only for a moment).
    private let textBuild = NSLock()

    /// Each event's summary, then its mentions' sentences. A sentence reported by several events is folded once:
    /// mentions with the same document and range share it (when their texts are equal, as they should be).
    static func buildText(_ events: [Event]) -> FoldedTextIndex {
        var strings: [String] = []
        strings.reserveCapacity(events.count * 2)
        var itemStart: [Int32] = [0]
        itemStart.reserveCapacity(events.count + 1)
        var refs: [Int32] = []
        refs.reserveCapacity(events.count * 3)
        var bySpan: [Span: [Int32]] = [:]   // string ids of the mentions of one document span
        for e in events {
            refs.append(Int32(strings.count))
            strings.append(e.summary)
            for m in e.mentions {
                let key = Span(document: m.document, start: m.range.start, end: m.range.end)
                if let same = bySpan[key]?.first(where: { strings[Int($0)] == m.text }) {
                    refs.append(same)
                } else {
                    let id = Int32(strings.count)
                    strings.append(m.text)
                    bySpan[key, default: []].append(id)
                    refs.append(id)
                }
            }
            itemStart.append(Int32(refs.count))
        }
        return FoldedTextIndex(strings: strings, itemStart: itemStart, refs: refs)
    }

    struct Span: Hashable { var document: String; var start: Int; var end: Int }

    /// The shared query, for what the indexes do not cover (a text filter).
    var query: ChronologyQuery {
        lock.lock()
        defer { lock.unlock() }
        if let q = _query { return q }
        let q = EventInfo.query(chronology, gazetteer: gazetteer)
        _query = q
        return q
    }

    /// The number of outlets reporting event `i` and the first of them (`EventInfo.sources`), kept once computed:
    /// a timeline row shows them, and an event may have hundreds of mentions.
    func sourceSummary(of i: Int, documents: [String: Document]) -> (count: Int, first: String?) {
        summaryLock.lock()
        if let known = sourceSummaries[i] { summaryLock.unlock(); return known }
        summaryLock.unlock()
        let all = EventInfo.sources(of: chronology.events[i], documents: documents)
        let summary = (count: all.count, first: all.first)
        summaryLock.lock()
        sourceSummaries[i] = summary
        summaryLock.unlock()
        return summary
    }

    /// Every event's source summary, computed now: a corpus made off the main thread (a load) hands the frame
    /// that first shows it rows whose summaries are known (an event of a thousand mentions takes a while).
    func summarizeSources(documents: [String: Document]) {
        var all: [Int: (count: Int, first: String?)] = [:]
        all.reserveCapacity(chronology.events.count)
        for (i, e) in chronology.events.enumerated() {
            let names = EventInfo.sources(of: e, documents: documents)
            all[i] = (names.count, names.first)
        }
        summaryLock.lock()
        sourceSummaries.merge(all) { known, _ in known }
        summaryLock.unlock()
    }

    /// The places a user-typed city name stands for, in any spelling (the gazetteer's matching, as `--city`).
    func cities(matching name: String) -> [Place] { gazetteer.matchCity(name) }

    /// Every event, unfiltered: the timeline's rows, density and headers.
    var allEvents: TimelineView {
        displayLock.lock()
        defer { displayLock.unlock() }
        if let v = _allEvents { return v }
        let v = TimelineView(visible: Array(chronology.events.indices), events: chronology.events)
        _allEvents = v
        return v
    }

    /// The first event with this id.
    func firstEvent(withID id: String) -> Int? {
        displayLock.lock()
        defer { displayLock.unlock() }
        if _firstByID == nil {
            var byID: [String: Int] = [:]
            byID.reserveCapacity(chronology.events.count)
            for (i, e) in chronology.events.enumerated() where byID[e.id] == nil { byID[e.id] = i }
            _firstByID = byID
        }
        return _firstByID?[id]
    }

    /// The events with a mention in document `id`, ascending (read without decoding stored mentions).
    func events(reporting document: String) -> [Int32] {
        displayLock.lock()
        defer { displayLock.unlock() }
        if _eventsByDocument == nil {
            var byDocument: [String: [Int32]] = [:]
            for (i, e) in chronology.events.enumerated() {
                let k = Int32(i)
                e.forEachMentionDocument { d, _ in
                    if byDocument[d]?.last != k { byDocument[d, default: []].append(k) }
                }
            }
            _eventsByDocument = byDocument
        }
        return _eventsByDocument?[document] ?? []
    }

    /// A picker's entries once counted (App/PickerEntries.swift).
    func pickerEntriesIfReady(_ kind: Picker.Kind) -> [Picker.Entry]? {
        displayLock.lock()
        defer { displayLock.unlock() }
        return _pickers[kind]
    }

    func keepPickerEntries(_ entries: [Picker.Entry], _ kind: Picker.Kind) {
        displayLock.lock()
        _pickers[kind] = entries
        displayLock.unlock()
    }

    private var _pickers: [Picker.Kind: [Picker.Entry]] = [:]

    /// An event's details once made (`EventDetails`).
    func details(of i: Int) -> EventDetails? {
        displayLock.lock()
        defer { displayLock.unlock() }
        return _details[i]
    }

    /// Event `i`'s details, made now when not known yet (off the main thread for an event of many mentions).
    @discardableResult
    func makeDetails(of i: Int, documents: [String: Document]) -> EventDetails {
        if let known = details(of: i) { return known }
        let made = EventDetails(chronology.events[i], documents: documents)
        displayLock.lock()
        _details[i] = made
        displayLock.unlock()
        return made
    }

    /// Makes now what the interface reads when this corpus replaces the one on show: called by the thread that
    /// made the corpus (a load), so that putting it in place costs the main thread no pass over its events.
    func prepareDisplay() {
        _ = allEvents
        _ = firstEvent(withID: "")
        _ = events(reporting: "")
    }

    /// Builds the search index and the filter facts now.
    func prepare() {
        facts.prepare()
        _ = text
    }
}

/// Hands out 1, 2, 3… from any thread.
final class SerialCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}

/// One set of indexes per load: equal when they are the same object.
extension BrowserIndexes: Equatable {
    static func == (a: BrowserIndexes, b: BrowserIndexes) -> Bool { a === b }
}
