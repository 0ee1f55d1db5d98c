/// A day of the proleptic Gregorian calendar, with checked arithmetic by day number.
/// The core never reads a clock: "today" is always a parameter.
public struct Day: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }
    /// Four bytes (the supported years fit 16 bits): every mention's date and dating expression holds two intervals
    /// of days, and a large corpus holds millions of them.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// Years the project accepts for resolved dates. Outside this, arithmetic yields nil.
    public static let supportedYears = -9999...9999

    /// A valid day, or nil (31 February, month 13, a year out of range).
    public init?(year: Int, month: Int, day: Int) {
        guard Day.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Civil-from-days inverse (era-based), valid for the whole proleptic calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given day number, or nil outside the supported years.
    public init?(dayNumber n: Int) {
        guard n > -4_400_000, n < 2_950_000 else { return nil }
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// This day moved by `n` days; nil when the result leaves the supported years.
    public func adding(days n: Int) -> Day? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(n)
        return overflow ? nil : Day(dayNumber: sum)
    }

    /// This day moved by `n` months, the day clamped to the month's length.
    public func adding(months n: Int) -> Day? {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(n)
        guard !overflow else { return nil }
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard Day.supportedYears.contains(y) else { return nil }
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        // The Thursday of this day's week decides the year.
        guard let thursday = adding(days: 4 - weekday) else { return (year, 1) }
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return (thursday.year, week)
    }

    /// The Monday of the given ISO week, or nil when the week does not exist.
    public static func monday(isoYear: Int, week: Int) -> Day? {
        guard week >= 1, let jan4 = Day(year: isoYear, month: 1, day: 4) else { return nil }
        guard let monday1 = jan4.adding(days: 1 - jan4.weekday),
              let result = monday1.adding(days: (week - 1) * 7) else { return nil }
        return result.isoWeek == (isoYear, week) ? result : nil
    }

    public var iso: String {
        let y = year >= 0 ? pad(year, 4) : "-" + pad(-year, 4)
        return "\(y)-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// The names of `Lexicon`, the one table of calendar words.
    public static var weekdayNames: [String] { Lexicon.weekdayNames }
    public static var monthNames: [String] { Lexicon.monthNames }

    /// "Sun 27 Mar 2022".
    public var readable: String {
        "\(Day.weekdayNames[weekday - 1].prefix(3)) \(day) \(Day.monthNames[month - 1].prefix(3)) \(year)"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

@inline(__always)
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// An inclusive range of days.
public struct DayInterval: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: Day
    public var end: Day

    public init(_ start: Day, _ end: Day) {
        self.start = min(start, end)
        self.end = max(start, end)
    }

    public init(day: Day) { self.init(day, day) }

    public var dayCount: Int { end.dayNumber - start.dayNumber + 1 }
    public func contains(_ d: Day) -> Bool { d >= start && d <= end }
    public func overlaps(_ o: DayInterval) -> Bool { start <= o.end && o.start <= end }
    public func contains(_ o: DayInterval) -> Bool { o.start >= start && o.end <= end }
    public func union(_ o: DayInterval) -> DayInterval { DayInterval(min(start, o.start), max(end, o.end)) }

    public var description: String { start == end ? start.iso : "\(start.iso)/\(end.iso)" }
}

/// How precisely a date is known.
public enum Granularity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case time, partOfDay, day, weekend, week, month, season, quarter, half, year, decade, century, unknown

    private var rank: Int { Granularity.allCases.firstIndex(of: self)! }
    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }
}
