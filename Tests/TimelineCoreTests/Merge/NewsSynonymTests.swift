import Testing
@testable import TimelineCore

/// Two outlets' words for one thing are one word for the merge (`NewsSynonyms`): each group's pair of lines is one
/// event, and the same pair with a word of no group in its place is two.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NewsSynonymTests {
    /// Whether two outlets' one-line reports, published on one day, are one event.
    func joined(_ t1: String, _ t2: String) -> Bool {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(t1)\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(t2)\n"),
        ])
        return c.events.contains { Set($0.documentIDs) == ["a", "b"] }
    }

    @Test(arguments: NewsSynonyms.groups.indices)
    func eachGroupsTwoLinesAreOneEvent(_ g: Int) {
        let group = NewsSynonyms.groups[g]
        #expect(joined(group.example.0, group.example.1), "\(group.words)")
    }

    @Test func theWordsOfNoGroupKeepTwoLinesApart() {
        #expect(!joined("The hostages were released on Sunday.", "The prisoners were released on Sunday."))
        #expect(!joined("The factory closed on Monday.", "The school closed on Monday."))
    }

    @Test func eachWordIsInOneGroupAndStandsForItsFirst() {
        #expect(NewsSynonyms.canonical["captive"] == "hostage" && NewsSynonyms.canonical["truce"] == "ceasefire")
        #expect(NewsSynonyms.canonical["hostage"] == nil)
        let words = NewsSynonyms.groups.flatMap(\.words)
        #expect(Set(words).count == words.count)
    }
}
