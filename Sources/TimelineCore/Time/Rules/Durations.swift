/// Lengths of time and shifts by them: "three weeks", "two to three weeks", "a year or two", "ten days ago",
/// "two days later", "in three weeks", "ten days before the murder".
extension TaggerRun {
    func quantity(_ i: Int) -> (Int, Int?)? {
        if isNum(i), tokens[i].digits <= 4 {
            var k = i + 1
            let n = tokens[i].number
            // "the 1988 quarter": a year naming a period, no count of them
            if tokens[i].digits == 4, (1800...2200).contains(n), let u = Lexicon.units[w(k)], !w(k).hasSuffix("s"), u != .minute { return nil }
            // "1.5 years": the fraction is dropped
            if w(k) == ".", isNum(k + 1), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore { k += 2 }
            return (k, n)
        }
        let t = w(i)
        if t == "a" || t == "an" { if w(i + 1) == "few" { return (i + 2, nil) }; if w(i + 1) == "couple", w(i + 2) == "of" { return (i + 3, 2) }; return (i + 1, 1) }
        if t == "several" || t == "few" || t == "many" { return (i + 1, nil) }
        if t == "couple", w(i + 1) == "of" { return (i + 2, 2) }
        if var n = Lexicon.numbers[t], t != "half", t != "couple", t != "dozen" {
            var k = i + 1
            if n >= 20, n < 100 {
                var k2 = k
                if w(k2) == "-" { k2 += 1 }
                if let u = Lexicon.numbers[w(k2)], u >= 1, u <= 9, w(k2) != "a", w(k2) != "an" { n += u; k = k2 + 1 }
            }
            if w(k) == "hundred" { n *= 100; k += 1 }
            if w(k) == "thousand" { n *= 1000; k += 1 }
            return (k, n)
        }
        return nil
    }

    /// [the] [first|past|last|next|coming] QUANTITY UNIT [ago|later|earlier|from now] / "a year-earlier"
    /// "two to three weeks", "12-18 months": at least the lower bound; "two or three days", "a year or two": about the
    /// first, and "in a year or two" / "a day or two ago" the vague future or past.
    func matchDurationRange(_ i: Int) -> (Int, Resolved)? {
        var k = i
        var lead = false
        if w(k) == "the" { k += 1; lead = true }
        var direction = 0
        if let d = TaggerRun.rangeDirections[w(k)] { direction = d; k += 1 }
        guard let (k2, n) = quantity(k), let n else { return nil }
        var e: Int, u: TimeUnit, joiner = w(k2)
        if isWord(k2, ["to", "or"]) || (w(k2) == "-" && isNum(k2 + 1)), let (k3, _) = quantity(k2 + 1), let unit = Lexicon.units[w(k3)] {
            // N to|or|- M units
            u = unit; e = k3 + 1
        } else if let unit = Lexicon.units[w(k2)], !w(k2).hasSuffix("s"), w(k2 + 1) == "or", let (k3, _) = quantity(k2 + 2), Lexicon.units[w(k3)] == nil {
            // "a year or two"
            u = unit; e = k3; joiner = "or"
        } else { return nil }
        if joiner == "-" { joiner = "to" }
        if lead || direction != 0 {
            // "the next 12 to 18 months", "the past two or three years": an unspecified stretch next to publication
            return (e, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: a length of time given as a range"))
        }
        if joiner == "or" {
            if w(e) == "ago" { return (e + 1, Resolved(type: .date, value: "PAST_REF", derivation: "%T: an approximate time before publication")) }
            if w(i - 1) == "in", self.direction(i) > 0 { return (e, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: an approximate time after publication")) }
            return (e, Resolved(type: .duration, value: TimexResolver.unitCode(u, n), mod: "APPROX", derivation: "%T: an approximate length of time"))
        }
        return (e, Resolved(type: .duration, value: TimexResolver.unitCode(u, n), mod: "EQUAL_OR_MORE", derivation: "%T: at least the lower end of a range"))
    }

    /// What playing time measures an amount of: "hours of video", "minutes of footage".
    static let recordedMedia: WordSet = ["video", "videos", "music", "songs", "audio", "footage", "recording", "recordings",
                                         "playback", "film", "movies", "programming", "television", "tv", "podcasts", "content"]

    /// "… hours can be stored": playing time a device or a medium holds.
    static let storedVerbs: WordSet = ["stored", "saved", "recorded", "downloaded"]

    static let rangeDirections: WordTable<Int> = ["past": -1, "last": -1, "next": 1, "coming": 1]

    func matchDuration(_ i: Int) -> (Int, Resolved)? {
        if let r = matchDurationRange(i) { return r }
        var k = i
        var lead = false
        if w(k) == "the" { k += 1; lead = true }
        var direction = 0
        if ["past", "last", "next", "coming", "first", "previous", "following", "latest", "final", "recent"].contains(w(k)) {
            if lead || w(k) != "first" { direction = ["past", "last", "previous", "latest", "recent"].contains(w(k)) ? -1 : 1; k += 1 }
        }
        guard let (k2, n) = quantity(k) else { return nil }
        // "in each of the last three years": every year of them
        if direction != 0, w(i - 1) == "of", isWord(i - 2, ["each", "every"]), n != nil, let u = Lexicon.units[w(k2)] {
            return (k2 + 1, Resolved(type: .set, value: TimexResolver.unitCode(u, 1), derivation: "%T: each of them"))
        }
        // "may one day join": some day in the future
        if !lead, w(k) == "one", w(k2) == "day", isWord(i - 1, ["will", "could", "may", "might", "would", "can", "should", "must"]) {
            return (k2 + 1, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: some day in the future"))
        }
        var e = k2
        var half = false
        if isWord(e, ["more", "additional", "straight", "consecutive", "full", "long", "trading", "business", "working"]), Lexicon.units[w(e + 1)] != nil { e += 1 }
        if isNum(e), tokens[e].number == 1, w(e + 1) == "/", isNum(e + 2), tokens[e + 2].number == 2 { e += 3; half = true }
        if w(e) == "-" { e += 1 }
        guard let u = Lexicon.units[w(e)] else { return nil }
        // "60 Minutes" (a title), "three-quarters" (a fraction), "37 years old" (an age), "four flights a week" (a rate)
        if tokens[e].capitalized && e > 0 && tokens[e - 1].kind != .punct && !(w(e - 1) == "a" && e - 1 == i) && !tokens[k].capitalized { return nil }
        if u == .quarter && w(e - 1) == "-" { return nil }
        // "a quarter of the market": a fraction
        if u == .quarter, w(e) == "quarter", w(e + 1) == "of", !isNum(e + 2), !isWord(e + 2, ["fiscal", "this", "last", "next", "the"]) || (w(e + 2) == "the" && !isWord(e + 3, ["year", "fiscal"])) { return nil }
        if w(e + 1) == "old" { return nil }
        if w(k) == "a" || w(k) == "an", direction == 0, !lead, !isWord(e + 1, ["ago", "earlier", "later", "before", "after", "-"]), (isNum(k - 1) || (isNum(k - 2) && tokens[k - 1].kind == .word) || isWord(k - 1, ["per", "times", "once", "twice"])) {
            // "$33 million a year", "four flights a week": a rate (TimeBank mostly leaves these out)
            return nil
        }
        let plural = w(e).hasSuffix("s") || w(e) == "centuries"
        if let n, n > 1, !plural, w(e - 1) != "-" { /* "two year" is allowed in speech */ }
        if w(k) == "a" && direction != 0 { return nil }
        e += 1
        // "-long", "-old" adjectives
        if w(e) == "-", w(e + 1) == "old" { return nil }
        var value = TimexResolver.unitCode(u, n)
        if w(e) == "-", w(e + 1) == "long" || w(e + 1) == "old" {
            e += 2
            // "decades-long": how many is not said
            if plural, w(k) == "a" || w(k) == "an" { value = TimexResolver.unitCode(u, nil) }
        }
        if w(e) == "and", w(e + 1) == "a", w(e + 2) == "half", n != nil { half = true; e += 3 }
        if half, let n, let hv = TimexResolver.halfCode(u, n) { value = hv }
        // "will be held in three weeks": a point that far after publication
        if !lead, direction == 0, w(i - 1) == "in", i == k, let nn = n, half == false, u != .minute, u != .hour, u != .quarter,
           !isWord(e, ["ago", "earlier", "later", "before", "after", "of", "-"]), let dct, self.direction(i) > 0,
           let r = TimexResolver.resolve(.shift(u, nn), from: .publication(dct), ": after publication, \(dct.readable) (future clause)") {
            return (e, r)
        }
        // "24 hours a day", "seven days a week": a rate, no length of time of its own
        if isWord(e, ["a", "an", "per"]), let per = Lexicon.units[w(e + 1)], !w(e + 1).hasSuffix("s"), per != u, !lead { return nil }
        // "75 hours of video", "20 minutes of music", "150 hours can be stored": an amount of recorded media, measured
        // in playing time, no stretch of the story's time
        if !lead, direction == 0, u == .hour || u == .minute,
           (w(e) == "of" && Self.recordedMedia.contains(w(e + 1))) || (isWord(e, ["can", "could", "will", "may"]) && w(e + 1) == "be" && Self.storedVerbs.contains(w(e + 2))) { return nil }
        // anchored shifts; "a week or so ago": the same point, approximate
        var approx = false
        if w(e) == "or", w(e + 1) == "so", isWord(e + 2, ["ago", "earlier", "later"]) { approx = true; e += 2 }
        let after = w(e)
        if lead == false && direction == 0 {
            if after == "ago" || (after == "from" && w(e + 1) == "now") || after == "earlier" || after == "later" || after == "before" || after == "after" || (after == "-" && (w(e + 1) == "earlier" || w(e + 1) == "ago")) {
                if after == "before" || after == "after" {
                    // "ten days before the shooting", when the text has dated the shooting: that day
                    if let nn = n, u != .minute, u != .hour, let (_, day) = eventAnchor(e + 1),
                       var r = TimexResolver.resolve(.shift(u, after == "before" ? -nn : nn), from: .event(day), ": \(after) the event the text dated \(day.readable)") {
                        r.fromEvent = true
                        return (e, r)
                    }
                    // "two days before the vote": event-anchored; keep a duration
                    return (e, Resolved(type: .duration, value: value, derivation: "%T: a length of time"))
                }
                if (u == .minute || u == .hour) && (after == "later" || after == "earlier") {
                    // "an hour later": no day to name, so the length of time (TimeBank leaves "later" out)
                    return (e, Resolved(type: .duration, value: value, derivation: "%T: a length of time"))
                }
                let sign = (after == "later" || after == "from") ? 1 : -1
                let end = after == "from" ? e + 2 : (after == "-" ? e + 2 : e + 1)
                if u == .year, let q = quarterInFocus(i), let nn = n, after != "from", after != "later",
                   var r = TimexResolver.resolve(.reportedQuarter(inFocus: q, years: -nn), from: .focus(q), "(the quarter in focus, \(nn) year\(nn == 1 ? "" : "s") earlier)") {
                    r.fromFocus = true
                    return (end, r)
                }
                let fromPublication = after == "ago" || after == "from"
                // "a few days later" in a story: how far from the date in focus.day is not said, so the length of time
                // (PAST_REF/FUTURE_REF would put it before or after publication, which the text does not say)
                if n == nil, after == "later" || after == "earlier" {
                    return (e, Resolved(type: .duration, value: value, derivation: "%T: an unspecified length of time"))
                }
                let anchor = fromPublication ? dct.map(TimeAnchor.publication) : (focus.anchor(shifting: u) ?? dct.map { .focus($0) })
                guard let anchor, let nn = n, var r = TimexResolver.resolve(.shift(u, sign * nn), from: anchor, ": \(sign < 0 ? "before" : "after") \(anchor.name)") else {
                    return (end, Resolved(type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", derivation: "%T: an unspecified shift"))
                }
                if approx { r.mod = "APPROX" }
                // (weeks on from a day the text named: the narration's day moves on with them)
                if u == .week, !fromPublication, !approx, focus.dayNamed, let d = focus.day { r.dayOn = d.adding(days: 7 * sign * nn) }
                return (end, r)
            }
        }
        return (e, Resolved(type: .duration, value: value, derivation: "%T: a length of time"))
    }
}

/// The duration rules of `TimexRules.all`.
enum DurationRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [modified, duration, unitsLong]

    /// A quantity modifier belongs to the duration after it ("about two weeks"), unless a half-year follows.
    static let modified = TimexRule("<about|more than|at least …> <duration>", tier: .modifiedDurations, .words(Lexicon.quantityModStarts), examples: modifiedExamples) { run, i in
        for (words, mod) in Lexicon.quantityMods where words.enumerated().allSatisfy({ run.w(i + $0.offset) == $0.element }) {
            // "at least the first two quarters of 1990": a half-year, found from its own first word
            if run.matchHalfOfYear(i + words.count) != nil { return .block }
            if let (e, r) = run.matchDuration(i + words.count), r.type == .duration {
                var r2 = r; r2.mod = mod; return .match(end: e, r2)
            }
        }
        return .pass
    }

    /// "its decades-long dispute", "a months-long siege": a length of time, how long not said (after "a" the duration
    /// rule reads it from the article).
    static let unitsLong = TimexRule("<units>-long", tier: .durations, .words(pluralUnits), examples: [
        TimexExample("Apple has settled its decades-long trademark dispute with the Beatles.", "decades-long", "2007-02-06", "DURATION", "PXY"),
        TimexExample("The town survived a siege that was months-long and brutal.", "months-long", "2022-03-28", "DURATION", "PXM"),
        TimexExample("The weeks-long strike ended on Friday.", "weeks-long", "2022-03-28", "DURATION", "PXW"),
    ]) { run, i in
        guard run.w(i + 1) == "-", run.w(i + 2) == "long", let u = Lexicon.units[run.texts[i]] else { return .pass }
        return .match(end: i + 3, Resolved(type: .duration, value: TimexResolver.unitCode(u, nil), derivation: "%T: a length of time, how long not said"))
    }
    static let pluralUnits = WordSet(Lexicon.units.keys.filter { $0.hasSuffix("s") })

    static let duration = TimexRule("<n> <unit> [ago|later|before <event>]", tier: .durations, .anyWord, examples: examples) { run, i in
        .found(run.matchDuration(i))
    }
}
