import TimelineCore

/// The one place the state changes: (state, key) → state.
func reduce(_ state: AppState, _ key: Key) -> AppState {
    var s = state
    s.message = nil
    if case .resize(let w, let h) = key { s.size = (w, h); s.scrollTimelineToSelection(); return s }
    switch s.mode {
    case .help:
        s.mode = .browse
        return s
    case .picker(var p):
        switch key {
        case .escape: s.mode = .browse
        case .up: p.cursor = max(0, p.cursor - 1); s.mode = .picker(p)
        case .down: p.cursor = min(max(0, p.shown.count - 1), p.cursor + 1); s.mode = .picker(p)
        case .backspace: if !p.query.isEmpty { p.query.removeLast() }; p.cursor = 0; s.mode = .picker(p)
        case .char(let c): p.query.append(c); p.cursor = 0; s.mode = .picker(p)
        case .enter:
            s.mode = .browse
            let shown = p.shown
            if shown.indices.contains(p.cursor) {
                let value = shown[p.cursor].value
                switch p.kind {
                case .city: s.filter.cities = [value]
                case .source: s.filter.sources = [value]
                }
                s.refilter()
            }
        default: break
        }
        return s
    case .prompt(let kind, var text):
        switch key {
        case .escape: s.mode = .browse
        case .backspace: if !text.isEmpty { text.removeLast() }; s.mode = .prompt(kind, text)
        case .char(let c): text.append(c); s.mode = .prompt(kind, text)
        case .enter:
            s.mode = .browse
            if kind == .search { s.search = text.isEmpty ? nil : text; s.findNext(forward: true, includeCurrent: true) }
            else { s.jump(toDate: text) }
        default: break
        }
        return s
    case .browse:
        break
    }

    switch key {
    case .click(let x, let y): s.click(x: x, y: y); return s
    case .wheelUp(let x, let y): s.wheel(x: x, y: y, by: -3); return s
    case .wheelDown(let x, let y): s.wheel(x: x, y: y, by: 3); return s
    default: break
    }
    guard let action = Keymap.action(for: key) else { return s }
    switch action {
    case .down: s.move(1)
    case .up: s.move(-1)
    case .pageDown: s.move(s.pageRows)
    case .pageUp: s.move(-s.pageRows)
    case .top: s.select(0)
    case .bottom: s.select(s.visible.count - 1)
    case .focusNext: s.focus = Pane(rawValue: (s.focus.rawValue + 1) % 3) ?? .timeline
    case .focusPrevious: s.focus = Pane(rawValue: (s.focus.rawValue + 2) % 3) ?? .timeline
    case .nextSource: s.stepSource(1)
    case .previousSource: s.stepSource(-1)
    case .nextInArticle: s.stepInArticle(1)
    case .previousInArticle: s.stepInArticle(-1)
    case .activate: s.activate()
    case .cityPicker: s.mode = .picker(Picker(kind: .city, entries: s.cityCounts()))
    case .sourcePicker: s.mode = .picker(Picker(kind: .source, entries: s.sourceCounts()))
    case .search: s.mode = .prompt(.search, "")
    case .searchNext: s.findNext(forward: true, includeCurrent: false)
    case .searchPrevious: s.findNext(forward: false, includeCurrent: false)
    case .dateJump: s.mode = .prompt(.date, "")
    case .clearFilters: s.filter = EventFilter(); s.search = nil; s.refilter()
    case .help: s.mode = .help
    case .quit: s.quit = true
    }
    return s
}

extension AppState {
    /// j/k in the focused pane: the timeline moves the selection, the detail scrolls, the source moves its sentence cursor.
    mutating func move(_ n: Int) {
        switch focus {
        case .timeline: if !visible.isEmpty { select(selected + n) }
        case .detail: detailScroll = max(0, detailScroll + n)
        case .source:
            guard let d = shownDocument, !d.sentences.isEmpty else { return }
            sourceSentence = min(max(0, sourceSentence + n), d.sentences.count - 1)
        }
    }

    /// `]`/`[`: the next or previous document reporting the selected event; the source pane follows.
    mutating func stepSource(_ dir: Int) {
        guard let e = selectedEvent, let current = selectedMention else { return }
        let docs = e.documentIDs
        guard docs.count > 1, let i = docs.firstIndex(of: current.document) else { message = "only one source reports this event"; return }
        let next = docs[(i + dir + docs.count) % docs.count]
        mentionIndex = e.mentions.firstIndex { $0.document == next } ?? 0
        syncSourceSentence()
        focus = focus == .timeline ? .timeline : focus
    }

    /// The visible events mentioned in a document, in reading order: (row, mention index, offset).
    func eventsInReadingOrder(of documentID: String) -> [(row: Int, mention: Int, offset: Int)] {
        var out: [(row: Int, mention: Int, offset: Int)] = []
        for (row, i) in visible.enumerated() {
            for (mi, m) in chronology.events[i].mentions.enumerated() where m.document == documentID {
                out.append((row, mi, m.range.start))
            }
        }
        return out.sorted { $0.offset != $1.offset ? $0.offset < $1.offset : $0.row < $1.row }
    }

    /// `}`/`{`: the next or previous event of the article on show.
    mutating func stepInArticle(_ dir: Int) {
        guard let m = selectedMention else { return }
        let order = eventsInReadingOrder(of: m.document)
        guard let here = order.firstIndex(where: { $0.row == selected && $0.mention == mentionIndex }) else { return }
        let j = here + dir
        guard order.indices.contains(j) else { message = dir > 0 ? "last event of this article" : "first event of this article"; return }
        select(order[j].row, mention: order[j].mention)
    }

    /// Enter: in the source pane, select the event of the sentence under the cursor.
    mutating func activate() {
        guard focus == .source, let d = shownDocument, d.sentences.indices.contains(sourceSentence) else {
            if focus == .timeline { focus = .detail }
            return
        }
        let sentence = d.sentences[sourceSentence].range
        let keep = sourceSentence
        for (row, i) in visible.enumerated() {
            if let mi = chronology.events[i].mentions.firstIndex(where: { $0.document == d.id && $0.range.overlaps(sentence) }) {
                select(row, mention: mi)
                sourceSentence = keep
                return
            }
        }
        message = "no event in this sentence"
    }

    func cityCounts() -> [(name: String, value: String, count: Int)] {
        indexes.facts.cityCounts().map { ($0.place.name, $0.place.name, $0.count) }
    }

    /// Outlets with their counts (an outlet's documents together); a document without an outlet by its title.
    func sourceCounts() -> [(name: String, value: String, count: Int)] {
        indexes.facts.sourceCounts().filter { $0.count > 0 }.map { row in
            (row.name, documents[row.id]?.source ?? row.id, row.count)
        }
    }

    /// n/N: the next or previous visible event whose summary or sentences contain the search text.
    mutating func findNext(forward: Bool, includeCurrent: Bool) {
        guard let search, !EventInfo.fold(search).isEmpty, !visible.isEmpty else { return }
        // One scan of the folded text of every event (the index is built on the first search), then a walk
        // over the visible rows from the selection, wrapping around.
        let matches = indexes.text.matches(search)
        let n = visible.count
        if matches.candidateCount > 0 {
            for step in (includeCurrent ? 0 : 1)...n {
                let row = ((selected + (forward ? step : -step)) % n + n) % n
                if matches.contains(item: visible[row]) { select(row); return }
            }
        }
        message = "no match for \(search)"
    }

    /// `:`: the first visible event on or after the typed date.
    mutating func jump(toDate text: String) {
        guard let ref = referenceDay, let iv = parseDateQuery(text, reference: ref) else { message = "cannot read the date \"\(text)\""; return }
        if let row = visible.firstIndex(where: { (chronology.events[$0].date.interval?.end ?? iv.start) >= iv.start }) {
            select(row)
        } else { message = "no event on or after \(iv.start.readable)" }
    }

    mutating func click(x: Int, y: Int) {
        let l = Layout(width: size.width, height: size.height)
        if l.kind == .narrow, l.tabs.contains(x: x, y: y) {
            focus = Pane(rawValue: min(2, x * 3 / max(1, l.tabs.width))) ?? focus; return
        }
        guard let p = l.pane(atX: x, y: y, shown: focus) else { return }
        focus = p
        if p == .timeline {
            let row = timelineTop + (y - l.timeline.y - 2)
            if y - l.timeline.y >= 2, row < visible.count { select(row) }
        } else if p == .source {
            // A click on a sentence puts the cursor there (Enter then selects its event).
            let (lines, top) = sourceViewport(self, l.source)
            let i = top + (y - l.source.y - 2)
            if y - l.source.y >= 2, lines.indices.contains(i), let sentence = lines[i].sentence { sourceSentence = sentence }
        }
    }

    mutating func wheel(x: Int, y: Int, by n: Int) {
        let l = Layout(width: size.width, height: size.height)
        let p = l.pane(atX: x, y: y, shown: focus) ?? focus
        let saved = focus
        focus = p; move(n); focus = saved
    }
}
