import Testing
@testable import TimelineCore

/// Two outlets' tellings of one day with two verbs, or a live blog's undated line and a dated one with one verb, are one
/// event when their clauses share two words, as they are when they share a name or a count (`MentionMerger.compatible`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TwoSharedWordsMergeTests {
    static func event(_ c: Chronology, _ trigger: String) throws -> Event {
        try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))")
    }

    @Test func twoVerbsWithTwoWordsInCommonAreOneHappening() throws {
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-10-07\nsource: Daily\n---\nRecovery.\n\nOn Monday evening crews hauled the jet out of the mud.\n"),
            ("weekly.md", "---\npublished: 2025-10-17\nsource: Weekly\n---\nReview.\n\nOn Monday, October 6, cranes lifted the jet out of the mud.\n"),
        ])
        #expect(Set(try Self.event(c, "hauled").documentIDs) == ["daily", "weekly"], "\(c.events.map(\.summary))")
    }

    @Test func oneWordInCommonKeepsTwoVerbsApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("daily.md", "---\npublished: 2025-10-07\nsource: Daily\n---\nRecovery.\n\nOn Monday evening crews hauled the jet onto a truck.\n"),
            ("weekly.md", "---\npublished: 2025-10-17\nsource: Weekly\n---\nReview.\n\nOn Monday, October 6, cranes lifted the jet out of the mud.\n"),
        ])
        #expect(Set(try Self.event(c, "hauled").documentIDs) == ["daily"], "\(c.events.map(\.summary))")
    }

    @Test func aLiveBlogLineAndADatedOneWithOneVerbAndTwoWords() throws {
        let c = ParaphraseMergeTests.chronology([
            ("blog.md", "---\npublished: 2025-10-06\nsource: Blog\n---\nLive updates.\n\nCranes are lifting the jet out of the mud.\n"),
            ("weekly.md", "---\npublished: 2025-10-17\nsource: Weekly\n---\nReview.\n\nOn Monday, October 6, cranes lifted the jet out of the mud.\n"),
        ])
        #expect(Set(try Self.event(c, "lifting").documentIDs) == ["blog", "weekly"], "\(c.events.map(\.summary))")
    }
}
