import Testing
@testable import TimelineCore

/// A happening with no date of its own told "after" or "when" a clause of one day: "passengers ⟦escaped⟧ down the
/// slides after their plane skidded off the runway on Sunday night" came that day or the next; "were ⟦travelling⟧ …
/// when armed men blocked the road at around 2 p.m." that day.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AfterAndWhenClauseDateTests {
    @Test func afterADaysClauseIsThatDayOrTheNext() throws {
        let m = EventFixtures.extract("More than a hundred passengers escaped down inflatable slides after their plane skidded off a wet runway in Quebec ⟦on Sunday night⟧.",
                                      values: ["2025-10-05TNI"], published: "2025-10-09")
        let escaped = try EventFixtures.mention(m, "escaped down")
        #expect(escaped.mention.date.value == "2025-10-05/2025-10-06", "\(escaped.mention.date.value)")
        #expect(!escaped.mention.date.isFallback)
    }

    /// Never after publication: a clause of the day of publication gives that day alone.
    @Test func afterTheDayOfPublicationIsThatDay() throws {
        let m = EventFixtures.extract("Prices rose sharply after the storm knocked out two refineries ⟦on Wednesday⟧.",
                                      values: ["2025-10-08"], published: "2025-10-08")
        let rose = try EventFixtures.mention(m, "rose")
        #expect(rose.mention.date.value == "2025-10-08", "\(rose.mention.date.value)")
    }

    @Test func whenADaysClauseIsThatDay() throws {
        let m = EventFixtures.extract("The mayor resigned when the report was published ⟦on Tuesday⟧.", values: ["2025-10-07"], published: "2025-10-09")
        let resigned = try EventFixtures.mention(m, "resigned")
        #expect(resigned.mention.date.value == "2025-10-07", "\(resigned.mention.date.value)")
    }

    /// A length between them leaves the day unknown ("two days after"): no date is borrowed.
    @Test func aMeasuredGapBorrowsNothing() throws {
        let m = EventFixtures.extract("Prices rose sharply two days after the storm knocked out two refineries ⟦on Wednesday⟧.",
                                      values: ["2025-10-01"], published: "2025-10-09")
        let rose = try EventFixtures.mention(m, "rose")
        #expect(!rose.mention.date.value.hasPrefix("2025-10-01"), "\(rose.mention.date.value)")
    }

    /// The summary of the measured clause leaves the length out: "The city closed the building".
    @Test func theLengthLeavesTheClausesSummary() throws {
        let m = EventFixtures.extract("Laboratory results released ⟦on Tuesday⟧ confirmed the tower as the source, five days after the city closed the building.",
                                      values: ["2025-09-09"], published: "2025-09-11")
        let closed = try EventFixtures.mention(m, "closed")
        #expect(closed.summary == "The city closed the building", "\(closed.summary)")
    }
}
