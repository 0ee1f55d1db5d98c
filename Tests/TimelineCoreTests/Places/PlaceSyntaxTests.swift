import Testing
@testable import TimelineCore

/// Towns named in a sentence, read with the sentence's tokens and parse: a town the text places something in is a
/// place; a company, team, person or speaker named like a town is not.
@Suite struct PlaceSyntaxTests {
    func places(_ s: String, context: Set<String> = ["US"], parsed: Bool = true) -> [String] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: parsed ? SyntaxModel.shared : nil)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: context).places
            .map { "\($0.place.name) \($0.place.country)" }
    }

    @Test(arguments: [
        ("The ship left Colombo on March 20.", "Colombo LK"),
        ("Troops entered Kherson on Friday.", "Kherson UA"),
        ("A tropical storm hit Norfolk on Sunday.", "Norfolk US"),
    ])
    func theObjectOfAVerbOfMovementIsAPlace(_ s: String, _ expected: String) {
        #expect(places(s).contains(expected))
        #expect(places(s, parsed: false).contains(expected))
    }

    @Test(arguments: [
        "Norfolk Southern said its trains would run again.",
        "Orlando Bloom visited the troops.",
        "Bristol Myers Squibb said sales rose.",
    ])
    func aTownOpeningAnotherProperNameIsNotThatTown(_ s: String) throws {
        try #require(SyntaxModel.shared != nil)
        #expect(places(s) == [])
    }

    @Test(arguments: [
        ("Los Angeles Times reporters covered the fire.", "Los Angeles US"),
        ("Baltimore Mayor Brandon Scott spoke at the scene.", "Baltimore US"),
        ("The Baltimore Key Bridge collapsed early on Tuesday.", "Baltimore US"),
        ("Ships waited outside Baltimore harbor.", "Baltimore US"),
    ])
    func aTownBeforeAPlaceOrRoleWordStaysATown(_ s: String, _ expected: String) {
        #expect(places(s) == [expected])
    }

    @Test func aTownSpeakingIsNoPlaceButACapitalSpeakingIsItsGovernment() throws {
        #expect(places("Kingston said it would appeal the ruling.") == [])
        #expect(places("Kingston said it would appeal the ruling.", parsed: false) == [])
        #expect(places("Reporters in Kingston asked the governor.", context: ["JM"]) == ["Kingston JM"])
        let t = ScalarText("Washington said it would send aid.")
        let s = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        #expect(PlaceRecognizer().recognize(t, sentence: s, contextCountries: ["US"]).governmentActors.map(\.name) == ["Washington"])
        // A longer name in subject position is not the town speaking.
        #expect(places("Kyiv Mayor Vitali Klitschko said the city was ready.", context: ["UA"]) == ["Kyiv UA"])
    }

    @Test(arguments: [
        "Officials at the Pentagon said the channel would reopen.",
        "Traffic on the Key Bridge was stopped before it fell.",
        "The ship Dali lost power before the crash.",
        "Dali's crew stayed on board.",
        "Mr. Paris said he would resign.",
        "The ship drifted into the Elizabeth River before dawn.",
    ])
    func namesThatAreNoTown(_ s: String) {
        #expect(places(s) == [])
        #expect(places(s, parsed: false) == [])
    }
}
