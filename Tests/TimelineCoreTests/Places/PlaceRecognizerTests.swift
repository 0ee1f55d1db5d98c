import Testing
import TimelineCore

@Suite struct PlaceRecognizerTests {
    let r = PlaceRecognizer()

    func run(_ s: String, context: Set<String> = []) -> (PlaceRecognition, ScalarText) {
        let t = ScalarText(s)
        return (r.recognize(t, in: TextRange(0, t.count), contextCountries: context), t)
    }

    @Test func multiWordNames() {
        let (rec, t) = run("Delegates flew from New York to The Hague before heading on to Kryvyi Rih and Dnipro.")
        let names = rec.places.map { $0.place.name }
        #expect(rec.places.map { t[$0.range] } == ["New York", "The Hague", "Kryvyi Rih", "Dnipro"])
        #expect(rec.places.map { $0.place.country } == ["US", "NL", "UA", "UA"])
        let hague = rec.places.first { $0.place.country == "NL" }
        #expect(hague.map { t[$0.range] } == "The Hague")
        #expect(names.contains("Kryvyi Rih"))
        #expect(names.contains("Dnipro"))
        let (rec2, _) = run("The court sits in the Hague this week.")
        #expect(rec2.places.map { $0.place.country } == ["NL"])
    }

    @Test func qualifiers() {
        let (rec, _) = run("Shelling hit villages east of Kharkov, north-west of Mariupol and near Odessa, while fires spread in the region around Kiev and outside Lviv.")
        let q = Dictionary(rec.places.map { ($0.place.name, $0.qualifier) }, uniquingKeysWith: { a, _ in a })
        #expect(q["Kharkiv"] == .east)
        #expect(q["Mariupol"] == .northWest)
        #expect(q["Odesa"] == .near)
        #expect(q["Kyiv"] == .around)
        #expect(q["Lviv"] == .near)
        let (rec2, _) = run("The convoy stopped south east of Kherson and later in Poltava.")
        #expect(rec2.places.map { $0.qualifier } == [.southEast, .inside])
    }

    @Test func governmentActorsVersusPlaces() {
        let (rec, t) = run("Kyiv claimed that the bridge was intact, and Moscow is demanding guarantees.")
        #expect(rec.places.isEmpty)
        #expect(rec.governmentActors.map { t[$0.range] } == ["Kyiv", "Moscow"])
        #expect(rec.governmentActors.map { $0.place.country } == ["UA", "RU"])
        let (rec2, _) = run("Negotiators met for talks in Kyiv and later travelled to Moscow.")
        #expect(rec2.governmentActors.isEmpty)
        #expect(rec2.places.map { $0.place.country } == ["UA", "RU"])
        let (rec3, _) = run("Beijing has warned against interference, and Washington said it would respond.")
        #expect(rec3.governmentActors.map { $0.place.country } == ["CN", "US"])
        // Not a capital: a city that "said" something is still a place mention.
        let (rec4, _) = run("Kharkiv said goodbye to its mayor.")
        #expect(rec4.governmentActors.isEmpty)
    }

    @Test func adjectives() {
        let (rec, t) = run("A Turkish official said Ukrainian and Russian negotiators would meet; the Dutch prosecutors agreed.")
        #expect(rec.adjectives.map { $0.place.country } == ["TR", "UA", "RU", "NL"])
        #expect(rec.adjectives.map { t[$0.range] } == ["Turkish", "Ukrainian", "Russian", "Dutch"])
        #expect(rec.places.isEmpty)
    }

    @Test func commonWordsAndPeopleAreNotPlaces() {
        let (rec, _) = run("Nice weather in March made a Split decision easy. Of course, Mobile Police units arrived. Mr. Paris said Reading was fun.")
        #expect(rec.places.isEmpty)
        #expect(rec.governmentActors.isEmpty)
        let (rec2, _) = run("nice split mobile march paris kyiv")
        #expect(rec2.places.isEmpty)
    }

    @Test func contextFromTheSentenceAndCaller() {
        let (rec, _) = run("Students in Moscow, Idaho protested.")
        #expect(rec.places.first?.place.country == "US")
        let (rec2, _) = run("The festival in Moscow drew crowds.", context: ["US"])
        #expect(rec2.places.first?.place.country == "US")
        let (rec3, _) = run("The festival in Moscow drew crowds.")
        #expect(rec3.places.first?.place.country == "RU")
    }

    @Test func offsetsAreScalarOffsetsWithinRange() {
        let s = "Émigrés 🇺🇦 returned to Kyïv. Later Odesa."
        let t = ScalarText(s)
        let first = r.recognize(t, in: TextRange(0, 28))
        #expect(first.places.map { t[$0.range] } == ["Kyïv"])
        #expect(first.places.first?.place.name == "Kyiv")
    }
}

@Suite struct PersonNameTests {
    @Test func firstNamesAndSurnamesThatAreCitiesAreSkipped() {
        let t = ScalarText("Yesterday Vladimir Lebedev met Olga Raab and the Kyiv Mayor in Zhytomyr.")
        let rec = PlaceRecognizer().recognize(t, in: TextRange(0, t.count))
        #expect(rec.places.map { t[$0.range] } == ["Kyiv", "Zhytomyr"])
    }
}

@Suite struct ResolutionRuleTests {
    func run(_ s: String) -> (PlaceRecognition, ScalarText) {
        let t = ScalarText(s)
        return (PlaceRecognizer().recognize(t, in: TextRange(0, t.count)), t)
    }

    @Test func aCitysOwnNameBeatsAnotherTownsForeignAlias() {
        // Context India must not turn Pakistan's capital into an Indian town that has it as an alias.
        let (rec, _) = run("Islamabad accused India of breaking the truce, and officials in Islamabad met in the evening.")
        #expect(rec.governmentActors.map { $0.place.country } == ["PK"])
        #expect(rec.places.map { $0.place.country } == ["IN", "PK"])
    }

    @Test func aPlaceAfterAPrepositionIsNotTheGovernment() {
        let (rec, _) = run("Diplomats in Ankara told reporters that Tokyo rejected the plan.")
        #expect(rec.places.map { $0.place.country } == ["TR"])
        #expect(rec.governmentActors.map { $0.place.country } == ["JP"])
    }

    @Test func aRegionInTheSentenceIsContextForOtherNames() {
        let (rec, _) = run("Volunteers drove from Pennsylvania to Georgia with supplies.")
        #expect(rec.places.map { $0.place.kind } == [.region, .region])
        #expect(rec.places.map { $0.place.country } == ["US", "US"])
        let (rec2, _) = run("Volunteers drove from Armenia to Georgia with supplies.")
        #expect(rec2.places.map { $0.place.kind } == [.country, .country])
    }
}

@Suite struct AbbreviationTests {
    @Test func capitalAbbreviationsNameCountriesOnly() {
        let t = ScalarText("The US and the UK sent envoys; us and it and IT staff stayed home.")
        let rec = PlaceRecognizer().recognize(t, in: TextRange(0, t.count))
        #expect(rec.places.map { t[$0.range] } == ["US", "UK"])
        #expect(rec.places.map { $0.place.country } == ["US", "GB"])
    }
}

@Suite struct QualifierPhraseTests {
    @Test func qualifierBeforeTheCityOf() {
        let t = ScalarText("Troops massed near the city of Sumy, and in the city of Poltava, and in the area surrounding Chernihiv.")
        let rec = PlaceRecognizer().recognize(t, in: TextRange(0, t.count))
        #expect(rec.places.map { $0.qualifier } == [.near, .inside, .around])
        #expect(rec.places.map { $0.place.name } == ["Sumy", "Poltava", "Chernihiv"])
    }

    @Test func qualifierBeforeTheArticle() {
        // "near the Pennsylvania border" is not in Pennsylvania; "in the Kherson region" is in Kherson.
        let t = ScalarText("A train derailed near the Pennsylvania border, and fighting went on in the Kherson region.")
        let rec = PlaceRecognizer().recognize(t, in: TextRange(0, t.count))
        #expect(rec.places.map { $0.qualifier } == [.near, .inside])
        #expect(rec.places.map { $0.place.name } == ["Pennsylvania", "Kherson"])
    }
}
