import TimelineCore

/// One row of the help: a key table's entry as the overlay shows it.
struct HelpRow: Equatable {
    var group: String, keys: String, help: String
}

/// Every key table (browse, picker, prompt), with labels derived from the bound keys.
func helpRows(ascii: Bool) -> [HelpRow] {
    Keymap.bindings.map { HelpRow(group: $0.group, keys: $0.label(ascii: ascii), help: $0.help) }
        + Keymap.picker.map { HelpRow(group: $0.group, keys: $0.label(ascii: ascii), help: $0.help) }
        + Keymap.prompt.map { HelpRow(group: $0.group, keys: $0.label(ascii: ascii), help: $0.help) }
        + Keymap.documents.map { HelpRow(group: $0.group, keys: $0.label(ascii: ascii), help: $0.help) }
}

/// What the marks and the mouse do, under the keys.
func helpLegend(ascii: Bool) -> [String] {
    let m = ascii ? Marks.ascii : Marks.unicode
    return [
        "\(m.happened) happened   \(m.planned) planned or expected   \(m.claimed) claimed   \(m.conflict) sources disagree on the date",
        "\(ascii ? "<=" : "≤") no date in the text: on or before publication (dimmed)   \(ascii ? ">=" : "≥") a plan: on or after it",
        "Curation: \(ascii ? "S" : "★") starred   \(ascii ? "N" : "✎") with notes   \(ascii ? "H" : "⊘") hidden; C cycles starred, noted, curated, hidden.",
        "Mouse: a click selects and focuses, the wheel scrolls, a click on the strip jumps to that date.",
        "In pickers and prompts other keys type. In this help: \(Key.down.label(ascii: ascii)) \(Key.up.label(ascii: ascii)) j k scroll, any other key closes.",
    ]
}

/// The keys in as many columns as the screen holds, the legend under them; scrolled when it does not fit.
func drawHelp(_ g: inout Grid, _ s: AppState, scroll: Int, _ ell: String) {
    let layout = helpLayout(s)
    let r = layout.rect
    box(&g, r, layout.overflow > 0 ? "Keys (\(Key.down.label(ascii: s.ascii)) \(Key.up.label(ascii: s.ascii)) scroll, any other key closes)" : "Keys (any key closes)", ell)
    let content = helpContent(s, layout)
    let top = min(max(0, scroll), layout.overflow)
    for (i, line) in content.dropFirst(top).prefix(r.height - 2).enumerated() {
        let y = r.y + 1 + i
        for cell in line { g.put(cell.text, x: r.x + 2 + cell.x, y: y, maxWidth: cell.width, style: cell.style, ellipsis: ell) }
    }
}

struct HelpLayout { var rect: Rect; var columns: Int; var perColumn: Int; var keyWidth: Int; var columnWidth: Int; var overflow: Int }

/// How the help is laid out on this screen (the reducer also asks, to bound the scroll).
func helpLayout(_ s: AppState) -> HelpLayout {
    let rows = helpRows(ascii: s.ascii)
    let keyW = (rows.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 1
    let colW = keyW + 20
    let maxW = max(10, s.size.width - 2)
    let columns = max(1, min(4, (maxW - 2) / colW))
    let perColumn = (rows.count + columns - 1) / columns
    let legendW = helpLegend(ascii: s.ascii).map { DisplayWidth.of($0) }.max() ?? 0
    let w = min(maxW, max(colW * columns, legendW) + 2)
    let lines = perColumn + 1 + wrappedLegend(s, width: w - 4).count
    let h = min(s.size.height - 1, lines + 2)
    let rect = Rect(x: max(0, (s.size.width - w) / 2), y: max(0, (s.size.height - 1 - h) / 2), width: w, height: h)
    return HelpLayout(rect: rect, columns: columns, perColumn: perColumn, keyWidth: keyW, columnWidth: colW, overflow: max(0, lines - (h - 2)))
}

/// The help's lines, each a list of pieces placed in the box.
func helpContent(_ s: AppState, _ l: HelpLayout) -> [[(x: Int, width: Int, text: String, style: Style)]] {
    let rows = helpRows(ascii: s.ascii)
    var out: [[(x: Int, width: Int, text: String, style: Style)]] = Array(repeating: [], count: l.perColumn)
    for (i, b) in rows.enumerated() {
        let col = i / l.perColumn, row = i % l.perColumn
        let x = col * l.columnWidth
        out[row].append((x, l.keyWidth - 1, b.keys, .helpKey))
        out[row].append((x + l.keyWidth, l.columnWidth - l.keyWidth - 1, b.help, .help))
    }
    out.append([])
    for line in wrappedLegend(s, width: l.rect.width - 4) { out.append([(0, l.rect.width - 4, line, .help)]) }
    return out
}

func wrappedLegend(_ s: AppState, width: Int) -> [String] {
    helpLegend(ascii: s.ascii).flatMap { DisplayWidth.wrap($0, width: max(1, width)) }
}
