import Testing
@testable import TimelineCore

/// Towns of 1,000 to 14,999 inhabitants are places only where the text places something there and they stand as a
/// name of their own (`PlaceRecognizer.isTownPlaced`).
@Suite struct TownTests {
    func places(_ s: String, context: Set<String> = ["GB"]) -> [String] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: context).places
            .map { "\($0.place.name) \($0.place.country)" }
    }

    @Test(arguments: [
        ("McKee was recaptured in a farm building near Castle Douglas on Thursday.", "Castle Douglas GB"),
        ("Police released stills from a petrol station in Lockerbie.", "Lockerbie GB"),
        ("The car was later found at Lockerbie, Scotland.", "Lockerbie GB"),
    ])
    func aTownTheTextPlacesSomethingInIsAPlace(_ s: String, _ expected: String) {
        #expect(places(s).contains(expected), "\(places(s))")
    }

    /// A part of a town ("the main square of Lockerbie", "the centre of Lockerbie") is in the town; "the mayor of" is
    /// no part of it (`PlaceRecognizer.townParts`).
    @Test(arguments: [
        ("Thousands of mourners filled the main square of Lockerbie on Friday.", true),
        ("Police sealed off the centre of Lockerbie.", true),
        ("The mayor of Lockerbie spoke on Friday.", false),
    ])
    func aPartOfATownIsInIt(_ s: String, _ placed: Bool) {
        #expect(places(s).contains("Lockerbie GB") == placed, "\(places(s))")
    }

    /// A town's name between "a" and a common noun after a locative ("at ⟦a Lockerbie petrol station⟧") tells where the
    /// thing is; "the Lockerbie bombing" and "a Lockerbie man said" place nothing.
    @Test(arguments: [
        ("Police released stills taken at a Lockerbie petrol station on Thursday.", true),
        ("The two men were seen near a Lockerbie garage.", true),
        ("He wrote a book about the Lockerbie bombing.", false),
        ("A Lockerbie man said he saw nothing.", false),
    ])
    func aTownBeforeACommonNounAfterALocative(_ s: String, _ placed: Bool) {
        #expect(places(s).contains("Lockerbie GB") == placed, "\(places(s))")
    }

    /// So is a city's outside the article's countries, which must be placed too ("at ⟦a Winnipeg hotel⟧").
    @Test func aCityBeforeACommonNounAfterALocative() {
        #expect(places("The union met the employers at a Winnipeg hotel on Tuesday.").contains("Winnipeg CA"))
        #expect(!places("A Winnipeg man said he saw nothing.").contains("Winnipeg CA"))
    }

    /// "in parliament" is in the capital of the article's one country; "Parliament Square", "the parliament of Georgia"
    /// and an article of two countries place nothing by it.
    @Test func parliamentSitsInTheCapital() {
        #expect(places("The opposition tabled the motion in parliament on Wednesday.", context: ["NZ"]) == ["Wellington NZ"])
        #expect(!places("Protesters gathered in Parliament Square on Wednesday.", context: ["NZ"]).contains("Wellington NZ"))
        #expect(places("The motion was debated in the parliament of Georgia.", context: ["NZ"]).allSatisfy { !$0.hasPrefix("Wellington") })
        #expect(places("The opposition tabled the motion in parliament on Wednesday.", context: ["NZ", "AU"]).isEmpty)
    }

    @Test func aTownInAListAfterALocative() {
        #expect(places("Ambulances went to hospitals in Hibbing and Cloquet.", context: ["US"]).contains("Cloquet US"))
    }

    @Test(arguments: [
        ("Lockerbie residents were told to stay indoors.", "Lockerbie"),           // not placed
        ("Forsyth was spotted on Monday.", "Forsyth"),                            // a surname
        ("Drivers at Northern Rail will walk out.", "Rail"),                      // a word of a longer name
        ("The second escaper was caught in English city streets.", "English"),   // an adjective
    ])
    func aTownNotPlacedOrNotANameOfItsOwnIsNone(_ s: String, _ town: String) {
        #expect(PlaceRecognizer().gazetteer.places(named: town).contains { PlaceRecognizer().gazetteer.isTown($0) })
        #expect(!places(s, context: ["GB", "US"]).contains { $0.hasPrefix(town + " ") }, "\(places(s))")
    }

    @Test func aTownAbroadNeedsItsCountry() {
        // (a town of Mexico named Acas, in a British story: "talks at Acas" name the conciliation service)
        #expect(places("Talks at Acas in Manchester resumed.").allSatisfy { !$0.hasPrefix("Acas") })
    }

    @Test func aLargerPlaceKeepsItsName() {
        #expect(places("Two men escaped from a prison in south-west Scotland.").contains("Scotland GB"))
    }
}
