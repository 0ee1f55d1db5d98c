import Testing
@testable import TimelineCore

/// Where a happening is, from its subject or from whom it is told to: a town standing for its people as the subject
/// ("⟦Lviv⟧ buried its dead on Tuesday"), not a capital standing for its government; the place of a body told something
/// ("told the Senate committee ⟦in Washington⟧"); and a town written with "City" after its own name ("Pasay City").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SubjectAndListenerPlaceTests {
    static func placesOf(_ trigger: String, in text: String) throws -> [String] {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2026-03-12\n---\nA report.\n\n" + text + "\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))")
        return e.places.map(\.name)
    }

    @Test func aTownAsTheSubjectIsWhereItsPeopleAct() throws {
        #expect(try Self.placesOf("buried", in: "Shelling hit Ukraine on Sunday. On Tuesday Kharkiv buried its dead.").contains("Kharkiv"))
    }

    @Test func aCapitalAsTheSubjectIsItsGovernmentNoPlace() throws {
        #expect(try !Self.placesOf("imposed", in: "Russia shelled Ukraine on Sunday. On Tuesday Washington imposed new sanctions.").contains("Washington"))
    }

    @Test func whomItIsToldToPlacesATestimony() throws {
        let places = try Self.placesOf("told", in: "On Tuesday the airline's chief executive told the Senate committee in Washington that the update had not been tested.")
        #expect(places.contains("Washington"))
    }

    /// A possessive town locates a site of its own: "Baltimore's ⟦bridge⟧" is in Baltimore ("Russia's army" is no place).
    @Test func aPossessiveTownLocatesItsSite() throws {
        #expect(try Self.placesOf("collapsed", in: "A ship lost power in the United States. Baltimore's bridge collapsed on Monday.").contains("Baltimore"))
    }

    @Test func aTownWithCityAfterItsOwnName() throws {
        #expect(try Self.placesOf("fire", in: "A fire broke out in Davao City on Monday.").contains("Davao"))
        // (a name of several words that is only another spelling stays no place: "White House")
        #expect(try !Self.placesOf("met", in: "The two leaders met at the White House on Monday.").contains("Casablanca"))
    }
}
