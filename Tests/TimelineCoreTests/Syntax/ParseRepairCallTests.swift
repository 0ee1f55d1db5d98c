import Testing
@testable import TimelineCore

/// "the transport unions called ⟦a general strike⟧": the strike is what was called, not a name given
/// (`ParseRepair.objectOfCallReadAsAName`); "called him a hero" and "was called a traitor" keep their names.
struct ParseRepairCallTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theStrikeIsTheObjectOfTheCall() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.objectOfCallReadAsAName.examples[0], model: model).first).repaired()
        #expect(t.head(p, "strike") == "called" && t.rel(p, "strike") == "obj")
        let m = EventFixtures.extract("⟦That Monday⟧ the transport unions called a general strike.", values: ["2026-11-09"], published: "2026-11-27")
        #expect(m.contains { $0.mention.triggerText == "called" && $0.lemma == "call" }, "\(m.map(\.lemma))")
    }

    /// "…, and police in Chittagong rounded up more than 200 people": the police are the subject of a clause of their
    /// own (`ParseRepair.pastTenseAfterANounConjunct`), and their arrests no part of the call.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounAfterAndIsThePastTensesSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseAfterANounConjunct.examples[0], model: model).first).repaired()
        #expect(t.head(p, "police") == "rounded" && t.rel(p, "police") == "nsubj")
        #expect(t.head(p, "rounded") == "called" && t.rel(p, "rounded") == "conj")
        let m = EventFixtures.extract("⟦That Monday⟧, the transport unions called a general strike, and police in Chittagong rounded up more than 200 people.",
                                      values: ["2026-11-09"], published: "2026-11-27")
        let call = try #require(m.first { $0.mention.triggerText == "called" }, "\(m.map(\.lemma))")
        #expect(call.mention.places.isEmpty, "\(call.mention.places)")
        #expect(m.contains { $0.lemma == "arrest" }, "\(m.map(\.lemma))")
    }

    /// "Tariqul Hasan, who had said ⟦less than a week earlier⟧ that …, stepped down the following morning": the clause's
    /// words before its closing comma, hung on the main verb, are the relative clause's (`relativeClauseBeforeMainVerb`),
    /// so the resignation is dated by "the following morning", not by the week before.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aRelativeClausesWordsHungOnTheMainVerbAreTheClauses() throws {
        let model = try #require(SyntaxModel.shared)
        let sentence = "Energy Minister Tariqul Hasan, who had said less than a week earlier that there was \"no room to go back\", stepped down the following morning."
        let p = try #require(SyntaxText.analyse(sentence, model: model).first).repaired()
        #expect(p.root.map { p.words[$0].form } == "stepped")
        #expect(t.head(p, "said") == "Energy" && t.rel(p, "said") == "acl:relcl")
        #expect(t.head(p, "earlier") == "said" && t.head(p, "morning") == "stepped")
    }

    @Test func aNameGivenIsLeftAlone() {
        let named = ParseRepairTests.tree([
            ("They", "PRON", "PRP", 2, "nsubj"), ("called", "VERB", "VBD", 0, "root"), ("him", "PRON", "PRP", 2, "obj"),
            ("a", "DET", "DT", 5, "det"), ("hero", "NOUN", "NN", 2, "xcomp"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(named.repaired() == named)
        let passive = ParseRepairTests.tree([
            ("He", "PRON", "PRP", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("called", "VERB", "VBN", 0, "root"),
            ("a", "DET", "DT", 5, "det"), ("traitor", "NOUN", "NN", 3, "xcomp"), (".", "PUNCT", ".", 3, "punct"),
        ])
        #expect(passive.repaired() == passive)
    }
}
