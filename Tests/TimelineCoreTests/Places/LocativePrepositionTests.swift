import Testing
@testable import TimelineCore

/// "Floods spread ⟦throughout⟧ Manchester", "water rose ⟦below⟧ Leeds": prepositions that place what happens at the town
/// after them (`PlaceRecognizer.locatives`, `PredicateRules.locatingPrepositions`); "under" is not among them ("under
/// Moscow's rule").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LocativePrepositionTests {
    @Test(arguments: [("Floods spread throughout Manchester on Friday.", "spread", "Manchester"),
                      ("Water rose below Leeds on Friday.", "rose", "Leeds")])
    func thePrepositionPlacesTheHappening(sentence: String, trigger: String, town: String) throws {
        let c = ParaphraseMergeTests.chronology([("wire.md", "---\npublished: 2026-03-20\nsource: Wire\n---\nFloods.\n\n" + sentence + "\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))")
        #expect(e.mentions.flatMap(\.places).map(\.place.name) == [town], "\(e.places.map(\.name))")
    }
}
