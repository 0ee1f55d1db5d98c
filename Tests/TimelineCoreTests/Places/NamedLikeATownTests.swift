import Testing
import TimelineCore

/// Names that a gazetteer knows as towns but that the text uses for something else, and places the text does place.
@Suite struct NamedLikeATownTests {
    func places(_ s: String, context: Set<String> = []) -> [String] {
        let t = ScalarText(s)
        return PlaceRecognizer().recognize(t, in: TextRange(0, t.count), contextCountries: context).places
            .map { "\($0.place.name) \($0.place.country)" }
    }

    @Test(arguments: [
        "Officials at the White House said the channel would reopen.",   // an alias of Casablanca
        "A spokesman for the White House declined to comment.",
    ])
    func aMultiWordNameIsNoAliasOfACity(_ s: String) {
        #expect(!places(s, context: ["US"]).contains { $0.hasPrefix("Casablanca") })
    }

    @Test(arguments: [
        "The Dali lost power minutes before it struck the bridge.",
        "The crew of the Dali stayed on board.",
        "Dali, the ship that struck the bridge, was built in 2015.",
        "The container ship Kandy struck a pier.",
    ])
    func aShipNamedLikeATownIsNotThatTown(_ s: String) {
        #expect(places(s, context: ["US"]) == [])
    }

    @Test(arguments: [
        ("Tourists returned to Dali, China, in the spring.", "Dali CN"),
        ("The ship was bound for Colombo when it lost power.", "Colombo LK"),
        ("Talks were held in Colombo on Monday.", "Colombo LK"),
        ("Navy divers flew in from Norfolk, Virginia.", "Norfolk US"),
        ("Heavy rain fell across Chiang Rai province overnight.", "Chiang Rai TH"),
        ("Rescuers set up camp near the town of Mae Sai.", "Mae Sai TH"),
        ("Shelling was reported east of Mariupol.", "Mariupol UA"),
        ("Floods hit farms in Kandy, Galle and Matara.", "Galle LK"),
    ])
    func aTownTheTextPlacesSomethingInIsThatTown(_ s: String, _ expected: String) {
        #expect(places(s).contains(expected))
    }

    @Test func aTownOfTheArticlesCountryNeedsNoPreposition() {
        #expect(places("Mae Sai was quiet on Tuesday.", context: ["TH"]) == ["Mae Sai TH"])
        #expect(places("Mae Sai was quiet on Tuesday.", context: ["US"]) == [])
        // A city of a million people or more is trusted wherever it is named.
        #expect(places("Istanbul will host the talks.") == ["Istanbul TR"])
    }

    /// A name closed by a word for a stretch of land is read with its "the": "the Castro Valley" is that place, where
    /// "the Dali" is a ship.
    @Test(arguments: [
        ("Water was cut to homes in the Castro Valley after a main burst.", "Castro Valley US"),
        ("The county issued a boil-water advisory for the Moreno Valley on Tuesday.", "Moreno Valley US"),
    ])
    func aLandformsNameWithItsArticleIsAPlace(_ s: String, _ expected: String) {
        #expect(places(s, context: ["US"]).contains(expected))
    }

    @Test func aLocativeBeforeALandformsArticlePlacesIt() {
        #expect(places("Water was cut to homes in the Castro Valley after a main burst.") == ["Castro Valley US"])
        #expect(places("Water was cut to homes in Castro Valley after a main burst.") == ["Castro Valley US"])
    }
}
