/// How a holiday's date is found in a given year.
enum HolidayRule: Sendable, Equatable { case fixed(Int, Int), nthWeekday(month: Int, weekday: Int, n: Int), easter(Int), usElection }

extension Lexicon {
    /// Holidays by their (lowercased) tokens, longest first; the first word must be capitalised in the text.
    static let holidays: [([String], HolidayRule)] = [
        (["new", "year", "'", "s", "day"], .fixed(1, 1)), (["new", "year", "'", "s", "eve"], .fixed(12, 31)),
        (["new", "year", "’", "s", "day"], .fixed(1, 1)), (["new", "year", "’", "s", "eve"], .fixed(12, 31)),
        (["valentine", "'", "s", "day"], .fixed(2, 14)), (["valentine", "’", "s", "day"], .fixed(2, 14)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, n: 4)), (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["christmas", "eve"], .fixed(12, 24)), (["christmas", "day"], .fixed(12, 25)), (["christmas"], .fixed(12, 25)),
        (["boxing", "day"], .fixed(12, 26)), (["halloween"], .fixed(10, 31)), (["veterans", "day"], .fixed(11, 11)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1)), (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1)),
        (["election", "day"], .usElection),
        (["good", "friday"], .easter(-2)), (["easter", "sunday"], .easter(0)), (["easter", "monday"], .easter(1)), (["easter"], .easter(0)),
    ]
    /// First words of holidays.
    static let holidayStarts = WordSet(holidays.map { $0.0[0] })
}
