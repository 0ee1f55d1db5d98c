import Testing
@testable import TimelineCore

/// "The beaches are ⟦due to⟧ reopen on Friday": "due to" read as the compound preposition on the verb after it
/// (`ParseRepair.dueToBeforeAVerbReadAsAPreposition`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairDueToTests {
    let t = ParseRepairTests()

    @Test func dueIsThePredicateAndTheVerbItsComplement() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.dueToBeforeAVerbReadAsAPreposition.examples[0], model: model).first).repaired()
        #expect(t.head(p, "due") == "ROOT")
        #expect(t.head(p, "reopen") == "due" && t.rel(p, "reopen") == "xcomp")
        #expect(t.head(p, "beaches") == "due" && t.head(p, "are") == "due")
        #expect(t.head(p, "to") == "reopen" && t.rel(p, "to") == "mark")
        #expect(t.head(p, "said") == "due")
    }

    @Test func dueToBeforeANounStaysAPreposition() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("match", "NOUN", "NN", 4, "nsubj:pass"), ("was", "AUX", "VBD", 4, "aux:pass"),
            ("cancelled", "VERB", "VBN", 0, "root"), ("due", "ADJ", "JJ", 7, "case"), ("to", "ADP", "IN", 5, "fixed"),
            ("rain", "NOUN", "NN", 4, "obl"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test func theReopeningDueIsAPlan() {
        let m = EventFixtures.extract("Giske's beaches are due to reopen ⟦on Friday⟧.", values: ["2026-11-20"], published: "2026-11-19")
        let reopen = m.first { $0.mention.triggerText == "reopen" }
        #expect(reopen?.mention.modality == .planned, "\(m.map(\.lemma))")
    }
}
