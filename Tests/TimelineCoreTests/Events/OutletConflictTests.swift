import Testing
@testable import TimelineCore

/// Multi-outlet mini-stories of our own: a real disagreement between outlets about one event's date is flagged once;
/// a plan and what became of it are two events, never a conflict; one outlet telling a date twice is no conflict.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct OutletConflictTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aRealDisagreementIsFlaggedOnce() throws {
        // Three outlets on a ferry sinking; one dates it a day later than the others. Each also reports rescues.
        let a = F.extract("A ferry capsized on the river near Sylhet ⟦on Tuesday⟧, police said. Divers rescued 40 passengers.",
                          values: ["2024-07-16"], id: "a", published: "2024-07-17")
        let b = F.extract("A ferry carrying 60 people capsized near Sylhet ⟦on Tuesday⟧. Rescuers searched the river overnight.",
                          values: ["2024-07-16"], id: "b", published: "2024-07-17")
        let c = F.extract("The ferry capsized near Sylhet ⟦on Wednesday⟧, officials said.",
                          values: ["2024-07-17"], id: "c", published: "2024-07-18")
        let events = merge(a + b + c)
        let capsized = events.filter { $0.mentions.contains { $0.triggerText == "capsized" } }
        #expect(capsized.count == 1)
        let e = try #require(capsized.first)
        #expect(Set(e.documentIDs) == ["a", "b", "c"])
        #expect(e.conflict)
        #expect(events.filter(\.conflict).count == 1)
    }

    @Test func aPlanAndItsOutcomeAreTwoEventsWithoutConflict() throws {
        let plan = F.extract("The port authority expects to reopen the channel ⟦by the end of May⟧.",
                             values: ["2024-05"], id: "a", published: "2024-05-02")
        let outcome = F.extract("The channel reopened ⟦on 10 June⟧, the port authority said.",
                                values: ["2024-06-10"], id: "b", published: "2024-06-11")
        let events = merge(plan + outcome)
        let reopen = events.filter { $0.mentions.contains { ($0.triggerText ?? "").hasPrefix("reopen") } }
        #expect(reopen.count == 2)
        #expect(events.allSatisfy { !$0.conflict })
        // (The reopening is told as the authority's word: "…, the port authority said".)
        #expect(Set(reopen.map(\.modality)) == [.expected, .claimed])
    }

    @Test func oneOutletGivingTwoDatesIsNoConflict() throws {
        let a = F.extract("The ferry capsized near Sylhet ⟦on Tuesday⟧. The ferry capsized ⟦late on Monday⟧, one survivor said.",
                          values: ["2024-07-16", "2024-07-15"], id: "a", published: "2024-07-17")
        #expect(merge(a).allSatisfy { !$0.conflict })
    }

    /// A plan told by the day it lasts until ("expected to last until Friday") gives the end of its span, not its day:
    /// no disagreement with another outlet's day ("due to end on Saturday"); told as its day, it is one.
    @Test func aPlanToldByTheDayItLastsUntilIsNoConflict() throws {
        let early = F.extract("The talks are expected to last until ⟦Friday⟧.", values: ["2026-11-13"], id: "a", published: "2026-11-09")
        let late = F.extract("The round is due to end on ⟦Saturday⟧.", values: ["2026-11-14"], id: "b", published: "2026-11-13")
        let events = merge(early + late)
        let talks = try #require(events.first { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        #expect(!talks.conflict)
        // (the same two days, the first told as the talks' end, are in conflict)
        let ending = F.extract("The round is expected to end on ⟦Friday⟧.", values: ["2026-11-13"], id: "a", published: "2026-11-09")
        #expect(merge(ending + late).contains { $0.conflict })
    }

    @Test func anAnnouncedDayAndTheDayItHappenedAreTwoEvents() throws {
        let plan = F.extract("The channel will reopen ⟦on 10 June⟧, the port authority said.",
                             values: ["2024-06-10"], id: "a", published: "2024-06-01")
        let outcome = F.extract("The channel reopened ⟦on 10 June⟧.", values: ["2024-06-10"], id: "b", published: "2024-06-11")
        let events = merge(plan + outcome).filter { $0.mentions.contains { ($0.triggerText ?? "").hasPrefix("reopen") } }
        #expect(events.count == 2)
        #expect(Set(events.map(\.modality)) == [.planned, .happened])
        #expect(events.allSatisfy { !$0.conflict })
    }
}
