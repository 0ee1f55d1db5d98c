/// An iCalendar file (RFC 5545) of the dated events: all-day VEVENTs with DTSTART/DTEND as
/// VALUE=DATE (DTEND exclusive); an event the text gives a clock time ("at 10:30 a.m.") starts at that
/// time (a floating local time: the article's time zone is not known). TEXT escaping, lines folded at
/// 75 octets without splitting a UTF-8 sequence, CRLF line ends. UIDs come from event ids, so
/// re-exports update the same entries. A date the text does not give (on or before publication) says so
/// in SUMMARY and DESCRIPTION. Starred events have PRIORITY:1, a ★ before the summary and the category "starred";
/// notes end the description. Events without a calendar position (date unknown) are left out.
public enum ICSExporter {
    public static let prodID = "-//tltui//tltui chronology export//EN"
    public static let uidDomain = "tltui.invalid"

    /// `stamp` is DTSTAMP, in UTC, as `YYYYMMDDTHHMMSSZ` (the caller reads the clock, not the core).
    public static func render(_ chronology: Chronology, events: [Event]? = nil, stamp: String, calendarName: String = "tltui chronology") -> String {
        let outlets = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + escape(prodID), "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(calendarName)]
        for e in events ?? chronology.events {
            guard let iv = e.date.interval, let endExclusive = iv.end.adding(days: 1) else { continue }
            let label = DateLabel(e)
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(uid(e.id)))
            lines.append("DTSTAMP:" + stamp)
            if let clock = label.clock, iv.start == iv.end {
                // No DTEND: the event is the instant the text names (RFC 5545 §3.6.1).
                lines.append("DTSTART:" + basic(iv.start) + "T" + clock.filter { $0 != ":" } + "00")
            } else {
                lines.append("DTSTART;VALUE=DATE:" + basic(iv.start))
                lines.append("DTEND;VALUE=DATE:" + basic(endExclusive))
            }
            lines.append("SUMMARY:" + escape((e.curation.starred ? "★ " : "") + e.summary + (label.caveat.map { " (\($0))" } ?? "")))
            if e.curation.starred { lines.append("PRIORITY:1") }
            if !e.places.isEmpty { lines.append("LOCATION:" + escape(e.places.map { "\($0.name) (\($0.country))" }.joined(separator: ", "))) }
            lines.append("CATEGORIES:" + ([e.modality.rawValue] + (e.curation.starred ? ["starred"] : []) + (e.curation.hidden ? ["hidden"] : []))
                .map(escape).joined(separator: ","))
            lines.append("DESCRIPTION:" + escape(description(e, outlets)))
            if let url = e.documentIDs.lazy.compactMap({ outlets[$0]?.url }).first { lines.append("URL:" + url) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    static func uid(_ id: String) -> String { "\(id)@\(uidDomain)" }

    static func basic(_ d: Day) -> String { d.iso.replacingOccurrencesOfDash() }

    static func description(_ e: Event, _ docs: [String: Document]) -> String {
        var parts = ["\(DateLabel(e).prose) · \(e.modality.rawValue)" + (e.conflict ? " · sources disagree on the date" : "")]
        for m in e.mentions {
            let doc = docs[m.document]
            var by = doc?.source ?? m.document
            if let a = m.attribution { by += ", according to \(a)" }
            if m.date.value != e.date.value || m.date.isFallback != e.date.isFallback { by += " (dates it \(DateLabel(m).text))" }
            parts.append("“\(m.text)” — \(by)" + (doc?.url.map { " <\($0)>" } ?? "") + (m.isHidden ? " (hidden)" : ""))
        }
        for n in e.curation.notes { parts.append("Note (\(n.byline)): \(n.text)") }
        if !e.curation.changes.isEmpty { parts.append("Curated: " + e.curation.changes.joined(separator: "; ")) }
        return parts.joined(separator: "\n")
    }

    /// RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; line breaks as `\n`.
    public static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for u in s.unicodeScalars {
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousCR { out.append(contentsOf: "\\n".unicodeScalars) }
            default:
                // Other control characters are not allowed in TEXT.
                if u.value < 0x20 || u.value == 0x7F { out.append(" ") } else { out.append(u) }
            }
            previousCR = u == "\r"
        }
        return String(out)
    }

    /// §3.1: content lines of at most 75 octets; continuation lines start with one space.
    /// Breaks fall between Unicode scalars, never inside a UTF-8 sequence. Ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        var limit = 75
        for u in line.unicodeScalars {
            let size = UTF8.width(u)
            if used + size > limit {
                out += "\r\n "
                used = 0
                limit = 74  // the leading space counts
            }
            out.unicodeScalars.append(u)
            used += size
        }
        return out + "\r\n"
    }
}

extension String {
    fileprivate func replacingOccurrencesOfDash() -> String { String(unicodeScalars.filter { $0 != "-" }.map(Character.init)) }
}
