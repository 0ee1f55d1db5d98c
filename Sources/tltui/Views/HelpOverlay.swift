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
}

func drawHelp(_ g: inout Grid, _ s: AppState, _ ell: String) {
    let bs = helpRows(ascii: s.ascii)
    // One column when it fits, two side by side otherwise.
    let columns = bs.count + 3 <= s.size.height - 2 ? 1 : 2
    let perColumn = (bs.count + columns - 1) / columns
    let keyW = (bs.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 1
    let colW = columns == 1 ? 60 : 38
    let w = min(s.size.width - 2, colW * columns + 2), h = min(s.size.height - 1, perColumn + 3)
    let r = Rect(x: (s.size.width - w) / 2, y: max(0, (s.size.height - h) / 2), width: w, height: h)
    box(&g, r, "Keys (any key closes)", ell)
    for (i, b) in bs.enumerated() {
        let col = i / perColumn, row = i % perColumn
        guard row + 2 < h else { continue }
        let x = r.x + 2 + col * colW, y = r.y + 2 + row
        if columns == 1 { g.put(b.group, x: x, y: y, maxWidth: 8, style: .help) }
        let kx = columns == 1 ? x + 9 : x
        g.put(b.keys, x: kx, y: y, maxWidth: keyW - 1, style: .helpKey, ellipsis: ell)
        g.put(b.help, x: kx + keyW, y: y, maxWidth: min(colW - (kx - x) - keyW - 1, r.x + w - kx - keyW - 1), style: .help, ellipsis: ell)
    }
}
