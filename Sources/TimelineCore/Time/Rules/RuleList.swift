/// Where a rule stands among the tagger's rules: at a token the rules are tried tier by tier, and the first that reads
/// an expression wins, while one that says "no time here" (a name, an idiom) stops the rest. The order matters where
/// two rules can start at the same word; each tier says why it stands where it does. Within a tier, rules keep the
/// order of `TimexRules.families`, then of their family's `rules`.
enum RuleTier: Int, Comparable, Sendable {
    /// Numbers first: no word rule starts at a number. Digits after a decimal point are none; a year after an event's
    /// name is one, though a name before a year otherwise takes it.
    case numbers
    /// A quantity modifier belongs to the duration after it ("about two weeks").
    case modifiedDurations
    /// Recurring weekdays before single weekdays: "Tuesday nights" is every week, "Tuesday night" one day.
    case recurringDays
    /// Holidays before months and weekdays ("Good Friday", "Easter Monday").
    case holidays
    /// "soon" has three readings: the idiom and the past story come before the deictic word; "Daily Mail", "Weekly
    /// Standard" are names, before the recurring "daily".
    case idioms
    /// Halves and parts of periods before durations: "the first two quarters of 1990" is a half-year.
    case periodParts
    /// "as last" needs the "this …" before it, so it comes before the relative "last <unit>"; "overnight" with it.
    case elliptical
    /// Durations before relative expressions: "the past three years" is a length of time, "the past year" a date.
    case durations
    /// "the last quarter" names the quarter reported on, where "the last year" is a length of time; then "this|last|
    /// next <unit>" and the period phrases.
    case relative
    /// A month or a weekday that no rule above took: the date it starts, else nothing (a name, "may").
    case namedDays
    /// Single deictic words last: "today" inside "today's youth" or "the people of tomorrow" is none.
    case deicticWords

    static func < (a: RuleTier, b: RuleTier) -> Bool { a.rawValue < b.rawValue }
}

/// The tagger's rules. Each family's rules and their examples are in files of their own in this folder
/// (`Weekdays.swift` and `Weekdays+Examples.swift` …); adding a date form is one rule value with its tier and its
/// examples, in its family's file, and a new family is a file of its own. `all` is derived: by tier, then by the order of
/// the families (`families`).
///
/// Before the rules, the range refiner reads "between 28 and 30 March" at a token (`Refiners/Ranges.swift`); after
/// them, the title refiner drops names ("USA Today") and the range refiner links "from Monday to Wednesday".
enum TimexRules {
    /// The families, in the order their rules are tried within a tier: each after those that declare they come
    /// `before` it (months before weekdays: "May Day"; deictic words before "noon" and "midnight"), else by file name.
    /// The list of families (`declaredFamilies`, `RuleFamilies.swift`) is written by `scripts/gen-rule-families.py`.
    static let families: [any TimexRuleFamily.Type] = {
        var left = declaredFamilies, placed: [any TimexRuleFamily.Type] = []
        while !left.isEmpty {
            // the first family no other unplaced family must precede (a cycle would take them in file order)
            let k = left.indices.first { f in !left.contains { g in g.before.contains { ObjectIdentifier($0) == ObjectIdentifier(left[f]) } } } ?? 0
            placed.append(left.remove(at: k))
        }
        return placed
    }()

    /// Every rule, in the order tried at a token.
    static let all: [TimexRule] = families.flatMap { $0.rules }.enumerated()
        .sorted { ($0.element.tier, $0.offset) < ($1.element.tier, $1.offset) }.map(\.element)

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
