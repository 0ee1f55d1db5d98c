import Testing
@testable import TimelineCore

/// A vessel or a vehicle taken by armed men is one capture however each outlet tells it: "seized" / "hijacked" / "pirates
/// boarded" / "was taken over by armed men" / "took control of"; someone flown off a ship is evacuated, as one airlifted
/// or evacuated by helicopter.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct VehicleSeizureTests {
    static func doc(_ body: String) -> String { "---\npublished: 2026-12-07\n---\nA report.\n\n\(body)\n" }

    @Test func fiveOutletsWaysOfTakingAShipAreOneCapture() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("Armed pirates seized a cargo ship off Yemen on Sunday.")),
            ("b.md", Self.doc("The cargo ship was hijacked off Yemen on Sunday.")),
            ("c.md", Self.doc("Pirates boarded the cargo ship on Sunday.")),
            ("d.md", Self.doc("The cargo ship was taken over by armed men on Sunday.")),
            ("e.md", Self.doc("Gunmen took control of the cargo ship on Sunday.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "seized" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b", "c", "d", "e"], "\(c.events.map(\.summary))")
    }

    @Test func theHijackingIsTheCapture() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("Gunmen seized a bus carrying 40 passengers on the highway on Friday.")),
            ("b.md", Self.doc("The hijacking of the bus on Friday ended after six hours.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "seized" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    /// A name told with "the" is a ship's or a plane's, not a person's: seizing it is no arrest.
    @Test func aShipSeizedByItsNameIsCapturedNotArrested() {
        let a = EventFixtures.extract("Gunmen seized the Ocean Star ⟦on Sunday⟧.", values: ["2025-03-09"], id: "a", published: "2025-03-10")
        #expect(a.first { $0.mention.triggerText == "seized" }?.lemma == "seize", "\(a.map(\.lemma))")
        let b = EventFixtures.extract("Police seized Tom Briggs, 34, ⟦on Sunday⟧.", values: ["2025-03-09"], id: "b", published: "2025-03-10")
        #expect(b.first { $0.mention.triggerText == "seized" }?.lemma == "arrest", "\(b.map(\.lemma))")
    }

    /// "the first news since the Ocean Star was seized": the clause's own subject and date, no stage of "the first news".
    @Test func aSeizureToldInAClauseAfterANounIsTheSeizure() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("The letter reached the family on Monday, the first news since the Ocean Star was seized on Saturday.")),
            ("b.md", Self.doc("Gunmen seized the Ocean Star on Saturday. It was the third ship seized this year.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "seized" && $0.document == "a" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    @Test func inspectorsBoardingAShipSeizeNothing() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("Pirates seized the cargo ship on Sunday.")),
            ("b.md", Self.doc("Investigators boarded the cargo ship on Sunday.")),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func aCompanyTakingControlOfAnotherSeizesNothing() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("Gunmen seized a cargo ship on Monday.")),
            ("b.md", Self.doc("The company took control of its rival on Monday.")),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }

    @Test func airliftedEvacuatedAndFlownOffAreOneEvacuation() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", Self.doc("A navy helicopter airlifted the injured sailor to hospital on Tuesday.")),
            ("b.md", Self.doc("The injured sailor was evacuated by helicopter on Tuesday.")),
            ("c.md", Self.doc("On Tuesday the injured sailor was flown off the ship by a navy helicopter.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "airlifted" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b", "c"], "\(c.events.map(\.summary))")
    }
}

/// A vessel towed into port arrives there; a ship that reaches another arrives at it.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct VesselArrivalTests {
    @Test func towedIntoPortIsTheArrival() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", VehicleSeizureTests.doc("The disabled trawler arrived in Peterhead on Friday.")),
            ("b.md", VehicleSeizureTests.doc("The disabled trawler was towed into Peterhead on Friday.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "arrived" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    @Test func aShipReachingAnotherArrives() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", VehicleSeizureTests.doc("The coastguard cutter reached the burning ferry on Saturday.")),
            ("b.md", VehicleSeizureTests.doc("The coastguard cutter arrived beside the burning ferry on Saturday.")),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "arrived" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    @Test func talksReachingADealArriveNowhere() {
        let a = EventFixtures.extract("The two sides reached a deal ⟦on Saturday⟧.", values: ["2025-03-08"], id: "a", published: "2025-03-09")
        #expect(a.first { $0.mention.triggerText == "reached" }?.lemma != "arrive", "\(a.map(\.lemma))")
    }

    @Test func aCompanyTakingOverARivalSeizesNothing() {
        let a = EventFixtures.extract("The bank took over its smaller rival ⟦on Monday⟧.", values: ["2025-03-03"], id: "a", published: "2025-03-04")
        #expect(a.first { $0.mention.triggerText == "took" }?.lemma != "seize", "\(a.map(\.lemma))")
    }
}
