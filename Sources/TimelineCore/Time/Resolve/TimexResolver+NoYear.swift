/// Dates the text gives without a year: the year is the resolver's choice, from the publication date and the tense.
extension TaggerRun {
    /// A day-of-month in a month with no year: the year placing it nearest the DCT, biased by tense.
    func dayNoYear(_ m: Int, _ d: Int, at i: Int) -> Resolved? {
        guard let dct else {
            guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
            return Resolved(type: .date, value: "XXXX-\(pad(m, 2))-\(pad(d, 2))", granularity: .day, derivation: "%T: no publication date to take the year from")
        }
        // "the year-ago quarter, the second quarter ended Oct. 31": the end of a past year's quarter, in that year
        // (a fiscal quarter's label may end later in it)
        if isWord(i - 1, ["ended", "ending"]), let last = focus.lastEmitted, last.end == i - 1, last.r.granularity == .quarter, let q = last.r.interval,
           q.start.year < dct.year {
            let y = m >= q.start.month ? q.start.year : q.start.year + 1
            if let day = Day(year: y, month: m, day: d) { return TimexResolver.day(day, "(the end of the quarter before it)") }
        }
        // the nearest such date, unless the clause's tense contradicts it by more than a month
        let dir = deadlineDirection(directionCue(i), before: i - 1)
        var best: Day?
        for y in [dct.year - 1, dct.year, dct.year + 1] {
            guard let c = Day(year: y, month: m, day: d) else { continue }
            if best == nil || abs(c.dayNumber - dct.dayNumber) < abs(best!.dayNumber - dct.dayNumber) { best = c }
        }
        guard var b = best else { return nil }
        var how = "the nearest such date"
        // no tense: news mostly reports the past, so up to ten months back, at most about two ahead
        if dir == 0, b.dayNumber - dct.dayNumber > 150, let p = Day(year: b.year - 1, month: m, day: d) { b = p; how = "the latest such date before publication" }
        // a verb of its own ("ended Jan. 31", "expires on May 1") puts the date on its side of the DCT; a verb further
        // away may govern a reported clause ("said the vote is on May 1"), so only a date far on the wrong side moves
        let bound = boundTense(i) != nil
        if dir < 0, b.dayNumber - dct.dayNumber > (bound ? 7 : 120), let p = Day(year: b.year - 1, month: m, day: d) { b = p; how = "the latest such date before publication: past clause" }
        if dir > 0, dct.dayNumber - b.dayNumber > (bound ? 7 : 120), let f = Day(year: b.year + 1, month: m, day: d) { b = f; how = "the next such date: future clause" }
        return TimexResolver.day(b, "in \(dctText) (\(how))")
    }

    func monthNoYear(_ m: Int, at i: Int) -> Resolved {
        guard let dct else { return Resolved(type: .date, value: "XXXX-\(pad(m, 2))", granularity: .month, derivation: "%T: no publication date") }
        // "by February", "through January": a bound of a stretch of time reaching to the present, so the nearest such
        // month ("loans through January", "sales this year through August") unless a verb of the clause decides
        let cue = directionCue(i)
        let deadline = isWord(i - 1, TaggerRun.deadlines)
        let dir = !deadline ? cue.dir : cue.strong ? deadlineDirection(cue, before: i - 1) : 0
        // the nearest such month, unless the clause's tense contradicts it
        var y = dct.year
        if deadline && dir == 0 {
            if m - dct.month > 6 { y -= 1 } else if dct.month - m > 6 { y += 1 }
        } else if dir == 0 {
            // no tense: news mostly reports the past, so up to ten months back, at most two ahead
            if m - dct.month > 2 { y -= 1 } else if dct.month - m > 10 { y += 1 }
        } else if m - dct.month > 6 { y -= 1 } else if dct.month - m > 6 { y += 1 }
        if dir < 0 && (y * 12 + m) > (dct.year * 12 + dct.month + 1) { y -= 1 }
        if dir > 0 && (y * 12 + m) < (dct.year * 12 + dct.month - 1) { y += 1 }
        // (with no tense the derivation says which year it took: news mostly reports the past)
        let untensed = y < dct.year ? "the latest such month before publication" : y > dct.year ? "the next such month" : "the year of publication"
        return TimexResolver.month(y, m, "in \(dctText) (\(dir < 0 ? "past clause" : dir > 0 ? "future clause" : untensed))")
    }
}
