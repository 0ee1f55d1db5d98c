/// A readable chronology: one section per day (or per period, for events known only to a week, month
/// or year), each heading once, in chronological order of first appearance. Each event carries its
/// modality, places and date (when it is not exactly the heading's day: a range, "≤" on or before
/// publication, a clock time), and every source quoted, linked to the article's URL where known. Starred events
/// are marked ★; notes and curation changes follow the event's line.
public enum MarkdownExporter {
    public static func render(_ chronology: Chronology, events: [Event]? = nil, title: String = "Chronology") -> String {
        let docs = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let list = events ?? chronology.events
        var out = "# \(inline(title))\n\n"
        out += "\(list.count) event\(list.count == 1 ? "" : "s") from \(chronology.documents.count) document\(chronology.documents.count == 1 ? "" : "s").\n"
        if list.contains(where: { DateLabel($0).mark != nil }) {
            out += "\n" + DateLabel.legend.map { "\($0.mark): \(inline($0.meaning))." }.joined(separator: " ") + "\n"
        }
        for (heading, group) in sections(list) {
            out += "\n## \(inline(heading))\n\n"
            for e in group { out += item(e, heading: heading, docs) }
        }
        return out
    }

    /// The events grouped under their headings, each heading once, in order of first appearance.
    static func sections(_ events: [Event]) -> [(String, [Event])] {
        var order: [String] = []
        var groups: [String: [Event]] = [:]
        for e in events {
            let h = heading(e)
            if groups[h] == nil { order.append(h) }
            groups[h, default: []].append(e)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The day an event falls on ("Mon 28 Mar 2022") whatever its certainty or clock time; a period's own label
    /// for an event known only to a range, week, month or year; "Date unknown" without a calendar position.
    static func heading(_ e: Event) -> String {
        guard let iv = e.date.interval else { return "Date unknown" }
        if iv.start == iv.end { return iv.start.readable }
        return DateLabel(e.date).plain
    }

    static func item(_ e: Event, heading: String, _ docs: [String: Document]) -> String {
        let label = DateLabel(e)
        var line = "- " + (e.curation.starred ? "★ " : "") + "**\(inline(e.summary))**"
        var notes = [e.modality.rawValue]
        if label.text != heading && label.certainty != .unknown { notes.insert(label.text, at: 0) }
        if !e.places.isEmpty { notes.append(e.places.map(\.name).joined(separator: ", ")) }
        if e.conflict { notes.append("⚠ sources disagree on the date") }
        if e.curation.hidden { notes.append("hidden") }
        line += " — " + inline(notes.joined(separator: "; "))
        var out = line + "\n"
        for n in e.curation.notes { out += "  - *Note (\(inline(n.byline))):* \(inline(n.text))\n" }
        if !e.curation.changes.isEmpty { out += "  - *Curated:* \(inline(e.curation.changes.joined(separator: "; ")))\n" }
        for m in e.mentions {
            let doc = docs[m.document]
            let name = inline(doc?.source ?? doc?.title ?? m.document)
            var cite = doc?.url.map { "[\(name)](\(linkTarget($0)))" } ?? name
            if let a = m.attribution { cite += ", according to \(inline(a))" }
            cite += " (" + inline(DateLabel(m).text) + ")" + (m.isHidden ? " (hidden)" : "")
            let quoted = m.text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
                .map { "  > " + inline(String($0)) }.joined(separator: "\n")
            out += "\n" + quoted + "\n  >\n  > — " + cite + "\n"
        }
        return out + "\n"
    }

    /// Escapes the characters Markdown would read as markup in running text.
    static func inline(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" || u == "\r" { out.append(" "); continue }
            if "\\`*_[]<>#|".unicodeScalars.contains(u) { out.append("\\") }
            out.append(u)
        }
        return String(out)
    }

    /// A URL usable in `(…)`: spaces and parentheses percent-encoded.
    static func linkTarget(_ url: String) -> String {
        var out = ""
        for u in url.unicodeScalars {
            switch u {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
