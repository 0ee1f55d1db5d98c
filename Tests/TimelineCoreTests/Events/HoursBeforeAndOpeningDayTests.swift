import Testing
@testable import TimelineCore

/// A clause "hours after" which a dated happening came is of its day, and "on" a day opening the sentence with the
/// subject right after it dates the clauses coordinated after it (`SentenceAnalysis+Parse.swift`).
struct HoursBeforeAndOpeningDayTests {
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func whatCameMinutesBeforeADatedHappeningIsOfItsDay() throws {
        let m = F.extract("The senator spoke to reporters ⟦on Thursday⟧, minutes after she was sworn in.", values: ["2026-03-12"],
                          published: "2026-03-13")
        #expect(try F.mention(m, "sworn").mention.date.value == "2026-03-12")
        let h = F.extract("The mayor will stay on as a councillor, he told the paper ⟦on Tuesday⟧, hours after he resigned as mayor.",
                          values: ["2026-03-10"], published: "2026-03-13")
        #expect(try F.mention(h, "resigned").mention.date.value == "2026-03-10")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aLengthOfDaysBeforeAfterStillDatesNothing() throws {
        let m = F.extract("The senator spoke to reporters ⟦on Thursday⟧, two weeks after she was sworn in.", values: ["2026-03-12"],
                          published: "2026-03-13")
        #expect(try F.mention(m, "sworn").mention.date.value != "2026-03-12")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aDayOpeningTheSentenceWithoutACommaDatesItsCoordinatedClauses() throws {
        let m = F.extract("⟦On Tuesday⟧ the board fired the coach and the captain resigned.", values: ["2026-03-10"], published: "2026-03-13")
        #expect(try F.mention(m, "fired").mention.date.value == "2026-03-10")
        #expect(try F.mention(m, "resigned").mention.date.value == "2026-03-10")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func notAPresentClauseNorOneAfterASemicolon() throws {
        let m = F.extract("⟦On Monday⟧ the government presented a plan that foresees 5,000 new homes.", values: ["2026-03-09"],
                          published: "2026-03-13")
        #expect(try F.mention(m, "presented").mention.date.value == "2026-03-09")
        #expect(m.first { $0.mention.triggerText == "foresees" }?.mention.date.value != "2026-03-09")
        let s = F.extract("⟦On Wednesday⟧ firefighters rescued a boy; he is recovering in hospital.", values: ["2026-03-11"], published: "2026-03-13")
        #expect(s.first { $0.mention.triggerText == "recovering" }?.mention.date.value != "2026-03-11")
    }

    /// A day told with no preposition ("⟦That afternoon⟧", "⟦Yesterday⟧") opening the sentence dates its coordinated
    /// clauses told in the past, and "put", a past like its base form, is the past there.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aBareDayOpeningTheSentenceDatesItsPastClauses() throws {
        let m = F.extract("⟦Yesterday⟧ the first booms went into the water, and the first estimate put the leak at 200 tonnes.",
                          values: ["2026-03-12"], published: "2026-03-13")
        #expect(try F.mention(m, "went").mention.date.value == "2026-03-12")
        #expect(try F.mention(m, "put").mention.date.value == "2026-03-12")
        // (a part of the day is such a day too, a TIME in TimeML though it is no clock time)
        let c = ParaphraseMergeTests.chronology([("weekly.md", "---\npublished: 2026-03-20\n---\nReview.\n\nOn Tuesday, March 10, a tanker hit a reef. That afternoon the first booms went into the water, and the first estimate put the leak at 200 tonnes.\n")])
        let put = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "put" }, "\(c.events.map(\.summary))")
        #expect(put.date.value == "2026-03-10TAF")
        let p = F.extract("⟦Yesterday⟧ police arrested a man, and the inquiry is continuing.", values: ["2026-03-12"], published: "2026-03-13")
        #expect(p.first { $0.mention.triggerText == "continuing" }?.mention.date.value != "2026-03-12")
    }
}
