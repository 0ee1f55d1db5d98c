import TimelineCore

enum Pane: Int, CaseIterable, Sendable { case timeline, detail, source
    var title: String { ["Timeline", "Detail", "Source"][rawValue] }
}

/// A picker over cities or sources: every entry with its event count, narrowed by typing.
struct Picker: Equatable, Sendable {
    enum Kind: Sendable { case city, source }
    var kind: Kind
    /// The label shown, the value the filter takes, and the number of events.
    var entries: [(name: String, value: String, count: Int)]
    var query = ""
    var cursor = 0

    var shown: [(name: String, value: String, count: Int)] {
        let q = EventInfo.fold(query)
        return q.isEmpty ? entries : entries.filter { EventInfo.fold($0.name).contains(q) }
    }

    static func == (a: Picker, b: Picker) -> Bool {
        a.kind == b.kind && a.query == b.query && a.cursor == b.cursor && a.entries.map(\.name) == b.entries.map(\.name)
    }
}

enum Mode: Equatable, Sendable {
    case browse, help
    case picker(Picker)
    case prompt(PromptKind, String)
}
enum PromptKind: Sendable { case search, date }

/// Everything the browser shows; changed only by `reduce`.
struct AppState {
    let chronology: Chronology
    let documents: [String: Document]
    /// Search text and filter facts, built once per chronology and shared by every copy of the state.
    let indexes: BrowserIndexes
    var query: ChronologyQuery { indexes.query }
    var filter = EventFilter()
    /// Indices into chronology.events passing the filter.
    private(set) var visible: [Int] = []
    /// Events per day over the visible events (dayNumber → count), for the density strip.
    private(set) var density = Density(dayNumbers: [])
    var selected = 0
    var timelineTop = 0
    var focus: Pane = .timeline
    /// Which mention of the selected event the source pane shows.
    var mentionIndex = 0
    /// The sentence (index into the shown document's sentences) under the source pane's cursor.
    var sourceSentence = 0
    var detailScroll = 0
    var mode: Mode = .browse
    var search: String?
    var message: String?
    var size = (width: 120, height: 40)
    var ascii = false
    var quit = false

    init(chronology: Chronology, filter: EventFilter = EventFilter(), gazetteer: Gazetteer = .shared) {
        self.chronology = chronology
        indexes = BrowserIndexes(chronology: chronology, gazetteer: gazetteer)
        var docs: [String: Document] = [:]
        for d in chronology.documents { docs[d.id] = d }
        documents = docs
        self.filter = filter
        refilter()
    }

    var selectedEvent: Event? { visible.indices.contains(selected) ? chronology.events[visible[selected]] : nil }
    var selectedMention: Mention? {
        guard let e = selectedEvent, e.mentions.indices.contains(mentionIndex) else { return nil }
        return e.mentions[mentionIndex]
    }
    var shownDocument: Document? { selectedMention.flatMap { documents[$0.document] } }

    mutating func refilter() {
        let current = visible.indices.contains(selected) ? visible[selected] : nil
        let currentID = current.map { chronology.events[$0].id }
        visible = filter.isEmpty ? Array(chronology.events.indices)
            : (indexes.facts.indices(matching: filter) ?? query.indices(matching: filter))
        let events = chronology.events
        density = Density(dayNumbers: visible.compactMap { events[$0].date.interval?.start.dayNumber })
        selected = 0
        if let current, let currentID {
            // The same event stays selected: `visible` is ascending, so a binary search finds it (an earlier
            // event with the same id, if ids repeat, wins as it always did).
            var lo = 0, hi = visible.count
            while lo < hi { let mid = (lo + hi) / 2; if visible[mid] < current { lo = mid + 1 } else { hi = mid } }
            if lo < visible.count, visible[lo] == current,
               !visible[..<lo].contains(where: { events[$0].id == currentID }) {
                selected = lo
            } else {
                selected = visible.firstIndex { events[$0].id == currentID } ?? 0
            }
        }
        select(selected)
    }

    /// Selects a visible row, resets the source pane to its first mention and keeps the row on screen.
    mutating func select(_ row: Int, mention: Int = 0) {
        selected = visible.isEmpty ? 0 : min(max(0, row), visible.count - 1)
        mentionIndex = mention
        detailScroll = 0
        syncSourceSentence()
        scrollTimelineToSelection()
    }

    mutating func syncSourceSentence() {
        guard let m = selectedMention, let d = documents[m.document] else { sourceSentence = 0; return }
        sourceSentence = d.sentences.firstIndex { $0.range.overlaps(m.range) || $0.range.contains(m.range.start) } ?? 0
    }

    mutating func scrollTimelineToSelection() {
        let rows = max(1, Layout(width: size.width, height: size.height).timelineRows)
        if selected < timelineTop { timelineTop = selected }
        if selected >= timelineTop + rows { timelineTop = selected - rows + 1 }
        timelineTop = max(0, min(timelineTop, max(0, visible.count - rows)))
    }

    /// Rows a page move covers in the focused pane.
    var pageRows: Int {
        let l = Layout(width: size.width, height: size.height)
        switch focus {
        case .timeline: return max(1, l.timelineRows - 1)
        case .detail: return max(1, l.detail.height - 2)
        case .source: return max(1, (l.source.height - 2) / 3)
        }
    }

    /// The reading date for "last week" and similar: the newest publication date in the corpus.
    var referenceDay: Day? { chronology.documents.compactMap(\.published).max() ?? chronology.events.last?.date.interval?.end }
}
