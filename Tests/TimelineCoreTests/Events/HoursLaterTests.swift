import Testing
@testable import TimelineCore

/// "…, and ⟦a few hours later⟧ rescue teams landed": a conjunct clause told hours after a happening of one day is of that
/// day (`SentenceAnalysis.opensHoursLater`; the tagger leaves "hours later" a length, as TimeBank does).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct HoursLaterTests {
    @Test func hoursLaterInAConjunctIsTheDayOfTheClauseBefore() throws {
        let m = EventFixtures.extract("⟦On Wednesday afternoon⟧ the president walked through the ruins of the school, and a few hours later rescue teams landed in Lima.",
                                      values: ["2026-03-11TAF"], published: "2026-03-20")
        let landed = try EventFixtures.mention(m, "landed")
        #expect(landed.mention.date.value == "2026-03-11", "\(landed.mention.date.value)")
    }

    @Test func aLengthOfDaysIsNotOneDay() throws {
        let m = EventFixtures.extract("⟦On Wednesday afternoon⟧ the president walked through the ruins of the school, and two days later rescue teams landed in Lima.",
                                      values: ["2026-03-11TAF"], published: "2026-03-20")
        let landed = try EventFixtures.mention(m, "landed")
        #expect(landed.mention.date.value != "2026-03-11", "\(landed.mention.date.value)")
    }
}
