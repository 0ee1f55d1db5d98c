import Testing
@testable import TimelineCore

/// Where a happening is, from the noun it happens to: the place of what its subject is a part of ("two classrooms of
/// the school ⟦in Huanta⟧ caved in"), and the place a "where" clause describes ("In ⟦Huanta⟧, where the school
/// collapsed on Tuesday, …"). A person's post is not placed by it ("a spokesman for the mayor of Lima").
struct PartAndWherePlaceTests {
    static func placesOf(_ trigger: String, in text: String) throws -> [String] {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2026-03-12\n---\nQuake in Peru.\n\n" + text + "\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))")
        return e.places.map(\.name)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"), arguments: [
        ("Nine pupils were killed when two classrooms of the San Ramon school in Huanta caved in on Tuesday.", "caved", "Huanta"),
        ("The roof of a church in Lviv collapsed on Monday.", "collapsed", "Lviv"),
        ("A quake hit Peru on Tuesday. In Huanta, where the San Ramon school collapsed on Tuesday, families waited.", "collapsed", "Huanta"),
    ])
    func theHappeningIsWhereItsNounIs(text: String, trigger: String, place: String) throws {
        #expect(try Self.placesOf(trigger, in: text).contains(place))
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPostIsNoPlace() throws {
        #expect(try !Self.placesOf("resigned", in: "A spokesman for the mayor of Lima resigned on Monday.").contains("Lima"))
    }
}
