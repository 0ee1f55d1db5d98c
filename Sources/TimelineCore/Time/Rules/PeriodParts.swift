/// Parts of periods: "the end of the month", "the beginning of next year", "the second half of 1989".
extension TaggerRun {
    /// "the end of the month", "the beginning of next year", "the middle of March": that period with its START/MID/END.
    func matchPartOfPeriod(_ i: Int) -> (Int, Resolved)? {
        guard w(i) == "the", let mod = Lexicon.periodParts[w(i + 1)], w(i + 2) == "of" else { return nil }
        let k = i + 3
        // "the end of the month", "the start of the week": the one of publication
        if w(k) == "the", let dct, let u = Lexicon.units[w(k + 1)], !w(k + 1).hasSuffix("s") {
            guard [.week, .month, .quarter, .year].contains(u),
                  var found = TimexResolver.resolve(.shift(u, 0), from: .publication(dct), "(the \(u.rawValue) of publication)") else { return nil }
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
        var r: Resolved?
        if isNum(e + 1), tokens[e + 1].digits == 4 { r = TimexResolver.half(tokens[e + 1].number, half); e += 2 }
        else if let dct, isWord(e + 1, ["this", "last", "next"]), w(e + 2) == "year" {
            r = TimexResolver.resolve(.half(half, years: w(e + 1) == "last" ? -1 : w(e + 1) == "next" ? 1 : 0), from: .publication(dct), "(a half of the year, in \(dctText))"); e += 3
        }
        else if let dct, w(e + 1) == "the", w(e + 2) == "year" { r = TimexResolver.resolve(.half(half, years: 0), from: .publication(dct), "(a half of the year, in \(dctText))"); e += 3 }
        return r.map { (e, $0) }
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
