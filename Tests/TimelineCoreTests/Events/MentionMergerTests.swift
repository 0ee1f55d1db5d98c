import Testing
@testable import TimelineCore

@Suite struct MentionMergerTests {
    typealias F = EventFixtures

    static let herald = """
    India and Bangladesh will hold talks on flood control in Kolkata ⟦on Wednesday⟧, after Dhaka claimed that its soldiers have evacuated villages near two northern towns.
    Sheikh Rahman, a spokesman for the Bangladeshi water ministry, ⟦today⟧ said that the two delegations will meet ⟦between 17 and 18 July⟧.
    """
    static let wire = """
    Talks between Bangladesh and India on flood control could take place in Calcutta ⟦on Thursday⟧, says the water ministry.
    Negotiators from both countries have met twice in Dhaka. Talks then shifted online.
    Indian officials had said that a first round of meetings was planned to start ⟦on Thursday⟧, after about two weeks of online talks.
    """

    func corpus(reversed: Bool = false) -> [ExtractedMention] {
        let a = F.extract(Self.herald, values: ["2024-07-17", "2024-07-14", "2024-07-17/2024-07-18"], id: "herald", published: "2024-07-14")
        let b = F.extract(Self.wire, values: ["2024-07-18", "2024-07-18"], id: "wire", published: "2024-07-15")
        return reversed ? b + a : a + b
    }

    func merge(_ ms: [ExtractedMention]) -> [Event] {
        MentionMerger(within: F.within).merge(ms, documents: [])
    }

    @Test func theSameTalksFromTwoSourcesAreOneEventWithTheirConflict() throws {
        let events = merge(corpus())
        let round = try #require(events.first { $0.mentions.count >= 3 })
        #expect(Set(round.documentIDs) == ["herald", "wire"])
        #expect(round.conflict)
        #expect(round.date.interval == DayInterval(Day(iso: "2024-07-17")!, Day(iso: "2024-07-18")!))
        #expect(round.date.value == "2024-07-17/2024-07-18")
        // Each source keeps its own date in its mention.
        #expect(Set(round.mentions.map(\.date.value)).isSuperset(of: ["2024-07-17", "2024-07-18"]))
        #expect(round.places.contains { $0.name == "Kolkata" })
    }

    /// An undated mention and a dated one of the same actor are one event only when they also share the predicate or
    /// words: "talks with its lenders failed" is not "Carver had negotiated an agreement with the union on Sunday".
    @Test func anUndatedMentionOfTheSameActorWithNothingElseInCommonStaysApart() {
        let ms = F.extract("Carver Motors filed for bankruptcy protection ⟦on Thursday⟧ after talks with its lenders failed, the company said. "
                           + "Carver said it had negotiated an agreement with the autoworkers' union ⟦on Sunday⟧.",
                           values: ["2009-04-30", "2009-04-26"], id: "wire", published: "2009-04-30")
        let events = merge(ms)
        let negotiated = events.first { $0.mentions.contains { $0.triggerText == "negotiated" } }
        #expect(negotiated?.mentions.count == 1, "\(events.map(\.summary))")
        #expect(events.contains { $0.mentions.contains { $0.triggerText == "failed" } && $0.id != negotiated?.id })
    }

    @Test func pastMeetingsElsewhereAndOnlineTalksStaySeparateAndOrdered() throws {
        let events = merge(corpus())
        let dhaka = try #require(events.firstIndex { $0.summary.contains("met twice") })
        let online = try #require(events.firstIndex { $0.summary.contains("shifted online") })
        let round = try #require(events.firstIndex { $0.mentions.count >= 3 })
        #expect(dhaka < online)
        #expect(online < round)
        #expect(events[online].mentions.count == 2)  // "talks then shifted online" = "two weeks of online talks"
        #expect(events[dhaka].mentions.count == 1)
    }

    @Test func idsAndOrderDoNotDependOnTheOrderOfArticles() {
        let a = merge(corpus())
        let b = merge(corpus(reversed: true))
        #expect(a.map(\.id) == b.map(\.id))
        #expect(Set(a.map(\.id)).count == a.count)
    }

    @Test func differentCitiesOnTheSameDayAreDifferentEvents() {
        let a = F.extract("Rebels attacked a convoy in Lyon ⟦on Friday⟧.", values: ["2024-07-12"], id: "a")
        let b = F.extract("Rebels attacked a convoy in Nice ⟦on Friday⟧.", values: ["2024-07-12"], id: "b")
        let c = F.extract("Police said rebels attacked a convoy in Lyon ⟦on Friday⟧.", values: ["2024-07-12"], id: "c")
        let events = merge(a + b + c)
        #expect(events.count == 2)
        #expect(events.contains { $0.mentions.count == 2 && $0.places.map(\.name) == ["Lyon"] })
    }

    @Test func aWeekContainsADayWithoutConflict() throws {
        let a = F.extract("Landslides struck villages around Sylhet ⟦last week⟧.", values: ["2024-W28"], id: "a", published: "2024-07-15")
        let b = F.extract("A landslide struck villages around Sylhet ⟦on Wednesday⟧.", values: ["2024-07-10"], id: "b", published: "2024-07-15")
        let events = merge(a + b)
        let e = try #require(events.first)
        #expect(events.count == 1)
        #expect(!e.conflict)
        #expect(e.date.value == "2024-07-10")
    }

    @Test func mentionsOfDifferentKindsInOneDocumentAreNotMerged() {
        let ms = F.extract("Troops shelled Siliguri ⟦on Friday⟧. Officials evacuated Siliguri ⟦on Friday⟧.", values: ["2024-07-12", "2024-07-12"])
        #expect(merge(ms).count == 2)
    }

    @Test func chronologicalOrderByStart() {
        let ms = F.extract("A flood hit Jalpaiguri in ⟦1968⟧. Troops shelled Siliguri ⟦on Friday⟧. Engineers built a dam in Sylhet in ⟦2001⟧.",
                           values: ["1968", "2024-07-12", "2001"])
        let starts = merge(ms).compactMap { $0.date.interval?.start }
        #expect(starts == starts.sorted())
        #expect(starts.count == 3)
    }

    @Test func anAfterClauseNeverOrdersAgainstTheDatesOfBoth() {
        // The parse may hang "after it warned on Wednesday" on the wrong clause; the dates of both still decide.
        let ms = F.extract("Shares fell on ⟦Thursday⟧, their worst day since the company went public in ⟦2011⟧, after it warned on ⟦Wednesday⟧.",
                           values: ["2021-03-11", "2011", "2021-03-10"], published: "2021-03-12")
        let starts = merge(ms).compactMap { $0.date.interval?.start }
        #expect(starts == starts.sorted())
        #expect(starts.count >= 2)
    }
}

