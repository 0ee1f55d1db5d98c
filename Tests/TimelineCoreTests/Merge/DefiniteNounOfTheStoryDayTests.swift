import Testing
@testable import TimelineCore

/// "taken to hospital after ⟦the evacuation⟧ on Sunday" (a daily) and "Within 90 seconds the crew had ⟦evacuated⟧ all
/// 118 passengers" (a weekly, on its story's Sunday): a bare definite event noun dated to a day names the one happening
/// of its predicate that day, which another outlet's undated line of that day and predicate tells.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct DefiniteNounOfTheStoryDayTests {
    static let daily = ("daily.md", "---\npublished: 2025-10-06\n---\nJet skids off runway.\n\nNine people were taken to the regional hospital after the evacuation on Sunday.\n")

    @Test func theStoryDaysLineIsTheNamedHappening() throws {
        let c = ParaphraseMergeTests.chronology([
            Self.daily,
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nAt 9:47 p.m. on Sunday, Oct. 5, the jet touched down far along the runway. Within 90 seconds the crew had evacuated all 118 passengers.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "evacuated" } }, "\(c.events.map(\.summary))")
        #expect(e.mentions.contains { $0.triggerText == "evacuation" }, "\(c.events.map { ($0.summary, $0.mentions.map(\.triggerText)) })")
    }

    /// A line of the publication's day (not the story's) is not placed on that day, and stays apart.
    @Test func aLineOfAnotherDayStaysApart() throws {
        let c = ParaphraseMergeTests.chronology([
            Self.daily,
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nThe council evacuated two schools after a gas leak.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "evacuated" } }, "\(c.events.map(\.summary))")
        #expect(!e.mentions.contains { $0.triggerText == "evacuation" })
    }
}
