import Testing
@testable import TimelineCore

/// Two outlets telling one happening of one day with two verbs that share no sense, naming the same place or body and a
/// word of their clauses, are one event; verbs of opposite changes never are.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParaphraseMergeTests {
    static func chronology(_ files: [(String, String)]) -> Chronology {
        let today = Day(year: 2026, month: 1, day: 1)!
        let corpus = CorpusLoader(today: today).load(contents: files.map { (path: "corpus/" + $0.0, bytes: Array($0.1.utf8)) })
        return TimelinePipeline(today: today).build(corpus: corpus)
    }

    @Test func oneHappeningToldWithTwoVerbsIsOneEvent() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-03-07\n---\nUpdates.\n\nBay Memorial Hospital in Superior resumed accepting ambulances on Friday afternoon.\n"),
            ("weekly.md", "---\npublished: 2025-03-14\n---\nReview.\n\nBay Memorial reopened to ambulances on Friday, March 7.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reopened" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["blog", "weekly"], "\(c.events.map(\.summary))")
    }

    @Test func theStorysTownIsNoNameInCommon() throws {
        // (every line of a story names its town: "taken to the Sept-Îles regional hospital" is not the overrun at
        // Sept-Îles of that day)
        let c = Self.chronology([
            ("daily.md", "---\npublished: 2025-10-08\n---\nDaily.\n\nEight passengers and a flight attendant were taken to the Sept-Îles regional hospital after the evacuation on Sunday.\n"),
            ("trade.md", "---\npublished: 2025-10-16\n---\nTrade.\n\nThe overrun of an Estuaire Air A220-300 at Sept-Îles, Quebec, on Oct. 5 has renewed calls for longer runway end safety areas at Canada's regional airports.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["daily", "trade"] }, "\(c.events.map(\.summary))")
    }

    @Test func oppositeChangesOrNothingSharedStayApart() throws {
        let opposite = Self.chronology([
            ("a.md", "---\npublished: 2025-03-04\n---\nUpdates.\n\nSt. Clare diverted ambulances on Monday.\n"),
            ("b.md", "---\npublished: 2025-03-05\n---\nReview.\n\nSt. Clare resumed accepting ambulances on Monday.\n"),
        ])
        #expect(!opposite.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(opposite.events.map(\.summary))")
        let unrelated = Self.chronology([
            ("a.md", "---\npublished: 2025-03-04\n---\nUpdates.\n\nSt. Clare hired two nurses on Monday.\n"),
            ("b.md", "---\npublished: 2025-03-05\n---\nReview.\n\nBay Memorial reopened to ambulances on Monday.\n"),
        ])
        #expect(!unrelated.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(unrelated.events.map(\.summary))")
    }
}

/// Lifting, cancelling or extending what the subject names is a change of it, not it.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ChangeOfAHappeningTests {
    @Test func anOrderLiftedIsNotTheOrder() throws {
        let ms = EventFixtures.extract("The evacuation order was lifted ⟦on Wednesday⟧.", values: ["2025-10-15"], published: "2025-10-17")
        let lifted = try EventFixtures.mention(ms, "lifted")
        // (the evacuation's end, not the order)
        #expect(lifted.lemma.hasSuffix(":end") && !lifted.lemma.hasPrefix("order"), "\(lifted.lemma)")
        let curfew = EventFixtures.extract("The order for residents to stay indoors was lifted ⟦on Wednesday⟧.", values: ["2025-10-15"], published: "2025-10-17")
        #expect(try EventFixtures.mention(curfew, "lifted").lemma == "lift")
        let ended = EventFixtures.extract("The rescue ended ⟦on Tuesday⟧.", values: ["2018-07-10"], published: "2018-07-11")
        #expect(!ended.isEmpty && ended.allSatisfy { $0.lemma != "end" }, "\(ended.map(\.lemma))")
    }
}

/// Calling off or ending a happening is its end: two outlets dating the end differently disagree.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct EndOfAHappeningTests {
    @Test func calledOffAndEndedAreOneEndOnTwoDays() throws {
        let c = ParaphraseMergeTests.chronology([
            ("local.md", "---\npublished: 2025-08-15\n---\nNews.\n\nThe coast guard called off the search for the missing fishermen on Thursday.\n"),
            ("weekly.md", "---\npublished: 2025-08-22\n---\nReview.\n\nOn Friday, Aug. 15, the coast guard ended the search for the missing fishermen.\n"),
        ])
        let e = try #require(c.events.first { Set($0.documentIDs) == ["local", "weekly"] }, "\(c.events.map(\.summary))")
        #expect(e.conflict)
    }

    /// The passive tells the same end with the happening as its subject: "the search was called off".
    @Test func aHappeningCalledOffInThePassiveIsItsEnd() throws {
        let c = ParaphraseMergeTests.chronology([
            ("local.md", "---\npublished: 2025-03-07\n---\nNews.\n\nMountain rescuers called off the search for the two climbers on Wednesday.\n"),
            ("weekly.md", "---\npublished: 2025-03-21\n---\nReview.\n\nThe search for the two climbers was called off on March 6.\n"),
        ])
        let e = try #require(c.events.first { Set($0.documentIDs) == ["local", "weekly"] }, "\(c.events.map(\.summary))")
        #expect(e.conflict)
    }
}

/// Lifting an order for a happening is the happening's end, as ending it is.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LiftedOrderTests {
    @Test func liftingTheEvacuationOrderEndsTheEvacuation() throws {
        let c = ParaphraseMergeTests.chronology([
            ("local.md", "---\npublished: 2025-10-17\n---\nNews.\n\nThe county judge lifted the evacuation order around the plant on Thursday.\n"),
            ("weekly.md", "---\npublished: 2025-10-24\n---\nReview.\n\nOn Thursday, Oct. 16, the county judge ended the evacuation around the plant.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["local", "weekly"] }, "\(c.events.map(\.summary))")
    }
}

/// A denial is known by what it denies: two outlets telling one company's denial of one claim on one day are one
/// event, whether the claim is its clause or a report's; its denial of something else is another.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct DenialMergeTests {
    @Test func oneDenialOfOneClaimIsOneEvent() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-10-15\n---\nUpdates.\n\n3:45 p.m. Norland Chemical denies that workers warned managers about a leaking valve.\n"),
            ("paper.md", "---\npublished: 2025-10-17\n---\nNews.\n\nNorland refused on Thursday to publish its list of chemicals.\n\n"
                + "The company on Wednesday denied a report by a television station that workers had warned managers about a leaking valve a week before the fire.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "denies" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["blog", "paper"], "\(c.events.map(\.summary))")
        // (the fire is measured from the warning, which no day dates: not a week after the denial)
        #expect(!c.events.contains { $0.mentions.contains { $0.triggerText == "fire" } && $0.date.value == "2025-10-22" },
                "\(c.events.map { "\($0.date.value) \($0.summary)" })")
    }

    @Test func aDenialOfAnotherClaimIsAnotherEvent() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-10-15\n---\nUpdates.\n\n3:45 p.m. Norland Chemical denies that workers warned managers about a leaking valve.\n"),
            ("paper.md", "---\npublished: 2025-10-15\n---\nNews.\n\nNorland Chemical on Wednesday denied that the plant had been fined in 2023.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["blog", "paper"] }, "\(c.events.map(\.summary))")
    }
}

/// A refusal is known by what it refuses: "refused to pay" and "says the network will not pay" are one refusal of one
/// speaker; her refusal to comment is another.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct RefusalMergeTests {
    @Test func aRefusalToldAsANegatedPlanIsTheRefusal() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-03-07\n---\nUpdates.\n\n10:50 a.m. Maria Okafor says the network will not pay the ransom.\n"),
            ("weekly.md", "---\npublished: 2025-03-14\n---\nReview.\n\nChief executive Maria Okafor refused to pay on Friday, March 7.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "refused" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["blog", "weekly"], "\(c.events.map(\.summary))")
        let other = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-03-07\n---\nUpdates.\n\n10:50 a.m. Maria Okafor says the network will not pay the ransom.\n"),
            ("weekly.md", "---\npublished: 2025-03-14\n---\nReview.\n\nChief executive Maria Okafor declined to comment on Friday, March 7.\n"),
        ])
        #expect(!other.events.contains { Set($0.documentIDs) == ["blog", "weekly"] }, "\(other.events.map(\.summary))")
    }
}

/// Money freed is money made available, no rescue: "the decree freed 2 billion rupees" is not soldiers freeing two
/// hostages that day (`PhrasalPredicates.funds`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct FreedFundsTests {
    @Test func moneyFreedIsNoRescue() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-09-19\n---\nNews.\n\nSoldiers freed two hostages on Tuesday.\n"),
            ("daily.md", "---\npublished: 2025-09-20\n---\nNews.\n\nThe decree freed 2 billion rupees for flood relief on Tuesday.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["wire", "daily"] }, "\(c.events.map(\.summary))")
    }
}

/// A hillside that gives way is a landslide: "the hillside above the village gave way" and "a landslide struck the
/// mountain village", on one day, are one mishap (`PhrasalPredicates.slopes`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SlopeGivingWayTests {
    @Test func aHillsideGivingWayIsTheLandslide() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-02-10\n---\nNews.\n\nA landslide struck the mountain village late on Sunday, burying 12 homes.\n"),
            ("weekly.md", "---\npublished: 2025-02-20\n---\nReview.\n\nOn Sunday, Feb. 9, the hillside above the village gave way.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "weekly"] }, "\(c.events.map(\.summary))")
    }
}
