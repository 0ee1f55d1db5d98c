import Testing
@testable import TimelineCore

/// Two outlets' tellings of one day with verbs of two kinds are one happening when they share two words few other
/// tellings of that day use ("the tanker Nordic Star ⟦ran aground⟧ on Skarv Reef" / "the Nordic Star ⟦was stranded⟧ on
/// Skarv Reef"); an article that tells two happenings with those words keeps them two.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SameDayWordsTests {
    /// The wire's grounding (and `more`), among other lines of that Tuesday, and a weekly's retelling of the day.
    static func files(_ more: String, weekly: String) -> [(String, String)] {
        [("wire.md", "---\npublished: 2026-03-11\n---\nWire.\n\nThe tanker Nordic Star ran aground on Skarv Reef on Tuesday.\(more) Coastguard crews flew over the area on Tuesday afternoon. Fishermen reported an oil sheen on Tuesday. The port authority closed the harbour entrance on Tuesday.\n"),
         ("weekly.md", "---\npublished: 2026-03-20\n---\nReview.\n\nOn Tuesday, March 10, \(weekly) That afternoon a coastguard helicopter circled overhead. The harbour was shut that day.\n")]
    }

    static func grounding(_ c: Chronology) throws -> Event {
        try #require(c.events.first { $0.mentions.contains { $0.document == "wire" && $0.triggerText?.hasPrefix("ran") == true } }, "\(c.events.map(\.summary))")
    }

    @Test func twoRareWordsOfOneDayJoinTwoVerbsOfTwoKinds() throws {
        let c = ParaphraseMergeTests.chronology(Self.files("", weekly: "the Nordic Star was stranded on Skarv Reef."))
        #expect(Set(try Self.grounding(c).documentIDs) == ["wire", "weekly"], "\(c.events.map(\.summary))")
    }

    @Test func wordsTheDayHasEverywhereDoNotJoin() throws {
        let c = ParaphraseMergeTests.chronology(Self.files("", weekly: "the Nordic Star was stranded near the harbour entrance."))
        #expect(Set(try Self.grounding(c).documentIDs) == ["wire"], "\(c.events.map(\.summary))")
    }

    @Test func anArticleThatTellsTwoHappeningsKeepsThemTwo() throws {
        // (the weekly's line shares its words with both of the wire's; it joins one of them, never both)
        let c = ParaphraseMergeTests.chronology(Self.files(" The crew of the Nordic Star was evacuated from Skarv Reef by helicopter on Tuesday.",
                                                           weekly: "the Nordic Star was stranded on Skarv Reef."))
        let e = try Self.grounding(c)
        #expect(!e.mentions.contains { $0.document == "wire" && $0.triggerText?.hasSuffix("evacuated") == true }, "\(c.events.map(\.summary))")
    }

    @Test func twoLinesAloneSayNothingOfWhichWordsAreRare() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-03-11\n---\nA.\n\nPolice arrested two men in Leeds on Tuesday.\n"),
            ("b.md", "---\npublished: 2026-03-11\n---\nB.\n\nPolice released two men in Leeds on Tuesday.\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "arrested" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a"], "\(c.events.map(\.summary))")
    }
}
