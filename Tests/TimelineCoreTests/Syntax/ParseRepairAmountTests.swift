import Testing
@testable import TimelineCore

/// Prices and the verbs around them in business news (`ParseRepair.rateAfterAnAmount`, `amountReadAsAVerb`,
/// `particleBeforeAPreposition`), on the shipped model's reading of each rule's examples.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairAmountTests {
    let t = ParseRepairTests()

    func parse(_ s: String) throws -> ParsedSentence {
        let model = try #require(SyntaxModel.shared)
        return try #require(SyntaxText.analyse(s, model: model).first).repaired()
    }

    /// "raised its proposal to 465 pence a share ⟦on Monday⟧": the date is the raise's, the rate the amount's.
    @Test func aDateAfterARateIsTheVerbs() throws {
        let p = try parse(ParseRepair.rateAfterAnAmount.examples[0])
        #expect(t.head(p, "Monday") == "raised" && t.head(p, "share") == "pence", "\(p.words.map { "\($0.form)<\($0.head)" })")
        let q = try parse(ParseRepair.rateAfterAnAmount.examples[1])
        #expect(t.head(q, "5") == "tabled" && t.head(q, "share") == "465p")
        let r = try parse(ParseRepair.rateAfterAnAmount.examples[2])
        #expect(t.head(r, "Tuesday") == "raised")
    }

    @Test func theRaiseOfAWireLedeTakesItsDay() {
        let m = EventFixtures.extract("Norrvik raised its takeover proposal for Ashcombe Group to 465 pence a share ⟦on Monday⟧, valuing the company at 1.48 billion pounds.",
                                      values: ["2026-09-21"], published: "2026-09-21")
        #expect(m.first { $0.mention.triggerText == "raised" }?.mention.date.value == "2026-09-21", "\(m.map { ($0.mention.triggerText ?? "", $0.mention.date.value) })")
    }

    /// "sweetened the proposal to ⟦465p⟧ at a news conference in Gothenburg": an amount, not an infinitive; the place is
    /// the verb's.
    @Test func anAmountWithItsUnitIsNoVerb() throws {
        let p = try parse(ParseRepair.amountReadAsAVerb.examples[0])
        let amount = try #require(p.words.first { $0.form == "465p" })
        #expect(amount.upos == "NUM" && t.head(p, "465p") == "sweetened" && t.head(p, "conference") == "sweetened")
    }

    /// "waved the deal ⟦through⟧ on November 17", "handed the hostages ⟦over⟧ on Friday": the particle completes the verb.
    @Test func aParticleAfterTheObjectCompletesTheVerb() throws {
        let p = try parse(ParseRepair.particleBeforeAPreposition.examples[0])
        #expect(t.head(p, "through") == "waved" && t.rel(p, "through") == "compound:prt")
        let q = try parse(ParseRepair.particleBeforeAPreposition.examples[1])
        #expect(t.head(q, "over") == "handed" && t.rel(q, "over") == "compound:prt")
    }

    /// "brought four boys out of the cave", "sent troops up to the border": a preposition of two words stays one.
    @Test func aPrepositionOfTwoWordsStays() throws {
        let p = try parse("Divers brought four boys out of the cave on Monday.")
        #expect(t.rel(p, "out") != "compound:prt" || t.head(p, "out") == "brought")
        let q = try parse("The army sent troops up to the border on Monday.")
        #expect(t.rel(q, "up") != "compound:prt" || t.head(q, "up") == "sent")
    }
}

/// "rebuffed ⟦that proposal⟧ the next day": a demonstrative, not a complementizer (`ParseRepair.demonstrativeReadAsAComplementizer`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairDemonstrativeTests {
    let t = ParseRepairTests()

    @Test func thatBeforeASingularNounIsItsDeterminer() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.demonstrativeReadAsAComplementizer.examples[0], model: model).first).repaired()
        #expect(t.head(p, "proposal") == "rebuffed" && t.rel(p, "proposal") == "obj" && t.head(p, "that") == "proposal")
        #expect(t.head(p, "day") == "rebuffed")
    }

    /// "turned ⟦that⟧ ⟦down⟧ the same afternoon": the pronoun is the object, the particle the verb's, the date the verb's.
    @Test func thatAsAnObjectIsAPronounAndDownIsTheVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.demonstrativeReadAsAComplementizer.examples[1], model: model).first).repaired()
        #expect(t.head(p, "down") == "turned" && t.rel(p, "down") == "compound:prt" && t.head(p, "afternoon") == "turned",
                "\(p.words.map { "\($0.form)<\($0.head) \($0.deprel)" })")
        let m = EventFixtures.extract("Ashcombe's directors turned that down ⟦the same afternoon⟧.", values: ["2026-09-21TAF"], published: "2026-09-22")
        #expect(m.first { $0.mention.triggerText?.hasPrefix("turned") == true }?.lemma == "reject", "\(m.map(\.lemma))")
    }

    @Test func aComplementClauseKeepsItsThat() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The company said that demand had fallen sharply.", model: model).first).repaired()
        #expect(t.rel(p, "that") == "mark")
    }
}

/// "The chief ⟦executive⟧ stepped down": the subject's noun read as an adjective (`ParseRepair.subjectNounReadAsAnAdjective`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairSubjectNounTests {
    let t = ParseRepairTests()

    @Test(arguments: ParseRepair.subjectNounReadAsAnAdjective.examples)
    func theLastWordBeforeTheVerbIsTheSubjectsNoun(_ sentence: String) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(sentence, model: model).first).repaired()
        let verb = sentence.split(separator: " ")[3]
        #expect(t.head(p, String(verb)) == "ROOT" && t.head(p, "executive") == String(verb) && t.rel(p, "executive") == "nsubj",
                "\(p.words.map { "\($0.form)<\($0.head) \($0.deprel)" })")
    }

    @Test func theChiefExecutiveWhoSteppedDownIsAResignation() {
        let m = EventFixtures.extract("The chief executive stepped down ⟦on Tuesday⟧.", values: ["2026-11-03"], published: "2026-11-04")
        #expect(m.contains { $0.lemma == "resign" }, "\(m.map(\.lemma))")
    }

    @Test func aPhraseWithItsNounIsLeftAlone() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The new chairman quit on Friday.", model: model).first).repaired()
        #expect(t.rel(p, "chairman") == "nsubj" && t.rel(p, "new") == "amod")
    }
}

/// "The firm, which said on September 29 that …, ⟦told⟧ the stock exchange …" (`ParseRepair.mainVerbReadAsAConjunctOfARelativeClause`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairRelativeSayingTests {
    let t = ParseRepairTests()

    @Test func theVerbAfterTheRelativeClauseIsTheSentences() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.mainVerbReadAsAConjunctOfARelativeClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "told") == "ROOT" && t.head(p, "firm") == "told" && t.rel(p, "firm") == "nsubj", "\(p.words.map { "\($0.form)<\($0.head) \($0.deprel)" })")
        #expect(t.head(p, "weighing") == "said" && t.head(p, "said") == "firm")
    }

    @Test func whatWasWeighedIsOfTheDayItWasSaid() {
        let m = EventFixtures.extract("The New York private equity firm, which said ⟦on September 29⟧ that it was weighing a rival offer, told the stock exchange that it did not intend to make a bid.",
                                      values: ["2026-09-29"], published: "2026-10-22")
        #expect(m.first { $0.mention.triggerText == "weighing" }?.mention.date.value == "2026-09-29", "\(m.map { ($0.mention.triggerText ?? "", $0.mention.date.value) })")
    }
}
