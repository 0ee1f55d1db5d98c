import Testing
@testable import TimelineCore

/// A town the gazetteer does not list, named as a town by one article ("the city of Saravel"), places a happening
/// another article tells at that name after a locative, with no place of its own (`UnlistedTownNames`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct UnlistedTownNameTests {
    static let wire = ("wire.txt", "Villages shelled\n\nAMMAN, Jordan, Nov 9 (Levant Press Agency) – The army said enemy artillery had shelled villages outside the city of Dorvala overnight.\n")

    static func chronology(_ weekly: String) -> Chronology {
        ParaphraseMergeTests.chronology([Self.wire, ("weekly.md", "---\npublished: 2026-11-27\nsource: Weekly\n---\nReview.\n\n" + weekly + "\n")])
    }

    @Test func aHappeningAtTheTownIsThere() throws {
        let c = Self.chronology("On Tuesday, November 10, a shell slammed into the market in Dorvala, killing four people.")
        #expect(try LeadPlaceTests.places(c, "slammed") == ["Dorvala"])
    }

    /// The name must be placed by a locative: the town's officials, or a town's name opening another, place nothing.
    @Test func aNameWithoutALocativePlacesNothing() throws {
        let c = Self.chronology("On Tuesday, November 10, Dorvala officials reopened the market.")
        #expect(try LeadPlaceTests.places(c, "reopened") == [])
    }

    /// The town as the subject, standing for its people, places what they did there.
    @Test func theTownAsTheSubjectIsThere() throws {
        let c = Self.chronology("On Tuesday, November 10, Dorvala buried its dead.")
        #expect(try LeadPlaceTests.places(c, "buried") == ["Dorvala"])
    }

    /// A possessive is read as the name: "in ⟦Saravel's⟧ old town".
    @Test func wordsDropAPossessive() {
        #expect(UnlistedTownNames.words("in Saravel's old town").map(\.lower) == ["in", "saravel", "old", "town"])
        #expect(UnlistedTownNames.words("in Saravel's old town").map(\.capital) == [false, true, false, false])
    }
}
