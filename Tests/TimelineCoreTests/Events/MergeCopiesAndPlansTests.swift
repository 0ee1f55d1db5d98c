import Testing
@testable import TimelineCore

/// Wire copies are one event whatever their dates; a plan and its outcome are two; a conflict needs two sources.
@Suite struct MergeCopiesAndPlansTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    static let wire = "Rebels attacked a convoy of aid lorries near Siliguri ⟦on Friday⟧, killing two drivers, police said."

    @Test func printingsOfOneWireStoryAreOneEventWithoutConflict() throws {
        // The same text printed on the day, the next day, and a week later ("on Friday" then reads a week later).
        var ms: [ExtractedMention] = []
        for (i, (day, published)) in [("2024-07-12", "2024-07-13"), ("2024-07-12", "2024-07-14"), ("2024-07-19", "2024-07-20")].enumerated() {
            ms += F.extract(Self.wire, values: [day], id: "outlet\(i)", published: published)
        }
        // A lightly edited printing: another date form and a word changed.
        ms += F.extract("Rebels attacked a convoy of aid trucks near Siliguri ⟦on 12 July⟧, killing two drivers, police said.",
                        values: ["2024-07-12"], id: "outlet3", published: "2024-07-13")
        // Two happenings (the attack, the killing), each one event with every printing.
        let events = merge(ms)
        let e = try #require(events.first { $0.mentions.first?.triggerText == "attacked" })
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.mentions.count == 4 && !$0.conflict })
        #expect(e.date.value == "2024-07-12")
    }

    @Test func twoHundredPrintingsGiveOneEventWithTwoHundredMentions() {
        var ms: [ExtractedMention] = []
        for i in 0..<200 {
            let day = Day(iso: "2024-07-12")!.adding(days: i % 9)!
            ms += F.extract(Self.wire, values: [day.iso], id: "outlet\(i)", published: day.adding(days: 1)!.iso)
        }
        let events = merge(ms)
        #expect(events.count == 2)  // the attack and the killing
        #expect(events.allSatisfy { $0.mentions.count == 200 && !$0.conflict })
    }

    /// A dated announcement of a plan is an event beside the plan; two sayings of one speaker about different things
    /// are two events.
    @Test func aSpeakersSayingsAboutDifferentThingsStayApart() {
        let text = "Anil Rao, a spokesman for the water ministry, ⟦today⟧ said that the two delegations will meet next month.\n“The river is still rising,” he said."
        let ms = F.extract(text, values: ["2024-07-14"], published: "2024-07-14")
        let sayings = ms.filter { $0.triggerClass == .statement }
        #expect(sayings.count == 2, "\(ms.map { ($0.mention.triggerText ?? "-", $0.triggerClass) })")
        #expect(sayings.contains { $0.mention.date.value == "2024-07-14" && !$0.mention.date.isFallback })
        #expect(merge(sayings).count == 2)
    }

    @Test func shortSentencesAreNotCopiesOfEachOther() {
        let a = F.extract("Troops shelled Siliguri ⟦on Friday⟧.", values: ["2024-07-12"], id: "a")
        let b = F.extract("Troops shelled Siliguri ⟦on Friday⟧.", values: ["2024-03-01"], id: "b")
        #expect(merge(a + b).count == 2)
    }

    @Test func aPlanAndItsOutcomeAreTwoEventsWithoutConflict() {
        let plan = F.extract("The two delegations will meet in Kolkata ⟦on Monday⟧.", values: ["2024-07-15"], id: "a", published: "2024-07-13")
        let outcome = F.extract("The two delegations met in Kolkata ⟦on Tuesday⟧, a day late.", values: ["2024-07-16"],
                                id: "b", published: "2024-07-17")
        let events = merge(plan + outcome)
        #expect(events.count == 2)
        #expect(events.allSatisfy { !$0.conflict })
        #expect(Set(events.map(\.modality)) == [.planned, .happened])
    }

    @Test func outletsThatDateOneEventDifferentlyConflictButOneArticleDoesNot() throws {
        let one = F.extract("Troops shelled Siliguri ⟦on Monday⟧. The shelling of Siliguri ⟦on Tuesday⟧ wounded nine.",
                            values: ["2024-07-15", "2024-07-16"], id: "a", published: "2024-07-17")
        // One article dating shellings on two days reports two shellings, neither in conflict.
        let alone = merge(one).filter { $0.mentions.contains { ["shelled", "shelling"].contains($0.triggerText ?? "") } }
        #expect(alone.count == 2)
        #expect(alone.allSatisfy { !$0.conflict })
        let other = F.extract("Troops shelled Siliguri ⟦on Tuesday⟧, wounding nine.", values: ["2024-07-16"], id: "b", published: "2024-07-17")
        let third = F.extract("Siliguri was shelled ⟦on Monday⟧ and nine people were wounded.", values: ["2024-07-15"], id: "c", published: "2024-07-17")
        let both = try #require(merge(other + third).first)
        #expect(both.mentions.count == 2)
        #expect(both.conflict)
    }

    /// Outlets disagreeing on the day: the event spans the days they name, not a coarser date a third gives.
    @Test func aConflictSpansTheDisputedDaysOnly() throws {
        let a = F.extract("A federal jury convicted the former mayor ⟦on Thursday⟧ of taking bribes.", values: ["2025-06-05"], id: "a",
                          published: "2025-06-06")
        let b = F.extract("Daniel Morrow, who led the city for eight years, was convicted ⟦on Friday⟧.", values: ["2025-06-06"], id: "b",
                          published: "2025-06-07")
        let c = F.extract("Lawyers for Morrow, convicted ⟦last month⟧, filed an appeal.", values: ["2025-06"], id: "c",
                          published: "2025-07-15")
        let conviction = try #require(merge(a + b + c).first { $0.mentions.count == 3 })
        #expect(conviction.conflict)
        #expect(conviction.date.value == "2025-06-05/2025-06-06", "\(conviction.date.value)")
    }

    /// An arrest, an indictment and a conviction of one person are three events.
    @Test func theStagesOfACaseAreDifferentEvents() {
        let a = F.extract("Daniel Morrow was convicted ⟦on Friday⟧ of bribery. Morrow resigned as mayor ⟦in March 2023⟧, two weeks after "
                          + "he was indicted.", values: ["2025-06-06", "2023-03"], id: "a", published: "2025-06-07")
        let events = merge(a)
        #expect(!events.contains { e in e.mentions.contains { $0.triggerText == "convicted" } && e.mentions.contains { $0.triggerText == "indicted" } },
                "\(events.map(\.summary))")
    }
}
