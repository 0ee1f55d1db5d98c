import Testing
@testable import TimelineCore

/// Two outlets' words for one happening are one predicate (`PhrasalPredicates`), so the merge joins what it would join
/// for one verb.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NewsParaphraseTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aStockThatSoaredAndOneThatJumpedByOneFigureAreOneRise() {
        let a = F.extract("Its shares soared 40 percent ⟦on Monday⟧ after the bid.", values: ["2026-02-09"], id: "a", published: "2026-02-09")
        let b = F.extract("The company's stock jumped 40% ⟦on Monday⟧.", values: ["2026-02-09"], id: "b", published: "2026-02-10")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func aStockThatSoaredAndOneThatSankStayApart() {
        let a = F.extract("Its shares soared 40 percent ⟦on Monday⟧ after the bid.", values: ["2026-02-09"], id: "a", published: "2026-02-09")
        let b = F.extract("The company's stock sank 40% ⟦on Monday⟧.", values: ["2026-02-09"], id: "b", published: "2026-02-10")
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }
}
