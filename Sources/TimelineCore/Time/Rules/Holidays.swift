/// Holidays: "Thanksgiving Day", "last Christmas", "Easter week", "the Memorial Day weekend".
extension TaggerRun {
    /// A holiday at token i, its year from "last/next/this", else from the clause's tense around the DCT.
    func matchHoliday(_ i: Int, det: String?) -> (Int, Resolved)? {
        for (words, rule) in Lexicon.holidays where words.enumerated().allSatisfy({ w(i + $0.offset) == $0.element }) {
            let e = i + words.count
            guard let dct else { return nil }
            let cands = (dct.year - 1...dct.year + 1).compactMap { TimexResolver.holiday(rule, in: $0) }
            guard cands.count == 3 else { return nil }
            let now = dct.dayNumber
            var d: Day?
            var how: String
            switch det {
            case "last", "past": d = cands.last { $0.dayNumber < now }; how = "the last before publication"
            case "next", "coming": d = cands.first { $0.dayNumber > now }; how = "the next after publication"
            case "this": d = cands[1]; how = "in the year of publication"
            default:
                let dir = direction(i)
                // "as Easter week began" a week before Easter: a holiday this close is the one meant, whatever the tense
                if let near = cands.first(where: { abs($0.dayNumber - now) <= 7 }) { d = near; how = "the nearest, within a week of publication" }
                else if dir < 0 { d = cands.last { $0.dayNumber <= now }; how = "the last before publication (past clause)" }
                else if dir > 0 { d = cands.first { $0.dayNumber >= now }; how = "the next after publication (future clause)" }
                else { d = cands.last { $0.dayNumber <= now + 45 }; how = "the nearest, mostly the last before publication" }
            }
            guard let day = d else { return nil }
            // "Easter week", "Thanksgiving weekend": the week or weekend around the holiday
            if w(e) == "week" { return (e + 1, TimexResolver.week(day, "(the week of a holiday, \(how), in \(dctText))")) }
            // a Monday holiday's weekend is the one before it ("Memorial Day weekend"), else the one of its week
            if w(e) == "weekend", let anchor = day.adding(days: day.weekday == 1 ? -1 : 0) {
                return (e + 1, TimexResolver.week(anchor, "(the weekend of a holiday, \(how), in \(dctText))", weekend: true))
            }
            return (e, TimexResolver.day(day, ": a holiday, \(how), in \(dctText)"))
        }
        return nil
    }
}

/// The holiday rules of `TimexRules.all`.
enum HolidayRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [holiday, relativeHoliday]

    /// "Thanksgiving Day", "Good Friday", "Easter week": the first word capitalised, else no holiday.
    static let holiday = TimexRule("<holiday> [week|weekend]", tier: .holidays, .words(Lexicon.holidayStarts), examples: examples) { run, i in
        run.tokens[i].capitalized ? .found(run.matchHoliday(i, det: nil), otherwise: .block) : .block
    }

    /// "last Thanksgiving", "next Christmas".
    static let relativeHoliday = TimexRule("last|next|this|past|coming <holiday>", tier: .holidays, .words(["last", "next", "this", "past", "coming"]), examples: relativeExamples) { run, i in
        guard i + 1 < run.tokens.count, run.tokens[i + 1].capitalized, Lexicon.holidayStarts.contains(run.w(i + 1)) else { return .pass }
        return .found(run.matchHoliday(i + 1, det: run.texts[i]))
    }
}
