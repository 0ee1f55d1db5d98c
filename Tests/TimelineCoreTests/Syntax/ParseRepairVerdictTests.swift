import Testing
@testable import TimelineCore

/// "A jury found Graham Pellow, the former chief executive of Tynewell Energy, ⟦guilty⟧ of fraud": the verdict after an
/// apposition read as a second apposition (`ParseRepair.verdictAfterAnApposition`); and a live blog's clock time with
/// the verb hung on it as a modifier (`ParseRepair.clockTimeReadAsAClause`).
struct ParseRepairVerdictTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theVerdictCompletesFind() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.verdictAfterAnApposition.examples[0], model: model).first).repaired()
        #expect(t.head(p, "guilty") == "found" && t.rel(p, "guilty") == "xcomp")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aVerdictAfterAnAppositionIsAConviction() {
        let a = EventFixtures.extract("A jury ⟦on Tuesday⟧ found Graham Pellow, the former chief executive of Tynewell Energy, guilty of three counts of fraud.",
                                      values: ["2025-03-04"], published: "2025-03-04")
        #expect(a.first { $0.mention.triggerText == "found" }?.lemma == "convict", "\(a.map(\.lemma))")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func anAppositionThatIsNoVerdictIsLeftAlone() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("Divers found the boat, a small trawler, off the coast.", model: model).first).repaired()
        #expect(t.rel(p, "trawler") != "xcomp")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aClockTimeWithTheVerbHungOnItIsTheVerbsTime() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clockTimeReadAsAClause.examples[2], model: model).first).repaired()
        #expect(t.head(p, "jailed") == "ROOT" && t.head(p, "11:55") == "jailed")
        let m = EventFixtures.extract("11:55 a.m. The judge jailed Pellow for six years.", values: [], published: "2025-03-07")
        #expect(m.contains { $0.mention.triggerText == "jailed" }, "\(m.map(\.summary))")
    }
}
