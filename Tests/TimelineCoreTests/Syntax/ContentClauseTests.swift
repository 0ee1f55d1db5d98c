import Testing
@testable import TimelineCore

/// "denied a claim (by a former employee) ⟦that⟧ engineers had warned managers": a content clause of a noun of saying,
/// read as a relative clause whose verb had its subject and object already (`ParseRepair.contentClauseReadAsARelative`).
struct ContentClauseTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseIsTheClaimsContent() throws {
        let model = try #require(SyntaxModel.shared)
        for example in ParseRepair.contentClauseReadAsARelative.examples {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            #expect(t.head(p, "warned") == "claim" && t.rel(p, "warned") == "acl", "\(example)")
            #expect(t.rel(p, "that") == "mark", "\(example)")
        }
    }

    /// "the claim that the insurer paid": the relative's verb has no object of its own, so "that" is its object.
    @Test func aRelativeWithAPlaceLeftEmptyStaysARelative() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("claim", "NOUN", "NN", 6, "nsubj"), ("that", "PRON", "WDT", 5, "obj"),
            ("the", "DET", "DT", 5, "det"), ("insurer", "NOUN", "NN", 6, "nsubj"), ("paid", "VERB", "VBD", 2, "acl:relcl"),
            ("was", "AUX", "VBD", 8, "cop"), ("large", "ADJ", "JJ", 0, "root"), (".", "PUNCT", ".", 8, "punct"),
        ])
        var tree = RepairTree(read)
        #expect(!ParseRepair.contentClauseReadAsARelative.apply(&tree))
        #expect(tree.words.map(\.deprel) == read.words.map(\.deprel))
    }

    /// What a denied claim says is not told as having happened.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theDeniedWarningIsNoHappening() {
        let m = EventFixtures.extract("⟦On Thursday⟧ the company denied a claim by a former employee that engineers had warned managers about a faulty valve weeks before the launch.",
                                      values: ["2026-09-10"], published: "2026-09-11")
        let warned = m.filter { $0.mention.triggerText == "warned" }
        #expect(warned.allSatisfy { $0.mention.modality != .happened }, "\(warned.map { ($0.mention.modality, $0.mention.date.value) })")
    }
}
