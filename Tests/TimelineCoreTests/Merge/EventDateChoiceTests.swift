import Testing
@testable import TimelineCore

/// Which of its sources' dates an event shows, and where an undated event sits in the order.
struct EventDateChoiceTests {
    @Test func aClockTimeOfTheNextMorningIsFinerThanTheOvernightBeforeIt() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nSanta Fe was reconnected overnight, the utility says.\n"),
            ("daily.md", "---\npublished: 2025-07-17\n---\nSanta Fe.\n\nSanta Fe was reconnected at about 3 a.m. on Wednesday.\n"),
        ])
        let e = try #require(c.events.first { Set($0.documentIDs) == ["blog", "daily"] }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-07-16T03:00")
        #expect(!e.conflict)
    }

    @Test func aLiveBlogsStampIsNotTheTimeOfWhatItsEntryReports() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-09-05\n---\nLIVE: Outbreak updates\n\n11:50 a.m. A second patient has died at St. Brendan Medical Center.\n"),
            ("desk.md", "---\npublished: 2025-09-06\n---\nSecond death.\n\nA second patient died at St. Brendan Medical Center on Friday morning, the hospital said.\n"),
        ])
        let e = try #require(c.events.first { Set($0.documentIDs) == ["blog", "desk"] }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-09-05TMO")
    }

    @Test func aStampAloneStillDatesItsEntry() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-09-05\n---\nLIVE: Outbreak updates\n\n11:50 a.m. A second patient has died at St. Brendan Medical Center.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "died" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-09-05T11:50")
    }

    @Test func anUndatedEventACueSetsBeforeADatedOneDoesNotPushItPastItsDay() throws {
        // "after the fire": the fire is undated (on or before Thursday, where it sorts); the dated Wednesday stays first.
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2025-07-17\n---\nBlackout.\n\nA fire at a substation blacked out much of central New Mexico.\n\n"
                + "The lights came back on across Santa Fe shortly after 3 a.m. on Wednesday, about ten hours after the fire.\n"),
        ])
        let lights = try #require(c.events.firstIndex { $0.mentions.contains { $0.triggerText == "came" } }, "\(c.events.map(\.summary))")
        let blackout = try #require(c.events.firstIndex { $0.mentions.contains { $0.triggerText == "blacked" } })
        #expect(lights < blackout)
    }
}
