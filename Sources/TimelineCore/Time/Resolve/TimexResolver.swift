/// The resolver: the calendar arithmetic of the tagger. It turns what a rule read (a day, a month, a quarter, a shift
/// by N units from an anchor, a holiday's rule) into a TIMEX3 value with its interval, granularity and derivation.
/// Rules name what an expression is; these functions are where days are counted.
enum TimexResolver {
    /// One day.
    static func day(_ d: Day, _ how: String) -> Resolved {
        Resolved(type: .date, value: d.iso, interval: DayInterval(day: d), granularity: .day, derivation: how.hasPrefix(":") ? "%T" + how : "%T \(how)")
    }

    /// A calendar month (an invalid one keeps its value, with no interval).
    static func month(_ y: Int, _ m: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: m, day: 1), let e = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-\(pad(m, 2))", granularity: .month, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-\(pad(m, 2))", interval: DayInterval(s, e), granularity: .month, derivation: "%T \(how)")
    }

    /// A calendar year.
    static func year(_ y: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: 1, day: 1), let e = Day(year: y, month: 12, day: 31) else {
            return Resolved(type: .date, value: String(y), granularity: .year, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: pad(y, 4), interval: DayInterval(s, e), granularity: .year, derivation: "%T \(how)")
    }

    /// The ISO week holding a day, or its weekend.
    static func week(_ d: Day, _ how: String, weekend: Bool = false) -> Resolved {
        let (y, wk) = d.isoWeek
        let mon = d.adding(days: 1 - d.weekday)
        let sat = mon?.adding(days: 5), sun = mon?.adding(days: 6)
        if weekend {
            return Resolved(type: .date, value: "\(pad(y, 4))-W\(pad(wk, 2))-WE", interval: sat.flatMap { a in sun.map { DayInterval(a, $0) } }, granularity: .weekend, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-W\(pad(wk, 2))", interval: mon.flatMap { a in sun.map { DayInterval(a, $0) } }, granularity: .week, derivation: "%T \(how)")
    }

    /// A calendar quarter.
    static func quarter(_ y: Int, _ q: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: q * 3 - 2, day: 1), let e = Day(year: y, month: q * 3, day: Day.daysIn(month: q * 3, year: y)) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-Q\(q)", granularity: .quarter, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-Q\(q)", interval: DayInterval(s, e), granularity: .quarter, derivation: "%T \(how)")
    }

    /// A season of a year (winter runs into the next year).
    static func season(_ y: Int, _ code: String, _ how: String) -> Resolved {
        guard let months = seasonMonths[code], let s = Day(year: y, month: months.0, day: 1),
              let endDay = Day(year: y, month: 1, day: 1)?.adding(months: months.1)?.adding(days: -1) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-\(code)", granularity: .season, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-\(code)", interval: DayInterval(s, endDay), granularity: .season, derivation: "%T \(how)")
    }

    /// Half h (1–2) of year y.
    static func half(_ y: Int, _ h: Int) -> Resolved? {
        guard h == 1 || h == 2 else { return nil }
        let first = Day(year: y, month: h * 6 - 5, day: 1), last = Day(year: y, month: h * 6, day: 30 + (h == 2 ? 1 : 0))
        return Resolved(type: .date, value: "\(pad(y, 4))-H\(h)", interval: first.flatMap { f in last.map { DayInterval(f, $0) } }, granularity: .half, derivation: "%T")
    }

    /// The decade starting in year y (a multiple of ten): "the 1990s".
    static func decade(_ y: Int, mod: String?) -> Resolved {
        Resolved(type: .date, value: String(y / 10), mod: mod, interval: Day(year: y, month: 1, day: 1).flatMap { a in Day(year: y + 9, month: 12, day: 31).map { DayInterval(a, $0) } },
                 granularity: .decade, derivation: "%T: a decade")
    }

    /// The n-th century (1-based, as said: "the 20th century" is 19xx).
    static func century(ordinal n: Int) -> Resolved {
        Resolved(type: .date, value: String(n - 1), granularity: .century, derivation: "%T: a century")
    }

    /// "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    static func halfCode(_ u: TimeUnit, _ n: Int) -> String? {
        switch u {
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        case .day: return "P\(n)DT12H"
        case .year: return "P\(n)Y6M"
        case .month: return "P\(n)M15D"
        default: return nil
        }
    }

    /// The TIMEX3 duration of n units (X when how many is not said).
    static func unitCode(_ u: TimeUnit, _ n: Int?) -> String {
        let x = n.map(String.init) ?? "X"
        switch u {
        case .minute: return "PT\(x)M"
        case .hour: return "PT\(x)H"
        case .day: return "P\(x)D"
        case .week: return "P\(x)W"
        case .weekend: return "P\(x)WE"
        case .month: return "P\(x)M"
        case .quarter: return "P\(n.map { String($0 * 3) } ?? "X")M"
        case .half: return "P\(n.map { String($0 * 6) } ?? "X")M"
        case .year: return "P\(x)Y"
        case .decade: return "P\(n.map { String($0 * 10) } ?? "X")Y"
        case .century: return "P\(n.map { String($0 * 100) } ?? "X")Y"
        }
    }

    /// The date n units from a day, at the granularity of the unit.
    static func shift(_ d: Day, _ u: TimeUnit, _ n: Int) -> Resolved? {
        switch u {
        case .minute, .hour: return TimexResolver.day(d, "")
        case .day: return d.adding(days: n).map { TimexResolver.day($0, "") }
        case .week, .weekend: return d.adding(days: 7 * n).map { TimexResolver.week($0, "") }
        case .month: return d.adding(months: n).map { TimexResolver.month($0.year, $0.month, "") }
        case .quarter: return d.adding(months: 3 * n).map { TimexResolver.quarter($0.year, ($0.month - 1) / 3 + 1, "") }
        case .half: return d.adding(months: 6 * n).map { TimexResolver.month($0.year, $0.month, "") }
        case .year: return TimexResolver.year(d.year + n, "")
        case .decade: return Resolved(type: .date, value: String((d.year + 10 * n) / 10), granularity: .decade)
        case .century: return Resolved(type: .date, value: String((d.year + 100 * n) / 100), granularity: .century)
        }
    }
}
