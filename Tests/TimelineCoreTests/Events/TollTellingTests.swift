import Testing
@testable import TimelineCore

/// A death toll told on many days is one event: its tellings ("the death toll rose to 20", "the number of people killed
/// has risen to 31") join each other and the killing of the same count, whatever their counts, and their days are no
/// conflict (each is dated on or before the day it was told).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TollTellingTests {
    static let chronology = ParaphraseMergeTests.chronology

    static func mentions(_ c: Chronology, _ trigger: String) -> [Mention] {
        c.events.flatMap(\.mentions).filter { $0.triggerText == trigger }
    }

    @Test func aTollRevisedOverDaysIsOneEventAndNoConflict() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2025-03-03\n---\nQuake kills 12.\n\nA strong earthquake shook the coast on Monday, killing at least 12 people.\n"),
            ("daily.md", "---\npublished: 2025-03-05\n---\nToll rises.\n\nThe death toll rose to 20 on Tuesday, health officials said.\n"),
            ("weekly.md", "---\npublished: 2025-03-08\n---\nA week on.\n\nThe number of people killed by the earthquake has risen to 31, officials said on Friday.\n"),
        ])
        let toll = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "rose" } }, "\(c.events.map(\.summary))")
        #expect(Set(toll.documentIDs) == ["daily", "weekly"], "\(c.events.map(\.summary))")
        #expect(!toll.conflict)
        // (a telling is dated on or before the day it was told, not as the deaths' day)
        let rose = try #require(Self.mentions(c, "rose").first)
        #expect(rose.date.isFallback && rose.date.value == "2025-03-04", "\(rose.date.value)")
        #expect(c.events.allSatisfy { !$0.conflict })
    }

    /// A total revised down is the same toll: "officials cut the death toll from 19 to 16" tells the toll at 16 (the
    /// number it went to, not the one it came from), one event with "the death toll stood at 16".
    @Test func aTollCutIsATellingOfTheNumberItWentTo() throws {
        let c = Self.chronology([
            ("daily.md", "---\npublished: 2025-03-06\n---\nToll revised.\n\nOn Wednesday officials cut the death toll from 19 to 16 after finding duplicate records.\n"),
            ("blog.md", "---\npublished: 2025-03-06\n---\nLive updates.\n\nThe death toll stood at 16 on Thursday morning.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "cut" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["daily", "blog"], "\(c.events.map(\.summary))")
        #expect(!e.conflict)
    }

    @Test func aTellingJoinsTheKillingOfItsCount() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2025-03-03\n---\nQuake kills 12.\n\nA strong earthquake shook the coast on Monday, killing at least 12 people.\n"),
            ("blog.md", "---\npublished: 2025-03-04\n---\nLive updates.\n\nThe death toll stood at 12 when we signed off.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "killing" } })
        #expect(Set(e.documentIDs) == ["wire", "blog"], "\(c.events.map(\.summary))")
        // (the event keeps the killing's day)
        #expect(e.date.value.hasPrefix("2025-03-03") && !e.date.isFallback, "\(e.date.value)")
        #expect(!e.conflict)
        // (another count is no telling of that killing: the toll it reached later joins only other tellings)
        let other = Self.chronology([
            ("wire.md", "---\npublished: 2025-03-03\n---\nQuake kills 12.\n\nA strong earthquake shook the coast on Monday, killing at least 12 people.\n"),
            ("blog.md", "---\npublished: 2025-03-04\n---\nLive updates.\n\nThe death toll stood at 15 when we signed off.\n"),
        ])
        #expect(!other.events.contains { Set($0.documentIDs) == ["wire", "blog"] }, "\(other.events.map(\.summary))")
    }

    @Test func aTollPutInThePresentIsTheDaysNews() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-03-04\n---\nLive updates.\n\nThe civil defence agency now puts the death toll at 41.\n"),
            ("daily.md", "---\npublished: 2025-03-05\n---\nToll rises.\n\nThe toll had reached 47 by Tuesday night.\n"),
        ])
        #expect(!Self.mentions(c, "puts").isEmpty, "\(c.events.map(\.summary))")
        #expect(c.events.contains { Set($0.documentIDs) == ["blog", "daily"] }, "\(c.events.map(\.summary))")
    }

    /// A number that is no toll is no telling: tourists, a toll road, a toll expected to rise (no count).
    @Test(arguments: [
        "The number of tourists rose to 41 on Tuesday.",
        "Traffic on the toll road reached 41 cars a minute on Tuesday.",
        "Officials said the death toll was expected to rise.",
    ])
    func noTollIsTold(_ sentence: String) throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-03-04\n---\nLive updates.\n\nThe civil defence agency now puts the death toll at 41.\n"),
            ("daily.md", "---\npublished: 2025-03-05\n---\nNews.\n\n\(sentence)\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["blog", "daily"] }, "\(c.events.map(\.summary))")
        #expect(c.events.flatMap(\.mentions).filter { $0.document == "daily" }.allSatisfy { !$0.date.derivation.hasPrefix("a death toll told") })
    }

    /// A headline's present the parse read as a noun: "Coastal quake toll ⟦reaches⟧ 64" (where the parse makes the noun a
    /// predicate: "Quake toll reaches 64 as town buries its children" hangs it as the subject of "buries", no predicate).
    @Test func aHeadlineTollIsATelling() throws {
        let c = Self.chronology([
            ("daily.md", "---\npublished: 2025-03-06\n---\nCoastal quake toll reaches 64\n\nThe death toll rose to 64 on Wednesday, officials said.\n"),
        ])
        let rose = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "rose" } })
        #expect(rose.mentions.contains { $0.triggerText == "reaches" }, "\(c.events.map(\.summary))")
    }
}
