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
                var y = dct?.year
                if shared {
                    if w(nounEnd) == "of", isNum(nounEnd + 1), tokens[nounEnd + 1].digits == 4 { y = tokens[nounEnd + 1].number }
                } else
                if w(e) == "of" || w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4 { y = tokens[e + 1].number; e += 2 }
                else if isNum(e), tokens[e].digits == 4 { y = tokens[e].number; e += 1 }
                else if w(e) == "of", w(e + 1) == "fiscal", isNum(e + 2) { y = tokens[e + 2].number; e += 3 }
                else if !isHalf, let before = restated(lead ? k - 1 : k), before.granularity == .quarter, let iv = before.interval { y = iv.start.year }
                else if let dct, !isHalf, q > (dct.month - 1) / 3 + 1 { y = dct.year - 1 }
                guard let y else { return (e, Resolved(type: .date, value: isHalf ? "XXXX-H\(q)" : "XXXX-Q\(q)", granularity: .quarter)) }
                if isHalf {
                    guard q <= 2 else { return nil }
                    let first = Day(year: y, month: q * 6 - 5, day: 1), last = Day(year: y, month: q * 6, day: 30 + (q == 2 ? 1 : 0))
                    return (e, Resolved(type: .date, value: "\(pad(y, 4))-H\(q)", interval: first.flatMap { f in last.map { DayInterval(f, $0) } }, granularity: .half, derivation: "%T"))
                }
                // "usually … in the second and fourth quarters": every year's
                if habitual(before: i) { return (e, Resolved(type: .set, value: "XXXX-Q\(q)", derivation: "%T: every year")) }
                var r = TimexResolver.quarter(y, q, "(quarter \(q) of \(y))"); r.mod = mod
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
            var r = TimexResolver.quarter(f.year, (f.month - 1) / 3 + 1, "(the quarter reported on)"); r.fromFocus = true
            return (k + 2, r)
        }
        if (lead || det == "that") && (det == "quarter" || (det == "latest" && w(k + 1) == "quarter") || (det == "that" && w(k + 1) == "quarter")) {
            let e = det == "quarter" ? k + 1 : k + 2
            // "the quarter ended Sept. 30": the calendar quarter holding its last month, which then is in focus.day
            if isWord(e, ["ended", "ending"]), let m = monthAt(e + 1, strict: false) ?? Lexicon.months[w(e + 1)] {
                let y = m <= dct.month ? dct.year : dct.year - 1
                // the calendar quarter holding most of its three months ("ended July 31": May-July, the second)
                let mid = m == 1 ? 12 : m - 1, my = m == 1 ? y - 1 : y
                var r = TimexResolver.quarter(my, (mid - 1) / 3 + 1, "(the quarter ending in month \(m) before \(dct.readable))")
                if let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)), let first = Day(year: y, month: m, day: 1)?.adding(months: -2) {
                    r.interval = DayInterval(first, last)
                }
                return (e, r)
            }
            // "quarter-to-quarter": a comparison, no quarter
            if w(e) == "-" { return nil }
            guard let d = det == "latest" ? latestQuarter(i) : quarterInFocus(i) ?? dct.adding(months: -3) else { return nil }
            // "the quarter a year ago": the same quarter of the year before
            if w(e) == "a", w(e + 1) == "year", isWord(e + 2, ["ago", "earlier"]), let p = d.adding(months: -12) {
                var r = TimexResolver.quarter(p.year, (p.month - 1) / 3 + 1, "(the quarter in focus, a year earlier)"); r.fromFocus = true
                return (e + 3, r)
            }
            var r = TimexResolver.quarter(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, or the last before \(dct.readable))"); r.fromFocus = quarterInFocus(i) != nil
            return (e, r)
        }
        // "$33 million last year", "last year's quarter" while a quarter is in focus.day: the same quarter a year before
        if det == "last", w(k + 1) == "year", let f = quarterInFocus(i),
           isWord(i - 1, ["million", "billion", "cents", "share", "%", "percent"])
            || (w(k + 2) == "'" && w(k + 3) == "s" && (isWord(k + 4, ["quarter", "period", "results"]) || w(k + 4) == "$" || isNum(k + 4))),
           let d = f.adding(months: -12) {
            var r = TimexResolver.quarter(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, a year earlier)"); r.fromFocus = true
            return (k + 2, r)
        }
        // deictic: this/last/next/coming/past/previous/current + unit/season/weekday
        let deictic = TaggerRun.deictic
        if let off = deictic[det], !(lead && off == 0 && det == "this") {
            let noun = w(k + 1)
            var e = k + 2
            var anchor = dct
            var offset = off
            var anchorName = "publication, \(dct.readable)"
            if off >= 99 {
                // a month or a year back-refers to the last date named at that scale or finer
                let wide = noun == "month" || noun == "year"
                anchor = (wide ? focus.wide : nil) ?? focus.day ?? dct
                anchorName = "the date in focus, \(anchor.readable)"
                offset = off == 100 ? 1 : 0
                if off == 99 && det == "that" && lead { return nil }
            } else if lead && (det == "past" || det == "last") {
                // "the past year" = a duration
                if let u = Lexicon.units[noun], !noun.hasSuffix("s") { return (e, Resolved(type: .duration, value: TimexResolver.unitCode(u, 1), derivation: "%T: a length of time")) }
            } else if lead && (det == "next" || det == "previous") {
                anchor = focus.day ?? dct; anchorName = "the date in focus, \(anchor.readable)"
            }
            if let pod = Lexicon.partsOfDay[noun], det == "this" || det == "last" || (lead && (det == "next" || det == "following")) || (det == "that" && !lead) {
                // "the next morning", "that night": a part of the day after, or of, the date in focus.day
                guard let d = det == "last" ? anchor.adding(days: -1) : (det == "next" || det == "following" ? anchor.adding(days: 1) : anchor) else { return nil }
                return (e, Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay, derivation: "%T in \(dctText)"))
            }
            if let season = Lexicon.seasons[noun] {
                var y = anchor.year + (offset == 99 ? 0 : offset)
                if season == "WI" && anchor.month <= 2 { y -= 1 }
                // "this past summer": the latest season already over; "the coming winter": the first still to begin
                // ("last spring" stays the spring of last year, as TimeBank reads it)
                let (first, last) = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)][season]!
                if offset == -1 && det == "past" { y = last < anchor.month ? anchor.year : anchor.year - 1 }
                if offset == 1 && det == "coming" { y = first > anchor.month ? anchor.year : anchor.year + 1 }
                var r = TimexResolver.season(y, season, "relative to \(anchorName)"); r.mod = mod
                return (e, r)
            }
            if let wd = Lexicon.weekdays[noun], tokens[k + 1].capitalized, noun.count > 3 || w(k + 2) == "." {
                // "the previous Friday", "the following Monday": the nearest such day before or after the date in focus.day
                if lead, det == "previous" || det == "following" || det == "next", let f = focus.day {
                    let off = det == "previous" ? -(((f.weekday - wd + 7) % 7 == 0) ? 7 : (f.weekday - wd + 7) % 7) : (((wd - f.weekday + 7) % 7 == 0) ? 7 : (wd - f.weekday + 7) % 7)
                    if let d = f.adding(days: off) { return (k + 2, TimexResolver.day(d, "(relative to the date in focus, \(f.readable))")) }
                }
                return matchWeekday(k + 1, wd).map { (m) in (m.0, m.1) }
            }
            if noun == "year", w(k + 2) == "'" || w(k + 2) == "’", w(k + 3) == "s", let q = Lexicon.ordinals[w(k + 4)], q <= 4, w(k + 5) == "quarter", off < 99 {
                return (k + 6, TimexResolver.quarter(anchor.year + offset, q, "(quarter \(q) of the year relative to \(anchorName))"))
            }
            if let u = Lexicon.units[noun], !noun.hasSuffix("s") || u == .weekend && false {
                if w(e) == "-" , w(e + 1) == "earlier" || w(e + 1) == "ago" { e += 2 }
                var r: Resolved?
                switch u {
                case .day where off == 99 && focus.wideGranularity == .month && focus.wide != nil:
                    // "last October … that same day": a day of the month in focus.day, which one is not said
                    let m = focus.wide!
                    r = Resolved(type: .date, value: "\(pad(m.year, 4))-\(pad(m.month, 2))-XX", granularity: .day, derivation: "")
                case .day: r = anchor.adding(days: offset).map { TimexResolver.day($0, "") }
                case .week: r = anchor.adding(days: 7 * offset).map { TimexResolver.week($0, "") }
                case .weekend:
                    var d: Day? = anchor
                    if offset == 0 || offset == 99 {
                        let dir = direction(i)
                        d = anchor.weekday >= 6 ? anchor : (dir < 0 ? anchor.adding(days: -(anchor.weekday + 1)) : anchor.adding(days: 6 - anchor.weekday))
                    } else { d = anchor.adding(days: 7 * offset) }
                    r = d.map { TimexResolver.week($0, "", weekend: true) }
                default: r = TimexResolver.shift(anchor, u, offset)
                }
                guard var rr = r else { return nil }
                rr.mod = mod
                rr.derivation = "%T: relative to \(anchorName)"
                return (e, rr)
            }
            // "last March"
            if let m = Lexicon.months[noun], tokens[k + 1].capitalized {
                var y = anchor.year
                if det == "last" || det == "past" { y = m >= anchor.month - 1 ? y - 1 : y }
                if det == "next" || det == "coming" { y = m <= anchor.month ? y + 1 : y }
                // "last Oct. 23": the day in that month
                var de = e
                if w(de) == "." { de += 1 }
                if isNum(de), tokens[de].digits <= 2, let day = Day(year: y, month: m, day: tokens[de].number) {
                    return (de + 1, TimexResolver.day(day, "relative to \(anchorName)"))
                }
                return (e, TimexResolver.month(y, m, "relative to \(anchorName)"))
            }
            return nil
        }
        // "the weekend", "over the weekend"
        if lead && det == "weekend" {
            let dir = direction(i) > 0 ? 1 : -1
            guard let d = dct.weekday >= 6 ? dct : (dir < 0 ? dct.adding(days: -(dct.weekday + 1)) : dct.adding(days: 6 - dct.weekday)) else { return nil }
            var r = TimexResolver.week(d, "", weekend: true)
            r.derivation = "%T: the weekend \(dir < 0 ? "before" : "after") publication (\(dct.readable))"
            return (k + 1, r)
        }
        // "the day before", "the day after", "the next day" handled above ("next")
        if lead && det == "day", w(k + 1) == "before" || w(k + 1) == "after", !isWord(k + 2, ["the", "a"]) || true {
            if w(k + 2) == "yesterday" || w(k + 2) == "tomorrow" {
                guard let d = dct.adding(days: w(k + 2) == "yesterday" ? -2 : 2) else { return nil }
                return (k + 3, TimexResolver.day(d, "in \(dctText)"))
            }
            // "the day after his death", when the text has dated the death
            if let (_, day) = eventAnchor(k + 2), let d = day.adding(days: w(k + 1) == "before" ? -1 : 1) {
                var r = TimexResolver.day(d, "(the day \(w(k + 1)) the event the text dated \(day.readable))"); r.fromEvent = true
                return (k + 2, r)
            }
            // "the day before last Tuesday's hearing", "the day after Christmas": the day next to a named day
            if let (e, r) = match(k + 2), r.type == .date, r.granularity == .day, let day = r.interval?.start,
               let d = day.adding(days: w(k + 1) == "before" ? -1 : 1) {
                return (e, TimexResolver.day(d, "(the day \(w(k + 1)) \(day.readable))"))
            }
        }
        if mod != nil, det == "year" && lead { var r = TimexResolver.year(dct.year, "in \(dctText)"); r.mod = mod; return (k + 1, r) }
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
              let dct = run.dct, let d = run.latestQuarter(i) else { return .pass }
        var r = TimexResolver.quarter(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, or the last before \(dct.readable))")
        r.fromFocus = run.quarterInFocus(i) != nil
        return .match(end: i + 3, r)
    }

    static let relative = TimexRule("this|last|next <unit|month|season|weekday>, quarters, period phrases", tier: .relative, .anyWord, examples: examples) { run, i in
        .found(run.matchRelative(i))
    }
}
