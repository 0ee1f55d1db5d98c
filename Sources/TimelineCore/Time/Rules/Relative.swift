/// Expressions relative to an anchor: this/last/next/coming/past/the following/that + unit, month, season or weekday;
/// quarters ("the first quarter of 1998", "third-quarter"); the future and the past.
extension TaggerRun {
    /// this/last/next/coming/past/the following/that + unit, month, season; quarters; anaphora; the future/past.
    func matchRelative(_ i: Int) -> (Int, Resolved)? {
        var k = i
        let first = w(k)
        // "fiscal 1998"
        if first == "fiscal", isNum(k + 1), tokens[k + 1].digits == 4 { var r = TimexResolver.year(tokens[k + 1].number, ""); r.derivation = "%T: a fiscal year"; return (k + 2, r) }
        if let r = matchPeriodPhrase(i) { return r }
        // position mods: early/mid/late + month/year/this year
        var mod: String?
        if let pm = Lexicon.positionMods[first], first != "end", first != "earlier", first != "later" {
            if let m = monthAt(k + 1, strict: false) ?? (Lexicon.months[w(k + 1)] != nil && tokens[k + 1].capitalized ? Lexicon.months[w(k + 1)] : nil), let (e, r) = matchMonthFirst(k + 1, m) { var r2 = r; r2.mod = pm; return (e, r2) }
            if w(k + 1) == "-", let m = Lexicon.months[w(k + 2)], let (e, r) = matchMonthFirst(k + 2, m) { var r2 = r; r2.mod = pm; return (e, r2) }
            let y1 = w(k + 1) == "-" ? k + 2 : k + 1
            if isNum(y1), tokens[y1].digits == 4, w(y1 + 1) != "s" { var r = TimexResolver.year(tokens[y1].number, "(explicit year)"); r.mod = pm; return (y1 + 1, r) }
            if isNum(k + 1), tokens[k + 1].digits == 4, w(k + 2) == "s" { return nil }
            mod = pm; k += 1
        } else if (first == "earlier" || first == "later") && ["that", "last", "next"].contains(w(k + 1)) {
            mod = first == "earlier" ? "START" : "END"; k += 1
        }
        let lead = w(k) == "the"
        if lead { k += 1 }
        let det = w(k)
        // the future / the past / the present
        if lead && mod == nil {
            if det == "future" {
                // "the future of the company": a fate, not a time
                if w(k + 1) == "of", !isWord(i - 1, ["in", "into"]) { return nil }
                return (k + 1, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future"))
            }
            if det == "past", Lexicon.units[w(k + 1)] == nil, quantity(k + 1) == nil { return (k + 1, Resolved(type: .date, value: "PAST_REF", derivation: "%T: a vague reference to the past")) }
        }
        // quarters: [the] first quarter [of 1998], third-quarter, the latest quarter
        if let q = Lexicon.ordinals[det], q <= 4 {
            var e = k + 1
            if w(e) == "-" { e += 1 }
            // "the second and fourth quarters [of 1989]": the first ordinal shares the noun (and the year) of the second
            var shared = false
            if isWord(e, ["and", "or"]), (Lexicon.ordinals[w(e + 1)] ?? 9) <= 4, w(e + 2) == "quarters" { shared = true }
            let plural = w(e) == "quarters" && isWord(k - 1, ["and", "or"]) && Lexicon.ordinals[w(k - 2)] != nil
            if w(e) == "quarter" || w(e) == "half" || shared || plural {
                let isHalf = w(e) == "half"
                let nounEnd = shared ? e + 3 : e + 1
                e = shared ? e : e + 1
                // the year the text gives; else the year of publication (for a single quarter, the year before when
                // that quarter has not begun by then)
                var year: Int?
                var numbered = false
                if shared {
                    if w(nounEnd) == "of", isNum(nounEnd + 1), tokens[nounEnd + 1].digits == 4 { year = tokens[nounEnd + 1].number }
                } else
                if w(e) == "of" || w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4 { year = tokens[e + 1].number; e += 2 }
                else if isNum(e), tokens[e].digits == 4 { year = tokens[e].number; e += 1 }
                else if w(e) == "of", w(e + 1) == "fiscal", isNum(e + 2) { year = tokens[e + 2].number; e += 3 }
                // "the first quarter of next year", "the third quarter of last year": that year from publication
                else if w(e) == "of", let dct, let shift = ["this": 0, "last": -1, "next": 1][w(e + 1)], w(e + 2) == "year" {
                    year = dct.year + shift; e += 3
                }
                else if !isHalf, let before = restated(lead ? k - 1 : k), before.granularity == .quarter, let iv = before.interval { year = iv.start.year }
                else { numbered = !isHalf }
                guard year != nil || dct != nil else { return (e, Resolved(type: .date, value: isHalf ? "XXXX-H\(q)" : "XXXX-Q\(q)", granularity: .quarter)) }
                if isHalf {
                    guard q <= 2 else { return nil }
                    // A bare "the first half" is a half-year only where figures are reported ("profit rose in the
                    // first half"); elsewhere it is a match's or a film's ("scored twice in the first half").
                    if year == nil, quarterInFocus(i) == nil, !((i - 15)...(e + 15)).contains(where: { TaggerRun.figureWords.contains(w($0)) }) {
                        return nil
                    }
                    let r = year.flatMap { TimexResolver.half($0, q) } ?? dct.flatMap { TimexResolver.resolve(.half(q, years: 0), from: .publication($0)) }
                    return r.map { (e, $0) }
                }
                // "usually … in the second and fourth quarters": every year's
                if habitual(before: i) { return (e, Resolved(type: .set, value: "XXXX-Q\(q)", derivation: "%T: every year")) }
                let said: Unresolved = numbered ? .quarterNumbered(q) : .quarterOfYear(q, years: 0)
                guard var r = year.map({ TimexResolver.quarter($0, q, "(quarter \(q) of \($0))") })
                        ?? dct.flatMap({ TimexResolver.resolve(said, from: .publication($0)) }) else { return nil }
                r.mod = mod
                return (e, r)
            }
        }
        // "the quarter", "the latest quarter", "the year", "the week"
        guard let dct else {
            if ["this", "last", "next", "that"].contains(det), Lexicon.units[w(k + 1)] != nil { return (k + 2, Resolved(type: .date, value: "XXXX", derivation: "%T: no publication date")) }
            return nil
        }
        // "This quarter's loss" after a reported quarter: that quarter
        if det == "this", w(k + 1) == "quarter", w(k + 2) == "'" || w(k + 2) == "’", w(k + 3) == "s", let f = quarterInFocus(i) {
            guard var r = TimexResolver.resolve(.reportedQuarter(inFocus: f, years: 0), from: .publication(dct), "(the quarter reported on)") else { return nil }
            r.fromFocus = true
            return (k + 2, r)
        }
        if (lead || det == "that") && (det == "quarter" || (det == "latest" && w(k + 1) == "quarter") || (det == "that" && w(k + 1) == "quarter")) {
            let e = det == "quarter" ? k + 1 : k + 2
            // "the quarter ended Sept. 30": the calendar quarter holding its last month, which then is in focus.day
            if isWord(e, ["ended", "ending"]), let m = monthAt(e + 1, strict: false) ?? Lexicon.months[w(e + 1)] {
                return TimexResolver.resolve(.quarterEnding(month: m), from: .publication(dct), "(the quarter ending in month \(m) before \(dct.readable))").map { (e, $0) }
            }
            // "quarter-to-quarter": a comparison, no quarter
            if w(e) == "-" { return nil }
            // "the quarter a year ago": the same quarter of the year before
            let yearAgo = w(e) == "a" && w(e + 1) == "year" && isWord(e + 2, ["ago", "earlier"])
            let years = yearAgo ? -1 : 0
            let said = det == "latest" ? latestQuarter(i, years: years) : reportedQuarter(i, years: years)
            let how = yearAgo ? "(the quarter in focus, a year earlier)" : "(the quarter in focus, or the last before \(dct.readable))"
            guard var r = TimexResolver.resolve(said, from: .publication(dct), how) else { return nil }
            r.fromFocus = yearAgo || quarterInFocus(i) != nil
            return (yearAgo ? e + 3 : e, r)
        }
        // "$33 million last year", "last year's quarter" while a quarter is in focus.day: the same quarter a year before
        if det == "last", w(k + 1) == "year", let f = quarterInFocus(i),
           isWord(i - 1, ["million", "billion", "cents", "share", "%", "percent"])
            || (w(k + 2) == "'" && w(k + 3) == "s" && (isWord(k + 4, ["quarter", "period", "results"]) || w(k + 4) == "$" || isNum(k + 4))),
           var r = TimexResolver.resolve(.reportedQuarter(inFocus: f, years: -1), from: .publication(dct), "(the quarter in focus, a year earlier)") {
            r.fromFocus = true
            return (k + 2, r)
        }
        // deictic: this/last/next/coming/past/previous/current + unit/season/weekday
        let deictic = TaggerRun.deictic
        if let off = deictic[det], !(lead && off == 0 && det == "this") {
            let noun = w(k + 1)
            var e = k + 2
            var anchor = TimeAnchor.publication(dct)
            var offset = off
            if off >= 99 {
                // a month, a season or a year back-refers to the last date named at that scale or finer ("since August
                // 2015, after the outbreak of ⟦that summer⟧")
                let wide = noun == "month" || noun == "year" || Lexicon.seasons[noun] != nil
                anchor = .focus((wide ? focus.wide : nil) ?? focus.day ?? dct)
                offset = off == 100 ? 1 : 0
                if off == 99 && det == "that" && lead { return nil }
            } else if lead && (det == "past" || det == "last") {
                // "the past year" = a duration
                if let u = Lexicon.units[noun], !noun.hasSuffix("s") { return (e, Resolved(type: .duration, value: TimexResolver.unitCode(u, 1), derivation: "%T: a length of time")) }
            } else if lead && (det == "next" || det == "previous") {
                anchor = .focus(focus.day ?? dct)
            }
            if let pod = Lexicon.partsOfDay[noun], det == "this" || det == "last" || (lead && (det == "next" || det == "following")) || (det == "that" && !lead)
                || det == "same" {
                // "the next morning", "that night", "the same morning": a part of the day after, or of, the date in focus.day
                let days = det == "last" ? -1 : det == "next" || det == "following" ? 1 : 0
                // "that afternoon" after an event word of its clause is of the day the text gave that event, not of the
                // day named last: "died on Wednesday …, and on Thursday deputies arrested … He was flown to the
                // hospital, where he ⟦died that afternoon⟧" (`clockEventDay`'s reading of a clock time)
                var said = "in \(dctText)"
                if det == "that" || det == "same", !lead, let day = Self.clauseEventDay(self, before: k), day != focus.day {
                    anchor = .focus(day)
                    said = "on the day of the event its clause names, \(day.readable)"
                }
                guard var r = TimexResolver.resolve(.partOfDay(pod, days: days), from: anchor, said) else { return nil }
                // (a step told from the day in focus: the story is narrated in sequence, `FocusTracker.narrated`)
                if anchor.kind == .focus, lead, det == "next" || det == "following" { r.fromFocus = true }
                return (e, r)
            }
            if let season = Lexicon.seasons[noun] {
                // "this past summer": the latest season already over; "the coming winter": the first still to begin
                // ("last spring" stays the spring of last year, as TimeBank reads it)
                let choice: Unresolved.SeasonChoice = offset == -1 && det == "past" ? .latestOver : offset == 1 && det == "coming" ? .nextToBegin : .years(offset)
                guard var r = TimexResolver.resolve(.season(season, choice), from: anchor, "relative to \(anchor.name)") else { return nil }
                r.mod = mod
                return (e, r)
            }
            if let wd = Lexicon.weekdays[noun], tokens[k + 1].capitalized, noun.count > 3 || w(k + 2) == "." {
                // "the previous Friday", "the following Monday": the nearest such day before or after the date in focus.day
                if lead, det == "previous" || det == "following" || det == "next", let f = focus.day,
                   let r = TimexResolver.resolve(.weekday(wd, direction: det == "previous" ? -1 : 1, strict: true), from: .focus(f), "(relative to the date in focus, \(f.readable))") {
                    return (k + 2, r)
                }
                return matchWeekday(k + 1, wd).map { (m) in (m.0, m.1) }
            }
            if noun == "year", w(k + 2) == "'" || w(k + 2) == "’", w(k + 3) == "s", let q = Lexicon.ordinals[w(k + 4)], q <= 4, w(k + 5) == "quarter", off < 99 {
                return TimexResolver.resolve(.quarterOfYear(q, years: offset), from: anchor, "(quarter \(q) of the year relative to \(anchor.name))").map { (k + 6, $0) }
            }
            if let u = Lexicon.units[noun], !noun.hasSuffix("s") || u == .weekend && false {
                if w(e) == "-" , w(e + 1) == "earlier" || w(e + 1) == "ago" { e += 2 }
                var said = Unresolved.shift(u, offset)
                if u == .day, off == 99, focus.wideGranularity == .month, let m = focus.wide,
                   // (unless the sentence that named the month named a day of another month before it: "reported on
                   // Wednesday that the transformer had failed an inspection in March. NMLP denied the report ⟦the same
                   // day⟧" is Wednesday, a day, not a day of March; after "closed it Thursday night. … were killed, most
                   // recently last October … ⟦that same day⟧" it is a day of October)
                   !(focus.dayNamed && focus.day.map { ($0.year, $0.month) != (m.year, m.month) } ?? false
                     && focus.dayToken >= 0 && focus.dayToken < focus.wideToken
                     && !(focus.dayToken..<focus.wideToken).contains { [".", "?", "!"].contains(w($0)) }) {
                    // "last October … that same day": a day of the month in focus, which one is not said
                    said = .unknownDayOfMonth; anchor = .focus(m)
                }
                // ("that weekend" after a day in focus: the weekend of that day's week, the one holding or following it,
                // whatever the tense: "The next day ships were diverted, and the railway stopped ⟦that weekend⟧")
                if u == .weekend { said = offset == 0 ? .weekend(direction: off >= 99 ? 1 : direction(i)) : .weekendShift(offset) }
                guard var r = TimexResolver.resolve(said, from: anchor) else { return nil }
                r.mod = mod
                if anchor.kind == .focus, lead, u == .day, det == "next" || det == "following" { r.fromFocus = true }
                return (e, r)
            }
            // "last March"
            if let m = Lexicon.months[noun], tokens[k + 1].capitalized {
                let dir = det == "last" || det == "past" ? -1 : det == "next" || det == "coming" ? 1 : 0
                // "last Oct. 23": the day in that month
                var de = e
                if w(de) == "." { de += 1 }
                if isNum(de), tokens[de].digits <= 2,
                   let r = TimexResolver.resolve(.month(m, day: tokens[de].number, direction: dir), from: anchor, "relative to \(anchor.name)") {
                    return (de + 1, r)
                }
                return TimexResolver.resolve(.month(m, day: nil, direction: dir), from: anchor, "relative to \(anchor.name)").map { (e, $0) }
            }
            return nil
        }
        // "the weekend", "over the weekend"
        if lead && det == "weekend" {
            if let r = weekendOfTheStorysWeek(i, published: dct) { return (k + 1, r) }
            let dir = direction(i) > 0 ? 1 : -1
            return TimexResolver.resolve(.weekend(direction: dir), from: .publication(dct),
                                         ": the weekend \(dir < 0 ? "before" : "after") publication (\(dct.readable))").map { (k + 1, $0) }
        }
        // "the day before", "the day after", "the next day" handled above ("next")
        if lead && det == "day", w(k + 1) == "before" || w(k + 1) == "after", !isWord(k + 2, ["the", "a"]) || true {
            let step = w(k + 1) == "before" ? -1 : 1
            if w(k + 2) == "yesterday" || w(k + 2) == "tomorrow" {
                return TimexResolver.resolve(.shift(.day, w(k + 2) == "yesterday" ? -2 : 2), from: .publication(dct), "in \(dctText)").map { (k + 3, $0) }
            }
            // "the day after his death", when the text has dated the death
            if let (_, day) = eventAnchor(k + 2),
               var r = TimexResolver.resolve(.shift(.day, step), from: .event(day), "(the day \(w(k + 1)) the event the text dated \(day.readable))") {
                r.fromEvent = true
                return (k + 2, r)
            }
            // "the day before last Tuesday's hearing", "the day after Christmas": the day next to a named day
            if let (e, r) = match(k + 2), r.type == .date, r.granularity == .day, let day = r.interval?.start,
               let next = TimexResolver.resolve(.shift(.day, step), from: .named(day), "(the day \(w(k + 1)) \(day.readable))") {
                return (e, next)
            }
            // "On September 15 the engineer was flown out. ⟦The day after that⟧, the kidnappers called": "that" standing
            // for what the text told last, the day next to the date in focus
            if w(k + 2) == "that", [",", ".", ";", ":", "—", "–"].contains(w(k + 3)), let f = focus.day,
               var r = TimexResolver.resolve(.shift(.day, step), from: .focus(f), "(the day \(w(k + 1)) the date in focus, \(f.readable))") {
                r.fromFocus = true
                return (k + 3, r)
            }
            // "On November 19, prisoners were exchanged. ⟦The day before⟧, the envoy announced a summit": told bare, set off by
            // punctuation, the day next to the date in focus (as "the next day" is)
            if [",", ".", ";", ":", "—", "–"].contains(w(k + 2)), let f = focus.day,
               var r = TimexResolver.resolve(.shift(.day, step), from: .focus(f), "(the day \(w(k + 1)) the date in focus, \(f.readable))") {
                r.fromFocus = true
                return (k + 2, r)
            }
        }
        if mod != nil, det == "year" && lead, var r = TimexResolver.resolve(.shift(.year, 0), from: .publication(dct), "in \(dctText)") { r.mod = mod; return (k + 1, r) }
        // seasons with year: "summer 1998", "the summer"
        if let season = Lexicon.seasons[det], isNum(k + 1), tokens[k + 1].digits == 4 {
            var r = TimexResolver.season(tokens[k + 1].number, season, "(explicit)"); r.mod = mod; return (k + 2, r)
        }
        // SET: every/each/per unit
        if (first == "every" || first == "each") && mod == nil {
            if let u = Lexicon.units[w(i + 1)] { return (i + 2, Resolved(type: .set, value: TimexResolver.unitCode(u, 1), derivation: "%T: a recurring time")) }
            if let wd = Lexicon.weekdays[w(i + 1)], w(i + 1).count > 3 {
                // "every Tuesday night": the part of the day each week
                if let pod = Lexicon.partsOfDay[w(i + 2)] { return (i + 3, Resolved(type: .set, value: "XXXX-WXX-\(wd)T\(pod)", derivation: "%T: every week")) }
                return (i + 2, Resolved(type: .set, value: "XXXX-WXX-\(wd)", derivation: "%T: every week"))
            }
            // "each July", "every summer": once a year
            if let m = Lexicon.months[w(i + 1)], i + 1 < tokens.count, tokens[i + 1].capitalized, w(i + 1).count > 3 || w(i + 1) == "may" {
                return (i + 2, Resolved(type: .set, value: "XXXX-\(pad(m, 2))", derivation: "%T: every year"))
            }
            if let season = Lexicon.seasons[w(i + 1)] { return (i + 2, Resolved(type: .set, value: "XXXX-\(season)", derivation: "%T: every year")) }
        }
        return nil
    }

    static let deictic: WordTable<Int> = ["this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "that": 99, "same": 99, "following": 100]
}

/// The relative rules of `TimexRules.all`.
enum RelativeRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [lastQuarter, relative]

    /// "during the last quarter, which ended December 30", "sales in the past quarter": the quarter reported on, or the
    /// last one ended before publication ("the last quarter of 1989", "the last quarter century" are other rules').
    static let lastQuarter = TimexRule("the last|past quarter", tier: .relative, .words(["the"]), examples: [
        TimexExample("Apple reported a 78 percent increase in profits during the last quarter, which ended December 30.", "the last quarter", "2007-01-18", "DATE", "2006-Q4"),
        TimexExample("Sales fell 3% in the past quarter, the retailer said.", "the past quarter", "2022-03-28", "DATE", "2021-Q4"),
        TimexExample("Profits rose in the past quarter.", "the past quarter", "2022-07-02", "DATE", "2022-Q2"),
    ]) { run, i in
        guard run.isWord(i + 1, ["last", "past"]), run.w(i + 2) == "quarter", !run.isWord(i + 3, ["of", "-", "century"]),
              let dct = run.dct,
              var r = TimexResolver.resolve(run.latestQuarter(i), from: .publication(dct), "(the quarter in focus, or the last before \(dct.readable))") else { return .pass }
        r.fromFocus = run.quarterInFocus(i) != nil
        return .match(end: i + 3, r)
    }

    static let relative = TimexRule("this|last|next <unit|month|season|weekday>, quarters, period phrases", tier: .relative, .anyWord, examples: examples) { run, i in
        .found(run.matchRelative(i))
    }
}
