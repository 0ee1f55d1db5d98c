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

    /// "…, but the board rejected the improved approach ⟦within hours⟧": told within hours of the clause before, of its day.
    @Test func withinHoursInAConjunctIsTheDayOfTheClauseBefore() throws {
        let m = EventFixtures.extract("The bidder raised its offer ⟦on Monday⟧, but the board rejected the improved approach within hours.",
                                      values: ["2026-09-21"], published: "2026-09-22")
        let rejected = try EventFixtures.mention(m, "rejected")
        #expect(rejected.mention.date.value == "2026-09-21", "\(rejected.mention.date.value)")
        let weeks = EventFixtures.extract("The bidder raised its offer ⟦on Monday⟧, but the board rejected the improved approach within weeks.",
                                          values: ["2026-09-21"], published: "2026-10-22")
        #expect(try EventFixtures.mention(weeks, "rejected").mention.date.value != "2026-09-21")
    }

    @Test func aLengthOfDaysIsNotOneDay() throws {
        let m = EventFixtures.extract("⟦On Wednesday afternoon⟧ the president walked through the ruins of the school, and two days later rescue teams landed in Lima.",
                                      values: ["2026-03-11TAF"], published: "2026-03-20")
        let landed = try EventFixtures.mention(m, "landed")
        #expect(landed.mention.date.value != "2026-03-11", "\(landed.mention.date.value)")
    }

    /// A sentence opening with seconds or minutes "later", with or without a comma, is of the day the article told
    /// last (`SentenceAnalysis.hoursLaterOpening`), not of a weekly's publication weeks on; a length the tagger tags
    /// ("Two hours") does not keep it from that day.
    @Test func secondsLaterWithoutACommaIsTheDayToldLast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2026-10-09\n---\nReview.\n\nAt 10:42 a.m. on Tuesday, September 8, the balloon lifted off. About 40 seconds later it exploded over the harbour. Moments later, the crowd ran for cover. Two hours later police closed the beach.\n"),
        ])
        for verb in ["exploded", "ran", "closed"] {
            let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == verb } }, "\(c.events.map(\.summary))")
            #expect(e.date.value == "2026-09-08", "\(verb): \(e.date.value)")
        }
    }

    /// Days later is no length within a day: the opening gives no day.
    @Test func daysLaterIsNotTheDayToldLast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2026-10-09\n---\nReview.\n\nAt 10:42 a.m. on Tuesday, September 8, the balloon lifted off. Several weeks later the crowd ran for cover.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "ran" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value != "2026-09-08", "\(e.date.value)")
    }

    /// "⟦Within 90 seconds⟧ the crew had evacuated all 118 passengers": an opening "Within" a length of that day places
    /// the sentence on the day the article told last, and a past perfect so placed is done by then; a past perfect with
    /// no such opening is not (it may tell of any time before).
    @Test func withinSecondsIsTheDayToldLastEvenInThePastPerfect() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nAt 9:47 p.m. on Sunday, Oct. 5, the jet touched down far along the runway. Within 90 seconds the crew had evacuated all 118 passengers. Within hours the airport closed. The pilots had flown the route for years.\n"),
        ])
        for verb in ["evacuated", "closed"] {
            let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == verb } }, "\(c.events.map(\.summary))")
            #expect(e.date.value == "2025-10-05", "\(verb): \(e.date.value)")
        }
        if let e = c.events.first(where: { $0.mentions.contains { $0.triggerText == "flown" } }) {
            #expect(e.date.value != "2025-10-05", "\(e.date.value)")
        }
    }

    /// Within days is no length within a day.
    @Test func withinDaysIsNotTheDayToldLast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-10-17\n---\nReview.\n\nAt 9:47 p.m. on Sunday, Oct. 5, the jet touched down far along the runway. Within two days the airline had grounded its fleet.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "grounded" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value != "2025-10-05", "\(e.date.value)")
    }

    /// "⟦Forty-four minutes later⟧, the ship went dark": a number written in words with a hyphen is a length within the
    /// day as a figure is.
    @Test func minutesWrittenInWordsWithAHyphenAreTheDayToldLast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2026-11-27\n---\nReview.\n\nAt 12:40 a.m. on Tuesday, October 13, the ship left the terminal. Forty-four minutes later, with the bridge ahead, the ship lost power.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "lost" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2026-10-13", "\(e.date.value)")
    }

    /// "The Coast Guard shut the river ⟦within hours⟧, and that morning the governor declared …": a main clause told within
    /// hours, with no date of its own, is of the day the article told last, though the clause after it has a date; within
    /// days it is not.
    @Test func withinHoursAfterTheMainVerbIsTheDayToldLast() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2026-11-27\n---\nReview.\n\nAt 1:28 a.m. on Tuesday, October 13, the ship hit the bridge. The Coast Guard shut the river to shipping within hours, and that morning the governor declared a state of emergency.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "shut" } }, "\(c.events.map(\.summary))")
        #expect(e.date.value == "2026-10-13", "\(e.date.value)")
        let days = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2026-11-27\n---\nReview.\n\nAt 1:28 a.m. on Tuesday, October 13, the ship hit the bridge. The Coast Guard shut the river to shipping within days, and that morning the governor declared a state of emergency.\n"),
        ])
        let d = try #require(days.events.first { $0.mentions.contains { $0.triggerText == "shut" } }, "\(days.events.map(\.summary))")
        #expect(d.date.value != "2026-10-13", "\(d.date.value)")
    }
}
