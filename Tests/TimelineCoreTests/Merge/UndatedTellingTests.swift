import Testing
@testable import TimelineCore

/// An outlet's undated telling of what another outlet dates to its day or the day before is that event when it tells it
/// with the same predicate and a
/// word of its clause ("Soldiers ⟦evacuated⟧ the infirmary's patients by boat" / "The patients of the Cumberland
/// Infirmary were ⟦evacuated⟧ on Tuesday"); with the predicate alone it stays apart.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct UndatedTellingTests {
    static func files(_ weekly: String, published: String = "2026-03-11") -> [(String, String)] {
        [("wire.md", "---\npublished: 2026-03-11\n---\nFlooding in Carlisle.\n\nThe patients of the Cumberland Infirmary were evacuated on Tuesday as the River Eden rose. The water reached the town centre by noon.\n"),
         ("weekly.md", "---\npublished: \(published)\n---\nA week of floods.\n\n\(weekly), officials said. Hundreds of homes were flooded.\n")]
    }

    @Test func onePredicateAndAWordOfItsClauseJoinTheDatedTelling() throws {
        let c = ParaphraseMergeTests.chronology(Self.files("Soldiers evacuated the infirmary's patients by boat"))
        let e = try #require(c.events.first { $0.mentions.contains { $0.document == "wire" && $0.triggerText?.hasSuffix("evacuated") == true } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire", "weekly"], "\(c.events.map(\.summary))")
    }

    @Test func aTellingPublishedDaysLaterStaysApart() throws {
        // (the weekly's undated line, four days on, may be of any day since: "Last customers reconnected")
        let c = ParaphraseMergeTests.chronology(Self.files("Soldiers evacuated the infirmary's patients by boat", published: "2026-03-14"))
        let e = try #require(c.events.first { $0.mentions.contains { $0.document == "wire" && $0.triggerText?.hasSuffix("evacuated") == true } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire"], "\(c.events.map(\.summary))")
    }

    @Test func onePredicateAloneStaysApart() throws {
        let c = ParaphraseMergeTests.chronology(Self.files("Soldiers evacuated a school by boat"))
        let e = try #require(c.events.first { $0.mentions.contains { $0.document == "wire" && $0.triggerText?.hasSuffix("evacuated") == true } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["wire"], "\(c.events.map(\.summary))")
    }
}
