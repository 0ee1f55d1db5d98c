import Foundation
import TimelineCore

/// The bottom line: the position and the filters in force (with the count they leave), the last message, the
/// prompt being typed; on the right, the corpus on show and the help key.
func drawStatus(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    g.fill(r, style: .status)
    var parts = [s.visible.isEmpty ? (s.loading == nil ? "no events" : "no events yet") : "event \(s.selected + 1) of \(s.visible.count)"]
    if s.isFiltered { parts[0] += " (\(s.chronology.events.count) in all)" }
    if let progress = s.loadingLabel { parts.append(progress) }
    parts += filterLabels(s)
    if let search = s.searchLabel { parts.append(search) }
    var text = parts.joined(separator: " · ")
    switch s.mode {
    case .prompt(let k, let t): text = k.label + t + "▏"
    default: if let m = s.message { text += " · " + m }
    }
    let help = "? help  q quit"
    let corpus = corpusLabel(s.corpus)
    // The corpus label gives way to a long message.
    let right = DisplayWidth.of(text) + DisplayWidth.of(corpus) + DisplayWidth.of(help) + 8 <= r.width ? corpus + "  ·  " + help : help
    let hw = DisplayWidth.of(right)
    g.put(" " + text, x: r.x, y: r.y, maxWidth: max(0, r.width - hw - 2), style: .status, ellipsis: ell)
    g.put(right, x: r.x + r.width - hw - 1, y: r.y, maxWidth: hw, style: .status)
}

/// The filters in force, as the status line names them.
func filterLabels(_ s: AppState) -> [String] {
    var out: [String] = []
    let f = s.filter
    if !f.cities.isEmpty { out.append("city: \(f.cities.joined(separator: ", "))") }
    if !f.sources.isEmpty { out.append("source: \(f.sources.joined(separator: ", "))") }
    if !f.actors.isEmpty { out.append("actor: \(f.actors.joined(separator: ", "))") }
    if !f.modalities.isEmpty { out.append("modality: " + Modality.allCases.filter { f.modalities.contains($0) }.map(\.rawValue).joined(separator: ", ")) }
    if f.from != nil || f.to != nil {
        let day = { (d: Day) in DateLabel.dayRange(d, d) }
        if let a = f.from, let b = f.to { out.append("dates: " + DateLabel.dayRange(a, b)) }
        else { out.append("dates: " + (f.from.map { "from " + day($0) } ?? "") + (f.to.map { "to " + day($0) } ?? "")) }
    }
    if let t = f.text, !t.isEmpty { out.append("text: \(t)") }
    if s.conflictsOnly { out.append("conflicts only") }
    if !f.marks.isEmpty { out.append("curation: \(s.curationFilterName(f.marks))") }
    if s.curation.mark != nil { out.append("marked for merge") }
    let orphans = s.curation.orphans.count
    if orphans > 0 { out.append("\(orphans) curation entr\(orphans == 1 ? "y" : "ies") orphaned") }
    if s.curation.error != nil { out.append("curation file unreadable") }
    return out
}

/// Which corpus is open: "sample corpus (no articles here) · 2 documents", "my-story · 6 documents · 1 warning".
func corpusLabel(_ c: BrowserCorpus) -> String {
    let docs = c.chronology.documents.count
    var parts: [String]
    if c.info.isSample {
        parts = ["sample corpus (no articles here)"]
    } else if c.info.paths.count == 1, let p = c.info.paths.first {
        parts = [(p as NSString).lastPathComponent.isEmpty ? p : (p as NSString).lastPathComponent]
    } else {
        parts = c.info.paths.isEmpty ? [] : ["\(c.info.paths.count) paths"]
    }
    parts.append("\(docs) document\(docs == 1 ? "" : "s")")
    let w = c.info.diagnostics.count
    if w > 0 { parts.append("\(w) warning\(w == 1 ? "" : "s") (D)") }
    return parts.joined(separator: " · ")
}
