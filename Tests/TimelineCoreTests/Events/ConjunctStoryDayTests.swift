import Testing
@testable import TimelineCore

/// A past clause with a subject of its own, told after a past clause of one day and with no date of its own, is told
/// of that day as an undated line is of its story's day: on or before it, never a conflict between outlets.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ConjunctStoryDayTests {
    typealias F = EventFixtures

    @Test func aClauseToldAfterADatedClauseIsOfItsDay() throws {
        let ms = F.extract("Aldaria's negotiators walked out ⟦that evening⟧, and Kesh denied firing on the city.",
                           values: ["2026-11-10TEV"], published: "2026-11-27")
        let denied = try #require(ms.first { $0.mention.triggerText == "denied" }, "\(ms.map(\.summary))")
        #expect(denied.mention.date.value == "2026-11-10")
        #expect(denied.mention.date.isFallback && denied.mention.date.isStoryDay)
    }

    /// A plan told after it keeps no day of it.
    @Test func aPlanToldAfterADatedClauseIsNotOfItsDay() throws {
        let ms = F.extract("The talks opened ⟦on Monday⟧, and the two presidents will meet in Riyadh.",
                           values: ["2026-11-09"], published: "2026-11-11")
        let meet = try #require(ms.first { $0.mention.triggerText == "meet" }, "\(ms.map(\.summary))")
        #expect(meet.mention.date.value != "2026-11-09")
    }
}
