import Testing
@testable import tltui
import TimelineCore

/// L goes from a plan to what came of it and back; the detail pane names the linked event.
@Suite struct PlanOutcomeKeyTests {
    /// The fixture with the planned round (e4) linked to the repairs (e3) as its outcome.
    static func state() -> AppState {
        var c = Fixture.chronology()
        let plan = c.events.firstIndex { $0.id == "e4" }!, outcome = c.events.firstIndex { $0.id == "e3" }!
        c.events[plan].outcomes = ["e3"]
        c.events[outcome].plans = ["e4"]
        return reduce(AppState(chronology: c), .resize(width: 120, height: 40))
    }

    func selectedID(_ s: AppState) -> String? { s.selectedEvent?.id }

    @Test func lJumpsFromThePlanToItsOutcomeAndBack() throws {
        var s = Self.state()
        let planRow = try #require(s.visible.firstIndex { s.chronology.events[$0].id == "e4" })
        s.select(planRow)
        s = press(s, .char("L"))
        #expect(selectedID(s) == "e3")
        #expect(s.message?.hasPrefix("outcome:") == true, "\(s.message ?? "")")
        s = press(s, .char("L"))
        #expect(selectedID(s) == "e4")
        #expect(s.message?.hasPrefix("plan:") == true)
    }

    @Test func theDetailPaneNamesTheLinkedEvent() throws {
        var s = Self.state()
        s.select(try #require(s.visible.firstIndex { s.chronology.events[$0].id == "e4" }))
        let lines = detailLines(s, width: 100).map(\.text)
        #expect(lines.contains { $0.contains("Came of it") && $0.contains("Repairs began in Kharkiv") }, "\(lines)")
    }

    @Test func anEventWithoutLinksSaysSo() {
        var s = Self.state()
        s.select(0)
        let before = selectedID(s)
        s = press(s, .char("L"))
        #expect(selectedID(s) == before)
        #expect(s.message?.contains("no plan or outcome") == true)
    }

    /// A filter hiding the outcome is cleared to show it.
    @Test func aFilterHidingTheOutcomeIsCleared() throws {
        var s = Self.state()
        s.conflictsOnly = true
        s.refilter()
        s.select(try #require(s.visible.firstIndex { s.chronology.events[$0].id == "e4" }))
        s = press(s, .char("L"))
        #expect(selectedID(s) == "e3")
        #expect(!s.conflictsOnly)
    }
}
