import Testing
@testable import TimelineCore

/// "rejected a newspaper report that ⟦managers⟧ at the jail ⟦ignored⟧ warnings": the subject of a content clause read as
/// the head of a relative clause (`ParseRepair.subjectOfAContentClauseReadAsARelative`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairContentSubjectTests {
    let t = ParseRepairTests()

    @Test func theVerbTellsTheReportsContent() throws {
        let model = try #require(SyntaxModel.shared)
        let s = ParseRepair.subjectOfAContentClauseReadAsARelative.examples[0]
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.head(p, "ignored") == "report" && t.rel(p, "ignored") == "acl")
        #expect(t.head(p, "managers") == "ignored" && t.rel(p, "managers") == "nsubj")
        #expect(t.head(p, "that") == "ignored" && t.rel(p, "that") == "mark")
    }

    @Test func theRejectedClaimIsNotTold() {
        let ms = EventFixtures.extract("The prison service ⟦today⟧ rejected a newspaper report that managers at the jail ignored warnings from staff.",
                                       values: ["2025-09-17"], published: "2025-09-17")
        #expect(!ms.contains { $0.mention.triggerText == "ignored" && $0.mention.modality == .happened }, "\(ms.map(\.summary))")
    }
}
