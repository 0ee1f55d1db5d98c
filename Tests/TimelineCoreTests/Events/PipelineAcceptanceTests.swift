import Testing
@testable import TimelineCore

/// The whole pipeline on the sample articles (seeds/) and on the test corpus of our own making.
@Suite struct PipelineAcceptanceTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]
    static let today = Day(iso: "2026-01-01")!
    static let seeds = Result { try TimelinePipeline(today: today).load(paths: [root + "/seeds"]) }
    static let own = Result { try TimelinePipeline(today: today).load(paths: [root + "/Tests/TimelineCoreTests/Corpus"]) }

    func event(_ c: Chronology, _ where_: (Event) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Int, Event) {
        let found = c.events.firstIndex(where: where_)
        let i = try #require(found, sourceLocation: sourceLocation)
        return (i, c.events[i])
    }

    func places(_ e: Event) -> Set<String> { Set(e.places.map(\.name)) }

    @Test func historicalEventsKeepTheirYears() throws {
        let c = try Self.seeds.get()
        let (_, accident) = try event(c) { $0.summary.contains("accident") && self.places($0).contains("Chernobyl") }
        #expect(accident.date.value == "1986")
        let (_, annexation) = try event(c) { self.places($0).contains("Crimea") && $0.summary.contains("annexed") }
        #expect(annexation.date.value == "2014")
    }

    @Test func meetingsThenOnlineTalksThenTheIstanbulRound() throws {
        let c = try Self.seeds.get()
        let (belarus, _) = try event(c) { self.places($0).contains("Belarus") }
        let (online, onlineEvent) = try event(c) { $0.mentions.contains { $0.text.contains("shifted online") } }
        let (round, r) = try event(c) { self.places($0).contains("Istanbul") && $0.mentions.count > 3 }
        #expect(belarus < online)
        #expect(online < round)
        #expect(onlineEvent.mentions.count == 2)
        // One event from both sources, spanning what they say, with their disagreement flagged.
        #expect(r.documentIDs.count == 2)
        #expect(r.conflict)
        #expect(r.date.interval == DayInterval(Day(iso: "2022-03-28")!, Day(iso: "2022-03-30")!))
        #expect(Set(r.mentions.map(\.date.value)).isSuperset(of: ["2022-03-28", "2022-03-29"]))
        #expect(places(r).contains("Turkey"))
    }

    @Test func datedReportsOfTheWeekAndWeekend() throws {
        let c = try Self.seeds.get()
        let (_, fires) = try event(c) { $0.summary.contains("fires") }
        #expect(fires.date.value == "2022-W12")
        #expect(places(fires).contains("Chernobyl"))
        let (_, plea) = try event(c) { $0.mentions.contains { $0.attribution == "Zelensky" && $0.text.contains("pleaded") } }
        #expect(plea.date.value == "2022-W12-WE")
        #expect(plea.mentions.count == 1)
    }

    @Test func venueNamedOnSundayAndVillagesClaimed() throws {
        let c = try Self.seeds.get()
        let (_, venue) = try event(c) { $0.summary.contains("named") && self.places($0).contains("Istanbul") }
        #expect(venue.date.value == "2022-03-27")
        #expect(venue.modality == .happened)
        let (_, villages) = try event(c) { self.places($0).isSuperset(of: ["Kharkiv", "Mariupol"]) && $0.modality == .claimed }
        #expect(villages.date.value == "2022-03-27")
        let qualifiers = Set(villages.mentions.flatMap(\.places).map(\.qualifier))
        #expect(qualifiers.isSuperset(of: [.east, .northWest]))
        #expect(villages.mentions[0].attribution?.lowercased().contains("army") == true)
    }

    @Test func eurojustTeamOn28MarchInTheHague() throws {
        let c = try Self.seeds.get()
        let (_, team) = try event(c) { $0.mentions.contains { $0.text.contains("Eurojust announced it") && $0.triggerText == "announced" } }
        #expect(team.date.value == "2022-03-28")
        #expect(!team.date.isFallback)
        #expect(places(team).contains("The Hague"))
        #expect(team.mentions.count == 2)
    }

    @Test func everyMentionKeepsItsExactSentenceAndDerivation() throws {
        let c = try Self.seeds.get()
        let docs = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, $0) })
        for e in c.events {
            for m in e.mentions {
                let d = try #require(docs[m.document])
                #expect(d.text[m.range] == m.text)
                #expect(!m.date.derivation.isEmpty)
            }
        }
        let starts = c.events.filter { !$0.date.isFallback }.compactMap { $0.date.interval?.start }
        #expect(starts == starts.sorted())
    }

    @Test func ownCorpus() throws {
        let c = try Self.own.get()
        #expect(c.diagnostics.isEmpty)
        let (round, r) = try event(c) { self.places($0).contains("Kolkata") && $0.documentIDs.count == 2 }
        #expect(r.conflict)
        #expect(r.date.interval == DayInterval(Day(iso: "2024-07-17")!, Day(iso: "2024-07-18")!))
        let (met, _) = try event(c) { $0.summary.contains("met twice") }
        let (online, _) = try event(c) { $0.summary.contains("online") }
        #expect(met < online && online < round)
        let (_, slides) = try event(c) { $0.summary.contains("landslides") }
        #expect(slides.date.value == "2024-W28")
        #expect(slides.modality == .claimed)
        let (_, quote) = try event(c) { $0.mentions.contains { $0.text.hasPrefix("“We have evacuated") } }
        #expect(quote.mentions[0].attribution == "Arjun Mehta")
        let (_, flood) = try event(c) { $0.date.value == "1968" }
        #expect(places(flood).contains { $0.hasPrefix("Jalp") })
    }
}
