import TimelineCore

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

    func cityCounts() -> [Picker.Entry] {
        indexes.facts.cityCounts().map { Picker.Entry(name: $0.place.name, value: $0.place.name, count: $0.count) }
    }

    /// Outlets with their counts (an outlet's documents together); a document without an outlet by its title.
    func sourceCounts() -> [Picker.Entry] {
        indexes.facts.sourceCounts().filter { $0.count > 0 }.map { row in
            Picker.Entry(name: row.name, value: documents[row.id]?.source ?? row.id, count: row.count)
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
        let l = layout
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
        let l = layout
        let p = l.pane(atX: x, y: y, shown: focus) ?? focus
        let saved = focus
        focus = p; move(n); focus = saved
    }
}
