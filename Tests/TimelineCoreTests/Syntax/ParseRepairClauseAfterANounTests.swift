import Testing
@testable import TimelineCore

/// "reached the family on Monday, the first news ⟦since the Ocean Star was seized⟧ in June": the clause after the noun
/// is the noun's, with its own subject (`ParseRepair.clauseAfterANounReadAsItsPhrase`); a noun's own clause after it
/// ("prices since the crisis have risen") stays.
struct ParseRepairClauseAfterANounTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseIsTheNounsWithItsOwnSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clauseAfterANounReadAsItsPhrase.examples[0], model: model).first).repaired()
        #expect(t.head(p, "seized") == "news" && t.rel(p, "seized") == "acl")
        #expect(t.head(p, "Star") == "seized" && t.rel(p, "Star") == "nsubj:pass")
        #expect(t.head(p, "since") == "seized" && t.rel(p, "since") == "mark")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aNounsOwnClauseStays() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("Talks since the war have stalled, and prices since the crisis have risen.", model: model).first).repaired()
        #expect(t.head(p, "prices") == "risen" && t.head(p, "crisis") == "prices")
    }
}
