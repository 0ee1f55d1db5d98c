import Testing
@testable import TimelineCore

/// A clause's count: a batch counted ("five more bodies") against another count on another day is another batch, not a
/// conflict; a total revised is one event; a count both outlets give is evidence that two verbs tell one happening.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct CountedBatchTests {
    static let chronology = ParaphraseMergeTests.chronology

    @Test func aBatchAndAnotherCountOnAnotherDayAreTwoEvents() throws {
        let c = Self.chronology([
            ("desk.md", "---\npublished: 2025-08-12\n---\nFerry toll rises.\n\nRescuers pulled five more bodies from the sea off Tingloy on Tuesday.\n"),
            ("weekly.md", "---\npublished: 2025-08-16\n---\nA week at sea.\n\nOn Wednesday, Aug. 13, navy divers pulled seven bodies from the wreck off Tingloy.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["desk", "weekly"] }, "\(c.events.map(\.summary))")
        #expect(c.events.allSatisfy { !$0.conflict })
    }

    @Test func aTotalRevisedOnAnotherDayIsOneEvent() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2024-11-02\n---\nNepal quake.\n\nA magnitude 6.4 earthquake struck western Nepal on Friday, killing at least 153 people.\n"),
            ("radio.md", "---\npublished: 2024-11-03\n---\nNepal mourns.\n\nThe earthquake in western Nepal killed 157 people on Saturday.\n"),
        ])
        let killed = c.events.filter { $0.mentions.contains { ($0.triggerText ?? "").hasPrefix("kill") } }
        #expect(killed.count == 1, "\(c.events.map(\.summary))")
    }

    @Test func oneCountToldWithTwoVerbsIsOneEvent() throws {
        let c = Self.chronology([
            ("desk.md", "---\npublished: 2025-08-12\n---\nFerry toll rises.\n\nRescuers pulled five more bodies from the sea on Tuesday.\n"),
            ("blog.md", "---\npublished: 2025-08-12\n---\nLive updates.\n\nFive more bodies were recovered from the sea on Tuesday, the coast guard said.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "pulled" } })
        #expect(Set(e.documentIDs) == ["desk", "blog"], "\(c.events.map(\.summary))")
        // (another count on that day is another batch)
        let other = Self.chronology([
            ("desk.md", "---\npublished: 2025-08-12\n---\nFerry toll rises.\n\nRescuers pulled five more bodies from the sea on Tuesday.\n"),
            ("blog.md", "---\npublished: 2025-08-12\n---\nLive updates.\n\nSix more bodies were recovered from the sea on Tuesday, the coast guard said.\n"),
        ])
        #expect(!other.events.contains { Set($0.documentIDs) == ["desk", "blog"] }, "\(other.events.map(\.summary))")
    }

    @Test func anEntryStampStaysOnTheBlogsDay() throws {
        // A live blog of Tuesday whose entry above tells of Monday: the stamp of the entry below is still Tuesday's.
        let today = Day(year: 2026, month: 1, day: 1)!
        let text = "LIVE: Ferry disaster, day two\n\n9:40 a.m. The ferry overturned early on Monday on its way to Calapan.\n\n"
            + "9:05 a.m. Five more bodies were recovered from the water near Tingloy, the coast guard says.\n"
        let corpus = CorpusLoader(today: today).load(contents: [(path: "corpus/blog.txt", bytes: Array(text.utf8))],
                                                     sidecar: "blog.txt:\n  published: 2025-08-12\n")
        let c = TimelinePipeline(today: today).build(corpus: corpus)
        let recovered = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "recovered" }, "\(c.events.map(\.summary))")
        #expect(recovered.date.value == "2025-08-12T09:05", "\(recovered.date.value)")
        let overturned = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "overturned" })
        #expect(overturned.date.value.hasPrefix("2025-08-11"))
    }
}

/// An age keeps two deaths apart only against another age; an "overnight" death told again in a live blog's morning
/// entry is one death.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AgeAndOvernightTests {
    @Test func anAgeAndAnOrdinalDoNotTellTwoDeathsApart() throws {
        let today = Day(year: 2026, month: 1, day: 1)!
        let blog = "LIVE: Outbreak updates\n\n11:50 a.m. A second patient has died.\n\n"
            + "8:10 a.m. The health district says a 64-year-old woman died overnight at St. Brendan Medical Center.\n"
        let desk = "---\npublished: 2025-09-05\n---\nSecond death.\n\nA second patient, a woman in her sixties, died on Friday morning at St. Brendan Medical Center.\n"
        let corpus = CorpusLoader(today: today).load(contents: [(path: "corpus/blog.txt", bytes: Array(blog.utf8)),
                                                                (path: "corpus/desk.md", bytes: Array(desk.utf8))],
                                                     sidecar: "blog.txt:\n  published: 2025-09-05\n")
        let c = TimelinePipeline(today: today).build(corpus: corpus)
        let deaths = c.events.filter { $0.mentions.contains { $0.triggerText == "died" } }
        #expect(deaths.count == 1, "\(deaths.map(\.summary))")
        #expect(deaths.first.map { Set($0.documentIDs) } == ["blog", "desk"])
        #expect(deaths.allSatisfy { !$0.conflict })
    }

    @Test func twoAgesStillTellTwoDeathsApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2025-09-05\n---\nDeaths.\n\nHarold Briggs, 71, died at St. Brendan Medical Center on Wednesday.\n"),
            ("b.md", "---\npublished: 2025-09-05\n---\nDeaths.\n\nA 64-year-old woman died at St. Brendan Medical Center on Wednesday.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }
}
