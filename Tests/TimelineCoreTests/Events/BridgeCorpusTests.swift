import Testing
@testable import TimelineCore

/// The pipeline on a second story of our own making (Tests/TimelineCoreTests/BridgeCorpus): an AP report, a weekly's
/// reprint of it a week later, a newsroom desk's report with another date for the collapse, and a later report of
/// a visit that had been planned.
@Suite struct BridgeCorpusTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]
    static let chronology = Result {
        try TimelinePipeline(today: Day(iso: "2026-01-01")!).load(paths: [root + "/Tests/TimelineCoreTests/BridgeCorpus"])
    }

    func places(_ e: Event) -> Set<String> { Set(e.places.map(\.name)) }

    @Test func datelinesGiveTheYearFromTheCorpus() throws {
        let c = try Self.chronology.get()
        let docs = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, $0) })
        #expect(docs["ap-norfolk"]?.published == Day(iso: "2024-05-07"))
        #expect(docs["ap-norfolk"]?.source == "AP")
        #expect(docs["harbour-desk"]?.published == Day(iso: "2024-05-08"))
        #expect(docs["harbour-desk"]?.dateline?.place == nil)
    }

    @Test func theCollapseIsOneEventFromThreeSourcesWithTheDesksDisagreement() throws {
        // The reprint's "early on Tuesday" reads a week later (14 May): one printing of the AP text, not a third date.
        let c = try Self.chronology.get()
        let collapse = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "collapsed" } })
        #expect(Set(collapse.documentIDs) == ["ap-norfolk", "tidewater-reprint", "harbour-desk"])
        #expect(collapse.conflict)
        #expect(collapse.date.interval == DayInterval(Day(iso: "2024-05-06")!, Day(iso: "2024-05-07")!))
        #expect(places(collapse).contains("Norfolk"))
        #expect(collapse.places.allSatisfy { $0.country == "US" })  // "Norfolk, Virginia": the state, not a town in South Africa
    }

    @Test func theReprintJoinsItsOriginalWithoutAConflictOfItsOwn() throws {
        let c = try Self.chronology.get()
        let strike = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "struck" } })
        // The desk's "after a cargo ship hit one of its piers" is the same strike, undated.
        #expect(Set(strike.documentIDs) == ["ap-norfolk", "tidewater-reprint", "harbour-desk"])
        #expect(!strike.conflict)
    }

    @Test func theShipAndTheWhiteHouseAreNoPlaces() throws {
        let c = try Self.chronology.get()
        let all = Set(c.events.flatMap { $0.places.map(\.name) + $0.mentions.flatMap { $0.places.map(\.place.name) } })
        #expect(!all.contains("Kandy"))
        #expect(!all.contains("Casablanca"))
        #expect(all.contains("Norfolk"))
        let actors = Set(c.events.flatMap(\.actors))
        #expect(!actors.contains("GMT"))
        #expect(!actors.contains("Engineers"))
    }

    @Test func thePlannedVisitAndTheVisitAreTwoLinkedEvents() throws {
        let c = try Self.chronology.get()
        let visits = c.events.filter { $0.mentions.contains { ($0.triggerText ?? "").hasPrefix("visit") } }
        #expect(visits.count == 2)
        #expect(Set(visits.map(\.modality)) == [.planned, .happened])
        #expect(visits.allSatisfy { !$0.conflict })
        // …and linked: the planned visit's outcome is the visit a day late.
        let planned = try #require(visits.first { $0.modality == .planned })
        let made = try #require(visits.first { $0.modality == .happened })
        #expect(planned.outcomes == [made.id])
        #expect(made.plans == [planned.id])
        let q = ChronologyQuery(chronology: c, cityMatcher: { _ in [] })
        // Both visits name her (the second by surname only), as does what she told reporters.
        let hers = q.events(matching: EventFilter(actors: ["maria lópez"]))
        #expect(Set(visits.map(\.id)).isSubset(of: hers.map(\.id)))
        #expect(hers.count == 3)
    }
}
