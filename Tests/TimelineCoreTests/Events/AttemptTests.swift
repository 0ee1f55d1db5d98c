import Testing
@testable import TimelineCore

/// Verbs of trying: an attempt at a state is a happening of its own; an attempt at a deed is that deed, expected.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AttemptTests {
    typealias F = EventFixtures

    @Test func anAttemptAtAStateIsTheAttempt() throws {
        let ms = F.extract("The boy's grandmother sought to become his legal guardian on ⟦Tuesday⟧.", values: ["2024-03-05"], published: "2024-03-08")
        let sought = try F.mention(ms, "sought")
        #expect(sought.mention.modality == .happened)
        #expect(sought.mention.date.value == "2024-03-05")
        #expect(sought.summary.hasPrefix("The boy's grandmother sought to become his legal guardian"), "\(sought.summary)")
    }

    @Test func anAttemptAtADeedIsTheDeedExpected() throws {
        let ms = F.extract("The company tried to sell the plant in ⟦2022⟧.", values: ["2022"], published: "2024-03-08")
        let sell = try F.mention(ms, "sell")
        #expect(sell.mention.modality == .expected)
        #expect(!ms.contains { $0.mention.triggerText == "tried" })
    }
}
