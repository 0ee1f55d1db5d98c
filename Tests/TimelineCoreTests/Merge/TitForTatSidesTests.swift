import Testing
@testable import TimelineCore

/// The country whose people or envoys a happening befell, by an adjective or a name modifying them (`side:` keywords,
/// `MergeFeatures.sides`): "expelled two ⟦Russian⟧ diplomats" and "expelled two ⟦Polish⟧ diplomats" of one day are the
/// two sides of a tit-for-tat, not one expulsion; two outlets' mentions of one side stay one event.
struct TitForTatSidesTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func twoCountriesExpellingEachOthersDiplomatsAreTwoEvents() throws {
        let a = F.extract("Poland expelled two Russian diplomats ⟦on Friday⟧.", values: ["2026-03-06"], id: "a", published: "2026-03-06")
        let b = F.extract("Russia expelled two Polish diplomats ⟦on Friday⟧ in response.", values: ["2026-03-06"], id: "b", published: "2026-03-07")
        #expect(try F.mention(a, "expelled").keywords.contains(MergeFeatures.sidePrefix + "RU"))
        #expect(try F.mention(b, "expelled").keywords.contains(MergeFeatures.sidePrefix + "PL"))
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func oneSideToldByTwoOutletsIsOneEvent() throws {
        let a = F.extract("Poland expelled two Russian diplomats ⟦on Friday⟧.", values: ["2026-03-06"], id: "a", published: "2026-03-06")
        let b = F.extract("Warsaw expelled two Russian diplomats ⟦on Friday⟧, the foreign ministry said.", values: ["2026-03-06"], id: "b", published: "2026-03-07")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func aCountrysNameAsPossessorIsItsSide() throws {
        let a = F.extract("The ministry summoned Germany's ambassador ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "a", published: "2026-03-10")
        let b = F.extract("The ministry summoned France's ambassador ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "b", published: "2026-03-11")
        #expect(try F.mention(a, "summoned").keywords.contains(MergeFeatures.sidePrefix + "DE"))
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func anEnvoyCalledInIsSummoned() throws {
        let m = F.extract("The Dutch ambassador was called in to the foreign ministry ⟦on Tuesday⟧.", values: ["2026-03-10"], published: "2026-03-10")
        let called = m.first { $0.mention.triggerText?.hasPrefix("called") ?? false }
        #expect(called?.lemma == "summon", "\(m.map { ($0.mention.triggerText ?? "", $0.lemma) })")
    }
}
