import TimelineCore

/// The screen: a pure function of the state (its size included).
func render(_ s: AppState) -> Grid {
    var g = Grid(width: s.size.width, height: s.size.height)
    let l = s.layout
    let marks = s.ascii ? Marks.ascii : Marks.unicode
    let ell = s.ascii ? "~" : "…"
    if l.kind == .tooSmall {
        let msg = ["terminal too small", "\(s.size.width)×\(s.size.height), need \(Layout.minWidth)×\(Layout.minHeight)", "q quits"]
        for (i, m) in msg.enumerated() {
            let y = s.size.height / 2 - 1 + i, w = DisplayWidth.of(m)
            g.put(m, x: max(0, (s.size.width - w) / 2), y: y, style: .status, ellipsis: ell)
        }
        return g
    }
    if l.kind == .wide {
        drawTimeline(&g, s, l.timeline, marks, ell)
        for y in 0..<l.timeline.height { g.put(marks.bar, x: l.timeline.width, y: y, style: .dim) }
        drawDetail(&g, s, l.detail, ell)
        drawSource(&g, s, l.source, ell)
    } else {
        var x = 0
        for p in Pane.allCases {
            let label = " \(p.rawValue + 1) \(p.title) "
            x += g.put(label, x: x, y: 0, style: p == s.focus ? .titleFocus : .titleBlur, ellipsis: ell) + 1
        }
        switch s.focus {
        case .timeline: drawTimeline(&g, s, l.timeline, marks, ell)
        case .detail: drawDetail(&g, s, l.detail, ell)
        case .source: drawSource(&g, s, l.source, ell)
        }
    }
    drawStatus(&g, s, l.status, ell)
    switch s.mode {
    case .help(let scroll): drawHelp(&g, s, scroll: scroll, ell)
    case .picker(let p): drawPicker(&g, s, p, ell)
    case .documents(let cursor): drawDocuments(&g, s, cursor: cursor, ell)
    default: break
    }
    return g
}

func title(_ g: inout Grid, _ text: String, _ r: Rect, focused: Bool, _ ell: String) {
    g.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: focused ? .titleFocus : .titleBlur)
    g.put(" " + text, x: r.x, y: r.y, maxWidth: r.width, style: focused ? .titleFocus : .titleBlur, ellipsis: ell)
}

func box(_ g: inout Grid, _ r: Rect, _ title: String, _ ell: String) {
    g.fill(r, style: .help)
    g.put(" " + title + " ", x: r.x + 1, y: r.y, maxWidth: r.width - 2, style: .titleFocus, ellipsis: ell)
}
