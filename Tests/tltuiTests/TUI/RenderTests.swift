@testable import tltui
import Testing
import TimelineCore

@Suite struct RenderTests {
    func chronology(summaries: [String]) -> Chronology {
        let base = Fixture.chronology()
        var events = base.events
        for (i, s) in summaries.enumerated() where i < events.count { events[i].summary = s }
        return Chronology(documents: base.documents, events: events)
    }

    @Test(arguments: [
        "北京与上海的代表在伊斯坦布尔举行会谈并同意继续谈判，双方表示进展顺利而且将继续会谈",
        "Zelensky’s “neutrality” offer — Kharkiv’s mayor Ігор Терехов said – “ça va” – repeatedly, again and again",
        "한국 대표단이 이스탄불에서 회담을 재개했다고 밝혔다 한국 대표단이 이스탄불에서 회담을 재개했다",
        "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ａｔ ｔｈｅ ｅｄｇｅ ｏｆ ｔｈｅ ｐａｎｅ ｉｓ ｃｕｔ ｃｌｅａｎｌｙ",
    ])
    func wideCharactersKeepThePaneEdge(_ summary: String) {
        for (w, h) in [(120, 40), (131, 40), (80, 24), (81, 24)] {
            let s = reduce(AppState(chronology: chronology(summaries: [summary, summary + "x"])), .resize(width: w, height: h))
            let g = render(s)
            let l = Layout(width: w, height: h)
            for y in 0..<(h - 1) {
                // Every row's graphemes add up to the grid width: nothing overflowed or was split.
                #expect(DisplayWidth.of(g.line(y)) == w)
                if l.kind == .wide { #expect(g[l.timeline.width, y].char == "│") }
            }
            // Under its date header, the cut summary ends with the ellipsis, the source tag still at the right edge.
            #expect(g.line(l.timeline.y + 3).hasPrefix("Sun 27 Mar 2022"))
            let row = (0..<h).map { g.line($0) }.first { $0.contains("Paper B") } ?? ""
            #expect(row.contains("…"))
        }
    }

    @Test func asciiMarksOutsideUTF8() {
        var s = press(Fixture.state(), .char("G"))
        s.ascii = true
        let text = render(s).text
        #expect(!text.contains("●") && !text.contains("│") && !text.contains("█"))
        #expect(text.contains("o! Negotiators meet in Istanbul"))
    }

    @Test(arguments: [
        (EventDate(value: "2022-03-28", interval: DayInterval(day: Day(year: 2022, month: 3, day: 28)!), granularity: .day), "Mon 28 Mar 2022"),
        (EventDate(value: "2022-03-28/2022-03-30", interval: DayInterval(Day(year: 2022, month: 3, day: 28)!, Day(year: 2022, month: 3, day: 30)!), granularity: .day), "28–30 Mar 2022"),
        (EventDate(value: "2022-W12", interval: DayInterval(Day(year: 2022, month: 3, day: 21)!, Day(year: 2022, month: 3, day: 27)!), granularity: .week), "week 12, 2022 (21–27 Mar 2022)"),
        (EventDate(value: "1986", interval: DayInterval(Day(year: 1986, month: 1, day: 1)!, Day(year: 1986, month: 12, day: 31)!), granularity: .year), "1986"),
        (EventDate(value: "2022-03", interval: DayInterval(Day(year: 2022, month: 3, day: 1)!, Day(year: 2022, month: 3, day: 31)!), granularity: .month), "Mar 2022"),
    ])
    func datesAtTheirPrecision(_ d: EventDate, _ text: String) {
        #expect(DateText(d, modality: .happened).text == text)
    }

    /// Rendering reads only the visible rows: a frame of a 100,000-event chronology shows the same
    /// window as a small one, and moving far down shows the right rows.
    @Test func rendersOnlyTheVisibleWindow() {
        var big = reduce(AppState(chronology: syntheticChronology(events: 100_000)), .resize(width: 120, height: 40))
        big = press(big, .end)
        let g = render(big)
        let rows = Layout(width: 120, height: 40).timelineRows
        #expect(g.line(3 + rows - 1).contains("Event 99999:"))
        // The window above it: the rows drawn are the last ones, under their date headers (ten events a day).
        let lines = timelineLines(big)
        #expect(lines.count == rows && lines.last == .event(row: 99_999, part: 0))
        if case .event(let r, _) = lines[1] { #expect(g.line(4).contains("Event \(r):")) }
        #expect(g.text.contains("event 100000 of 100000"))
    }

    @Test func statusShowsPositionFiltersAndHelpKey() {
        let s = press(Fixture.state(filter: EventFilter(cities: ["kharkiv"])), .char("j"))
        let status = render(s).line(39)
        #expect(status.contains("event 2 of 2") && status.contains("city: kharkiv") && status.contains("? help"))
    }

    @Test func plainTextListsEveryVisibleEvent() {
        let text = plainChronology(Fixture.state(filter: EventFilter(cities: ["Kharkiv"])))
        #expect(text.contains("Sun 27 Mar 2022\thappened\tShelling hit Kharkiv\t[Wire A]"))
        #expect(text.contains("Repairs began in Kharkiv") && !text.contains("Istanbul\t"))
    }
}

@Suite struct DensityTests {
    @Test func countsByDayRange() {
        let d = Density(dayNumbers: [10, 10, 12, 20, 20, 20])
        #expect(d.count(from: 0, to: 100) == 6)
        #expect(d.count(from: 10, to: 11) == 2)
        #expect(d.count(from: 11, to: 20) == 1)
        #expect(d.count(from: 20, to: 21) == 3)
        #expect(d.count(from: 21, to: 30) == 0)
        #expect(d.first == 10 && d.last == 20)
    }

    @Test func stripShowsTheShapeAndMarksTheSelection() {
        var s = Fixture.state()
        let strip = { (s: AppState) in render(s).line(1).prefix(12) }
        #expect(strip(s) == "████▄▄▄▄▄▄▄▄")   // 2 events on the 27th, 1 on the 28th, 1 on the 29th
        #expect(render(s)[0, 1].style == .highlight && render(s)[4, 1].style == .strip)
        s = press(s, .char("G"))
        #expect(render(s)[8, 1].style == .highlight && render(s)[0, 1].style == .strip)
    }
}

@Suite struct DateQueryTests {
    static let ref = Day(year: 2022, month: 3, day: 28)!
    @Test(arguments: [
        ("2022-03-29", "2022-03-29"), ("28 March", "2022-03-28"), ("March 28", "2022-03-28"), ("28 Mar 2021", "2021-03-28"),
        ("march 2022", "2022-03-01/2022-03-31"), ("2022-04", "2022-04-01/2022-04-30"), ("1986", "1986-01-01/1986-12-31"),
        ("yesterday", "2022-03-27"), ("last week", "2022-03-21/2022-03-27"),
    ])
    func reads(_ text: String, _ expected: String) {
        #expect(parseDateQuery(text, reference: Self.ref)?.description == expected)
    }

    @Test(arguments: ["", "soon", "31 February", "2022-13-01"])
    func rejects(_ text: String) {
        #expect(parseDateQuery(text, reference: Self.ref) == nil)
    }
}

@Suite struct SourcePaneTests {
    @Test func marksTheTemporalExpressionInTheHighlightedSentence() {
        let s = press(Fixture.state(), .char("G"))
        let g = render(s)
        let src = Layout(width: 120, height: 40).source
        guard let y = (src.y..<src.y + src.height).first(where: { g.line($0).contains("Negotiators will meet") }) else {
            Issue.record("sentence not shown"); return
        }
        let styles = (src.x..<src.x + src.width).map { g[$0, y] }
        let marked = String(styles.filter { $0.style == .timex }.map(\.char))
        #expect(marked == "on Tuesday")
        #expect(styles.contains { $0.style == .highlight })
    }

    @Test func keepsTheMentionVisibleInALongArticle() {
        // 50 sentences in five-sentence paragraphs; event 49 sits at the end.
        var s = reduce(AppState(chronology: syntheticChronology(events: 50)), .resize(width: 120, height: 40))
        s = press(s, .char("G"))
        let g = render(s)
        let src = Layout(width: 120, height: 40).source
        let highlighted = (src.y..<src.y + src.height).filter { y in (src.x..<src.x + src.width).contains { g[$0, y].style == .highlight } }
        #expect(!highlighted.isEmpty)
    }
}
