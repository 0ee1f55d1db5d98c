import TimelineCore

enum Pane: Int, CaseIterable, Sendable { case timeline, detail, source
    var title: String { ["Timeline", "Detail", "Source"][rawValue] }
}

/// A terminal size in cells.
struct Size: Equatable, Sendable {
    var width: Int, height: Int
}

/// What the browser shows over the panes, if anything.
enum Mode: Equatable, Sendable {
    case browse
    /// The key help, scrolled by this many lines.
    case help(scroll: Int)
    case picker(Picker)
    case prompt(PromptKind, String)
    /// The documents view: every article, its warnings and event count; the cursor on one of them.
    case documents(cursor: Int)

    /// The mode in a few words ("browse", "city picker", "search prompt"), for `--debug-timing`.
    var name: String {
        switch self {
        case .browse: return "browse"
        case .help: return "help"
        case .picker(let p): return "\(p.kind) picker"
        case .prompt(let k, _): return "\(k) prompt"
        case .documents: return "documents"
        }
    }
}

/// What a prompt asks for.
enum PromptKind: Equatable, Sendable {
    /// `/`: text to find.
    case search
    /// `:`: a date to jump to.
    case date
    /// `t`: the days to keep ("27 March..29 March", "last week").
    case dateRange
    /// `&`: text every shown event must contain.
    case textFilter
    /// `e`, after the format: the file to write.
    case exportPath(ExportFormat)
    /// Curation prompts: a note, a date, a modality, a new summary for the selected event.
    case note, setDate, setModality, rename

    /// What the status line shows before the text typed.
    var label: String {
        switch self {
        case .search: return "/"
        case .date: return "jump to date: "
        case .dateRange: return "keep dates (a day, a period, or FROM..TO): "
        case .textFilter: return "keep events containing: "
        case .exportPath(let f): return "export \(f.rawValue) to: "
        case .note: return "note: "
        case .setDate: return "set date (any form, e.g. 5 April, yesterday): "
        case .setModality: return "modality (happened, planned, expected, claimed): "
        case .rename: return "summary: "
        }
    }
}

/// Everything the browser shows: a plain value, changed only by `update` (App/Reducer.swift), drawn by
/// `render` (Views/). The corpus it browses is shared by every copy (see `BrowserCorpus`).
struct AppState: Equatable, Sendable {
    private(set) var corpus: BrowserCorpus
    var filter = EventFilter()
    /// `!`: only the events whose sources disagree on the date.
    var conflictsOnly = false
    /// Indices into chronology.events passing the filter.
    private(set) var visible: [Int] = []
    /// Events per day over the visible events, for the density strip.
    private(set) var density = Density(dayNumbers: [])
    /// The visible rows that open a new date (a header line above them).
    private(set) var groups = TimelineGroups()
    var selected = 0
    /// The first line of the timeline pane shown (lines count the date headers and the selected row's wrap).
    var timelineTop = 0
    /// `<` and `>`: the timeline's share of a wide screen, in percent over what the width gives.
    var splitAdjust = 0
    var focus: Pane = .timeline
    /// Which mention of the selected event the source pane shows.
    var mentionIndex = 0
    /// The sentence (index into the shown document's sentences) under the source pane's cursor.
    var sourceSentence = 0
    var detailScroll = 0
    /// The source line (outlet and date) under the detail pane's cursor: an index into `mentionGroups`.
    var detailCursor = 0
    var mode: Mode = .browse
    var search: String?
    var message: String?
    var size = Size(width: 120, height: 40)
    var ascii = false
    var quit = false
    /// The curation file and the entries applied to what is shown (App/Curating.swift).
    var curation = CurationState()
    /// While the corpus loads in the background: how far it has got (App/Loading.swift); nil once complete.
    var loading: LoadProgress?
    /// The event last sent to be detailed in the background (App/EventDetails.swift).
    var detailsAsked: DetailsAsk?
    /// The picker whose entries are being counted in the background (App/PickerEntries.swift).
    var pickerAsked: PickerAsk?
    /// A search waiting for the search index, and the corpus whose index is being built (App/Searching.swift).
    var searchPending: PendingSearch?
    var searchAsked: Int?

    init(corpus: BrowserCorpus, filter: EventFilter = EventFilter()) {
        self.corpus = corpus
        self.filter = filter
        refilter()
    }

    init(chronology: Chronology, filter: EventFilter = EventFilter(), gazetteer: Gazetteer = .shared) {
        self.init(corpus: BrowserCorpus(chronology: chronology, gazetteer: gazetteer), filter: filter)
    }

    /// The state with a curation file's entries applied.
    init(corpus: BrowserCorpus, filter: EventFilter = EventFilter(), curation: CurationState) {
        self.init(corpus: corpus, filter: filter)
        self.curation = curation
        recurate()
    }

    var chronology: Chronology { corpus.chronology }
    var documents: [String: Document] { corpus.documents }
    var indexes: BrowserIndexes { corpus.indexes }
    var query: ChronologyQuery { indexes.query }

    /// Puts a newly loaded corpus in place (after `R`, or as a load streams in), keeping the filters and, when it
    /// is still there, the selected event (found by its id, or by its mention on show when merging changed the id)
    /// on the same line of the screen. Lookups only: the unfiltered rows and the events by id and by document were
    /// made with the corpus (`BrowserIndexes.prepareDisplay`), so this costs no pass over the events.
    mutating func replaceCorpus(_ new: BrowserCorpus) {
        let id = selectedEvent?.id
        let mention = selectedMention.map(MentionPlace.init)
        let screenLine = selectedEvent == nil ? nil : groups.line(ofRow: selected, expanded: selected, extra: 0) - timelineTop
        corpus = new
        detailsAsked = nil
        setView(TimelineView())
        refilter()
        let view = TimelineView(visible: visible)
        var row = id.flatMap { id in indexes.firstEvent(withID: id).flatMap(view.row(ofEvent:)) }
        if row == nil, let id, indexes.firstEvent(withID: id) != nil {
            // An earlier event of the same id is filtered out: the first visible one.
            let events = chronology.events
            row = visible.firstIndex { events[$0].id == id }
        }
        if row == nil, let mention {
            for i in indexes.events(reporting: mention.document) {
                guard let r = view.row(ofEvent: Int(i)) else { continue }
                if chronology.events[Int(i)].mentions.contains(where: mention.matches) { row = r; break }
            }
        }
        guard let row else { return }
        let mentionRow = mention.flatMap { m in chronology.events[visible[row]].mentions.firstIndex(where: m.matches) } ?? 0
        if let screenLine { timelineTop = max(0, groups.line(ofRow: row, expanded: row, extra: 0) - screenLine) }
        select(row, mention: mentionRow)
    }

    /// True when some filter hides events.
    var isFiltered: Bool { !filter.isEmpty || conflictsOnly }

    var selectedEvent: Event? { visible.indices.contains(selected) ? chronology.events[visible[selected]] : nil }
    var selectedMention: Mention? {
        guard mentionsReady, let e = selectedEvent, e.mentions.indices.contains(mentionIndex) else { return nil }
        return e.mentions[mentionIndex]
    }
    var shownDocument: Document? { selectedMention.flatMap { documents[$0.document] } }

    mutating func refilter() {
        let current = visible.indices.contains(selected) ? visible[selected] : nil
        let currentID = current.map { chronology.events[$0].id }
        let events = chronology.events
        if filter.isEmpty && !conflictsOnly {
            setView(indexes.allEvents)
        } else {
            var rows = filter.isEmpty ? Array(events.indices)
                : (indexes.facts.indices(matching: filter) ?? query.indices(matching: filter))
            if conflictsOnly { rows = rows.filter { events[$0].conflict } }
            setView(TimelineView(visible: rows, events: events))
        }
        selected = 0
        if let current, let currentID {
            // The same event stays selected: `visible` is ascending, so a binary search finds it (an earlier
            // event with the same id, if ids repeat, wins as it always did).
            let lo = TimelineView(visible: visible).insertionRow(ofEvent: current)
            if lo < visible.count, visible[lo] == current,
               !visible[..<lo].contains(where: { events[$0].id == currentID }) {
                selected = lo
            } else {
                selected = visible.firstIndex { events[$0].id == currentID } ?? 0
            }
        }
        select(selected)
    }

    /// The rows shown and what is drawn from them.
    private mutating func setView(_ view: TimelineView) {
        visible = view.visible
        density = view.density
        groups = view.groups
    }

    /// Selects a visible row, resets the source pane to its first mention and keeps the row on screen.
    mutating func select(_ row: Int, mention: Int = 0) {
        selected = visible.isEmpty ? 0 : min(max(0, row), visible.count - 1)
        mentionIndex = mention
        detailScroll = 0
        detailCursor = 0
        syncSourceSentence()
        scrollTimelineToSelection()
    }

    mutating func syncSourceSentence() {
        guard let m = selectedMention, let d = documents[m.document] else { sourceSentence = 0; return }
        sourceSentence = d.sentences.firstIndex { $0.range.overlaps(m.range) || $0.range.contains(m.range.start) } ?? 0
    }

    var layout: Layout { Layout(width: size.width, height: size.height, splitAdjust: splitAdjust) }

    /// Keeps the selected row on screen, whole (its wrapped lines) and with its date header when it opens a group.
    mutating func scrollTimelineToSelection() {
        let rows = max(1, layout.timelineRows)
        let extra = selectedExtraLines
        let line = groups.line(ofRow: selected, expanded: selected, extra: extra)
        let first = line - (groups.opensGroup(selected) ? 1 : 0)
        let last = line + extra
        if first < timelineTop { timelineTop = first }
        if last >= timelineTop + rows { timelineTop = max(first, last - rows + 1) }
        timelineTop = max(0, min(timelineTop, max(0, groups.lineCount(rows: visible.count, extra: extra) - rows)))
    }

    /// Lines the selected row takes beyond its first: its whole summary wrapped to the summary column.
    var selectedExtraLines: Int {
        guard let e = selectedEvent else { return 0 }
        let w = TimelineColumns(paneWidth: layout.timeline.width, tagWidth: corpus.tags.columnWidth).summary
        return max(0, min(DisplayWidth.wrap(e.summary, width: max(1, w)).count, max(1, layout.timelineRows - 2)) - 1)
    }

    /// Rows a page move covers in the focused pane.
    var pageRows: Int {
        let l = layout
        switch focus {
        case .timeline:
            // The events on screen (headers and the selected row's wrapped lines take room too).
            let shown = timelineLines(self).filter { if case .event(_, 0) = $0 { return true } else { return false } }.count
            return max(1, shown - 1)
        case .detail: return max(1, l.detail.height - 2)
        case .source: return max(1, (l.source.height - 2) / 3)
        }
    }

    /// The reading date for "last week" and similar: the newest publication date in the corpus.
    var referenceDay: Day? { chronology.documents.compactMap(\.published).max() ?? chronology.events.last?.date.interval?.end }
}
