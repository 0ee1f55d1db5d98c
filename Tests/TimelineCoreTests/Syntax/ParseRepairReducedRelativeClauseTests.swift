import Testing
@testable import TimelineCore

/// A reduced relative read as a past tense with the sentence's verb as its content clause, in a clause coordinated by
/// "and" too ("…, and the fishing ban ⟦announced⟧ the same day ⟦covers⟧ the bay"), and a relative clause with no "that"
/// read as the sentence's verb with its noun hung on it ("The six beaches ⟦Brighton closed⟧ on Wednesday ⟦remain⟧
/// shut") (`ParseRepair.reducedRelativeBeforeTheVerb`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairReducedRelativeClauseTests {
    let t = ParseRepairTests()

    func parse(_ s: String) throws -> ParsedSentence {
        let model = try #require(SyntaxModel.shared)
        return try #require(SyntaxText.analyse(s, model: model).first).repaired()
    }

    @Test func aParticipleInACoordinatedClauseDescribesItsNounAndTheClauseIsAConjunct() throws {
        let p = try parse(ParseRepair.reducedRelativeBeforeTheVerb.examples[2])
        #expect(t.head(p, "announced") == "ban" && t.rel(p, "announced") == "acl")
        #expect(t.head(p, "ban") == "covers" && t.rel(p, "ban") == "nsubj")
        #expect(t.head(p, "covers") == "remain" && t.rel(p, "covers") == "conj")
        #expect(t.head(p, "and") == "covers")
        // (the date stays the participle's)
        #expect(t.head(p, "day") == "announced")
    }

    @Test func aRelativeClauseWithNoThatDescribesTheNounBeforeIt() throws {
        let p = try parse(ParseRepair.reducedRelativeBeforeTheVerb.examples[3])
        #expect(t.head(p, "remain") == "ROOT")
        #expect(t.head(p, "beaches") == "remain" && t.rel(p, "beaches") == "nsubj")
        #expect(t.head(p, "closed") == "beaches" && t.rel(p, "closed") == "acl:relcl")
        #expect(t.head(p, "Brighton") == "closed" && t.rel(p, "Brighton") == "nsubj")
    }

    /// "A curfew ⟦clamped⟧ on the city on Sunday evening ⟦remained⟧ in force": the sentence's verb read as a participle
    /// of the day; a verb with no passive is a past tense, the sentence's, and the curfew clamped is one with the
    /// curfew imposed.
    @Test func aVerbWithNoPassiveAfterTheParticiplesPhraseIsTheSentencesVerb() throws {
        let p = try parse(ParseRepair.reducedRelativeBeforeTheVerb.examples[4])
        #expect(t.head(p, "remained") == "ROOT")
        #expect(t.head(p, "curfew") == "remained" && t.rel(p, "curfew") == "nsubj")
        #expect(t.head(p, "clamped") == "curfew" && t.rel(p, "clamped") == "acl")
        let a = EventFixtures.extract("A curfew clamped on the city ⟦on Sunday evening⟧ remained in force yesterday.",
                                      values: ["2026-11-08TEV"], id: "a", published: "2026-11-10")
        let b = EventFixtures.extract("Authorities imposed a curfew in the city ⟦on Sunday⟧.", values: ["2026-11-08"], id: "b", published: "2026-11-08")
        #expect(a.first { $0.mention.triggerText == "clamped" }?.lemma == "impose", "\(a.map(\.lemma))")
        let events = MentionMerger(within: EventFixtures.within).merge(a + b, documents: [])
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func aPastTenseWithItsOwnContentClauseIsLeftAlone() throws {
        // (a content clause with a subject of its own is one)
        let p = try parse("The ministry announced on Monday that the ban covers the whole bay.")
        #expect(t.head(p, "announced") == "ROOT")
    }

    @Test func theBanAnnouncedIsOneEventWithTheBanImposed() {
        let a = EventFixtures.extract("The roads remain shut, and the fishing ban announced ⟦the same day⟧ covers the whole bay.",
                                      values: ["2026-11-04"], id: "a", published: "2026-11-06")
        let b = EventFixtures.extract("Norway imposed a fishing ban around the wreck ⟦on Wednesday⟧.",
                                      values: ["2026-11-04"], id: "b", published: "2026-11-07")
        let events = MentionMerger(within: EventFixtures.within).merge(a + b, documents: [])
        let ban = events.first { $0.mentions.contains { $0.triggerText == "imposed" } }
        #expect(Set(ban?.documentIDs ?? []) == ["a", "b"], "\(events.map(\.summary))")
    }
}

/// "A minibus ⟦veered⟧ off the road on Friday": the past of a verb with no passive read as a participle describing the
/// sentence's only noun phrase (`ParseRepair.pastWithNoPassiveReadAsAParticipleOfTheHead`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairPastWithNoPassiveTests {
    let t = ParseRepairTests()

    func parse(_ s: String) throws -> ParsedSentence {
        let model = try #require(SyntaxModel.shared)
        return try #require(SyntaxText.analyse(s, model: model).first).repaired()
    }

    @Test func aVerbWithNoPassiveAfterTheOnlyNounIsTheSentencesVerb() throws {
        let p = try parse(ParseRepair.pastWithNoPassiveReadAsAParticipleOfTheHead.examples[0])
        #expect(t.head(p, "veered") == "ROOT")
        #expect(t.head(p, "minibus") == "veered" && t.rel(p, "minibus") == "nsubj")
        #expect(t.head(p, "road") == "veered")
    }
}

/// "A woman ⟦from⟧ Kettering died in hospital that night": "from" read as the subordinator of the sentence's verb,
/// the town as its subject and the clause hung on the woman (`ParseRepair.prepositionReadAsASubordinator`); "from"
/// opens no clause, so the town is the woman's and the woman the verb's subject.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairFromReadAsASubordinatorTests {
    let t = ParseRepairTests()

    @Test func theTownIsTheNounsAndTheNounTheVerbsSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.prepositionReadAsASubordinator.examples[1], model: model).first).repaired()
        #expect(t.head(p, "died") == "ROOT")
        #expect(t.head(p, "woman") == "died" && t.rel(p, "woman") == "nsubj")
        #expect(t.head(p, "Kettering") == "woman" && t.rel(p, "from") == "case")
        #expect(t.head(p, "night") == "died")
    }
}
