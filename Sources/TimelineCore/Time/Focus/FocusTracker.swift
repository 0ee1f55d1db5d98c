/// What the text has in focus as the tagger reads on: the dates that anaphora ("that day", "the following month",
/// "a year earlier", "the quarter") are reckoned from. The tagger notes each expression it emits here.
struct FocusTracker {
    /// The last day-level date in focus (the publication date until the text names another).
    var day: Day?
    /// `day` was named by the text, not taken from the publication.
    var dayNamed = false
    /// The tokens at which the last day and the last wider date were named (`TaggerRun.emit`).
    var dayToken = -1, wideToken = -1
    /// The start of the last date named at day, month, season, quarter or year granularity: "that year", "the
    /// following month" refer to it.
    var wide: Day?
    /// The granularity of `wide`: a month in focus leaves "that day" unknown within it.
    var wideGranularity: Granularity?
    /// `wide` was named after `day` ("born on February 24, 1955 … in 1984 …"): "one year later" counts from it.
    var wideIsNewer = false
    /// The last fiscal/calendar quarter reported on: earnings reports compare "a year earlier" at quarter granularity.
    var quarter: Day?
    /// The token at which `quarter` was named.
    var quarterToken = 0
    /// The quarter in focus was reported on before its calendar end: a fiscal quarter, over by definition.
    var reported = false
    /// Kinds of event the text has dated ("shot to death last Oct. 23", "the Oct. 23 killing"): the day, the token of
    /// the event word and its distance from the date, so that "ten days before the murder" can anchor on it.
    var eventDays: [String: (day: Day, word: Int, distance: Int)] = [:]
    /// The last expression emitted and the token after it: what an apposition (", the day before …") restates.
    var lastEmitted: (end: Int, r: Resolved)?

    /// The last day that stood as a line of its own ("Tuesday, Oct. 14"): the day of the clock times that open the
    /// lines below it, a live blog's stamps on its entries.
    var heading: Day?

    /// The clock time (minutes after midnight) of the last time named on `day`, when the last date named was a time.
    var minutes: Int?
    /// The day in focus was named as its night ("overnight", "on Tuesday night", "that night"): a night runs into the
    /// next morning, so a morning clock time told after it is the next day's.
    var night = false

    /// Whether the text has named a day of the week up to publication (its last seven days): news of the week, so that a
    /// bare weekday is the one before publication, never the one after a day in focus further back.
    var namedTheLastWeek = false
    /// Whether the day in focus was reached by a step told from the one before ("The next afternoon", "the following
    /// day"): a story narrated in sequence.
    var narrated = false

    init(day: Day?) { self.day = day }

    /// The day of a clock time with no day of its own, told after the time in focus: the next day when it is earlier on
    /// the clock and at most twelve hours after it across midnight ("left port at 11:40 p.m. on Sunday. It ⟦overturned
    /// at about 1:10 a.m.⟧": Monday), else the day in focus. Never a day after `latest` (the publication).
    func day(ofClock m: Int, latest: Day?) -> Day? {
        // "The big news overnight: negotiators reached a deal ⟦at about 2:15 a.m.⟧": the morning that ends the night
        if night, minutes == nil, m < 12 * 60, let day, let next = TimexResolver.shift(day, .day, 1)?.interval?.start,
           latest.map({ next <= $0 }) ?? true { return next }
        guard let day, let last = minutes, m < last, m + 24 * 60 - last <= 12 * 60,
              let next = TimexResolver.shift(day, .day, 1)?.interval?.start, latest.map({ next <= $0 }) ?? true else { return day }
        return next
    }

    /// The derivation's words for a clock time `day(ofClock:latest:)` moved past midnight (read back by the events: such a
    /// time is placed already, not on publication for want of a day).
    static let pastMidnight = "after the time in focus, past midnight"
    /// The derivation's words for a live blog's stamp on an entry ("9:05 a.m. Five more bodies were recovered …"): the
    /// entry's own time, never moved to the day the story is at.
    static let entryTime = "an entry's time"

    /// Minutes after midnight of a TIMEX3 time value ("2025-08-10T23:40" → 1420), nil for a day or a part of one.
    static func minutes(of value: String) -> Int? {
        guard let t = value.firstIndex(of: "T") else { return nil }
        let parts = value[value.index(after: t)...].split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)), h <= 24, m < 60 else { return nil }
        return h * 60 + m
    }

    /// The date "N years later" (or "N months later", when a month is in focus) counts from: the last date named at
    /// that granularity when it came after the last day named, else the day in focus.
    func anchor(shifting unit: TimeUnit) -> TimeAnchor? {
        if wideIsNewer, let wide, let g = wideGranularity, unit == .year || (unit == .month && g == .month) {
            return .focus(wide, granularity: g == .year || g == .month ? g : .day)
        }
        return day.map { .focus($0) }
    }

    /// Moves the focus to the date an emitted expression names.
    mutating func note(_ r: Resolved, published: Day? = nil) {
        var namedDay = false
        // (a day or a week: a month or a year ending in the last week, "Five days in ⟦April⟧" told on May 1, names no day of it)
        if let published, let iv = r.interval, r.type == .date || r.type == .time, iv.dayCount <= 7,
           (0...6).contains(published.dayNumber - iv.end.dayNumber) { namedTheLastWeek = true }
        if let iv = r.interval, r.type == .date || r.type == .time, iv.dayCount == 1 {
            // (a time on the day in focus keeps the story narrated: "The next afternoon, at 4:52")
            // (and a date named with its weekday, "On Thursday, April 16, …", after the narration's day, keeps it so; so
            // does a day named outright a few days on from a narrated one: "The next morning he apologised. … Cabinet
            // met on Tuesday, October 13": the story goes on in sequence; a step back or a leap ends it)
            if r.fromFocus { narrated = true } else if iv.start != day {
                let onward = day.map { iv.start.dayNumber - $0.dayNumber }
                narrated = narrated && (r.withItsWeekday && (onward ?? 0) > 0 || onward.map { (1...6).contains($0) } ?? false)
            }
            day = iv.start; namedDay = true; dayNamed = true
            minutes = r.type == .time ? Self.minutes(of: r.value) : nil
            night = r.value.hasSuffix("TNI")
        }
        if let iv = r.interval, r.type == .date, [.day, .month, .season, .quarter, .year].contains(r.granularity) {
            wide = iv.start; wideGranularity = r.granularity; wideIsNewer = !namedDay
        } else if namedDay { wideIsNewer = false }
        if r.type == .time, r.interval != nil { wideGranularity = .day }
        // ("⟦A week later⟧ the authority opened an investigation, and the following day …": the week's day in step)
        if let on = r.dayOn { day = on; dayNamed = true; narrated = true; minutes = nil; night = false }
    }
}
