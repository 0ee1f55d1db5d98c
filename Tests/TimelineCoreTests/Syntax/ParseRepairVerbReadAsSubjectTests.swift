import Testing
@testable import TimelineCore

/// "The FDIC ⟦denies⟧ reports that it had cut the fee": a verb that is no noun read as the subject of the noun-verb after
/// it, the name before it a modifier (`ParseRepair.verbReadAsTheSubjectOfItsObject`).
struct ParseRepairVerbReadAsSubjectTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theVerbHeadsTheClause() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.verbReadAsTheSubjectOfItsObject.examples[0], model: model).first).repaired()
        #expect(t.head(p, "denies") == "ROOT")
        #expect(t.head(p, "reports") == "denies" && t.rel(p, "reports") == "obj")
        #expect(t.head(p, "FDIC") == "denies" && t.rel(p, "FDIC") == "nsubj")
    }

    /// A noun subject of a verb ("Its ⟦reports⟧ show …") is left alone: only a verb that is never a noun moves.
    @Test func aNounSubjectIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 3, "det"), ("Labour", "PROPN", "NNP", 3, "compound"), ("plans", "NOUN", "NNS", 4, "nsubj"),
            ("calls", "VERB", "VBZ", 0, "root"), ("for", "ADP", "IN", 6, "case"), ("cuts", "NOUN", "NNS", 4, "obl"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    /// The denial is then a happening of the day, its claim the claim denied.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theDenialIsTheDays() {
        let m = EventFixtures.extract("The FDIC denies reports that it had cut the fee.", values: [], published: "2026-03-09")
        #expect(m.contains { $0.mention.triggerText == "denies" && $0.mention.modality == .happened }, "\(m.map { ($0.mention.triggerText ?? "", $0.mention.modality) })")
    }
}
