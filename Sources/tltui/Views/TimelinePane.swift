import TimelineCore

func drawTimeline(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks, _ ell: String) {
    title(&g, "Timeline — \(s.visible.count) events", r, focused: s.focus == .timeline, ell)
    drawDensity(&g, s, Rect(x: r.x, y: r.y + 1, width: r.width, height: 1), marks)
    let rows = max(0, r.height - 2)
    let top = min(s.timelineTop, max(0, s.visible.count - 1))
    let dateW = r.width >= 50 ? 15 : 11
    for i in 0..<rows {
        let row = top + i
        guard row < s.visible.count else { break }
        let e = s.chronology.events[s.visible[row]]
        let y = r.y + 2 + i
        let sel = row == s.selected
        let base: Style = sel ? .selected : .normal
        if sel { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: .selected) }
        g.put(formatDate(e.date), x: r.x, y: y, maxWidth: dateW, style: sel ? .selected : .date, ellipsis: ell)
        var x = r.x + dateW + 1
        x += g.put(marks.modality(e.modality), x: x, y: y, maxWidth: 1, style: sel ? .selected : .mark)
        x += g.put(e.conflict ? marks.conflict : " ", x: x, y: y, maxWidth: 1, style: sel ? .selected : .conflict) + 1
        let srcs = s.indexes.sourceSummary(of: s.visible[row], documents: s.documents)
        // The outlet, cut to a sixth of the pane; several sources as their count.
        let tag = srcs.count > 1 ? "[\(srcs.count)]"
            : "[" + DisplayWidth.truncate(srcs.first ?? "-", to: max(3, r.width / 6), ellipsis: ell) + "]"
        let tagW = min(DisplayWidth.of(tag), max(0, r.x + r.width - x - 4))
        let sumW = r.x + r.width - x - tagW - 1
        g.put(e.summary, x: x, y: y, maxWidth: sumW, style: base, ellipsis: ell)
        g.put(tag, x: r.x + r.width - tagW, y: y, maxWidth: tagW, style: sel ? .selected : .dim, ellipsis: ell)
    }
    if s.visible.isEmpty { g.put("no events match the filters (Esc clears)", x: r.x + 1, y: r.y + 2, maxWidth: r.width - 1, style: .dim, ellipsis: ell) }
}

/// Events per day (per week for long spans, coarser when needed) across the width, the selection marked.
func drawDensity(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks) {
    guard r.width > 0, let lo = s.density.first, let hi = s.density.last else { return }
    let span = hi - lo + 1
    let perCol = max(1, (span + r.width - 1) / r.width)
    let bucket = perCol <= 1 ? 1 : (perCol <= 7 ? 7 : perCol)
    let cols = min(r.width, (span + bucket - 1) / bucket)
    let counts = (0..<cols).map { s.density.count(from: lo + $0 * bucket, to: lo + ($0 + 1) * bucket) }
    let peak = max(1, counts.max() ?? 1)
    // Short spans are stretched so the strip spans the pane: each bucket gets `step` columns.
    let step = max(1, min(4, r.width / cols))
    for (i, n) in counts.enumerated() {
        let level = n == 0 ? 0 : max(1, n * 8 / peak)
        for k in 0..<step { g.put(marks.levels[level], x: r.x + i * step + k, y: r.y, maxWidth: 1, style: .strip) }
    }
    if let d = s.selectedEvent?.date.interval?.start.dayNumber {
        let c = min(cols - 1, max(0, (d - lo) / bucket))
        g.restyle(x: r.x + c * step, y: r.y, width: step, style: .highlight)
        if counts[c] == 0 { g.put(marks.strip, x: r.x + c * step, y: r.y, maxWidth: 1, style: .highlight) }
    }
}
