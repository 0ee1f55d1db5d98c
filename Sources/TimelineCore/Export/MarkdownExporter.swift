/// A readable chronology: one section per day or period (in chronological order), each event with
/// its modality, places and every source quoted, linked to the article's URL where known.
public enum MarkdownExporter {
    public static func render(_ chronology: Chronology, events: [Event]? = nil, title: String = "Chronology") -> String {
        let docs = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let list = events ?? chronology.events
        var out = "# \(inline(title))\n\n"
        out += "\(list.count) event\(list.count == 1 ? "" : "s") from \(chronology.documents.count) document\(chronology.documents.count == 1 ? "" : "s").\n"
        var currentHeading: String?
        for e in list {
            let heading = DateLabel.text(for: e.date)
            if heading != currentHeading {
                out += "\n## \(inline(heading))\n\n"
                currentHeading = heading
            }
            var line = "- **\(inline(e.summary))**"
            var notes = [e.modality.rawValue]
            if !e.places.isEmpty { notes.append(e.places.map(\.name).joined(separator: ", ")) }
            if e.conflict { notes.append("⚠ sources disagree on the date") }
            line += " — " + inline(notes.joined(separator: "; "))
            out += line + "\n"
            for m in e.mentions {
                let doc = docs[m.document]
                let name = inline(doc?.source ?? doc?.title ?? m.document)
                var cite = doc?.url.map { "[\(name)](\(linkTarget($0)))" } ?? name
                if let a = m.attribution { cite += ", according to \(inline(a))" }
                cite += " (" + inline(m.date.isFallback ? "undated" : DateLabel.text(for: m.date)) + ")"
                let quoted = m.text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
                    .map { "  > " + inline(String($0)) }.joined(separator: "\n")
                out += "\n" + quoted + "\n  >\n  > — " + cite + "\n"
            }
            out += "\n"
        }
        return out
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
