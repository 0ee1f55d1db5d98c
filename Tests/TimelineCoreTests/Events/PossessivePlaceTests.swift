import Testing
@testable import TimelineCore

/// A possessive place name is a participant ("Russia's army"), unless what it possesses is a part of it or a site in it.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PossessivePlaceTests {
    static func places(_ sentence: String) -> [String] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-06\n---\nDesk.\n\n" + sentence + "\n")])
        return c.events.filter { $0.summary != "Desk" }.flatMap { $0.places.map(\.name) }
    }

    @Test func aPartOrASiteOfAPlaceIsInIt() {
        #expect(Self.places("The jet landed at Toronto's Pearson airport on Monday.") == ["Toronto"])
        #expect(Self.places("A fire broke out on Toronto's west side on Monday.") == ["Toronto"])
    }

    /// A place named by its own name in the possessive of its town is in the town too.
    @Test func aPlaceOfATownIsInIt() {
        #expect(Self.places("Crews in California reconnected the last homes in Los Angeles's Van Nuys on Monday.").contains("Los Angeles"))
    }

    @Test func whatAPlaceOwnsOrLeadsIsNoPlaceOfTheHappening() {
        #expect(!Self.places("Russia's army shelled the town on Monday.").contains("Russia"))
        #expect(!Self.places("Toronto's mayor resigned on Monday.").contains("Toronto"))
    }
}
