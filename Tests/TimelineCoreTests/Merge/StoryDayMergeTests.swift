import Testing
@testable import TimelineCore

/// Two outlets' undated lines, each given its story's day, are one event when they are of one day, tell one predicate
/// and share two words of their own ("Two were ⟦pulled⟧ from the river by a pilot boat" / "two of them were ⟦plucked⟧
/// from the water by a pilot boat"); of two days they are two.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct StoryDayMergeTests {
    static func files(weeklyDay: String) -> [(String, String)] {
        [("wire.md", "---\npublished: 2026-10-13\n---\nWire.\n\nThe ship struck the pier at 1:28 a.m. on Tuesday. Six workers were on the deck. Two were pulled from the river by a pilot boat.\n"),
         ("weekly.md", "---\npublished: 2026-11-27\n---\nReview.\n\nAt 1:28 a.m. on \(weeklyDay), the Kolding's bow hit the pier. Six men went down with it. Two of them were plucked from the water by a pilot boat.\n")]
    }

    @Test func undatedLinesOfOneStoryDayWithOnePredicateAndTwoWordsAreOneEvent() throws {
        let c = ParaphraseMergeTests.chronology(Self.files(weeklyDay: "Tuesday, October 13"))
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "pulled" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "weekly"], "\(c.events.map(\.summary))")
    }

    @Test func undatedLinesOfTwoStoryDaysAreTwoEvents() throws {
        let c = ParaphraseMergeTests.chronology(Self.files(weeklyDay: "Monday, October 12"))
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "pulled" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire"], "\(c.events.map(\.summary))")
    }
}
