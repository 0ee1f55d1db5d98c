import Testing
@testable import TimelineCore

/// A denial is known by the claim it denies (`DenialMergeTests`); one that names its claim only by a definite noun
/// ("denied the report"), told after the claim, names nothing of its own.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct DenialOfTheReportTests {
    /// A denial of a claim named only by a definite noun ("denied the report the next day") is its speaker's denial of
    /// that day, whatever claim another outlet names; another speaker's denial that day stays apart.
    @Test func aDenialOfTheReportIsTheSpeakersDenialOfThatDay() throws {
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-10-10\n---\nFindings.\n\nNorthwind Air on Wednesday denied a radio report that a repair to the jet's brakes had been put off.\n"),
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nOn Tuesday, Oct. 7, a radio station reported that a repair to the jet's brakes had been put off. Northwind Air denied the report the next day.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.document == "daily" && $0.triggerText == "denied" } })
        #expect(Set(e.documentIDs) == ["daily", "weekly"], "\(c.events.map(\.summary))")
        let other = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-10-10\n---\nFindings.\n\nNorthwind Air on Wednesday denied a radio report that a repair to the jet's brakes had been put off.\n"),
            ("weekly.md", "---\npublished: 2025-10-10\n---\nReview.\n\nThe pilots' union denied the report on Wednesday.\n"),
        ])
        #expect(!other.events.contains { Set($0.documentIDs) == ["daily", "weekly"] }, "\(other.events.map(\.summary))")
    }
}
