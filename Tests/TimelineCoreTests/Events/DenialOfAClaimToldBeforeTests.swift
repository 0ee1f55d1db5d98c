import Testing
@testable import TimelineCore

/// A claim told before and denied as "the report": the denial is that speaker's denial of the claim, one event with
/// another outlet's telling of it that names the claim.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct DenialOfAClaimToldBeforeTests {
    @Test func aDenialOfTheReportJoinsADenialThatNamesTheClaim() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-07-16\n---\nLive.\n\n4:10 p.m. NMLP denies a report by the Albuquerque Sentinel that the Westmesa transformer failed a safety inspection in March.\n"),
            ("daily.md", "---\npublished: 2025-07-18\n---\nDaily.\n\nThe Sentinel reported on Wednesday that the Westmesa transformer had failed a safety inspection in March. NMLP denied the report the same day.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "denied" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["blog", "daily"])
    }

    @Test func twoDenialsOfClaimsTheyNameStayApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-07-16\n---\nLive.\n\n4:10 p.m. NMLP denies a report that the Westmesa transformer failed a safety inspection in March.\n"),
            ("daily.md", "---\npublished: 2025-07-18\n---\nDaily.\n\nOn Wednesday NMLP denied that its crews had ignored warnings about overloaded lines.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["blog", "daily"] }, "\(c.events.map(\.summary))")
    }
}
