import Testing
@testable import TimelineCore

/// "Lava ⟦flows⟧ from the crater on Tuesday destroyed 52 homes": a plural noun read as a present tense with the
/// sentence's past tense hung inside its phrase (`ParseRepair.pluralNounReadAsAPresentTense`).
struct ParseRepairPluralNounTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func thePastTenseIsTheVerbAndThePluralItsSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let examples = ParseRepair.pluralNounReadAsAPresentTense.examples
        let p = try #require(SyntaxText.analyse(examples[0], model: model).first).repaired()
        #expect(t.head(p, "destroyed") == "ROOT" && t.head(p, "flows") == "destroyed" && t.rel(p, "flows") == "nsubj")
        #expect(t.head(p, "Lava") == "flows" && t.head(p, "Tuesday") == "destroyed")
        let q = try #require(SyntaxText.analyse(examples[2], model: model).first).repaired()
        #expect(q.words.first { $0.form == "destroyed" }?.head == 0)
        #expect(t.head(q, "Wednesday") == "destroyed" && t.head(q, "On") == "Wednesday")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theDestructionIsDatedByTheDateInItsSubject() throws {
        let m = EventFixtures.extract("Lava flows from the crater ⟦on Tuesday⟧ destroyed 52 homes in the village.", values: ["2026-03-03"],
                                      published: "2026-03-06")
        let destroyed = try EventFixtures.mention(m, "destroyed")
        #expect(destroyed.mention.date.value == "2026-03-03" && !destroyed.mention.date.isFallback, "\(destroyed.mention.date.value)")
    }

    @Test func aPresentTenseWithNoPastTenseAfterItIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Lava", "NOUN", "NN", 2, "nsubj"), ("flows", "VERB", "VBZ", 0, "root"), ("down", "ADP", "IN", 5, "case"),
            ("the", "DET", "DT", 5, "det"), ("slope", "NOUN", "NN", 2, "obl"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "The regulator grounded all 40 Skyline ⟦coaches⟧ last week": a plural noun after a figure and a name read as the
/// verb's content clause (`ParseRepair.pluralNounAfterAFigureReadAsAClause`); the grounding is a suspension dated by
/// the week.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairPluralNounAfterAFigureTests {
    let t = ParseRepairTests()

    @Test func theNounIsTheVerbsObjectAndTheDateTheVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pluralNounAfterAFigureReadAsAClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "coaches") == "grounded" && t.rel(p, "coaches") == "obj")
        #expect(t.head(p, "Skyline") == "coaches" && t.head(p, "40") == "coaches")
        #expect(t.head(p, "week") == "grounded")
        let m = EventFixtures.extract("The regulator grounded all 40 Skyline coaches ⟦last week⟧.", values: ["2026-W45"], published: "2026-11-12")
        #expect(try EventFixtures.mention(m, "grounded").lemma == "suspend")
    }

    @Test func aClauseWithItsOwnSubjectIsLeftAlone() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The minister said it coaches 40 players.", model: model).first).repaired()
        #expect(t.rel(p, "coaches") != "obj")
    }
}
