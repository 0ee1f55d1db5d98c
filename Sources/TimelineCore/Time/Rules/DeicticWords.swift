/// Single deictic words: "today", "yesterday", "tonight", "now", "recently", "soon", "daily".
extension TaggerRun {
    func matchFixed(_ i: Int, _ f: TimeTables.Fixed) -> (Int, Resolved)? {
        switch f {
        case .day(let off):
            // "yesterday morning", "tomorrow night"
            if let pod = Lexicon.partsOfDay[w(i + 1)], let dct, let r = TimexResolver.resolve(.partOfDay(pod, days: off), from: .publication(dct), "in \(dctText)") {
                return (i + 2, r)
            }
            guard let dct else { return (i + 1, Resolved(type: .date, value: off == 0 ? "PRESENT_REF" : (off < 0 ? "PAST_REF" : "FUTURE_REF"), derivation: "%T: no publication date")) }
            // "today's youth", "today's personal computers": the present at large, no day (TimeBank leaves it out)
            if off == 0, w(i + 1) == "'" || w(i + 1) == "’", w(i + 2) == "s",
               isWord(i + 3, TaggerRun.genericNouns) || (i + 4 < tokens.count && tokens[i + 3].kind == .word && isWord(i + 4, TaggerRun.genericNouns)) {
                return nil
            }
            // "the people of tomorrow", "the youth of today": the future or the present at large, no day; TimeBank
            // leaves such generic uses out, as it does "today's youth"
            if off >= 0, w(i - 1) == "of", i >= 2, tokens[i - 2].kind == .word, !tokens[i - 2].capitalized || i == 2,
               Lexicon.units[w(i - 2)] == nil, !isWord(i - 2, ["as", "morning", "afternoon", "evening", "night", "end", "start", "beginning", "rest", "part", "most", "all"]),
               !(w(i + 1) == "'" && w(i + 2) == "s") {
                return nil
            }
            return TimexResolver.resolve(.shift(.day, off), from: .publication(dct), "in \(dctText)").map { (i + 1, $0) }
        case .partOfDay(let off, let pod):
            guard let dct, let r = TimexResolver.resolve(.partOfDay(pod, days: off), from: .publication(dct), "in \(dctText)") else {
                return (i + 1, Resolved(type: .time, value: "XXXX-XX-XXT" + pod, granularity: .partOfDay))
            }
            return (i + 1, r)
        case .ref(let v):
            // "Now for the weather": a broadcast's turn to a new item
            if texts[i] == "now", w(i + 1) == "for", i == 0 || isClauseEnd(i - 1) { return nil }
            if texts[i] == "current" || texts[i] == "recent" {
                // adjective: only before a time unit or a noun phrase about time
                if Lexicon.units[w(i + 1)] != nil && texts[i] == "recent" { return nil }
                // "the then-current chairman": the present of a past time
                if texts[i] == "current", w(i - 1) == "then" || (w(i - 1) == "-" && w(i - 2) == "then") {
                    return (i + 1, Resolved(type: .date, value: "PAST_REF", derivation: "%T: the present of a past time"))
                }
            }
            return (i + 1, Resolved(type: .date, value: v, derivation: "%T: a vague reference to the \(v == "PAST_REF" ? "past" : v == "FUTURE_REF" ? "future" : "present")"))
        case .set(let v):
            return (i + 1, Resolved(type: .set, value: v, derivation: "%T: a recurring time"))
        }
    }

    /// Words that may follow an adverb of time at the end of its phrase ("shelled overnight in Kharkiv").
    static let afterAdverb: WordSet = ["in", "on", "at", "and", "to", "from", "as", "when", "while", "after", "before", "but", "near",
                                        "across", "into", "with", "by", "for", "amid", "despite", "killing", "leaving", "according"]

    /// Nouns after "today's" that speak of the present at large ("today's youth"), not of the day.
    static let genericNouns: WordSet = ["world", "youth", "society", "generation", "children", "kids", "young", "economy", "technology",
                                        "standards", "culture", "families", "women", "men", "students", "consumers", "computers",
                                        "workers", "parents", "teenagers", "politics", "media", "market", "markets"]
}

/// The rules for single deictic words of `TimexRules.all`.
enum DeicticRules: TimexRuleFamily {
    /// This family's rules, in the order they are tried within a tier (`RuleTier`).
    static let rules: [TimexRule] = [asSoonAsPossible, soonInAPastStory, nameOfAPaper, elliptical, nightOfADay, overnight, word]
    /// Deictic words before "noon" and "midnight" in their shared tier.
    static var before: [any TimexRuleFamily.Type] { [ClockRules.self] }

    static let word = TimexRule("today|yesterday|tomorrow|now|recently|daily …", tier: .deicticWords, .words(WordSet(TimeTables.fixedWords.keys)), examples: examples) { run, i in
        guard let f = TimeTables.fixedWords[run.texts[i]] else { return .pass }
        return .found(run.matchFixed(i, f), otherwise: .block)
    }

    /// "as soon as possible": the near future; "as soon as Tuesday" leaves the day to its own rule.
    static let asSoonAsPossible = TimexRule("as soon as possible", tier: .idioms, .words(["soon"]), examples: soonExamples) { run, i in
        guard run.w(i - 1) == "as" else { return .pass }
        if run.w(i + 1) == "as", run.w(i + 2) == "possible" {
            return .match(end: i + 3, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future"))
        }
        return .block
    }

    /// "soon after the war", "was soon released": a relation inside a past story, not the future of the article.
    static let soonInAPastStory = TimexRule("soon after | <past clause> soon: no time", tier: .idioms, .words(["soon"])) { run, i in
        run.isWord(i + 1, ["after", "afterward", "afterwards", "thereafter"]) || run.direction(i) < 0 ? .block : .pass
    }

    /// "the Daily Telegraph", "Weekly Standard": a name.
    static let nameOfAPaper = TimexRule("Daily|Weekly <Name>: no time", tier: .idioms, .words(["daily", "weekly"])) { run, i in
        i + 1 < run.tokens.count && run.tokens[i + 1].capitalized ? .block : .pass
    }

    /// "twice as high this year as last": the unit of the "this …" it is compared with.
    static let elliptical = TimexRule("this <unit> … as|than last", tier: .elliptical, .words(["last"]), examples: ellipticalExamples) { run, i in
        guard run.isWord(i - 1, ["as", "than"]), i + 1 >= run.tokens.count || run.tokens[i + 1].kind != .word, let dct = run.dct else { return .pass }
        var k = i - 2, n = 0
        while k > 0, n < 10, !run.isClauseEnd(k) {
            if run.w(k - 1) == "this", let u = Lexicon.units[run.w(k)], !run.w(k).hasSuffix("s"), var r = TimexResolver.shift(dct, u, -1) {
                r.derivation = "%T: the last \(run.w(k)), compared with this one"
                return .match(end: i + 1, r)
            }
            if run.tokens[k].kind == .word { n += 1 }
            k -= 1
        }
        return .pass
    }

    /// "overnight on 7 September", "overnight on Sunday": the night of the day named (a night runs into the next
    /// morning where dates are compared). ("the night of Oct. 23" stays the day: TimeBank marks the date alone.)
    static let nightOfADay = TimexRule("overnight on <day>", tier: .elliptical, .words(["overnight"]),
                                       examples: nightOfADayExamples) { run, i in
        guard run.isWord(i + 1, ["on", "of"]), let (end, day) = run.match(i + 2), day.granularity == .day, day.type == .date,
              let iv = day.interval, iv.dayCount == 1 else { return .pass }
        var r = day
        r.value += "TNI"
        r.granularity = .partOfDay
        return .match(end: end, r)
    }

    /// "was shelled overnight": the night before publication ("will stay open overnight": the coming one);
    /// "an overnight stay", "overnight losses" are no point in time.
    static let overnight = TimexRule("overnight", tier: .elliptical, .words(["overnight"]), examples: overnightExamples) { run, i in
        guard let dct = run.dct, i + 1 >= run.tokens.count || run.tokens[i + 1].kind != .word || run.isWord(i + 1, TaggerRun.afterAdverb) else { return .pass }
        let ahead = run.direction(i) > 0
        guard let r = TimexResolver.resolve(.partOfDay("NI", days: ahead ? 0 : -1), from: .publication(dct),
                                            ": the night \(ahead ? "of" : "before") publication, \(dct.readable)") else { return .block }
        return .match(end: i + 1, r)
    }
}
