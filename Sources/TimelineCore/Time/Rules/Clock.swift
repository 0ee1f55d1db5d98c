/// Clock times: "3 p.m.", "15:30", "10 a.m. on March 3", "noon Tuesday", "at 4 in the morning".
extension TaggerRun {
    func matchClock(_ i: Int) -> (Int, Resolved)? {
        let t = tokens[i]
        if t.kind == .word {
            // noon / midnight [Weekday]
            // "high noon", "the film High Noon": an idiom, no clock time
            if texts[i] == "noon", w(i - 1) == "high" { return nil }
            let h = texts[i] == "midnight" ? 24 : 12
            let clock = "T\(h)" + (h == 12 ? ":00" : "")
            if let wd = Lexicon.weekdays[w(i + 1)], tokens[i + 1].capitalized, let (e, r) = matchWeekday(i + 1, wd, start: i), let iv = r.interval {
                return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
            }
            // "midnight on Friday", "noon on March 3": the day that follows, as after a clock time
            if w(i + 1) == "on", let (e, r) = match(i + 2), r.type == .date, r.granularity == .day, let iv = r.interval {
                return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
            }
            guard let dct else { return nil }
            // (with no day of its own, as a clock time: on the date in focus, "Screens froze at about 11 p.m. on
            // Saturday. By ⟦midnight⟧ we were writing by hand")
            let day = focus.day(ofClock: h * 60, latest: dct) ?? dct
            return (i + 1, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time,
                                    derivation: focus.day == nil ? "%T on the day of publication" : "%T on the date in focus, \(day.readable)"))
        }
        guard t.digits <= 2, t.number <= 24 else { return nil }
        var h = t.number, mi = 0
        var k = i + 1
        var explicitMinutes = false
        if w(k) == ":" || (w(k) == "." && isNum(k + 1) && tokens[k + 1].digits == 2 && !tokens[k].spaceBefore), isNum(k + 1), tokens[k + 1].digits == 2, tokens[k + 1].number < 60 {
            mi = tokens[k + 1].number; k += 2; explicitMinutes = true
        }
        var meridian = false
        if w(k) == "a" || w(k) == "p", w(k + 1) == ".", w(k + 2) == "m" {
            meridian = true
            if w(k) == "p" && h < 12 { h += 12 }
            if w(k) == "a" && h == 12 { h = 0 }
            k += 3
            if w(k) == "." { k += 1 }
        } else if w(k) == "am" || w(k) == "pm" {
            meridian = true
            if w(k) == "pm" && h < 12 { h += 12 }
            if w(k) == "am" && h == 12 { h = 0 }
            k += 1
        } else if w(k) == "o", w(k + 1) == "'", w(k + 2) == "clock" {
            meridian = true; k += 3
        } else if !explicitMinutes, h >= 1, h <= 12, w(k) == "in", w(k + 1) == "the", isWord(k + 2, ["morning", "afternoon", "evening", "night"]),
                  isWord(i - 1, ["at", "until", "till", "by", "before", "after", "around", "about", "from", "to"]) {
            // "at 4 in the morning", "at 2 in the afternoon"
            meridian = true
            if w(k + 2) == "morning" { if h == 12 { h = 0 } } else if h < 12 && !(w(k + 2) == "night" && h < 5) { h += 12 }
            k += 3
        }
        guard meridian || (explicitMinutes && w(i + 1) == ":") else { return nil }
        // "The next afternoon, at ⟦4:52⟧": a time with no a.m. or p.m. right after an afternoon or an evening is of it
        if !meridian, h >= 1, h < 12, let last = focus.lastEmitted, last.end >= i - 3,
           last.r.value.hasSuffix("TAF") || last.r.value.hasSuffix("TEV") { h += 12 }
        // "The resignation came at ⟦4:30⟧ that afternoon", "at 6:15 the same evening", "at 3:40 Tuesday afternoon": so is
        // one right before an afternoon or an evening named after it (it had been read as 4:30 in the morning)
        if !meridian, h >= 1, h < 12 {
            let j = w(k) == "the" && w(k + 1) == "same" ? k + 2
                : isWord(k, ["that", "this", "yesterday", "tomorrow"]) || (Lexicon.weekdays[w(k)] != nil && tokens[k].capitalized) ? k + 1 : -1
            if j > 0, isWord(j, ["afternoon", "evening"]) { h += 12 }
        }
        if ["est", "edt", "gmt", "utc", "pst", "pdt", "cet", "bst"].contains(w(k)) { k += 1 }
        // "10:48 a.m. local time on March 10", "6 a.m. local time today", "7 p.m. local time Tuesday": the day after the
        // clock's "local time" is its day; so is the day after a zone named in words, "9:30 p.m. ⟦Eastern Time⟧ on
        // October 6", "02:10 ⟦Greenwich Mean Time⟧ on Tuesday"
        let zone = w(k) == "local" ? 1 : Self.zoneNames.contains(w(k)) && tokens[k].capitalized
            ? (w(k + 1) == "time" ? 1 : ["standard", "daylight", "summer", "mean"].contains(w(k + 1)) && w(k + 2) == "time" ? 2 : 0) : 0
        if zone > 0, w(k + zone) == "time", k + zone + 1 < tokens.count,
           w(k + zone + 1) == "on" || TimeTables.fixedWords[w(k + zone + 1)] != nil || Lexicon.weekdays[w(k + zone + 1)] != nil && tokens[k + zone + 1].capitalized {
            k += zone + 1
        }
        let ko = k
        // "at 10:48 on the morning of Tuesday, March 10": the day whose part of the day follows (an afternoon's or an
        // evening's hour with no a.m. or p.m. is after noon)
        if w(ko) == "on", w(ko + 1) == "the", let part = Self.partsOfTheDay[w(ko + 2)], w(ko + 3) == "of",
           let (e, r) = match(ko + 4), r.type == .date, r.granularity == .day, let iv = r.interval {
            let hh = !meridian && h >= 1 && h < 12 && part != "MO" && !(part == "NI" && h < 5) ? h + 12 : h
            return (e, Resolved(type: .time, value: iv.start.iso + "T\(pad(hh, 2)):\(pad(mi, 2))", interval: iv, granularity: .time, derivation: r.derivation))
        }
        let clock = "T\(pad(h, 2)):\(pad(mi, 2))"
        // "8 p.m. on Saturday", "10 a.m. on March 3": the day that follows
        // (a day named with its weekday stays so: "at about 6 p.m. on ⟦Friday, April 17⟧", `Resolved.withItsWeekday`)
        if w(ko) == "on", let (e, r) = match(ko + 1), r.type == .date, r.granularity == .day, let iv = r.interval {
            var t = Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation)
            t.withItsWeekday = r.withItsWeekday
            return (e, t)
        }
        // "at about 2:30 the next morning", "at 9 p.m. the following day", "at 11 p.m. the previous night": the day told
        // from the date in focus right after the clock time is its day (it had been read on the date in focus, the
        // day before); an afternoon's or an evening's hour with no a.m. or p.m. is after noon ("at 7:15 the next evening")
        if w(ko) == "the", isWord(ko + 1, ["next", "following", "previous"]), let (e, r) = match(ko),
           r.type == .time || r.type == .date, r.granularity == .day || r.granularity == .partOfDay, let iv = r.interval, iv.dayCount == 1 {
            let part = String(r.value.suffix(2))
            let hh = !meridian && h >= 1 && h < 12 && (part == "AF" || part == "EV") ? h + 12 : h
            return (e, Resolved(type: .time, value: iv.start.iso + "T\(pad(hh, 2)):\(pad(mi, 2))", interval: iv, granularity: .time,
                                derivation: r.derivation))
        }
        if let wd = Lexicon.weekdays[w(k)], tokens[k].capitalized, let (e, r) = matchWeekday(k, wd, start: i), let iv = r.interval {
            var t = Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation)
            t.withItsWeekday = r.withItsWeekday
            return (e, t)
        }
        let kd = w(k) == "," ? k + 1 : k
        if let m = monthAt(kd, strict: false), let (e, r) = matchMonthFirst(kd, m), r.granularity == .day, let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        if let f = TimeTables.fixedWords[w(k)], case .day = f, let (e, r) = matchFixed(k, f), let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        guard let dct else { return (k, Resolved(type: .time, value: "XXXX-XX-XX" + clock, granularity: .time)) }
        // "9:40 a.m. The fire chief says the fire is out": a clock time opening a line is a live blog's stamp on its
        // entry, of the day heading the entries (else of publication), not of the day the entry before it spoke of
        if opensLine(i) {
            let day = focus.heading ?? dct
            return (k, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time,
                                derivation: "%T, \(FocusTracker.entryTime), " + (focus.heading == nil ? "on the day of publication" : "on the day heading it, \(day.readable)")))
        }
        if let day = clockEventDay(from: i, after: k) {
            return (k, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time, derivation: "%T on the day of the event its clause names, \(day.readable)", fromEvent: true))
        }
        let day = focus.day(ofClock: h * 60 + mi, latest: dct) ?? dct
        let after = day != (focus.day ?? dct)
        return (k, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time,
                            derivation: after ? "%T \(FocusTracker.pastMidnight): \(day.readable)" : "%T on the date in focus, \(day.readable)"))
    }

    /// The names of the time zones told in words before "time": "Eastern Time", "Mountain Standard Time", "British
    /// Summer Time".
    static let zoneNames: Set<String> = ["eastern", "central", "mountain", "pacific", "atlantic", "alaska", "hawaii", "british",
                                         "greenwich", "moscow", "india", "japan", "china"]

    /// Reads a quantity at i: digits, number words ("twenty four", "twenty-four"), vague words. Returns (next index, value or nil for X).
    /// The day of a clock time with no date of its own, from its clause: "at 6 a.m. ten days before the murder" (the
    /// shifted day), "was shot to death at 10 p.m." (the day the text gave the shooting). Nil when the clause has a
    /// date before the clock time or names no dated event.
    func clockEventDay(from i: Int, after k: Int) -> Day? {
        var j = k, words = 0
        while j < tokens.count, words < 12, !isClauseEnd(j) {
            if let (e, n) = quantity(j), let nn = n, let u = Lexicon.units[w(e)], u != .minute, u != .hour, isWord(e + 1, ["before", "after"]),
               let (_, day) = eventAnchor(e + 2) {
                guard let iv = TimexResolver.shift(day, u, w(e + 1) == "before" ? -nn : nn)?.interval, iv.dayCount == 1 else { return nil }
                return iv.start
            }
            if tokens[j].kind == .word { words += 1 }
            j += 1
        }
        // an event word earlier in the clause, with no date between it and the clock time
        return Self.clauseEventDay(self, before: i)
    }

    /// The day the text gave an event whose word comes earlier in the clause before token `i`, with no date between:
    /// "was shot to death ⟦at 10 p.m.⟧", "where he died ⟦that afternoon⟧".
    static func clauseEventDay(_ run: TaggerRun, before i: Int) -> Day? {
        var b = i - 1, back = 0
        while b >= 0, back < 12, !run.isClauseEnd(b) {
            if let last = run.focus.lastEmitted, last.end > b { return nil }
            if let kind = TimeTables.eventKinds[run.w(b)], let known = run.focus.eventDays[kind] { return known.day }
            if run.tokens[b].kind == .word { back += 1 }
            b -= 1
        }
        return nil
    }
}

extension TaggerRun {
    /// "at dawn", "by sunrise", "until dusk", "by nightfall": a turn of the day after a preposition of time, the part
    /// of the day it opens or closes, on the day that follows it ("at dawn on Friday") or else the date in focus (a
    /// story told in the past: "The fire broke out on Tuesday. By sunrise …").
    func matchDayTurn(_ i: Int) -> (Int, Resolved)? {
        // (dawn told as "first light": "⟦By first light⟧ a plane had found the slick")
        let firstLight = texts[i] == "first" && w(i + 1) == "light"
        guard let part = firstLight ? "MO" : Self.dayTurns[texts[i]], isWord(i - 1, Self.dayTurnPrepositions) else { return nil }
        let after = firstLight ? i + 2 : i + 1
        if w(after) == "on", let (e, r) = match(after + 1), r.type == .date, r.granularity == .day, let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + "T" + part, interval: iv, granularity: .time, derivation: r.derivation))
        }
        if let wd = Lexicon.weekdays[w(after)], tokens[after].capitalized, let (e, r) = matchWeekday(after, wd, start: i), let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + "T" + part, interval: iv, granularity: .time, derivation: r.derivation))
        }
        // ("before dawn the next day", "at dusk the following day": the day told from the date in focus right after the
        // turn is its day, as after a clock time)
        if w(after) == "the", isWord(after + 1, ["next", "following", "previous"]), let (e, r) = match(after),
           r.type == .date, r.granularity == .day, let iv = r.interval, iv.dayCount == 1 {
            return (e, Resolved(type: .time, value: iv.start.iso + "T" + part, interval: iv, granularity: .time, derivation: r.derivation))
        }
        guard let day = focus.day ?? dct else { return (after, Resolved(type: .time, value: "XXXX-XX-XXT" + part, granularity: .time)) }
        return (after, Resolved(type: .time, value: day.iso + "T" + part, interval: DayInterval(day: day), granularity: .time,
                                derivation: focus.day == nil ? "%T on the day of publication" : "%T on the date in focus, \(day.readable)"))
    }

    /// The parts of the day a clock time may name the day of ("on the morning of March 10") and their TIMEX3 parts.
    static let partsOfTheDay: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]
    /// The day's turns and the TIMEX3 part of the day each belongs to.
    static let dayTurns: [String: String] = ["dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "EV"]
    /// Prepositions before a turn of the day that make it a time ("at dawn"; not "the dawn of a new era").
    static let dayTurnPrepositions = ["at", "by", "before", "after", "until", "till", "since", "from", "around", "near", "toward", "towards"]
}

/// The clock rules of `TimexRules.all` (clock times after a number are read by `NumberRules`).
enum ClockRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [noonOrMidnight, dayTurn]

    static let dayTurn = TimexRule("at|by|until dawn|sunrise|dusk|nightfall|first light [on date]", tier: .deicticWords,
                                   .words(["dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall", "first"]), examples: dayTurnExamples) { run, i in
        .found(run.matchDayTurn(i))
    }

    static let noonOrMidnight = TimexRule("noon|midnight|midday [weekday]", tier: .deicticWords, .words(["noon", "midnight", "midday"]), examples: examples) { run, i in
        .found(run.matchClock(i), otherwise: .block)
    }
}
