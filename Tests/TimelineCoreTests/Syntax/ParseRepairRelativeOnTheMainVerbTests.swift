import Testing
@testable import TimelineCore

/// "The mayor, who on Monday ⟦ordered⟧ an audit of the contract, says …": a relative clause opened by a date, read as
/// the main verb's reported content or adverbial clause (`ParseRepair.relativeClauseReadAsAClauseOfTheMainVerb`).
struct ParseRepairRelativeOnTheMainVerbTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseDescribesTheNounAndTheNounIsTheMainVerbsSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let examples = ParseRepair.relativeClauseReadAsAClauseOfTheMainVerb.examples
        let mayor = try #require(SyntaxText.analyse(examples[0], model: model).first).repaired()
        #expect(t.head(mayor, "ordered") == "mayor" && t.rel(mayor, "ordered") == "acl:relcl")
        #expect(t.head(mayor, "mayor") == "says" && t.rel(mayor, "mayor") == "nsubj")
        let secretary = try #require(SyntaxText.analyse(examples[1], model: model).first).repaired()
        #expect(t.rel(secretary, "ordered") == "acl:relcl" && t.head(secretary, "says") == "ROOT")
        #expect(t.head(secretary, "Transport") == "says")
    }

    /// What the clause tells is no content of the saying: the mayor's order is a happening of its own day.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theOrderIsNoSaying() throws {
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-05-14\n---\nNews.\n\nThe mayor, who on Monday ordered an audit of the contract, says the council will vote next week.\n"),
        ])
        let e = try #require(c.events.first { $0.summary.contains("audit") }, "\(c.events.map(\.summary))")
        #expect(e.modality == .happened && e.date.value == "2025-05-12")
    }
}
