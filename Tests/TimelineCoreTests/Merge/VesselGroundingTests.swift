import Testing
@testable import TimelineCore

/// A vessel's grounding and its refloating, told by several outlets with their own verbs: "ran aground" / "grounded" /
/// "the grounding" / "drove her bow into a sandbank" / "became wedged across the canal" are one grounding; "was
/// refloated" / "tugs freed the vessel" / "was dislodged from the reef" one refloating, never a rescue of people.
@Suite("Merge: a vessel aground and refloated")
struct VesselGroundingTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func fiveWaysOfRunningAgroundAreOneGrounding() {
        let a = F.extract("The tanker ran aground off Cape Verity ⟦on Tuesday⟧.", values: ["2025-03-04"], id: "a", published: "2025-03-06")
        let b = F.extract("The tanker grounded ⟦on Tuesday⟧ near the cape.", values: ["2025-03-04"], id: "b", published: "2025-03-07")
        let c = F.extract("Fishermen have been idle since the grounding ⟦on March 4⟧.", values: ["2025-03-04"], id: "c", published: "2025-03-08")
        let d = F.extract("⟦At dawn on Tuesday⟧ the ship drove her bow into a sandbank.", values: ["2025-03-04"], id: "d", published: "2025-03-20")
        let e = F.extract("The vessel became wedged across the channel ⟦on Tuesday⟧.", values: ["2025-03-04"], id: "e", published: "2025-03-05")
        let events = merge(a + b + c + d + e)
        let grounding = events.filter { $0.mentions.contains { ["ran", "grounded", "grounding", "drove", "wedged"].contains($0.triggerText ?? "") } }
        #expect(grounding.count == 1, "\(events.map(\.summary))")
        #expect(Set(grounding.first?.documentIDs ?? []) == ["a", "b", "c", "d", "e"])
    }

    @Test func anAirlineGroundingItsFleetRunsNothingAground() {
        let a = F.extract("The airline grounded its fleet ⟦on Monday⟧.", values: ["2025-03-03"], id: "a", published: "2025-03-04")
        let m = a.first { $0.mention.triggerText == "grounded" }
        #expect(m?.lemma != "run aground", "\(a.map(\.lemma))")
    }

    @Test func anObjectTheParseHungElsewhereIsStillAnObject() {
        // (the parse reads "the Kea-2" as the subject of "ordered": "grounded" is still no vessel's grounding)
        let a = F.extract("The Civil Aviation Authority has grounded the Kea-2 and ordered an investigation ⟦on Monday⟧.",
                          values: ["2025-03-03"], id: "a", published: "2025-03-04")
        let m = a.first { $0.mention.triggerText == "grounded" }
        #expect(m?.lemma != "run aground", "\(a.map(\.lemma))")
    }

    @Test func refloatedFreedAndDislodgedAreOneRefloatingNotTheCrewsRescue() {
        let a = F.extract("Salvors refloated the ship ⟦on Sunday⟧.", values: ["2025-03-09"], id: "a", published: "2025-03-10")
        let b = F.extract("Four tugs freed the vessel ⟦on Sunday⟧.", values: ["2025-03-09"], id: "b", published: "2025-03-11")
        let c = F.extract("⟦On Sunday⟧ the ship was dislodged from the sandbank.", values: ["2025-03-09"], id: "c", published: "2025-03-20")
        let d = F.extract("Helicopters rescued the crew ⟦on Sunday⟧.", values: ["2025-03-09"], id: "d", published: "2025-03-10")
        let events = merge(a + b + c + d)
        let refloat = events.filter { $0.mentions.contains { ["refloated", "freed", "dislodged"].contains($0.triggerText ?? "") } }
        #expect(refloat.count == 1, "\(events.map(\.summary))")
        #expect(Set(refloat.first?.documentIDs ?? []) == ["a", "b", "c"])
        let rescue = events.filter { $0.mentions.contains { $0.triggerText == "rescued" } }
        #expect(rescue.count == 1 && rescue.first?.documentIDs == ["d"])
    }

    @Test func freeingHostagesIsNoRefloating() {
        let a = F.extract("Gunmen freed the hostages ⟦on Sunday⟧.", values: ["2025-03-09"], id: "a", published: "2025-03-10")
        let m = a.first { $0.mention.triggerText == "freed" }
        #expect(m?.lemma == "free", "\(a.map(\.lemma))")
    }
}
