import Testing
@testable import TimelineCore

/// A plan given a length "within" or "in" which it is to happen falls in that window from the day it is told
/// (`SentenceAnalysis.windowOfAPlan`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PlanWindowTests {
    static func dates(_ body: String) -> [String: EventDate] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-10\n---\nDesk.\n\n" + body + "\n")])
        var out: [String: EventDate] = [:]
        for m in c.events.flatMap(\.mentions) { if let t = m.triggerText { out[t] = m.date } }
        return out
    }

    @Test func aPlanWithinALengthFallsInItsWindow() {
        let d = Self.dates("The board will publish a preliminary report within 30 days.")
        #expect(d["publish"]?.value == "2025-10-10/2025-11-09")
    }

    @Test func anExpectationWithinALengthIsAnEventNow() {
        // (an expectation nothing dated had been no event at all)
        let d = Self.dates("The port expects to clear the backlog within two weeks.")
        #expect(d["clear"]?.value == "2025-10-10/2025-10-24")
    }

    @Test func theWindowRunsFromTheReport() {
        let d = Self.dates("Officials said on Monday that repairs would be finished within ten days.")
        #expect(d["repairs"]?.value == "2025-10-06/2025-10-16" || d["finished"]?.value == "2025-10-06/2025-10-16", "\(d.mapValues(\.value))")
    }

    @Test func whatHappenedWithinALengthIsNoWindow() {
        let d = Self.dates("The ship sank within minutes on Monday.")
        #expect(d["sank"]?.value == "2025-10-06")
    }
}
