/// Holidays: "Thanksgiving Day", "last Christmas", "Easter week", "the Memorial Day weekend".
extension TaggerRun {
    /// A holiday at token i, its year from "last/next/this", else from the clause's tense around the DCT.
    func matchHoliday(_ i: Int, det: String?) -> (Int, Resolved)? {
        for (words, rule) in Lexicon.holidays where words.enumerated().allSatisfy({ w(i + $0.offset) == $0.element }) {
            let e = i + words.count
            guard let dct else { return nil }
            let choice: Unresolved.HolidayChoice
            switch det {
            case "last", "past": choice = .last
            case "next", "coming": choice = .next
            case "this": choice = .thisYear
            default: choice = .byTense(direction(i))
            }
            // "Easter week", "Thanksgiving weekend": the week or weekend around the holiday
            let part: Unresolved.HolidayPart = w(e) == "week" ? .week : w(e) == "weekend" ? .weekend : .day
            return TimexResolver.resolve(.holiday(rule, choice, part), from: .publication(dct), "in \(dctText)").map { (part == .day ? e : e + 1, $0) }
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
