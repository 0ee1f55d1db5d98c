import Testing
@testable import TimelineCore

/// "were assessing a complaint ⟦laid⟧ by the opposition leader on Monday": a participle with its "by" agent read as an
/// adjective hung on the verb (`ParseRepair.participleWithItsAgentReadAsAPredicative`), and a confirmation's date is its
/// report's (`Predicates.confirmsWithItsDate`).
struct ParseRepairAgentTests {
    let t = ParseRepairTests()
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theParticipleDescribesTheObjectAndTakesTheDay() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.participleWithItsAgentReadAsAPredicative.examples[0], model: model).first).repaired()
        #expect(t.head(p, "laid") == "complaint" && t.rel(p, "laid") == "acl")
        #expect(t.head(p, "Monday") == "laid")
        #expect(p.words.first { $0.form == "laid" }?.lemma == "lay")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theConfirmedClauseIsOfTheConfirmationsDay() throws {
        let m = F.extract("The regulator confirmed ⟦on Tuesday⟧ that it was examining a complaint lodged by a rival firm ⟦on Monday⟧.",
                          values: ["2026-03-10", "2026-03-09"], published: "2026-03-12")
        #expect(try F.mention(m, "examining").mention.date.value == "2026-03-10")
        #expect(try F.mention(m, "lodged").mention.date.value == "2026-03-09")
        #expect(try F.mention(m, "confirmed").mention.date.value == "2026-03-10")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func anObjectAndAByPhraseOfTheVerbStayTheVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        // ("by Friday" is the verb's deadline; "signed" has no participle after its object)
        let p = try #require(SyntaxText.analyse("The council signed the contract by Friday.", model: model).first).repaired()
        #expect(t.head(p, "Friday") == "signed")
    }
}
