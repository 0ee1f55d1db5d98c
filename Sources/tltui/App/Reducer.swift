import Foundation
import TimelineCore

/// The one place the state changes: (state, message) → new state and the effects to run. Whatever the message,
/// what the screen waits for is asked of the background when it is not known for the corpus on show: the details of
/// a selected event of many mentions, the open picker's entries, the index a waiting search needs.
func update(_ s: inout AppState, _ message: Message) -> [Effect] {
    var effects = respond(&s, message)
    if let details = s.detailsEffect() { effects.append(details) }
    if let picker = s.pickerEffect() { effects.append(picker) }
    if let search = s.searchEffect() { effects.append(search) }
    return effects
}

private func respond(_ s: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .start(let size):
        s.size = size
        s.scrollTimelineToSelection()
        // Which corpus opened when no path was given: the sample (no articles in sight), or the articles here.
        if s.corpus.info.isSample {
            s.message = "no articles here: showing the bundled sample" + (s.corpus.info.paths.first.map { " (\($0))" } ?? "")
        } else if let notice = s.corpus.info.notice {
            s.message = notice
        }
        if s.loading != nil {
            return [.load(LoadJob(paths: s.corpus.info.paths, isSample: s.corpus.info.isSample, isReload: false))]
        }
        return [.buildIndexes(s.indexes)]
    case .note(let text):
        s.message = text
        return []
    case .loadProgress(let progress):
        if s.loading != nil { s.loading = progress }
        return []
    case .loadPartial(let corpus, let progress):
        guard s.loading != nil else { return [] }
        s.loading = progress
        s.showPartial(corpus)
        return []
    case .loaded(let corpus):
        s.loading = nil
        s.replaceCorpus(corpus)
        s.recurate()
        s.checkFilterNames()
        return [.buildIndexes(s.indexes)]
    case .loadFailed(let why):
        s.loading = nil
        s.message = "loading failed: \(why)"
        return []
    case .reloaded(let corpus):
        s.loading = nil
        s.replaceCorpus(corpus)
        s.recurate()
        s.message = "reloaded: \(corpus.chronology.documents.count) documents, \(corpus.chronology.events.count) events"
        return [.buildIndexes(s.indexes)] + s.refreshCuration
    case .curationSaved(let entries, let outcome):
        s.curationSaved(entries, outcome)
        return [.buildIndexes(s.indexes)]
    case .detailsReady(let ask):
        s.detailsArrived(ask)
        return []
    case .pickerEntries(let ask, let entries):
        s.pickerArrived(ask, entries)
        return []
    case .searchIndexReady(let corpus):
        s.searchIndexArrived(corpus)
        return []
    case .curationUnreadable(let why):
        s.curation.error = why
        s.message = "curation is off: \(why)"
        return []
    case .key(let key):
        return press(&s, key)
    }
}

/// (state, key) → state, for callers that run no effects (tests, benchmarks): the work the key asks of the background
/// for the screen (a picker's entries, the search index, an event's details) is done at once and its answer applied.
func reduce(_ state: AppState, _ key: Key) -> AppState {
    var s = state
    var effects = update(&s, .key(key))
    while !effects.isEmpty {
        var answers: [Message] = []
        for e in effects {
            switch e {
            case .pickerEntries(let job): answers.append(.pickerEntries(job.ask, job.run()))
            case .searchIndex(let job): job.run(); answers.append(.searchIndexReady(job.corpus))
            case .eventDetails(let job): job.run(); answers.append(.detailsReady(job.ask))
            default: break
            }
        }
        effects = answers.flatMap { update(&s, $0) }
    }
    return s
}

/// A key in the current mode.
private func press(_ s: inout AppState, _ key: Key) -> [Effect] {
    s.message = nil
    if case .resize(let w, let h) = key { s.size = Size(width: w, height: h); s.scrollTimelineToSelection(); return [] }
    switch s.mode {
    case .help(let scroll):
        // Up and down scroll a help taller than the screen; any other key closes it.
        let step: Int? = [.down, .char("j")].contains(key) ? 1 : [.up, .char("k")].contains(key) ? -1 : nil
        let overflow = helpLayout(s).overflow
        if let step, overflow > 0 { s.mode = .help(scroll: min(overflow, max(0, scroll + step))) } else { s.mode = .browse }
        return []
    case .picker(let p):
        pickerKey(&s, p, key)
        return []
    case .prompt(let kind, let text):
        return promptKey(&s, kind, text, key)
    case .documents(let cursor):
        documentsKey(&s, cursor, key)
        return []
    case .browse:
        break
    }
    switch key {
    case .click(let x, let y): s.click(x: x, y: y); return []
    case .wheelUp(let x, let y): s.wheel(x: x, y: y, by: -3); return []
    case .wheelDown(let x, let y): s.wheel(x: x, y: y, by: 3); return []
    default: break
    }
    guard let action = Keymap.action(for: key) else { return [] }
    return perform(&s, action)
}

private func pickerKey(_ s: inout AppState, _ picker: Picker, _ key: Key) {
    var p = picker
    guard let action: PickerAction = Keymap.picker.action(for: key) else {
        if case .char(let c) = key { p.query.append(c); p.cursor = 0; p.aliases = s.cityAliases(p) }
        s.mode = .picker(p)
        return
    }
    switch action {
    case .cancel: s.mode = .browse; return
    case .up: p.cursor = max(0, p.cursor - 1)
    case .down: p.cursor = min(max(0, p.shown.count - 1), p.cursor + 1)
    case .deleteBack: if !p.query.isEmpty { p.query.removeLast() }; p.cursor = 0; p.aliases = s.cityAliases(p)
    case .accept:
        // Enter before the entries are counted: applied when they come (App/PickerEntries.swift).
        if p.counting { p.acceptWhenCounted = true; s.mode = .picker(p); return }
        acceptPicker(&s, p)
        return
    }
    s.mode = .picker(p)
}

/// Enter in a picker: the entry under the cursor applied, the picker closed.
func acceptPicker(_ s: inout AppState, _ p: Picker) {
    s.mode = .browse
    let shown = p.shown
    guard shown.indices.contains(p.cursor) else { return }
    let value = shown[p.cursor].value
    switch p.kind {
    case .city: s.filter.cities = [value]; s.refilter()
    case .source: s.filter.sources = [value]; s.refilter()
    case .actor: s.filter.actors = [value]; s.refilter()
    case .modality: s.filter.modalities = Set(value.split(separator: ",").compactMap { Modality(rawValue: String($0)) }); s.refilter()
    case .exportFormat:
        if let f = ExportFormat(rawValue: value) { s.mode = .prompt(.exportPath(f), ExportJob.defaultPath(f)) }
    }
}

private func promptKey(_ s: inout AppState, _ kind: PromptKind, _ text: String, _ key: Key) -> [Effect] {
    var text = text
    guard let action: PromptAction = Keymap.prompt.action(for: key) else {
        if case .char(let c) = key { text.append(c) }
        s.mode = .prompt(kind, text)
        return []
    }
    switch action {
    case .cancel: s.mode = .browse
    case .deleteBack: if !text.isEmpty { text.removeLast() }; s.mode = .prompt(kind, text)
    case .accept:
        s.mode = .browse
        switch kind {
        case .search: s.search = text.isEmpty ? nil : text; s.find(forward: true, includeCurrent: true)
        case .date: s.jump(toDate: text)
        case .dateRange: s.keepDates(text)
        case .textFilter:
            let t = text.trimmingCharacters(in: .whitespaces)
            s.filter.text = t.isEmpty ? nil : t
            s.refilter()
        case .exportPath(let format):
            let path = text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { s.message = "no file given: nothing exported"; return [] }
            s.message = "exporting \(s.visible.count) events…"
            return [.export(ExportJob(format: format, path: path, chronology: s.chronology, events: s.visible))]
        case .note, .setDate, .setModality, .rename: return s.acceptCurationPrompt(kind, text)
        }
    }
    return []
}

/// The documents view: move, open one in the source pane, close.
private func documentsKey(_ s: inout AppState, _ cursor: Int, _ key: Key) {
    let n = s.chronology.documents.count
    guard let action: DocumentsAction = Keymap.documents.action(for: key) else { return }
    switch action {
    case .down: s.mode = .documents(cursor: min(max(0, n - 1), cursor + 1))
    case .up: s.mode = .documents(cursor: max(0, cursor - 1))
    case .close: s.mode = .browse
    case .open:
        s.mode = .browse
        if s.chronology.documents.indices.contains(cursor) { s.openDocument(s.chronology.documents[cursor].id) }
    }
}

/// A browse-mode action.
private func perform(_ s: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .down: s.move(1)
    case .up: s.move(-1)
    case .pageDown: s.move(s.pageRows)
    case .pageUp: s.move(-s.pageRows)
    case .halfPageDown: s.move(max(1, s.pageRows / 2))
    case .halfPageUp: s.move(-max(1, s.pageRows / 2))
    case .top: s.select(0)
    case .bottom: s.select(s.visible.count - 1)
    case .focusNext: s.focus = Pane(rawValue: (s.focus.rawValue + 1) % 3) ?? .timeline
    case .focusPrevious: s.focus = Pane(rawValue: (s.focus.rawValue + 2) % 3) ?? .timeline
    case .focusLeft: s.focus = Pane(rawValue: max(0, s.focus.rawValue - 1)) ?? s.focus
    case .focusRight: s.focus = Pane(rawValue: min(2, s.focus.rawValue + 1)) ?? s.focus
    case .focusPane(let p): s.focus = p
    case .widenTimeline: s.resizeSplit(by: 5)
    case .narrowTimeline: s.resizeSplit(by: -5)
    case .nextSource: s.stepSource(1)
    case .previousSource: s.stepSource(-1)
    case .nextInArticle: s.stepInArticle(1)
    case .previousInArticle: s.stepInArticle(-1)
    case .activate: s.activate()
    case .linkedEvent: s.jumpToLinkedEvent()
    case .cityPicker: s.openPicker(.city)
    case .sourcePicker: s.openPicker(.source)
    case .actorPicker: s.openPicker(.actor)
    case .search: s.mode = .prompt(.search, "")
    case .searchNext: s.find(forward: true, includeCurrent: false)
    case .searchPrevious: s.find(forward: false, includeCurrent: false)
    case .dateJump: s.mode = .prompt(.date, "")
    case .conflictsOnly: s.conflictsOnly.toggle(); s.refilter()
    case .modalityPicker: s.mode = .picker(Picker(kind: .modality, entries: s.modalityCounts()))
    case .dateRange: s.mode = .prompt(.dateRange, "")
    case .textFilter: s.mode = .prompt(.textFilter, s.filter.text ?? "")
    case .export: s.mode = .picker(Picker(kind: .exportFormat, entries: ExportJob.formatEntries))
    case .openURL: return s.openURLEffect()
    case .copyCitation: return s.citationEffect()
    case .documents: s.mode = .documents(cursor: s.shownDocument.flatMap { d in s.chronology.documents.firstIndex { $0.id == d.id } } ?? 0)
    case .reload:
        guard !s.corpus.info.paths.isEmpty else { s.message = "nothing to reload: this corpus has no files"; return [] }
        guard s.loading == nil else { s.message = "still loading: R reloads once the load is complete"; return [] }
        s.message = "reloading…"
        s.loading = LoadProgress(phase: .reading)
        return [.load(LoadJob(paths: s.corpus.info.paths, isSample: s.corpus.info.isSample, isReload: true))]
    case .clearFilters: s.filter = EventFilter(); s.conflictsOnly = false; s.search = nil; s.searchPending = nil; s.refilter()
    case .help: s.mode = .help(scroll: 0)
    case .quit: s.quit = true
    case .curate(let a): return s.curate(a)
    }
    return []
}
