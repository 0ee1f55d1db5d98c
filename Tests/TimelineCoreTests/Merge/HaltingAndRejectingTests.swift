import Testing
@testable import TimelineCore

/// Halting, suspending, stopping or ceasing a plant's production is closing it; rejecting or dismissing a claim is
/// denying it (`PhrasalPredicates`): two outlets' "halted production at its plant" / "shut its plant" and "rejected
/// claims that …" / "denied that …" of one day are one event.
struct HaltingAndRejectingTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func haltingProductionIsClosingThePlant() throws {
        let a = F.extract("The carmaker halted production at its Ohio plant ⟦on Friday⟧.", values: ["2026-05-08"], id: "a", published: "2026-05-08")
        let b = F.extract("The carmaker shut its Ohio plant ⟦on Friday⟧ after a parts shortage.", values: ["2026-05-08"], id: "b", published: "2026-05-11")
        #expect(try F.mention(a, "halted").lemma == "close")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
        let c = F.extract("Production at the mill was suspended ⟦on Monday⟧.", values: ["2026-05-11"], published: "2026-05-12")
        #expect(try F.mention(c, "suspended").lemma == "close")
    }

    @Test func suspendingTalksIsNoClosing() throws {
        let m = F.extract("The union suspended the talks ⟦on Monday⟧.", values: ["2026-05-11"], published: "2026-05-12")
        #expect(try F.mention(m, "suspended").lemma != "close")
    }

    @Test func rejectingAClaimIsDenyingIt() throws {
        let a = F.extract("The airline ⟦today⟧ rejected claims that its pilots had been overworked.", values: ["2026-05-13"], id: "a", published: "2026-05-13")
        let b = F.extract("⟦On Wednesday⟧ the airline denied that its pilots had been overworked.", values: ["2026-05-13"], id: "b", published: "2026-05-14")
        #expect(try F.mention(a, "rejected").lemma == "deny")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        let c = F.extract("The board rejected the takeover bid ⟦on Wednesday⟧.", values: ["2026-05-13"], published: "2026-05-14")
        #expect(try F.mention(c, "rejected").lemma != "deny")
    }
}
