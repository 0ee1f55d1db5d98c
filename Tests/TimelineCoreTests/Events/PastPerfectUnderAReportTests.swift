import Testing
@testable import TimelineCore

/// What a report dated to a day tells in the past perfect came on that day or before it, undated, not on the report's
/// day; a tally in the past perfect is the report's news, of its day (`SentenceAnalysis+Parse.swift`).
struct PastPerfectUnderAReportTests {
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPastPerfectComplementIsNotDatedByItsReport() throws {
        let m = F.extract("The club said ⟦on Thursday⟧ that the transfer had been approved by its own board.", values: ["2026-03-12"],
                          published: "2026-03-13")
        let approved = try F.mention(m, "approved").mention.date
        #expect(approved.isFallback)
        #expect(approved.value == "2026-03-12")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aTallyInThePastPerfectIsOfTheReportsDay() throws {
        let m = F.extract("Officials said ⟦on Tuesday⟧ that the floods had killed 40 people.", values: ["2026-03-10"], published: "2026-03-13")
        let killed = try F.mention(m, "killed").mention.date
        #expect(killed.value == "2026-03-10")
        #expect(!killed.isFallback)
    }
}
