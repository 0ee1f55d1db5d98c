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
        #expect(untold.first { $0.mention.triggerText == "went" }?.lemma == "go")
    }
}
