import Testing
@testable import TimelineCore

/// In an article that tells of an evacuation, people going home is the evacuation's end: one happening with "lifted the
/// evacuation order" told by another outlet (on two days: a conflict). Elsewhere, going home is a journey.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct HomecomingTests {
    static let chronology = ParaphraseMergeTests.chronology

    @Test func goingHomeAfterAnEvacuationIsItsEnd() throws {
        let c = Self.chronology([
            ("local.md", "---\npublished: 2025-10-17\n---\nResidents back home.\n\nCounty Judge Elena Marquez lifted the evacuation order around the Corliss Chemical plant at 3 p.m. on Thursday.\n"),
            ("radio.md", "---\npublished: 2025-10-18\n---\nEvacuees return.\n\nThousands of people who fled the explosion at the Corliss Chemical plant were allowed to return home on Friday morning.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "return" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["local", "radio"], "\(c.events.map(\.summary))")
        #expect(e.conflict)
    }

    @Test func theExtractorReadsTheEndOnlyWithAnEvacuationTold() throws {
        typealias F = EventFixtures
        let told = F.extract("Residents were evacuated from Baytown. They went back to their homes ⟦on Friday⟧.", values: ["2025-10-17"],
                             published: "2025-10-18")
        #expect(told.first { $0.mention.triggerText == "went" }?.lemma == "evacuate:end")
        let untold = F.extract("The delegation went back to their homes ⟦on Friday⟧.", values: ["2025-10-17"], published: "2025-10-18")
        // (going back to a place is returning there, `PhrasalPredicates`, no evacuation's end)
        #expect(untold.first { $0.mention.triggerText == "went" }?.lemma == "return")
    }

    @Test func peopleSentFromTheirHomesIsAnEvacuation() throws {
        typealias F = EventFixtures
        let forced = F.extract("Police forced thousands of residents to leave their homes ⟦on Tuesday⟧.", values: ["2025-10-14"], published: "2025-10-15")
        #expect(forced.first { ["forced", "leave"].contains($0.mention.triggerText) }?.triggerClass == .evacuation)
        let ordered = F.extract("Thousands of people were ordered from their homes ⟦on Tuesday⟧.", values: ["2025-10-14"], published: "2025-10-15")
        #expect(ordered.first { $0.mention.triggerText == "ordered" }?.triggerClass == .evacuation)
        // (leaving a meeting, or an order to leave a country, is no evacuation)
        let walkout = F.extract("The delegates left the talks ⟦on Tuesday⟧.", values: ["2025-10-14"], published: "2025-10-15")
        #expect(walkout.allSatisfy { $0.triggerClass != .evacuation })
        let expelled = F.extract("The government ordered the ambassador to leave the country ⟦on Tuesday⟧.", values: ["2025-10-14"], published: "2025-10-15")
        #expect(expelled.allSatisfy { $0.triggerClass != .evacuation })
    }

    @Test func anOrderToLeaveIsTheEvacuationOnlyWithOneTold() throws {
        typealias F = EventFixtures
        let told = F.extract("The judge ended the evacuation on Thursday. The county had ordered about 6,000 people to leave ⟦on Tuesday⟧.",
                             values: ["2025-10-14"], published: "2025-10-24")
        #expect(told.first { $0.mention.triggerText == "ordered" }?.triggerClass == .evacuation)
        let weekly = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-10-14\n---\nBlast.\n\nJudge Elena Marquez ordered the evacuation of about 6,000 residents within two miles of the plant on Tuesday morning.\n"),
            ("weekly.md", "---\npublished: 2025-10-24\n---\nWeek.\n\nBy sunrise on Tuesday, Oct. 14, the county had ordered about 6,000 people within two miles of the plant to leave. "
                + "Judge Marquez ended the evacuation on Thursday.\n"),
        ])
        let e = try #require(weekly.events.first { $0.mentions.contains { $0.triggerText == "ordered" && $0.document == "weekly" } })
        #expect(Set(e.documentIDs) == ["wire", "weekly"], "\(weekly.events.map(\.summary))")
    }

    @Test func gettingOutByTheSlidesIsAnEvacuation() throws {
        typealias F = EventFixtures
        let slides = F.extract("More than a hundred passengers escaped down inflatable slides ⟦on Sunday⟧.", values: ["2025-10-05"], published: "2025-10-06")
        #expect(slides.first { ($0.mention.triggerText ?? "").hasPrefix("escaped") }?.triggerClass == .evacuation,
                "\(slides.map { ($0.mention.triggerText ?? "", $0.triggerClass) })")
        let aircraft = F.extract("The jet skidded off the runway. The evacuation took 90 seconds. The 118 passengers left the aircraft ⟦on Sunday⟧.",
                                 values: ["2025-10-05"], published: "2025-10-06")
        #expect(aircraft.first { $0.mention.triggerText == "left" }?.triggerClass == .evacuation)
        // (leaving a vehicle in a story of no evacuation is a journey's end; escaping a prison is an escape)
        let arrival = F.extract("The president left the aircraft ⟦on Sunday⟧ and greeted the crowd.", values: ["2025-10-05"], published: "2025-10-06")
        #expect(arrival.allSatisfy { $0.triggerClass != .evacuation })
        let prison = F.extract("Two inmates escaped from the prison ⟦on Sunday⟧.", values: ["2025-09-07"], published: "2025-09-08")
        #expect(prison.allSatisfy { $0.triggerClass != .evacuation })
    }
}
