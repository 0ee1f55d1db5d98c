import Testing
@testable import TimelineCore

/// A line told "seconds later" after a dated happening is of that happening's day for the merge as a story-day line is
/// (`EventDate.isStoryDay`); a subject "it" that stands for no organisation is known by the thing the article last told
/// of as a subject (`DocumentContext.lastThing`); a length of time the parse made an argument is no count; a summary
/// never doubles the comma before a participle.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ThingToldAsItTests {
    static let wire = ("wire.md", "---\npublished: 2026-09-09\nsource: Wire\n---\nBalloon bursts.\n\nA weather balloon exploded over the harbour at 10:42 a.m. on Tuesday, police said.\n")

    @Test func secondsLaterAndItAreTheOtherOutletsHappening() throws {
        let c = ParaphraseMergeTests.chronology([
            Self.wire,
            ("weekly.md", "---\npublished: 2026-10-09\nsource: Weekly\n---\nReview.\n\nAt 10:40 a.m. on Tuesday, September 8, the balloon lifted off. About 40 seconds later it exploded over the water.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "exploded" && $0.document == "weekly" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "weekly"], "\(c.events.map(\.summary))")
    }

    /// Without the thing "it" stands for, the two share nothing: apart.
    @Test func itWithNoThingBeforeItSharesNothing() throws {
        let c = ParaphraseMergeTests.chronology([
            Self.wire,
            ("weekly.md", "---\npublished: 2026-10-09\nsource: Weekly\n---\nReview.\n\nAt 10:40 a.m. on Tuesday, September 8, crowds gathered on the pier. About 40 seconds later it exploded over the water.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "exploded" && $0.document == "weekly" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["weekly"], "\(c.events.map(\.summary))")
    }

    /// "They" stands for the plural the article last told of as a subject (`DocumentContext.lastGroup`).
    @Test(arguments: [("The three hostages flew home to Oslo on Sunday.", true), ("Officials met in Oslo on Sunday.", false)])
    func theyIsThePluralToldBefore(before: String, joined: Bool) throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2026-10-31\nsource: Wire\n---\nHostages freed.\n\nKidnappers released three hostages near Khuzdar on Friday, officials said.\n"),
            ("weekly.md", "---\npublished: 2026-11-05\nsource: Weekly\n---\nWeek.\n\n" + before + " They were released on Friday after talks.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "released" && $0.document == "weekly" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == (joined ? ["wire", "weekly"] : ["weekly"]), "\(c.events.map(\.summary))")
    }

    @Test func aLengthOfTimeIsNoCount() throws {
        let m = EventFixtures.extract("The rocket exploded about 40 seconds after lifting off ⟦on Tuesday⟧.", values: ["2026-09-08"], published: "2026-09-09")
        let exploded = try EventFixtures.mention(m, "exploded")
        #expect(!exploded.keywords.contains { $0.hasPrefix(MergeFeatures.countPrefix) }, "\(exploded.keywords)")
        let recovered = try EventFixtures.mention(EventFixtures.extract("Divers recovered 40 bodies ⟦on Tuesday⟧.", values: ["2026-09-08"], published: "2026-09-09"), "recovered")
        #expect(recovered.keywords.contains(MergeFeatures.countPrefix + "40"), "\(recovered.keywords)")
    }

    @Test func oneCommaBeforeTheParticiple() throws {
        let m = EventFixtures.extract("A rocket exploded about 40 seconds after lifting off from the spaceport ⟦on Tuesday⟧, destroying a weather satellite.",
                                      values: ["2026-09-08"], published: "2026-09-09")
        let destroying = try EventFixtures.mention(m, "destroying")
        #expect(!destroying.summary.contains(",,"), "\(destroying.summary)")
        #expect(destroying.summary.contains("destroying a weather satellite"), "\(destroying.summary)")
    }
}
