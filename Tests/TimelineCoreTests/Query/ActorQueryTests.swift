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

    /// The counts as every row was tried in turn for each new name (the reference the indexed lookup must equal).
    static func countsTryingEveryRow(_ events: [Event]) -> [(name: String, count: Int)] {
        var rows: [(name: String, query: ActorQuery, count: Int, spellings: [String: Int])] = []
        var rowOfFolded: [String: Int] = [:]
        for event in events {
            var seen = Set<Int>()
            for name in ActorQuery.names(of: event) {
                let folded = QueryFolding.fold(name)
                var r = rowOfFolded[folded]
                if r == nil {
                    let q = ActorQuery(name)
                    guard !q.isEmpty else { continue }
                    r = rows.firstIndex { $0.query.words.count == q.words.count && $0.query.matches(name: name) }
                    if r == nil { rows.append((name, q, 0, [:])); r = rows.count - 1 }
                    rowOfFolded[folded] = r
                }
                guard let k = r else { continue }
                rows[k].spellings[name, default: 0] += 1
                if seen.insert(k).inserted { rows[k].count += 1 }
            }
        }
        return rows.map { row in
            (row.spellings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? row.name, row.count)
        }.sorted { a, b in a.count != b.count ? a.count > b.count : a.name < b.name }
    }

    @Test func actorCountsEqualTryingEveryRow() {
        // Names and their spelling variants (a letter dropped, added or changed, case, diacritics, articles, one word of
        // several), drawn with a fixed generator so the run is the same every time.
        let bases = ["Volodymyr Zelensky", "Dmitry Peskov", "Recep Tayyip Erdoğan", "the Kremlin", "Joe Biden", "Li Wei",
                     "Le Wei", "Sergei Lavrov", "Olaf Scholz", "Emmanuel Macron", "Narongsak Osottanakorn", "Thai Navy",
                     "Ministry of Defence", "Anna Petrov", "Anna Petrova", "Mark Rutte", "Rutte", "Biden", "Apple"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func variant(_ name: String) -> String {
            var scalars = Array(name.unicodeScalars)
            switch next(6) {
            case 0: if scalars.count > 6 { scalars.remove(at: 1 + next(scalars.count - 2)) }
            case 1: scalars.insert("y", at: 1 + next(scalars.count - 1))
            case 2: scalars[1 + next(scalars.count - 1)] = "i"
            case 3: return name.uppercased()
            case 4: return name.split(separator: " ").last.map(String.init) ?? name
            default: break
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            return String(s)
        }
        let events = (0..<400).map { i -> Event in
            let names = (0..<(1 + next(3))).map { _ in variant(bases[next(bases.count)]) }
            return Self.event("e\(i)", actors: Array(names.prefix(2)), attribution: names.count > 2 ? names[2] : nil)
        }
        let q = ChronologyQuery(chronology: Chronology(documents: [], events: events), cityMatcher: { _ in [] })
        let fast = q.actorCounts(), reference = Self.countsTryingEveryRow(events)
        #expect(fast.count > 20)
        #expect(fast.map(\.name) == reference.map(\.name))
        #expect(fast.map(\.count) == reference.map(\.count))
    }
}
