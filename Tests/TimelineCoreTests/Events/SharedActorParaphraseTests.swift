import Testing
@testable import TimelineCore

/// Two outlets' verbs of one day, with a word of their clauses and one actor in common, are one happening told two
/// ways ("Teodora grew into a major hurricane yesterday afternoon" / "Teodora intensified into a Category 3
/// hurricane"); the time phrase "yesterday afternoon" is no part of the noun phrase before it
/// (`ParseRepair.dayPartReadAsTheHeadOfTheNounPhraseBefore`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SharedActorParaphraseTests {
    let t = ParseRepairTests()

    @Test(arguments: [(0, "grew", "hurricane", "afternoon"), (1, "ran", "sandbank", "morning"), (2, "arrested", "man", "evening")])
    func aPartOfTheDayAfterYesterdayIsATimePhrase(_ example: Int, _ verb: String, _ noun: String, _ part: String) throws {
        let model = try #require(SyntaxModel.shared)
        let s = ParseRepair.dayPartReadAsTheHeadOfTheNounPhraseBefore.examples[example]
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.head(p, noun) == verb && t.head(p, part) == verb && t.rel(p, part) == "obl:tmod", "\(s)")
        #expect(t.head(p, "yesterday") == part, "\(s)")
    }

    @Test func twoVerbsOfOneDayWithOneActorAreOneEvent() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2026-09-23\n---\nUpdates.\n\n6:00 a.m. Good morning. Teodora grew into a major hurricane yesterday afternoon, and it has been pounding the coast all night.\n"),
            ("weekly.md", "---\npublished: 2026-09-28\n---\nWeekly.\n\nOn Tuesday, September 22, Teodora intensified into a Category 3 hurricane.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "intensified" } })
        #expect(Set(e.documentIDs) == ["blog", "weekly"], "\(c.events.map(\.summary))")
        #expect(e.summary.contains("hurricane"), "\(e.summary)")
    }

    @Test func twoVerbsOfOneActorWithNoWordInCommonStayApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2026-09-23\n---\nUpdates.\n\nTeodora grew into a major hurricane yesterday afternoon.\n"),
            ("weekly.md", "---\npublished: 2026-09-28\n---\nWeekly.\n\nOn Tuesday, September 22, Teodora knocked out the power of 455,000 customers.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["blog", "weekly"] }, "\(c.events.map(\.summary))")
    }
}
