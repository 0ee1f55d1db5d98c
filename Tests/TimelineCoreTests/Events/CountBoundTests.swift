import Testing
@testable import TimelineCore

/// A count opened by "more than" is a bound, not a further batch of a happening (`SentenceAnalysis.opensABound`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct CountBoundTests {
    typealias F = EventFixtures

    /// "⟦More⟧ than 40 passengers" is a bound, no further batch ("four ⟦more⟧ passengers" is one).
    @Test func moreThanIsABoundNotABatch() throws {
        let m = F.extract("More than 40 passengers were rescued ⟦on Sunday⟧.", values: ["2026-04-19"], published: "2026-04-22")
        #expect(try !F.mention(m, "rescued").keywords.contains("stage:more"))
        let b = F.extract("Four more passengers were rescued ⟦on Sunday⟧.", values: ["2026-04-19"], published: "2026-04-22")
        #expect(try F.mention(b, "rescued").keywords.contains("stage:more"))
    }
}
