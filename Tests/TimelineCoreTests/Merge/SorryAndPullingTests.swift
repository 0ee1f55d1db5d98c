import Testing
@testable import TimelineCore

/// Saying sorry is apologising; pulling an update and rolling back a price rise are withdrawing them
/// (`PhrasalPredicates`): two outlets' "said sorry" / "apologized" and "pulled the update" / "withdrew the update" of
/// one day are one event. Keeping planes on the ground is grounding them ("kept its planes on the ground" / "grounded
/// all its planes").
struct SorryAndPullingTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func sayingSorryIsApologising() throws {
        let a = F.extract("The airline's chief executive apologized to passengers ⟦on Friday⟧.", values: ["2026-10-16"], id: "a",
                          published: "2026-10-17")
        let b = F.extract("The airline's chief executive said sorry to passengers in a video ⟦on Friday⟧.", values: ["2026-10-16"], id: "b",
                          published: "2026-10-18")
        #expect(try F.mention(b, "said").lemma == "apologize")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    @Test func sayingSomethingElseIsNoApology() throws {
        let m = F.extract("The chief executive said the airline was sorry for the delays ⟦on Friday⟧.", values: ["2026-10-16"],
                          published: "2026-10-17")
        #expect(!m.contains { $0.lemma == "apologize" && $0.mention.triggerText == "said" })
    }

    @Test func pullingAnUpdateIsWithdrawingIt() throws {
        let a = F.extract("The software maker withdrew the update ⟦on Tuesday⟧.", values: ["2026-10-13"], id: "a", published: "2026-10-14")
        let b = F.extract("The software maker pulled the update ⟦on Tuesday⟧ after complaints.", values: ["2026-10-13"], id: "b",
                          published: "2026-10-15")
        #expect(try F.mention(b, "pulled").lemma == "withdraw")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
        let c = F.extract("Rescuers pulled two survivors from the rubble ⟦on Tuesday⟧.", values: ["2026-10-13"], published: "2026-10-14")
        #expect(try F.mention(c, "pulled").lemma != "withdraw")
    }

    @Test func rollingBackIsWithdrawing() throws {
        let m = F.extract("The government rolled back the fuel price rise ⟦on Monday⟧.", values: ["2026-10-12"], published: "2026-10-13")
        #expect(try F.mention(m, "rolled").lemma == "withdraw")
    }

    @Test func keepingPlanesOnTheGroundIsGroundingThem() throws {
        let a = F.extract("Crestline Airways grounded all its planes ⟦on Tuesday⟧.", values: ["2026-10-13"], id: "a", published: "2026-10-14")
        let b = F.extract("Crestline Airways kept its planes on the ground ⟦on Tuesday⟧.", values: ["2026-10-13"], id: "b",
                          published: "2026-10-15")
        #expect(try F.mention(b, "kept").lemma == "suspend")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary)) \((a + b).map { ($0.mention.triggerText, $0.lemma, $0.mention.date.value) })")
        let c = F.extract("The home side kept the ball on the ground ⟦on Tuesday⟧.", values: ["2026-10-13"], published: "2026-10-14")
        #expect(!c.contains { $0.lemma == "suspend" })
    }
}
