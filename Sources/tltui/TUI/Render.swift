import TimelineCore

/// Dates at the precision they are known: "Mon 28 Mar 2022", "28–30 Mar 2022", "week 12 2022", "Mar 2022", "1986".
func formatDate(_ d: EventDate) -> String {
    guard let iv = d.interval else { return d.value.isEmpty ? "undated" : d.value }
    let mon = { (day: Day) in String(Day.monthNames[day.month - 1].prefix(3)) }
    switch d.granularity {
    case .week: return "week \(iv.start.isoWeek.week) \(iv.start.isoWeek.year)"
    case .weekend where iv.start.month == iv.end.month: return "weekend \(iv.start.day)–\(iv.end.day) \(mon(iv.end)) \(iv.end.year)"
    case .month: return "\(mon(iv.start)) \(iv.start.year)"
    case .year: return "\(iv.start.year)"
    case .decade: return "\(iv.start.year)s"
    default:
        if iv.start == iv.end { return iv.start.readable }
        if iv.start.year == iv.end.year && iv.start.month == iv.end.month { return "\(iv.start.day)–\(iv.end.day) \(mon(iv.end)) \(iv.end.year)" }
        if iv.start.year == iv.end.year { return "\(iv.start.day) \(mon(iv.start)) – \(iv.end.day) \(mon(iv.end)) \(iv.end.year)" }
        return "\(iv.start.iso) – \(iv.end.iso)"
    }
}

struct Marks {
    let happened, planned, claimed, conflict, bar, strip: String
    let levels: [String]
    static let unicode = Marks(happened: "●", planned: "○", claimed: "◆", conflict: "≠", bar: "│", strip: "▼",
                               levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    static let ascii = Marks(happened: "*", planned: "o", claimed: "?", conflict: "!", bar: "|", strip: "v",
                             levels: [" ", ".", ".", ":", ":", "+", "+", "#", "#"])
    func modality(_ m: Modality) -> String {
        switch m { case .happened: happened; case .planned, .expected: planned; case .claimed: claimed }
    }
}

/// The screen: a pure function of the state (its size included).
func render(_ s: AppState) -> Grid {
    var g = Grid(width: s.size.width, height: s.size.height)
    let l = Layout(width: s.size.width, height: s.size.height)
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
    case .help: drawHelp(&g, s, ell)
    case .picker(let p): drawPicker(&g, s, p, ell)
    default: break
    }
    return g
}

private func title(_ g: inout Grid, _ text: String, _ r: Rect, focused: Bool, _ ell: String) {
    g.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: focused ? .titleFocus : .titleBlur)
    g.put(" " + text, x: r.x, y: r.y, maxWidth: r.width, style: focused ? .titleFocus : .titleBlur, ellipsis: ell)
}

private func drawTimeline(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks, _ ell: String) {
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
private func drawDensity(_ g: inout Grid, _ s: AppState, _ r: Rect, _ marks: Marks) {
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

private func drawDetail(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    title(&g, "Detail", r, focused: s.focus == .detail, ell)
    let rows = r.height - 1
    // Lines up to the bottom of the scrolled view; when there are that many, the view starts at detailScroll.
    let lines = detailLines(s, width: r.width - 1, limit: s.detailScroll + max(0, rows))
    let top = min(s.detailScroll, max(0, lines.count - rows))
    for i in 0..<max(0, rows) where top + i < lines.count {
        g.put(lines[top + i].0, x: r.x + 1, y: r.y + 1 + i, maxWidth: r.width - 1, style: lines[top + i].1, ellipsis: ell)
    }
}

/// One wrapped line of the source pane: its text, the scalar offset where it starts, and its sentence.
struct SourceLine { var text: String; var start: Int; var sentence: Int? }

/// The shown document wrapped to `width`, each line knowing its scalar offsets (for highlights).
func sourceLines(_ d: Document, width: Int) -> [SourceLine] {
    var out: [SourceLine] = []
    let w = max(1, width)
    for si in d.sentences.indices { out += sentenceLines(d, si, width: w) }
    if d.sentences.isEmpty {
        for piece in DisplayWidth.wrap(d.text.string, width: w) { out.append(SourceLine(text: piece, start: 0, sentence: nil)) }
    }
    return out
}

/// The lines of sentence `si`: a blank line first when it opens a paragraph, then the sentence wrapped.
func sentenceLines(_ d: Document, _ si: Int, width w: Int) -> [SourceLine] {
    var out: [SourceLine] = []
    let sentence = d.sentences[si]
    if si > 0 && sentence.paragraph != d.sentences[si - 1].paragraph { out.append(SourceLine(text: "", start: sentence.range.start, sentence: nil)) }
    var offset = sentence.range.start
    let text = DisplayWidth.clean(d.text[sentence.range])
    for piece in DisplayWidth.wrap(text, width: w) {
        // Find the piece's start offset in the sentence text (wrapping only drops spaces).
        while offset < sentence.range.end && d.text[offset].properties.isWhitespace { offset += 1 }
        out.append(SourceLine(text: piece, start: offset, sentence: si))
        offset += piece.unicodeScalars.count
    }
    return out
}

/// The source pane's wrapped lines and the first one shown: the cursor sentence sits a third of the way down.
/// Only the sentences around the cursor are wrapped (a screenful before and after it): `lines` is that window
/// and `top` indexes it, giving the same screen as wrapping the whole document.
func sourceViewport(_ s: AppState, _ r: Rect) -> (lines: [SourceLine], top: Int) {
    guard let d = s.shownDocument else { return ([], 0) }
    let rows = r.height - 2
    let c = s.sourceSentence
    let w = max(1, r.width - 2)
    if rows > 0, d.sentences.indices.contains(c) {
        var chunks: [[SourceLine]] = []
        var before = 0, i = c - 1
        while i >= 0 && before < rows { let l = sentenceLines(d, i, width: w); before += l.count; chunks.append(l); i -= 1 }
        var lines = Array(chunks.reversed().joined())
        let own = sentenceLines(d, c, width: w)
        if let first = own.firstIndex(where: { $0.sentence == c }) {
            let cursorLine = lines.count + first
            lines += own
            var j = c + 1
            while j < d.sentences.count && lines.count - cursorLine < rows { lines += sentenceLines(d, j, width: w); j += 1 }
            let reachedEnd = j >= d.sentences.count
            let top = min(cursorLine - rows / 3, reachedEnd ? lines.count - rows : Int.max)
            return (lines, max(0, top))
        }
    }
    let lines = sourceLines(d, width: r.width - 2)
    let cursorLine = lines.firstIndex { $0.sentence == s.sourceSentence } ?? 0
    return (lines, max(0, min(cursorLine - rows / 3, lines.count - rows)))
}

private func drawSource(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    guard let d = s.shownDocument, let m = s.selectedMention else {
        title(&g, "Source", r, focused: s.focus == .source, ell); return
    }
    title(&g, "Source: \(d.title ?? d.id)", r, focused: s.focus == .source, ell)
    let pub = d.published.map { "\($0.readable) (\(d.publishedBasis.explanation))" } ?? "date unknown (\(d.publishedBasis.explanation))"
    g.put("\(d.source ?? "unknown outlet") · \(pub)", x: r.x + 1, y: r.y + 1, maxWidth: r.width - 1, style: .dim, ellipsis: ell)
    let rows = r.height - 2
    guard rows > 0 else { return }
    let (lines, top) = sourceViewport(s, r)
    let mentionRange = m.range
    let timexRange = m.timex?.range
    for i in 0..<rows where top + i < lines.count {
        let line = lines[top + i], y = r.y + 2 + i
        let inMention = line.sentence.map { d.sentences[$0].range.overlaps(mentionRange) } ?? false
        let isCursor = s.focus == .source && line.sentence == s.sourceSentence
        let style: Style = inMention ? .highlight : (isCursor ? .cursor : .normal)
        if isCursor { g.put("▸", x: r.x, y: y, maxWidth: 1, style: .cursor) }
        g.put(line.text, x: r.x + 1, y: y, maxWidth: r.width - 1, style: style, ellipsis: ell)
        if let t = timexRange {
            // Mark the temporal expression: restyle the columns its scalars occupy on this line.
            var col = r.x + 1, off = line.start
            for c in line.text {
                let w = DisplayWidth.of(c)
                if t.contains(off) { g.restyle(x: col, y: y, width: w, style: .timex) }
                col += w; off += c.unicodeScalars.count
            }
        }
    }
}

private func drawStatus(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
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

private func box(_ g: inout Grid, _ r: Rect, _ title: String, _ ell: String) {
    g.fill(r, style: .help)
    g.put(" " + title + " ", x: r.x + 1, y: r.y, maxWidth: r.width - 2, style: .titleFocus, ellipsis: ell)
}

private func drawHelp(_ g: inout Grid, _ s: AppState, _ ell: String) {
    let bs = Keymap.bindings
    // One column when it fits, two side by side otherwise (80×24 holds every key that way).
    let columns = bs.count + 3 <= s.size.height - 2 ? 1 : 2
    let perColumn = (bs.count + columns - 1) / columns
    let colW = columns == 1 ? 56 : 38
    let w = min(s.size.width - 2, colW * columns + 2), h = min(s.size.height - 1, perColumn + 3)
    let r = Rect(x: (s.size.width - w) / 2, y: max(0, (s.size.height - h) / 2), width: w, height: h)
    box(&g, r, "Keys (any key closes)", ell)
    for (i, b) in bs.enumerated() {
        let col = i / perColumn, row = i % perColumn
        guard row + 2 < h else { continue }
        let x = r.x + 2 + col * colW, y = r.y + 2 + row
        if columns == 1 { g.put(b.group, x: x, y: y, maxWidth: 8, style: .dim) }
        let kx = columns == 1 ? x + 9 : x
        g.put(b.label, x: kx, y: y, maxWidth: 7, style: .date)
        g.put(b.help, x: kx + 8, y: y, maxWidth: min(colW - (kx - x) - 9, r.x + w - kx - 9), style: .help, ellipsis: ell)
    }
}

private func drawPicker(_ g: inout Grid, _ s: AppState, _ p: Picker, _ ell: String) {
    let shown = p.shown
    let h = min(s.size.height - 2, max(5, min(shown.count, 15) + 4)), w = min(s.size.width - 4, 44)
    let r = Rect(x: (s.size.width - w) / 2, y: max(0, (s.size.height - h) / 2), width: w, height: h)
    box(&g, r, p.kind == .city ? "City (type to narrow, Enter applies)" : "Source (type to narrow, Enter applies)", ell)
    g.put("> " + p.query, x: r.x + 2, y: r.y + 1, maxWidth: w - 4, style: .help, ellipsis: ell)
    let rows = h - 3
    let top = max(0, p.cursor - rows + 1)
    for i in 0..<max(0, rows) where top + i < shown.count {
        let e = shown[top + i], y = r.y + 2 + i
        let st: Style = top + i == p.cursor ? .selected : .help
        g.fill(Rect(x: r.x + 1, y: y, width: w - 2, height: 1), style: st)
        let count = "\(e.count)"
        g.put(e.name, x: r.x + 2, y: y, maxWidth: w - 10, style: st, ellipsis: ell)
        g.put(count, x: r.x + w - 2 - count.count, y: y, style: st)
    }
    if shown.isEmpty { g.put("nothing matches", x: r.x + 2, y: r.y + 2, maxWidth: w - 4, style: .dim) }
}
