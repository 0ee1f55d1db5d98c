/// The tagger's rules, in the order they are tried at a token: the first that reads an expression wins, and one that
/// says "no time here" (a name, an idiom) stops the rest. The order matters where two rules can start at the same
/// word; each entry says why it stands where it does. Each family's rules and their examples are in files of their
/// own in this folder (`Weekdays.swift` and `Weekdays+Examples.swift` …); adding a date form is one rule value with
/// its examples, and its place here.
///
/// Before the rules, the range refiner reads "between 28 and 30 March" at a token (`Refiners/Ranges.swift`); after
/// them, the title refiner drops names ("USA Today") and the range refiner links "from Monday to Wednesday".
enum TimexRules {
    static let all: [TimexRule] = [
        // Numbers first: no word rule starts at a number. Digits after a decimal point are none; a year after an
        // event's name is one, though a name before a year otherwise takes it.
        NumberRules.decimalFraction,
        NumberRules.yearOfAnEvent,
        NumberRules.numbers,
        // A quantity modifier belongs to the duration after it ("about two weeks").
        DurationRules.modified,
        // Recurring weekdays before single weekdays: "Tuesday nights" is every week, "Tuesday night" one day.
        WeekdayRules.pairOfRecurringDays,
        WeekdayRules.recurringDay,
        // Holidays before months and weekdays ("Good Friday", "Easter Monday").
        HolidayRules.holiday,
        HolidayRules.relativeHoliday,
        // "soon" has three readings: the idiom and the past story come before the deictic word.
        DeicticRules.asSoonAsPossible,
        DeicticRules.soonInAPastStory,
        // "Daily Mail", "Weekly Standard": a name, before the recurring "daily".
        DeicticRules.nameOfAPaper,
        // Halves and parts of periods before durations: "the first two quarters of 1990" is a half-year.
        PeriodPartRules.half,
        PeriodPartRules.part,
        // "as last" needs the "this …" before it, so it comes before the relative "last <unit>".
        DeicticRules.elliptical,
        DeicticRules.overnight,
        // Durations before relative expressions: "the past three years" is a length of time, "the past year" a date.
        DurationRules.duration,
        DurationRules.unitsLong,
        // "the last quarter" names the quarter reported on, where "the last year" is a length of time.
        RelativeRules.lastQuarter,
        RelativeRules.relative,
        // A month or a weekday that no rule above took: the date it starts, else nothing (a name, "may").
        MonthRules.month,
        WeekdayRules.weekday,
        // Single deictic words last: "today" inside "today's youth" or "the people of tomorrow" is none.
        DeicticRules.word,
        ClockRules.noonOrMidnight,
    ]

    /// The rules' readings, index for index with `all`.
    static let reads: [@Sendable (TaggerRun, Int) -> RuleOutcome] = all.map(\.read)

    /// The rules that can start at each word (bit k: `all[k]`), so that one lookup per token finds the rules to try.
    static let wordRules: WordTable<UInt64> = {
        precondition(all.count <= 64, "TimexRules.all: at most 64 rules fit a start mask")
        var d: [String: UInt64] = [:]
        for (k, rule) in all.enumerated() {
            if case .words(let set) = rule.start { for w in set.words { d[w, default: 0] |= 1 << UInt64(k) } }
        }
        return WordTable(d)
    }()
    /// The rules that can start at any word.
    static let anyWordRules: UInt64 = mask { if case .anyWord = $0 { return true }; return false }
    /// The rules that start at a number.
    static let numberRules: UInt64 = mask { if case .number = $0 { return true }; return false }

    private static func mask(_ test: (RuleStart) -> Bool) -> UInt64 {
        var m: UInt64 = 0
        for (k, rule) in all.enumerated() where test(rule.start) { m |= 1 << UInt64(k) }
        return m
    }
}
