/// Months and dates written with them: "March 28", "28 March 2022", "the 28th of March", "March 2022", "last March",
/// "the October slaying"; "May" and abbreviations only where a date needs them.
extension TaggerRun {
    /// "in May", "until May", "mid-May", "planned for May": the month, not the verb or the name ("Theresa May").
    func mayIsMonth(_ i: Int) -> Bool {
        isWord(i - 1, TaggerRun.beforeMay) || (w(i - 1) == "-" && isWord(i - 2, ["mid", "early", "late"]))
    }

    static let beforeMay: WordSet = ["in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during",
                                     "through", "before", "after", "for", "to", "from", "around"]

    /// The month at token i (capitalised name or abbreviation); "May" and abbreviations need a number or year nearby.
    func monthAt(_ i: Int, strict: Bool) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, let m = Lexicon.months[texts[i]] else { return nil }
        let t = tokens[i]
        if !t.capitalized { return nil }
        if texts[i].count <= 4 && texts[i] != "june" && texts[i] != "july" {
            // abbreviation or "May": needs a following number, or its period and a date's neighbour (a number after it, a
            // day before it, "in"/"since" …): a period alone may end the sentence of a name ("in Viña del Mar.")
            if isNum(i + 1) || (isNum(i + 2) && w(i + 1) == ",") { return m }
            if w(i + 1) == ".", isNum(i + 2) || isNum(i - 1) || Lexicon.ordinalSuffixes.contains(w(i - 1)) || mayIsMonth(i) { return m }
            if texts[i] == "may" && mayIsMonth(i) { return m }
            return nil
        }
        return m
    }

    /// D[th] [of] Month[.] [,] [Year]
    func matchDayMonth(_ i: Int) -> (Int, Resolved)? {
        guard isNum(i), tokens[i].digits <= 2, tokens[i].number >= 1, tokens[i].number <= 31 else { return nil }
        var k = i + 1
        if Lexicon.ordinalSuffixes.contains(w(k)) { k += 1 }
        if w(k) == "of" { k += 1 }
        guard let m = monthAt(k, strict: false) ?? (Lexicon.months[w(k)].flatMap { tokens[k].capitalized ? $0 : nil }) else { return nil }
        k += abbrevDot(k) ? 2 : 1
        let d = tokens[i].number
        if isNum(k), tokens[k].digits == 4 { if let day = Day(year: tokens[k].number, month: m, day: d) { return (k + 1, TimexResolver.day(day, "(explicit date)")) } }
        if w(k) == ",", isNum(k + 1), tokens[k + 1].digits == 4 { if let day = Day(year: tokens[k + 1].number, month: m, day: d) { return (k + 2, TimexResolver.day(day, "(explicit date)")) } }
        guard let r = dayNoYear(m, d, at: i) else { return nil }
        return (k, r)
    }

    /// The day after the month name at `i` ("March 28", "Mar. 28th"): the day and the token after it (and
    /// after its ordinal suffix); nil when no day of 1–31 follows.
    func monthDay(_ i: Int) -> (day: Int, next: Int)? {
        var k = i + 1
        if abbrevDot(i) { k += 1 }
        guard isNum(k), tokens[k].digits <= 2, tokens[k].number >= 1, tokens[k].number <= 31 else { return nil }
        var e = k + 1
        if Lexicon.ordinalSuffixes.contains(w(e)) { e += 1 }
        return (tokens[k].number, e)
    }

    /// Month [D[th]] [,] [Year] / Month Year / Month
    func matchMonthFirst(_ i: Int, _ m: Int) -> (Int, Resolved)? {
        var k = i + 1
        if abbrevDot(i) { k += 1 }
        if let (d, e) = monthDay(i) {
            if w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4, let day = Day(year: tokens[e + 1].number, month: m, day: d) { return (e + 2, TimexResolver.day(day, "(explicit date)")) }
            if isNum(e), tokens[e].digits == 4, let day = Day(year: tokens[e].number, month: m, day: d) { return (e + 1, TimexResolver.day(day, "(explicit date)")) }
            if let r = dayNoYear(m, d, at: i) { return (e, r) }
        }
        if isNum(k), tokens[k].digits == 4 { return (k + 1, TimexResolver.month(tokens[k].number, m, "(explicit month)")) }
        if w(k) == "nineteen", let (e, r) = matchPeriodPhrase(k), r.granularity == .year, let iv = r.interval { return (e, TimexResolver.month(iv.start.year, m, "(explicit month)")) }
        if w(k) == ",", isNum(k + 1), tokens[k + 1].digits == 4 { return (k + 2, TimexResolver.month(tokens[k + 1].number, m, "(explicit month)")) }
        if w(k) == "of", w(k + 1) == "this" || w(k + 1) == "last" || w(k + 1) == "next", w(k + 2) == "year", let dct {
            return TimexResolver.resolve(.monthOfYear(m, years: w(k + 1) == "last" ? -1 : w(k + 1) == "next" ? 1 : 0), from: .publication(dct), "in \(dctText)").map { (k + 3, $0) }
        }
        if w(k) == "this" || w(k) == "last" || w(k) == "next", w(k + 1) == "year", let dct {
            return TimexResolver.resolve(.monthOfYear(m, years: w(k) == "last" ? -1 : w(k) == "next" ? 1 : 0), from: .publication(dct), "in \(dctText)").map { (k + 2, $0) }
        }
        // "the March of the Combatant Mothers", "the March on Washington", "the March for Our Lives": a name
        if tokens[i].capitalized, w(k) == "of", w(k + 1) == "the", k + 2 < tokens.count, tokens[k + 2].capitalized { return nil }
        if tokens[i].capitalized, isWord(i - 1, ["the"]), isWord(k, ["on", "for", "against", "to", "of"]), k + 1 < tokens.count,
           tokens[k + 1].kind == .word, tokens[k + 1].capitalized, Lexicon.weekdays[w(k + 1)] == nil, Lexicon.months[w(k + 1)] == nil { return nil }
        // "the October slaying", "a June agreement": a month used as a modifier names that month; "the March of the
        // Mothers", "the May Day parade", "the annual March parade" do not
        if isWord(i - 1, ["the", "a"]), tokens[i].capitalized, k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized,
           !isWord(k, ["of", "and", "or", "to", "is", "was", "will", "has", "had", "-"]), texts[i] != "may" {
            return (k, monthNoYear(m, at: i))
        }
        if isWord(i - 1, ["the", "annual", "a"]) && !isNum(k) { return nil }
        if texts[i] == "may" && !mayIsMonth(i) { return nil }
        if texts[i].count <= 4 && k == i + 1 && texts[i] != "june" && texts[i] != "july" && texts[i] != "may" { return nil }
        return (k == i + 2 && !isNum(k) ? i + 1 : k, monthNoYear(m, at: i))
    }
}

/// The month rules of `TimexRules.all`.
enum MonthRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [month]
    /// Months before weekdays in their shared tier ("May Day").
    static var before: [any TimexRuleFamily.Type] { [WeekdayRules.self] }

    /// A month no earlier rule took: the date it starts, else nothing (a name, the verb "may").
    static let month = TimexRule("<month> [day] [year]", tier: .namedDays, .words(WordSet(Lexicon.months.keys)), examples: examples) { run, i in
        guard let m = run.monthAt(i, strict: false) else { return .pass }
        return .found(run.matchMonthFirst(i, m), otherwise: .block)
    }
}
