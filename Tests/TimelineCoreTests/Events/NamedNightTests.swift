import Testing
@testable import TimelineCore

/// "The night of" a day runs past midnight into the next morning, as "overnight on" it does: another outlet's next day
/// is no conflict (`EventExtractor.namedNights`, `MentionMerger.runsPastMidnight`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NamedNightTests {
    static func escape(_ desk: String, published: String = "2025-09-16") -> Chronology {
        ParaphraseMergeTests.chronology([
            ("desk.md", "---\npublished: \(published)\n---\nDesk.\n\n" + desk + "\n"),
            ("blog.md", "---\npublished: 2025-09-11\n---\nUpdates.\n\nThe two inmates who broke out of HMP Kirkhill on Monday have not been found, police say.\n"),
        ])
    }

    @Test func theNightOfADayIsThatNightIntoTheNextMorning() throws {
        let c = Self.escape("The pair broke out of HMP Kirkhill during the night of September 7, police said.")
        let e = try #require(c.events.first { Set($0.documentIDs) == ["desk", "blog"] }, "\(c.events.map(\.summary))")
        #expect(!e.conflict)
        let night = try #require(e.mentions.first { $0.document == "desk" })
        #expect(night.date.value == "2025-09-07TNI")
    }

    @Test func aWeekdayNightIsToldOfItsDay() throws {
        // ("gave way on Sunday night" against "collapsed early on Monday": outlets that disagree)
        let c = Self.escape("The pair broke out of HMP Kirkhill on Sunday night, police said.", published: "2025-09-09")
        #expect(c.events.contains { Set($0.documentIDs) == ["desk", "blog"] && $0.conflict }, "\(c.events.map(\.summary))")
    }

    @Test func theTaggerStillMarksTheDateAlone() {
        let timexes = TemporalTagger().tag("The pair broke out during the night of September 7.", dct: Day(year: 2025, month: 9, day: 16)!)
        #expect(timexes.map(\.text) == ["September 7"])
    }
}

/// A day in a headline that names the coverage ("– Monday updates") dates no happening (`EventExtractor.datesTheCoverage`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct CoverageDayTests {
    @Test func aLiveBlogsDayDatesNoAccident() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-10-06\n---\nLIVE: Flight 512 runway accident in Sept-Îles – Monday updates\n\n9:05 a.m. Cranes are lifting the jet out of the mud.\n"),
            ("weekly.md", "---\npublished: 2025-10-16\n---\nReview.\n\nThe airport reopened on Oct. 7, two days after the accident.\n"),
        ])
        let headline = try #require(c.events.flatMap(\.mentions).first { $0.document == "blog" && $0.triggerText == "accident" })
        #expect(headline.date.isFallback, "\(headline.date.value)")
        #expect(!c.events.contains { $0.conflict })
    }

    @Test func aDayBeforeAHappeningInAHeadlineStillDatesIt() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-10-08\n---\nAirport reopens Tuesday after runway accident\n\nThe airport reopened at 2 p.m.\n"),
        ])
        let reopens = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "reopens" })
        #expect(reopens.date.value == "2025-10-07", "\(reopens.date.value)")
    }
}

/// What a dated happening did took place that day ("An aftershock on Tuesday damaged a health post"); told in the present
/// or the present perfect it is told of now ("The overrun on Oct. 5 has renewed calls …").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct WhatAHappeningDidTests {
    static func date(_ sentence: String, trigger: String) throws -> EventDate {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-16\n---\nDesk.\n\n" + sentence + "\n")])
        return try #require(c.events.flatMap(\.mentions).first { $0.triggerText == trigger }).date
    }

    @Test func inThePastItIsThatDay() throws {
        #expect(try Self.date("An aftershock on Tuesday damaged a health post.", trigger: "damaged").value == "2025-10-14")
    }

    @Test func inThePresentPerfectItIsNow() throws {
        let d = try Self.date("The overrun of an Estuaire Air A220-300 at Sept-Îles, Quebec, on Oct. 5 has renewed calls for longer runway end safety areas at Canada's regional airports.", trigger: "renewed")
        #expect(d.value != "2025-10-05" && d.isFallback, "\(d.value)")
    }
}
