/// One run of the tagger over a text: its tokens, the expressions found so far and the focus they set.
struct TaggerRun {
    let scalars: [Unicode.Scalar]

    /// The pieces of the shared tokens the rules read (`TimePieces`), called tokens here.
    let tokens: [TimePiece]

    /// The lowercased text of each piece.
    let texts: [String]

    let dct: Day?

    var out: [Timex] = []

    /// What the text has in focus: the dates anaphora are reckoned from.
    var focus: FocusTracker
    /// Asked for a clause's tense before the words around an expression are read.
    let tenseSource: (any TenseSource)?

    init(scalars: [Unicode.Scalar], tokens: TimePieces, dct: Day?, tense: (any TenseSource)? = nil) {
        self.scalars = scalars; self.tokens = tokens.tokens; self.texts = tokens.texts; self.dct = dct
        self.focus = FocusTracker(day: dct); self.tenseSource = tense
    }

    /// True when token i is an abbreviated month/weekday followed by its period ("Sept.", "Tue.").
    func abbrevDot(_ i: Int) -> Bool { w(i + 1) == "." && !Lexicon.fullNames.contains(w(i)) }

    /// True when piece i is the first of its line: nothing but spaces or tabs between it and the line break (or the
    /// start of the text) before it.
    func opensLine(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        var k = tokens[i].start - 1
        while k >= 0, scalars[k] == " " || scalars[k] == "\t" { k -= 1 }
        return k < 0 || scalars[k] == "\n" || scalars[k] == "\r"
    }

    /// True when nothing but spaces and a closing colon, comma, period or dash follows piece end - 1 on its line.
    func endsLine(_ end: Int) -> Bool {
        guard end >= 1 && end <= tokens.count else { return false }
        var k = tokens[end - 1].end
        while k < scalars.count, [" ", "\t", ":", ",", ".", "-", "–", "—"].contains(scalars[k]) { k += 1 }
        return k >= scalars.count || scalars[k] == "\n" || scalars[k] == "\r"
    }

    func w(_ i: Int) -> String { i >= 0 && i < tokens.count ? texts[i] : "" }

    func isNum(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }

    func isWord(_ i: Int, _ set: WordSet) -> Bool { i >= 0 && i < tokens.count && set.contains(texts[i]) }

    func isWord(_ i: Int, _ words: [String]) -> Bool { i >= 0 && i < tokens.count && words.contains(texts[i]) }

    var dctText: String { dct.map { "an article published \($0.readable)" } ?? "an article with no publication date" }

    mutating func run() {
        var i = 0
        while i < tokens.count {
            // most tokens cannot start an expression: one set lookup rules them out (no rule starts at punctuation)
            let t = tokens[i]
            if t.kind == .punct || (t.kind == .word && !TimeTables.triggers.contains(texts[i], hash: t.hash)) { i += 1; continue }
            // "the", "a", "that" … only lead into an expression: the next word must be one the rules know
            if t.kind == .word, TimeTables.leadWords.contains(texts[i], hash: t.hash), i + 1 < tokens.count, tokens[i + 1].kind == .word,
               !TaggerRun.vocabulary.contains(texts[i + 1], hash: tokens[i + 1].hash) { i += 1; continue }
            if let (end, parts) = matchRange(i) {
                emitRange(parts)
                i = end; continue
            }
            if let (end, r) = match(i), !isTitle(i, end) {
                emit(start: i, end: end, r)
                i = end
            } else { i += 1 }
        }
        linkRanges()
    }

    mutating func emit(start: Int, end: Int, _ r: Resolved) {
        focus.lastEmitted = (end, r)
        if r.type == .date || r.type == .time, let iv = r.interval, iv.dayCount == 1, !r.fromFocus, !r.fromEvent { rememberEvents(near: start, end, on: iv.start) }
        let range = TextRange(tokens[start].start, tokens[end - 1].end)
        let text = plainString(scalars[range.start..<range.end])
        // (the text quoted, then the rule's template after "%T": kept apart, `Timex.derivationTail`)
        if r.derivation.hasPrefix("%T") || r.derivation.isEmpty {
            out.append(Timex(range: range, text: text, type: r.type, value: r.value, mod: r.mod, interval: r.interval,
                             granularity: r.granularity, quotingTextThen: String(r.derivation.dropFirst(2))))
        } else {
            out.append(Timex(range: range, text: text, type: r.type, value: r.value, mod: r.mod, interval: r.interval,
                             granularity: r.granularity, derivation: r.derivation))
        }
        let (day, wide) = (focus.day, focus.wide)
        // a step back from the day in focus told in the past perfect is a flashback: the story stays on its day ("On
        // June 9 he was flown home. ⟦The day before⟧, the court had refused to block the transfer. That evening he was
        // handed over": the evening of June 9, not of June 8)
        if flashback(r, from: day, at: range) { return }
        focus.note(r, published: dct)
        if focus.day != day || r.interval?.dayCount == 1 { focus.dayToken = start }
        if focus.wide != wide || focus.wideGranularity == r.granularity { focus.wideToken = start }
        // a day standing as a line of its own heads the entries below it ("Tuesday, Oct. 14" over a live blog's stamps)
        if r.type == .date, r.granularity == .day, let iv = r.interval, iv.dayCount == 1, opensLine(start), endsLine(end) { focus.heading = iv.start }
        // a quarter still to come ("losses through the third quarter of 1990") is a forecast, not the one reported on,
        // unless the clause reports it ("reported a decline in fourth-quarter earnings" in October: a fiscal quarter);
        // one in a fronted contrast ("After a flat second quarter, …") is background
        if let iv = r.interval, r.granularity == .quarter, !r.fromFocus, !inFrontedContrast(start) {
            let ended = dct.map { iv.end.dayNumber < $0.dayNumber } ?? true
            let cue = directionCue(start)
            let reported = !ended && r.type == .date && cue.dir < 0 && cue.strong && !["has", "have", "says", "say"].contains(cue.word)
            if ended || reported {
                focus.quarter = iv.start; focus.quarterToken = start; focus.reported = reported
            }
        }
        // "for the nine months", "the first half": the comparison is no longer between quarters
        if r.type == .duration, r.value == "P9M" || r.value == "P6M" || r.value == "P1Y" { focus.quarter = nil }
    }

    /// Whether an expression is a day before the day in focus reckoned from it ("the day before", "two days earlier") in a
    /// clause whose verb is in the past perfect ("had refused"): told out of sequence, it moves no focus.
    func flashback(_ r: Resolved, from day: Day?, at range: TextRange) -> Bool {
        guard r.fromFocus, r.type == .date, let day, let iv = r.interval, iv.end.dayNumber < day.dayNumber,
              let tense = tenseSource?.tense(ofExpressionAt: range) else { return false }
        return tense.direction < 0 && tense.cue == "had"
    }

    /// Every word a rule can compare a token with: the lexicons, the tables here and the rules' own words.
    static let vocabulary: WordSet = {
        var s = Set<String>(TimeTables.ruleWords.words)
        for t in [Lexicon.months.keys, Lexicon.weekdays.keys, Lexicon.pluralWeekdays.keys, Lexicon.pluralPartsOfDay.keys,
                  Lexicon.numbers.keys, Lexicon.vagueQuantities.words, Lexicon.ordinals.keys, Lexicon.units.keys,
                  TimeTables.fixedWords.keys, Lexicon.partsOfDay.keys, Lexicon.seasons.keys, Lexicon.positionMods.keys,
                  TimeTables.futureCues.words, TimeTables.futureToCues.words, TimeTables.pastVerbs.words, TimeTables.pastCues.words,
                  Lexicon.decadeWords.keys, TimeTables.datePrepositions.words, TimeTables.eventKinds.keys, TimeTables.triggers.words,
                  Lexicon.fullNames.words, deictic.keys, rangeJoiners.words, afterAdverb.words, judgedDays.words, habitWords.words, genericNouns.words, nonVerbalCues.words, titleWords.words, Lexicon.centuryOrdinals.keys, abbreviations.words, NumberRules.eventNouns.words, figureWords.words] { s.formUnion(t) }
        for (words, _) in Lexicon.quantityMods { s.formUnion(words) }
        for (words, _) in Lexicon.holidays { s.formUnion(words) }
        return WordSet(s)
    }()

    /// The lowercased text of scalars lo..<hi with surrounding spaces removed.
    func lowerWord(_ lo: Int, _ hi: Int) -> String {
        var a = lo, b = hi
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        return lowerString(scalars[a..<b])
    }

    /// The first rule of `TimexRules.all` that reads an expression at token i, or nil when none does (or one says
    /// these words are no time here).
    func match(_ i: Int) -> (Int, Resolved)? {
        // rules look ahead with match(k + n): past the last token there is nothing to match
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .punct { return nil }
        // the rules that can start here, in their order: one lookup of the word
        var rules = t.kind == .number ? TimexRules.numberRules
            : TimexRules.anyWordRules | (TimexRules.wordRules.lookup(texts[i], hash: t.hash) ?? 0)
        while rules != 0 {
            let k = rules.trailingZeroBitCount
            rules &= rules - 1
            switch TimexRules.reads[k](self, i) {
            case .pass: continue
            case .block: return nil
            case .match(let end, let r): return (end, r)
            }
        }
        return nil
    }

}
