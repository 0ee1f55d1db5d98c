import Testing
@testable import TimelineCore

/// "its payroll and ⟦log-in⟧ systems crashed": a verb joined by a hyphen to its particle, read after "and" as a verb
/// coordinated with the noun before (`ParseRepair.hyphenedParticleNounReadAsAVerb`).
struct ParseRepairHyphenedParticleTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func thePairQualifiesTheNounAfterItWhichIsTheSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.hyphenedParticleNounReadAsAVerb.examples[0], model: model).first).repaired()
        #expect(t.head(p, "systems") == "crashed" && t.rel(p, "systems") == "nsubj")
        #expect(t.head(p, "payroll") == "systems" && t.rel(p, "payroll") == "compound")
        #expect(p.words.first { $0.form == "log" }?.upos == "NOUN")
        let m = EventFixtures.extract("The bank said its payroll and log-in systems crashed ⟦on Monday⟧.", values: ["2026-10-12"], published: "2026-10-13")
        #expect(!m.contains { $0.mention.triggerText == "log" }, "\(m.map(\.lemma))")
    }

    @Test func aVerbWithItsParticleAndNoHyphenIsLeftAlone() {
        // "… and logged in …": no hyphen, a verb
        let read = ParseRepairTests.tree([
            ("Staff", "NOUN", "NNS", 2, "nsubj"), ("arrived", "VERB", "VBD", 0, "root"), ("and", "CCONJ", "CC", 4, "cc"),
            ("log", "VERB", "VB", 2, "conj"), ("in", "ADP", "RP", 4, "compound:prt"), ("systems", "NOUN", "NNS", 4, "obj"),
            (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
