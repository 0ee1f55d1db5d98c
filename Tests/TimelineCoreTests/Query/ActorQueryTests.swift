import Testing
@testable import TimelineCore

@Suite struct ActorQueryTests {
    static func event(_ id: String, actors: [String] = [], attribution: String? = nil, mentionActors: [String] = []) -> Event {
        let date = EventDate(value: "2024-05-02", interval: DayInterval(day: Day(iso: "2024-05-02")!), granularity: .day)
        let m = Mention(document: "d", range: TextRange(0, 1), text: "x", date: date, modality: .happened,
                        attribution: attribution, actors: mentionActors)
        return Event(id: id, summary: id, modality: .happened, date: date, actors: actors, mentions: [m])
    }

    @Test(arguments: ["Zelensky", "zelenskyy", "ZELENSKIY", "Zelenskyj", "Volodymyr Zelensky", "volodymyr zelenskyy"])
    func spellingsOfOneNameMatch(_ typed: String) {
        #expect(ActorQuery(typed).matches(name: "Volodymyr Zelensky"))
    }

    @Test(arguments: [("Łukasz Nowak", "lukasz nowak"), ("Recep Tayyip Erdoğan", "erdogan"), ("the Kremlin", "Kremlin"),
                      ("Biden", "Joe Biden")])
    func diacriticsArticlesAndSurnames(_ name: String, _ typed: String) {
        #expect(ActorQuery(typed).matches(name: name))
    }

    @Test(arguments: [("Volodymyr Zelensky", "Zelinsky Zelenko"), ("Li Wei", "Le Wei"), ("Joe Biden", "Jill Biden"),
                      ("Dmitry Peskov", "Medvedev"), ("Apple", "Apple Corps Beatles")])
    func otherNamesDoNotMatch(_ name: String, _ typed: String) {
        #expect(!ActorQuery(typed).matches(name: name))
    }

    @Test func theFilterReadsActorsMentionActorsAndAttributions() {
        let events = [Self.event("a", actors: ["Rescue Divers"]), Self.event("b", attribution: "Governor Narongsak Osottanakorn"),
                      Self.event("c", mentionActors: ["Thai Navy"]), Self.event("d")]
        let q = ChronologyQuery(chronology: Chronology(documents: [], events: events), cityMatcher: { _ in [] })
        #expect(q.events(matching: EventFilter(actors: ["narongsak"])).map(\.id) == ["b"])
        #expect(q.events(matching: EventFilter(actors: ["thai navy", "rescue divers"])).map(\.id) == ["a", "c"])
        #expect(q.events(matching: EventFilter(actors: ["  "])).map(\.id) == ["a", "b", "c", "d"])
        let index = ChronologyIndex(chronology: Chronology(documents: [], events: events), cityMatcher: { _ in [] })
        #expect(index.indices(matching: EventFilter(actors: ["THAI NAVY"])) == [2])
    }

    @Test func actorCountsGroupSpellingsUnderTheMostFrequent() {
        let events = [Self.event("a", actors: ["Volodymyr Zelensky"]), Self.event("b", actors: ["Volodymyr Zelenskyy"]),
                      Self.event("c", actors: ["Volodymyr Zelensky", "Dmitry Peskov"])]
        let q = ChronologyQuery(chronology: Chronology(documents: [], events: events), cityMatcher: { _ in [] })
        let rows = q.actorCounts()
        #expect(rows.map(\.name) == ["Volodymyr Zelensky", "Dmitry Peskov"])
        #expect(rows.map(\.count) == [3, 1])
    }
}
