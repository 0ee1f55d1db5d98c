import Testing
@testable import TimelineCore

/// "It" reopening is what the article last told closed, not the organisation named in between: "The mill suspended
/// production on Monday. Northline Logistics moved its trucks. ⟦It⟧ reopened on Thursday" is the mill.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ItReopenedTests {
    @Test func itReopeningIsWhatWasClosed() throws {
        let c = ParaphraseMergeTests.chronology([
            ("trade.md", "---\npublished: 2025-05-20\n---\nTrade.\n\nThe Harlow paper mill suspended production on Monday, May 12, after the spill. Northline Logistics moved its trucks to Dover the next day. It reopened on Thursday, May 15, after crews cleaned the river bank.\n"),
            ("daily.md", "---\npublished: 2025-05-17\n---\nDaily.\n\nThe Harlow paper mill reopened on Friday, three days after the spill.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reopened" && $0.document == "trade" } }, "\(c.events.map(\.summary))")
        #expect(!e.actors.contains { $0.contains("Northline") }, "\(e.actors)")
        #expect(Set(e.documentIDs) == ["trade", "daily"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(e.conflict)
    }

    /// (with nothing closed before it, "it" is still the organisation last the subject)
    @Test func withNothingClosedItIsTheOrganisation() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-05-20\n---\nWire.\n\nNorthline Logistics opened a depot in Dover on Monday. It reopened its Harlow office on Thursday.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reopened" } }, "\(c.events.map(\.summary))")
        #expect(e.actors.contains { $0.contains("Northline") }, "\(e.actors)")
    }
}
