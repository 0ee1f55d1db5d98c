import Testing
@testable import TimelineCore

/// "…, ⟦and on Tuesday⟧ he was charged": the date opening a coordinated clause with its own subject, read as a date
/// of the clause before (`ParseRepair.dateOpeningACoordinatedClauseReadAsTheVerbsBefore`).
struct ParseRepairCoordinatedDateTests {
    let t = ParseRepairTests()
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theDateAndTheConjunctionGoToTheClauseTheyOpen() throws {
        let model = try #require(SyntaxModel.shared)
        let expected = [("Thursday", "arrested"), ("Tuesday", "charged")]
        for (example, (date, verb)) in zip(ParseRepair.dateOpeningACoordinatedClauseReadAsTheVerbsBefore.examples, expected) {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            #expect(t.head(p, date) == verb, "\(example)")
            #expect(t.head(p, "and") == verb && t.rel(p, verb) == "conj", "\(example)")
        }
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aDateOfTheFirstClauseWithNoConjunctionStaysThere() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The mayor said on Tuesday that the bridge would reopen.", model: model).first).repaired()
        #expect(t.head(p, "Tuesday") == "said")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theSecondClauseTakesItsOwnDate() throws {
        let m = F.extract("The company suspended its safety officer, and ⟦on Thursday⟧ he was arrested.",
                          values: ["2026-10-15"], published: "2026-10-16")
        #expect(try F.mention(m, "arrested").mention.date.value == "2026-10-15")
    }
}
