import Foundation
import Testing
import TimelineCore

/// A small RFC 4180 reader, written here so the test does not trust the writer's own code.
func parseCSV(_ s: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    let u = Array(s.unicodeScalars)
    var i = 0
    while i < u.count {
        let c = u[i]
        if inQuotes {
            if c == "\"" {
                if i + 1 < u.count && u[i + 1] == "\"" { field.append("\""); i += 1 } else { inQuotes = false }
            } else { field.append(c) }
        } else if c == "\"" {
            inQuotes = true
        } else if c == "," {
            row.append(String(field)); field = .init()
        } else if c == "\r" && i + 1 < u.count && u[i + 1] == "\n" {
            row.append(String(field)); field = .init(); rows.append(row); row = []; i += 1
        } else {
            field.append(c)
        }
        i += 1
    }
    if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
    return rows
}

/// RFC 5545 §3.1 unfolding: CRLF followed by one space or tab is removed.
func unfoldICS(_ s: String) -> [String] {
    var lines: [String] = []
    for raw in s.components(separatedBy: "\r\n") where !raw.isEmpty {
        if raw.hasPrefix(" ") || raw.hasPrefix("\t"), !lines.isEmpty { lines[lines.count - 1] += String(raw.dropFirst()) } else { lines.append(raw) }
    }
    return lines
}

func unescapeICS(_ s: String) -> String {
    var out = ""
    var escaped = false
    for c in s {
        if escaped { out += c == "n" || c == "N" ? "\n" : String(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
    }
    return out
}

@Suite struct CSVExportTests {
    let chronology = ExportFixture.chronology

    @Test func reparsesToTheSameRows() throws {
        let csv = CSVExporter.render(chronology)
        let rows = parseCSV(csv)
        #expect(rows.first == CSVExporter.header)
        let expected = chronology.events.flatMap { e in e.mentions.map { m in
            [e.id, e.date.interval?.start.iso ?? "", e.date.interval?.end.iso ?? "", e.date.value, e.date.granularity.rawValue,
             e.modality.rawValue, String(e.conflict), e.summary, e.places.map(\.name).joined(separator: "; "),
             m.document, m.attribution ?? "", m.text]
        } }
        #expect(rows.dropFirst().map { Array($0.prefix(12)) } == expected)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header.count })
    }

    /// Every row stands alone for a spreadsheet: the mention's own date, its outlet, URL and publication date.
    @Test func eachMentionRowCarriesItsDateOutletAndURL() throws {
        let rows = parseCSV(CSVExporter.render(chronology))
        let column = Dictionary(uniqueKeysWithValues: CSVExporter.header.enumerated().map { ($1, $0) })
        func cell(_ row: [String], _ name: String) -> String { row[column[name]!] }
        // The conflicting talks: the wire gives 4 May, the gazette 3–5 May; each row says its own.
        let talks = rows.filter { cell($0, "event_id") == "e3" }
        #expect(talks.map { cell($0, "mention_start") } == ["2021-05-03", "2021-05-04"])
        #expect(talks.map { cell($0, "mention_date_label") } == ["3–5 May 2021", "Tue 4 May 2021"])
        #expect(talks.map { cell($0, "outlet") } == ["Harbour Gazette", "Wire, Inc."])
        #expect(talks.map { cell($0, "url") } == ["https://example.org/gazette?id=1&x=2", ""])
        #expect(talks.map { cell($0, "published") } == ["2021-04-28", ""])
        let vague = try #require(rows.first { cell($0, "event_id") == "e4" })
        #expect(cell(vague, "date_label") == "date unknown")
    }

    @Test func byteOrderMarkOnlyWhenAsked() {
        let plain = CSVExporter.render(chronology)
        let marked = ExportFormat.csv.render(chronology, options: .init(stamp: "20220101T000000Z", byteOrderMark: true))
        #expect(!plain.unicodeScalars.contains("\u{FEFF}"))
        #expect(Array(marked.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(marked.unicodeScalars.dropFirst()) == plain)
    }

    @Test func quotesOnlyWhereNeededAndEndsLinesWithCRLF() {
        #expect(CSVExporter.field("plain") == "plain")
        #expect(CSVExporter.field("a,b") == "\"a,b\"")
        #expect(CSVExporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.field("two\nlines") == "\"two\nlines\"")
        let csv = CSVExporter.render(chronology)
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.hasPrefix(CSVExporter.header.joined(separator: ",") + "\r\n"))
    }

    @Test func filteredEventsOnly() {
        let rows = parseCSV(CSVExporter.render(chronology, events: [chronology.events[2]]))
        #expect(rows.count == 3)
        #expect(rows.dropFirst().allSatisfy { $0[0] == "e3" })
    }
}

@Suite struct ICSExportTests {
    let ics = ICSExporter.render(ExportFixture.chronology, stamp: "20260101T120000Z")

    @Test func linesAreCRLFAndAtMost75Octets() {
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(ics.utf8)
        for (i, b) in bytes.enumerated() where b == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
    }

    @Test func foldingNeverSplitsUTF8() {
        let long = "SUMMARY:" + String(repeating: "é𝄞東", count: 40)
        let folded = ICSExporter.fold(long)
        #expect(unfoldICS(folded) == [long])
        for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(ICSExporter.fold("SHORT:x") == "SHORT:x\r\n")
    }

    @Test func calendarHeaderAndOneEventPerDatedEvent() {
        let lines = unfoldICS(ics)
        #expect(lines.prefix(2) == ["BEGIN:VCALENDAR", "VERSION:2.0"])
        #expect(lines.contains { $0.hasPrefix("PRODID:") })
        // e4 is undated: only three VEVENTs.
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        #expect(lines.filter { $0 == "DTSTAMP:20260101T120000Z" }.count == 3)
        #expect(lines.contains("UID:e3@tltui.invalid"))
        #expect(!lines.contains { $0.hasPrefix("UID:e4") })
    }

    @Test func allDayDatesWithExclusiveEnd() {
        let lines = unfoldICS(ics)
        func block(_ uid: String) -> [String] {
            guard let i = lines.firstIndex(of: "UID:\(uid)@tltui.invalid") else { return [] }
            return Array(lines[i...].prefix { $0 != "END:VEVENT" })
        }
        #expect(block("e3").contains("DTSTART;VALUE=DATE:20210503"))
        #expect(block("e3").contains("DTEND;VALUE=DATE:20210506"))
        #expect(block("e2").contains("DTSTART;VALUE=DATE:20210419"))
        #expect(block("e2").contains("DTEND;VALUE=DATE:20210426"))
        #expect(block("e1").contains("DTEND;VALUE=DATE:19990101"))
    }

    @Test func textIsEscapedAndUnescapesToTheValues() throws {
        #expect(ICSExporter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let lines = unfoldICS(ics)
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:Crane") })
        #expect(unescapeICS(String(summary.dropFirst("SUMMARY:".count))) == "Crane collapsed, \"badly\"")
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") && $0.contains("Ferry") })
        let text = unescapeICS(String(description.dropFirst("DESCRIPTION:".count)))
        #expect(text.contains("Ferry talks will be held in Zürich between 3 and 5 May, officials said."))
        #expect(text.contains("sources disagree"))
        // No raw newline, unescaped comma or semicolon survives in a TEXT value.
        #expect(!description.contains("\n"))
    }
}

@Suite struct TimelineJSExportTests {
    func parsed(_ group: TimelineJSExporter.Grouping = .place) throws -> [String: Any] {
        let s = TimelineJSExporter.render(ExportFixture.chronology, groupBy: group, title: "Ferries & <cranes>")
        return try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    @Test func hasTheRequiredFields() throws {
        let root = try parsed()
        let title = try #require(root["title"] as? [String: Any])
        let titleText = try #require(title["text"] as? [String: Any])
        #expect(titleText["headline"] as? String == "Ferries &amp; &lt;cranes&gt;")
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.count == 3)  // the undated event has no slide
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] != nil)
            let text = try #require(e["text"] as? [String: Any])
            #expect(text["headline"] is String && text["text"] is String)
            #expect(e["group"] is String)
        }
    }

    @Test func datesAtTheKnownPrecision() throws {
        let events = try #require(try parsed()["events"] as? [[String: Any]])
        let year = try #require(events[0]["start_date"] as? [String: String])
        #expect(year == ["year": "1998"])
        #expect(events[0]["end_date"] == nil)
        #expect(events[1]["start_date"] as? [String: String] == ["year": "2021", "month": "4", "day": "19"])
        #expect(events[1]["end_date"] as? [String: String] == ["year": "2021", "month": "4", "day": "25"])
        #expect(events[2]["end_date"] as? [String: String] == ["year": "2021", "month": "5", "day": "5"])
    }

    @Test func groupsBySourceOrPlace() throws {
        let byPlace = try #require(try parsed(.place)["events"] as? [[String: Any]]).map { $0["group"] as? String }
        #expect(byPlace == ["Kyiv", "Elsewhere", "Zürich"])
        let bySource = try #require(try parsed(.source)["events"] as? [[String: Any]]).map { $0["group"] as? String }
        #expect(bySource == ["Wire, Inc.", "Harbour Gazette", "Several sources"])
    }
}

@Suite struct MarkdownExportTests {
    let chronology = ExportFixture.chronology

    @Test func listsEveryEventUnderItsPeriod() {
        let md = MarkdownExporter.render(chronology)
        // Fixture summaries hold no Markdown markup, so they appear as written.
        for e in chronology.events { #expect(md.contains("- **\(e.summary)**"), "\(e.id)") }
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## 1998", "## week 16, 2021 (19–25 Apr 2021)", "## 3–5 May 2021", "## Date unknown"])
        #expect(!md.contains("PAST_REF"))
    }

    @Test func quotesEverySourceAndLinksKnownURLs() {
        let md = MarkdownExporter.render(chronology)
        #expect(md.contains("[Harbour Gazette](https://example.org/gazette?id=1&x=2)"))
        #expect(md.contains("  > Ferry talks begin Tuesday 4 May in Zürich, per the ministry."))
        #expect(md.contains("— Wire, Inc., according to the ministry (Tue 4 May 2021)"))
        // The two-line sentence stays inside the quote.
        #expect(md.contains("  > \"It's a start, not an end,\" the mayor said.\n  > Last week, a crane collapsed near Lviv."))
        #expect(md.contains("sources disagree"))
    }
}

@Suite struct JSONExportTests {
    let chronology = ExportFixture.chronology

    func root() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(JSONExporter.render(chronology).utf8)) as? [String: Any])
    }

    @Test func topLevelAndDocumentKeys() throws {
        let r = try root()
        #expect(r["schemaVersion"] as? Int == 1)
        let docs = try #require(r["documents"] as? [[String: Any]])
        #expect(docs.count == 2)
        for d in docs { #expect(Set(["id", "path", "title", "source", "published", "publishedBasis"]).isSubset(of: d.keys)) }
        #expect(docs[0]["published"] as? String == "2021-04-28")
        #expect(docs[1]["published"] is NSNull)
        #expect(docs[0]["publishedBasis"] as? String == "metadata")
    }

    @Test func eventKeysAndValuesRoundTrip() throws {
        let events = try #require(try root()["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["e1", "e2", "e3", "e4"])
        for (e, model) in zip(events, chronology.events) {
            #expect(Set(["id", "summary", "modality", "date", "places", "actors", "conflict", "mentions"]).isSubset(of: e.keys))
            let date = try #require(e["date"] as? [String: Any])
            #expect(Set(["value", "start", "end", "granularity"]).isSubset(of: date.keys))
            #expect(e["summary"] as? String == model.summary)
            #expect(e["conflict"] as? Bool == model.conflict)
            let mentions = try #require(e["mentions"] as? [[String: Any]])
            for (m, mm) in zip(mentions, model.mentions) {
                #expect(Set(["document", "text", "start", "end", "date", "attribution"]).isSubset(of: m.keys))
                #expect(m["text"] as? String == mm.text)
                #expect(m["start"] as? Int == mm.range.start && m["end"] as? Int == mm.range.end)
                let md = try #require(m["date"] as? [String: Any])
                #expect(Set(["value", "start", "end"]).isSubset(of: md.keys))
            }
        }
        let talks = events[2]
        #expect((talks["places"] as? [[String: Any]])?.first?["name"] as? String == "Zürich")
        #expect((talks["places"] as? [[String: Any]])?.first?["country"] as? String == "CH")
        #expect((talks["date"] as? [String: Any])?["start"] as? String == "2021-05-03")
        #expect((events[3]["date"] as? [String: Any])?["start"] is NSNull)
    }

    @Test func mentionOffsetsSliceTheDocumentText() throws {
        let events = try #require(try root()["events"] as? [[String: Any]])
        let texts = Dictionary(uniqueKeysWithValues: chronology.documents.map { ($0.id, $0.text) })
        for e in events {
            for m in try #require(e["mentions"] as? [[String: Any]]) {
                let text = try #require(texts[m["document"] as? String ?? ""])
                let range = TextRange(m["start"] as? Int ?? -1, m["end"] as? Int ?? -1)
                #expect(text[range] == m["text"] as? String)
            }
        }
    }

    @Test func triggersSliceTheDocumentTextAndNegationIsWrittenWhereItApplies() throws {
        let events = try #require(try root()["events"] as? [[String: Any]])
        let texts = Dictionary(uniqueKeysWithValues: chronology.documents.map { ($0.id, $0.text) })
        var triggers: [String] = []
        for e in events {
            for m in try #require(e["mentions"] as? [[String: Any]]) {
                guard let t = m["trigger"] as? [String: Any] else {
                    #expect(m["trigger"] is NSNull)
                    continue
                }
                let text = try #require(texts[m["document"] as? String ?? ""])
                let range = TextRange(t["start"] as? Int ?? -1, t["end"] as? Int ?? -1)
                #expect(text[range] == t["text"] as? String)
                triggers.append(t["text"] as? String ?? "")
                for p in t["parts"] as? [[String: Any]] ?? [] {
                    triggers.append(text[TextRange(p["start"] as? Int ?? -1, p["end"] as? Int ?? -1)])
                }
            }
        }
        #expect(triggers == ["sent", "talks", "talks", "held"])
        let talks = try #require(events[2]["mentions"] as? [[String: Any]])
        #expect(talks[0]["negated"] as? Bool == true)
        #expect(talks[1]["negated"] == nil)
    }

    @Test func keyOrderIsStable() {
        let s = JSONExporter.render(chronology)
        #expect(s == JSONExporter.render(chronology))
        let schema = s.range(of: "\"schemaVersion\"")!.lowerBound, docs = s.range(of: "\"documents\"")!.lowerBound
        #expect(schema < docs)
    }
}



@Suite struct MarkdownEscapingTests {
    @Test func markupAndNewlinesInSummariesStayInTheBullet() {
        let d = Day(iso: "2022-03-28")!
        let date = EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day)
        let e = Event(id: "x", summary: "*Big* [news]\nsecond line", modality: .happened, date: date,
                      mentions: [Mention(document: "doc", range: TextRange(0, 3), text: "abc", date: date, modality: .happened)])
        let md = MarkdownExporter.render(Chronology(documents: [], events: [e]))
        #expect(md.contains("- **\\*Big\\* \\[news\\] second line**"))
        #expect(md.contains("  > abc"))
        #expect(md.contains("— doc (Mon 28 Mar 2022)"))
    }
}
