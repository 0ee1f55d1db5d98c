import TimelineCore

/// The curation the browser shows and edits: the file's entries, applied to the extracted chronology
/// (`BrowserCorpus.extracted`) to give the chronology on screen. Changes are effects (`Effect.curate`): the
/// terminal layer writes the file (re-reading it under a lock, so another tltui's entries are kept) and answers
/// with the file's new entries (`Message.curationSaved`).
struct CurationState: Equatable, Sendable {
    /// The file; nil where there is none (a synthetic corpus).
    var file: String?
    var author: String
    var entries = Curation()
    /// Keep hidden events and mentions (marked) instead of leaving them out.
    var includeHidden = false
    /// Entries that no longer find their mention.
    var orphans: [CurationOrphan] = []
    /// Why the file cannot be used (it could not be read): curating is off, the file is left alone.
    var error: String?
    /// The event marked for a merge (`m`), by its mentions.
    var mark: EventRef?
    /// Ids of the entries this session added, last on top (`u` removes them from the file).
    var undo: [String] = []
    /// Entries undone, last on top (Ctrl-R writes them again).
    var redo: [CurationEntry] = []

    init(file: String? = nil, author: String = "unknown", entries: Curation = Curation(), includeHidden: Bool = false, error: String? = nil) {
        self.file = file
        self.author = author
        self.entries = entries
        self.includeHidden = includeHidden
        self.error = error
    }
}

/// What the curation keys do.
enum CurationAction: Equatable, Sendable {
    case star, note, hideEvent, hideMention, setDate, setModality, mark, merge, split, rename, undo, redo, filter
}

/// A change to the curation file, run by the terminal layer.
struct CurationJob: Equatable, Sendable {
    enum Change: Equatable, Sendable {
        case add(CurationOperation)
        /// Remove this entry (undo).
        case undo(CurationEntry)
        /// Write this entry again, with its id (redo).
        case redo(CurationEntry)
        /// Read the file again (after `R`: another process may have curated meanwhile, or fixed the file).
        case refresh
    }
    var file: String
    var author: String
    var change: Change
}

/// What the file says after a change, and what the change was.
enum CurationOutcome: Equatable, Sendable {
    case added(id: String, CurationOperation)
    case undone(CurationEntry)
    case redone(id: String, CurationOperation)
    case refreshed
}

extension AppState {
    /// The curation filter steps `C` goes through.
    static let curationFilterSteps: [Set<CurationMark>] = [[], [.starred], [.noted], [.curated], [.hidden]]

    /// Applies the curation to the extracted chronology again and shows the result, keeping the selection (by
    /// event id, else by row) and the filters.
    mutating func recurate() {
        // Nothing to apply to a corpus nothing was applied to: its indexes are not rebuilt for nothing.
        if curation.entries.isEmpty && !corpus.curated { curation.orphans = []; return }
        // Nor to one a loading thread made with this curation applied (`BrowserCorpus.prepared`).
        if let applied = corpus.applied, applied.request == curationRequest { curation.orphans = applied.orphans; return }
        let keepHidden = curation.includeHidden || filter.marks.contains(.hidden)
        let (chronology, orphans) = TimelineCore.apply(curation.entries, to: corpus.extracted, includeHidden: keepHidden)
        curation.orphans = orphans
        let row = selected
        let id = selectedEvent?.id
        let mention = selectedMention.map { MentionRef($0).key }
        replaceCorpus(corpus.replacingChronology(chronology, applied: curationRequest.map { AppliedCuration(request: $0, orphans: orphans) }))
        if id == nil || selectedEvent?.id != id { select(min(row, max(0, visible.count - 1))) }
        if let mention, let e = selectedEvent, let i = e.mentions.firstIndex(where: { MentionRef($0).key == mention }) {
            mentionIndex = i
            syncSourceSentence()
        }
    }

    /// The curation a corpus put in place is shown with (nil: none), for a load to apply as it makes each corpus.
    var curationRequest: AppliedCuration.Request? {
        curation.entries.isEmpty ? nil
            : AppliedCuration.Request(entries: curation.entries, keepHidden: curation.includeHidden || filter.marks.contains(.hidden))
    }

    /// A curation key in browse mode.
    mutating func curate(_ action: CurationAction) -> [Effect] {
        switch action {
        case .undo: return undoCuration()
        case .redo: return redoCuration()
        case .filter:
            let steps = Self.curationFilterSteps
            let i = steps.firstIndex(of: filter.marks) ?? 0
            filter.marks = steps[(i + 1) % steps.count]
            recurate()
            refilter()
            message = filter.marks.isEmpty ? "curation filter off" : "showing \(curationFilterName(filter.marks)) events (\(visible.count))"
            return []
        default: break
        }
        guard let e = selectedEvent else { message = "no event selected"; return [] }
        let ref = EventRef(e)
        switch action {
        case .star: return write(.add(e.curation.starred ? .unstar(ref) : .star(ref)))
        case .hideEvent: return write(.add(e.curation.hidden ? .unhide(ref) : .hide(ref)))
        case .hideMention:
            guard let m = selectedMention else { message = "no mention on show"; return [] }
            return write(.add(m.isHidden ? .unhideMention(MentionRef(m)) : .hideMention(MentionRef(m))))
        case .split:
            guard let m = selectedMention else { message = "no mention on show"; return [] }
            guard e.mentions.count > 1 else { message = "this event has only this mention"; return [] }
            return write(.add(.split(MentionRef(m))))
        case .mark:
            curation.mark = ref
            message = "marked “\(e.summary)”: select the event it repeats and press J to merge it there"
            return []
        case .merge:
            guard let marked = curation.mark else { message = "mark an event with m first, then press J on the event to merge it into"; return [] }
            let keys = Set(e.mentions.map { MentionRef($0).key })
            guard !marked.mentions.contains(where: { keys.contains($0.key) }) else { message = "that is the marked event itself"; return [] }
            curation.mark = nil
            return write(.add(.merge(marked, into: ref)))
        case .note, .setDate, .setModality, .rename:
            guard writable() else { return [] }
            let kind: PromptKind = action == .note ? .note : action == .setDate ? .setDate : action == .setModality ? .setModality : .rename
            mode = .prompt(kind, action == .rename ? e.summary : "")
            return []
        case .undo, .redo, .filter: return []
        }
    }

    /// Enter in a curation prompt.
    mutating func acceptCurationPrompt(_ kind: PromptKind, _ text: String) -> [Effect] {
        guard let e = selectedEvent else { return [] }
        let ref = EventRef(e)
        let typed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .note:
            guard !typed.isEmpty else { message = "empty note: nothing written"; return [] }
            return write(.add(.note(ref, text: typed)))
        case .setDate:
            let published = e.mentions.first.flatMap { documents[$0.document]?.published }
            guard let date = CuratedDate.read(typed, publication: published) else {
                message = "cannot read the date “\(typed)”" + (published.map { " (against \($0.readable))" } ?? "")
                return []
            }
            let effects = write(.add(.setDate(ref, text: typed)))
            message = "date set: \(typed) = \(DateLabel.text(for: date))"
            return effects
        case .setModality:
            let w = typed.lowercased()
            guard !w.isEmpty, let m = Modality.allCases.first(where: { $0.rawValue.hasPrefix(w) }) else {
                message = "modality: type happened, planned, expected or claimed (or h, p, e, c)"
                return []
            }
            return write(.add(.setModality(ref, m)))
        case .rename:
            guard !typed.isEmpty, typed != e.summary else { message = "summary unchanged"; return [] }
            return write(.add(.rename(ref, summary: typed)))
        case .search, .date, .dateRange, .textFilter, .exportPath: return []
        }
    }

    /// Whether the curation file may be written; says why not.
    mutating func writable() -> Bool {
        if let error = curation.error { message = "curation is off: \(error)"; return false }
        if curation.file == nil { message = "no curation file for this corpus"; return false }
        return true
    }

    /// After `R`: the curation file read again, even when it could not be read before.
    var refreshCuration: [Effect] {
        guard let file = curation.file else { return [] }
        return [.curate(CurationJob(file: file, author: curation.author, change: .refresh))]
    }

    mutating func write(_ change: CurationJob.Change) -> [Effect] {
        guard writable(), let file = curation.file else { return [] }
        return [.curate(CurationJob(file: file, author: curation.author, change: change))]
    }

    mutating func undoCuration() -> [Effect] {
        while let id = curation.undo.last {
            if let entry = curation.entries.entries.first(where: { $0.id == id }) { return write(.undo(entry)) }
            curation.undo.removeLast()   // someone removed it from the file meanwhile
        }
        message = "nothing to undo"
        return []
    }

    mutating func redoCuration() -> [Effect] {
        guard let entry = curation.redo.last else { message = "nothing to redo"; return [] }
        return write(.redo(entry))
    }

    /// The file has been written: its entries (with other processes' too) are what the browser shows now.
    mutating func curationSaved(_ entries: Curation, _ outcome: CurationOutcome) {
        curation.entries = entries
        let before = curation.orphans.count
        switch outcome {
        case .added(let id, let op):
            curation.undo.append(id)
            curation.redo = []
            message = "\(op.readable): saved (u undoes)"
        case .undone(let entry):
            if let i = curation.undo.lastIndex(of: entry.id) { curation.undo.remove(at: i) }
            curation.redo.append(entry)
            message = "undone: \(entry.operation.readable) (Ctrl-R redoes)"
        case .redone(let id, let op):
            if !curation.redo.isEmpty { curation.redo.removeLast() }
            curation.undo.append(id)
            message = "redone: \(op.readable)"
        case .refreshed:
            curation.error = nil
        }
        recurate()
        if curation.orphans.count > before { message = (message ?? "") + " · \(curation.orphans.count - before) more entries no longer apply" }
    }

    /// The status line's word for a curation filter.
    func curationFilterName(_ marks: Set<CurationMark>) -> String {
        marks.map { m -> String in
            switch m {
            case .starred: return "starred"
            case .noted: return "noted"
            case .curated: return "curated"
            case .hidden: return "hidden"
            }
        }.sorted().joined(separator: ", ")
    }
}

/// The one-cell curation mark of a timeline row: hidden, else starred, else with notes.
func curationMark(_ e: Event, ascii: Bool) -> String? {
    if e.curation.hidden { return ascii ? "H" : "⊘" }
    if e.curation.starred { return ascii ? "S" : "★" }
    if !e.curation.notes.isEmpty { return ascii ? "N" : "✎" }
    return nil
}

/// The detail pane's curation lines: the star, the notes, what was changed and by whom.
func curationLines(_ e: Event, ascii: Bool) -> [(text: String, style: Style)] {
    var out: [(text: String, style: Style)] = []
    if e.curation.hidden { out.append(("\(ascii ? "H" : "⊘") hidden (H shows it again)", .conflict)) }
    if e.curation.starred { out.append(("\(ascii ? "S" : "★") starred", .highlight)) }
    for n in e.curation.notes { out.append(("\(ascii ? "N" : "✎") \(n.byline): \(n.text)", .highlight)) }
    for c in e.curation.changes { out.append(("curated: \(c)", .dim)) }
    return out
}
