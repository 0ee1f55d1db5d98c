/// What a rule read, before any calendar arithmetic: a weekday with a direction, "N units ago", a season of the year
/// before, the quarter reported on. The resolver (`TimexResolver.resolve`) turns it into a TIMEX3 value from its
/// anchor (`TimeAnchor`: the publication date, the date in focus, a dated event); rules never count days.
enum Unresolved: Equatable, Sendable {
    /// n units from the anchor, at the unit's granularity: "three weeks ago", "next month", "the day after his death".
    case shift(TimeUnit, Int)
    /// The day of the anchor, n weeks on, as its weekend: "last weekend", "next weekend".
    case weekendShift(Int)
    /// The part of the day `days` days from the anchor: "the next morning", "that night", "mid-afternoon yesterday".
    case partOfDay(String, days: Int)
    /// A weekday (ISO 1–7) on or before (-1) or on or after (+1) the anchor, or the nearer of the two (0); `strict`
    /// skips the anchor's own day: "the previous Friday", "said on Tuesday", "next Monday".
    case weekday(Int, direction: Int, strict: Bool)
    /// The weekend holding the anchor, else the one before (-1) or after (+1) it: "over the weekend".
    case weekend(direction: Int)
    /// A named month in the anchor's year, or the year before (-1: "last March") or after (+1: "next March") when it is
    /// on the wrong side; with a day of the month when one is given ("last Oct. 23").
    case month(Int, day: Int?, direction: Int)
    /// Month m of the year `years` from the anchor's: "March of last year", "June this year".
    case monthOfYear(Int, years: Int)
    /// A season: of the year `years` from the anchor's (winter belongs to the year it starts in), or the latest one
    /// over ("this past summer") or the first still to begin ("the coming winter").
    case season(String, SeasonChoice)
    /// Quarter q of the anchor's year, or of the year before when it has not begun by the anchor ("the third quarter").
    case quarterNumbered(Int)
    /// Half h (1–2) of the year `years` from the anchor's: "the first half", "the second half of last year".
    case half(Int, years: Int)
    /// A day of the month (1–31) nearest the anchor on the side the clause's tense says (+1 ahead, else back),
    /// skipping months too short for it: "on the 25th", "until the 3rd".
    case dayOfMonth(Int, direction: Int)
    /// A holiday, or the week or weekend around it: "last Christmas", "Easter week", "the Memorial Day weekend".
    case holiday(HolidayRule, HolidayChoice, HolidayPart)
    /// Quarter q of the year `years` from the anchor's: "last year's second quarter".
    case quarterOfYear(Int, years: Int)
    /// The calendar quarter holding most of the three months that end with month m, before the anchor: "the quarter
    /// ended Sept. 30" (its interval is those three months).
    case quarterEnding(month: Int)
    /// The quarter reported on (the one in focus, else the last ended before the anchor), `years` away, or in year
    /// `year`: "the quarter", "the year-ago quarter", "the 1988 period".
    case reportedQuarter(inFocus: Day?, years: Int)
    case reportedQuarterIn(year: Int, inFocus: Day?)
    /// "the latest quarter": the one in focus unless it has not ended by the anchor (and was not reported early), else
    /// the last quarter ended before the anchor; `years` away.
    case latestQuarter(inFocus: Day?, reported: Bool, years: Int)
    /// The last day of the anchor's year, or of the year before when the clause looks back (`past`): "year-end".
    case yearEnd(past: Bool)
    /// A day of the anchor's month, which one not said: "that same day" after "last October".
    case unknownDayOfMonth
    /// The century n centuries from the anchor's: "the last century".
    case century(Int)
    /// A decade of the anchor's century, by its tens digit: "the nineties".
    case decadeOfCentury(Int)

    /// Which holiday of that name: the last before the anchor, the next after it, the one of its year, or by the
    /// clause's tense (+1 ahead, -1 back, 0 the nearest, mostly the last).
    enum HolidayChoice: Equatable, Sendable {
        case last, next, thisYear
        case byTense(Int)
    }

    enum HolidayPart: Equatable, Sendable { case day, week, weekend }

    enum SeasonChoice: Equatable, Sendable {
        case years(Int)
        /// The anchor's own year, whatever its month ("early winter").
        case sameYear
        case latestOver
        case nextToBegin
    }
}

/// What an unresolved value is reckoned from, and the words a derivation names it by.
struct TimeAnchor {
    enum Kind { case publication, focus, event, named }
    let day: Day
    let kind: Kind
    /// The anchor is a whole year or month in focus, `day` its first day: the derivation names the year or month.
    var granularity: Granularity = .day

    init(day: Day, kind: Kind, granularity: Granularity = .day) { self.day = day; self.kind = kind; self.granularity = granularity }

    static func publication(_ d: Day) -> TimeAnchor { TimeAnchor(day: d, kind: .publication) }
    static func focus(_ d: Day, granularity: Granularity = .day) -> TimeAnchor { TimeAnchor(day: d, kind: .focus, granularity: granularity) }
    static func event(_ d: Day) -> TimeAnchor { TimeAnchor(day: d, kind: .event) }
    /// A date the expression itself names ("the day before last Tuesday's hearing").
    static func named(_ d: Day) -> TimeAnchor { TimeAnchor(day: d, kind: .named) }

    var name: String {
        switch kind {
        case .publication: return "publication, \(day.readable)"
        case .focus:
            switch granularity {
            case .year: return "the year in focus, \(day.year)"
            case .month: return "the month in focus, \(Lexicon.monthNames[day.month - 1]) \(day.year)"
            default: return "the date in focus, \(day.readable)"
            }
        case .event: return "the event the text dated \(day.readable)"
        case .named: return day.readable
        }
    }
}
