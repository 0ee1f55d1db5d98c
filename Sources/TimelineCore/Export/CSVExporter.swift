/// One row per event mention, RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote, CR or LF, quotes doubled. A spreadsheet user sorts and filters rows, so every row stands
/// alone: the event's columns (id, merged date, summary, places) repeat on each of its mentions, and
/// the mention's own columns say who reported it, when, where to read it, and the date it gives.
///
/// `start`/`end` are the event's merged dates (ISO, sortable), `date_label` the same date as people read
/// it ("≤ Sun 27 Mar 2022" when the text gives no date); `mention_start`/`mention_end`/`mention_date_label`
/// are the date this one source gives; `outlet`, `url`, `published` come from the article. Columns are
/// only ever added at the end, so existing sheets keep their column letters. The last three are the curation's:
/// `starred`, `notes` ("ana, 4 Dec 2026: text", several joined by " | ") and `hidden`.
public enum CSVExporter {
    public static let header = ["event_id", "start", "end", "value", "granularity", "modality", "conflict",
                                "summary", "places", "document", "attribution", "sentence",
                                "date_label", "mention_start", "mention_end", "mention_date_label", "outlet", "url", "published",
                                "starred", "notes", "hidden"]

    /// The UTF-8 byte-order mark some spreadsheet programs need to read a CSV as UTF-8 (`--bom`).
    public static let byteOrderMark = "\u{FEFF}"

    public static func render(_ chronology: Chronology, events: [Event]? = nil, byteOrderMark: Bool = false) -> String {
        let docs = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = (byteOrderMark ? Self.byteOrderMark : "") + line(header)
        for e in events ?? chronology.events {
            let places = e.places.map(\.name).joined(separator: "; ")
            let label = DateLabel(e).text
            let notes = e.curation.notes.map { "\($0.byline): \($0.text)" }.joined(separator: " | ")
            for m in e.mentions {
                let doc = docs[m.document]
                out += line([e.id, e.date.interval?.start.iso ?? "", e.date.interval?.end.iso ?? "", e.date.value,
                             e.date.granularity.rawValue, e.modality.rawValue, e.conflict ? "true" : "false",
                             e.summary, places, m.document, m.attribution ?? "", m.text,
                             label, m.date.interval?.start.iso ?? "", m.date.interval?.end.iso ?? "", DateLabel(m).text,
                             doc?.source ?? "", doc?.url ?? "", doc?.published?.iso ?? "",
                             e.curation.starred ? "true" : "false", notes, e.curation.hidden || m.isHidden ? "true" : "false"])
            }
        }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return s }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in s.unicodeScalars {
            out.append(u)
            if u == "\"" { out.append(u) }  // scalar-wise, so a quote followed by a combining mark is doubled too
        }
        out.append("\"")
        return String(out)
    }
}
