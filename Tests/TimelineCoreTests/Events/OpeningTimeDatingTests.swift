import Testing
@testable import TimelineCore

/// Dates that the parse repairs of session 25 (branch `story6`) give back to clauses, on our own sentences in the
/// style of a weekly's narrative and a local paper.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct OpeningTimeDatingTests {
    let dating = ClauseDatingTests()

    /// A clock time opening the sentence dates its verb and the verbs coordinated with it.
    @Test func anOpeningClockTimeDatesEveryConjunct() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nThe plane came in to land on Sunday, Oct. 5. At 9:47 p.m. the jet touched down far along the runway, skidded across the wet asphalt and veered into the grass.\n"),
        ])
        for verb in ["touched", "skidded", "veered"] {
            let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == verb } }, "\(c.events.map(\.summary))")
            #expect(e.date.value == "2025-10-05T21:47", "\(verb): \(e.date.value)")
        }
    }

    /// A day opening the sentence with no preposition and no comma ("That night", "The next day") dates every clause
    /// told in the past, a conjunct with a subject of its own too.
    @Test func aBareOpeningDayDatesEveryPastClause() {
        let d = dating.dates("⟦That evening⟧ troops stormed the building, and twelve gunmen were captured.",
                             values: ["2025-03-04TEV"], published: "2025-03-20")
        #expect(d["captured"] == "2025-03-04TEV", "\(d)")
    }

    /// A past tense the tagger read as a present is no plan: its weekday is the one before publication ("later than
    /// planned" near it had made it one, the next Sunday).
    @Test func anIrregularPastTenseKeepsItsWeekdayInThePast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("local.md", "---\npublished: 2025-10-08\n---\nRunway reopens.\n\nThe airport reopened at 2 p.m. on Tuesday, about eight hours later than planned, after crews hauled the jet that overran the runway on Sunday night off the soaked grass.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "overran" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2025-10-05TNI" && e.modality == .happened, "\(e.date.value) \(e.modality)")
    }

    /// What came after a happening of one day came that day, where the parse hung the "after" phrase on the verb's
    /// oblique ("the hospital after the evacuation"); what an "after" clause dates is not said ("spent a second night
    /// … after a fire plunged the city into darkness on Tuesday" was not that Tuesday).
    @Test func anAfterPhraseOnTheVerbsObliqueDatesTheVerb() {
        let d = dating.dates("Eight passengers and a flight attendant were taken to the regional hospital after the evacuation ⟦on Sunday⟧.",
                             values: ["2025-10-05"], published: "2025-10-08")
        #expect(d["taken"] == "2025-10-05", "\(d)")
        let clause = dating.dates("Thousands of people spent a second night without electricity after a fire plunged the city into darkness ⟦on Tuesday⟧.",
                                  values: ["2025-07-15"], published: "2025-07-17")
        #expect(clause["spent"] != "2025-07-15", "\(clause)")
    }
}
