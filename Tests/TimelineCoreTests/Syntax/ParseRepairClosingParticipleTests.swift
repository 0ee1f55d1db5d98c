import Testing
@testable import TimelineCore

/// "…against the closure of the auction, ⟦arresting⟧ 12 people": a set-off participle with an object closing the sentence,
/// hung on a noun deep in a prepositional phrase, is the main verb's adjunct
/// (`ParseRepair.setOffParticipleClosingTheSentenceOnANoun`), and takes its day.
struct ParseRepairClosingParticipleTests {
    let t = ParseRepairTests()
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theParticipleIsTheMainVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.setOffParticipleClosingTheSentenceOnANoun.examples[0], model: model).first).repaired()
        #expect(t.head(p, "arresting") == "fired" && t.rel(p, "arresting") == "advcl")
        let q = try #require(SyntaxText.analyse(ParseRepair.setOffParticipleClosingTheSentenceOnANoun.examples[1], model: model).first).repaired()
        #expect(t.head(q, "detaining") == "used" && t.rel(q, "detaining") == "advcl")
        // (under a verb of saying, the reported clause's verb)
        let r = try #require(SyntaxText.analyse(ParseRepair.setOffParticipleClosingTheSentenceOnANoun.examples[2], model: model).first).repaired()
        #expect(t.head(r, "ending") != "said", "\(t.head(r, "ending") ?? "nil")")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theParticipleTakesTheMainVerbsDay() throws {
        let m = F.extract("Police used batons ⟦late on Monday⟧ to break up crowds of fans who had massed outside the stadium before the start of the cup final, detaining 25 people.",
                          values: ["2026-02-09"], published: "2026-02-12")
        #expect(try F.mention(m, "detaining").mention.date.value == "2026-02-09")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPrepositionLikeParticipleStays() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The company recalled cheese sold in the shops of the region, including two brands.", model: model).first).repaired()
        #expect(t.head(p, "including") != "recalled")
    }
}
