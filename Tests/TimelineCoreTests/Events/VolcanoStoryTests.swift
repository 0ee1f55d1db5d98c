import Testing
@testable import TimelineCore

/// An eruption told by several outlets with several verbs ("erupted", "blew", "exploded", "the eruption") is one
/// event; an explosion of something else that day is another.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct VolcanoStoryTests {
    @Test func aVolcanoThatBlewOrExplodedErupted() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-06-09\n---\nWire.\n\nThe Orvanna volcano erupted early on Sunday, sending ash over three provinces.\n"),
            ("daily.md", "---\npublished: 2025-06-09\n---\nDaily.\n\nThe volcano blew shortly after 5 a.m. on Sunday, covering the valley in ash.\n"),
            ("desk.md", "---\npublished: 2025-06-10\n---\nDesk.\n\nThe volcano exploded on Sunday, throwing rocks onto the road below.\n"),
            ("local.md", "---\npublished: 2025-06-09\n---\nLocal.\n\nA fuel depot in the port exploded on Sunday.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "erupted" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "daily", "desk"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        // (the depot's explosion is no eruption, and the volcano exploding is no explosion of a depot)
        #expect(!c.events.contains { Set($0.documentIDs).isSuperset(of: ["local", "desk"]) }, "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }

    /// Someone reported missing is a happening, dated or not ("were ⟦reported missing⟧"), not a saying with no content.
    @Test func reportedMissingIsAHappening() throws {
        let m = EventFixtures.extract("Two climbers, a student and her guide, were reported missing, the mountain rescue service said.", values: [],
                                      published: "2025-06-09")
        let missing = try EventFixtures.mention(m, "reported")
        #expect(missing.lemma == "disappear" && missing.mention.modality != .planned, "\(missing.lemma)")
    }
}
