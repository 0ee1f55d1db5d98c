import Testing
@testable import TimelineCore

/// Two words of travel tell who moved, not what happened: of one day, two outlets' visit and arrival are one journey
/// only when they share someone, somewhere or a word (`MentionMerger.compatible`).
struct TravelMergeTests {
    @Test func aVisitAndAnotherPartysArrivalStayApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-03-12\n---\nQuake.\n\nPresident Lucia Carrasco visited Huanta on Wednesday.\n"),
            ("b.md", "---\npublished: 2026-03-12\n---\nAid.\n\nRescue teams from Chile arrived on Wednesday afternoon.\n"),
        ])
        let visit = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "visited" } }, "\(c.events.map(\.summary))")
        #expect(visit.documentIDs == ["a"], "\(visit.documentIDs)")
        #expect(!visit.conflict)
    }

    @Test func oneTravellersArrivalAndVisitAreOneJourney() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-03-12\n---\nVisit.\n\nPope Leo arrived in Manila on Wednesday.\n"),
            ("b.md", "---\npublished: 2026-03-12\n---\nVisit.\n\nPope Leo visited Manila on Wednesday.\n"),
        ])
        let visit = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "visited" } }, "\(c.events.map(\.summary))")
        #expect(Set(visit.documentIDs) == ["a", "b"], "\(visit.documentIDs)")
    }
}
