import Testing
import TimelineCore
@testable import tltui

@Suite struct ActorPickerTests {
    /// The fixture's events with actors: two spellings of one name, and another name.
    static func state() -> AppState {
        var c = Fixture.chronology()
        c.events[0].actors = ["Volodymyr Zelensky"]
        c.events[2].actors = ["Volodymyr Zelenskyy", "Dmitry Peskov"]
        c.events[3].mentions[0].attribution = "Dmitry Peskov"
        return AppState(chronology: c)
    }

    @Test func listsActorsWithCountsNarrowsByAnySpellingAndApplies() {
        var s = press(Self.state(), .char("A"))
        guard case .picker(let p) = s.mode else { Issue.record("no picker"); return }
        #expect(p.kind == .actor)
        #expect(p.entries.map(\.name) == ["Dmitry Peskov", "Volodymyr Zelensky"])
        #expect(p.entries.map(\.count) == [2, 2])
        s = type(s, "zelenskiy")
        guard case .picker(let narrowed) = s.mode else { Issue.record("picker closed"); return }
        #expect(narrowed.shown.map(\.name) == ["Volodymyr Zelensky"])
        s = press(s, .enter)
        #expect(s.filter.actors == ["Volodymyr Zelensky"])
        #expect(s.visible.map { s.chronology.events[$0].id } == ["e1", "e3"])
        #expect(render(s).text.contains("actor: Volodymyr Zelensky"))
        #expect(press(s, .char("x")).visible.count == 4)
    }
}
