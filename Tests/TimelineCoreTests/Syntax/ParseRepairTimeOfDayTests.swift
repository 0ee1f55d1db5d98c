import Testing
@testable import TimelineCore

/// "…, and ⟦by midnight⟧ the utility ⟦had reconnected⟧ 40,000 homes": a bare time of day opening a coordinated
/// clause, read as a noun hung on the "and" with the clause as its relative clause
/// (`ParseRepair.timeOfDayOpeningACoordinatedClause`).
struct ParseRepairTimeOfDayTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseIsAConjunctWithTheTimeItsOblique() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.timeOfDayOpeningACoordinatedClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "reconnected") == "returned" && t.rel(p, "reconnected") == "conj")
        #expect(t.head(p, "midnight") == "reconnected" && t.rel(p, "midnight") == "obl")
        #expect(t.head(p, "and") == "reconnected" && t.rel(p, "and") == "cc")
    }

    @Test func aTimeWithItsArticleKeepsItsRelativeClause() {
        // "by the time the utility had reconnected …": a noun with its article may take a contact relative clause
        let read = ParseRepairTests.tree([
            ("Power", "NOUN", "NN", 2, "nsubj"), ("returned", "VERB", "VBD", 0, "root"), (",", "PUNCT", ",", 5, "punct"),
            ("and", "CCONJ", "CC", 2, "conj"), ("by", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("time", "NOUN", "NN", 4, "obl"), ("the", "DET", "DT", 9, "det"), ("utility", "NOUN", "NN", 10, "nsubj"),
            ("reconnected", "VERB", "VBD", 7, "acl:relcl"), ("homes", "NOUN", "NNS", 10, "obj"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
