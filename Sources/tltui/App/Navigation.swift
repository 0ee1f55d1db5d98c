import Foundation
import TimelineCore

extension AppState {
    /// j/k in the focused pane: the timeline moves the selection, the detail scrolls, the source moves its sentence cursor.
    mutating func move(_ n: Int) {
        switch focus {
        case .timeline: if !visible.isEmpty { select(selected + n) }
        case .detail: moveDetailCursor(n)
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
        let j = (i + dir + docs.count) % docs.count
        mentionIndex = e.mentions.firstIndex { $0.document == docs[j] } ?? 0
        syncSourceSentence()
        let outlet = documents[docs[j]]?.source ?? docs[j]
        message = "source \(j + 1) of \(docs.count): \(outlet)" + (dir > 0 && j == 0 || dir < 0 && j == docs.count - 1 ? " (wrapped)" : "")
    }

    /// j/k in the detail pane: the cursor moves over the event's sources (one line per outlet and date), the
    /// view following it; past the first or last source the pane scrolls.
    mutating func moveDetailCursor(_ n: Int) {
        guard let groups = selectedDetails?.groups else { return }
        let next = detailCursor + n
        guard groups.indices.contains(next) else {
            detailScroll = max(0, detailScroll + n)
            if next < 0 { detailCursor = 0 }
            return
        }
        detailCursor = next
        let l = layout
        let lines = detailLines(self, width: l.detail.width - 1)
        let rows = max(1, l.detail.height - 1)
        guard let first = lines.firstIndex(where: { $0.group == next }) else { return }
        let last = lines.lastIndex { $0.group == next } ?? first
        if first < detailScroll { detailScroll = first }
        if last >= detailScroll + rows { detailScroll = max(first, last - rows + 1) }
    }

    /// The visible events mentioned in a document, in reading order: (row, mention index, offset).
    func eventsInReadingOrder(of documentID: String) -> [(row: Int, mention: Int, offset: Int)] {
        var out: [(row: Int, mention: Int, offset: Int)] = []
        // Only the events reporting the document are read (the corpus knows them without decoding any mention).
        let view = TimelineView(visible: visible)
        for i in indexes.events(reporting: documentID).map(Int.init) {
            guard let row = view.row(ofEvent: i) else { continue }
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

    /// Enter: on the timeline, the detail pane; in the detail pane, the source under the cursor opens in the
    /// source pane; in the source pane, the event of the sentence under the cursor is selected.
    mutating func activate() {
        if focus == .detail, selectedEvent != nil {
            let groups = selectedDetails?.groups ?? []
            guard groups.indices.contains(detailCursor) else { return }
            let g = groups[detailCursor]
            // Again on the group on show: its next mention.
            if let k = g.mentions.firstIndex(of: mentionIndex) { mentionIndex = g.mentions[(k + 1) % g.mentions.count] }
            else { mentionIndex = g.mentions[0] }
            syncSourceSentence()
            focus = .source
            let k = (g.mentions.firstIndex(of: mentionIndex) ?? 0) + 1
            message = "\(g.outlet)" + (g.mentions.count > 1 ? ": mention \(k) of \(g.mentions.count)" : "")
            return
        }
        guard focus == .source, let d = shownDocument, d.sentences.indices.contains(sourceSentence) else {
            if focus == .timeline { focus = .detail }
            return
        }
        let sentence = d.sentences[sourceSentence].range
        let keep = sourceSentence
        let view = TimelineView(visible: visible)
        for i in indexes.events(reporting: d.id).map(Int.init) {
            guard let row = view.row(ofEvent: i) else { continue }
            if let mi = chronology.events[i].mentions.firstIndex(where: { $0.document == d.id && $0.range.overlaps(sentence) }) {
                select(row, mention: mi)
                sourceSentence = keep
                return
            }
        }
        message = "no event in this sentence"
    }

    /// Cities with their event counts (counted now unless known: App/PickerEntries.swift).
    func cityCounts() -> [Picker.Entry] { indexes.pickerEntries(.city, documents: documents) }

    /// Actors with their event counts, spellings of one name together (as `--actor` matches them).
    func actorCounts() -> [Picker.Entry] { indexes.pickerEntries(.actor, documents: documents) }

    /// The city picker's query read by the gazetteer: the ids of the places it names.
    func cityAliases(_ p: Picker) -> Set<Int> {
        guard p.kind == .city, !p.query.isEmpty else { return [] }
        return Set(indexes.cities(matching: p.query).map(\.id))
    }

    /// Outlets with their counts (an outlet's documents together); a document without an outlet by its title.
    func sourceCounts() -> [Picker.Entry] { indexes.pickerEntries(.source, documents: documents) }

    /// n/N: the next or previous visible event whose summary or sentences contain the search text.
    mutating func findNext(forward: Bool, includeCurrent: Bool) {
        guard let search, !EventInfo.fold(search).isEmpty, !visible.isEmpty else { return }
        // One scan of the folded text of every event (the index is built on the first search), then a walk
        // over the visible rows from the selection, wrapping around.
        let matches = indexes.text.matches(search)
        let n = visible.count
        let from = selected
        if matches.candidateCount > 0 {
            for step in (includeCurrent ? 0 : 1)...n {
                let row = ((from + (forward ? step : -step)) % n + n) % n
                if matches.contains(item: visible[row]) {
                    select(row)
                    showMatch(search)
                    // "match 2 of 7": the matching rows above this one, and all of them.
                    var rank = 0, total = 0
                    for (r, i) in visible.enumerated() where matches.contains(item: i) { total += 1; if r <= row { rank += 1 } }
                    let wrapped = step > 0 && (forward ? row <= from : row >= from)
                    message = "match \(rank) of \(total)" + (wrapped ? (forward ? " · wrapped to the top" : " · wrapped to the bottom") : "")
                        + matchPlace(search)
                    return
                }
            }
        }
        message = "no match for \(search)"
    }

    /// When the selected event's summary does not show the search text, the source pane opens the first mention
    /// whose sentence does.
    mutating func showMatch(_ search: String) {
        guard let e = selectedEvent, matchColumns(e.summary, search).isEmpty,
              let mi = e.mentions.firstIndex(where: { !matchColumns($0.text, search).isEmpty }) else { return }
        mentionIndex = mi
        syncSourceSentence()
    }

    /// Where the match is, when not in the summary: " · in dpa's sentence".
    func matchPlace(_ search: String) -> String {
        guard let e = selectedEvent, matchColumns(e.summary, search).isEmpty, let m = selectedMention,
              !matchColumns(m.text, search).isEmpty else { return "" }
        return " · in the sentence of \(documents[m.document]?.source ?? m.document)"
    }

    /// The events linked to this one as its plan or its outcome, in that order (`Event.plans`, `Event.outcomes`),
    /// with the index of each in the chronology; a link to an event not in the chronology is left out.
    func linkedEvents(of e: Event) -> [(kind: String, index: Int)] {
        let ids = e.plans.map { ("planned before", $0) } + e.outcomes.map { ("came of it", $0) }
        guard !ids.isEmpty else { return [] }
        // Found by id through the corpus's table, not a pass over the events: the detail pane asks on every frame.
        return ids.compactMap { kind, id in indexes.firstEvent(withID: id).map { (kind, $0) } }
    }

    /// `L`: from a plan to what came of it, or from a happening to the plan that announced it; on
    /// an event with several links, the first (the detail pane lists them all). Filters that hide it are cleared.
    mutating func jumpToLinkedEvent() {
        guard let e = selectedEvent else { return }
        let links = linkedEvents(of: e)
        guard let first = links.first else { message = "no plan or outcome is linked to this event"; return }
        let target = first.index
        if !visible.contains(target) {
            filter = EventFilter()
            conflictsOnly = false
            refilter()
        }
        guard let row = visible.firstIndex(of: target) else { message = "the linked event is hidden"; return }
        select(row)
        let to = chronology.events[target]
        message = "\(first.kind == "came of it" ? "outcome" : "plan"): \(DateLabel(to).text) · \(to.summary)"
            + (links.count > 1 ? " (1 of \(links.count) links)" : "")
    }

    /// `:`: the first visible event on or after the typed date.
    mutating func jump(toDate text: String) {
        guard let ref = referenceDay, let iv = parseDateQuery(text, reference: ref) else { message = "cannot read the date \"\(text)\""; return }
        // Say what was understood, and whether the newest article's date was needed to read it.
        let shifted = Day(dayNumber: ref.dayNumber + 800).flatMap { parseDateQuery(text, reference: $0) }
        let relative = shifted != iv ? ", from the newest article (\(ref.readable))" : ""
        let understood = "\(text.trimmingCharacters(in: .whitespaces)) = \(DateLabel.dayRange(iv.start, iv.end))\(relative)"
        if let row = visible.firstIndex(where: { (chronology.events[$0].date.interval?.end ?? iv.start) >= iv.start }) {
            select(row)
            message = understood
        } else { message = understood + "; no event on or after it" }
    }

    /// The first visible event ending on or after a day.
    mutating func jump(toDay day: Int) {
        guard let row = visible.firstIndex(where: { (chronology.events[$0].date.interval?.end.dayNumber ?? .min) >= day }) else {
            message = "no event on or after that date"; return
        }
        select(row)
        if let d = Day(dayNumber: day) { message = "from \(DateLabel.dayRange(d, d))" }
    }

    mutating func click(x: Int, y: Int) {
        let l = layout
        if l.kind == .narrow, l.tabs.contains(x: x, y: y) {
            focus = Pane(rawValue: min(2, x * 3 / max(1, l.tabs.width))) ?? focus; return
        }
        guard let p = l.pane(atX: x, y: y, shown: focus) else { return }
        focus = p
        if p == .timeline {
            // A click on an event's line (or its date header) selects it.
            let lines = timelineLines(self), i = y - l.timeline.y - 3
            if lines.indices.contains(i), lines[i].row != selected { select(lines[i].row) }
            // A click on the density strip or its axis: the first event on or after that column's date.
            if y == l.timeline.y + 1 || y == l.timeline.y + 2, let strip = DensityStrip(density, width: l.timeline.width),
               let b = strip.bucket(atColumn: x - l.timeline.x) {
                jump(toDay: strip.day(ofBucket: b))
            }
        } else if p == .source {
            // A click on a sentence puts the cursor there (Enter then selects its event).
            let (lines, top) = sourceViewport(self, l.source)
            let i = top + (y - l.source.y - 2)
            if y - l.source.y >= 2, lines.indices.contains(i), let sentence = lines[i].sentence { sourceSentence = sentence }
        }
    }

    /// `<` `>`: moves the split between the timeline and the right-hand panes by `step` percent.
    mutating func resizeSplit(by step: Int) {
        guard layout.kind == .wide else { message = "the panes are side by side from \(Layout.wideWidth) columns"; return }
        let share = Layout.timelineShare(width: size.width, adjust: splitAdjust)
        guard Layout.timelineShare(width: size.width, adjust: splitAdjust + step) != share else {
            message = step > 0 ? "the timeline is at its widest" : "the timeline is at its narrowest"; return
        }
        splitAdjust += step
        scrollTimelineToSelection()
    }

    mutating func wheel(x: Int, y: Int, by n: Int) {
        let l = layout
        let p = l.pane(atX: x, y: y, shown: focus) ?? focus
        let saved = focus
        focus = p; move(n); focus = saved
    }
}
