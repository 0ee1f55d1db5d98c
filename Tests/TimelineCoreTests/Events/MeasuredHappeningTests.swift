import Testing
@testable import TimelineCore

/// "on Thursday, two days after the explosion that killed two workers": the happening a length measures from the
/// sentence's day is that many days before it, and so is what its relative clause tells it did; the date named before
/// the measure is not the happening's.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct MeasuredHappeningTests {
    typealias F = EventFixtures

    @Test func aMeasuredHappeningAndItsRelativeClauseAreDatedByTheMeasure() throws {
        let ms = F.extract("Families were back in their homes ⟦on Thursday night⟧ after the judge lifted the evacuation order ⟦at 3 p.m.⟧, "
                           + "⟦two days⟧ after the explosion that killed two workers.", values: ["2025-10-16TNI", "2025-10-16T15:00", "P2D"],
                           published: "2025-10-17")
        let explosion = try F.mention(ms, "explosion")
        #expect(explosion.mention.date.value == "2025-10-14", "\(explosion.mention.date.derivation)")
        #expect(explosion.summary == "The explosion that killed two workers", "\(explosion.summary)")
        let killed = try F.mention(ms, "killed")
        #expect(killed.mention.date.value == "2025-10-14", "\(killed.mention.date.derivation)")
        let lifted = try F.mention(ms, "lifted")
        #expect(lifted.summary == "The judge lifted the evacuation order", "\(lifted.summary)")
    }

    /// "The closure came a day after …": with no day named in the sentence, a length is measured from its subject, a
    /// definite event noun the article dated before ("shut down on Friday"); an undated one measures nothing.
    @Test func aLengthAfterAHappeningToldBeforeIsMeasuredFromItsDay() throws {
        let ms = F.extract("The bank was shut down by state regulators ⟦late on Friday⟧. The closure came ⟦a day⟧ after chief executive "
                           + "Gregory Alvarsson stepped down.", values: ["2026-04-17", "P1D"], published: "2026-04-18")
        let stepped = try F.mention(ms, "stepped down")
        #expect(stepped.mention.date.value == "2026-04-16", "\(stepped.mention.date.derivation)")
        let undated = F.extract("The closure came ⟦a day⟧ after chief executive Gregory Alvarsson stepped down.", values: ["P1D"],
                                published: "2026-04-18")
        #expect(undated.allSatisfy { $0.mention.date.value != "2026-04-16" && $0.mention.date.value != "2026-04-17" })
    }

    @Test func aRelativeClauseOfAMeasuredHappeningIsOfItsDay() throws {
        let ms = F.extract("The plant reopened ⟦on Monday⟧, ⟦a week⟧ after the fire that destroyed its warehouse.",
                           values: ["2025-10-13", "P1W"], published: "2025-10-17")
        #expect(try F.mention(ms, "fire").mention.date.value == "2025-10-06")
        #expect(try F.mention(ms, "destroyed").mention.date.value == "2025-10-06")
    }

    /// Minutes or a few hours before a dated time are that day: "at 2:41 a.m. on Tuesday, a minute after a reactor
    /// exploded".
    @Test func minutesBeforeATimeAreItsDay() throws {
        let ms = F.extract("The first call reached the dispatchers ⟦at 02:41 on Tuesday⟧, ⟦a minute⟧ after a reactor exploded.",
                           values: ["2025-10-14T02:41", "PT1M"], published: "2025-10-24")
        let exploded = try F.mention(ms, "exploded")
        #expect(exploded.mention.date.value == "2025-10-14", "\(exploded.mention.date.derivation)")
    }

    /// A part of the day with no day of its own is of the measured day: "on Wednesday, a day after protesters blocked the
    /// town hall ⟦overnight⟧" (the Tuesday, not the night before publication).
    @Test func aPartOfTheDayInAMeasuredClauseIsOfTheMeasuredDay() throws {
        let ms = F.extract("The council approved the budget ⟦on Wednesday⟧, ⟦a day⟧ after protesters blocked the town hall ⟦overnight⟧.",
                           values: ["2026-10-07", "P1D", "2026-10-07TNI"], published: "2026-10-08")
        let blocked = try F.mention(ms, "blocked")
        #expect(blocked.mention.date.value == "2026-10-06", "\(blocked.mention.date.derivation)")
        let ws = F.extract("Police arrested two men ⟦on Friday⟧, ⟦two days⟧ after the shop was raided ⟦in the morning⟧.",
                           values: ["2026-10-02", "P2D", "2026-10-02TMO"], published: "2026-10-08")
        #expect(try F.mention(ws, "raided").mention.date.value == "2026-09-30")
    }

    /// A day named before the length is the day it measures from even where the parse hangs it on the measured verb:
    /// "remanded in custody for four weeks ⟦this afternoon⟧, ⟦two days⟧ after military police detained him".
    @Test func aDayBeforeTheLengthIsNotTheMeasuredHappenings() throws {
        let ms = F.extract("A guard at the security firm Castell was remanded in custody for ⟦four weeks⟧ ⟦this afternoon⟧, ⟦two days⟧ after "
                           + "military police detained him at Brize Norton on suspicion of selling secrets.",
                           values: ["P4W", "2026-03-14TAF", "P2D"], published: "2026-03-14")
        #expect(try F.mention(ms, "detained").mention.date.value == "2026-03-12", "\(ms.map { ($0.summary, $0.mention.date.value) })")
    }
}
