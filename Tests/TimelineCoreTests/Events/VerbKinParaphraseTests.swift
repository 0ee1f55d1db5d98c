import Testing
@testable import TimelineCore

/// Two outlets' verbs of one kind (`VerbSenses.kin`: WordNet senses and their direct hypernyms), told of one day and
/// one thing, are one happening; verbs of opposite or unrelated kinds stay two.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct VerbKinParaphraseTests {
    @Test func kinAreVerbsOfOneKindAndNotOpposites() {
        let kin = { (a: String, b: String) in VerbSenses.areKin(MergeFeatures.hash(a), MergeFeatures.hash(b)) }
        #expect(kin("demolish", "destroy") && kin("expel", "deport") && kin("ban", "outlaw"))
        #expect(!kin("rise", "fall") && !kin("win", "lose") && !kin("open", "close") && !kin("strike", "lose"))
    }

    @Test(arguments: [
        ("The government expelled the journalist on Monday.", "The journalist was deported on Monday."),
        ("Bulldozers demolished the mosque on Monday.", "The mosque was destroyed on Monday."),
        // (one person both name, and nothing else in common)
        ("Falk Rehberg was extradited to Germany on Tuesday.", "Falk Rehberg was deported on Tuesday."),
    ])
    func twoOutletsVerbsOfOneKindAreOneEvent(_ a: String, _ b: String) throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(a)\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\n\(b)\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func verbsOfUnrelatedKindsOfOneThingStayApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe ship lost power on Monday.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe ship struck the pier on Monday.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    /// Two outlets' verbs of saying of one kind, of one speaker, day and content, are one saying.
    @Test func twoOutletsSayingAndAnnouncingOneThingAreOneSaying() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nSen. Paul Lindqvist said on Monday that the Senate Commerce Committee will hold a hearing on the failure.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nOn Monday Sen. Paul Lindqvist announced that the Senate Commerce Committee would hold a hearing.\n"),
        ])
        let saying = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "announced" } })
        #expect(Set(saying.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    @Test func oneSpeakersSayingsOfTwoThingsStayTwo() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nSen. Paul Lindqvist said on Monday that the Senate Commerce Committee will hold a hearing on the failure.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nOn Monday Sen. Paul Lindqvist announced that he would retire in January.\n"),
        ])
        let saying = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "announced" } })
        #expect(Set(saying.documentIDs) == ["b"], "\(c.events.map(\.summary))")
    }
}
