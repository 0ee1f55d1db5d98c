import Testing
@testable import TimelineCore

/// "Her deputy quit on Monday ⟦as the row deepened⟧": a clause after "as" (or "after", "before", "since", "until") read
/// as a preposition phrase with its verb a complement of the verb before (`ParseRepair.clauseReadAsAPhraseAndAComplement`).
struct ParseRepairAsClauseTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseIsAnAdverbialOneWithItsOwnSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clauseReadAsAPhraseAndAComplement.examples[0], model: model).first).repaired()
        #expect(t.head(p, "deepened") == "quit" && t.rel(p, "deepened") == "advcl")
        #expect(t.head(p, "row") == "deepened" && t.rel(p, "row") == "nsubj")
        #expect(t.head(p, "as") == "deepened" && t.rel(p, "as") == "mark")
    }

    /// A complement clause with a subject of its own ("said the row had deepened") is left alone.
    @Test func aComplementWithItsSubjectIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Aides", "NOUN", "NNS", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("row", "NOUN", "NN", 5, "nsubj"), ("deepened", "VERB", "VBD", 2, "ccomp"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    /// The quitting is then a verb alone, read as a resignation (`PhrasalPredicates`), not a verb with a clause.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theQuittingIsAResignation() {
        let m = EventFixtures.extract("Her deputy quit ⟦on Monday⟧ as the row deepened.", values: ["2026-03-09"], published: "2026-03-11")
        #expect(m.first { $0.mention.triggerText == "quit" }?.lemma == "resign", "\(m.map(\.lemma))")
    }
}
