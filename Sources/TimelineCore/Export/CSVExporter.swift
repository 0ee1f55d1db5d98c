/// One row per event mention, RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote, CR or LF, quotes doubled. The date columns are the event's (merged) date.
public enum CSVExporter {
    public static let header = ["event_id", "start", "end", "value", "granularity", "modality", "conflict",
                                "summary", "places", "document", "attribution", "sentence"]

    public static func render(_ chronology: Chronology, events: [Event]? = nil) -> String {
        var out = line(header)
        for e in events ?? chronology.events {
            let places = e.places.map(\.name).joined(separator: "; ")
            for m in e.mentions {
                out += line([e.id, e.date.interval?.start.iso ?? "", e.date.interval?.end.iso ?? "", e.date.value,
                             e.date.granularity.rawValue, e.modality.rawValue, e.conflict ? "true" : "false",
                             e.summary, places, m.document, m.attribution ?? "", m.text])
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
