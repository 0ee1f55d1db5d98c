import TimelineCore

/// One line of the detail pane: its text and style, and the mention group it belongs to (Enter opens it).
struct DetailLine: Equatable {
    var text: String
    var style: Style
    var group: Int?
}

/// The detail pane's lines for an event (wrapped to `width`); with a `limit`, at least its first `limit` lines
/// (an event with hundreds of mentions is not wrapped whole for one screen).
func detailLines(_ s: AppState, width: Int, limit: Int = .max) -> [DetailLine] {
    guard let e = s.selectedEvent else { return [DetailLine(text: "no event selected", style: .dim)] }
    var out: [DetailLine] = []
    func add(_ text: String, _ style: Style = .normal, indent: String = "", group: Int? = nil) {
        if out.count >= limit { return }
        let lead = String(text.prefix { $0 == " " })
        // Only the lines still wanted are wrapped (a date many sources disagree on explains itself at length).
        for (i, l) in DisplayWidth.wrap(text, width: max(1, width - indent.count), maxLines: limit - out.count).enumerated() {
            out.append(DetailLine(text: (i == 0 ? lead : indent) + l, style: style, group: group))
        }
    }
    let marks = s.ascii ? Marks.ascii : Marks.unicode
    add(e.summary, .titleBlur)
    let date = DateText(e, ascii: s.ascii)
    add("Date: \(date.text)", date.bound || date.unknown ? .dateBound : .date, indent: "  ")
    if date.bound && e.date.derivation.isEmpty {
        add(e.modality.isForwardLooking ? "  no date in the text: planned or expected as of publication, so on or after it"
                                        : "  no date in the text: reported by publication, so on or before it", .dim, indent: "  ")
    }
    if !e.date.derivation.isEmpty { add("  how: \(e.date.derivation)", .dim, indent: "  ") }
    add("Modality: \(e.modality.rawValue)")
    for line in curationLines(e, ascii: s.ascii) { add(line.text, line.style, indent: "    ") }
    guard let details = s.selectedDetails else {
        // An event of many mentions is being detailed in the background (App/EventDetails.swift).
        add("Sources: gathering \(AppState.grouped(e.mentionCount)) mentions…", .dim)
        return out
    }
    if !details.places.isEmpty { add("Places: \(details.places.joined(separator: ", "))", indent: "  ") }
    if !e.actors.isEmpty { add("Actors: \(e.actors.joined(separator: ", "))", indent: "  ") }
    if !details.attributions.isEmpty { add("Attribution: \(details.attributions.joined(separator: "; "))", indent: "  ") }
    // A plan and what came of it are two events, shown side by side (L jumps between them).
    for link in s.linkedEvents(of: e) {
        let other = s.chronology.events[link.index]
        add("\(link.kind == "came of it" ? "Came of it" : "Planned before"): \(DateText(other, ascii: s.ascii).text) · \(other.summary) (L)",
            .dim, indent: "    ")
    }
    let groups = details.groups
    let outlets = details.outlets
    let head = "Sources (\(outlets) outlet\(outlets == 1 ? "" : "s"), \(e.mentionCount) mention\(e.mentionCount == 1 ? "" : "s"))"
    add(e.conflict ? head + " disagree on the date:" : head + ":", e.conflict ? .conflict : .normal)
    for (gi, g) in groups.enumerated() {
        if out.count >= limit { break }
        let shown = g.mentions.contains(s.mentionIndex)
        let lead = (shown ? "▸" : " ") + (g.dissent ? marks.conflict : " ")
        let count = g.mentions.count > 1 ? " · \(g.mentions.count) mentions" : ""
        let style: Style = s.focus == .detail && gi == s.detailCursor ? .selected : (g.dissent ? .conflict : (shown ? .highlight : .normal))
        add("\(lead) \(g.outlet) · \(DateText(g.date, modality: e.modality, ascii: s.ascii).text)\(count)", style, indent: "     ", group: gi)
        let m = e.mentions[shown ? s.mentionIndex : g.mentions[0]]
        add("     “\(DisplayWidth.clean(m.text))”" + (m.isHidden ? " (hidden: X shows it)" : ""), .dim, indent: "     ", group: gi)
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
        let line = lines[top + i], y = r.y + 1 + i
        if line.style == .selected { g.fill(Rect(x: r.x + 1, y: y, width: r.width - 1, height: 1), style: .selected) }
        g.put(line.text, x: r.x + 1, y: y, maxWidth: r.width - 1, style: line.style, ellipsis: ell)
        if line.group != nil { highlightMatch(&g, line.text, x: r.x + 1, y: y, maxWidth: r.width - 1, s) }
    }
}
