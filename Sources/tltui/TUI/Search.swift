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

    init(chronology: Chronology, gazetteer: Gazetteer) {
        self.chronology = chronology
        self.gazetteer = gazetteer
        facts = ChronologyIndex(chronology: chronology, cityMatcher: { gazetteer.matchCity($0) },
                                isWithin: { gazetteer.isPlace($0, within: $1) })
    }

    /// What `/`, n and N search: an event's summary and its mentions' sentences.
    var text: FoldedTextIndex {
        lock.lock()
        defer { lock.unlock() }
        if let t = _text { return t }
        let events = chronology.events
        let t = FoldedTextIndex(count: events.count) { i, add in
            add(events[i].summary)
            for m in events[i].mentions { add(m.text) }
        }
        _text = t
        return t
    }

    /// The shared query, for what the indexes do not cover (a text filter).
    var query: ChronologyQuery {
        lock.lock()
        defer { lock.unlock() }
        if let q = _query { return q }
        let q = EventInfo.query(chronology, gazetteer: gazetteer)
        _query = q
        return q
    }

    /// Builds the search index and the filter facts now.
    func prepare() {
        facts.prepare()
        _ = text
    }
}
