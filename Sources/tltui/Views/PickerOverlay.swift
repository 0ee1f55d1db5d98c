import TimelineCore

func drawPicker(_ g: inout Grid, _ s: AppState, _ p: Picker, _ ell: String) {
    let shown = p.shown
    let h = min(s.size.height - 2, max(5, min(shown.count, 15) + 4)), w = min(s.size.width - 4, p.kind == .exportFormat ? 60 : 44)
    let r = Rect(x: (s.size.width - w) / 2, y: max(0, (s.size.height - h) / 2), width: w, height: h)
    box(&g, r, p.title, ell)
    g.put("> " + p.query, x: r.x + 2, y: r.y + 1, maxWidth: w - 4, style: .help, ellipsis: ell)
    let rows = h - 3
    let top = max(0, p.cursor - rows + 1)
    for i in 0..<max(0, rows) where top + i < shown.count {
        let e = shown[top + i], y = r.y + 2 + i
        let st: Style = top + i == p.cursor ? .selected : .help
        g.fill(Rect(x: r.x + 1, y: y, width: w - 2, height: 1), style: st)
        let count = e.count.map { "\($0)" } ?? ""
        g.put(e.name, x: r.x + 2, y: y, maxWidth: w - 4 - (count.isEmpty ? 0 : count.count + 2), style: st, ellipsis: ell)
        if !count.isEmpty { g.put(count, x: r.x + w - 2 - count.count, y: y, style: st) }
    }
    if p.counting {
        g.put("counting over \(AppState.grouped(s.chronology.events.count)) events…", x: r.x + 2, y: r.y + 2, maxWidth: w - 4, style: .help, ellipsis: ell)
    } else if shown.isEmpty {
        g.put("nothing matches", x: r.x + 2, y: r.y + 2, maxWidth: w - 4, style: .help)
    }
}
