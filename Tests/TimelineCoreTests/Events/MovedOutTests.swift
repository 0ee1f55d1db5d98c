import Testing
@testable import TimelineCore

/// Moving people out of a village, or fleeing one, is its evacuation: "soldiers ⟦moved⟧ 3,000 residents out of two
/// villages" / "⟦fled⟧ villages below the dam" / "were ⟦evacuated⟧"; moving offices out of a town, or leaving one, is not.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct MovedOutTests {
    @Test(arguments: ["Soldiers moved about 3,000 residents out of two villages below the dam on Friday.",
                      "About 3,000 people fled villages below the dam on Friday."])
    func movingPeopleOutOfAVillageIsAnEvacuation(_ sentence: String) throws {
        let m = EventFixtures.extract(sentence, values: [], published: "2025-04-12")
        #expect(m.contains { $0.lemma == "evacuate" && $0.triggerClass == .evacuation }, "\(m.map(\.lemma))")
    }

    @Test(arguments: ["The insurer moved its offices out of the city centre on Friday.",
                      "The band left the town for Boston on Friday."])
    func movingThingsOrLeavingIsNone(_ sentence: String) throws {
        let m = EventFixtures.extract(sentence, values: [], published: "2025-04-12")
        #expect(!m.contains { $0.lemma == "evacuate" }, "\(m.map(\.lemma))")
    }

    @Test func theVillagesEvacuatedAndTheVillagersMovedOutAreOneEvent() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-04-12\n---\nWire.\n\nAbout 3,000 people from two villages below the dam were evacuated on Friday night.\n"),
            ("weekly.md", "---\npublished: 2025-04-30\n---\nWeekly.\n\nOn Friday, April 11, soldiers moved some 3,000 people out of two villages below the dam.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "weekly"] }, "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }
}
