import Testing
@testable import TimelineCore

/// Quitting with no object is resigning, pausing or freezing a process is suspending it, releasing a document is
/// publishing it (`PhrasalPredicates`): two outlets' "quit" / "resigned", "paused the procurement" / "suspended the
/// procurement" and "released the terms of reference" / "published" of one day are one event.
struct QuitAndPauseTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func quittingIsResigning() throws {
        let a = F.extract("The finance minister, Jane Doe, resigned ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "a", published: "2026-03-11")
        let b = F.extract("Doe quit ⟦on Tuesday⟧ over a leaked email.", values: ["2026-03-10"], id: "b", published: "2026-03-12")
        #expect(try F.mention(b, "quit").lemma == "resign")
        let events = merge(a + b)
        #expect(events.count == 1, "\(events.map(\.summary))")
    }

    @Test func quittingSomethingNamedIsNoResignation() throws {
        let m = F.extract("The union quit the talks ⟦on Tuesday⟧.", values: ["2026-03-10"], published: "2026-03-11")
        #expect(try F.mention(m, "quit").lemma != "resign")
    }

    @Test func pausingOrFreezingAProcessIsSuspendingIt() throws {
        let a = F.extract("The ministry suspended the procurement ⟦on Wednesday⟧.", values: ["2026-03-11"], id: "a", published: "2026-03-12")
        let b = F.extract("The ministry paused the procurement ⟦on Wednesday⟧.", values: ["2026-03-11"], id: "b", published: "2026-03-13")
        #expect(try F.mention(b, "paused").lemma == "suspend")
        let c = F.extract("The ministry froze the tender ⟦on Wednesday⟧.", values: ["2026-03-11"], id: "c", published: "2026-03-13")
        #expect(try F.mention(c, "froze").lemma == "suspend")
        #expect(merge(a + b).count == 1)
    }

    @Test func aPriceFreezeIsNoSuspension() throws {
        let m = F.extract("The government froze fuel prices ⟦on Wednesday⟧.", values: ["2026-03-11"], published: "2026-03-12")
        #expect(try F.mention(m, "froze").lemma != "suspend")
    }

    @Test func releasingADocumentIsPublishingIt() throws {
        let a = F.extract("The premier released the terms of reference for the inquiry ⟦on Friday⟧.", values: ["2026-03-13"], id: "a",
                          published: "2026-03-13")
        let b = F.extract("The terms of reference for the inquiry were published ⟦on Friday⟧.", values: ["2026-03-13"], id: "b",
                          published: "2026-03-19")
        #expect(try F.mention(a, "released").lemma == "publish")
        #expect(merge(a + b).count == 1)
        let c = F.extract("The rebels released seven hostages ⟦on Friday⟧.", values: ["2026-03-13"], published: "2026-03-14")
        #expect(try F.mention(c, "released").lemma != "publish")
    }

    /// Pictures released are published too: "released CCTV images" / "released CCTV footage" of one day are one event.
    @Test func releasingPicturesIsPublishingThem() throws {
        let a = F.extract("Detectives released CCTV images of the two suspects ⟦on Monday⟧.", values: ["2026-03-09"], id: "a",
                          published: "2026-03-10")
        let b = F.extract("Police released CCTV footage of two men near the bank ⟦on Monday⟧.", values: ["2026-03-09"], id: "b",
                          published: "2026-03-12")
        #expect(try F.mention(a, "released").lemma == "publish")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    /// An alarm sounding or going off is one happening ("sound" is else a verb of seeming, "go off" of a bomb exploding).
    @Test func anAlarmSoundingIsItGoingOff() throws {
        let a = F.extract("The fire alarm at the school sounded ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "a",
                          published: "2026-03-11")
        let b = F.extract("The school's fire alarm went off ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "b", published: "2026-03-12")
        #expect(try F.mention(a, "sounded").lemma == "sound")
        #expect(try F.mention(b, "went off").lemma == "sound")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
        let c = F.extract("The plan sounded odd to the council ⟦on Tuesday⟧.", values: ["2026-03-10"], published: "2026-03-11")
        #expect(!c.contains { $0.mention.triggerText == "sounded" })
    }
}
