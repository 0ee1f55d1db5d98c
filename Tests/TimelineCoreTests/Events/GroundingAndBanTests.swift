import Testing
@testable import TimelineCore

/// A ship running aground is told as "ran aground", "went aground", "struck a reef" or "hit a sandbank": one
/// grounding, and no attack; imposing or announcing a ban is banning; setting up a centre is opening it
/// (`PhrasalPredicates`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct GroundingAndBanTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func outletsTellingAGroundingWithOtherVerbsGiveOneEvent() throws {
        let a = F.extract("The tanker Kalliope Star ran aground off the coast ⟦at about 1:40 a.m. on Tuesday⟧, the coast guard said.",
                          values: ["2026-11-03T01:40"], id: "a", published: "2026-11-03")
        let b = F.extract("The Kalliope Star struck a reef ⟦early on Tuesday⟧ and began leaking oil.", values: ["2026-11-03"], id: "b",
                          published: "2026-11-07")
        let c = F.extract("The Kalliope Star hit the Storflua reef ⟦on Tuesday⟧ in heavy rain.", values: ["2026-11-03"],
                          id: "c", published: "2026-12-11")
        let events = merge(a + b + c)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "struck" } })
        #expect(Set(e.documentIDs) == ["a", "b", "c"], "\(events.map(\.summary))")
        #expect(!e.conflict)
    }

    @Test func strikingOrHittingSomethingElseIsNoGrounding() {
        let attack = F.extract("Gunmen struck the convoy ⟦on Tuesday⟧.", values: ["2026-11-03"])
        #expect(attack.first { $0.mention.triggerText == "struck" }?.lemma != "run aground")
        let prices = F.extract("Prices hit rock bottom ⟦on Tuesday⟧.", values: ["2026-11-03"])
        #expect(prices.allSatisfy { $0.lemma != "run aground" })
    }

    @Test func aBanImposedAndABanTheVerbAreOneEvent() throws {
        let a = F.extract("The Directorate of Fisheries ⟦on Wednesday⟧ banned all fishing within 20 nautical miles of the wreck.", values: ["2026-11-04"],
                          id: "a", published: "2026-11-04")
        let b = F.extract("Norway imposed a fishing ban around the wreck ⟦on Wednesday⟧.", values: ["2026-11-04"], id: "b",
                          published: "2026-11-07")
        let events = merge(a + b)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "banned" } })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(events.map(\.summary))")
    }

    @Test func aCentreSetUpIsTheCentreOpened() throws {
        let a = F.extract("Volunteers opened a rescue centre for oiled seabirds in Ålesund ⟦this morning⟧.", values: ["2026-11-04TMO"],
                          id: "a", published: "2026-11-04")
        let b = F.extract("Volunteers set up a bird rescue centre in Ålesund ⟦on Wednesday morning⟧.", values: ["2026-11-04TMO"], id: "b",
                          published: "2026-12-11")
        let events = merge(a + b)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "opened" } })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(events.map(\.summary))")
        // (setting up a meeting is no opening)
        let meeting = F.extract("Aides set up a meeting with the minister ⟦on Friday⟧.", values: ["2026-11-06"])
        #expect(meeting.allSatisfy { $0.lemma != "open" })
    }
}
