/// Rules over numbers: days of the month ("on the 25th"), centuries, ISO and numeric dates, clock times, day-month
/// dates, durations, decades ("the 1990s") and years.
extension TaggerRun {
    /// True when token k is a word of three or more capital letters ("WWDC", "CES").
    func isAcronym(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].end - tokens[k].start >= 3 else { return false }
        return scalars[tokens[k].start..<tokens[k].end].allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }

    func matchNumber(_ i: Int) -> (Int, Resolved)? {
        let t = tokens[i]
        // "on the 25th", "until the 3rd": a day of the month of publication, or of the month before or after by tense
        if t.digits <= 2, (1...31).contains(t.number), Lexicon.ordinalSuffixes.contains(w(i + 1)), w(i - 1) == "the",
           isWord(i - 2, ["on", "by", "until", "till", "since", "from", "before", "after"]),
           i + 2 >= tokens.count || tokens[i + 2].kind != .word || isWord(i + 2, TaggerRun.afterAdverb), !isWord(i + 2, ["of"]), let dct {
            let dir = deadlineDirection(directionCue(i), before: i - 2, TaggerRun.weekdayDeadlines)
            if let r = TimexResolver.resolve(.dayOfMonth(t.number, direction: dir), from: .publication(dct),
                                             "(a day of the month, \(dir > 0 ? "the next" : "the last") such day from \(dct.readable))") {
                return (i + 2, r)
            }
        }
        // "the 20th century", "an 11th century temple"
        if t.digits <= 2, t.number >= 1, t.number <= 30, Lexicon.ordinalSuffixes.contains(w(i + 1)), w(i + 2) == "century" {
            return (i + 3, TimexResolver.century(ordinal: t.number))
        }
        // "2082.1", "1,462.93": a decimal number (an index level, a price) is no year or count
        if w(i + 1) == ".", isNum(i + 2), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, t.digits >= 3 { return nil }
        // ISO date 2022-03-28
        if t.digits == 4, w(i + 1) == "-", isNum(i + 2), tokens[i + 2].digits == 2, w(i + 3) == "-", isNum(i + 4), tokens[i + 4].digits == 2,
           let d = Day(year: t.number, month: tokens[i + 2].number, day: tokens[i + 4].number) {
            return (i + 5, TimexResolver.day(d, "(ISO date)"))
        }
        // d/m/yyyy or m/d/yyyy when unambiguous
        if t.digits <= 2, w(i + 1) == "/", isNum(i + 2), tokens[i + 2].digits <= 2, w(i + 3) == "/", isNum(i + 4), tokens[i + 4].digits == 4 || tokens[i + 4].digits == 2 {
            let a = t.number, b = tokens[i + 2].number
            var y = tokens[i + 4].number
            if tokens[i + 4].digits == 2 { y += y < 50 ? 2000 : 1900 }
            var md: (Int, Int)?
            if a > 12, b <= 12 { md = (b, a) } else if b > 12, a <= 12 { md = (a, b) } else if a == b { md = (a, b) } else if a <= 12 { md = (a, b) }
            // Both readings are dates ("03/11/26"): month first, as American news writes, unless only the day-first
            // reading lies within two months of publication (a British "log 0114 03/11/26" in a story of 11 November
            // 2026 is 3 November, not 11 March).
            if a <= 12, b <= 12, a != b, let dct, let us = Day(year: y, month: a, day: b), let uk = Day(year: y, month: b, day: a),
               abs(uk.dayNumber - dct.dayNumber) <= 60, abs(us.dayNumber - dct.dayNumber) > 60 {
                md = (b, a)
            }
            if let (m, d) = md, let day = Day(year: y, month: m, day: d) { return (i + 5, TimexResolver.day(day, "(numeric date)")) }
        }
        // times: 3 p.m., 15:00, 10:30 am
        if let r = matchClock(i) { return r }
        if let r = matchDayMonth(i) { return r }
        if let r = matchDuration(i) { return r }
        // decades: 1990s, '90s
        if t.digits == 4, w(i + 1) == "s", !tokens[i + 1].spaceBefore, t.number % 10 == 0 {
            let start = (w(i - 1) == "the" && i > 0) ? i - 1 : i
            _ = start
            return (i + 2, TimexResolver.decade(t.number, mod: nil))
        }
        // years
        if t.digits == 4, t.number >= 1000, t.number <= 2099 {
            if w(i + 1) == "%" || (w(i + 1) == "," && isNum(i + 2) && tokens[i + 2].digits == 3) { return nil }
            if ["-", "–"].contains(w(i + 1)), isNum(i + 2), tokens[i + 2].digits == 2 || tokens[i + 2].digits == 4 {
                // 1998-99 range: tag the first year only
            }
            if isWord(i - 1, ["$", "no", "number", "route", "flight", "room"]) { return nil }
            // "Orion 1980", "1987 Chevrolet": part of a name
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, !isWord(i - 1, TimeTables.datePrepositions), Lexicon.months[w(i - 1)] == nil, i > 1, tokens[i - 2].kind != .punct { return nil }
            return (i + 1, TimexResolver.year(t.number, "(explicit year)"))
        }
        return nil
    }
}

/// The number rules of `TimexRules.all`.
enum NumberRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [decimalFraction, countOfThings, yearOfAnEvent, numbers]

    /// "a survey of 1709 schoolchildren", "nearly 1500 people", "some 2000 troops": four digits after a word of quantity
    /// and before a plural noun count things; they are no year ("the 1992 protests", "in 1998 elections were held" keep
    /// theirs: no word of quantity before them).
    static let countOfThings = TimexRule("<quantity word> <number> <plural noun>: no time", tier: .numbers, .number) { run, i in
        let t = run.tokens[i]
        guard t.digits == 4, run.isWord(i - 1, quantityWords), i + 1 < run.tokens.count, run.tokens[i + 1].kind == .word,
              !run.tokens[i + 1].capitalized else { return .pass }
        return Plurals.looksPlural(run.w(i + 1)) && !["'", "’"].contains(run.w(i + 2)) ? .block : .pass
    }

    /// Words before a count: "of", "nearly", "some", "about", "over", "than" …
    static let quantityWords: WordSet = ["of", "nearly", "some", "about", "over", "than", "almost", "around", "approximately",
                                         "roughly", "least", "only", "just", "estimated", "additional", "another"]

    /// "$4.1556 per share", "1.8300 marks": the digits after a decimal point are no year, day or count.
    static let decimalFraction = TimexRule("<number>.<digits>: no time", tier: .numbers, .number) { run, i in
        run.w(i - 1) == "." && run.isNum(i - 2) && !run.tokens[i - 1].spaceBefore && !run.tokens[i].spaceBefore ? .block : .pass
    }

    /// "the Worldwide Developers Conference 2010", "WWDC 2005", "the Summit 2022": an event's edition is its year (a name
    /// before a year otherwise keeps it: "Orion 1980", "the 1987 Chevrolet").
    static let yearOfAnEvent = TimexRule("<event name> <year>", tier: .numbers, .number, examples: [
        TimexExample("Apple unveiled the phone at Worldwide Developers Conference 2010 in San Francisco.", "2010", "2010-06-08", "DATE", "2010"),
        TimexExample("Steve Jobs gives opening keynote to WWDC 2005", "2005", "2005-06-06", "DATE", "2005"),
        TimexExample("Leaders met at the Climate Summit 2009 in Copenhagen.", "2009", "2009-12-20", "DATE", "2009"),
    ]) { run, i in
        let t = run.tokens[i]
        guard t.digits == 4, (1000...2099).contains(t.number), run.w(i + 1) != "%", i > 0, run.tokens[i - 1].kind == .word,
              run.isWord(i - 1, eventNouns) || run.isAcronym(i - 1) else { return .pass }
        return .match(end: i + 1, TimexResolver.year(t.number, "(explicit year of an event)"))
    }

    /// Nouns that name an event held in editions.
    static let eventNouns: WordSet = ["conference", "summit", "games", "olympics", "cup", "expo", "festival", "awards", "championship",
                                      "championships", "convention", "congress", "forum", "fair", "show", "tournament", "marathon"]

    /// A number starts a date ("28 March"), a clock time, a year, a duration or nothing: no word rule starts at a number.
    static let numbers = TimexRule("<number …>: dates, times, years, decades, durations", tier: .numbers, .number, examples: examples) { run, i in
        .found(run.matchNumber(i), otherwise: .block)
    }
}
