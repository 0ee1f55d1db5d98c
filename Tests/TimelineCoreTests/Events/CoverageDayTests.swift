import Testing
@testable import TimelineCore

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
