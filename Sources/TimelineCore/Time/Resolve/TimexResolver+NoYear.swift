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
        // a day told on in a story after a day of another year ("left Germany on June 8, 2025, … On June 19 the auditor
        // refused"): the one near that day, when the one nearest publication would leap months away from the story
        if let (near, said) = dayNearTheStorysDay(m, d, at: i, leaving: b), dir >= 0 || near.dayNumber <= dct.dayNumber { b = near; how = said }
        return TimexResolver.day(b, "in \(dctText) (\(how))")
    }

    /// The date of month m, day d within two months of the day in focus, when the text named that day shortly before i
    /// in the same paragraph and `chosen` lies more than half a year from it.
    func dayNearTheStorysDay(_ m: Int, _ d: Int, at i: Int, leaving chosen: Day) -> (Day, String)? {
        guard focus.dayNamed, let f = focus.day, focus.dayToken >= 0, focus.dayToken < i, i - focus.dayToken <= 80,
              abs(chosen.dayNumber - f.dayNumber) > 180, focus.dayToken < tokens.count, i < tokens.count else { return nil }
        // (a blank line between: another paragraph, another thread of the story)
        var newlines = 0
        for k in tokens[focus.dayToken].end..<tokens[i].start where scalars[k] == "\n" { newlines += 1 }
        guard newlines < 2 else { return nil }
        let near = [f.year - 1, f.year, f.year + 1].compactMap { Day(year: $0, month: m, day: d) }
            .min { abs($0.dayNumber - f.dayNumber) < abs($1.dayNumber - f.dayNumber) }
        guard let near, abs(near.dayNumber - f.dayNumber) <= 62 else { return nil }
        return (near, "the such date nearest the day the story is at, \(f.readable)")
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
