import Testing
@testable import TimelineCore

/// The time of a clock ("at 6 a.m. local ⟦time⟧") is no happening, though WordNet lists "time" as an event.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ClockTimeNounTests {
    @Test(arguments: ["The corridor opened at 6 a.m. local time.", "The corridor opened at 6 a.m. local time today."])
    func theTimeOfAClockIsNoHappening(_ sentence: String) {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2026-11-15\n---\nCorridor\n\n" + sentence + "\n")])
        let triggers = c.events.flatMap { $0.mentions.compactMap(\.triggerText) }
        #expect(!triggers.contains("time"), "\(triggers)")
        #expect(triggers.contains("opened"), "\(triggers)")
    }
}
