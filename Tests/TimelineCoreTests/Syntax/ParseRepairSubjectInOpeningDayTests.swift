import Testing
@testable import TimelineCore

/// "⟦That evening⟧ several families were moved to a school": the subject read as a modifier of the day opening the
/// sentence (`ParseRepair.subjectReadIntoAnOpeningDay`).
struct ParseRepairSubjectInOpeningDayTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounAfterTheDayIsTheSubjectAndTheDayTheVerbsTime() throws {
        let model = try #require(SyntaxModel.shared)
        for (example, subject) in zip(ParseRepair.subjectReadIntoAnOpeningDay.examples, ["families", "people"]) {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            #expect(t.head(p, subject) == "moved" && t.rel(p, subject) == "nsubj:pass", "\(example)")
            #expect(t.rel(p, example.contains("evening") ? "evening" : "night") == "obl:tmod", "\(example)")
        }
    }

    /// The clause's summary names who was moved, with no day before them.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theSummaryHasItsSubject() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-11-20\n---\nReview.\n\nThe river rose on Monday, Nov. 3. That night about 1,200 people from two villages were moved to evacuation centres.\n"),
        ])
        #expect(c.events.contains { $0.summary.hasPrefix("About 1,200 people from two villages were moved") }, "\(c.events.map(\.summary))")
    }
}
