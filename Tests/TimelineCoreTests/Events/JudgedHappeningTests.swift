import Testing
@testable import TimelineCore

/// A verb of judging whether something may happen ("blocked", "approved", "vetoed") with an event noun as its subject
/// tells the judgement, not the happening it judges: the passive is the same event as the active.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct JudgedHappeningTests {
    static func twoOutlets(_ a: String, _ b: String) -> Chronology {
        ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(a)\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(b)\n"),
        ])
    }

    @Test(arguments: [
        ("The competition authority blocked the merger on Wednesday.", "The merger was blocked by the competition authority on Wednesday."),
        ("The council approved the expansion on Monday.", "The expansion was approved by the council on Monday."),
    ])
    func aPassiveJudgementOfAnEventNounIsTheActiveOne(_ a: String, _ b: String) {
        let c = Self.twoOutlets(a, b)
        #expect(c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func aJudgementIsNotTheHappeningItJudges() {
        let c = Self.twoOutlets("The merger was blocked by the competition authority on Wednesday.",
                                "The merger was completed on Wednesday.")
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }
}

/// Two outlets' denials of one day by an unnamed speaker, one of them of "the claim" alone, are one denial.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct BareDenialTests {
    @Test func aDenialOfTheClaimIsAnotherOutletsDenialOfThatDay() {
        let c = JudgedHappeningTests.twoOutlets("On Monday the company denied that its guards had opened the gate early.",
                                                "The company rejected the claim on Monday.")
        #expect(c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func twoDenialsOfDifferentThingsStayApart() {
        let c = JudgedHappeningTests.twoOutlets("On Monday the company denied that its guards had opened the gate early.",
                                                "On Monday the company denied that it had cut the number of stewards.")
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }
}

/// An outlet's undated telling ("has grounded") and another's dated one of the same predicate are one happening when
/// they share two words, one of them the other's actor ("aviation regulator" / "the Civil Aviation Authority").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ActorWordAcrossTests {
    @Test func aWordOfOneIsTheOthersActor() {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-09-10\n---\nA report.\n\nThe Civil Aviation Authority, which grounded the rocket on September 9, opened an inquiry.\n"),
            ("b.md", "---\npublished: 2026-09-09\n---\nA report.\n\nNew Zealand's aviation regulator has grounded a rocket made by a start-up.\n"),
        ])
        #expect(c.events.contains { $0.mentions.contains { $0.triggerText == "grounded" && $0.document == "a" }
            && $0.mentions.contains { $0.triggerText == "grounded" && $0.document == "b" } }, "\(c.events.map(\.summary))")
    }
}
