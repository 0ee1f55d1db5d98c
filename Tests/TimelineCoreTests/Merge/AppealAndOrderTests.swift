import Testing
@testable import TimelineCore

/// An appeal rejected, dismissed or thrown out is the ruling upheld; an order or a decree signed is what it orders
/// approved (`PhrasalPredicates`): two outlets' "threw out his appeal" / "upheld the ruling" and "signed the order" /
/// "approved the merger" of one day are one event.
struct AppealAndOrderTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func anAppealThrownOutIsTheRulingUpheld() throws {
        let a = F.extract("The appeals court threw out the mayor's appeal ⟦on Thursday⟧.", values: ["2026-03-12"], id: "a", published: "2026-03-13")
        let b = F.extract("⟦On Thursday⟧ the appeals court upheld the mayor's conviction for bribery.", values: ["2026-03-12"], id: "b", published: "2026-03-20")
        #expect(try F.mention(a, "threw out").lemma == "uphold")
        let events = merge(a + b)
        let ruling = events.filter { $0.mentions.contains { ["threw out", "threw", "upheld"].contains($0.triggerText ?? "") } }
        #expect(ruling.count == 1, "\(events.map(\.summary))")
        #expect(Set(ruling.first?.documentIDs ?? []) == ["a", "b"])
        let c = F.extract("The court rejected her appeal ⟦on Monday⟧.", values: ["2026-03-09"], published: "2026-03-10")
        #expect(try F.mention(c, "rejected").lemma == "uphold")
    }

    /// A bid rejected stays a rejection, a claim rejected a denial.
    @Test func otherRejectionsStayRejections() throws {
        let a = F.extract("The board rejected the bid ⟦on Monday⟧.", values: ["2026-03-09"], published: "2026-03-10")
        #expect(try F.mention(a, "rejected").lemma == "reject")
        let b = F.extract("The ministry rejected claims of a cover-up ⟦on Monday⟧.", values: ["2026-03-09"], published: "2026-03-10")
        #expect(try F.mention(b, "rejected").lemma == "deny")
    }

    @Test func anOrderSignedIsItsMatterApproved() throws {
        let a = F.extract("The president signed the order for the evacuation of the coast ⟦on Friday⟧.", values: ["2026-03-13"], id: "a", published: "2026-03-14")
        let b = F.extract("⟦On Friday⟧ the president approved the evacuation of the coast.", values: ["2026-03-13"], id: "b", published: "2026-03-16")
        #expect(try F.mention(a, "signed").lemma == "approve")
        let events = merge(a + b)
        let approval = events.filter { $0.mentions.contains { ["signed", "approved"].contains($0.triggerText ?? "") } }
        #expect(approval.count == 1, "\(events.map(\.summary))")
        // (a treaty or a contract signed is an agreement, not an approval)
        let c = F.extract("The two countries signed a treaty ⟦on Friday⟧.", values: ["2026-03-13"], published: "2026-03-14")
        #expect(try F.mention(c, "signed").lemma != "approve")
    }

    /// Picked up by the police is arrested; a parcel picked up is not.
    @Test func pickedUpByPoliceIsArrested() throws {
        let a = F.extract("The two men were picked up by police at the border ⟦on Friday⟧.", values: ["2026-03-13"], id: "a", published: "2026-03-14")
        let b = F.extract("Two men were arrested at the border ⟦on Friday⟧.", values: ["2026-03-13"], id: "b", published: "2026-03-16")
        #expect(try F.mention(a, "picked up").lemma == "arrest")
        let events = merge(a + b)
        #expect(events.filter { $0.mentions.contains { ["picked up", "picked", "arrested"].contains($0.triggerText ?? "") } }.count == 1, "\(events.map(\.summary))")
        let c = F.extract("The courier picked up the parcels ⟦on Friday⟧.", values: ["2026-03-13"], published: "2026-03-14")
        #expect(c.allSatisfy { $0.lemma != "arrest" })
    }
}
