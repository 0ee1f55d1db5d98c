import Testing
@testable import TimelineCore

/// A short label before a colon opening the sentence ("Breaking news:") is no clause of the verb: the name after the
/// colon is its subject (`ParseRepair.labelBeforeAColonReadAsAClause`).
@Suite
struct ParseRepairLabelTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNameAfterTheColonIsTheSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.labelBeforeAColonReadAsAClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "Darren") == "caught" && t.rel(p, "Darren") == "nsubj:pass")
        #expect(t.head(p, "Breaking") == "caught" && t.rel(p, "Breaking") == "discourse")
    }

    @Test func aVerbWithItsSubjectIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Update", "NOUN", "NN", 5, "dep"), (":", "PUNCT", ":", 1, "punct"), ("The", "DET", "DT", 4, "det"),
            ("mayor", "NOUN", "NN", 5, "nsubj"), ("resigned", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 5, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theSummaryTellsWhoWasCaught() throws {
        let c = ParaphraseMergeTests.chronology([("blog.md", "---\npublished: 2025-09-11\n---\nUpdates.\n\n" + ParseRepair.labelBeforeAColonReadAsAClause.examples[0] + "\n")])
        let caught = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "caught" } })
        #expect(caught.summary.hasPrefix("Darren McKee"), "\(caught.summary)")
        #expect(!c.events.contains { $0.summary.hasPrefix("Breaking") })
    }
}
