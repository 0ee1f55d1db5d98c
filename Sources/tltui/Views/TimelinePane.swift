import TimelineCore

/// The timeline pane: title, density strip, then the visible events under their date headers; the selected row
/// shows its whole summary (wrapped), the others as much as fits, each with its marks and its outlets' short tags.
func drawTimeline(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks, _ ell: String) {
    title(&g, "Timeline — \(s.visible.count) events", r, focused: s.focus == .timeline, ell)
    drawDensity(&g, s, Rect(x: r.x, y: r.y + 1, width: r.width, height: 2), marks)
    if s.visible.isEmpty {
        let why = s.loading != nil ? "no events yet: they appear as their articles are analysed"
            : s.chronology.events.isEmpty ? "no events in this corpus" : "no events match the filters (Esc clears)"
        g.put(why, x: r.x + 1, y: r.y + 3, maxWidth: r.width - 1, style: .dim, ellipsis: ell)
        return
    }
    let cols = TimelineColumns(paneWidth: r.width, tagWidth: s.corpus.tags.columnWidth)
    let extra = s.selectedExtraLines
    let wrapped = s.selectedEvent.map { DisplayWidth.wrap($0.summary, width: cols.summary) } ?? []
    for (i, line) in timelineLines(s).enumerated() {
        let y = r.y + 3 + i
        let e = s.chronology.events[s.visible[line.row]]
        switch line {
        case .header(let row):
            // The days, once; a note when rows under it are dated only as bounds of their publication.
            let d = DateText(e, ascii: s.ascii)
            let w = g.put(d.plain, x: r.x, y: y, maxWidth: r.width, style: d.unknown ? .dateBound : .date, ellipsis: ell)
            let marks = boundMarks(s, group: row)
            if !marks.isEmpty {
                let note = marks.sorted { a, _ in a == "≤" || a == "<" }.map {
                    $0 == "≤" || $0 == "<" ? "\($0) no date given: on or before publication" : "\($0) planned: on or after publication"
                }
                g.put("  " + note.joined(separator: ", "), x: r.x + w, y: y, maxWidth: r.width - w, style: .dim, ellipsis: ell)
            }
        case .event(let row, let part):
            let sel = row == s.selected
            if sel { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: .selected) }
            if part == 0 {
                if let m = DateText(e, ascii: s.ascii).rowMark {
                    g.put(m, x: r.x, y: y, maxWidth: DisplayWidth.of(m), style: sel ? .selected : .dateBound)
                }
                g.put(marks.modality(e.modality), x: r.x + 1, y: y, maxWidth: 1, style: sel ? .selected : .mark)
                if e.conflict { g.put(marks.conflict, x: r.x + 2, y: y, maxWidth: 1, style: sel ? .selected : .conflict) }
                if let c = curationMark(e, ascii: s.ascii) { g.put(c, x: r.x + 3, y: y, maxWidth: 1, style: sel ? .selected : .highlight) }
                let text = sel ? (wrapped.first ?? "") : e.summary
                g.put(text, x: r.x + cols.summaryX, y: y, maxWidth: cols.summary, style: sel ? .selected : .normal, ellipsis: ell)
                highlightMatch(&g, text, x: r.x + cols.summaryX, y: y, maxWidth: cols.summary, s)
                let tag = sourceTag(s, row: row)
                let tw = min(DisplayWidth.of(tag), cols.tag)
                g.put(tag, x: r.x + r.width - tw, y: y, maxWidth: cols.tag, style: sel ? .selected : .dim, ellipsis: ell)
            } else if part < wrapped.count, part <= extra {
                let text = part == extra && wrapped.count > extra + 1
                    ? DisplayWidth.truncate(wrapped[part...].joined(separator: " "), to: cols.summary, ellipsis: ell) : wrapped[part]
                g.put(text, x: r.x + cols.summaryX, y: y, maxWidth: cols.summary, style: .selected, ellipsis: ell)
                highlightMatch(&g, text, x: r.x + cols.summaryX, y: y, maxWidth: cols.summary, s)
            }
        }
    }
}

/// The bound marks ("≤", "≥") of the rows under the header of `row`, in the order met (the rows of one date).
func boundMarks(_ s: AppState, group row: Int) -> [String] {
    var out: [String] = []
    var r = row
    while r < s.visible.count && (r == row || !s.groups.opensGroup(r)) {
        if let m = DateText(s.chronology.events[s.visible[r]], ascii: s.ascii).rowMark, !out.contains(m) { out.append(m) }
        r += 1
    }
    return out
}

/// The timeline lines on screen, top to bottom (also what a click in the pane hits).
func timelineLines(_ s: AppState) -> [TimelineLine] {
    s.groups.lines(from: s.timelineTop, count: s.layout.timelineRows, rows: s.visible.count,
                   expanded: s.selected, extra: s.selectedExtraLines)
}

/// The short tag of the first outlet reporting the row's event, "+N" for the others.
func sourceTag(_ s: AppState, row: Int) -> String {
    let srcs = s.indexes.sourceSummary(of: s.visible[row], documents: s.documents)
    let first = s.corpus.tags.tag(srcs.first ?? "-")
    return srcs.count > 1 ? "\(first) +\(srcs.count - 1)" : first
}

/// Events per day (per week for long spans, coarser when needed) across the width, the selection marked; under
/// it, a date axis. A click on either jumps to that date.
func drawDensity(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks) {
    guard let strip = DensityStrip(s.density, width: r.width) else { return }
    let counts = (0..<strip.columns).map { s.density.count(from: strip.day(ofBucket: $0), to: strip.day(ofBucket: $0 + 1)) }
    let peak = max(1, counts.max() ?? 1)
    for (i, n) in counts.enumerated() {
        let level = n == 0 ? 0 : max(1, n * 8 / peak)
        for k in 0..<strip.step { g.put(marks.levels[level], x: r.x + i * strip.step + k, y: r.y, maxWidth: 1, style: .strip) }
    }
    if let d = s.selectedEvent?.date.interval?.start.dayNumber {
        let c = strip.bucket(ofDay: d)
        g.restyle(x: r.x + c * strip.step, y: r.y, width: strip.step, style: .highlight)
        if counts[c] == 0 { g.put(marks.strip, x: r.x + c * strip.step, y: r.y, maxWidth: 1, style: .highlight) }
    }
    // The axis: labels at the start, middle and end, none overlapping.
    var free = r.x
    for (i, l) in strip.labels().enumerated() {
        let w = DisplayWidth.of(l.text)
        var x = r.x + l.column
        if i > 0 { x = min(x, r.x + r.width - w) }
        guard x >= free, x + w <= r.x + r.width else { continue }
        g.put(l.text, x: x, y: r.y + 1, maxWidth: w, style: .dim)
        free = x + w + 1
    }
}
