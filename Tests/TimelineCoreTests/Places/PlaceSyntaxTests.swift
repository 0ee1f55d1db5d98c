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
        "The 150-car Norfolk Southern train derailed on Feb. 3.",
        "Orlando Bloom visited the troops.",
        "Bristol Myers Squibb said sales rose.",
    ])
    func aTownOpeningAnotherProperNameIsNotThatTown(_ s: String) throws {
        try #require(SyntaxModel.shared != nil)
        #expect(places(s) == [])
    }

    /// "⟦Aroha⟧ Tane was sworn in": a town closing a person's name that opens the sentence, the parse joining the two
    /// as one name (`PlaceRecognizer.closesANameOpeningTheSentence`), is no town; a place word before the town is not
    /// a given name ("Central Kyiv was shelled").
    @Test func aTownClosingANameThatOpensTheSentenceIsNotThatTown() throws {
        try #require(SyntaxModel.shared != nil)
        #expect(places("Aroha Tane was sworn in as transport minister on Thursday.", context: ["NZ"]) == [])
        #expect(places("Central Kyiv was shelled on Thursday.", context: ["UA"]).contains("Kyiv UA"))
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

    /// "talks at Al ⟦Salam⟧ Palace": a town's name in another language ("salam", a name of Şaḩam, Oman) opening a
    /// landmark's name is a word of that name, not the town.
    @Test(arguments: [
        "The foreign minister opened the talks at Al Salam Palace on Monday.",
        "The talks, which began on Monday at the al-Salam Palace, are meant to produce an agreement.",
    ])
    func anotherLanguagesNameOfATownOpeningALandmarkIsNotThatTown(_ s: String) {
        #expect(!places(s, context: ["SA", "OM"]).contains { $0.hasSuffix(" OM") })
    }

    @Test(arguments: [
        ("The offices on Ludlow Street in Dayton were closed.", ["Dayton US"]),
        ("Shoppers crowded Oxford Street in London on Saturday.", ["London GB"]),
        ("The crash closed London Road for six hours.", []),
    ])
    func aStreetNamedLikeATownIsNotThatTown(_ s: String, _ expected: [String]) {
        #expect(places(s, context: ["US", "GB"]) == expected)
        #expect(places(s, context: ["US", "GB"], parsed: false) == expected)
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

    /// A compass word opening a name makes another place ("East Palestine" is no part of Palestine); a nationality
    /// that is also another language's name of a town is the nationality ("the Thai cave" is not in Alor Setar).
    @Test func aCompassWordOrANationalityMakesNoOtherPlace() {
        #expect(places("A train derailed in East Palestine, Ohio, last week.").allSatisfy { !$0.hasPrefix("Palestin") })
        #expect(places("Twelve boys were trapped in a Thai cave.", context: ["TH"]).isEmpty)
        #expect(places("Heavy rain flooded North Korea on Monday.", context: []).contains { $0.hasSuffix(" KP") })
    }

    /// A name hyphenated to a capitalised word that names no place is part of a longer name ("Castle-Douglas" is no
    /// Douglas, "Winston-Salem" no Salem); two places hyphenated keep both ("a London-Paris flight").
    @Test func aNameHyphenatedIntoAnotherNameIsNotThatPlace() {
        #expect(places("The man was recaptured near Castle-Douglas on Thursday.", context: ["GB"]).allSatisfy { !$0.hasPrefix("Douglas") })
        #expect(places("The plant in Winston-Salem closed in May.").allSatisfy { !$0.hasPrefix("Salem") })
        let both = places("The London-Paris train was cancelled on Friday.", context: ["GB", "FR"])
        #expect(both.contains { $0.hasPrefix("London") } && both.contains { $0.hasPrefix("Paris") }, "\(both)")
        #expect(places("The man was recaptured near Douglas on Thursday.", context: ["GB"]).contains { $0.hasPrefix("Douglas") })
    }
}
