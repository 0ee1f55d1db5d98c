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

    /// A verb the parse coordinated with the root noun is the clause's second predicate, not a verb of the sentence's own.
    @Test func aParticipleOfARootNounWithACoordinatedVerbIsTheVerb() throws {
        let p = try parse(ParseRepair.pastTenseReadAsAParticipleOfItsObject.examples[1])
        let established = try #require(p.words.first { $0.form == "established" })
        #expect(established.xpos == "VBD" && established.deprel == "root")
        #expect(t.head(p, "Ghana") == "established" && t.head(p, "relations") == "established" && t.rel(p, "relations") == "obj")
        #expect(t.head(p, "signed") == "established" && t.rel(p, "signed") == "conj")
        let ms = EventFixtures.extract("Ghana and Brazil established diplomatic relations ⟦in 1960⟧ and signed a cultural agreement ⟦in 1972⟧.",
                                       values: ["1960", "1972"], published: "2026-03-03")
        #expect(ms.contains { $0.mention.triggerText == "established" && $0.mention.date.value == "1960" }, "\(ms.map(\.summary))")
    }

    @Test func aParticipleOfANounWithNoSubjectIsLeftAlone() {
        // ("The raised interest rates.": a headline of a noun phrase, no subject)
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 4, "det"), ("raised", "VERB", "VBN", 4, "amod"), ("interest", "NOUN", "NN", 4, "compound"),
            ("rates", "NOUN", "NNS", 0, "root"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test func aPastTenseReadIntoACompoundIsTheVerb() throws {
        let p = try parse(ParseRepair.pastTenseReadIntoACompound.examples[0])
        let cut = try #require(p.words.first { $0.form == "cut" })
        #expect(cut.upos == "VERB" && cut.deprel == "root")
        #expect(t.head(p, "bank") == "cut" && t.rel(p, "bank") == "nsubj")
        #expect(t.head(p, "rates") == "cut" && t.rel(p, "rates") == "obj")
        let ms = EventFixtures.extract("The central bank cut interest rates ⟦on Thursday⟧.", values: ["2026-03-05"], published: "2026-03-07")
        #expect(ms.contains { $0.mention.triggerText == "cut" && $0.mention.date.value == "2026-03-05" }, "\(ms.map(\.summary))")
        // (a noun phrase whose compound is no past tense, or with a verb of its own, is left as it was)
        let rateCut = try parse("The rate cut came on Thursday.")
        #expect(rateCut.words.first { $0.form == "came" }?.deprel == "root")
    }

    @Test func aGerundSubjectReadAsTheRootIsTheSubjectOfThePastTense() throws {
        let p = try parse(ParseRepair.gerundSubjectReadAsTheRoot.examples[0])
        let halted = try #require(p.words.first { $0.form == "halted" })
        #expect(halted.upos == "VERB" && halted.xpos == "VBD" && halted.deprel == "root")
        #expect(t.head(p, "shelling") == "halted" && t.rel(p, "shelling") == "nsubj")
        #expect(t.head(p, "deliveries") == "halted" && t.rel(p, "deliveries") == "obj")
        #expect(t.head(p, "day") == "halted")
        let ms = EventFixtures.extract("⟦The next day⟧ shelling near the road halted deliveries for several hours.", values: ["2026-11-16"], published: "2026-11-27")
        #expect(ms.contains { $0.mention.triggerText == "halted" && $0.mention.date.value == "2026-11-16" }, "\(ms.map(\.summary))")
        // (a sentence with a verb of its own is left as it was)
        let said = try parse("Officials said shelling near the road halted deliveries.")
        #expect(said.words.first { $0.form == "said" }?.deprel == "root")
    }

    @Test func theDayOfAChargeIsTheChargesNotTheOffences() throws {
        let p = try parse(ParseRepair.dayOfAProceedingReadOnItsOffence.examples[0])
        #expect(t.head(p, "Sunday") == "charged")
        let ms = EventFixtures.extract("Police charged a 34-year-old man with murder ⟦on Sunday⟧.", values: ["2026-03-01"], published: "2026-03-07")
        let charged = try #require(ms.first { $0.mention.triggerText == "charged" }, "\(ms.map(\.summary))")
        #expect(charged.mention.date.value == "2026-03-01", "\(charged.mention.date.derivation)")
        #expect(!ms.contains { $0.mention.triggerText == "murder" && $0.mention.date.value == "2026-03-01" })
    }

    @Test func aPastTenseOnTheSubjectsLastNounIsTheVerb() throws {
        let p = try parse(ParseRepair.verbReadAsAClauseOfItsSubjectsLastNoun.examples[0])
        let broke = try #require(p.words.first { $0.form == "broke" })
        #expect(broke.deprel == "root")
        #expect(t.head(p, "Talks") == "broke" && t.rel(p, "Talks") == "nsubj")
        #expect(t.head(p, "Thursday") == "broke")
        let ms = EventFixtures.extract("Talks between the two sides broke down ⟦late on Thursday⟧.", values: ["2026-03-05"], published: "2026-03-07")
        // (one happening, dated by its day: no second row "The two sides broke down" at publication)
        #expect(ms.allSatisfy { $0.mention.date.value == "2026-03-05" }, "\(ms.map { "\($0.summary) \($0.mention.date.value)" })")
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
