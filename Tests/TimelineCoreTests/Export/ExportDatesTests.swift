import Foundation
import Testing
import TimelineCore

/// Issue 17, items 3, 4 and 13: how dates and summaries reach the exports, through the real pipeline.
@Suite struct ExportDatesTests {
    static let today = Day(year: 2026, month: 1, day: 1)!

    static func chronology(_ files: [(String, String)]) -> Chronology {
        let corpus = CorpusLoader(today: today).load(contents: files.map { (path: "corpus/" + $0.0, bytes: Array($0.1.utf8)) })
        return TimelinePipeline(today: today).build(corpus: corpus)
    }

    static let dated = ("dated.md", """
        ---
        published: 2022-03-27
        source: Harbour Gazette
        url: https://example.org/a
        ---
        Ferry talks
        Negotiators met the mayor, the port authority, the ferry operators, the unions, the insurers and the coast guard in a long session without agreement.
        On 28 March at 10:30 a.m. the delegations will sign the accord in Lviv.
        """)

    static let undated = ("undated.txt", "Harbour news\nThe ferry operators said they had closed two crossings.\n")

    /// A summary is the whole clause: no export cuts it, and a clause of more than 18 words stays whole.
    @Test func exportsCarryWholeSummaries() throws {
        let c = Self.chronology([Self.dated])
        let long = try #require(c.events.first { $0.summary.contains("coast guard") })
        #expect(long.summary.split(separator: " ").count > 18)
        #expect(!long.summary.contains("…"))
        for format in ExportFormat.allCases {
            let text = format.render(c, options: .init(stamp: "20260101T000000Z"))
            #expect(!text.contains("…"), "\(format)")
            // iCalendar folds lines; unfold before looking for the whole summary.
            let flat = format == .ics ? unfoldICS(text).joined(separator: "\n") : text
            #expect(flat.contains("without agreement"), "\(format)")
        }
    }

    @Test func clockTimeReachesTheCalendar() throws {
        let c = Self.chronology([Self.dated])
        let sign = try #require(c.events.first { $0.summary.contains("sign") })
        #expect(DateLabel(sign).clock == "10:30")
        let lines = unfoldICS(ICSExporter.render(c, stamp: "20260101T000000Z"))
        let start = try #require(lines.firstIndex(of: "UID:\(sign.id)@tltui.invalid"))
        let block = lines[start...].prefix { $0 != "END:VEVENT" }
        #expect(block.contains("DTSTART:20220328T103000"))
        #expect(!block.contains { $0.hasPrefix("DTEND") })
    }

    /// An event nothing dates in a dated article is "on or before publication": marked in every format.
    @Test func onOrBeforePublicationIsSaidEverywhere() throws {
        let c = Self.chronology([Self.dated])
        let met = try #require(c.events.first { $0.summary.contains("coast guard") })
        #expect(met.date.isFallback)
        #expect(DateLabel(met).text == "≤ Sun 27 Mar 2022")
        let ics = unfoldICS(ICSExporter.render(c, stamp: "20260101T000000Z"))
        let summary = try #require(ics.first { $0.hasPrefix("SUMMARY:Negotiators") })
        #expect(summary.contains("on or before this day"))
        #expect(ics.contains { $0.hasPrefix("DESCRIPTION:") && unescapeICS($0).contains("on or before Sun 27 Mar 2022") })
        let tl = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSExporter.render(c).utf8)) as? [String: Any])
        let slides = try #require(tl["events"] as? [[String: Any]])
        let slide = try #require(slides.first { (($0["text"] as? [String: Any])?["headline"] as? String)?.contains("coast guard") == true })
        #expect(slide["display_date"] as? String == "≤ Sun 27 Mar 2022")
        #expect(((slide["text"] as? [String: Any])?["text"] as? String)?.contains("on or before Sun 27 Mar 2022") == true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONExporter.render(c).utf8)) as? [String: Any])
        let jsonEvent = try #require((json["events"] as? [[String: Any]])?.first { ($0["summary"] as? String)?.contains("coast guard") == true })
        #expect((jsonEvent["date"] as? [String: Any])?["label"] as? String == "≤ Sun 27 Mar 2022")
        let csv = parseCSV(CSVExporter.render(c))
        let labelColumn = try #require(CSVExporter.header.firstIndex(of: "date_label"))
        #expect(csv.contains { $0[labelColumn] == "≤ Sun 27 Mar 2022" })
    }

    /// An article with no publication date: its undated events read "date unknown" (never PAST_REF), and it gets a warning.
    @Test func undatedArticleWarnsAndShowsDateUnknown() throws {
        let c = Self.chronology([Self.dated, Self.undated])
        let vague = try #require(c.events.first { $0.summary.contains("crossings") })
        #expect(vague.date.interval == nil)
        #expect(DateLabel(vague).text == "date unknown")
        let warnings = c.diagnostics.filter { $0.file.hasSuffix("undated.txt") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("publication date unknown") == true)
        #expect(!c.diagnostics.contains { $0.file.hasSuffix("dated.md") && $0.message.contains("publication date") })
        // JSON and CSV keep the TIMEX3 value in their documented `value` field for programs; every text people read says "date unknown".
        for format in ExportFormat.allCases where format != .json && format != .csv {
            #expect(!format.render(c, options: .init(stamp: "20260101T000000Z")).contains("PAST_REF"), "\(format)")
        }
        let csv = parseCSV(CSVExporter.render(c))
        let label = try #require(CSVExporter.header.firstIndex(of: "date_label"))
        #expect(csv.contains { $0[label] == "date unknown" })
        #expect(MarkdownExporter.render(c).contains("## Date unknown"))
    }

    /// Markdown: one heading per day, whatever the certainty or clock time of the day's events.
    @Test func markdownHasOneHeadingPerDay() {
        let d = Day(iso: "2022-03-27")!, e = Day(iso: "2022-03-28")!
        func event(_ id: String, _ date: EventDate, _ modality: Modality = .happened) -> Event {
            Event(id: id, summary: "Event \(id)", modality: modality, date: date,
                  mentions: [Mention(document: "doc", range: TextRange(0, 1), text: "x", date: date, modality: modality)])
        }
        let events = [
            event("a", EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day, isFallback: true)),
            event("b", EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day)),
            event("c", EventDate(value: "x", interval: DayInterval(d, e), granularity: .day)),
            event("d", EventDate(value: d.iso + "T18:00", interval: DayInterval(day: d), granularity: .time)),
            event("e", EventDate(value: e.iso, interval: DayInterval(day: e), granularity: .day)),
        ]
        let md = MarkdownExporter.render(Chronology(documents: [], events: events))
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Sun 27 Mar 2022", "## 27–28 Mar 2022", "## Mon 28 Mar 2022"])
        #expect(md.contains("- **Event a** — ≤ Sun 27 Mar 2022; happened"))
        #expect(md.contains("- **Event b** — happened"))
        #expect(md.contains("- **Event d** — Sun 27 Mar 2022 18:00; happened"))
        // The day's events sit under its one heading, in their order.
        let a = md.range(of: "Event a")!.lowerBound, dd = md.range(of: "Event d")!.lowerBound, c = md.range(of: "Event c")!.lowerBound
        #expect(a < dd && dd < c)
        #expect(md.contains("≤: "))  // the legend, since a bound is shown
    }
}
