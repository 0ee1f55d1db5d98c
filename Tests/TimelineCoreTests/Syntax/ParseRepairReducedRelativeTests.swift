import Testing
@testable import TimelineCore

/// "A rocket ⟦built⟧ by the company Tasman Orbital ⟦exploded⟧": a subject's passive participle with its "by" agent, then
/// the clause's verb (`ParseRepair.reducedRelativeWithItsAgentReadApart`); and "destroying the satellite ⟦it was
/// carrying⟧", a relative clause without "that" read as a conjunct (`ParseRepair.contactRelativeReadAsAConjunct`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairReducedRelativeTests {
    let t = ParseRepairTests()

    @Test func theVerbAfterTheAgentIsTheClausesAndTheNounItsSubject() throws {
        let model = try #require(SyntaxModel.shared)
        for (sentence, noun, participle, verb) in [("A rocket built by the company Tasman Orbital exploded on Tuesday.", "rocket", "built", "exploded"),
                                                  ("A man arrested by police in Paris died in hospital on Monday.", "man", "arrested", "died"),
                                                  ("A ferry operated by the state line Nordic Ferries sank off the coast.", "ferry", "operated", "sank")] {
            let p = try #require(SyntaxText.analyse(sentence, model: model).first).repaired()
            #expect(t.head(p, noun) == verb && t.rel(p, noun) == "nsubj", "\(sentence)")
            #expect(t.head(p, participle) == noun && t.rel(p, participle) == "acl", "\(sentence)")
            #expect(p.words.first { $0.form == verb }?.head == 0, "\(sentence)")
            #expect(p.words.filter { $0.head == 0 }.count == 1, "\(sentence)")
        }
    }

    /// A dateline before the clause hangs on the clause's verb: one root.
    @Test func aDatelineBeforeTheClauseLeavesOneRoot() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("WHAKATANE, New Zealand, Sept 8 (Pacific Press Wire) – A rocket built by the company Tasman Orbital exploded on Tuesday.", model: model).first).repaired()
        #expect(p.words.filter { $0.head == 0 }.map(\.form) == ["exploded"])
        #expect(t.head(p, "rocket") == "exploded")
    }

    /// A participle that is the clause's verb keeps its reading: "Police ⟦stopped⟧ by the house on Monday."
    @Test func aMainVerbWithAByPhraseStays() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("Police stopped by the house on Monday.", model: model).first).repaired()
        #expect(p.words.first { $0.form == "stopped" }?.head == 0)
    }

    @Test func aRelativeClauseWithoutThatIsTheNouns() throws {
        let sentence = "The rocket exploded shortly after lifting off from the launch site near Kourou on Tuesday, destroying the two satellites it was carrying."
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(sentence, model: model).first).repaired()
        #expect(t.head(p, "carrying") == "satellites" && t.rel(p, "carrying") == "acl:relcl")
        #expect(t.head(p, "lifting") == "exploded")
        // (and the explosion takes the day of what it came shortly after)
        let c = ParaphraseMergeTests.chronology([("wire.md", "---\npublished: 2026-09-10\n---\nLaunch fails.\n\n" + sentence + "\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "exploded" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2026-09-08", "\(e.date.value)")
    }

    /// A conjunct joined by "and" is no relative clause.
    @Test func aConjunctWithItsConjunctionStays() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The company sold the plant and it closed the office.", model: model).first).repaired()
        #expect(t.rel(p, "closed") != "acl:relcl")
    }
}
