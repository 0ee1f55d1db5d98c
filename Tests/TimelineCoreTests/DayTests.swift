import Testing
@testable import TimelineCore

@Suite struct DayTests {
    @Test func weekdaysAndWeeks() throws {
        let d = try #require(Day(year: 2022, month: 3, day: 27))
        #expect(d.weekday == 7)
        #expect(d.isoWeek == (2022, 12))
        #expect(d.readable == "Sun 27 Mar 2022")
        #expect(Day(iso: "2022-02-29") == nil)
        #expect(Day(year: 2020, month: 2, day: 29) != nil)
    }

    @Test(arguments: [-800_000, -1, 0, 1, 19_078, 2_000_000])
    func dayNumberRoundTrips(_ n: Int) throws {
        let d = try #require(Day(dayNumber: n))
        #expect(d.dayNumber == n)
    }

    @Test func arithmeticIsChecked() throws {
        let d = try #require(Day(year: 2022, month: 1, day: 31))
        #expect(d.adding(months: 1) == Day(year: 2022, month: 2, day: 28))
        #expect(d.adding(days: Int.max) == nil)
        #expect(d.adding(months: Int.max) == nil)
        #expect(Day.monday(isoYear: 2022, week: 12) == Day(year: 2022, month: 3, day: 21))
        #expect(Day.monday(isoYear: 2022, week: 53) == nil)
    }
}
