import Testing
@testable import TimelineCore

/// A happening dated by its own modifier ("the November 8 election", "Friday's ruling") takes no other date the parse
/// hung on it: that date is the clause's.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ModifierDatedNounTests {
    typealias F = EventFixtures

    @Test func aSecondDateOnADatedNounIsTheVerbs() throws {
        let ms = F.extract("The tribunal upheld the party's appeal against the ⟦March 3⟧ regional election ⟦on Thursday⟧.",
                           values: ["2026-03-03", "2026-04-16"], published: "2026-04-17")
        #expect(try F.mention(ms, "upheld").mention.date.value == "2026-04-16")
        #expect(try F.mention(ms, "election").mention.date.value == "2026-03-03")
    }
}

/// A date the parse leaves above every predicate dates none hung on a predicate with a date of its own.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct UnplacedDateTests {
    typealias F = EventFixtures

    @Test func aClauseOfADatedVerbKeepsItsDate() throws {
        let ms = F.extract("On ⟦Tuesday, May 5⟧, the council heard the appeal; ⟦two days later⟧ it rejected the plan, ordering a new survey.",
                           values: ["2026-05-05", "2026-05-07"], published: "2026-05-20")
        #expect(try F.mention(ms, "rejected").mention.date.value == "2026-05-07")
        // (the survey ordered with the rejection is not the hearing's)
        for m in ms where !m.summary.contains("heard") {
            #expect(m.mention.date.value != "2026-05-05", "\(m.summary): \(m.mention.date.value)")
        }
    }

    @Test func aDateLeftAboveEveryPredicateSkipsADatedClause() throws {
        // ("heard" is no predicate here: the opening date is left above every predicate)
        let ms = F.extract("On ⟦Monday, May 4⟧, the panel heard the complaint; ⟦two days later⟧ it dismissed it, ruling that the count had been fair.",
                           values: ["2026-05-04", "2026-05-06"], published: "2026-05-20")
        for m in ms where !m.summary.contains("heard") {
            #expect(m.mention.date.value != "2026-05-04", "\(m.summary): \(m.mention.date.value)")
        }
        #expect(ms.contains { $0.mention.date.value == "2026-05-06" })
    }
}

/// A date inside a relative clause dates what the clause tells of its noun, not the sentence: the day in focus still
/// dates the main clause.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct RelativeClauseFocusTests {
    typealias F = EventFixtures

    @Test func aRelativeClausesDateLeavesTheFocus() throws {
        let ms = F.extract("The board met ⟦on Monday⟧. Its chairman, who had joined the firm ⟦in 2012⟧, resigned.",
                           values: ["2024-07-08", "2012"], published: "2024-07-12")
        #expect(try F.mention(ms, "resigned").mention.date.value == "2024-07-08")
        #expect(try F.mention(ms, "joined").mention.date.value == "2012")
    }
}
