/// Holidays: the day a holiday's rule gives in a year, and which year's holiday a text means.
extension TimexResolver {
    /// The holiday (or the week or weekend around it) the choice picks near the anchor; `how` ends the derivation.
    static func holiday(_ rule: HolidayRule, _ choice: Unresolved.HolidayChoice, _ part: Unresolved.HolidayPart,
                        from anchor: TimeAnchor, _ how: String) -> Resolved? {
        let a = anchor.day
        let cands = (a.year - 1...a.year + 1).compactMap { holiday(rule, in: $0) }
        guard cands.count == 3 else { return nil }
        let now = a.dayNumber
        var d: Day?
        let which: String
        switch choice {
        case .last: d = cands.last { $0.dayNumber < now }; which = "the last before publication"
        case .next: d = cands.first { $0.dayNumber > now }; which = "the next after publication"
        case .thisYear: d = cands[1]; which = "in the year of publication"
        case .byTense(let dir):
            // "as Easter week began" a week before Easter: a holiday this close is the one meant, whatever the tense
            if let near = cands.first(where: { abs($0.dayNumber - now) <= 7 }) { d = near; which = "the nearest, within a week of publication" }
            else if dir < 0 { d = cands.last { $0.dayNumber <= now }; which = "the last before publication (past clause)" }
            else if dir > 0 { d = cands.first { $0.dayNumber >= now }; which = "the next after publication (future clause)" }
            else { d = cands.last { $0.dayNumber <= now + 45 }; which = "the nearest, mostly the last before publication" }
        }
        guard let day = d else { return nil }
        switch part {
        case .day: return self.day(day, ": a holiday, \(which), \(how)")
        case .week: return week(day, "(the week of a holiday, \(which), \(how))")
        case .weekend:
            // a Monday holiday's weekend is the one before it ("Memorial Day weekend"), else the one of its week
            return day.adding(days: day.weekday == 1 ? -1 : 0).map { week($0, "(the weekend of a holiday, \(which), \(how))", weekend: true) }
        }
    }

    /// The holiday's day in year y.
    static func holiday(_ rule: HolidayRule, in y: Int) -> Day? {
        switch rule {
        case .fixed(let m, let d): return Day(year: y, month: m, day: d)
        case .nthWeekday(let m, let wd, let n):
            if n > 0 {
                guard let first = Day(year: y, month: m, day: 1) else { return nil }
                return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
            }
            guard let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) else { return nil }
            return last.adding(days: -((last.weekday - wd + 7) % 7))
        case .usElection:
            // the Tuesday after the first Monday of November
            guard let first = Day(year: y, month: 11, day: 1) else { return nil }
            return first.adding(days: (1 - first.weekday + 7) % 7 + 1)
        case .easter(let off):
            // anonymous Gregorian computus
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return Day(year: y, month: month, day: day)?.adding(days: off)
        }
    }
}
