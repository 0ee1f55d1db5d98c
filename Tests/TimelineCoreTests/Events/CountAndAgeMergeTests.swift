import Testing
@testable import TimelineCore

/// What two outlets' clauses say of whom a happening befell stands for a name they share: one predicate with one count
/// ("seven … have been released" / "seven had been released"), or two verbs of one day with one age ("rescued a
/// seven-year-old boy" / "pulled a seven-year-old boy alive").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct CountAndAgeMergeTests {
    static func chronology(_ files: [(String, String)]) -> Chronology {
        ParaphraseMergeTests.chronology(files)
    }

    @Test func onePredicateWithOneCountIsOneEvent() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-10-06\n---\nUpdates.\n\nSeven of the nine people who were taken to hospital overnight have been released, the hospital said.\n"),
            ("wire.md", "---\npublished: 2025-10-06\n---\nWire.\n\nSeven had been released by Monday morning, a hospital spokeswoman said.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "had been released" || $0.triggerText == "released" } })
        #expect(Set(e.documentIDs) == ["blog", "wire"], "\(c.events.map(\.summary))")
    }

    @Test func twoCountsOfOnePredicateStayApart() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-10-06\n---\nUpdates.\n\nSeven of the nine people who were taken to hospital overnight have been released, the hospital said.\n"),
            ("wire.md", "---\npublished: 2025-10-06\n---\nWire.\n\nTwo had been released by Monday morning, a hospital spokeswoman said.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["blog", "wire"] }, "\(c.events.map(\.summary))")
    }

    @Test func twoVerbsOfOneDayWithOneAgeAreOneEvent() throws {
        let c = Self.chronology([
            ("daily.md", "---\npublished: 2026-03-12\n---\nDaily.\n\nFirefighters rescued a seven-year-old boy, Josué Palomino, from the ruins of his home on Wednesday morning.\n"),
            ("blog.md", "---\npublished: 2026-03-11\n---\nUpdates.\n\n08:20 Good news from Huanta: firefighters have pulled a seven-year-old boy alive from the rubble of his family's house.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "rescued" } })
        #expect(Set(e.documentIDs) == ["daily", "blog"], "\(c.events.map(\.summary))")
        // (and two ages are two people)
        let apart = Self.chronology([
            ("daily.md", "---\npublished: 2026-03-12\n---\nDaily.\n\nFirefighters rescued a seven-year-old boy, Josué Palomino, from the ruins of his home on Wednesday morning.\n"),
            ("blog.md", "---\npublished: 2026-03-11\n---\nUpdates.\n\n08:20 Good news from Huanta: firefighters have pulled a nine-year-old boy alive from the rubble of his family's house.\n"),
        ])
        #expect(!apart.events.contains { Set($0.documentIDs) == ["daily", "blog"] }, "\(apart.events.map(\.summary))")
    }

    @Test func anAgeInWords() {
        let forms = ["a", "seven", "-", "year", "-", "old", "boy"]
        let tree = DependencyTree(ParsedSentence(words: forms.map { ParsedWord(form: $0, upos: $0 == "seven" ? "NUM" : "X") }))
        #expect(PredicateRules.age(at: 1, tree: tree) == "7")
        #expect(PredicateRules.age(at: 0, tree: tree) == nil)
        let count = DependencyTree(ParsedSentence(words: ["seven", "boys"].map { ParsedWord(form: $0) }))
        #expect(PredicateRules.age(at: 0, tree: count) == nil)
    }
}
