import TimelineCore

func drawStatus(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    g.fill(r, style: .status)
    var parts = [s.visible.isEmpty ? "no events" : "event \(s.selected + 1) of \(s.visible.count)"]
    if !s.filter.cities.isEmpty { parts.append("city: \(s.filter.cities.joined(separator: ", "))") }
    if !s.filter.sources.isEmpty { parts.append("source: \(s.filter.sources.joined(separator: ", "))") }
    if let q = s.search { parts.append("search: \(q)") }
    var text = parts.joined(separator: " · ")
    switch s.mode {
    case .prompt(let k, let t): text = (k == .search ? "/" : "date: ") + t + "▏"
    default: if let m = s.message { text += " · " + m }
    }
    let help = "? help  q quit"
    let hw = DisplayWidth.of(help)
    g.put(" " + text, x: r.x, y: r.y, maxWidth: max(0, r.width - hw - 2), style: .status, ellipsis: ell)
    g.put(help, x: r.x + r.width - hw - 1, y: r.y, maxWidth: hw, style: .status)
}
