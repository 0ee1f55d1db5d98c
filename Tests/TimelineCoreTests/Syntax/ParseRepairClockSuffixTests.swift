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

/// "…, and at 6 ⟦a.m.⟧ the next morning the city shut the building": the clock's "a.m." read as a compound of the
/// subject after it (`ParseRepair.clockSuffixReadAsACompoundOfTheSubject`).
struct ParseRepairClockSuffixCompoundTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClockTimeIsTheVerbsObliqueAndTheSubjectItsOwn() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clockSuffixReadAsACompoundOfTheSubject.examples[0], model: model).first).repaired()
        #expect(t.head(p, "6") == "shut" && t.rel(p, "6") == "obl")
        #expect(t.head(p, "a.m.") == "6" && t.head(p, "morning") == "6")
        #expect(t.head(p, "city") == "shut" && t.rel(p, "city") == "nsubj")
    }

    /// A clock time before "the next morning" dates its own clause on the day after the one before it.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseIsDatedByItsClockTime() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-09-19\n---\nReview.\n\nThe council voted on Monday, Sept. 8. The same day, inspectors found cracks in the dam, and at 6 a.m. the next morning the county closed the road.\n"),
        ])
        let e = try #require(c.events.first { $0.summary.contains("closed the road") }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-09-09T06:00")
    }
}
