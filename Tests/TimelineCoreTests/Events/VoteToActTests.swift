import Testing
@testable import TimelineCore

/// A body voting to do an act of its office does it by the vote; a vote to do something later is a vote.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct VoteToActTests {
    typealias F = EventFixtures

    @Test func votingToOpenAnInvestigationOpensIt() {
        let m = F.extract("The commission voted 5-0 ⟦on Thursday⟧ to open a formal investigation.", values: ["2025-07-17"], published: "2025-07-18")
        let open = m.first { $0.mention.triggerText == "open" }
        #expect(open?.mention.modality == .happened, "\(m.map { $0.mention.triggerText ?? "" })")
        #expect(open?.mention.date.value == "2025-07-17")
        #expect(open?.summary.hasSuffix("to open a formal investigation") == true, "\(open?.summary ?? "")")
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-07-18\n---\nDaily.\n\nThe Public Regulation Commission voted 5-0 on Thursday to open a formal investigation into the blackout.\n"),
            ("trade.md", "---\npublished: 2025-07-24\n---\nTrade.\n\nThe Public Regulation Commission opened an investigation into the blackout on July 17.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["daily", "trade"] }, "\(c.events.map(\.summary))")
    }

    @Test func votingToStrikeIsAVote() {
        let m = F.extract("The union voted ⟦on Thursday⟧ to strike next month.", values: ["2025-07-17"], published: "2025-07-18")
        #expect(m.contains { $0.mention.triggerText == "voted" })
        #expect(!m.contains { $0.mention.triggerText == "strike" && $0.mention.modality == .happened })
    }
}
