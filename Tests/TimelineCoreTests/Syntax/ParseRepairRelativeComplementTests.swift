import Testing
@testable import TimelineCore

/// "A container ship that had lost power ⟦slammed⟧ into a pier": the sentence's past tense hung on the relative verb as
/// its complement, right after the relative verb's object (`ParseRepair.restrictiveRelativeBeforeMainVerb`).
struct ParseRepairRelativeComplementTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"), arguments: [2, 3])
    func thePastTenseAfterTheRelativeClauseIsTheSentencesVerb(_ k: Int) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.restrictiveRelativeBeforeMainVerb.examples[k], model: model).first).repaired()
        #expect(t.head(p, "ship") == "slammed" && t.rel(p, "ship") == "nsubj")
        #expect(t.head(p, "lost") == "ship")
        #expect(t.head(p, "power") == "lost")
        // (the day after the verb is its own)
        #expect(t.head(p, "Tuesday") == "slammed")
        if k == 3 {
            // …and under a report set off after the sentence, it is the report's content.
            #expect(t.head(p, "slammed") == "said" && t.rel(p, "slammed") == "ccomp")
            #expect(t.head(p, "collapsing") == "slammed")
        }
    }

    /// A complement that is one ("had asked them to leave", "that kept it running") is left as read: only a bare past
    /// tense right after the object is the sentence's verb.
    @Test func aComplementWithItsOwnMarkerStays() {
        let read = ParseRepairTests.tree([
            ("Residents", "NOUN", "NNS", 0, "root"), ("who", "PRON", "WP", 4, "nsubj"), ("had", "AUX", "VBD", 4, "aux"),
            ("asked", "VERB", "VBN", 1, "acl:relcl"), ("them", "PRON", "PRP", 4, "obj"), ("to", "PART", "TO", 7, "mark"),
            ("leave", "VERB", "VB", 4, "xcomp"), (".", "PUNCT", ".", 1, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
