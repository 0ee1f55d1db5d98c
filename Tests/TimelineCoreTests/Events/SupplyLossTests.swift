import Testing
@testable import TimelineCore

/// Power lost over a region is one happening however an outlet tells it ("knocked out the grid", "the outage began",
/// "lost power", "blacked out"), and not the fire that caused it; getting it back is one restoration whatever verb brings
/// it back ("was restored", "came back on", "was brought back online"), and a night told as "overnight" meets the
/// morning after it.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SupplyLossTests {
    static func chronology(_ files: [(String, String)]) -> Chronology { ParaphraseMergeTests.chronology(files) }

    @Test func anOutageToldFourWaysIsOneEvent() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2025-07-16\n---\nNews.\n\nA transformer fire knocked out the grid across the region on Tuesday afternoon.\n"),
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nThe outage began at 4:52 p.m. on Tuesday.\n"),
            ("daily.md", "---\npublished: 2025-07-18\n---\nNews.\n\nAbout 410,000 customers lost power on Tuesday.\n"),
            ("trade.md", "---\npublished: 2025-07-24\n---\nAnalysis.\n\nThe fire blacked out 410,000 customers on July 15.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "lost" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "blog", "daily", "trade"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(!e.conflict)
    }

    @Test func aFireAndTheBlackoutItCausedAreTwoEvents() throws {
        let c = Self.chronology([
            ("a.md", "---\npublished: 2025-07-16\n---\nNews.\n\nA fire broke out at the substation on Tuesday.\n"),
            ("b.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nThe whole region lost power on Tuesday.\n"),
        ])
        #expect(c.events.contains { $0.mentions.contains { $0.triggerText == "lost" } }, "\(c.events.map(\.summary))")
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func aTransformerBurstingIntoFlamesIsTheFire() throws {
        let c = Self.chronology([
            ("a.md", "---\npublished: 2025-07-16\n---\nNews.\n\nA transformer burst into flames at the substation on Tuesday.\n"),
            ("b.md", "---\npublished: 2025-07-17\n---\nUpdates.\n\nThe fire at the substation began at 4:52 p.m. on Tuesday.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }

    @Test func aRestorationToldThreeWaysIsOneEventAndOvernightMeetsTheMorning() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2025-07-16\n---\nNews.\n\nCrews brought back 150,000 customers overnight. Power was restored across Santa Fe early on Wednesday.\n"),
            ("daily.md", "---\npublished: 2025-07-17\n---\nNews.\n\nThe lights came back on across Santa Fe shortly after 3 a.m. on Wednesday.\n"),
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nSanta Fe was brought back online overnight.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "came" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "daily", "blog"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(e.mentions.filter { $0.document == "wire" }.count == 2, "\(e.mentions.map(\.triggerText))")
        #expect(!e.conflict)
    }

    @Test func theSameDayAfterAMonthOfAnotherClauseIsTheDayNamedBefore() throws {
        let c = Self.chronology([
            ("a.md", "---\npublished: 2025-07-18\n---\nNews.\n\nA man was found dead on Thursday morning. The Sentinel reported on Wednesday that the transformer had failed an inspection in March. The company denied the report the same day.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "denied" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-07-16", "\(e.date.derivation)")
    }
}
