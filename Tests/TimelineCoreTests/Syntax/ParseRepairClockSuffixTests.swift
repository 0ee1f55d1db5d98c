import Testing
@testable import TimelineCore

/// "11:15 ⟦a.m.⟧ Seven of the nine people … have been released": the stamp's "a.m." read as the subject
/// (`ParseRepair.clockSuffixReadAsTheSubject`).
struct ParseRepairClockSuffixTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theWordTheSuffixHeldIsTheSubjectAndTheVerbTheRoot() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clockSuffixReadAsTheSubject.examples[0], model: model).first).repaired()
        #expect(t.head(p, "Seven") == "released" && t.rel(p, "Seven") == "nsubj:pass")
        #expect(t.head(p, "a.m.") == "11:15")
        #expect(t.head(p, "released") == "ROOT" && t.head(p, "11:15") == "released")
    }

    @Test func aSubjectThatIsNoSuffixIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("9:40", "NUM", "CD", 5, "obl:tmod"), ("a.m.", "NOUN", "NN", 1, "nmod:unmarked"), ("The", "DET", "DT", 4, "det"),
            ("fire", "NOUN", "NN", 5, "nsubj"), ("spread", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 5, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theEntrysSummaryHasNoSuffix() {
        let m = EventFixtures.extract("11:15 a.m. Seven of the nine people who were taken to hospital overnight have been released.", values: [],
                                      published: "2025-10-06")
        let released = m.first { $0.mention.triggerText == "released" }
        #expect(released?.summary.hasPrefix("Seven of the nine people") == true, "\(released?.summary ?? "")")
    }
}
