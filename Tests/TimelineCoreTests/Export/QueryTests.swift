import Testing
import TimelineCore

@Suite struct QueryTests {
    let query = ChronologyQuery(chronology: ExportFixture.chronology, cityMatcher: ExportFixture.matcher)

    func ids(_ f: EventFilter) -> [String] { query.events(matching: f).map(\.id) }

    @Test func emptyFilterKeepsEverythingInOrder() {
        #expect(ids(EventFilter()) == ["e1", "e2", "e3", "e4"])
        #expect(query.indices(matching: EventFilter()) == [0, 1, 2, 3])
    }

    @Test(arguments: ["kiev", "Kyiv", "KYIV", "kíev"])
    func cityInAnySpelling(_ name: String) {
        #expect(ids(EventFilter(cities: [name])) == ["e1"])
    }

    @Test func cityMatchesMentionPlacesWithQualifiers() {
        #expect(ids(EventFilter(cities: ["Lemberg"])) == ["e2"])
        #expect(ids(EventFilter(cities: ["lviv", "zuerich"])) == ["e2", "e3"])
    }

    @Test func cityFallsBackToFoldedNames() {
        // "ZÜRICH" the matcher knows; "switzerland" it does not, so the folded name decides.
        #expect(ids(EventFilter(cities: ["SWITZERLAND"])) == ["e3"])
        #expect(ids(EventFilter(cities: ["Atlantis"])) == [])
    }

    @Test func cityWithinUsesTheContainmentTest() {
        let q = ChronologyQuery(chronology: ExportFixture.chronology, cityMatcher: { _ in [ExportFixture.switzerland] },
                                isWithin: { inner, outer in inner.country == outer.country && outer.kind == .country })
        #expect(q.events(matching: EventFilter(cities: ["ch"])).map(\.id) == ["e3"])
    }

    @Test func sourceByIdOrOutlet() {
        #expect(ids(EventFilter(sources: ["b_wire"])) == ["e1", "e3"])
        #expect(ids(EventFilter(sources: ["wire inc"])) == ["e1", "e3"])
        #expect(ids(EventFilter(sources: ["GAZETTE"])) == ["e2", "e3", "e4"])
    }

    @Test func dateRangeOverlaps() {
        let d = ExportFixture.day
        #expect(ids(EventFilter(from: d("2021-04-25"), to: d("2021-05-03"))) == ["e2", "e3"])
        #expect(ids(EventFilter(from: d("2021-05-05"))) == ["e3"])
        #expect(ids(EventFilter(to: d("1998-06-01"))) == ["e1"])
        #expect(ids(EventFilter(from: d("2021-05-06"), to: d("2021-05-01"))) == [])
    }

    @Test func textSearchesSummaryMentionsActorsPlaces() {
        #expect(ids(EventFilter(text: "crane collapsed, \"badly")) == ["e2"])
        #expect(ids(EventFilter(text: "crane")) == ["e2", "e4"])  // e4 shares the sentence
        #expect(ids(EventFilter(text: "MINISTRY")) == ["e3"])
        #expect(ids(EventFilter(text: "zurich")) == ["e3"])
        #expect(ids(EventFilter(text: "東京")) == ["e1"])
        #expect(ids(EventFilter(text: "mayor")) == ["e2", "e4"])
    }

    @Test func modality() {
        #expect(ids(EventFilter(modalities: [.planned, .claimed])) == ["e3", "e4"])
    }

    @Test func combinedFiltersIntersect() {
        #expect(ids(EventFilter(sources: ["gazette"], text: "mayor", modalities: [.happened])) == ["e2"])
    }

    @Test func cityCountsAreCitiesOnlyMostFirst() {
        let counts = query.cityCounts()
        #expect(counts.map(\.place.name) == ["Kyiv", "Lviv", "Zürich"])
        #expect(counts.map(\.count) == [1, 1, 1])
        #expect(!counts.contains { $0.place.kind != .city })
    }

    @Test func sourceCountsMostFirst() {
        let counts = query.sourceCounts()
        #expect(counts.map(\.id) == ["a_gazette", "b_wire"])
        #expect(counts.map(\.count) == [3, 2])
        #expect(counts.map(\.name) == ["Harbour Gazette", "Wire, Inc."])
    }
}
