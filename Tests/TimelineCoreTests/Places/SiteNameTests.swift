import Testing
@testable import TimelineCore

/// A site's name goes on over "of" and capitalised words ("the Hadley Museum of Modern Art in Leeds"), and a site no
/// place follows is in the city its name opens with ("at Leeds Crown Court"), in the article's countries
/// (`PlaceRecognizer.sites`, `openingCity`).
@Suite struct SiteNameTests {
    func places(_ s: String, about countries: Set<String> = []) -> [PlaceMention] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: countries).places
    }

    @Test func theNameGoesOnOverItsOfPhraseToTheTown() throws {
        let found = places("Two paintings were stolen from the Hadley Museum of Modern Art in Leeds overnight.")
        let site = try #require(found.first { $0.place.kind == .site })
        #expect(site.place.name == "Hadley Museum of Modern Art" && site.place.country == "GB")
        #expect(found.contains { $0.place.name == "Leeds" })
    }

    /// "the University of Chicago": a place after "of" ends the name there.
    @Test func aPlaceAfterOfIsNoPartOfTheName() {
        let found = places("He spoke at the Booth Institute of Chicago on Monday.", about: ["US"])
        #expect(!found.contains { $0.place.kind == .site && $0.place.name.hasSuffix("Chicago") }, "\(found.map(\.place.name))")
    }

    @Test(arguments: [
        ("The two men appeared at Leeds Crown Court on Monday.", "Leeds", "GB"),
        ("The man appeared at Newcastle Magistrates' Court on Friday.", "Newcastle upon Tyne", "GB"),
    ])
    func aSiteIsInTheCityItsNameOpensWith(_ s: String, _ city: String, _ country: String) throws {
        let found = places(s, about: [country])
        let site = try #require(found.first { $0.place.kind == .site })
        #expect(site.place.country == country)
        #expect(found.contains { $0.place.name == city && $0.place.kind == .city }, "\(found.map(\.place.name))")
    }

    /// A street named like a town, a town outside the article's countries, and a city's name right before the site
    /// word name no city the site is in.
    @Test(arguments: [
        "Customers queued outside the University Avenue branch on Wednesday.",
        "The thieves broke into the Collingwood Museum on Tuesday.",
    ])
    func noCityWhereTheNameDoesNotSayIt(_ s: String) {
        let found = places(s, about: ["GB"])
        #expect(!found.contains { $0.place.kind == .city }, "\(found.map { "\($0.place.name) \($0.place.country)" })")
    }
}
