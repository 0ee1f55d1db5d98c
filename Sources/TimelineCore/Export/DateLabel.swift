/// How a date reads for people, at the precision it is known, and how sure it is. The one label for the
/// list, the browser, the piped text and every export, so a date cannot read differently in two places.
///
/// | date                                   | `text`                         | `compact`          |
/// |----------------------------------------|--------------------------------|--------------------|
/// | a day the text gives                    | `Sun 27 Mar 2022`              | `2022-03-27`       |
/// | a day and a clock time                  | `Mon 28 Mar 2022 10:30`        | `2022-03-28 10:30` |
/// | a part of a day                         | `Tue 22 Mar 2022 evening`      | `2022-03-22 EV`    |
/// | no date in its sentence (past or claim) | `≤ Sun 27 Mar 2022`            | `≤2022-03-27`      |
/// | no date in its sentence (plan, forecast)| `≥ Sun 27 Mar 2022`            | `≥2022-03-27`      |
/// | a range, week, weekend, month, year     | `28–30 Mar 2022`, `week 12, 2022 (21–27 Mar 2022)`, `weekend 26–27 Mar 2022`, `Mar 2022`, `2022` | `2022-03-28…30`, `2022-W12`, `2022-W12-WE`, `2022-03`, `2022` |
/// | no calendar position (`PAST_REF`, an undated article) | `date unknown`  | `date unknown`     |
///
/// "On or before publication" (`≤`) is the date of an event no expression dates, reported as done or said:
/// it happened by the time the article was published. A plan or forecast with no date (`≥`) is due on or
/// after publication. `DateLabel.legend` explains the marks in words, for help screens and exports.
public struct DateLabel: Sendable, Equatable {
    /// How the date was found.
    public enum Certainty: String, Sendable, Equatable, CaseIterable {
        /// An expression in the text dates it.
        case stated
        /// Nothing dates it: reported as done or said, so on or before the article's publication date.
        case onOrBeforePublication
        /// Nothing dates it: a plan or forecast as of the article's publication date, so on or after it.
        case onOrAfterPublication
        /// No calendar position at all (a vague "recently" in an article whose date is unknown).
        case unknown
    }

    public let date: EventDate
    public let certainty: Certainty

    /// `modality` decides which way an undated event's publication-day fallback points.
    public init(_ date: EventDate, modality: Modality = .happened) {
        self.date = date
        if date.interval == nil {
            certainty = .unknown
        } else if date.isFallback {
            certainty = modality == .planned || modality == .expected ? .onOrAfterPublication : .onOrBeforePublication
        } else {
            certainty = .stated
        }
    }

    /// Borrowed, not copied: a copy of an event retains each of its boxes (a table labels every event).
    public init(_ event: borrowing Event) { self.init(event.date, modality: event.modality) }
    public init(_ mention: borrowing Mention) { self.init(mention.date, modality: mention.modality) }

    /// The words shown for a date with no calendar position.
    public static let unknownText = "date unknown"

    /// The mark before a date that is only a bound: "≤", "≥", or nil for a stated or unknown date.
    public var mark: String? { Self.mark(certainty, ascii: false) }

    public static func mark(_ c: Certainty, ascii: Bool) -> String? {
        switch c {
        case .onOrBeforePublication: return ascii ? "<=" : "≤"
        case .onOrAfterPublication: return ascii ? ">=" : "≥"
        case .stated, .unknown: return nil
        }
    }

    /// The marks and what they mean, for a legend or a help screen.
    public static let legend: [(mark: String, meaning: String)] = [
        ("≤", "no date in the text: on or before the article's publication date (the date shown)"),
        ("≥", "a plan with no date in the text: on or after the article's publication date (the date shown)"),
    ]

    /// "Sun 27 Mar 2022", "≤ Sun 27 Mar 2022", "week 12, 2022 (21–27 Mar 2022)", "date unknown".
    public var text: String { text(ascii: false) }

    /// `text` with "<=" and ">=" for terminals without Unicode.
    public func text(ascii: Bool) -> String {
        guard certainty != .unknown else { return Self.unknownText }
        return (Self.mark(certainty, ascii: ascii).map { $0 + " " } ?? "") + plain
    }

    /// The date alone, without the mark: "Sun 27 Mar 2022" (or "date unknown").
    public var plain: String {
        guard let iv = date.interval else { return Self.unknownText }
        let s = iv.start, e = iv.end
        let months = Self.monthsShort
        switch date.granularity {
        case .year where s.month == 1 && s.day == 1 && e.month == 12 && e.day == 31 && s.year == e.year:
            return String(s.year)
        case .decade, .century:
            return "\(s.year)–\(e.year)"
        case .month, .season, .quarter, .half:
            guard s.day == 1 && e.day == Day.daysIn(month: e.month, year: e.year) else { return Self.dayRange(s, e) }
            if s.year == e.year && s.month == e.month { return "\(months[s.month - 1]) \(s.year)" }
            if s.year == e.year { return "\(months[s.month - 1])–\(months[e.month - 1]) \(s.year)" }
            return "\(months[s.month - 1]) \(s.year)–\(months[e.month - 1]) \(e.year)"
        case .week:
            let w = s.isoWeek
            return "week \(w.week), \(w.year) (\(Self.dayRange(s, e)))"
        case .weekend:
            return "weekend \(Self.dayRange(s, e))"
        case .time where s == e:
            return s.readable + (clock.map { " " + $0 } ?? "")
        case .partOfDay where s == e:
            return s.readable + (partOfDay.map { " " + $0 } ?? "")
        default:
            return s == e ? s.readable : Self.dayRange(s, e)
        }
    }

    /// A compact column value for tables: "2022-03-28", "≤2022-03-27", "2022-03-28…30", "2022-W12", "2022-03", "2022".
    public var compact: String { compact(ascii: false) }

    public func compact(ascii: Bool) -> String {
        guard let iv = date.interval else { return Self.unknownText }
        let s = iv.start, e = iv.end
        let prefix = Self.mark(certainty, ascii: ascii) ?? ""
        let dots = ascii ? ".." : "…"
        switch date.granularity {
        case .year where s.year == e.year && s.month == 1 && s.day == 1 && e.month == 12 && e.day == 31:
            return prefix + String(s.year)
        case .month where s.year == e.year && s.month == e.month:
            return prefix + String(s.iso.prefix(7))
        case .week:
            return prefix + Self.isoWeek(s)
        case .weekend:
            return prefix + Self.isoWeek(s) + "-WE"
        case .time where s == e:
            return prefix + s.iso + (clock.map { " " + $0 } ?? "")
        case .partOfDay where s == e:
            return prefix + s.iso + (date.value.split(separator: "T").last.map { $0.count == 2 ? " " + $0 : "" } ?? "")
        default:
            if s == e { return prefix + s.iso }
            if s.year == e.year && s.month == e.month { return prefix + s.iso + dots + String(e.iso.suffix(2)) }
            return prefix + s.iso + dots + e.iso
        }
    }

    /// The date in a sentence of running text, for exports whose readers see no legend (iCalendar, TimelineJS):
    /// "Sun 27 Mar 2022"; "date not given in the text; on or before Sun 27 Mar 2022, the day the article was published".
    public var prose: String {
        switch certainty {
        case .stated: return plain
        case .onOrBeforePublication: return "date not given in the text; on or before \(plain), the day the article was published"
        case .onOrAfterPublication: return "date not given in the text; planned or expected as of \(plain), the day the article was published"
        case .unknown: return "date unknown (the text gives none and the article's publication date is unknown)"
        }
    }

    /// A short caveat for a title that sits on a calendar day (an iCalendar SUMMARY): nil for a stated date.
    public var caveat: String? {
        switch certainty {
        case .stated: return nil
        case .onOrBeforePublication: return "date not given: on or before this day"
        case .onOrAfterPublication: return "date not given: planned as of this day"
        case .unknown: return "date unknown"
        }
    }

    /// The clock time of a TIME value ("2022-03-28T10:30" → "10:30"), when the value carries one.
    public var clock: String? {
        guard date.granularity == .time, let t = date.value.firstIndex(of: "T") else { return nil }
        let rest = date.value[date.value.index(after: t)...]
        let digits = rest.prefix(5)
        guard digits.count == 5, digits.dropFirst(2).first == ":",
              digits.enumerated().allSatisfy({ $0.offset == 2 || $0.element.isASCII && $0.element.isNumber }) else { return nil }
        return String(digits)
    }

    /// The part of day of a value like "2022-03-22TEV": "morning", "afternoon", "evening", "night".
    public var partOfDay: String? {
        guard let t = date.value.lastIndex(of: "T") else { return nil }
        return Self.partsOfDay[String(date.value[date.value.index(after: t)...])]
    }

    static let partsOfDay = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
    static let monthsShort = Day.monthNames.map { String($0.prefix(3)) }

    static func isoWeek(_ d: Day) -> String {
        let w = d.isoWeek
        return "\(w.year)-W\(w.week < 10 ? "0" : "")\(w.week)"
    }

    /// "28–30 Mar 2022", "30 Mar – 2 Apr 2022", "30 Dec 2021 – 2 Jan 2022".
    public static func dayRange(_ s: Day, _ e: Day) -> String {
        let months = monthsShort
        if s == e { return "\(s.day) \(months[s.month - 1]) \(s.year)" }
        if s.year == e.year && s.month == e.month { return "\(s.day)–\(e.day) \(months[e.month - 1]) \(e.year)" }
        if s.year == e.year { return "\(s.day) \(months[s.month - 1]) – \(e.day) \(months[e.month - 1]) \(e.year)" }
        return "\(s.day) \(months[s.month - 1]) \(s.year) – \(e.day) \(months[e.month - 1]) \(e.year)"
    }

    // Shorthands for callers that hold only a date (the mark reads it as "on or before").
    public static func text(for date: EventDate) -> String { DateLabel(date).text }
    public static func compact(for date: EventDate) -> String { DateLabel(date).compact }
}
