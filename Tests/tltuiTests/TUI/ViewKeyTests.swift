@testable import tltui
import Foundation
import Testing
import TimelineCore

/// The keys of the filters, the documents view, export, open, copy, reload and the density strip, through the reducer.
@Suite struct ViewKeyTests {
    func ids(_ s: AppState) -> [String] { s.visible.map { s.chronology.events[$0].id } }

    @Test func conflictsOnlyTogglesAndShowsInTheStatusLine() {
        var s = press(Fixture.state(), .char("!"))
        #expect(ids(s) == ["e4"])
        #expect(render(s).line(39).contains("event 1 of 1 (4 in all) · conflicts only"))
        s = press(s, .char("!"))
        #expect(ids(s).count == 4 && !render(s).line(39).contains("conflicts only"))
        #expect(press(Fixture.state(), .char("!"), .escape).visible.count == 4)
    }

    @Test func modalityPickerCountsAndFilters() {
        var s = press(Fixture.state(), .char("M"))
        guard case .picker(let p) = s.mode else { Issue.record("no picker"); return }
        #expect(p.entries.map(\.count) == [2, 1, 1, 4])
        s = press(s, .down, .enter)      // planned or expected
        #expect(ids(s) == ["e4"] && render(s).line(39).contains("modality: planned, expected"))
        s = press(s, .char("M"), .down, .down, .down, .enter)   // any modality
        #expect(ids(s).count == 4)
    }

    @Test func dateRangeKeepsTheDaysTyped() {
        var s = press(type(press(Fixture.state(), .char("t")), "28 March..29 March"), .enter)
        #expect(ids(s) == ["e3", "e4"])
        #expect(render(s).line(39).contains("dates: 28–29 Mar 2022"))
        s = press(type(press(s, .char("t")), "2022-03-27"), .enter)
        #expect(ids(s) == ["e1", "e2"])
        s = press(type(press(s, .char("t")), "sometime"), .enter)
        #expect(ids(s) == ["e1", "e2"] && s.message == "cannot read the dates \"sometime\"")
        s = press(s, .char("t"), .enter)   // empty: no date filter
        #expect(ids(s).count == 4)
    }

    @Test func searchAsAFilter() {
        var s = press(type(press(Fixture.state(), .char("&")), "istanbul"), .enter)
        #expect(ids(s) == ["e4"] && render(s).line(39).contains("text: istanbul"))
        s = press(type(press(s, .char("F")), ""), .enter)
        #expect(s.filter.text == "istanbul")      // F opens the prompt with the filter in it
        s = press(s, .char("F"), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .enter)
        #expect(ids(s).count == 4)
    }

    @Test func exportChoosesAFormatAndAPathAndReturnsTheEffect() {
        var s = press(Fixture.state(filter: EventFilter(cities: ["Kharkiv"])), .char("e"))
        guard case .picker(let p) = s.mode else { Issue.record("no picker"); return }
        #expect(p.entries.map(\.value) == ["json", "csv", "markdown", "ics", "timelinejs"])
        s = press(s, .down, .enter)
        #expect(s.mode == .prompt(.exportPath(.csv), "chronology.csv"))
        for _ in "chronology.csv" { s = press(s, .backspace) }
        s = type(s, "out.csv")
        var t = s
        let effects = update(&t, .key(.enter))
        #expect(effects == [.export(ExportJob(format: .csv, path: "out.csv", chronology: s.chronology, events: s.visible))])
        #expect(s.visible.count == 2)
    }

    @Test func exportWriterWritesAtomicallyAndSaysWhere() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tltui-export-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = Fixture.state(filter: EventFilter(cities: ["Kharkiv"]))
        let path = dir.appendingPathComponent("k.csv").path
        let note = ExportWriter.write(ExportJob(format: .csv, path: path, chronology: s.chronology, events: s.visible))
        #expect(note == "wrote 2 events (csv) to \(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Shelling hit Kharkiv") && !text.contains("Negotiators meet"))
        let bad = ExportWriter.write(ExportJob(format: .csv, path: dir.path + "/no/such/dir/x.csv", chronology: s.chronology, events: s.visible))
        #expect(bad.hasPrefix("cannot write ") && !bad.contains("NSCocoaErrorDomain"))
    }

    @Test func openURLAndCopyCitationAreEffects() {
        var c = Fixture.chronology()
        c.documents[0].url = "https://example.org/a"
        var s = reduce(AppState(chronology: c), .resize(width: 120, height: 40))
        #expect(update(&s, .key(.char("o"))) == [.openURL("https://example.org/a")])
        #expect(update(&s, .key(.char("y"))) == [.copy("Wire A, 28 Mar 2022, https://example.org/a: “Shelling hit Kharkiv on Sunday, the governor reported.”")])
        // Without a URL: no effect, a message.
        var t = press(Fixture.state(), .char("G"), .char("]"))
        #expect(update(&t, .key(.char("o"))).isEmpty && t.message?.contains("has no URL") == true)
    }

    @Test func documentsViewListsArticlesAndOpensOne() {
        let info = CorpusInfo(paths: ["/data/story"], diagnostics: [Diagnostic(.warning, file: "b.txt", line: 3, "no publication date")])
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology(), info: info))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        s = press(s, .char("D"))
        #expect(s.mode == .documents(cursor: 0))
        let text = render(s).text
        #expect(text.contains("Wire A — Talks to resume in Istanbul") && text.contains("Paper B — Delegations head to Turkey"))
        #expect(text.contains("published 28 Mar 2022 (from sources.yaml) · 3 events · a.txt"))
        #expect(text.contains("! warning (line 3): no publication date"))
        s = press(s, .char("j"), .enter)
        #expect(s.mode == .browse && s.focus == .source && s.shownDocument?.id == "b" && s.selectedEvent?.id == "e2")
        #expect(press(s, .char("D"), .escape).mode == .browse)
    }

    @Test func reloadAsksForTheSamePathsAndTheAnswerReplacesTheCorpus() {
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology(), info: CorpusInfo(paths: ["/data/story"])))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        #expect(update(&s, .key(.char("R"))) == [.load(LoadJob(paths: ["/data/story"], isSample: false, isReload: true))])
        #expect(s.message == "reloading…")
        var synthetic = Fixture.state()
        #expect(update(&synthetic, .key(.char("R"))).isEmpty && synthetic.message?.contains("nothing to reload") == true)
    }

    @Test func clickOnTheDensityStripJumpsToThatDate() {
        var s = Fixture.state()
        let l = s.layout
        let strip = DensityStrip(s.density, width: l.timeline.width)!
        #expect(strip.columns == 3 && strip.step == 4)
        s = press(s, .click(x: l.timeline.x + 2 * strip.step, y: l.timeline.y + 1))   // the third day: 29 March
        #expect(s.selectedEvent?.id == "e4" && s.message == "from 29 Mar 2022")
        s = press(s, .click(x: l.timeline.x + strip.step, y: l.timeline.y + 2))       // on the axis: 28 March
        #expect(s.selectedEvent?.id == "e3")
        #expect(render(s).line(2).hasPrefix("27 Mar"))
    }
}
