import Testing
@testable import TimelineCore

/// Towns the gazetteer does not list, named as towns ("the town of …", "residents of …", "… residents"), are towns
/// wherever their article names them, in the country and region it names most; a dateline's town settles which
/// region of that name its state is.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct UnlistedTownTests {
    static func chronology(_ body: String, published: String = "2025-08-12") -> Chronology {
        ParaphraseMergeTests.chronology([("a.md", "---\npublished: \(published)\nsource: Daily\n---\nNews.\n\n" + body + "\n")])
    }

    @Test func aTownNamedAsATownIsATownWhereverTheArticleNamesIt() throws {
        let c = Self.chronology("A wildfire near Missoula, Montana, forced 2,400 people to flee the town of Millbrook Flats on Monday. "
            + "On Tuesday the sheriff ordered residents of Millbrook Flats to boil their water. Crews reopened the road to Millbrook Flats on Wednesday.")
        let reopened = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reopened" } }, "\(c.events.map(\.summary))")
        let town = try #require(reopened.places.first { $0.name == "Millbrook Flats" }, "\(reopened.places)")
        #expect(town.country == "US" && town.kind == .city)
        let montana = try #require(Gazetteer.shared.resolve("Montana", contextCountries: ["US"]))
        #expect(Gazetteer.shared.isPlace(town, within: montana), "\(town)")
    }

    @Test func saintAndStAreOneVillage() throws {
        let c = Self.chronology("A flood near Missoula, Montana, reached the village of St. Ambrose on Monday. Saint Ambrose was evacuated on Tuesday.")
        let evacuated = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "evacuated" } }, "\(c.events.map(\.summary))")
        #expect(evacuated.places.map(\.name) == ["St. Ambrose"], "\(evacuated.places)")
    }

    @Test func residentsBeforeANameOfTwoWordsNameATown() throws {
        let c = Self.chronology("Millbrook Flats residents head home\n\nAfter a wildfire near Missoula, Montana, the sheriff lifted the evacuation order for Millbrook Flats on Tuesday.")
        let lifted = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "lifted" } }, "\(c.events.map(\.summary))")
        #expect(lifted.places.map(\.name).contains("Millbrook Flats"), "\(lifted.places)")
    }

    /// A town named so only in the headline is a town in the body too.
    @Test func theHeadlinesTownIsTheBodysToo() throws {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2025-08-13\nsource: Daily\n---\nMillbrook Flats residents head home as order is lifted\n\n"
            + "After a wildfire near Missoula, Montana, the sheriff lifted the evacuation order for Millbrook Flats on Tuesday.\n")])
        let lifted = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "lifted" } }, "\(c.events.map(\.summary))")
        #expect(lifted.places.map(\.name).contains("Millbrook Flats"), "\(lifted.places)")
    }

    /// A listed town stays itself; a name one letter longer than a listed town of the country is that town; words of
    /// a phrase are no town.
    @Test func listedTownsAndPhrasesAreNoNewTowns() throws {
        let kalispell = Self.chronology("A wildfire in Montana reached the town of Kalispell on Monday.")
        let reached = try #require(kalispell.events.first { $0.mentions.contains { $0.triggerText == "reached" } })
        #expect(reached.places.contains { $0.name == "Kalispell" && $0.id < PlaceRecognizer.siteIDBase }, "\(reached.places)")
        let peru = Self.chronology("After the earthquake in Peru, a helicopter reached the isolated village of Chaccabamba on Thursday. "
            + "Crews reopened the road to Chaccabamba on Sunday.")
        let road = try #require(peru.events.first { $0.mentions.contains { $0.triggerText == "reopened" } }, "\(peru.events.map(\.summary))")
        #expect(road.places.map(\.name) == ["Chacabamba"], "\(road.places)")
        let many = Self.chronology("In Montana, residents of Many Glaciers said on Monday that the smoke had cleared. Many residents left on Tuesday.")
        #expect(!many.events.contains { $0.places.contains { $0.name == "Many" } })
    }

    /// "KALISPELL, Montana" is in the US state: Montana, Bulgaria, is the name's first reading.
    @Test func aDatelinesTownSettlesItsRegion() throws {
        let c = try TempCorpus(["a.txt": "---\npublished: 2025-08-11\n---\nWildfire forces evacuation of mountain town\n\nKALISPELL, Montana, Aug 11 (Continental Press) - A wildfire in northwest Montana has destroyed 40 homes, the sheriff said on Tuesday.\n"])
        defer { c.cleanUp() }
        let corpus = try CorpusLoader().load(paths: [c.dir])
        let document = try #require(corpus.documents.first)
        let kalispell = try #require(TimelinePipeline.placeOfDateline(document, gazetteer: .shared))
        #expect(kalispell.name == "Kalispell" && kalispell.country == "US")
        let chronology = try TimelinePipeline(today: Day(iso: "2025-12-01")!).load(paths: [c.dir])
        #expect(chronology.events.flatMap(\.places).contains { $0.name == "Montana" && $0.country == "US" },
                "\(chronology.events.map { ($0.summary, $0.places) })")
    }

    /// An unlisted village the text puts in a listed town ("Tabangaw in Itogon", "Sabdang, Itogon") is in that town
    /// too; a village named with its country's word for one as a title ("Barangay Lamtang") is a village.
    @Test func aVillageInATownIsInThatTownToo() throws {
        let c = Self.chronology("A landslide struck Barangay Lamtang in Itogon, Benguet, on Wednesday. Rescuers reached Lamtang on Thursday.")
        let reached = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reached" } }, "\(c.events.map(\.summary))")
        #expect(reached.places.map(\.name).contains("Lamtang") && reached.places.map(\.name).contains("Itogon"), "\(reached.places)")
        let d = Self.chronology("Floods cut off the village of Lamtang on Wednesday. Rescuers reached Lamtang on Thursday.")
        let alone = try #require(d.events.first { $0.mentions.contains { $0.triggerText == "reached" } }, "\(d.events.map(\.summary))")
        #expect(!alone.places.map(\.name).contains("Itogon"), "\(alone.places)")
    }

    /// What one article tells of the village is in the town another article puts it in.
    @Test func anotherArticlesVillageIsInTheTownOneArticlePutsItIn() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2025-08-13\nsource: Wire\n---\nNews.\n\nAid reached Barangay Lamtang in Itogon, Benguet, on Wednesday.\n"),
            ("b.md", "---\npublished: 2025-08-14\nsource: Daily\n---\nNews.\n\nFloods cut off the village of Lamtang on Thursday, and the army flew food into Lamtang.\n"),
        ])
        let flew = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "flew" } }, "\(c.events.map(\.summary))")
        #expect(flew.places.map(\.name).contains("Itogon"), "\(flew.places)")
    }
}
