/// The JSON that Knight Lab's TimelineJS 3 reads: a title slide and one slide per dated event, with
/// `start_date`/`end_date` split into year/month/day at the precision the date is known, the
/// sources quoted in `text.text` (HTML), and `group` by source or place. A date the text does not give
/// is marked in `display_date` ("≤ Sun 27 Mar 2022") and said in words at the top of `text.text`.
public enum TimelineJSExporter {
    public enum Grouping: String, Sendable, CaseIterable { case source, place }

    public static func render(_ chronology: Chronology, events: [Event]? = nil, groupBy: Grouping = .place,
                              title: String = "Chronology") -> String {
        value(chronology, events: events, groupBy: groupBy, title: title).serialized()
    }

    public static func value(_ chronology: Chronology, events: [Event]? = nil, groupBy: Grouping = .place,
                             title: String = "Chronology") -> JSONValue {
        let docs = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let outlets = chronology.documents.map { html($0.source ?? $0.title ?? $0.id) }
        var slides: [JSONValue] = []
        for e in events ?? chronology.events {
            guard let iv = e.date.interval else { continue }
            let (start, end) = dates(iv, e.date.granularity)
            var pairs: [(String, JSONValue)] = [("unique_id", .string(slug(e.id))), ("start_date", start)]
            if let end { pairs.append(("end_date", end)) }
            pairs.append(("display_date", .string(DateLabel(e).text)))
            pairs.append(("text", .object([("headline", .string(html((e.curation.starred ? "★ " : "") + e.summary))), ("text", .string(body(e, docs)))])))
            pairs.append(("group", .string(group(e, groupBy, docs))))
            slides.append(.object(pairs))
        }
        let intro = "A chronology merged from \(chronology.documents.count) article\(chronology.documents.count == 1 ? "" : "s")"
            + (outlets.isEmpty ? "." : ": " + Array(Set(outlets)).sorted().joined(separator: ", ") + ".")
        return .object([
            ("title", .object([("text", .object([("headline", .string(html(title))), ("text", .string("<p>\(intro)</p>"))]))])),
            ("events", .array(slides)),
        ])
    }

    /// Day-precise dates give year, month and day; months give year and month; years give the year.
    static func dates(_ iv: DayInterval, _ g: Granularity) -> (JSONValue, JSONValue?) {
        func parts(_ d: Day, _ depth: Int) -> JSONValue {
            var p: [(String, JSONValue)] = [("year", .string(String(d.year)))]
            if depth >= 2 { p.append(("month", .string(String(d.month)))) }
            if depth >= 3 { p.append(("day", .string(String(d.day)))) }
            return .object(p)
        }
        let depth: Int
        switch g {
        case .year, .decade, .century: depth = 1
        case .month, .season, .quarter, .half: depth = 2
        default: depth = 3
        }
        let sameAtDepth = iv.start.year == iv.end.year
            && (depth < 2 || iv.start.month == iv.end.month) && (depth < 3 || iv.start.day == iv.end.day)
        return (parts(iv.start, depth), sameAtDepth ? nil : parts(iv.end, depth))
    }

    static func body(_ e: Event, _ docs: [String: Document]) -> String {
        let label = DateLabel(e)
        var s = "<p>" + (label.certainty == .stated ? "" : "<em>\(html(label.prose))</em><br>") + html(e.modality.rawValue)
        if !e.places.isEmpty { s += " · " + html(e.places.map(\.name).joined(separator: ", ")) }
        if e.conflict { s += " · <strong>sources disagree on the date</strong>" }
        if e.curation.hidden { s += " · hidden" }
        s += "</p>"
        for n in e.curation.notes { s += "<p><em>Note (\(html(n.byline))):</em> \(html(n.text))</p>" }
        if !e.curation.changes.isEmpty { s += "<p><em>Curated:</em> \(html(e.curation.changes.joined(separator: "; ")))</p>" }
        for m in e.mentions {
            let doc = docs[m.document]
            let name = html(doc?.source ?? doc?.title ?? m.document)
            var cite = doc?.url.map { "<a href=\"\(html($0))\">\(name)</a>" } ?? name
            if let a = m.attribution { cite += ", according to \(html(a))" }
            cite += " (" + html(DateLabel(m).text) + ")"
            s += "<blockquote>\(html(m.text))</blockquote><p>— \(cite)</p>"
        }
        return s
    }

    static func group(_ e: Event, _ by: Grouping, _ docs: [String: Document]) -> String {
        switch by {
        case .place:
            return e.places.first(where: { $0.kind == .city || $0.kind == .site })?.name ?? e.places.first?.name ?? "Elsewhere"
        case .source:
            let names = e.documentIDs.map { docs[$0]?.source ?? $0 }
            var seen = Set<String>()
            let unique = names.filter { seen.insert($0).inserted }
            return unique.count == 1 ? unique[0] : "Several sources"
        }
    }

    /// TimelineJS uses unique_id as an HTML id: letters, digits, '-' and '_' only.
    static func slug(_ s: String) -> String {
        "event-" + String(String.UnicodeScalarView(s.unicodeScalars.map { u in
            (u.properties.isAlphabetic && u.isASCII) || ("0"..."9").contains(u) || u == "-" || u == "_" ? u : "_"
        }))
    }

    static func html(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
