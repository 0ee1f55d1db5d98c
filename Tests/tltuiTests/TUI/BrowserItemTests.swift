@testable import tltui
import Testing
import TimelineCore

/// The browser's reading aids: date headers, bound dates, whole summaries, grouped sources, search feedback.
@Suite struct BrowserItemTests {
    /// The fixture with an undated-in-its-sentence report (on or before publication), an undated plan, and an event
    /// with no calendar position at all.
    static func boundChronology() -> Chronology {
        let base = Fixture.chronology()
        var events = base.events
        var bound = events[0]
        bound.id = "b1"; bound.summary = "Power was cut in Kharkiv"
        bound.date = EventDate(value: Fixture.day28.iso, interval: DayInterval(day: Fixture.day28), granularity: .day, isFallback: true)
        var plan = events[3]
        plan.id = "b2"; plan.summary = "Talks will go on"; plan.conflict = false; plan.mentions = [plan.mentions[0]]
        plan.date = bound.date
        var unknown = events[1]
        unknown.id = "b3"; unknown.summary = "Something happened once"
        unknown.date = EventDate(value: "PAST_REF", interval: nil, granularity: .unknown, isFallback: true)
        events += [bound, plan, unknown]
        return Chronology(documents: base.documents, events: events)
    }

    @Test func rowsSitUnderOneHeaderPerDate() {
        let s = Fixture.state()
        let lines = timelineLines(s)
        #expect(lines == [.header(row: 0), .event(row: 0, part: 0), .event(row: 1, part: 0), .header(row: 2),
                          .event(row: 2, part: 0), .header(row: 3), .event(row: 3, part: 0)])
        let g = render(s)
        #expect(g.line(3).hasPrefix("Sun 27 Mar 2022 ") && g.line(4).hasPrefix(" ●  Shelling hit Kharkiv"))
    }

    @Test func boundDatesAreMarkedAndDimmedAndUnknownSaysSo() {
        let s = reduce(AppState(chronology: Self.boundChronology()), .resize(width: 140, height: 40))
        let g = render(s)
        let text = g.text
        // One header for the day; the rows dated only by their publication carry ≤ (reported by then) or ≥ (planned).
        #expect(text.contains("Mon 28 Mar 2022  ≤ no date given: on or before publication, ≥ planned"))
        let y = (0..<40).first { g.line($0).contains("Power was cut in Kharkiv") }!
        #expect(g.line(y).hasPrefix("≤●  Power was cut") && g[0, y].style == .dateBound)
        #expect((0..<40).contains { g.line($0).hasPrefix("≥○  Talks will go on") })
        #expect(text.contains("date unknown") && !text.contains("PAST_REF"))
        let stated = (0..<40).first { g.line($0).hasPrefix(" ◆  Repairs began") }!
        #expect(g[0, stated].char == " ")
        // The detail pane says it in words.
        let row = s.visible.firstIndex { s.chronology.events[$0].id == "b1" }!
        var t = s; t.select(row)
        #expect(render(t).text.contains("no date in the text: reported by publication, so on or before it"))
        // ASCII terminals get <= instead.
        #expect(render(t).text.contains("Date: ≤ Mon 28 Mar 2022"))
        t.ascii = true
        #expect(render(t).text.contains("Date: <= Mon 28 Mar 2022") && render(t).text.contains("<*  Power was cut"))
    }

    @Test func theSelectedRowShowsItsWholeSummary() {
        let long = "Negotiators from both delegations will meet in Istanbul on Tuesday to discuss a ceasefire, humanitarian corridors and the status of the occupied regions, officials said"
        var c = Fixture.chronology()
        c.events[3].summary = long
        var s = press(reduce(AppState(chronology: c), .resize(width: 120, height: 40)), .char("G"))
        #expect(s.selectedExtraLines > 0)
        let text = render(s).text
        for word in ["ceasefire,", "humanitarian", "occupied", "officials said"] { #expect(text.contains(word)) }
        // Not selected, it is cut to one line.
        s = press(s, .char("g"))
        #expect(s.selectedExtraLines == 0 && !render(s).text.contains("officials said"))
    }

    @Test func splitFollowsTheWidthAndTheKeys() {
        #expect(Layout(width: 100, height: 30).timeline.width == 45)
        #expect(Layout(width: 160, height: 45).timeline.width == 88)
        var s = Fixture.state(width: 160, height: 45)
        s = press(s, .char(">")); #expect(s.layout.timeline.width == 96)
        s = press(s, .char("+")); #expect(s.layout.timeline.width == 104)
        s = press(s, .char("<"), .char("-"), .char("-")); #expect(s.layout.timeline.width == 80)
        for _ in 0..<20 { s = press(s, .char("<")) }
        #expect(s.layout.timeline.width == 40 && s.message == "the timeline is at its narrowest")
        // Narrow screens have no split to move.
        #expect(press(Fixture.state(width: 80, height: 24), .char(">")).message?.contains("100 columns") == true)
    }

    @Test(arguments: [
        ("Ghana News Agency (dpa)", "dpa"), ("City A.M.", "City A.M."), ("The New York Times", "NYT"),
        ("The Guardian", "Guardian"), ("Wall Street Journal", "WSJ"), ("Baltimore Sunrise", "Baltimore"),
    ])
    func outletTagsAreShort(_ name: String, _ tag: String) {
        #expect(OutletTags.short(name) == tag)
    }

    /// Printable ASCII names take a path of their own, by bytes: it gives what the general one gives.
    @Test(arguments: [
        "Ghana News Agency (dpa)", "City A.M.", "The New York Times", "The Guardian", "Wall Street Journal", "Baltimore Sunrise",
        "  padded (AP)  ", "()", "(dpa)", "x (   )", "The ", "The", " The Herald ", "000123_talks-resume-in-istanbul",
        "a rather long lowercase name", "Associated Press", "Agence France-Presse", "UPI", "The Verylongfirstword and more",
        "Verylongfirstword", "Twelve chars", "Thirteen char", "", "   ", "x (a very long agency name)",
    ])
    func asciiTagsAreTheGeneralOnes(_ name: String) {
        #expect(OutletTags.shortASCII(name) != nil)
        #expect(OutletTags.shortASCII(name) == OutletTags.shortGeneral(name), "\(name)")
        #expect(OutletTags.cut(name) == DisplayWidth.truncate(name, to: OutletTags.maxWidth))
    }

    @Test func nonASCIITagsTakeTheGeneralPath() {
        #expect(OutletTags.shortASCII("Київська правда") == nil)
        #expect(OutletTags.short("Le Monde (AFP)") == "AFP")
        #expect(OutletTags.short("Süddeutsche Zeitung Online Ausgabe") == "SZOA")
    }

    @Test func clashingTagsKeepMoreOfTheName() {
        let tags = OutletTags(names: ["Ghana News Agency (dpa)", "Berliner Zeitung (dpa)", "City A.M."])
        #expect(tags.tag("City A.M.") == "City A.M.")
        #expect(tags.tag("Ghana News Agency (dpa)") != tags.tag("Berliner Zeitung (dpa)"))
    }

    @Test func detailShowsOneLinePerOutletAndDateDissentFirst() {
        // Three mentions by Wire A with one date, one by Paper B with another: the dissent (Paper B) first.
        var c = Fixture.chronology()
        let m = c.events[3].mentions
        c.events[3].mentions = [m[0], m[0], m[1], m[0]]
        let s = press(reduce(AppState(chronology: c), .resize(width: 120, height: 40)), .char("G"))
        let groups = mentionGroups(s.selectedEvent!, documents: s.documents)
        #expect(groups.map(\.outlet) == ["Paper B", "Wire A"] && groups.map(\.dissent) == [true, false])
        #expect(groups[1].mentions == [0, 1, 3])
        let lines = detailLines(s, width: 60).map(\.text)
        let paper = lines.firstIndex { $0.contains("Paper B · Mon 28 Mar 2022") }
        let wire = lines.firstIndex { $0.contains("Wire A · Tue 29 Mar 2022 · 3 mentions") }
        #expect(paper != nil && wire != nil && paper! < wire!)
        #expect(lines.filter { $0.contains("Wire A ·") }.count == 1)
        #expect(lines[paper!].contains("≠"))
    }

    @Test func enterOnASourceInTheDetailPaneOpensItInTheSourcePane() {
        var s = press(Fixture.state(), .char("G"), .char("2"))
        #expect(s.shownDocument?.id == "a")
        s = press(s, .enter)   // the cursor is on the first line: the dissent, Paper B
        #expect(s.focus == .source && s.shownDocument?.id == "b" && s.message == "Paper B")
        s = press(s, .char("2"), .char("j"), .enter)
        #expect(s.focus == .source && s.shownDocument?.id == "a")
    }

    @Test func searchSaysWhichMatchAndWhenItWraps() {
        var s = type(press(Fixture.state(), .char("/")), "kharkiv")
        s = press(s, .enter)
        #expect(s.message == "match 1 of 2")
        s = press(s, .char("n")); #expect(s.message == "match 2 of 2")
        s = press(s, .char("n")); #expect(s.message == "match 1 of 2 · wrapped to the top")
        s = press(s, .char("N")); #expect(s.message == "match 2 of 2 · wrapped to the bottom")
        // The match is highlighted in the timeline row.
        let g = render(s)
        let y = (0..<40).first { g.line($0).hasPrefix(" ◆  Repairs began in Kharkiv") }!
        let x = DisplayWidth.of(String(g.line(y).prefix { $0 != "K" }))
        #expect(g[x, y].style == .match && g[x + 6, y].style == .match && g[x + 7, y].style != .match)
    }

    @Test func searchInASentenceOpensThatSourceAndHighlightsIt() {
        // "Kremlin" is only in Paper B's sentence about the Istanbul round.
        var s = type(press(Fixture.state(), .char("/")), "kremlin")
        s = press(s, .enter)
        #expect(s.selectedEvent?.id == "e4" && s.shownDocument?.id == "b")
        #expect(s.message == "match 1 of 1 · in the sentence of Paper B")
        let g = render(s)
        let src = s.layout.source
        let y = (src.y..<src.y + src.height).first { g.line($0).contains("Kremlin") }!
        let x = src.x + 1 + DisplayWidth.of(String(g.line(y).dropFirst(src.x + 1).prefix { $0 != "K" }))
        #expect(g[x, y].style == .match)
    }

    @Test func bracketsSayWhichSource() {
        var s = press(Fixture.state(), .char("G"), .char("]"))
        #expect(s.message == "source 2 of 2: Paper B")
        s = press(s, .char("]"))
        #expect(s.message == "source 1 of 2: Wire A (wrapped)")
    }

    @Test func dateJumpSaysWhatItUnderstood() {
        var s = press(type(press(Fixture.state(), .char(":")), "last week"), .enter)
        #expect(s.message == "last week = 21–27 Mar 2022, from the newest article (Mon 28 Mar 2022)")
        s = press(type(press(s, .char(":")), "2022-03-28"), .enter)
        #expect(s.message == "2022-03-28 = 28 Mar 2022" && s.selectedEvent?.id == "e3")
    }

    @Test(arguments: ["kiev", "KIEV", "Kyiv", "kyi"])
    func cityPickerReadsOtherSpellings(_ typed: String) {
        var s = type(press(Fixture.state(), .char("c")), typed)
        guard case .picker(let p) = s.mode else { Issue.record("no picker"); return }
        #expect(p.shown.map(\.name) == ["Kyiv"])
        s = press(s, .enter)
        #expect(s.filter.cities == ["Kyiv"] && s.visible.map { s.chronology.events[$0].id } == ["e2"])
    }

    @Test func statusLineNamesTheCorpusAndTheSampleSaysSo() {
        let info = CorpusInfo(paths: ["/home/me/my-story"], isSample: false,
                              diagnostics: [Diagnostic(.warning, file: "x.txt", "no date")])
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology(), info: info))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        #expect(render(s).line(39).contains("my-story · 2 documents · 1 warning"))
        var sample = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology(), info: CorpusInfo(paths: ["/x/seeds"], isSample: true)))
        _ = update(&sample, .start(Size(width: 120, height: 40)))
        let status = render(sample).line(39)
        #expect(status.contains("no articles here: showing the bundled sample (/x/seeds)"))
        sample = press(sample, .char("j"))
        #expect(render(sample).line(39).contains("sample corpus (no articles here) · 2 documents"))
    }
}

@Suite struct CorpusNoticeTests {
    @Test func theNoticeOfACorpusFoundHereIsShownAtStart() {
        let info = CorpusInfo(paths: ["/home/me/story"], notice: "no PATH given: reading the articles in /home/me/story")
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology(), info: info))
        _ = update(&s, .start(Size(width: 140, height: 40)))
        #expect(render(s).line(39).contains("no PATH given: reading the articles in /home/me/story"))
    }
}
