import Testing
@testable import TimelineCore

/// The year a month and day take from the corpus, found once for every month and day (`CorpusYears`), is the one
/// `YearFinder.fromCorpus` finds for it.
struct CorpusYearsTests {
    @Test func theTableAgreesWithTheSearchForEveryDay() throws {
        let today = try #require(Day(year: 2026, month: 1, day: 1))
        let days = [(2019, 3, 28), (2019, 11, 2), (2021, 6, 30), (2022, 2, 27), (2022, 3, 29), (2024, 12, 31), (2025, 8, 11)]
        let dates = days.enumerated().map { (k, d) in (id: "doc\(k)", day: Day(year: d.0, month: d.1, day: d.2)!) }
        let years = CorpusYears(dates: dates, today: today)
        for m in 1...12 {
            for d in 1...31 {
                let a = years.year(month: m, day: d), b = YearFinder.fromCorpus(month: m, day: d, dates: dates, today: today)
                #expect(a?.year == b?.year && a?.near == b?.near && a?.count == b?.count, "\(m)/\(d)")
            }
        }
        #expect(years.year(month: 3, day: 30)?.year == 2022)
        #expect(CorpusYears(dates: [], today: today).year(month: 3, day: 30) == nil)
    }
}
