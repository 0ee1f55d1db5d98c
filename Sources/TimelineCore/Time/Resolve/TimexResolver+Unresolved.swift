/// The resolver's side of `Unresolved`: from what a rule read and its anchor to a TIMEX3 value, its interval and its
/// derivation (`how`: the rule's words for how it was reckoned; "%T" and the anchor come first when it is empty).
extension TimexResolver {
    static func resolve(_ u: Unresolved, from anchor: TimeAnchor, _ how: String = "") -> Resolved? {
        if case .holiday(let rule, let choice, let part) = u { return holiday(rule, choice, part, from: anchor, how) }
        guard var r = reckon(u, from: anchor.day) else { return nil }
        r.derivation = how.isEmpty ? "%T: relative to \(anchor.name)" : how.hasPrefix(":") ? "%T" + how : "%T \(how)"
        return r
    }

    private static func reckon(_ u: Unresolved, from a: Day) -> Resolved? {
        switch u {
        case .shift(let unit, let n):
            return shift(a, unit, n)
        case .weekendShift(let n):
            return a.adding(days: 7 * n).map { week($0, "", weekend: true) }
        case .partOfDay(let pod, let days):
            guard let d = a.adding(days: days) else { return nil }
            return Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay)
        case .weekday(let wd, let direction, let strict):
            let back = (a.weekday - wd + 7) % 7, ahead = (wd - a.weekday + 7) % 7
            // the nearer of the two: up to four days back, else ahead
            let dir = direction != 0 ? direction : back <= 4 ? -1 : 1
            var off = dir < 0 ? -back : ahead
            if strict && off == 0 { off = 7 * dir }
            return a.adding(days: off).map { day($0, "") }
        case .weekend(let direction):
            let d = a.weekday >= 6 ? a : direction < 0 ? a.adding(days: -(a.weekday + 1)) : a.adding(days: 6 - a.weekday)
            return d.map { week($0, "", weekend: true) }
        case .month(let m, let d, let direction):
            var y = a.year
            if direction < 0, m >= a.month - 1 { y -= 1 }
            if direction > 0, m <= a.month { y += 1 }
            guard let d else { return month(y, m, "") }
            return Day(year: y, month: m, day: d).map { day($0, "") }
        case .monthOfYear(let m, let years):
            return month(a.year + years, m, "")
        case .season(let code, let choice):
            guard let (first, last) = seasonMonths[code] else { return nil }
            switch choice {
            case .years(let n): return season(a.year + n - (code == "WI" && a.month <= 2 ? 1 : 0), code, "")
            case .sameYear: return season(a.year, code, "")
            case .latestOver: return season(last < a.month ? a.year : a.year - 1, code, "")
            case .nextToBegin: return season(first > a.month ? a.year : a.year + 1, code, "")
            }
        case .quarterNumbered(let q):
            return quarter(q > quarterOf(a) ? a.year - 1 : a.year, q, "")
        case .half(let h, let years):
            return half(a.year + years, h)
        case .dayOfMonth(let n, let direction):
            // the nearest such day on the clause's side of the anchor (a 30th skips February)
            let step = direction > 0 ? 1 : -1
            var month = Day(year: a.year, month: a.month, day: 1)
            if (direction > 0 && n < a.day) || (direction <= 0 && n > a.day) { month = month?.adding(months: step) }
            for _ in 0..<3 {
                guard let m = month else { break }
                if let d = Day(year: m.year, month: m.month, day: n) { return day(d, "") }
                month = m.adding(months: step)
            }
            return nil
        case .holiday:
            return nil
        case .quarterOfYear(let q, let years):
            return quarter(a.year + years, q, "")
        case .quarterEnding(let m):
            // the quarter holding most of its three months ("ended July 31": May-July, the second)
            let y = m <= a.month ? a.year : a.year - 1
            let mid = m == 1 ? 12 : m - 1, midYear = m == 1 ? y - 1 : y
            var r = quarter(midYear, (mid - 1) / 3 + 1, "")
            if let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)), let first = Day(year: y, month: m, day: 1)?.adding(months: -2) {
                r.interval = DayInterval(first, last)
            }
            return r
        case .reportedQuarter(let f, let years):
            return (f ?? a.adding(months: -3))?.adding(months: 12 * years).map { quarter($0.year, quarterOf($0), "") }
        case .reportedQuarterIn(let y, let f):
            return (f ?? a.adding(months: -3)).map { quarter(y, quarterOf($0), "") }
        case .latestQuarter(let f, let reported, let years):
            guard let last = a.adding(months: -3) else { return nil }
            let index = { (d: Day) in d.year * 4 + quarterOf(d) }
            let d = f.map { index($0) <= index(last) || reported ? $0 : last } ?? last
            return d.adding(months: 12 * years).map { quarter($0.year, quarterOf($0), "") }
        case .yearEnd(let past):
            let y = past && !(a.month == 12 && a.day == 31) ? a.year - 1 : a.year
            return Day(year: y, month: 12, day: 31).map { day($0, "") }
        case .unknownDayOfMonth:
            return Resolved(type: .date, value: "\(pad(a.year, 4))-\(pad(a.month, 2))-XX", granularity: .day)
        case .century(let n):
            return Resolved(type: .date, value: String(a.year / 100 + n), granularity: .century)
        case .decadeOfCentury(let digit):
            return Resolved(type: .date, value: "\(a.year / 100)\(digit)", granularity: .decade)
        }
    }

    /// The quarter (1–4) a day is in.
    static func quarterOf(_ d: Day) -> Int { (d.month - 1) / 3 + 1 }

    /// The first and last month of each season (winter's last is February of the next year, month 14).
    static let seasonMonths: [String: (Int, Int)] = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)]
}
