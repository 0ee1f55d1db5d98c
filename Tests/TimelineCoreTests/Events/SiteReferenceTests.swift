import Testing
@testable import TimelineCore

/// A site an article names with its place, then by its noun alone, is still there: "⟦Sept-Îles⟧ airport … the airport
/// reopened" (`SentenceAnalysis.sitePlaces`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SiteReferenceTests {
    /// Each event's places, by the first word of its summary's verb phrase.
    static func places(_ body: String) -> [String: [String]] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-08\n---\nDesk in Canada.\n\n" + body + "\n")])
        var out: [String: [String]] = [:]
        for e in c.events where e.summary != "Desk in Canada" { out[e.summary] = e.places.map(\.name) }
        return out
    }

    @Test func theSiteNamedBeforeIsWhereItsNounIs() {
        let p = Self.places("The jet skidded off the runway at Sept-Îles airport on Sunday night. The airport reopened on Tuesday afternoon.")
        #expect(p["The airport reopened"] == ["Sept-Îles"])
    }

    @Test func aSiteWithItsPlaceInItsNameIsThere() {
        let p = Self.places("Sept-Îles airport reopened at 2 p.m. on Tuesday.")
        #expect(p.values.contains(["Sept-Îles"]))
        let q = Self.places("Nine people were taken to the Sept-Îles regional hospital on Sunday. The hospital released seven on Monday.")
        #expect(q["The hospital released seven"] == ["Sept-Îles"])
    }

    @Test func aLocativePhraseOfTheSiteIsThere() {
        let p = Self.places("Two inmates escaped from the prison in Dumfries on Sunday. Investigators searched cells at the prison on Monday.")
        #expect(p.first { $0.key.hasPrefix("Investigators") }?.value == ["Dumfries"])
    }

    /// Each event's mentions' own places (not the article's lead town, `LeadPlaceTests`), by summary.
    static func mentionPlaces(_ body: String) -> [String: [String]] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-08\n---\nDesk in Canada.\n\n" + body + "\n")])
        var out: [String: [String]] = [:]
        for e in c.events where e.summary != "Desk in Canada" { out[e.summary] = e.mentions.flatMap(\.places).map(\.place.name) }
        return out
    }

    @Test func anotherSiteOrOneNeverPlacedIsNot() {
        let p = Self.mentionPlaces("Nine people were taken to the Sept-Îles regional hospital on Sunday. The Mayo Clinic hospital closed on Thursday. A hospital reopened on Friday.")
        #expect(p["The Mayo Clinic hospital closed"] == [])
        #expect(p["A hospital reopened"] == [])
        let q = Self.mentionPlaces("The hospital released seven on Monday. Nine people had been taken to the Sept-Îles regional hospital.")
        #expect(q["The hospital released seven"] == [])
    }
}
