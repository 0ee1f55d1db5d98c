import Testing
@testable import TimelineCore

/// "The airport operator ⟦shut⟧ Yogyakarta International Airport at 8 a.m.": a past tense read as an adjective of the
/// name after it in a sentence with no verb (`ParseRepair.pastTenseReadAsAnAdjectiveOfItsObject`).
struct ParseRepairAdjectiveOfObjectTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theWordIsThePastTenseWithItsSubjectAndObject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseReadAsAnAdjectiveOfItsObject.examples[0], model: model).first).repaired()
        #expect(t.head(p, "shut") == "ROOT" && t.head(p, "operator") == "shut" && t.rel(p, "operator") == "nsubj")
        #expect(t.head(p, "Airport") == "shut" && t.rel(p, "Airport") == "obj" && t.head(p, "8") == "shut")
        let m = EventFixtures.extract("The airport operator shut Yogyakarta International Airport ⟦at 8 a.m.⟧", values: ["2026-11-03T08:00"], published: "2026-11-03")
        #expect(m.contains { $0.mention.triggerText == "shut" }, "\(m.map(\.lemma))")
    }

    @Test func aSentenceWithAVerbIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("port", "NOUN", "NN", 3, "nsubj"), ("stayed", "VERB", "VBD", 0, "root"),
            ("shut", "ADJ", "JJ", 3, "xcomp"), (".", "PUNCT", ".", 3, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
