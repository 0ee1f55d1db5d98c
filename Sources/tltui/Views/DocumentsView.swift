import Foundation
import TimelineCore

/// `D`: every article of the corpus with its outlet, publication date and how it was found, its event count and
/// its load warnings; the warnings about no one article and the orphaned curation entries at the end. Drawn over
/// the panes.
func documentLines(_ s: AppState, width: Int) -> [(text: String, style: Style, document: Int?)] {
    var out: [(text: String, style: Style, document: Int?)] = []
    func add(_ text: String, _ style: Style, _ doc: Int?, indent: String = "") {
        let lead = String(text.prefix { $0 == " " })
        for (i, l) in DisplayWidth.wrap(text, width: max(1, width - indent.count)).enumerated() { out.append(((i == 0 ? lead : indent) + l, style, doc)) }
    }
    let info = s.corpus.info
    if info.isSample { add("No articles here: this is the bundled sample corpus (\(info.paths.first ?? "seeds/")).", .conflict, nil) }
    else if !info.paths.isEmpty { add("Read from: " + info.paths.joined(separator: ", "), .help, nil) }
    let counts = s.eventCounts()
    let cursor: Int = { if case .documents(let c) = s.mode { return c }; return 0 }()
    for (i, d) in s.chronology.documents.enumerated() {
        let here = i == cursor
        add("\(here ? "▸" : " ") \(d.source ?? "unknown outlet") — \(d.title ?? d.id)", here ? .selected : .helpKey, i, indent: "   ")
        let pub = d.published.map { DateLabel.dayRange($0, $0) } ?? "publication date unknown"
        let n = counts[d.id] ?? 0
        add("   published \(pub) (\(d.publishedBasis.explanation)) · \(n) event\(n == 1 ? "" : "s") · \(d.path)", .help, i, indent: "     ")
        for w in s.warnings(of: d) { add("   ! \(w.severity.rawValue)\(w.line.map { " (line \($0))" } ?? ""): \(w.message)", .help, i, indent: "     ") }
    }
    let other = s.otherWarnings
    if !other.isEmpty {
        add("Other warnings:", .helpKey, nil)
        for w in other { add("   ! \(w.description)", .help, nil, indent: "     ") }
    }
    let orphans = s.curation.orphans
    if !orphans.isEmpty {
        add("Orphaned curation entries (\(orphans.count), kept in the file; their mention is no longer found):", .conflict, nil)
        for o in orphans { add("   ? \(o.description)", .help, nil, indent: "     ") }
    }
    return out
}

func drawDocuments(_ g: inout Grid, _ s: AppState, cursor: Int, _ ell: String) {
    let r = Rect(x: 0, y: 0, width: s.size.width, height: max(0, s.size.height - 1))
    let docs = s.chronology.documents.count, warnings = s.corpus.info.diagnostics.count
    box(&g, r, "Documents: \(docs) article\(docs == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") · Enter opens · Esc closes", ell)
    let lines = documentLines(s, width: r.width - 3)
    let rows = max(0, r.height - 2)
    let first = lines.firstIndex { $0.document == cursor } ?? 0
    let last = lines.lastIndex { $0.document == cursor } ?? first
    var top = max(0, min(first - rows / 3, lines.count - rows))
    if last >= top + rows { top = max(0, last - rows + 1) }
    for (i, l) in lines.dropFirst(top).prefix(rows).enumerated() {
        let y = r.y + 1 + i
        if l.style == .selected { g.fill(Rect(x: r.x + 1, y: y, width: r.width - 2, height: 1), style: .selected) }
        g.put(l.text, x: r.x + 2, y: y, maxWidth: r.width - 3, style: l.style, ellipsis: ell)
    }
}
