import Testing
@testable import TimelineCore

/// "The Ontario creamery ⟦shut⟧ its plant": a past tense with an object read as an adjective
/// (`ParseRepair.pastTenseWithAnObjectReadAsAnAdjective`); "On Sunday, August 30, ⟦inspectors signed off⟧ …, and
/// production resumed the next morning": the first clause after an opening date read as the date's apposition
/// (`ParseRepair.firstClauseAfterAnOpeningDateReadAsItsApposition`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairPastTenseAdjectiveTests {
    let t = ParseRepairTests()

    func parse(_ s: String) throws -> ParsedSentence {
        let model = try #require(SyntaxModel.shared)
        return try #require(SyntaxText.analyse(s, model: model).first).repaired()
    }

    @Test func theWordWithASubjectAndAnObjectIsTheVerb() throws {
        let p = try parse(ParseRepair.pastTenseWithAnObjectReadAsAnAdjective.examples[0])
        let shut = try #require(p.words.first { $0.form == "shut" })
        #expect(shut.upos == "VERB" && shut.xpos == "VBD" && shut.lemma == "shut")
        #expect(t.head(p, "creamery") == "shut" && t.rel(p, "creamery") == "nsubj")
        #expect(t.head(p, "plant") == "shut" && t.rel(p, "plant") == "obj")
    }

    @Test func aParticipleOfARootNounWithASubjectIsTheVerb() throws {
        let p = try parse(ParseRepair.pastTenseReadAsAParticipleOfItsObject.examples[0])
        let raised = try #require(p.words.first { $0.form == "raised" })
        #expect(raised.xpos == "VBD" && raised.deprel == "root")
        #expect(t.head(p, "bank") == "raised" && t.rel(p, "bank") == "nsubj")
        #expect(t.head(p, "rates") == "raised" && t.rel(p, "rates") == "obj")
        let ms = EventFixtures.extract("The bank raised interest rates ⟦on Monday⟧.", values: ["2026-03-02"], published: "2026-03-03")
        #expect(ms.contains { $0.mention.triggerText == "raised" && $0.mention.date.value == "2026-03-02" }, "\(ms.map(\.summary))")
    }

    @Test func aParticipleOfANounWithNoSubjectIsLeftAlone() {
        // ("The raised interest rates.": a headline of a noun phrase, no subject)
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 4, "det"), ("raised", "VERB", "VBN", 4, "amod"), ("interest", "NOUN", "NN", 4, "compound"),
            ("rates", "NOUN", "NNS", 0, "root"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test func anAdjectiveAfterACopulaIsLeftAlone() {
        // ("The gate is shut": a copula, no object)
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("gate", "NOUN", "NN", 4, "nsubj"), ("is", "AUX", "VBZ", 4, "cop"),
            ("shut", "ADJ", "JJ", 0, "root"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test func theShutdownIsTold() {
        let ms = EventFixtures.extract("The Ontario creamery shut its plant ⟦on Thursday, August 6⟧.", values: ["2026-08-06"], published: "2026-08-20")
        #expect(ms.contains { $0.mention.triggerText == "shut" }, "\(ms.map(\.summary))")
    }

    @Test func theClauseBeforeAndIsTheHead() throws {
        let p = try parse(ParseRepair.firstClauseAfterAnOpeningDateReadAsItsApposition.examples[0])
        #expect(t.head(p, "inspectors") == "signed" && t.rel(p, "inspectors") == "nsubj")
        #expect(t.head(p, "Sunday") == "signed")
        #expect(t.rel(p, "signed") == "root")
        #expect(t.head(p, "resumed") == "signed" && t.rel(p, "resumed") == "conj")
        #expect(t.head(p, "morning") == "resumed")
    }

    @Test func theSecondClauseKeepsItsOwnTime() {
        let ms = EventFixtures.extract("⟦On Sunday, August 30⟧, inspectors signed off on the cleanup, and production resumed ⟦the next morning⟧.",
                                       values: ["2026-08-30", "2026-08-31TMO"], published: "2026-09-18")
        let resumed = ms.first { ["production", "resumed"].contains($0.mention.triggerText) }
        #expect(resumed?.mention.date.value.hasPrefix("2026-08-31") == true, "\(ms.map { ($0.mention.triggerText, $0.mention.date.value) })")
    }
}
