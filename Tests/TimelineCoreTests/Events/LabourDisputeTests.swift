import Testing
@testable import TimelineCore

/// A labour dispute told by several outlets: walking off the job, a walkout and "the labour disruption" are one strike;
/// going back to the table is talks resuming; "a disruption to flights" or "legal action" is no strike.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LabourDisputeTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func walkingOffTheJobAndTheStrikeBeginningAreOneStrike() throws {
        let a = F.extract("About 1,150 dock workers walked off the job ⟦on Thursday⟧.", values: ["2026-03-05"], id: "a", published: "2026-03-05")
        let b = F.extract("The strike by 1,150 dock workers began ⟦on March 5⟧.", values: ["2026-03-05"], id: "b", published: "2026-03-19")
        #expect(a.first { $0.mention.triggerText?.hasPrefix("walked") == true }?.lemma == "strike", "\(a.map(\.lemma))")
        let e = try #require(merge(a + b).first { $0.documentIDs.contains("a") })
        #expect(Set(e.documentIDs) == ["a", "b"])
    }

    /// A stoppage named by a general noun with a word of work before it is the strike; the noun alone is not.
    @Test(arguments: WorkStoppage.examples)
    func aLabourStoppageNounIsAStrike(_ sentence: String) {
        let found = F.extract(sentence, values: [])
        #expect(found.contains { $0.lemma == "strike" }, "\(found.map(\.lemma))")
    }

    @Test(arguments: WorkStoppage.nonExamples)
    func aDisruptionOrAnActionAloneIsNoStrike(_ sentence: String) {
        let found = F.extract(sentence, values: [])
        #expect(!found.contains { $0.lemma == "strike" }, "\(found.map(\.lemma))")
    }

    @Test func theLabourDisruptionJoinsTheStrike() throws {
        let a = F.extract("The strike by the dock workers began ⟦on Thursday⟧.", values: ["2026-03-05"], id: "a", published: "2026-03-06")
        let b = F.extract("The labour disruption at the port began ⟦on March 5⟧.", values: ["2026-03-05"], id: "b", published: "2026-03-14")
        let e = try #require(merge(a + b).first { $0.documentIDs.contains("a") })
        #expect(Set(e.documentIDs) == ["a", "b"])
    }

    /// "went back to the table" resumes the talks another outlet says "resumed"; a plain return stays a return.
    @Test func goingBackToTheTableIsTalksResuming() throws {
        let a = F.extract("The threat came a day after talks resumed ⟦on Tuesday⟧ at a Moncton hotel.", values: ["2026-03-10"], id: "a", published: "2026-03-12")
        let b = F.extract("The two sides went back to the table in Moncton ⟦on Tuesday, March 10⟧.", values: ["2026-03-10"], id: "b", published: "2026-04-10")
        #expect(b.first { $0.mention.triggerText?.hasPrefix("went") == true }?.lemma == "resume", "\(b.map(\.lemma))")
        let e = try #require(merge(a + b).first { $0.documentIDs.contains("b") })
        #expect(Set(e.documentIDs) == ["a", "b"])
        let home = F.extract("The two sides went back to Moncton ⟦on Tuesday⟧.", values: ["2026-03-10"], published: "2026-03-12")
        #expect(!home.contains { $0.lemma == "resume" }, "\(home.map(\.lemma))")
    }
}

extension LabourDisputeTests {
    /// Shaking hands on a deal is reaching it: one event with another outlet's "reached a tentative agreement"; shaking
    /// hands alone is no agreement.
    @Test func shakingHandsOnADealIsReachingIt() throws {
        let a = F.extract("A tentative agreement was reached ⟦on March 13⟧, three days before the deadline.", values: ["2026-03-13"], id: "a", published: "2026-03-19")
        let b = F.extract("In the early hours of ⟦Friday, March 13⟧, after 20 hours of talks, the negotiators shook hands on a tentative four-year deal.",
                          values: ["2026-03-13"], id: "b", published: "2026-04-10")
        let e = try #require(merge(a + b).first { $0.mentions.contains { $0.triggerText == "shook" } })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(merge(a + b).map(\.summary))")
        let greeting = F.extract("The two leaders shook hands before the talks ⟦on Monday⟧.", values: ["2026-03-09"], published: "2026-03-10")
        #expect(!greeting.contains { $0.lemma == "agree" }, "\(greeting.map(\.lemma))")
    }
}
