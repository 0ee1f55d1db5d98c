import Foundation
import TimelineCore

/// The browser actions that reach outside the panes: filters by modality and dates, the documents view,
/// and the effects of export, open and copy (returned as values; Terminal/ runs them).
extension AppState {
    /// The modality picker's entries: each modality with the events it would leave under the other filters.
    func modalityCounts() -> [Picker.Entry] {
        var f = filter
        f.modalities = []
        let events = chronology.events
        var base = f.isEmpty ? Array(events.indices) : (indexes.facts.indices(matching: f) ?? query.indices(matching: f))
        if conflictsOnly { base = base.filter { events[$0].conflict } }
        func count(_ ms: Set<Modality>) -> Int { base.reduce(0) { $0 + (ms.contains(events[$1].modality) ? 1 : 0) } }
        return [
            Picker.Entry(name: "happened", value: "happened", count: count([.happened])),
            Picker.Entry(name: "planned or expected", value: "planned,expected", count: count([.planned, .expected])),
            Picker.Entry(name: "claimed", value: "claimed", count: count([.claimed])),
            Picker.Entry(name: "any modality", value: "", count: base.count),
        ]
    }

    /// `t`: keeps the events overlapping the typed days: one date or period ("last week", "March 2022") or
    /// two around "..", as `:` reads them.
    mutating func keepDates(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { filter.from = nil; filter.to = nil; refilter(); return }
        guard let ref = referenceDay else { message = "no dates in this corpus"; return }
        let parts = t.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        let from = parts[0].isEmpty ? nil : parseDateQuery(parts[0], reference: ref)
        let to = parts.count > 1 ? (parts[1].isEmpty ? nil : parseDateQuery(parts[1], reference: ref)) : from
        guard parts.count <= 2, parts[0].isEmpty || from != nil, parts.count == 1 || parts[1].isEmpty || to != nil else {
            message = "cannot read the dates \"\(t)\""; return
        }
        filter.from = from?.start
        filter.to = to?.end
        refilter()
        message = "\(visible.count) event\(visible.count == 1 ? "" : "s") in " + (filter.from.flatMap { a in filter.to.map { DateLabel.dayRange(a, $0) } }
            ?? (filter.from.map { "from " + DateLabel.dayRange($0, $0) } ?? filter.to.map { "to " + DateLabel.dayRange($0, $0) } ?? "all"))
    }

    /// `D`, Enter: the first event of a document that passes the filters, its mention in the source pane.
    mutating func openDocument(_ id: String) {
        let view = TimelineView(visible: visible)
        for i in indexes.events(reporting: id).map(Int.init) {
            guard let row = view.row(ofEvent: i) else { continue }
            if let mi = chronology.events[i].mentions.firstIndex(where: { $0.document == id }) {
                select(row, mention: mi)
                focus = .source
                return
            }
        }
        message = "no event of this article passes the filters"
    }

    /// `o`: the URL of the article on show.
    mutating func openURLEffect() -> [Effect] {
        guard let d = shownDocument else { message = "no article on show"; return [] }
        guard let url = d.url, !url.isEmpty else { message = "this article has no URL (\(d.path))"; return [] }
        return [.openURL(url)]
    }

    /// `y`: a citation of the mention on show: outlet, publication date, URL, the sentence.
    mutating func citationEffect() -> [Effect] {
        guard let m = selectedMention, let d = documents[m.document] else { message = "no mention to cite"; return [] }
        return [.copy(citation(m, d))]
    }

    func citation(_ m: Mention, _ d: Document) -> String {
        var parts = [d.source ?? d.title ?? d.id]
        parts.append(d.published.map { DateLabel.dayRange($0, $0) } ?? "date unknown")
        if let url = d.url, !url.isEmpty { parts.append(url) }
        return parts.joined(separator: ", ") + ": “" + DisplayWidth.clean(m.text).trimmingCharacters(in: .whitespaces) + "”"
    }

    /// Each document's events (those of the whole chronology mentioning it).
    func eventCounts() -> [String: Int] {
        var out: [String: Int] = [:]
        for row in indexes.facts.sourceCounts() { out[row.id] = row.count }
        return out
    }

    /// The load warnings about a document (matched by its path), and those about no document.
    func warnings(of d: Document) -> [Diagnostic] {
        corpus.info.diagnostics.filter { Self.sameFile($0.file, d.path) }
    }

    var otherWarnings: [Diagnostic] {
        corpus.info.diagnostics.filter { w in !chronology.documents.contains { Self.sameFile(w.file, $0.path) } }
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        a == b || a.hasSuffix("/" + b) || b.hasSuffix("/" + a)
    }
}

extension ExportJob {
    /// The format picker's entries.
    static let formatEntries: [Picker.Entry] = [
        Picker.Entry(name: "json — the documented schema", value: "json", count: nil),
        Picker.Entry(name: "csv — one row per mention", value: "csv", count: nil),
        Picker.Entry(name: "markdown — by day, sources quoted", value: "markdown", count: nil),
        Picker.Entry(name: "ics — calendar events", value: "ics", count: nil),
        Picker.Entry(name: "timelinejs — Knight Lab TimelineJS", value: "timelinejs", count: nil),
    ]

    /// The file a format is written to unless the user types another (relative to the working directory).
    static func defaultPath(_ f: ExportFormat) -> String {
        switch f {
        case .json: return "chronology.json"
        case .csv: return "chronology.csv"
        case .markdown: return "chronology.md"
        case .ics: return "chronology.ics"
        case .timelinejs: return "timeline.json"
        }
    }
}
