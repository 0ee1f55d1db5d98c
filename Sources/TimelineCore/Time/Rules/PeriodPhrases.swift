/// Period phrases of news and business reporting: "the year-ago quarter", "the latest period", "in recent years",
/// "the weeks ahead", "these days", "the nineties", "the 20th century", "the week of March 6", seasons.
extension TaggerRun {
    /// "the corresponding period last year", "the same quarter a year earlier", "the comparable period of 1988": the
    /// quarter in focus.day (else the last one ended) in that earlier year.
    func matchCorrespondingPeriod(_ i: Int) -> (Int, Resolved)? {
        guard w(i) == "the", isWord(i + 1, ["corresponding", "same", "comparable", "like"]), isWord(i + 2, ["period", "quarter"]), let dct else { return nil }
        var e = i + 3
        if isWord(e, ["of", "in"]) { e += 1 }
        var year: Int?
        if w(e) == "last", w(e + 1) == "year" { e += 2 }
        else if isWord(e, ["a", "one"]), w(e + 1) == "year", isWord(e + 2, ["ago", "earlier", "before"]) { e += 3 }
        else if w(e) == "the", isWord(e + 1, ["previous", "prior"]), w(e + 2) == "year" { e += 3 }
        else if isNum(e), tokens[e].digits == 4 { year = tokens[e].number; e += 1 }
        else { return nil }
        guard let f = quarterInFocus(i) else {
            let r = year.map { TimexResolver.year($0, "(the year before publication, \(dct.readable))") }
                ?? TimexResolver.resolve(.shift(.year, -1), from: .publication(dct), "(the year before publication, \(dct.readable))")
            return r.map { (e, $0) }
        }
        let said: Unresolved = year.map { .reportedQuarterIn(year: $0, inFocus: f) } ?? .reportedQuarter(inFocus: f, years: -1)
        guard var r = TimexResolver.resolve(said, from: .publication(dct), "(the quarter in focus, in \(year.map(String.init) ?? "the year before"))") else { return nil }
        r.fromFocus = true
        return (e, r)
    }

    /// A part of the day of the date in focus ("in the morning"); its day unknown without one.
    func partOfDayInFocus(_ pod: String) -> Resolved {
        (focus.day ?? dct).flatMap { TimexResolver.resolve(.partOfDay(pod, days: 0), from: .focus($0), "of the date in focus") }
            ?? Resolved(type: .time, value: "XXXX-XX-XXT" + pod, granularity: .partOfDay, derivation: "%T of the date in focus")
    }

    /// Business-news and vague period phrases: "year-earlier", "the year-ago quarter", "the latest period", "the year",
    /// "in recent years", "for weeks", "over the years", "the nineties", "the 1990s", "this century".
    func matchPeriodPhrase(_ i: Int) -> (Int, Resolved)? {
        if let r = matchCorrespondingPeriod(i) { return r }
        var k = i
        let lead = w(k) == "the"
        if lead { k += 1 }
        if w(k) == "full" || w(k) == "current" || w(k) == "fiscal" || w(k) == "comparable" { if lead { k += 1 } }
        if w(k) == "fiscal" { k += 1 }
        let t = w(k)
        // "in the morning", "during the evening": that part of the day in focus.day
        if lead, let pod = Lexicon.partsOfDay[t], t != "overnight", isWord(i - 1, ["in", "during", "by", "until", "through"]), !isWord(k + 1, ["of", "after", "before", "-"]) {
            return (k + 1, partOfDayInFocus(pod))
        }
        // "mid-afternoon", "mid morning"
        if !lead, t == "mid", let pod = Lexicon.partsOfDay[w(k + 1) == "-" ? w(k + 2) : w(k + 1)], pod == "MO" || pod == "AF" {
            let e = k + (w(k + 1) == "-" ? 3 : 2)
            // "mid-afternoon yesterday": the day named next to it
            if case .day(let off)? = TimeTables.fixedWords[w(e)], let dct,
               let r = TimexResolver.resolve(.partOfDay(pod, days: off), from: .publication(dct), "in \(dctText)") {
                return (e + 1, r)
            }
            return (e, partOfDayInFocus(pod))
        }
        // "these days": the present; "at a later date": the future; "for a while": an unknown length
        if !lead, t == "these", w(k + 1) == "days" { return (k + 2, Resolved(type: .date, value: "PRESENT_REF", derivation: "%T: the present")) }
        if !lead, t == "a", w(k + 1) == "later", w(k + 2) == "date" { return (k + 3, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future")) }
        if !lead, t == "a", w(k + 1) == "while", isWord(i - 1, ["for", "in", "after"]) { return (k + 2, Resolved(type: .duration, value: "PXX", derivation: "%T: an unspecified length of time")) }
        // "the 1988 quarter", "the 1989 period", "the 1988 third quarter": a reporting quarter of that year
        if lead, isNum(k), tokens[k].digits == 4, (1800...2200).contains(tokens[k].number) {
            let y = tokens[k].number
            if let q = Lexicon.ordinals[w(k + 1)], q <= 4, w(k + 2) == "quarter" {
                return (k + 3, TimexResolver.quarter(y, q, "(quarter \(q) of \(y))"))
            }
            if w(k + 1) == "quarter" || w(k + 1) == "period", let dct {
                // "the 1988 period" after "the first nine months": the year itself
                if w(k + 1) == "period", quarterInFocus(i) == nil { return (k + 2, TimexResolver.year(y, "(the period of \(y))")) }
                guard var r = TimexResolver.resolve(.reportedQuarterIn(year: y, inFocus: quarterInFocus(i)), from: .publication(dct), "(the quarter in focus, in \(y))") else { return nil }
                r.fromFocus = true
                return (k + 2, r)
            }
        }
        // year-earlier / year-ago [quarter|period]
        if t == "year", w(k + 1) == "-", w(k + 2) == "earlier" || w(k + 2) == "ago", let dct {
            var e = k + 3
            if w(e) == "quarter" || w(e) == "period" || quarterInFocus(i) != nil {
                if w(e) == "quarter" || w(e) == "period" { e += 1 }
                guard var r = TimexResolver.resolve(reportedQuarter(i, years: -1), from: .publication(dct), "(the same quarter a year earlier)") else { return nil }
                r.fromFocus = true
                return (e, r)
            }
            guard lead || true else { return nil }
            return TimexResolver.resolve(.shift(.year, -1), from: .publication(dct), "(a year before \(dct.readable))").map { (e, $0) }
        }
        // the latest period / the latest quarter
        if lead, t == "latest" || t == "period", let dct {
            var e = k + (t == "latest" ? 1 : 0)
            if w(e) == "period" || w(e) == "quarter" {
                e += 1
                guard var r = TimexResolver.resolve(latestQuarter(i), from: .publication(dct), "(the quarter in focus, or the last before \(dct.readable))") else { return nil }
                r.fromFocus = quarterInFocus(i) != nil
                return (e, r)
            }
        }
        // the year (in financial reporting: the current year)
        // "the year two thousand", "the year two thousand and five"
        if lead, t == "year", w(k + 1) == "two", w(k + 2) == "thousand" {
            var y = 2000, e = k + 3
            var u = e
            if w(u) == "and" { u += 1 }
            if let n = Lexicon.numbers[w(u)], n >= 1, n < 100, w(u) != "a", w(u) != "an" { y += n; e = u + 1 }
            return (e, TimexResolver.year(y, "(a year in words)"))
        }
        if lead, t == "year", let dct, !isWord(k + 1, ["-", "ago", "before", "after", "earlier", "later", "s", "of", "when", "in"]) || (w(k + 1) == "of" && k + 2 < tokens.count && tokens[k + 2].kind != .word), !isNum(k + 1) {
            // "for the year ended March 31": a twelve-month reporting period
            if isWord(k + 1, ["ended", "ending"]), w(k - 1) != "current", w(i + 1) != "current" {
                return (k + 1, Resolved(type: .duration, value: "P1Y", derivation: "%T: a twelve-month reporting period"))
            }
            if w(k - 1) == "full" || w(k - 1) == "current" || w(i + 1) == "current" || isWord(i - 1, ["of", "for", "in", "during"]) {
                return TimexResolver.resolve(.shift(.year, 0), from: .publication(dct), "(the year of publication, \(dct.readable))").map { (k + 1, $0) }
            }
            return (k + 1, Resolved(type: .duration, value: "P1Y", derivation: "%T: TimeBank reads it as a length of time"))
        }
        // "in past years", "in past decades": the past at large
        if !lead, t == "past", isWord(k + 1, ["years", "decades", "centuries"]), isWord(i - 1, ["in", "of", "over"]) {
            return (k + 2, Resolved(type: .date, value: "PAST_REF", derivation: "%T: a vague reference to the past"))
        }
        // "Oct. 12, the day before the plunge": the day restated
        if lead, t == "day", isWord(k + 1, ["before", "after", "of", "when"]), let before = restated(i), before.granularity == .day, let iv = before.interval {
            return (k + 1, TimexResolver.day(iv.start, "(the date it restates, \(iv.start.readable))"))
        }
        // "in the first hours of the ground war", "the early years": an unspecified stretch at the start or the end of
        // something ("the early hours of Thursday morning" leaves the day to its own rule)
        if lead, isWord(k, ["first", "early", "last", "final", "closing", "opening"]), let u = Lexicon.units[w(k + 1)], w(k + 1).hasSuffix("s"),
           isWord(k + 2, ["of", "after"]) || isClauseEnd(k + 2) || w(k + 2) == ",",
           !(w(k + 2) == "of" && (match(k + 3)?.1.interval != nil)) {
            return (k + 2, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // "the weeks ahead", "in the months ahead": an unspecified stretch of the future
        if lead, let u = Lexicon.units[t], t.hasSuffix("s"), w(k + 1) == "ahead" {
            return (k + 2, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // "it was a great day for Poland", "today is a sad day for": the day in focus.day, judged
        if !lead, t == "a", TaggerRun.judgedDays.contains(w(k + 1)), w(k + 2) == "day", isWord(k + 3, ["for", "in"]), let d = focus.day ?? dct {
            return (k + 3, TimexResolver.day(d, "(the day in focus, \(d.readable))"))
        }
        // "a fairly lengthy period", "a long period of time": an unspecified length
        if !lead, t == "a" {
            var e = k + 1
            if w(e).hasSuffix("ly") { e += 1 }
            if isWord(e, ["long", "lengthy", "short", "brief", "prolonged", "extended"]), w(e + 1) == "period" {
                e += 2
                if w(e) == "of", w(e + 1) == "time" { e += 2 }
                return (e, Resolved(type: .duration, value: "PXX", derivation: "%T: an unspecified length of time"))
            }
        }
        // "today is the eighth day of the blockade", "it's the second day of an offensive": the day of the sentence
        if lead, Lexicon.ordinals[t] != nil, w(k + 1) == "day", w(k + 2) == "of", let dct,
           (w(i - 1) == "is" && isWord(i - 2, ["today", "it", "this"])) || (w(i - 1) == "s" && isWord(i - 2, ["'", "’"]) && isWord(i - 3, ["it", "that", "today"])) {
            return (k + 2, TimexResolver.day(dct, "(the day of publication: 'today is the …')"))
        }
        // "months of talks", "after years of war": an unspecified length
        if !lead, let u = Lexicon.units[t], t.hasSuffix("s"), u != .minute, w(k + 1) == "of", i > 0, tokens[i - 1].kind == .word,
           !isWord(i - 1, ["the", "those", "these", "several", "many", "few", "some", "of", "all", "two", "three", "first", "last", "recent", "past", "coming", "next", "following", "early", "late", "small", "wee"]),
           Lexicon.numbers[w(i - 1)] == nil {
            return (k + 1, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // in recent years / for weeks / within days / over the years
        if (t == "recent" || t == "coming") && !lead, let u = Lexicon.units[w(k + 1)], w(k + 1).hasSuffix("s") {
            return (k + 2, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        if !lead, let u = Lexicon.units[t], t.hasSuffix("s"), isWord(i - 1, ["for", "within", "in"]), tokens[k].kind == .word, !isWord(k + 1, ["-", "'"]) {
            return (k + 1, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        if lead, t == "years", isWord(i - 1, ["over", "through", "in"]) {
            return (k + 1, Resolved(type: .duration, value: "PXY", derivation: "%T: an unspecified length of time"))
        }
        // "the winter of 1994", "the summer of nineteen ninety-eight": that season of that year
        if lead, let season = Lexicon.seasons[t], w(k + 1) == "of" {
            if isNum(k + 2), tokens[k + 2].digits == 4 { return (k + 3, TimexResolver.season(tokens[k + 2].number, season, "(explicit season)")) }
            if let (e, r) = matchPeriodPhrase(k + 2), r.granularity == .year, let iv = r.interval { return (e, TimexResolver.season(iv.start.year, season, "(explicit season)")) }
        }
        // seasons: "the summer", "summer" after a preposition, with the DCT's year
        if let season = Lexicon.seasons[t], t != "fall" || lead, lead || isWord(i - 1, ["in", "during", "this", "over", "through", "until", "by"]), !isNum(k + 1), w(k + 1) != "of", let dct {
            return TimexResolver.resolve(.season(season, .years(0)), from: .publication(dct), "(the season nearest publication, \(dct.readable))").map { (k + 1, $0) }
        }
        if lead, (t == "early" || t == "late"), let season = Lexicon.seasons[w(k + 1)], let dct {
            guard var r = TimexResolver.resolve(.season(season, .sameYear), from: .publication(dct), "(the season nearest publication)") else { return nil }
            r.mod = t == "early" ? "START" : "END"
            return (k + 2, r)
        }
        // year-end, year end, year's end
        if t == "year", let dct, (w(k + 1) == "-" && w(k + 2) == "end") || w(k + 1) == "end" || (w(k + 1) == "'" && w(k + 2) == "s" && w(k + 3) == "end") {
            let e = w(k + 1) == "end" ? k + 2 : (w(k + 1) == "-" ? k + 3 : k + 4)
            // "year end", "the year's end": the end of the year
            if w(k + 1) != "-", var r = TimexResolver.resolve(.shift(.year, 0), from: .publication(dct), "(the end of the year of publication)") { r.mod = "END"; return (e, r) }
            // "year-end": the closing day of the books, this year's or the last one passed after "since" or in a past clause
            let past = isWord(i - 1, ["since"]) || (lead && isWord(i - 2, ["since"])) || direction(i) < 0
            return TimexResolver.resolve(.yearEnd(past: past), from: .publication(dct), "(the end of the year)").map { (e, $0) }
        }
        // "the week of March 6": the week that holds the day
        if lead, t == "week", w(k + 1) == "of", let (e, r) = match(k + 2), r.type == .date, r.granularity == .day, let day = r.interval?.start {
            return (e, TimexResolver.week(day, "(the week of \(day.readable))"))
        }
        // the week (of publication)
        if lead, t == "week", let dct, !isWord(k + 1, ["of", "before", "after", "ending", "ended", "-", "earlier", "later"]) {
            return (k + 1, TimexResolver.week(dct, "(the week of publication)"))
        }
        // the near future, the near term, the short term, future (adjective)
        if lead, t == "near" || t == "short", w(k + 1) == "future" || w(k + 1) == "term" {
            return (k + 2, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future"))
        }
        // spelled-out years in transcripts: "nineteen ninety-six"
        if !lead, t == "nineteen" || t == "eighteen", let tens = Lexicon.numbers[w(k + 1)], tens >= 20, tens % 10 == 0, tens < 100 {
            var y = (t == "nineteen" ? 1900 : 1800) + tens
            var e = k + 2
            var u = e
            if w(u) == "-" { u += 1 }
            if let one = Lexicon.numbers[w(u)], one >= 1, one <= 9, w(u) != "a", w(u) != "an" { y += one; e = u + 1 }
            return (e, TimexResolver.year(y, "(a year in words)"))
        }
        // decades in words
        if lead, let dw = Lexicon.decadeWords[t] {
            return (k + 1, dct.flatMap { TimexResolver.resolve(.decadeOfCentury(dw), from: .publication($0), ": a decade") }
                    ?? Resolved(type: .date, value: "19\(dw)", granularity: .decade, derivation: "%T: a decade"))
        }
        // [the] [early|mid|late] 1990s / '90s
        var mk = k
        var mod: String?
        if let pm = Lexicon.positionMods[w(mk)], w(mk) != "earlier", w(mk) != "later", w(mk) != "end" { mod = pm; mk += 1; if w(mk) == "-" { mk += 1 } }
        if isNum(mk), tokens[mk].digits == 4, tokens[mk].number % 10 == 0, w(mk + 1) == "s", !tokens[mk + 1].spaceBefore {
            let y = tokens[mk].number
            return (mk + 2, TimexResolver.decade(y, mod: mod))
        }
        if w(mk) == "'" || w(mk) == "’", isNum(mk + 1), tokens[mk + 1].digits == 2, tokens[mk + 1].number % 10 == 0, w(mk + 2) == "s" {
            let y = 1900 + tokens[mk + 1].number
            return (mk + 3, Resolved(type: .date, value: String(y / 10), mod: mod, granularity: .decade, derivation: "%T: a decade"))
        }
        // "the 20th century", "the nineteenth century"
        if lead, w(k + 1) == "century", let n = (isNum(k) && tokens[k].digits <= 2 ? tokens[k].number : nil) ?? Lexicon.centuryOrdinals[t], n >= 1, n <= 30 {
            var e = k + 2
            if isNum(k), Lexicon.ordinalSuffixes.contains(w(k + 1)) { e += 1 }
            return (e, TimexResolver.century(ordinal: n))
        }
        if lead, isNum(k), tokens[k].digits <= 2, Lexicon.ordinalSuffixes.contains(w(k + 1)), w(k + 2) == "century" {
            return (k + 3, TimexResolver.century(ordinal: tokens[k].number))
        }
        // this/the current/last/next century
        if t == "this" && w(k + 1) == "century" { return (k + 2, Resolved(type: .duration, value: "P100Y", derivation: "%T: TimeBank reads it as a length of time")) }
        if (t == "last" || t == "next") && w(k + 1) == "century", let dct {
            return TimexResolver.resolve(.century(t == "last" ? -1 : 1), from: .publication(dct)).map { (k + 2, $0) }
        }
        return nil
    }

    /// Adjectives that judge a day ("a historic day for …").
    static let judgedDays: WordSet = ["great", "historic", "historical", "sad", "dark", "proud", "big", "important", "special",
                                      "tragic", "black", "momentous", "good", "bad", "terrible", "memorable", "happy", "glorious"]
}
