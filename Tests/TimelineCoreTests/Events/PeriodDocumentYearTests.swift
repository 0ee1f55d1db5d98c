import Testing
@testable import TimelineCore

/// A year before the noun of a period's accounts or plans ("the 2024 accounts", "its 2027 budget") names the period
/// they cover, not the day anything was done with them.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PeriodDocumentYearTests {
    @Test func theYearOfTheAccountsDatesNoRefusal() throws {
        let c = ParaphraseMergeTests.chronology([
            ("paper.md", "---\npublished: 2025-06-20\n---\nNews.\n\nThe auditor refused to sign off on the 2024 accounts.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "refused" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value != "2024", "\(e.date.value)")
    }

    /// A year before a happening's noun still dates it: "the 2019 election" was in 2019.
    @Test func theYearOfAnElectionDatesIt() throws {
        let c = ParaphraseMergeTests.chronology([
            ("paper.md", "---\npublished: 2025-06-20\n---\nNews.\n\nShe lost the 2019 election.\n"),
        ])
        #expect(c.events.contains { $0.date.value == "2019" }, "\(c.events.map { "\($0.date.value) \($0.summary)" })")
    }
}
