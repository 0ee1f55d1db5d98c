import Testing
@testable import TimelineCore

/// A date hung on the second predicate of a small clause ("ordered him held … the following day", "found the two men
/// guilty on Tuesday") is the date of the verb that makes it (`ParseRepair.dateOnTheSecondPredicateOfASmallClause`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairSmallClauseDateTests {
    let t = ParseRepairTests()

    @Test(arguments: [(0, "ordered", "day"), (1, "found", "Tuesday")])
    func theDateIsTheVerbs(_ example: Int, _ verb: String, _ date: String) throws {
        let model = try #require(SyntaxModel.shared)
        let s = ParseRepair.dateOnTheSecondPredicateOfASmallClause.examples[example]
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.head(p, date) == verb, "\(s)")
    }

    /// In an article, the order is dated by the day after the one in focus.
    @Test func anOrderToHoldSomeoneIsDated() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2026-04-14\n---\nNews.\n\nThe driver was arrested on March 3. A magistrate ordered him held without bail the following day.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "ordered" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2026-03-04", "\(e.date.value)")
    }
}
