/// Parts of periods: "the end of the month", "the beginning of next year", "the second half of 1989".
extension TaggerRun {
    /// "the end of the month", "the beginning of next year", "the middle of March": that period with its START/MID/END.
    func matchPartOfPeriod(_ i: Int) -> (Int, Resolved)? {
        guard w(i) == "the", let mod = Lexicon.periodParts[w(i + 1)], w(i + 2) == "of" else { return nil }
        let k = i + 3
        // "the end of the month", "the start of the week": the one of publication
        if w(k) == "the", let dct, let u = Lexicon.units[w(k + 1)], !w(k + 1).hasSuffix("s") {
            var r: Resolved?
            switch u {
            case .week: r = TimexResolver.week(dct, "(the week of publication)")
            case .month: r = TimexResolver.month(dct.year, dct.month, "(the month of publication)")
            case .quarter: r = TimexResolver.quarter(dct.year, (dct.month - 1) / 3 + 1, "(the quarter of publication)")
            case .year: r = TimexResolver.year(dct.year, "(the year of publication)")
            default: r = nil
            }
            guard var found = r else { return nil }
            found.mod = mod
            return (k + 2, found)
        }
        guard let (e, inner) = match(k), inner.type == .date, inner.mod == nil, let g = inner.granularity,
              [.week, .month, .season, .quarter, .half, .year, .decade, .century].contains(g) else { return nil }
        var r = inner
        r.mod = mod
        return (e, r)
    }

    /// "the last half of 1989", "the first two quarters of 1990", "the second half of this year": a half-year (H1/H2).
    func matchHalfOfYear(_ i: Int) -> (Int, Resolved)? {
        var k = i
        if w(k) == "the" { k += 1 }
        guard let half = Lexicon.halves[w(k)] else { return nil }
        var e = k + 1
        if w(e) == "half" { e += 1 } else if w(e) == "two", w(e + 1) == "quarters" { e += 2 } else { return nil }
        guard w(e) == "of" else { return nil }
        var y: Int
        if isNum(e + 1), tokens[e + 1].digits == 4 { y = tokens[e + 1].number; e += 2 }
        else if let dct, isWord(e + 1, ["this", "last", "next"]), w(e + 2) == "year" { y = dct.year + (w(e + 1) == "last" ? -1 : w(e + 1) == "next" ? 1 : 0); e += 3 }
        else if let dct, w(e + 1) == "the", w(e + 2) == "year" { y = dct.year; e += 3 }
        else { return nil }
        guard let first = Day(year: y, month: half * 6 - 5, day: 1), let last = Day(year: y, month: half * 6, day: half == 1 ? 30 : 31) else { return nil }
        return (e, Resolved(type: .date, value: "\(pad(y, 4))-H\(half)", interval: DayInterval(first, last), granularity: .half, derivation: "%T (a half of \(y))"))
    }
}

/// The rules for parts of periods of `TimexRules.all`.
enum PeriodPartRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [half, part]

    /// Words a half-year can start at ("the", "first", "last" …).
    static let halfStarts = WordSet(["the"] + Lexicon.halves.keys)

    static let half = TimexRule("the first|second half|two quarters of <year>", tier: .periodParts, .words(halfStarts), examples: halfExamples) { run, i in
        .found(run.matchHalfOfYear(i))
    }

    static let part = TimexRule("the end|beginning|middle of <period>", tier: .periodParts, .words(["the"]), examples: partExamples) { run, i in
        .found(run.matchPartOfPeriod(i))
    }
}
