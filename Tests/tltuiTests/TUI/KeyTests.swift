@testable import tltui
import Testing
import TimelineCore

@Suite struct KeyTests {
    func selectedID(_ s: AppState) -> String? { s.selectedEvent?.id }

    @Test func movesWithViAndArrowKeys() {
        var s = Fixture.state()
        #expect(selectedID(s) == "e1")
        s = press(s, .char("j")); #expect(selectedID(s) == "e2")
        s = press(s, .down); #expect(selectedID(s) == "e3")
        s = press(s, .char("k")); #expect(selectedID(s) == "e2")
        s = press(s, .up, .up, .up); #expect(selectedID(s) == "e1")
        s = press(s, .char("G")); #expect(selectedID(s) == "e4")
        s = press(s, .char("g")); #expect(selectedID(s) == "e1")
        s = press(s, .end); #expect(selectedID(s) == "e4")
        s = press(s, .home); #expect(selectedID(s) == "e1")
        s = press(s, .pageDown); #expect(selectedID(s) == "e4")
        s = press(s, .pageUp); #expect(selectedID(s) == "e1")
    }

    @Test func pageMovesByVisibleRowsAndScrolls() {
        var s = reduce(AppState(chronology: syntheticChronology(events: 1000)), .resize(width: 120, height: 40))
        let rows = Layout(width: 120, height: 40).timelineRows
        func onScreen(_ s: AppState) -> Bool {
            let line = s.groups.line(ofRow: s.selected, expanded: s.selected, extra: s.selectedExtraLines)
            return s.timelineTop <= line && line < s.timelineTop + rows
        }
        // A page is the events on screen (date headers take lines too) less one.
        let page = s.pageRows
        #expect(page > rows / 2 && page < rows)
        s = press(s, .pageDown)
        #expect(s.selected == page && onScreen(s))
        let page2 = s.pageRows
        s = press(s, .pageDown)
        #expect(s.selected == page + page2 && onScreen(s))
        s = press(s, .end)
        #expect(s.selected == 999 && onScreen(s))
        #expect(s.timelineTop == s.groups.lineCount(rows: 1000, extra: s.selectedExtraLines) - rows)
        #expect(render(s).text.contains("Event 999:"))
    }

    @Test func tabAndShiftTabCycleFocusAndFocusedPaneScrolls() {
        var s = Fixture.state()
        s = press(s, .tab); #expect(s.focus == .detail)
        s = press(s, .char("j")); #expect(s.detailScroll == 1 && selectedID(s) == "e1")
        s = press(s, .tab); #expect(s.focus == .source)
        let before = s.sourceSentence
        s = press(s, .char("j")); #expect(s.sourceSentence == before + 1 && selectedID(s) == "e1")
        s = press(s, .tab); #expect(s.focus == .timeline)
        s = press(s, .backTab); #expect(s.focus == .source)
        s = press(s, .backTab); #expect(s.focus == .detail)
    }

    @Test func bracketsJumpBetweenTheSourcesOfAnEvent() {
        var s = press(Fixture.state(), .char("G"))
        #expect(selectedID(s) == "e4" && s.shownDocument?.id == "a")
        #expect(render(s).text.contains("Source: Talks to resume in Istanbul"))
        s = press(s, .char("]"))
        #expect(s.shownDocument?.id == "b" && selectedID(s) == "e4")
        let g = render(s)
        #expect(g.text.contains("Source: Delegations head to Turkey"))
        // The source pane highlights the other article's sentence about the event.
        let src = Layout(width: 120, height: 40).source
        let row = (src.y..<src.y + src.height).first { g.line($0).contains("The delegations are due in Istanbul") }
        guard let y = row else { Issue.record("sentence not in the source pane"); return }
        let x = src.x + 1
        #expect(g[x, y].style == .highlight)
        s = press(s, .char("]"))
        #expect(s.shownDocument?.id == "a")
        s = press(s, .char("["))
        #expect(s.shownDocument?.id == "b")
    }

    @Test func bracketOnSingleSourceEventSaysSo() {
        let s = press(Fixture.state(), .char("]"))
        #expect(s.shownDocument?.id == "a" && s.message != nil)
    }

    @Test func bracesWalkTheArticleInReadingOrder() {
        var s = press(Fixture.state(), .char("G"))   // e4: sentence 1 of article a
        s = press(s, .char("}")); #expect(selectedID(s) == "e1")  // sentence 2
        s = press(s, .char("}")); #expect(selectedID(s) == "e3")  // sentence 3
        s = press(s, .char("}")); #expect(selectedID(s) == "e3" && s.message != nil)
        s = press(s, .char("{")); #expect(selectedID(s) == "e1")
        s = press(s, .char("{")); #expect(selectedID(s) == "e4" && s.shownDocument?.id == "a")
    }

    @Test func bracesStayInTheOtherArticleAfterASourceJump() {
        var s = press(Fixture.state(), .char("G"), .char("]"))  // e4 in article b, sentence 1
        s = press(s, .char("}"))
        #expect(selectedID(s) == "e2" && s.shownDocument?.id == "b")
    }

    @Test func enterInSourcePaneSelectsTheSentencesEvent() {
        var s = press(Fixture.state(), .tab, .tab)   // source pane on article a, cursor on sentence 2 (e1)
        #expect(s.sourceSentence == 2)
        s = press(s, .char("j"))                     // sentence 3: the repairs
        s = press(s, .enter)
        #expect(selectedID(s) == "e3" && s.sourceSentence == 3)
        s = press(s, .char("k"), .char("k"), .enter) // sentence 1: the Istanbul round
        #expect(selectedID(s) == "e4")
        s = press(s, .char("k"), .enter)             // the headline: no event
        #expect(selectedID(s) == "e4" && s.message != nil)
    }

    @Test(arguments: ["Kharkiv", "kharkiv", "KHARKIV", "Khárkiv", " kharkiv "])
    func cityFilterAcceptsAnySpelling(_ spelling: String) {
        let s = Fixture.state(filter: EventFilter(cities: [spelling]))
        #expect(s.visible.map { s.chronology.events[$0].id } == ["e1", "e3"])
    }

    @Test func cityPickerListsCountsNarrowsAndApplies() {
        var s = press(Fixture.state(), .char("c"))
        guard case .picker(let p) = s.mode else { Issue.record("no picker"); return }
        #expect(p.entries.first?.name == "Kharkiv" && p.entries.first?.count == 2)
        #expect(Set(p.entries.map(\.name)) == ["Kharkiv", "Istanbul", "Kyiv"])
        #expect(render(s).text.contains("Kharkiv"))
        s = type(s, "khar")
        s = press(s, .enter)
        #expect(s.filter.cities == ["Kharkiv"])
        #expect(s.visible.map { s.chronology.events[$0].id } == ["e1", "e3"])
        #expect(render(s).text.contains("city: Kharkiv"))
        // Moves respect the filter.
        s = press(s, .char("j")); #expect(selectedID(s) == "e3")
        s = press(s, .char("j")); #expect(selectedID(s) == "e3")
        // Esc and x clear it.
        #expect(press(s, .escape).visible.count == 4)
        #expect(press(s, .char("x")).visible.count == 4)
    }

    @Test func pickerEscapeCancels() {
        let s = press(Fixture.state(), .char("c"), .char("k"), .escape)
        #expect(s.mode == .browse && s.filter.isEmpty)
    }

    @Test func sourcePickerFilters() {
        var s = press(Fixture.state(), .char("s"))
        s = type(s, "paper")
        s = press(s, .enter)
        #expect(s.filter.sources == ["Paper B"])
        #expect(s.visible.map { s.chronology.events[$0].id } == ["e2", "e4"])
    }

    @Test func searchWithNextAndPrevious() {
        var s = press(Fixture.state(), .char("/"))
        s = type(s, "kharkiv")
        s = press(s, .enter)
        #expect(selectedID(s) == "e1" && s.search == "kharkiv")
        s = press(s, .char("n")); #expect(selectedID(s) == "e3")
        s = press(s, .char("n")); #expect(selectedID(s) == "e1")
        s = press(s, .char("N")); #expect(selectedID(s) == "e3")
    }

    @Test func searchRespectsFilters() {
        var s = Fixture.state(filter: EventFilter(sources: ["Paper B"]))
        s = type(press(s, .char("/")), "istanbul")
        s = press(s, .enter)
        #expect(selectedID(s) == "e4")
        s = press(s, .char("n")); #expect(selectedID(s) == "e4")
    }

    @Test func colonJumpsToADate() {
        var s = type(press(Fixture.state(), .char(":")), "2022-03-28")
        s = press(s, .enter)
        #expect(selectedID(s) == "e3")
        s = type(press(s, .char(":")), "not a date")
        s = press(s, .enter)
        #expect(selectedID(s) == "e3" && s.message != nil)
    }

    @Test(arguments: [(120, 40), (80, 24), (160, 45)])
    func helpOverlayListsEveryBindingAndTheLegend(_ w: Int, _ h: Int) {
        var s = press(Fixture.state(width: w, height: h), .char("?"))
        // Where it does not fit, ↓ scrolls it; gather every screenful.
        var text = render(s).text
        while case .help(let scroll) = s.mode, scroll < helpLayout(s).overflow { s = press(s, .down); text += render(s).text }
        for b in helpRows(ascii: false) { #expect(text.contains(b.help) && text.contains(b.keys), "\(b)") }
        for mark in ["● happened", "○ planned or expected", "◆ claimed", "≠ sources disagree", "≤ no date in the text", "Mouse:"] {
            #expect(text.contains(mark), "\(mark) at \(w)x\(h)")
        }
        s = press(s, .char("x"))
        #expect(s.mode == .browse && selectedID(s) == "e1" && s.filter.isEmpty)
    }

    @Test func qQuits() {
        #expect(press(Fixture.state(), .char("q")).quit)
    }

    @Test func mouseClickSelectsAndFocusesWheelScrolls() {
        let l = Layout(width: 120, height: 40)
        // Lines: date header, e1, e2, date header, e3, …; a click on e3's line selects it.
        var s = press(Fixture.state(), .click(x: 5, y: l.timeline.y + 3 + 4))
        #expect(selectedID(s) == "e3" && s.focus == .timeline)
        s = press(s, .click(x: l.source.x + 3, y: l.source.y + 3))
        #expect(s.focus == .source)
        // Clicking a sentence in the source pane puts the cursor on it; Enter selects its event.
        let g = render(s)
        let row = (l.source.y..<l.source.y + l.source.height).first { g.line($0).contains("Negotiators will meet") }
        if let y = row {
            s = press(s, .click(x: l.source.x + 5, y: y), .enter)
            #expect(selectedID(s) == "e4" && s.focus == .source)
        } else { Issue.record("sentence not shown") }
        s = press(s, .click(x: 5, y: l.timeline.y + 3))
        #expect(selectedID(s) == "e1" && s.focus == .timeline)
        s = press(s, .wheelDown(x: 3, y: 5))
        #expect(selectedID(s) == "e4")
        s = press(s, .wheelUp(x: 3, y: 5))
        #expect(selectedID(s) == "e1")
    }
}

@Suite struct MoreKeyTests {
    @Test func pagingKeysOfLessAndVi() {
        let base = reduce(AppState(chronology: syntheticChronology(events: 300)), .resize(width: 120, height: 40))
        let page = base.pageRows
        #expect(press(base, .ctrl("f")).selected == page)
        #expect(press(base, .char(" ")).selected == page)
        #expect(press(base, .ctrl("f"), .ctrl("b")).selected == 0)
        let down = press(base, .ctrl("f"), .ctrl("f"))
        #expect(press(down, .char("b")) == press(down, .ctrl("b")) && press(down, .char("b")) == press(down, .pageUp))
        #expect(press(down, .char("b")).selected < down.selected)
        #expect(press(base, .ctrl("d")).selected == page / 2)
        let half = press(base, .ctrl("d"), .ctrl("d"))
        #expect(press(half, .ctrl("u")).selected == half.selected - half.pageRows / 2)
    }

    @Test func numberKeysAndHLSwitchPanes() {
        var s = Fixture.state()
        s = press(s, .char("3")); #expect(s.focus == .source)
        s = press(s, .char("1")); #expect(s.focus == .timeline)
        s = press(s, .char("2")); #expect(s.focus == .detail)
        s = press(s, .char("l")); #expect(s.focus == .source)
        s = press(s, .char("l")); #expect(s.focus == .source)
        s = press(s, .char("h"), .left); #expect(s.focus == .timeline)
        s = press(s, .left); #expect(s.focus == .timeline)
        s = press(s, .right); #expect(s.focus == .detail)
    }

    @Test func labelsComeFromTheBoundKeys() {
        let down = Keymap.bindings.first { $0.action == .down }
        #expect(down?.label() == "↓ j" && down?.label(ascii: true) == "Down j")
        let page = Keymap.bindings.first { $0.action == .pageDown }
        #expect(page?.label() == "PgDn Space Ctrl-F")
        // No key is bound twice in one table.
        let keys = Keymap.bindings.flatMap(\.keys)
        #expect(Set(keys.map { $0.label() }).count == keys.count)
    }
}
