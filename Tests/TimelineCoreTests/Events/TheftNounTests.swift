import Testing
@testable import TimelineCore

/// "Theft", which WordNet derives from no verb, names stealing (`EventNounLexicon.unlinkedVerbs`): "the theft of a
/// sketch in 1987" and "the sketch stolen in 1987" are one event.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TheftNounTests {
    @Test func theTheftIsTheStealing() throws {
        #expect(EventNounLexicon.shared.predicateKey(noun: "theft") == "steal")
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2026-04-10\n---\nNews.\n\nThe theft of a Constable sketch from the gallery in 1987 was never solved.\n"),
            ("weekly.md", "---\npublished: 2026-04-12\n---\nReview.\n\nThe Constable sketch stolen from the gallery in 1987 has never been found.\n"),
        ])
        let theft = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "theft" } }, "\(c.events.map(\.summary))")
        #expect(Set(theft.documentIDs) == ["daily", "weekly"], "\(c.events.map(\.summary))")
    }
}
