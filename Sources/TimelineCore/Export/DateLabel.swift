/// How a date reads for people, at the precision it is known: "Sun 27 Mar 2022", "28–30 Mar 2022",
/// "week 12, 2022 (21–27 Mar)", "Mar 2022", "2022". One function so list, Markdown and ICS agree.
public enum DateLabel {
    static let monthsShort = Day.monthNames.map { String($0.prefix(3)) }

    public static func text(for date: EventDate) -> String {
        guard let iv = date.interval else {
            return date.isFallback ? "undated (on or before publication)" : "undated"
        }
        let s = iv.start, e = iv.end
        let fallback = date.isFallback ? "on or before " : ""
        switch date.granularity {
        case .year where s.month == 1 && s.day == 1 && e.month == 12 && e.day == 31 && s.year == e.year:
            return fallback + String(s.year)
        case .decade, .century:
            return fallback + "\(s.year)–\(e.year)"
        case .month, .season, .quarter, .half:
            guard s.day == 1 && e.day == Day.daysIn(month: e.month, year: e.year) else { return fallback + dayRange(s, e) }
            if s.year == e.year && s.month == e.month { return fallback + "\(monthsShort[s.month - 1]) \(s.year)" }
            if s.year == e.year { return fallback + "\(monthsShort[s.month - 1])–\(monthsShort[e.month - 1]) \(s.year)" }
            return fallback + "\(monthsShort[s.month - 1]) \(s.year)–\(monthsShort[e.month - 1]) \(e.year)"
        case .week:
            let w = s.isoWeek
            return fallback + "week \(w.week), \(w.year) (\(dayRange(s, e)))"
        case .weekend:
            return fallback + "weekend \(dayRange(s, e))"
        default:
            return fallback + (s == e ? s.readable : dayRange(s, e))
        }
    }

    /// "28–30 Mar 2022", "30 Mar – 2 Apr 2022", "30 Dec 2021 – 2 Jan 2022".
    public static func dayRange(_ s: Day, _ e: Day) -> String {
        if s == e { return "\(s.day) \(monthsShort[s.month - 1]) \(s.year)" }
        if s.year == e.year && s.month == e.month { return "\(s.day)–\(e.day) \(monthsShort[e.month - 1]) \(e.year)" }
        if s.year == e.year { return "\(s.day) \(monthsShort[s.month - 1]) – \(e.day) \(monthsShort[e.month - 1]) \(e.year)" }
        return "\(s.day) \(monthsShort[s.month - 1]) \(s.year) – \(e.day) \(monthsShort[e.month - 1]) \(e.year)"
    }

    /// A compact column value for tables: "2022-03-28", "2022-03-28…30", "2022-W12", "2022-03", "2022".
    public static func compact(for date: EventDate) -> String {
        guard let iv = date.interval else { return date.isFallback ? "≤ publication" : "undated" }
        let s = iv.start, e = iv.end
        let prefix = date.isFallback ? "≤" : ""
        switch date.granularity {
        case .year where s.year == e.year && s.month == 1 && s.day == 1 && e.month == 12 && e.day == 31:
            return prefix + String(s.year)
        case .month where s.year == e.year && s.month == e.month:
            return prefix + String(s.iso.prefix(7))
        case .week:
            let w = s.isoWeek
            return prefix + "\(w.year)-W\(w.week < 10 ? "0" : "")\(w.week)"
        case .weekend:
            let w = s.isoWeek
            return prefix + "\(w.year)-W\(w.week < 10 ? "0" : "")\(w.week)-WE"
        default:
            if s == e { return prefix + s.iso }
            if s.year == e.year && s.month == e.month { return prefix + s.iso + "…" + String(e.iso.suffix(2)) }
            return prefix + s.iso + "…" + e.iso
        }
    }
}
