import Foundation
import Testing
@testable import TimelineCore

/// A scraped page that lists thousands of place names: the recognizer gave each name the countries of all the
/// others as context, one pass over every other name per name, so a long list took minutes (found while probing
/// the fuzz target with long documents). Context from the other names must still settle ambiguous ones.
@Suite struct PlaceListTests {
    @Test func thousandsOfPlaceNamesInOneRange() {
        let names = ["Kyiv", "Paris", "Moscow", "Kolkata", "Istanbul"]
        let list = (0..<20_000).map { names[$0 % names.count] }.joined(separator: ", ")
        let text = ScalarText("Weather today in " + list + ".")
        let rec = PlaceRecognizer().recognize(text, in: TextRange(0, text.count))
        #expect(rec.places.count + rec.governmentActors.count == 20_000)
        #expect(Set(rec.places.map(\.place.name)).isSuperset(of: ["Paris", "Kolkata", "Istanbul"]))
    }

    @Test func otherNamesStillGiveContext() {
        let text = ScalarText("Students in Moscow, Idaho protested.")
        let rec = PlaceRecognizer().recognize(text, in: TextRange(0, text.count))
        #expect(rec.places.first?.place.country == "US")
        let alone = ScalarText("The festival in Moscow drew crowds.")
        #expect(PlaceRecognizer().recognize(alone, in: TextRange(0, alone.count)).places.first?.place.country == "RU")
    }
}
