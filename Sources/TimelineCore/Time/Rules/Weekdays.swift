/// Weekdays: "on Tuesday", "Wednesday night", "Saturday, April 25", "Wednesday's ruling".
extension TaggerRun {
    /// A weekday at token i; `start` is the first token of a longer expression ending in it ("9 a.m. Tuesday").
    func matchWeekday(_ i: Int, _ wd: Int, start: Int? = nil) -> (Int, Resolved)? {
        var end = i + 1
        if abbrevDot(i) { end += 1 }
        // "Saturday, April 25", "Friday Oct. 13": the explicit date decides
        var k = end
        if w(k) == "," { k += 1 }
        if let m = monthAt(k, strict: false), let (e, r) = matchMonthFirst(k, m), r.granularity == .day { var r = r; r.withItsWeekday = true; return (e, r) }
        if let (e, r) = matchDayMonth(k) { var r = r; r.withItsWeekday = true; return (e, r) }
        let pod = Lexicon.partsOfDay[w(end)]
        if pod != nil { end += 1 }
        if let (e, r) = weekdayOfANamedWeek(end, wd, pod) { return (e, r) }
        // "two days later, on Friday": a weekday set off after a date of that weekday restates it.
        if pod == nil, let before = restated(w(i - 1) == "on" ? i - 1 : i), before.granularity == .day,
           let iv = before.interval, iv.start == iv.end, iv.start.weekday == wd {
            return (end, TimexResolver.day(iv.start, "(the date it restates, \(iv.start.readable))"))
        }
        // "died the next day. Hours later, on Thursday afternoon, …": a weekday set off after a shift of hours or
        // minutes from the day in focus names that day, or the next (previous) one the hours reach, when it is that
        // weekday; told on a later week, the weekday before publication would be a week late.
        if let r = afterHoursFromTheDayInFocus(w(i - 1) == "on" ? i - 1 : i, wd) {
            var r = r
            if let pod { r.value += "T" + pod; r.granularity = .partOfDay }
            return (end, r)
        }
        guard let dct else {
            return (end, Resolved(type: .date, value: "XXXX-WXX-\(wd)", granularity: .day, derivation: "%T: no publication date"))
        }
        if var r = inTheStorysWeek(i, wd, start: start, published: dct) {
            if let pod { r.value += "T" + pod; r.granularity = .partOfDay }
            return (end, r)
        }
        // "closed until Monday", "due by Friday": a deadline lies ahead unless the clause's verbs say otherwise
        var dir = deadlineDirection(directionCue(i), before: (start ?? i) - 1, TaggerRun.weekdayDeadlines)
        if dir == 0 { dir = -1 }
        // "Wednesday's ruling": a named day's event, the nearer of the two Wednesdays; in a clause told in the past, the
        // one before ("mourned the people killed in Saturday's shooting"). (A future clause may still speak of a past
        // day's event: "would look for ways to get around Wednesday's ruling".)
        if end == i + 1, w(end) == "'" || w(end) == "’", w(end + 1) == "s" {
            let cue = directionCue(i)
            dir = cue.dir < 0 ? -1 : 0
        }
        if w(i - 1) == "next" || w(i - 1) == "coming" { dir = 1 }
        if w(i - 1) == "last" || w(i - 1) == "past" { dir = -1 }
        let name = Lexicon.weekdayNames[wd - 1]
        let how = dir < 0 ? "the \(name) before publication (past clause)" : dir > 0 ? "the next \(name) after publication (future clause)" : "the \(name) nearest to publication"
        guard var r = TimexResolver.resolve(.weekday(wd, direction: dir, strict: w(i - 1) == "next" || w(i - 1) == "last"),
                                            from: .publication(dct), ": \(how), in \(dctText)") else { return nil }
        // "Wednesday night": TimeBank types it a DATE with the part of the day in the value
        if let pod { r.value += "T" + pod; r.granularity = .partOfDay }
        return (end, r)
    }
}

extension TaggerRun {
    /// "She grounded ⟦on Tuesday last week⟧", "talks resume on Friday of next week", "Monday this week": a weekday
    /// followed by the week it lies in names that week's day, whatever the clause's tense; read alone, the weekday had
    /// been the one before publication (Tuesday of this week, told on a Thursday) and "last week" another expression.
    /// `k` is the token after the weekday (and its part of the day).
    func weekdayOfANamedWeek(_ k: Int, _ wd: Int, _ pod: String?) -> (Int, Resolved)? {
        var k = k
        if w(k) == "of" { k += 1 }
        guard let shift = Self.namedWeeks[w(k)], w(k + 1) == "week", let dct,
              let monday = dct.adding(days: 1 - dct.weekday + 7 * shift), let d = monday.adding(days: wd - 1) else { return nil }
        var r = TimexResolver.day(d, "(the \(Lexicon.weekdayNames[wd - 1]) of \(w(k)) week, in \(dctText))")
        if let pod { r.value += "T" + pod; r.granularity = .partOfDay }
        return (k + 2, r)
    }

    /// The weeks a weekday can be put in after it, by their distance in weeks from the week of publication.
    static let namedWeeks: [String: Int] = ["last": -1, "next": 1, "this": 0]

    /// "It began with a ⟦Sunday⟧ newspaper", "posted by the ⟦Sunday⟧ Ledger": a weekday before a noun of a publication
    /// names the days it comes out (a kind, as "a daily newspaper"), and one between "the" and a capitalised word that is
    /// no month, weekday or part of the day opens a title ("the Sunday Times", "the Monday Club"). Neither names a day;
    /// read as the one before publication, they had put a retrospective's story in its last week. ("a Sunday night
    /// memorial service", "a Wednesday media event", "the Tuesday before the vote", "Sunday, October 11" stay days.)
    func weekdayNamesNoDay(_ i: Int) -> Bool {
        if isWord(i + 1, Self.publicationNouns) { return true }
        guard w(i - 1) == "the", i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized else { return false }
        let next = w(i + 1)
        return Lexicon.partsOfDay[next] == nil && Lexicon.weekdays[next] == nil && monthAt(i + 1, strict: false) == nil
    }

    /// Nouns of a publication a weekday before them says when it comes out ("a Sunday newspaper", "the Saturday edition").
    static let publicationNouns: [String] = ["newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids", "broadsheet",
                                             "broadsheets", "edition", "editions", "magazine", "supplement"]

    /// "Demand peaked on Monday, July 14 … The next afternoon a transformer burst into flames … The governor declared a
    /// state of emergency ⟦on Tuesday night⟧", told in a weekly of Friday, July 25: a story narrated in sequence (the day
    /// in focus reached by a step from the one before) from a day of the week before last, the text naming no day of the
    /// last week, goes on in its own week. A bare weekday of a past clause is then the first of its name from the day in
    /// focus (Tuesday, July 15), not the one before publication (July 22). (A date named outright and then a weekday,
    /// "The quake struck on November 2 … Schools reopened on Monday", told ten days later, is news of the last week.)
    func inTheStorysWeek(_ i: Int, _ wd: Int, start: Int?, published: Day) -> Resolved? {
        guard let day = storysDay(published),
              !["next", "coming", "last", "past", "this"].contains(w(i - 1)),
              deadlineDirection(directionCue(i), before: (start ?? i) - 1, TaggerRun.weekdayDeadlines) <= 0, directionCue(i).dir < 0,
              let d = (0...6).lazy.compactMap({ day.adding(days: $0) }).first(where: { $0.weekday == wd }),
              d.dayNumber < published.dayNumber - 6
        else { return nil }
        // (a day of the story's week named by its weekday goes on narrating it: `Resolved.withItsWeekday`)
        var r = TimexResolver.day(d, "(the first \(Lexicon.weekdayNames[wd - 1]) from the day the story is at, \(day.readable), told in \(dctText))")
        r.withItsWeekday = true
        return r
    }

    /// The day in focus of a story narrated in sequence from one to three weeks before publication, the text naming no
    /// day of the last week (`inTheStorysWeek`), or nil.
    func storysDay(_ published: Day) -> Day? {
        guard focus.dayNamed, focus.narrated, !focus.namedTheLastWeek, let day = focus.day,
              (7...21).contains(published.dayNumber - day.dayNumber) else { return nil }
        return day
    }

    /// "A day later two dredgers arrived, and the authority promised that the ship would be afloat ⟦by the weekend⟧",
    /// told weeks later in a story narrated in sequence: the weekend a past day looked ahead to ("would") is the one of
    /// the day in focus's week, not the one after publication, however long before publication the story is.
    func weekendThePastLookedTo(_ i: Int, published: Day) -> Resolved? {
        guard focus.dayNamed, focus.narrated, !focus.namedTheLastWeek, let day = focus.day, published.dayNumber - day.dayNumber >= 7,
              directionCue(i).word.lowercased() == "would" else { return nil }
        let r = TimexResolver.week(day, "(the weekend of the week the story is at, \(day.readable), that it looked ahead to, told in \(dctText))", weekend: true)
        guard let iv = r.interval, iv.end.dayNumber < published.dayNumber - 6 else { return nil }
        return r
    }

    /// "At about 6 p.m. on Friday, April 17, examiners closed the bank. The FDIC took control that evening. ⟦Over the
    /// weekend⟧ the FDIC auctioned the bank", told on May 1: in a story narrated in its own week (`inTheStorysWeek`), the
    /// weekend of a past clause is the one of the day in focus's week (18–19 April), not the one before publication.
    func weekendOfTheStorysWeek(_ i: Int, published: Day) -> Resolved? {
        if let r = weekendThePastLookedTo(i, published: published) { return r }
        guard let day = storysDay(published), directionCue(i).dir < 0 else { return nil }
        let r = TimexResolver.week(day, "(the weekend of the week the story is at, \(day.readable), told in \(dctText))", weekend: true)
        guard let iv = r.interval, iv.end.dayNumber < published.dayNumber - 6 else { return nil }
        return r
    }
}

/// The weekday rules of `TimexRules.all`.
enum WeekdayRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [pairOfRecurringDays, recurringDay, weekday]

    /// A capitalised weekday (or its abbreviation with a period) no earlier rule took; its direction is the tense's.
    static let weekday = TimexRule("<weekday> [part of day]", tier: .namedDays, .words(WordSet(Lexicon.weekdays.keys)), examples: examples) { run, i in
        guard let wd = Lexicon.weekdays[run.texts[i]], run.tokens[i].capitalized, run.texts[i].count > 3 || run.w(i + 1) == "." else { return .pass }
        if run.weekdayNamesNoDay(i) { return .block }
        return .found(run.matchWeekday(i, wd), otherwise: .block)
    }

    /// "on Monday and Tuesday nights": the plural part of the day makes both weekdays weekly.
    static let pairOfRecurringDays = TimexRule("<weekday> and|or <weekday> <parts of day>", tier: .recurringDays, .words(WordSet(Lexicon.weekdays.keys)), examples: pairExamples) { run, i in
        let text = run.texts[i]
        guard run.tokens[i].capitalized, let wd = Lexicon.weekdays[text], text.count > 3, run.isWord(i + 1, ["and", "or"]),
              let wd2 = Lexicon.weekdays[run.w(i + 2)], wd2 != wd, let pod = Lexicon.pluralPartsOfDay[run.w(i + 3)] else { return .pass }
        return .match(end: i + 1, Resolved(type: .set, value: "XXXX-WXX-\(wd)T\(pod)", derivation: "%T: every week"))
    }

    /// "on Mondays", "Sunday mornings": a weekly SET.
    static let recurringDay = TimexRule("<weekdays> [part of day] | <weekday> <parts of day>", tier: .recurringDays,
                                        .words(WordSet(Lexicon.weekdays.keys + Lexicon.pluralWeekdays.keys)), examples: recurringExamples) { run, i in
        let text = run.texts[i]
        guard run.tokens[i].capitalized,
              let wd = Lexicon.pluralWeekdays[text] ?? (Lexicon.pluralPartsOfDay[run.w(i + 1)] != nil && text.count > 3 ? Lexicon.weekdays[text] : nil) else { return .pass }
        var e = i + 1
        var v = "XXXX-WXX-\(wd)"
        if let pod = Lexicon.pluralPartsOfDay[run.w(e)] ?? (Lexicon.pluralWeekdays[text] != nil ? Lexicon.partsOfDay[run.w(e)] : nil) { v += "T" + pod; e += 1 }
        return .match(end: e, Resolved(type: .set, value: v, derivation: "%T: every week"))
    }
}
