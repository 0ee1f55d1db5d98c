import Testing
@testable import TimelineCore

/// Sites the gazetteer does not list, named in the text and placed in a known place right after them.
@Suite struct NamedSiteTests {
    func places(_ s: String, about countries: Set<String> = []) -> [PlaceMention] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: countries).places
    }

    @Test func aSiteNoPlaceFollowsIsInTheOneCountryTheArticleIsAbout() throws {
        let s = "All 12 boys were rescued from the Tham Luang cave on Tuesday."
        let site = try #require(places(s, about: ["TH"]).first { $0.place.kind == .site })
        #expect(site.place.name == "Tham Luang cave")
        #expect(site.place.country == "TH")
        // About two countries, or none, nothing says where it is.
        #expect(!places(s, about: ["TH", "MM"]).contains { $0.place.kind == .site })
        #expect(!places(s).contains { $0.place.kind == .site })
        // A common noun is no site: "from the flooded cave".
        #expect(!places("The boys were rescued from the flooded cave on Tuesday.", about: ["TH"]).contains { $0.place.kind == .site })
    }

    /// An article about two countries places such a site in its dateline's country; a nationality before a site word
    /// names no site.
    @Test func theDatelinesCountryPlacesASiteInAnArticleAboutTwo() throws {
        let s = "Rescuers extracted the last four boys from the Tham Luang cave on Tuesday."
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        let found = PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: ["TH", "GB"], homeCountry: "TH").places
        let site = try #require(found.first { $0.place.kind == .site })
        #expect(site.place.country == "TH")
        #expect(!places("Twelve boys were trapped in a Thai cave.", about: ["TH"]).contains { $0.place.kind == .site })
    }

    @Test(arguments: [
        ("Jobs gave the keynote at Moscone Center in San Francisco on Monday.", "Moscone Center", "US", "San Francisco"),
        ("The ship struck the Francis Scott Key Bridge in Baltimore on Tuesday.", "Francis Scott Key Bridge", "US", "Baltimore"),
        ("The boys were taken to Prachanukroh Hospital, Thailand, by helicopter.", "Prachanukroh Hospital", "TH", "Thailand"),
    ])
    func aNamedSitePlacedInAKnownPlace(_ s: String, _ name: String, _ country: String, _ container: String) throws {
        let found = places(s)
        let site = try #require(found.first { $0.place.kind == .site })
        #expect(site.place.name == name)
        #expect(site.place.country == country)
        // The place it is in is kept as well.
        #expect(found.contains { $0.place.name == container })
        // One name, one id, in any article.
        #expect(places(s).first { $0.place.kind == .site }?.place.id == site.place.id)
    }

    @Test(arguments: [
        "Apple Center said it would open on Friday in San Francisco.",
        "The keynote was held at the Media Center on Monday.",
        "Officials at Moscone Center said the hall was full.",
    ])
    func noSiteWithoutALocativeAndAPlaceAfterIt(_ s: String) {
        #expect(!places(s).contains { $0.place.kind == .site })
    }
}
