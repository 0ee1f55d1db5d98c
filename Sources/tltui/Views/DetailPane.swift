import TimelineCore

/// The detail pane's lines for an event (wrapped to `width`); with a `limit`, at least its first `limit` lines
/// (an event with hundreds of mentions is not wrapped whole for one screen).
func detailLines(_ s: AppState, width: Int, limit: Int = .max) -> [(String, Style)] {
    guard let e = s.selectedEvent else { return [("no event selected", .dim)] }
    var out: [(String, Style)] = []
    func add(_ text: String, _ style: Style = .normal, indent: String = "") {
        if out.count >= limit { return }
        let lead = String(text.prefix { $0 == " " })
        for (i, l) in DisplayWidth.wrap(text, width: max(1, width - indent.count)).enumerated() { out.append(((i == 0 ? lead : indent) + l, style)) }
    }
    add(e.summary, .titleBlur)
    add("Date: \(formatDate(e.date))\(e.date.isFallback ? " (on or before publication)" : "")", .date)
    if !e.date.derivation.isEmpty { add("  how: \(e.date.derivation)", .dim, indent: "  ") }
    if e.conflict {
        add("Sources disagree on the date:", .conflict)
        for m in e.mentions { add("  \(s.documents[m.document]?.source ?? m.document): \(formatDate(m.date))", .conflict, indent: "    ") }
    }
    add("Modality: \(e.modality.rawValue)")
    let places = Array(Set(EventInfo.placeNames(of: e))).sorted()
    if !places.isEmpty { add("Places: \(places.joined(separator: ", "))", indent: "  ") }
    if !e.actors.isEmpty { add("Actors: \(e.actors.joined(separator: ", "))", indent: "  ") }
    let attributions = Array(Set(e.mentions.compactMap(\.attribution))).sorted()
    if !attributions.isEmpty { add("Attribution: \(attributions.joined(separator: "; "))", indent: "  ") }
    add("Mentions (\(e.mentions.count)):")
    for (i, m) in e.mentions.enumerated() {
        if out.count >= limit { break }
        let d = s.documents[m.document]
        add("\(i == s.mentionIndex ? "▸" : " ") \(d?.source ?? m.document) — \(d?.title ?? m.document)", i == s.mentionIndex ? .highlight : .normal, indent: "  ")
        add("  “\(m.text)”", .dim, indent: "  ")
    }
    return out
}

func drawDetail(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    title(&g, "Detail", r, focused: s.focus == .detail, ell)
    let rows = r.height - 1
    // Lines up to the bottom of the scrolled view; when there are that many, the view starts at detailScroll.
    let lines = detailLines(s, width: r.width - 1, limit: s.detailScroll + max(0, rows))
    let top = min(s.detailScroll, max(0, lines.count - rows))
    for i in 0..<max(0, rows) where top + i < lines.count {
        g.put(lines[top + i].0, x: r.x + 1, y: r.y + 1 + i, maxWidth: r.width - 1, style: lines[top + i].1, ellipsis: ell)
    }
}
