import Testing
@testable import TimelineCore

/// An article with no dateline places its story where its lead says (`MentionMerger.leadPlaces`): a happening of its days
/// that no sentence places is there; one of years before, or a plan, is not; nor is a lead town the article's other
/// lines name less than another.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LeadPlaceTests {
    static func chronology(_ body: String) -> Chronology {
        ParaphraseMergeTests.chronology([("daily.md", "---\npublished: 2026-09-10\nsource: Daily\n---\nBeach reopens.\n\n" + body + "\n")])
    }

    static func places(_ c: Chronology, _ trigger: String) throws -> [String] {
        try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))").places.map(\.name)
    }

    @Test func anUnplacedHappeningOfTheArticlesDaysIsWhereItsLeadIs() throws {
        let c = Self.chronology("A freight train derailed in Leeds on Tuesday, spilling diesel across two tracks.\n\nOn Wednesday crews reopened the line. The operator apologised to passengers on Thursday.")
        #expect(try Self.places(c, "derailed") == ["Leeds"])
        #expect(try Self.places(c, "reopened") == ["Leeds"])
        #expect(try Self.places(c, "apologised") == ["Leeds"])
    }

    @Test func aHappeningOfYearsBeforeOrAPlanIsNot() throws {
        let c = Self.chronology("A freight train derailed in Leeds on Tuesday, spilling diesel across two tracks.\n\nThe line last closed in 2019. The operator will publish a report in October.")
        #expect(try Self.places(c, "closed").isEmpty)
        #expect(try Self.places(c, "publish").isEmpty)
    }

    /// A capital told by "in parliament" in the lead is no home for the article's other happenings.
    @Test func aCapitalToldByParliamentIsNoHome() throws {
        let c = Self.chronology("Canada's government debated a back-to-work bill in parliament on Tuesday.\n\nOn Wednesday dock workers walked off the job.")
        #expect(try Self.places(c, "debated") == ["Ottawa"])
        #expect(try Self.places(c, "walked").isEmpty)
    }

    @Test func aLeadTownTheArticleNamesLessThanAnotherIsNoHome() throws {
        let c = Self.chronology("A freight train derailed in Leeds on Tuesday.\n\nOn Wednesday crews cleared wreckage in York. Engineers inspected bridges in York on Wednesday. On Thursday the operator apologised to passengers.")
        #expect(try Self.places(c, "apologised").isEmpty)
    }

    /// A dateline's place comes first.
    @Test func aDatelineIsTheHomeBeforeTheLead() throws {
        let c = ParaphraseMergeTests.chronology([("wire.txt", "Train derails\n\nYORK, England, Sept 9 (Northline) – A freight train derailed in Leeds on Tuesday.\n\nThe operator apologised to passengers on Wednesday.\n")])
        #expect(try Self.places(c, "apologised") == ["York"])
    }
}
