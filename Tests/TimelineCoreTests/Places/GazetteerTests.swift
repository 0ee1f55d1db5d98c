import Testing
import TimelineCore

@Suite struct GazetteerTests {
    let g = Gazetteer.shared

    @Test func spellingVariantsResolveToOnePlace() throws {
        for (a, b) in [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Chernigov", "Chernihiv"),
                       ("Bombay", "Mumbai"), ("Peking", "Beijing")] {
            let pa = try #require(g.resolve(a))
            let pb = try #require(g.resolve(b))
            #expect(pa.id == pb.id, "\(a) vs \(b)")
            #expect(pa.kind == .city)
        }
        #expect(g.resolve("Kiev")?.name == "Kyiv")
        #expect(g.resolve("Kiev")?.country == "UA")
        #expect(g.resolve("Krivoy Rog")?.name == "Kryvyi Rih")
    }

    @Test func ambiguousNamesByContextAndSize() {
        #expect(g.resolve("Moscow")?.country == "RU")
        let idaho = g.resolve("Moscow", contextCountries: ["US"])
        #expect(idaho?.country == "US")
        #expect(idaho?.kind == .city)
        #expect(g.resolve("Paris")?.country == "FR")
        #expect(g.resolve("Georgia")?.kind == .country)
        #expect(g.resolve("Georgia", contextCountries: ["US"])?.kind == .region)
        #expect(g.places(named: "Moscow").count >= 2)
    }

    @Test func countriesAndAdjectives() {
        #expect(g.countryForAdjective("Turkish")?.name == "Turkey")
        #expect(g.countryForAdjective("Dutch")?.country == "NL")
        #expect(g.countryForAdjective("Belarusian")?.country == "BY")
        #expect(g.countryForAdjective("American")?.country == "US")
        #expect(g.countryForAdjective("British")?.country == "GB")
        #expect(g.countryForAdjective("Kyiv") == nil)
        #expect(g.country(code: "ua")?.name == "Ukraine")
        #expect(g.resolve("Türkiye")?.country == "TR")
    }

    @Test func containment() throws {
        let istanbul = try #require(g.resolve("Istanbul"))
        let turkey = try #require(g.country(code: "TR"))
        #expect(g.isPlace(istanbul, within: turkey))
        #expect(!g.isPlace(turkey, within: istanbul))
        #expect(!g.isPlace(istanbul, within: try #require(g.country(code: "UA"))))
        let kharkiv = try #require(g.resolve("Kharkiv"))
        let oblast = try #require(g.resolve("Kharkiv Oblast"))
        #expect(g.isPlace(kharkiv, within: oblast))
        #expect(g.isPlace(oblast, within: try #require(g.country(code: "UA"))))
        let chernobyl = try #require(g.resolve("Chernobyl"))
        #expect(chernobyl.kind == .site)
        #expect(g.isPlace(chernobyl, within: try #require(g.country(code: "UA"))))
    }

    @Test func foldingAndCityMatch() {
        #expect(Gazetteer.fold("Kíev") == "kiev")
        #expect(Gazetteer.fold("  'S-Gravenhage!") == "s gravenhage")
        let ids = ["kiev", "Kyiv", "KYIV", "Kíev"].map { g.matchCity($0).first?.id }
        #expect(ids.allSatisfy { $0 != nil && $0 == ids[0] })
        #expect(g.matchCity("Ukraine").isEmpty)
    }
}

@Suite struct RegionTests {
    @Test func citiesLieInTheirRegions() throws {
        let g = Gazetteer.shared
        let glasgow = try #require(g.resolve("Glasgow"))
        let scotland = try #require(g.resolve("Scotland"))
        #expect(scotland.kind == .region)
        #expect(g.isPlace(glasgow, within: scotland))
        #expect(!g.isPlace(try #require(g.resolve("Cardiff")), within: scotland))
        #expect(g.isPlace(scotland, within: try #require(g.country(code: "GB"))))
        #expect(g.resolve("Berlin")?.kind == .city)
        #expect(g.isPlace(try #require(g.resolve("Munich")), within: try #require(g.resolve("Bavaria"))))
    }
}
