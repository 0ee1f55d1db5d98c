import Testing
@testable import TimelineCore

/// A trial's last weeks told by several outlets with their own words: "jailed for six years" / "handed him a six-year
/// term" / "sentenced to six years"; "turned down a defence request" / "refused a defence application"; "the jury went
/// out" / "retired"; "lodged an appeal" / "filed an appeal"; "quit the company" / "stepped down" (`PhrasalPredicates`,
/// `TriggerLexicon`).
@Suite("Merge: a trial told in other words")
struct CourtroomParaphraseTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    func rows(_ events: [Event], _ triggers: Set<String>) -> [Event] {
        events.filter { $0.mentions.contains { triggers.contains($0.triggerText ?? "") } }
    }

    @Test func jailedHandedATermAndSentencedAreOneSentence() {
        let a = F.extract("A judge jailed the former banker for six years ⟦on Friday⟧.", values: ["2025-03-07"], id: "a", published: "2025-03-08")
        let b = F.extract("The former banker, 61, denied everything. ⟦On Friday⟧ the judge handed him a six-year term.", values: ["2025-03-07"], id: "b", published: "2025-03-28")
        let c = F.extract("The former banker was sentenced to six years in prison ⟦on Friday⟧.", values: ["2025-03-07"], id: "c", published: "2025-03-10")
        let events = merge(a + b + c)
        let sentence = rows(events, ["jailed", "handed", "sentenced"])
        #expect(sentence.count == 1, "\(events.map(\.summary))")
        #expect(Set(sentence.first?.documentIDs ?? []) == ["a", "b", "c"])
        // (one predicate, whichever words tell it)
        #expect(a.first { $0.mention.triggerText == "jailed" }?.lemma == "sentence", "\(a.map(\.lemma))")
        #expect(b.first { $0.mention.triggerText == "handed" }?.lemma == "sentence", "\(b.map(\.lemma))")
    }

    @Test func handingOutBlanketsIsNoSentence() {
        let a = F.extract("Volunteers handed out blankets ⟦on Wednesday⟧.", values: ["2025-03-05"], id: "a", published: "2025-03-06")
        #expect(a.first { $0.mention.triggerText == "handed" }?.lemma != "sentence", "\(a.map(\.lemma))")
    }

    @Test func aRequestTurnedDownIsARequestRefused() {
        let a = F.extract("⟦On Monday⟧ the judge turned down a defence request to discharge the jury.", values: ["2025-03-03"], id: "a", published: "2025-03-28")
        let b = F.extract("The judge refused a defence application to discharge the jury ⟦on Monday⟧.", values: ["2025-03-03"], id: "b", published: "2025-03-04")
        let events = merge(a + b)
        let refusal = rows(events, ["turned", "turned down", "refused"])
        #expect(refusal.count == 1, "\(events.map(\.summary))")
        #expect(Set(refusal.first?.documentIDs ?? []) == ["a", "b"])
        // ("turned down" is rejecting, as a bid turned down is one rejected; refusing shares its sense, and the two
        // outlets' rows are one, above)
        #expect(a.first { $0.mention.triggerText?.hasPrefix("turned") == true }?.lemma == "reject", "\(a.map(\.lemma))")
    }

    @Test func aJuryGoingOutRetires() {
        let a = F.extract("The jury went out ⟦on Thursday⟧.", values: ["2025-03-06"], id: "a", published: "2025-03-28")
        let b = F.extract("The jury retired to consider its verdict ⟦on Thursday⟧.", values: ["2025-03-06"], id: "b", published: "2025-03-07")
        let events = merge(a + b)
        let retiring = rows(events, ["went", "went out", "retired"])
        #expect(retiring.count == 1, "\(events.map(\.summary))")
        #expect(Set(retiring.first?.documentIDs ?? []) == ["a", "b"])
        #expect(a.first { $0.mention.triggerText?.hasPrefix("went") == true }?.lemma == "retire", "\(a.map(\.lemma))")
        // (letters that go out are sent, whoever sends them)
        let c = F.extract("The first letters went out ⟦on Monday⟧.", values: ["2025-03-03"], id: "c", published: "2025-03-04")
        #expect(c.first { $0.mention.triggerText?.hasPrefix("went") == true }?.lemma != "retire")
    }

    @Test func anAppealLodgedIsAnAppealFiled() {
        let a = F.extract("His lawyers lodged an appeal against the conviction ⟦on Monday⟧.", values: ["2025-03-10"], id: "a", published: "2025-03-13")
        let b = F.extract("⟦On March 10⟧ his lawyers filed an appeal against the conviction in London.", values: ["2025-03-10"], id: "b", published: "2025-03-28")
        let events = merge(a + b)
        let appeal = rows(events, ["lodged", "filed", "lodged an appeal", "filed an appeal"])
        #expect(appeal.count == 1, "\(events.map(\.summary))")
        #expect(Set(appeal.first?.documentIDs ?? []) == ["a", "b"])
    }

    @Test func quittingACompanyIsSteppingDown() {
        let a = F.extract("Morrow, who had quit Halvorsen ⟦in March 2023⟧, denied the charges.", values: ["2023-03"], id: "a", published: "2025-03-28")
        let b = F.extract("Morrow stepped down ⟦in March 2023⟧.", values: ["2023-03"], id: "b", published: "2025-03-13")
        let events = merge(a + b)
        let leaving = rows(events, ["quit", "stepped down", "stepped"])
        #expect(leaving.count == 1, "\(events.map(\.summary))")
        #expect(Set(leaving.first?.documentIDs ?? []) == ["a", "b"])
    }
}
