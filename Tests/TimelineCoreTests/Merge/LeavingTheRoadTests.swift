import Testing
@testable import TimelineCore

/// A road vehicle that leaves the road, veers or careers off it, goes over the edge or plunges crashed
/// (`PhrasalPredicates.roads`, `roadVehicles`): two outlets' "the minibus veered off the road" / "the minibus plunged
/// into a ravine" of one day are one event; shares that plunge and a ship that veers off course do not crash. A regulator
/// that grounds an operator's coaches suspends them, as one that grounds its planes.
struct LeavingTheRoadTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func veeringOffTheRoadAndPlungingAreCrashing() throws {
        let a = F.extract("A minibus veered off the road near the border ⟦on Friday⟧.", values: ["2026-10-09"], id: "a", published: "2026-10-10")
        let b = F.extract("The minibus plunged into a ravine ⟦on Friday⟧.", values: ["2026-10-09"], id: "b", published: "2026-10-11")
        let c = F.extract("The lorry left the road on a bend ⟦on Friday⟧.", values: ["2026-10-09"], id: "c", published: "2026-10-10")
        let d = F.extract("The bus went over the edge of a mountain road ⟦on Friday⟧.", values: ["2026-10-09"], id: "d", published: "2026-10-10")
        #expect(try F.mention(a, "veered").lemma == "crash")
        #expect(try F.mention(b, "plunged").lemma == "crash")
        #expect(try F.mention(c, "left").lemma == "crash")
        #expect(try F.mention(d, "went").lemma == "crash")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    @Test func sharesThatPlungeAndAShipOffCourseDoNotCrash() throws {
        let s = F.extract("Its shares plunged 12 percent ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(s, "plunged").lemma != "crash")
        let v = F.extract("The ferry veered off course ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(v.first { $0.mention.triggerText == "veered" }?.lemma != "crash")
        let l = F.extract("The minister left the room ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(l.first { $0.mention.triggerText == "left" }?.lemma != "crash")
    }

    @Test func groundingCoachesIsSuspendingThem() throws {
        let g = F.extract("The regulator grounded the company's coaches ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(g, "grounded").lemma == "suspend")
    }
}

/// The injured flown by helicopter, or flown or lifted to hospital, are airlifted (`PhrasalPredicates.hospitals`): two
/// outlets' "were flown by helicopter" / "airlifted" of one day are one event; a minister who flies to a capital is not.
struct FlyingTheInjuredTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func flownByHelicopterAndLiftedToHospitalAreAirlifted() throws {
        let a = F.extract("The injured climbers were flown by helicopter to the city ⟦on Sunday⟧.", values: ["2026-10-11"], id: "a",
                          published: "2026-10-12")
        let b = F.extract("A helicopter airlifted the injured climbers to the city ⟦on Sunday⟧.", values: ["2026-10-11"], id: "b",
                          published: "2026-10-12")
        let c = F.extract("Four people were lifted to hospital ⟦on Sunday⟧.", values: ["2026-10-11"], id: "c", published: "2026-10-12")
        #expect(try F.mention(a, "flown").lemma == "airlift")
        #expect(try F.mention(c, "lifted").lemma == "airlift")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    @Test func aMinisterWhoFliesToACapitalIsNotAirlifted() throws {
        let m = F.extract("The minister flew to Paris ⟦on Sunday⟧.", values: ["2026-10-11"], published: "2026-10-12")
        #expect(m.first { $0.mention.triggerText == "flew" }?.lemma != "airlift")
    }
}

/// A bus or a train that pulls out of or leaves a station departs (`PhrasalPredicates.stations`): two outlets' "the
/// train pulled out of the station" / "the train left the station" of one evening are one event; troops that pull out
/// of a town withdraw.
struct PullingOutOfTheStationTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func pullingOutOfAndLeavingTheStationAreDeparting() throws {
        let a = F.extract("The night train pulled out of the central station ⟦on Friday⟧ with 300 people aboard.", values: ["2026-10-09"], id: "a",
                          published: "2026-10-10")
        let b = F.extract("The night train left the central station ⟦on Friday⟧.", values: ["2026-10-09"], id: "b", published: "2026-10-11")
        #expect(try F.mention(a, "pulled").lemma == "depart")
        #expect(try F.mention(b, "left").lemma == "depart")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    @Test func troopsPullingOutOfATownWithdraw() throws {
        let m = F.extract("The troops pulled out of the town ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(m, "pulled").lemma != "depart")
    }
}
