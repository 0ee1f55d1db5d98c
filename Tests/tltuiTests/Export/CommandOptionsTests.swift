import Testing
import TimelineCore
@testable import tltui

@Suite struct CommandOptionsTests {
    @Test func filtersFromOptions() throws {
        let o = try CorpusOptions.parse(["--city", "Kyiv", "--city", "lviv", "--source", "b_wire", "--from", "2022-03-27",
                                         "--to", "2022-03-30", "--grep", "talks", "--modality", "planned,claimed", "--modality", "happened", "dir"])
        let f = try o.filter()
        #expect(f == EventFilter(cities: ["Kyiv", "lviv"], sources: ["b_wire"], from: Day(iso: "2022-03-27"), to: Day(iso: "2022-03-30"),
                                 text: "talks", modalities: [.planned, .claimed, .happened]))
        #expect(o.paths == ["dir"])
    }

    @Test(arguments: [["--from", "2022-3-27"], ["--to", "2022-02-30"], ["--from", "2022-03-28", "--to", "2022-03-27"], ["--modality", "maybe"]])
    func badValuesAreUsageErrors(_ args: [String]) {
        #expect(throws: (any Error).self) { try CorpusOptions.parse(args) }
        do { _ = try CorpusOptions.parse(args) } catch {
            #expect(TLTUI.exitCode(for: error) == .validationFailure)  // mapped to exit status 2 by TLTUI.main
        }
    }

    @Test func exportParsesFormatAndOutput() throws {
        let e = try Export.parse(["--format", "ics", "--output", "/tmp/x.ics", "--city", "Kyiv", "seeds"])
        #expect(e.format == .ics && e.output == "/tmp/x.ics" && e.options.cities == ["Kyiv"] && e.options.paths == ["seeds"])
        #expect(throws: (any Error).self) { try Export.parse(["--format", "xml"]) }
    }
}

@Suite struct TextWidthTests {
    @Test func widths() {
        #expect(TextWidth.width("abc") == 3)
        #expect(TextWidth.width("東京") == 4)
        #expect(TextWidth.width("e\u{301}") == 1)
    }

    @Test func truncateNeverSplitsWideCharacters() {
        #expect(TextWidth.truncate("東京東京", to: 4) == "東…")
        #expect(TextWidth.width(TextWidth.truncate("東京東京", to: 4)) <= 4)
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abc", to: 4) == "abc")
    }
}

@Suite struct ListTableTests {
    static let day = Day(iso: "2022-03-28")!
    static func event(_ id: String, _ summary: String, _ modality: Modality, conflict: Bool = false, docs: [String]) -> Event {
        let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
        return Event(id: id, summary: summary, modality: modality, date: date, conflict: conflict,
                     mentions: docs.map { Mention(document: $0, range: TextRange(0, 1), text: "x", date: date, modality: modality) })
    }

    @Test func alignedColumnsAndTruncation() {
        let events = [Self.event("1", "Talks resume in Istanbul after a long pause", .planned, conflict: true, docs: ["a", "b"]),
                      Self.event("2", "東京 greets", .claimed, docs: ["a"])]
        let lines = ListTable.render(events, width: 40, color: false).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("2022-03-28  >!  a +1     "))
        #expect(lines[2].hasPrefix("2022-03-28  ?   a        "))
        for l in lines { #expect(TextWidth.width(l) <= 40, "\(l)") }
        #expect(lines[1].hasSuffix("…"))
        // Without a width nothing is cut, and no colour codes appear without colour.
        let full = ListTable.render(events, width: nil, color: false)
        #expect(full.contains("Talks resume in Istanbul after a long pause"))
        #expect(!full.contains("\u{1B}"))
        #expect(ListTable.render(events, width: nil, color: true).contains("\u{1B}["))
    }

    @Test func sourcesNamedByOutletWhereKnown() {
        let events = [Self.event("1", "Talks resume", .planned, docs: ["a", "b"])]
        let docs = [Document(id: "a", path: "a.txt", source: "The Herald", text: ScalarText("x"), body: TextRange(0, 1), sentences: []),
                    Document(id: "b", path: "b.txt", text: ScalarText("x"), body: TextRange(0, 1), sentences: [])]
        let table = ListTable.render(events, documents: docs, width: nil, color: false)
        #expect(table.contains("Herald, b"))
    }

    /// Item 9: at 80 columns the summary gets the room; long outlet names become short tags.
    @Test func eightyColumnsLeaveTheSummaryTheRoom() {
        let summary = "Ukrainian and Russian delegations will resume face-to-face peace talks in Istanbul on Tuesday"
        let events = [Self.event("1", summary, .planned, docs: ["gna", "cam", "nyt"])]
        let docs = [Document(id: "gna", path: "gna.txt", source: "Ghana News Agency (dpa)", text: ScalarText("x")),
                    Document(id: "cam", path: "cam.txt", source: "City A.M.", text: ScalarText("x")),
                    Document(id: "nyt", path: "nyt.txt", source: "The New York Times", text: ScalarText("x"))]
        let lines = ListTable.render(events, documents: docs, width: 80, color: false).split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("2022-03-28  >   dpa +2   "))
        for l in lines { #expect(TextWidth.width(l) <= 80, "\(l)") }
        let summaryColumn = TextWidth.width(String(lines[1][..<lines[1].range(of: "Ukrainian")!.lowerBound]))
        #expect(80 - summaryColumn >= 55, "summary gets \(80 - summaryColumn) columns")
        // Piped (no width): every outlet's tag, nothing cut.
        let piped = ListTable.render(events, documents: docs, width: nil, color: false)
        #expect(piped.contains("dpa, City A.M., NYT"), "\(piped)")
        #expect(piped.contains(summary))
    }

    /// Many documents of fewer outlets: each outlet's tag once, in the order of first mention (past the first 16 too).
    @Test func manyOutletsAreNamedOnceInOrderOfFirstMention() {
        let docs = (0..<60).map { k in Document(id: "d\(k)", path: "d\(k).txt", source: "Outlet \((k * 7) % 25)", text: ScalarText("x")) }
        let order = (0..<60).map { (($0 * 13) % 60) } + (0..<60).reversed()
        let events = [Self.event("1", "Talks resume", .planned, docs: order.map { "d\($0)" })]
        var expected: [String] = []
        for k in order where !expected.contains("Outlet \((k * 7) % 25)") { expected.append("Outlet \((k * 7) % 25)") }
        #expect(expected.count == 25)
        let piped = ListTable.render(events, documents: docs, width: nil, color: false)
        #expect(piped.contains(expected.joined(separator: ", ") + "  Talks resume"), "\(piped)")
        let short = ListTable.render(events, documents: docs, width: 80, color: false)
        #expect(short.contains(expected[0] + " +24"), "\(short)")
    }

    /// A table of more events than one chunk of rows: each row's sources are its outlets' tags in first-mention
    /// order, each once, whichever chunk (and core) made it; the rows come in order.
    @Test func sourcesAcrossChunksOfRows() {
        let docs = (0..<40).map { k in
            Document(id: "doc-\(k)", path: "d\(k).txt", source: k % 3 == 0 ? nil : "Outlet \(k % 7)", text: ScalarText("x"))
        }
        let events = (0..<(2 * ListTable.rowChunk + 300)).map { i in
            Self.event("\(i)", "Event \(i)", .happened, docs: (0..<(1 + i % 30)).map { "doc-\((i * 7 + $0 * 11) % 40)" })
        }
        let piped = ListTable.render(events, documents: docs, width: nil, color: false).split(separator: "\n").map(String.init)
        let short = ListTable.render(events, documents: docs, width: 100, color: false).split(separator: "\n").map(String.init)
        #expect(piped.count == events.count + 1 && short.count == events.count + 1)
        let outlet = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.source) })
        let tags = OutletTags(names: Array(Set(docs.map { $0.source ?? $0.id } + docs.map(\.id))))
        for (i, e) in events.enumerated() {
            var expected: [String] = []
            for d in e.mentionDocuments {
                let t = tags.tag(outlet[d]! ?? d)
                if !expected.contains(t) { expected.append(t) }
            }
            #expect(piped[i + 1].contains("  " + expected.joined(separator: ", ") + "  ") && piped[i + 1].hasSuffix("  Event \(i)"),
                    "\(piped[i + 1])")
            let cell = expected.count > 1 ? expected[0] + " +\(expected.count - 1)" : expected[0]
            #expect(short[i + 1].contains("  " + cell + " ") && short[i + 1].hasSuffix("  Event \(i)"), "\(short[i + 1])")
        }
    }

    /// Piped, an event many outlets report prints every tag, but the other rows are not padded to its width.
    @Test func pipedSourcesColumnStaysBounded() {
        let many = (0..<60).map { "outlet\($0)" }
        let events = [Self.event("1", "Talks resume", .planned, docs: many), Self.event("2", "Floods recede", .happened, docs: ["a"])]
        let lines = ListTable.render(events, width: nil, color: false).split(separator: "\n").map(String.init)
        #expect(lines[1].contains(many.joined(separator: ", ")))
        #expect(lines[1].hasSuffix("  Talks resume"))
        #expect(TextWidth.width(lines[2]) <= 4 + 2 + 2 + 2 + ListTable.pipedSourceWidth + 2 + "Floods recede".count + 8, "\(lines[2])")
        #expect(lines[2].hasSuffix("  Floods recede"))
    }
}
