/// Finds temporal expressions in news text and normalises them to TimeML TIMEX3 values,
/// anchored on the document creation time (DCT) or, for anaphoric expressions, on the last date in focus.
public struct TemporalTagger: Sendable {
    public init() {}

    public func tag(_ text: String, dct: Day?) -> [Timex] {
        tag(ScalarText(text), dct: dct)
    }

    public func tag(_ text: ScalarText, dct: Day?, sentences: [Sentence]? = nil) -> [Timex] {
        var run = TaggerRun(scalars: text.scalars, tokens: TimeTokenizer.tokenize(text.scalars), dct: dct)
        run.run()
        return run.out
    }

    /// Reads a user-typed date ("28 March", "2022-03-29", "last week", "yesterday", "March 2022") into the days it covers.
    public func parseQuery(_ query: String, reference: Day) -> DayInterval? {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return nil }
        let found = tag(q, dct: reference)
        guard let first = found.first, let iv = first.interval else { return nil }
        if found.count == 2, let s = first.span { return s }
        return iv
    }
}

import Foundation

/// Resolution of one expression.
struct Resolved {
    var type: Timex.Kind
    var value: String
    var mod: String? = nil
    var interval: DayInterval? = nil
    var granularity: Granularity? = nil
    var derivation: String = ""
    /// Derived from the quarter in focus: does not move the focus.
    var fromFocus = false
    /// A company's fiscal quarter named by its label ("the fiscal first quarter"), not a calendar quarter.
    var fiscal = false
    /// Reckoned from an event the text dated earlier ("ten days before the murder"): dates no event itself.
    var fromEvent = false
}

struct TaggerRun {
    let scalars: [Unicode.Scalar]
    let tokens: [TimeToken]
    /// The lowercased text of each token.
    let texts: [String]
    let dct: Day?
    var out: [Timex] = []
    /// The last day-level date in focus (for anaphora).
    var focus: Day?
    /// The start of the last date named at day, month, season, quarter or year granularity: "that year", "the following month" refer to it.
    var wideFocus: Day?
    /// The last fiscal/calendar quarter mentioned: earnings reports compare "a year earlier" at quarter granularity.
    var focusQuarter: Day?
    /// The quarter in focus is a fiscal label: "the quarter ended Sept. 29" right after it restates it.
    var fiscalFocus = false
    /// The quarter in focus was reported on before its calendar end: a fiscal quarter, over by definition.
    var focusReported = false
    /// The granularity of `wideFocus`: a month in focus leaves "that day" unknown within it.
    var wideFocusGranularity: Granularity?
    /// Kinds of event the text has dated ("shot to death last Oct. 23", "the Oct. 23 killing"): the day, the token of
    /// the event word and its distance from the date, so that "ten days before the murder" can anchor on it.
    var eventDays: [String: (day: Day, word: Int, distance: Int)] = [:]
    /// The last expression emitted and the token after it: what an apposition (", the day before …") restates.
    var lastEmitted: (end: Int, r: Resolved)?
    var focusQuarterToken = 0
    /// The quarter in focus, when one was named in the last 250 tokens.
    func quarterInFocus(_ i: Int) -> Day? { i - focusQuarterToken < 250 ? focusQuarter : nil }
    /// "the latest quarter": a reported quarter is over, so the one in focus unless that has not ended by the DCT
    /// ("a fourth-quarter charge" looks ahead), else the last quarter ended before the DCT.
    func latestQuarter(_ i: Int) -> Day? {
        guard let dct, let last = dct.adding(months: -3) else { return quarterInFocus(i) }
        guard let f = quarterInFocus(i) else { return last }
        let quarterIndex = { (d: Day) in d.year * 4 + (d.month - 1) / 3 }
        return quarterIndex(f) <= quarterIndex(last) || focusReported ? f : last
    }

    init(scalars: [Unicode.Scalar], tokens: TimeTokens, dct: Day?) {
        self.scalars = scalars; self.tokens = tokens.tokens; self.texts = tokens.texts; self.dct = dct; self.focus = dct
    }

    // MARK: token helpers
    /// True when token i is an abbreviated month/weekday followed by its period ("Sept.", "Tue.").
    func abbrevDot(_ i: Int) -> Bool { w(i + 1) == "." && !Lexicon.fullNames.contains(w(i)) }
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

    /// True when tokens i..<end are part of a name rather than a time: a deictic word capitalised inside a line
    /// ("ABC's \"This Week\"", "This is VOA Today", "USA Today"), as a sentence or a headline never has it.
    func isTitle(_ i: Int, _ end: Int) -> Bool {
        guard tokens[i].kind == .word, TaggerRun.titleWords.contains(texts[i]), tokens[i].capitalized, i > 0 else { return false }
        guard (i..<end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].capitalized }) else { return false }
        // the token before must be on the same line, inside a sentence
        let before = tokens[i - 1]
        if scalars[before.end..<tokens[i].start].contains("\n") { return false }
        if isClauseEnd(i - 1) { return false }
        if before.kind == .punct {
            // an opening quote or bracket starts a sentence when it follows a sentence end, a colon or a comma
            guard i >= 2, !scalars[tokens[i - 2].end..<before.start].contains("\n") else { return false }
            if isClauseEnd(i - 2) || isWord(i - 2, [",", ":"]) { return false }
            return end - i >= 2
        }
        // a headline in title case ("Markets Rally This Week") capitalises every word: no name there
        if isTitleCaseLine(around: i) { return false }
        // "VOA Today", "USA Today": a single word after a capitalised one; "This Week" after any word
        return before.capitalized || end - i >= 2
    }

    /// True when most words of the line holding token i are capitalised, as in a headline.
    func isTitleCaseLine(around i: Int) -> Bool {
        var a = i, b = i
        while a > 0, !scalars[tokens[a - 1].end..<tokens[a].start].contains("\n") { a -= 1 }
        while b + 1 < tokens.count, !scalars[tokens[b].end..<tokens[b + 1].start].contains("\n") { b += 1 }
        var words = 0, capitalised = 0
        for k in a...b where tokens[k].kind == .word && texts[k].count > 3 {
            words += 1
            if tokens[k].capitalized { capitalised += 1 }
        }
        return words >= 3 && capitalised * 10 >= words * 7
    }
    /// Words that may follow an adverb of time at the end of its phrase ("shelled overnight in Kharkiv").
    static let afterAdverb: WordSet = ["in", "on", "at", "and", "to", "from", "as", "when", "while", "after", "before", "but", "near",
                                        "across", "into", "with", "by", "for", "amid", "despite", "killing", "leaving", "according"]
    /// Nouns after "today's" that speak of the present at large ("today's youth"), not of the day.
    static let genericNouns: WordSet = ["world", "youth", "society", "generation", "children", "kids", "young", "economy", "technology",
                                        "standards", "culture", "families", "women", "men", "students", "consumers", "computers",
                                        "workers", "parents", "teenagers", "politics", "media", "market", "markets"]
    /// Adjectives that judge a day ("a historic day for …").
    static let judgedDays: WordSet = ["great", "historic", "historical", "sad", "dark", "proud", "big", "important", "special",
                                      "tragic", "black", "momentous", "good", "bad", "terrible", "memorable", "happy", "glorious"]
    static let titleWords: WordSet = ["today", "tonight", "this", "now", "tomorrow", "yesterday"]

    mutating func emit(start: Int, end: Int, _ r: Resolved) {
        lastEmitted = (end, r)
        if r.type == .date || r.type == .time, let iv = r.interval, iv.dayCount == 1, !r.fromFocus, !r.fromEvent { rememberEvents(near: start, end, on: iv.start) }
        let range = TextRange(tokens[start].start, tokens[end - 1].end)
        let text = TimeTokenizer.string(scalars, range.start, range.end)
        let deriv = r.derivation.hasPrefix("%T") ? "'\(text)'" + r.derivation.dropFirst(2) : (r.derivation.isEmpty ? "'\(text)'" : r.derivation)
        out.append(Timex(range: range, text: text, type: r.type, value: r.value, mod: r.mod, interval: r.interval,
                         granularity: r.granularity, derivation: deriv))
        if let iv = r.interval, r.type == .date || r.type == .time, iv.dayCount == 1 { focus = iv.start }
        if let iv = r.interval, r.type == .date, [.day, .month, .season, .quarter, .year].contains(r.granularity) { wideFocus = iv.start; wideFocusGranularity = r.granularity }
        if r.type == .time, r.interval != nil { wideFocusGranularity = .day }
        // a quarter still to come ("losses through the third quarter of 1990") is a forecast, not the one reported on,
        // unless the clause reports it ("reported a decline in fourth-quarter earnings" in October: a fiscal quarter);
        // one in a fronted contrast ("After a flat second quarter, …") is background
        if let iv = r.interval, r.granularity == .quarter, !r.fromFocus, !inFrontedContrast(start) {
            let ended = dct.map { iv.end.dayNumber < $0.dayNumber } ?? true
            let cue = directionCue(start)
            let reported = !ended && r.type == .date && cue.dir < 0 && cue.strong && !["has", "have", "says", "say"].contains(cue.word)
            if ended || reported {
                focusQuarter = iv.start; focusQuarterToken = start; fiscalFocus = r.fiscal || reported; focusReported = reported
            }
        }
        // "for the nine months", "the first half": the comparison is no longer between quarters
        if r.type == .duration, r.value == "P9M" || r.value == "P6M" || r.value == "P1Y" { focusQuarter = nil }
    }

    mutating func emitRange(_ parts: [(Int, Int, Resolved)]) {
        let first = out.count
        for (s, e, r) in parts { emit(start: s, end: e, r) }
        let ivs = out[first...].compactMap { $0.interval }
        if ivs.count == parts.count, let a = ivs.first, let b = ivs.last {
            let span = a.union(b)
            for k in first..<out.count { out[k].span = span }
        }
    }

    /// "from Monday to Wednesday", "between 1990 and 1995": two adjacent dates joined by to/and/until after from/between.
    mutating func linkRanges() {
        guard out.count >= 2 else { return }
        for k in 1..<out.count where out[k].span == nil && out[k - 1].span == nil {
            let a = out[k - 1], b = out[k]
            guard b.range.start - a.range.end <= 9, let ia = a.interval, let ib = b.interval, a.type == .date, b.type == .date else { continue }
            let between = lowerWord(a.range.end, b.range.start)
            guard TaggerRun.rangeJoiners.contains(between) else { continue }
            // "and" joins a range only after "between"/"from"
            let before = lowerWord(max(0, a.range.start - 9), a.range.start)
            guard between != "and" || before.hasSuffix("from") || before.hasSuffix("between") else { continue }
            guard ia.start <= ib.end else { continue }
            let span = ia.union(ib)
            out[k - 1].span = span; out[k].span = span
        }
    }
    static let deictic: WordTable<Int> = ["this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "that": 99, "same": 99, "following": 100]
    static let rangeJoiners: WordSet = ["to", "and", "until", "through", "-", "–", "—", "till"]
    /// Every word a rule can compare a token with: the lexicons, the tables here and the rules' own words.
    static let vocabulary: WordSet = {
        var s = Set<String>(TimeTables.ruleWords.words)
        for t in [Lexicon.months.keys, Lexicon.weekdays.keys, Lexicon.pluralWeekdays.keys, Lexicon.pluralPartsOfDay.keys,
                  Lexicon.numbers.keys, Lexicon.vagueQuantities.words, Lexicon.ordinals.keys, Lexicon.units.keys,
                  TimeTables.fixedWords.keys, Lexicon.partsOfDay.keys, Lexicon.seasons.keys, Lexicon.positionMods.keys,
                  TimeTables.futureCues.words, TimeTables.futureToCues.words, TimeTables.pastVerbs.words, TimeTables.pastCues.words,
                  Lexicon.decadeWords.keys, TimeTables.datePrepositions.words, TimeTables.eventKinds.keys, TimeTables.triggers.words,
                  Lexicon.fullNames.words, deictic.keys, rangeJoiners.words, afterAdverb.words, judgedDays.words, habitWords.words, genericNouns.words, nonVerbalCues.words, titleWords.words, Lexicon.centuryOrdinals.keys, abbreviations.words] { s.formUnion(t) }
        for (words, _) in Lexicon.quantityMods { s.formUnion(words) }
        for (words, _) in Lexicon.holidays { s.formUnion(words) }
        return WordSet(s)
    }()

    /// The lowercased text of scalars lo..<hi with surrounding spaces removed.
    func lowerWord(_ lo: Int, _ hi: Int) -> String {
        var a = lo, b = hi
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        return TimeTokenizer.string(scalars, a, b, lower: true)
    }

    // MARK: clause direction
    /// The tense of a verb right before the expression ("ended Jan. 31", "died on June 3"), nil when there is none.
    func boundTense(_ i: Int) -> Int? {
        if i >= 1, let c = cue(i - 1) { return c.dir }
        if i >= 2, isWord(i - 1, ["on", "in", "at"]), let c = cue(i - 2) { return c.dir }
        return nil
    }

    /// +1 future, -1 past, from the nearest tense/modality cue in the clause around token i.
    func direction(_ i: Int) -> Int { directionCue(i).dir }

    /// "until Monday", "by Jan. 31", "through August": a deadline after token `before` lies ahead unless the clause's own
    /// verbs put it in the past ("had not called him a suspect until Thursday"); a present perfect or a present
    /// ("has given them until Tuesday", "says it will pay by May 1") leaves it ahead.
    func deadlineDirection(_ dir: (dir: Int, strong: Bool, word: String), before k: Int, _ preps: WordSet = TaggerRun.deadlines) -> Int {
        guard isWord(k, preps) || (isWord(k, ["on"]) && isWord(k - 1, preps)) else { return dir.dir }
        if !dir.strong || ["has", "have", "says", "say"].contains(dir.word) { return 1 }
        return dir.dir
    }

    /// Words that make the expression after them a deadline; "through" bounds months and dates, not a weekday.
    static let deadlines: WordSet = ["by", "until", "till", "through"]
    static let weekdayDeadlines: WordSet = ["by", "until", "till"]

    /// The clause's direction, whether a strong cue (an auxiliary, a known verb) set it, not only a word in "-ed", and that cue.
    func directionCue(_ i: Int) -> (dir: Int, strong: Bool, word: String) {
        // the nearest strong cue (auxiliaries, known verbs) in the clause wins; a bare "-ed" word only when there is none
        var weak = 0
        var k = i - 1
        var n = 0
        while k >= 0 && n < 14 {
            if isClauseEnd(k) { break }
            if let c = cue(k) {
                // a verb right before the expression ("closed Wednesday", "ended on Jan. 31") is its own tense
                if c.strong || k == i - 1 || (k == i - 2 && isWord(i - 1, ["on", "in", "at"])) { return (c.dir, true, texts[k]) }
                if weak == 0 { weak = c.dir }
            }
            if tokens[k].kind == .word { n += 1 }
            k -= 1
        }
        // a fronted adverbial ("On Tuesday, the league plans to …") belongs to the whole clause after it
        var s = i
        while s > 0, tokens[s - 1].kind == .word, isWord(s - 1, ["on", "in", "at", "by", "until", "early", "late", "last", "next", "this"]) { s -= 1 }
        let fronted = s == 0 || isClauseEnd(s - 1) || (tokens[s - 1].kind == .punct && !isWord(s - 1, [","]))
        k = i + 1; n = 0
        while k < tokens.count && n < (fronted ? 16 : 6) {
            if isClauseEnd(k) { break }
            // past the nearest six words only a verb of the main clause counts, and only when nothing came before
            if n >= 6 && weak != 0 { break }
            if let c = cue(k), n < 6 || !TaggerRun.nonVerbalCues.contains(texts[k]) {
                if c.strong { return (c.dir, true, texts[k]) }
                if weak == 0 { weak = c.dir }
            }
            if tokens[k].kind == .word { n += 1 }
            k += 1
        }
        return (weak, false, "")
    }

    /// Tense cues that are no verbs ("the next talks", "two days ago"): they tell the time of their own phrase only.
    static let nonVerbalCues: WordSet = ["next", "upcoming", "tomorrow", "soon", "last", "ago", "earlier", "since"]

    /// A sentence end: ! ? ; or a period that does not close an abbreviation ("U.S.", "Mr.", "Sept.").
    func isClauseEnd(_ k: Int) -> Bool {
        // before the first token or after the last one, the text itself ends
        guard k >= 0, k < tokens.count else { return true }
        let t = tokens[k]
        guard t.kind == .punct else { return false }
        if texts[k] == "!" || texts[k] == "?" || texts[k] == ";" { return true }
        guard texts[k] == "." else { return false }
        if k > 0, tokens[k - 1].kind == .word, texts[k - 1].count <= 2 || TaggerRun.abbreviations.contains(texts[k - 1]) { return false }
        // "Peoria, Ill., bank", "Calif. officials": a sentence goes on after a comma or a lowercase word
        if k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.kind == .punct && texts[k + 1] == "," { return false }
            if next.kind == .word && !next.capitalized { return false }
        }
        return true
    }
    static let abbreviations: WordSet = ["mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "jan", "feb",
                                             "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "jr", "sr", "vs", "no"]

    /// +1 future, -1 past, nil when token k is no tense cue; `strong` unless it is only a word ending in "-ed".
    func cue(_ k: Int) -> (dir: Int, strong: Bool)? {
        let t = tokens[k]
        guard t.kind == .word else { return nil }
        // part of a compound ("lower-than-expected", "long-planned") or "next to": no tense
        if w(k - 1) == "-" || w(k + 1) == "-" { return nil }
        if texts[k] == "next" && w(k + 1) == "to" { return nil }
        let future = TimeTables.futureCues.contains(texts[k]) || (texts[k] == "may" && !t.capitalized)
            || (TimeTables.futureToCues.contains(texts[k]) && w(k + 1) == "to")
        if future {
            // "could not be reached Wednesday", "nor could they": a past inability, not a possibility ahead
            if texts[k] == "could", isWord(k + 1, ["not", "never"]) || (max(0, k - 9)..<k).contains(where: { isWord($0, ["nor", "neither"]) && !(($0 + 1)..<k).contains(where: isClauseEnd) }) {
                return (-1, true)
            }
            // "as previously planned", "originally scheduled": a plan already carried out or replaced;
            // "the hastily planned trip": an adjective
            if isWord(k - 1, ["previously", "originally", "initially"]) || (texts[k].hasSuffix("ed") && w(k - 1).hasSuffix("ly")) { return nil }
            // "had been scheduled to", "had planned": a plan in the past perfect is over
            if w(k - 1) == "had" || (w(k - 1) == "been" && w(k - 2) == "had") { return (-1, true) }
            return (1, true)
        }
        if texts[k] == "couldn", w(k + 1) == "'" || w(k + 1) == "’" { return (-1, true) }
        // "will last until Wednesday": the verb, not "last week"
        if texts[k] == "last", Lexicon.units[w(k + 1)] == nil, Lexicon.weekdays[w(k + 1)] == nil, Lexicon.months[w(k + 1)] == nil { return nil }
        if TimeTables.pastCues.contains(texts[k]) {
            // "is heard", "will be held": a participle after a present or future auxiliary
            if TimeTables.pastVerbs.contains(texts[k]), isWord(k - 1, ["is", "are", "be", "being", "am"]) { return nil }
            return (-1, true)
        }
        if !t.capitalized, texts[k].count > 4, texts[k].hasSuffix("ed") {
            // "will be named", "is closed": a passive participle carries no tense of its own
            if isWord(k - 1, ["be", "being", "is", "are", "am"]) { return nil }
            return (-1, false)
        }
        return nil
    }

    // MARK: value builders
    func dayR(_ d: Day, _ how: String) -> Resolved {
        Resolved(type: .date, value: d.iso, interval: DayInterval(day: d), granularity: .day, derivation: how.hasPrefix(":") ? "%T" + how : "%T \(how)")
    }
    func monthR(_ y: Int, _ m: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: m, day: 1), let e = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-\(pad(m, 2))", granularity: .month, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-\(pad(m, 2))", interval: DayInterval(s, e), granularity: .month, derivation: "%T \(how)")
    }
    func yearR(_ y: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: 1, day: 1), let e = Day(year: y, month: 12, day: 31) else {
            return Resolved(type: .date, value: String(y), granularity: .year, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: pad(y, 4), interval: DayInterval(s, e), granularity: .year, derivation: "%T \(how)")
    }
    func weekR(_ d: Day, _ how: String, weekend: Bool = false) -> Resolved {
        let (y, wk) = d.isoWeek
        let mon = d.adding(days: 1 - d.weekday)
        let sat = mon?.adding(days: 5), sun = mon?.adding(days: 6)
        if weekend {
            return Resolved(type: .date, value: "\(pad(y, 4))-W\(pad(wk, 2))-WE", interval: sat.flatMap { a in sun.map { DayInterval(a, $0) } }, granularity: .weekend, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-W\(pad(wk, 2))", interval: mon.flatMap { a in sun.map { DayInterval(a, $0) } }, granularity: .week, derivation: "%T \(how)")
    }
    func quarterR(_ y: Int, _ q: Int, _ how: String) -> Resolved {
        guard let s = Day(year: y, month: q * 3 - 2, day: 1), let e = Day(year: y, month: q * 3, day: Day.daysIn(month: q * 3, year: y)) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-Q\(q)", granularity: .quarter, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-Q\(q)", interval: DayInterval(s, e), granularity: .quarter, derivation: "%T \(how)")
    }
    func seasonR(_ y: Int, _ code: String, _ how: String) -> Resolved {
        let months = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)][code]!
        guard let s = Day(year: y, month: months.0, day: 1),
              let endDay = Day(year: y, month: 1, day: 1)?.adding(months: months.1)?.adding(days: -1) else {
            return Resolved(type: .date, value: "\(pad(y, 4))-\(code)", granularity: .season, derivation: "%T \(how)")
        }
        return Resolved(type: .date, value: "\(pad(y, 4))-\(code)", interval: DayInterval(s, endDay), granularity: .season, derivation: "%T \(how)")
    }

    /// True when token i sits in a phrase of contrast that opens its sentence ("After a flat second quarter, …").
    func inFrontedContrast(_ i: Int) -> Bool {
        var k = i - 1, n = 0
        while k >= 0, n < 4, tokens[k].kind == .word {
            if isWord(k, ["after", "following", "despite", "unlike"]) { return k == 0 || isClauseEnd(k - 1) }
            n += 1; k -= 1
        }
        return false
    }

    /// True when an adverb of habit ("usually", "typically") stands earlier in the clause of token i.
    func habitual(before i: Int) -> Bool {
        var k = i - 1, n = 0
        while k >= 0, n < 12, !isClauseEnd(k) {
            if isWord(k, TaggerRun.habitWords) { return true }
            if tokens[k].kind == .word { n += 1 }
            k -= 1
        }
        return false
    }
    static let habitWords: WordSet = ["usually", "typically", "normally", "generally", "traditionally", "customarily"]

    /// Records the kinds of event named within eight words of a dated expression in its clause.
    mutating func rememberEvents(near start: Int, _ end: Int, on day: Day) {
        var k = start - 1
        while k >= max(0, start - 8), !isClauseEnd(k) {
            if let kind = TimeTables.eventKinds[w(k)] { remember(kind, k, start - k, day) }
            k -= 1
        }
        k = end
        while k < min(tokens.count, end + 8), !isClauseEnd(k) {
            if let kind = TimeTables.eventKinds[w(k)] { remember(kind, k, k - end + 1, day) }
            k += 1
        }
    }

    mutating func remember(_ kind: String, _ word: Int, _ distance: Int, _ day: Day) {
        // one event word belongs to the nearest date around it
        if let old = eventDays[kind], old.word == word, old.distance <= distance { return }
        eventDays[kind] = (day, word, distance)
    }

    /// "the murder", "his death", "Slepian's killing" at token j: the day the text gave that kind of event, and the
    /// token after the event word.
    func eventAnchor(_ j: Int) -> (end: Int, day: Day)? {
        var k = j
        if isWord(k, ["the", "his", "her", "their", "its", "this", "that"]) { k += 1 }
        else if k + 2 < tokens.count, tokens[k].capitalized, w(k + 1) == "'" || w(k + 1) == "’", w(k + 2) == "s" { k += 3 }
        // "before Slepian was killed", "after he was shot": the event as a clause
        else if k + 2 < tokens.count, tokens[k].kind == .word, tokens[k].capitalized || isWord(k, ["he", "she", "they"]),
                isWord(k + 1, ["was", "were"]), TimeTables.eventKinds[w(k + 2)] != nil { k += 2 }
        else { return nil }
        if TimeTables.eventKinds[w(k)] == nil, k + 1 < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized { k += 1 }
        guard let kind = TimeTables.eventKinds[w(k)] else { return nil }
        if let known = eventDays[kind] { return (k + 1, known.day) }
        // "two weeks after the invasion began on Feb. 24": the event's own date, right after it in the clause
        var j = k + 1
        while j < min(tokens.count, k + 7), !isClauseEnd(j) {
            if tokens[j].kind != .punct, let (_, r) = match(j) {
                guard r.type == .date, r.granularity == .day, let iv = r.interval else { return nil }
                return (k + 1, iv.start)
            }
            j += 1
        }
        return nil
    }

    /// The expression that ends right before ", " at token i (an apposition restates it), if any.
    func restated(_ i: Int) -> Resolved? {
        guard let last = lastEmitted, w(i - 1) == ",", last.end == i - 1 else { return nil }
        return last.r
    }

    /// A day-of-month in a month with no year: the year placing it nearest the DCT, biased by tense.
    func dayNoYear(_ m: Int, _ d: Int, at i: Int) -> Resolved? {
        guard let dct else {
            guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
            return Resolved(type: .date, value: "XXXX-\(pad(m, 2))-\(pad(d, 2))", granularity: .day, derivation: "%T: no publication date to take the year from")
        }
        // "the year-ago quarter, the second quarter ended Oct. 31": the end of a past year's quarter, in that year
        // (a fiscal quarter's label may end later in it)
        if isWord(i - 1, ["ended", "ending"]), let last = lastEmitted, last.end == i - 1, last.r.granularity == .quarter, let q = last.r.interval,
           q.start.year < dct.year {
            let y = m >= q.start.month ? q.start.year : q.start.year + 1
            if let day = Day(year: y, month: m, day: d) { return dayR(day, "(the end of the quarter before it)") }
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
        return dayR(b, "in \(dctText) (\(how))")
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
        return monthR(y, m, "in \(dctText) (\(dir < 0 ? "past clause" : dir > 0 ? "future clause" : "the year of publication"))")
    }

    // MARK: ranges
    /// "between 28 and 30 March", "28-30 March", "March 28-30".
    func matchRange(_ i: Int) -> (Int, [(Int, Int, Resolved)])? {
        var j = i
        if w(j) == "between" || w(j) == "from" { j += 1 }
        // D (and|to|-) D Month [Year]
        if isNum(j), tokens[j].number >= 1, tokens[j].number <= 31, tokens[j].digits <= 2 {
            var k = j + 1
            if Lexicon.ordinalSuffixes.contains(w(k)) { k += 1 }
            if ["and", "to", "-", "–", "—", "until", "through"].contains(w(k)), isNum(k + 1), tokens[k + 1].digits <= 2 {
                if let (e2, r2) = matchDayMonth(k + 1), case let v = r2.value, v.count >= 7 {
                    // first day: same month/year as the second
                    let d1 = tokens[j].number
                    let prefix = String(v.prefix(v.count - 2))
                    var r1 = Resolved(type: .date, value: prefix + pad(d1, 2), granularity: .day, derivation: "%T: first end of a range, month and year from its second end")
                    if let iv = r2.interval, let day = Day(year: iv.start.year, month: iv.start.month, day: d1) {
                        r1.interval = DayInterval(day: day)
                        if day > iv.start { return nil }
                    }
                    return (e2, [(j, k, r1), (k + 1, e2, r2)].map { ($0.0, $0.0 == j ? (Lexicon.ordinalSuffixes.contains(w(j+1)) ? j + 2 : j + 1) : $0.1, $0.2) })
                }
            }
        }
        // Month D (-|to|and) D [Year]
        if let m = monthAt(j, strict: true), let (d1, k2) = monthDay(j) {
            if ["-", "–", "—", "to", "and", "through"].contains(w(k2)), isNum(k2 + 1), tokens[k2 + 1].digits <= 2 {
                let d2 = tokens[k2 + 1].number
                var e = k2 + 2
                if Lexicon.ordinalSuffixes.contains(w(e)) { e += 1 }
                var year: Int?
                if w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4 { year = tokens[e + 1].number; e += 2 }
                else if isNum(e), tokens[e].digits == 4 { year = tokens[e].number; e += 1 }
                guard d2 > d1, d2 <= 31 else { return nil }
                let r1: Resolved, r2: Resolved
                if let y = year, let a = Day(year: y, month: m, day: d1), let b = Day(year: y, month: m, day: d2) {
                    r1 = dayR(a, "(explicit date)"); r2 = dayR(b, "(explicit date)")
                } else if let a = dayNoYear(m, d1, at: j), let b0 = dayNoYear(m, d2, at: j) {
                    r1 = a
                    if let iv = a.interval, let bd = Day(year: iv.start.year, month: m, day: d2) { r2 = dayR(bd, "(second end of a range)") } else { r2 = b0 }
                } else { return nil }
                return (e, [(j, k2, r1), (k2 + 1, e, r2)])
            }
        }
        return nil
    }

    /// "in May", "until May", "mid-May", "planned for May": the month, not the verb or the name ("Theresa May").
    func mayIsMonth(_ i: Int) -> Bool {
        isWord(i - 1, TaggerRun.beforeMay) || (w(i - 1) == "-" && isWord(i - 2, ["mid", "early", "late"]))
    }
    static let beforeMay: WordSet = ["in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during",
                                     "through", "before", "after", "for", "to", "from", "around"]

    /// The month at token i (capitalised name or abbreviation); "May" and abbreviations need a number or year nearby.
    func monthAt(_ i: Int, strict: Bool) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, let m = Lexicon.months[texts[i]] else { return nil }
        let t = tokens[i]
        if !t.capitalized { return nil }
        if texts[i].count <= 4 && texts[i] != "june" && texts[i] != "july" {
            // abbreviation or "May": needs a following number or a period
            if w(i + 1) == "." || isNum(i + 1) || (isNum(i + 2) && w(i + 1) == ",") { return m }
            if texts[i] == "may" && mayIsMonth(i) { return m }
            return nil
        }
        return m
    }

    /// D[th] [of] Month[.] [,] [Year]
    func matchDayMonth(_ i: Int) -> (Int, Resolved)? {
        guard isNum(i), tokens[i].digits <= 2, tokens[i].number >= 1, tokens[i].number <= 31 else { return nil }
        var k = i + 1
        if Lexicon.ordinalSuffixes.contains(w(k)) { k += 1 }
        if w(k) == "of" { k += 1 }
        guard let m = monthAt(k, strict: false) ?? (Lexicon.months[w(k)].flatMap { tokens[k].capitalized ? $0 : nil }) else { return nil }
        k += abbrevDot(k) ? 2 : 1
        let d = tokens[i].number
        if isNum(k), tokens[k].digits == 4 { if let day = Day(year: tokens[k].number, month: m, day: d) { return (k + 1, dayR(day, "(explicit date)")) } }
        if w(k) == ",", isNum(k + 1), tokens[k + 1].digits == 4 { if let day = Day(year: tokens[k + 1].number, month: m, day: d) { return (k + 2, dayR(day, "(explicit date)")) } }
        guard let r = dayNoYear(m, d, at: i) else { return nil }
        return (k, r)
    }

    // MARK: single expressions
    func match(_ i: Int) -> (Int, Resolved)? {
        // rules look ahead with match(k + n): past the last token there is nothing to match
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number { return matchNumber(i) }
        if t.kind != .word { return nil }
        // quantity modifiers before a duration
        if Lexicon.quantityModStarts.contains(texts[i]) {
            for (words, mod) in Lexicon.quantityMods where words.enumerated().allSatisfy({ w(i + $0.offset) == $0.element }) {
                // "at least the first two quarters of 1990": a half-year, found from its own first word
                if matchHalfOfYear(i + words.count) != nil { return nil }
                if let (e, r) = matchDuration(i + words.count), r.type == .duration {
                    var r2 = r; r2.mod = mod; return (e, r2)
                }
            }
        }
        // "on Monday and Tuesday nights": the plural part of the day makes both weekdays weekly
        if t.capitalized, let wd = Lexicon.weekdays[texts[i]], texts[i].count > 3, isWord(i + 1, ["and", "or"]),
           let wd2 = Lexicon.weekdays[w(i + 2)], wd2 != wd, let pod = Lexicon.pluralPartsOfDay[w(i + 3)] {
            return (i + 1, Resolved(type: .set, value: "XXXX-WXX-\(wd)T\(pod)", derivation: "%T: every week"))
        }
        // "on Mondays", "Sunday mornings": a weekly SET
        if t.capitalized, let wd = Lexicon.pluralWeekdays[texts[i]] ?? (Lexicon.pluralPartsOfDay[w(i + 1)] != nil && texts[i].count > 3 ? Lexicon.weekdays[texts[i]] : nil) {
            var e = i + 1
            var v = "XXXX-WXX-\(wd)"
            if let pod = Lexicon.pluralPartsOfDay[w(e)] ?? (Lexicon.pluralWeekdays[texts[i]] != nil ? Lexicon.partsOfDay[w(e)] : nil) { v += "T" + pod; e += 1 }
            return (e, Resolved(type: .set, value: v, derivation: "%T: every week"))
        }
        // holidays: "Thanksgiving Day", "last Christmas", "Good Friday"
        if Lexicon.holidayStarts.contains(texts[i]) { return t.capitalized ? matchHoliday(i, det: nil) : nil }
        if isWord(i, ["last", "next", "this", "past", "coming"]), i + 1 < tokens.count, tokens[i + 1].capitalized,
           Lexicon.holidayStarts.contains(w(i + 1)), let r = matchHoliday(i + 1, det: texts[i]) { return r }
        if texts[i] == "soon", w(i - 1) == "as" {
            // "as soon as possible": the near future; "as soon as Tuesday" leaves the day to its own rule
            if w(i + 1) == "as", w(i + 2) == "possible" { return (i + 3, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future")) }
            return nil
        }
        // "soon after the war", "was soon released": a relation inside a past story, not the future of the article
        if texts[i] == "soon", isWord(i + 1, ["after", "afterward", "afterwards", "thereafter"]) || direction(i) < 0 { return nil }
        if texts[i] == "daily" || texts[i] == "weekly", i + 1 < tokens.count, tokens[i + 1].capitalized { return nil }
        if let r = matchHalfOfYear(i) { return r }
        if let r = matchPartOfPeriod(i) { return r }
        // "twice as high this year as last": the unit of the "this …" it is compared with
        if texts[i] == "last", isWord(i - 1, ["as", "than"]), i + 1 >= tokens.count || tokens[i + 1].kind != .word, let dct {
            var k = i - 2, n = 0
            while k > 0, n < 10, !isClauseEnd(k) {
                if w(k - 1) == "this", let u = Lexicon.units[w(k)], !w(k).hasSuffix("s"), var r = shift(dct, u, -1) {
                    r.derivation = "%T: the last \(w(k)), compared with this one"
                    return (i + 1, r)
                }
                if tokens[k].kind == .word { n += 1 }
                k -= 1
            }
        }
        // "was shelled overnight": the night before publication ("will stay open overnight": the coming one);
        // "an overnight stay", "overnight losses" are no point in time
        if texts[i] == "overnight", let dct, i + 1 >= tokens.count || tokens[i + 1].kind != .word || isWord(i + 1, TaggerRun.afterAdverb) {
            let ahead = direction(i) > 0
            guard let d = ahead ? dct : dct.adding(days: -1) else { return nil }
            return (i + 1, Resolved(type: .time, value: d.iso + "TNI", interval: DayInterval(day: d), granularity: .partOfDay,
                                    derivation: "%T: the night \(ahead ? "of" : "before") publication, \(dct.readable)"))
        }
        if let r = matchDuration(i) { return r }
        if let r = matchRelative(i) { return r }
        if let m = monthAt(i, strict: false) { return matchMonthFirst(i, m) }
        if let wd = Lexicon.weekdays[texts[i]], t.capitalized, texts[i].count > 3 || w(i + 1) == "." { return matchWeekday(i, wd) }
        if let f = TimeTables.fixedWords[texts[i]] { return matchFixed(i, f) }
        if texts[i] == "noon" || texts[i] == "midnight" || texts[i] == "midday" { return matchClock(i) }
        return nil
    }

    /// "the end of the month", "the beginning of next year", "the middle of March": that period with its START/MID/END.
    func matchPartOfPeriod(_ i: Int) -> (Int, Resolved)? {
        guard w(i) == "the", let mod = Lexicon.periodParts[w(i + 1)], w(i + 2) == "of" else { return nil }
        let k = i + 3
        // "the end of the month", "the start of the week": the one of publication
        if w(k) == "the", let dct, let u = Lexicon.units[w(k + 1)], !w(k + 1).hasSuffix("s") {
            var r: Resolved?
            switch u {
            case .week: r = weekR(dct, "(the week of publication)")
            case .month: r = monthR(dct.year, dct.month, "(the month of publication)")
            case .quarter: r = quarterR(dct.year, (dct.month - 1) / 3 + 1, "(the quarter of publication)")
            case .year: r = yearR(dct.year, "(the year of publication)")
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

    /// The holiday's day in year y.
    func holiday(_ rule: HolidayRule, in y: Int) -> Day? {
        switch rule {
        case .fixed(let m, let d): return Day(year: y, month: m, day: d)
        case .nthWeekday(let m, let wd, let n):
            if n > 0 {
                guard let first = Day(year: y, month: m, day: 1) else { return nil }
                return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
            }
            guard let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) else { return nil }
            return last.adding(days: -((last.weekday - wd + 7) % 7))
        case .usElection:
            // the Tuesday after the first Monday of November
            guard let first = Day(year: y, month: 11, day: 1) else { return nil }
            return first.adding(days: (1 - first.weekday + 7) % 7 + 1)
        case .easter(let off):
            // anonymous Gregorian computus
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return Day(year: y, month: month, day: day)?.adding(days: off)
        }
    }

    /// A holiday at token i, its year from "last/next/this", else from the clause's tense around the DCT.
    func matchHoliday(_ i: Int, det: String?) -> (Int, Resolved)? {
        for (words, rule) in Lexicon.holidays where words.enumerated().allSatisfy({ w(i + $0.offset) == $0.element }) {
            let e = i + words.count
            guard let dct else { return nil }
            let cands = (dct.year - 1...dct.year + 1).compactMap { holiday(rule, in: $0) }
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
            if w(e) == "week" { return (e + 1, weekR(day, "(the week of a holiday, \(how), in \(dctText))")) }
            // a Monday holiday's weekend is the one before it ("Memorial Day weekend"), else the one of its week
            if w(e) == "weekend", let anchor = day.adding(days: day.weekday == 1 ? -1 : 0) {
                return (e + 1, weekR(anchor, "(the weekend of a holiday, \(how), in \(dctText))", weekend: true))
            }
            return (e, dayR(day, ": a holiday, \(how), in \(dctText)"))
        }
        return nil
    }

    func matchFixed(_ i: Int, _ f: TimeTables.Fixed) -> (Int, Resolved)? {
        switch f {
        case .day(let off):
            // "yesterday morning", "tomorrow night"
            if let pod = Lexicon.partsOfDay[w(i + 1)], let dct, let d = dct.adding(days: off) {
                return (i + 2, Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay, derivation: "%T in \(dctText)"))
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
            guard let d = dct.adding(days: off) else { return nil }
            return (i + 1, dayR(d, "in \(dctText)"))
        case .partOfDay(let off, let pod):
            guard let dct, let d = dct.adding(days: off) else { return (i + 1, Resolved(type: .time, value: "XXXX-XX-XXT" + pod, granularity: .partOfDay)) }
            return (i + 1, Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay, derivation: "%T in \(dctText)"))
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

    /// A weekday at token i; `start` is the first token of a longer expression ending in it ("9 a.m. Tuesday").
    func matchWeekday(_ i: Int, _ wd: Int, start: Int? = nil) -> (Int, Resolved)? {
        var end = i + 1
        if abbrevDot(i) { end += 1 }
        // "Saturday, April 25", "Friday Oct. 13": the explicit date decides
        var k = end
        if w(k) == "," { k += 1 }
        if let m = monthAt(k, strict: false), let (e, r) = matchMonthFirst(k, m), r.granularity == .day { return (e, r) }
        if let (e, r) = matchDayMonth(k) { return (e, r) }
        let pod = Lexicon.partsOfDay[w(end)]
        if pod != nil { end += 1 }
        guard let dct else {
            return (end, Resolved(type: .date, value: "XXXX-WXX-\(wd)", granularity: .day, derivation: "%T: no publication date"))
        }
        // "closed until Monday", "due by Friday": a deadline lies ahead unless the clause's verbs say otherwise
        var dir = deadlineDirection(directionCue(i), before: (start ?? i) - 1, TaggerRun.weekdayDeadlines)
        if dir == 0 { dir = -1 }
        // "Wednesday's ruling": a named day's event, the nearer of the two Wednesdays
        if end == i + 1, w(end) == "'" || w(end) == "’", w(end + 1) == "s" {
            let back = (dct.weekday - wd + 7) % 7
            dir = back <= 4 ? -1 : 1
        }
        if w(i - 1) == "next" || w(i - 1) == "coming" { dir = 1 }
        if w(i - 1) == "last" || w(i - 1) == "past" { dir = -1 }
        var off = dir < 0 ? -((dct.weekday - wd + 7) % 7) : (wd - dct.weekday + 7) % 7
        if w(i - 1) == "next" && off == 0 { off = 7 }
        if w(i - 1) == "last" && off == 0 { off = -7 }
        guard let d = dct.adding(days: off) else { return nil }
        let how = dir < 0 ? "the \(Lexicon.weekdayNames[wd - 1]) before publication (past clause)" : "the next \(Lexicon.weekdayNames[wd - 1]) after publication (future clause)"
        var r = dayR(d, ": \(how), in \(dctText)")
        // "Wednesday night": TimeBank types it a DATE with the part of the day in the value
        if let pod { r.value += "T" + pod; r.granularity = .partOfDay }
        return (end, r)
    }

    /// The day after the month name at `i` ("March 28", "Mar. 28th"): the day and the token after it (and
    /// after its ordinal suffix); nil when no day of 1–31 follows.
    func monthDay(_ i: Int) -> (day: Int, next: Int)? {
        var k = i + 1
        if abbrevDot(i) { k += 1 }
        guard isNum(k), tokens[k].digits <= 2, tokens[k].number >= 1, tokens[k].number <= 31 else { return nil }
        var e = k + 1
        if Lexicon.ordinalSuffixes.contains(w(e)) { e += 1 }
        return (tokens[k].number, e)
    }

    /// Month [D[th]] [,] [Year] / Month Year / Month
    func matchMonthFirst(_ i: Int, _ m: Int) -> (Int, Resolved)? {
        var k = i + 1
        if abbrevDot(i) { k += 1 }
        if let (d, e) = monthDay(i) {
            if w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4, let day = Day(year: tokens[e + 1].number, month: m, day: d) { return (e + 2, dayR(day, "(explicit date)")) }
            if isNum(e), tokens[e].digits == 4, let day = Day(year: tokens[e].number, month: m, day: d) { return (e + 1, dayR(day, "(explicit date)")) }
            if let r = dayNoYear(m, d, at: i) { return (e, r) }
        }
        if isNum(k), tokens[k].digits == 4 { return (k + 1, monthR(tokens[k].number, m, "(explicit month)")) }
        if w(k) == "nineteen", let (e, r) = matchPeriodPhrase(k), r.granularity == .year, let iv = r.interval { return (e, monthR(iv.start.year, m, "(explicit month)")) }
        if w(k) == ",", isNum(k + 1), tokens[k + 1].digits == 4 { return (k + 2, monthR(tokens[k + 1].number, m, "(explicit month)")) }
        if w(k) == "of", w(k + 1) == "this" || w(k + 1) == "last" || w(k + 1) == "next", w(k + 2) == "year", let dct {
            let y = dct.year + (w(k + 1) == "last" ? -1 : w(k + 1) == "next" ? 1 : 0)
            return (k + 3, monthR(y, m, "in \(dctText)"))
        }
        if w(k) == "this" || w(k) == "last" || w(k) == "next", w(k + 1) == "year", let dct {
            let y = dct.year + (w(k) == "last" ? -1 : w(k) == "next" ? 1 : 0)
            return (k + 2, monthR(y, m, "in \(dctText)"))
        }
        // "the March of the Combatant Mothers", "the March on Washington", "the March for Our Lives": a name
        if tokens[i].capitalized, w(k) == "of", w(k + 1) == "the", k + 2 < tokens.count, tokens[k + 2].capitalized { return nil }
        if tokens[i].capitalized, isWord(i - 1, ["the"]), isWord(k, ["on", "for", "against", "to", "of"]), k + 1 < tokens.count,
           tokens[k + 1].kind == .word, tokens[k + 1].capitalized, Lexicon.weekdays[w(k + 1)] == nil, Lexicon.months[w(k + 1)] == nil { return nil }
        // "the October slaying", "a June agreement": a month used as a modifier names that month; "the March of the
        // Mothers", "the May Day parade", "the annual March parade" do not
        if isWord(i - 1, ["the", "a"]), tokens[i].capitalized, k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized,
           !isWord(k, ["of", "and", "or", "to", "is", "was", "will", "has", "had", "-"]), texts[i] != "may" {
            return (k, monthNoYear(m, at: i))
        }
        if isWord(i - 1, ["the", "annual", "a"]) && !isNum(k) { return nil }
        if texts[i] == "may" && !mayIsMonth(i) { return nil }
        if texts[i].count <= 4 && k == i + 1 && texts[i] != "june" && texts[i] != "july" && texts[i] != "may" { return nil }
        return (k == i + 2 && !isNum(k) ? i + 1 : k, monthNoYear(m, at: i))
    }

    func matchNumber(_ i: Int) -> (Int, Resolved)? {
        let t = tokens[i]
        // "on the 25th", "until the 3rd": a day of the month of publication, or of the month before or after by tense
        if t.digits <= 2, (1...31).contains(t.number), Lexicon.ordinalSuffixes.contains(w(i + 1)), w(i - 1) == "the",
           isWord(i - 2, ["on", "by", "until", "till", "since", "from", "before", "after"]),
           i + 2 >= tokens.count || tokens[i + 2].kind != .word || isWord(i + 2, TaggerRun.afterAdverb), !isWord(i + 2, ["of"]), let dct {
            let dir = deadlineDirection(directionCue(i), before: i - 2, TaggerRun.weekdayDeadlines)
            // the nearest such day on the clause's side of the DCT (a 30th skips February)
            let step = dir > 0 ? 1 : -1
            var month = Day(year: dct.year, month: dct.month, day: 1)
            if (dir > 0 && t.number < dct.day) || (dir <= 0 && t.number > dct.day) { month = month?.adding(months: step) }
            for _ in 0..<3 {
                guard let m = month else { break }
                if let d = Day(year: m.year, month: m.month, day: t.number) {
                    return (i + 2, dayR(d, "(a day of the month, \(dir > 0 ? "the next" : "the last") such day from \(dct.readable))"))
                }
                month = m.adding(months: step)
            }
        }
        // "the 20th century", "an 11th century temple"
        if t.digits <= 2, t.number >= 1, t.number <= 30, Lexicon.ordinalSuffixes.contains(w(i + 1)), w(i + 2) == "century" {
            return (i + 3, Resolved(type: .date, value: String(t.number - 1), granularity: .century, derivation: "%T: a century"))
        }
        // "2082.1", "1,462.93": a decimal number (an index level, a price) is no year or count
        if w(i + 1) == ".", isNum(i + 2), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, t.digits >= 3 { return nil }
        // ISO date 2022-03-28
        if t.digits == 4, w(i + 1) == "-", isNum(i + 2), tokens[i + 2].digits == 2, w(i + 3) == "-", isNum(i + 4), tokens[i + 4].digits == 2,
           let d = Day(year: t.number, month: tokens[i + 2].number, day: tokens[i + 4].number) {
            return (i + 5, dayR(d, "(ISO date)"))
        }
        // d/m/yyyy or m/d/yyyy when unambiguous
        if t.digits <= 2, w(i + 1) == "/", isNum(i + 2), tokens[i + 2].digits <= 2, w(i + 3) == "/", isNum(i + 4), tokens[i + 4].digits == 4 || tokens[i + 4].digits == 2 {
            let a = t.number, b = tokens[i + 2].number
            var y = tokens[i + 4].number
            if tokens[i + 4].digits == 2 { y += y < 50 ? 2000 : 1900 }
            var md: (Int, Int)?
            if a > 12, b <= 12 { md = (b, a) } else if b > 12, a <= 12 { md = (a, b) } else if a == b { md = (a, b) } else if a <= 12 { md = (a, b) }
            if let (m, d) = md, let day = Day(year: y, month: m, day: d) { return (i + 5, dayR(day, "(numeric date)")) }
        }
        // times: 3 p.m., 15:00, 10:30 am
        if let r = matchClock(i) { return r }
        if let r = matchDayMonth(i) { return r }
        if let r = matchDuration(i) { return r }
        // decades: 1990s, '90s
        if t.digits == 4, w(i + 1) == "s", !tokens[i + 1].spaceBefore, t.number % 10 == 0 {
            let start = (w(i - 1) == "the" && i > 0) ? i - 1 : i
            _ = start
            return (i + 2, Resolved(type: .date, value: String(t.number / 10), interval: Day(year: t.number, month: 1, day: 1).flatMap { a in Day(year: t.number + 9, month: 12, day: 31).map { DayInterval(a, $0) } }, granularity: .decade, derivation: "%T: a decade"))
        }
        // years
        if t.digits == 4, t.number >= 1000, t.number <= 2099 {
            if w(i + 1) == "%" || (w(i + 1) == "," && isNum(i + 2) && tokens[i + 2].digits == 3) { return nil }
            if ["-", "–"].contains(w(i + 1)), isNum(i + 2), tokens[i + 2].digits == 2 || tokens[i + 2].digits == 4 {
                // 1998-99 range: tag the first year only
            }
            if isWord(i - 1, ["$", "no", "number", "route", "flight", "room"]) { return nil }
            // "Orion 1980", "1987 Chevrolet": part of a name
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, !isWord(i - 1, TimeTables.datePrepositions), Lexicon.months[w(i - 1)] == nil, i > 1, tokens[i - 2].kind != .punct { return nil }
            return (i + 1, yearR(t.number, "(explicit year)"))
        }
        return nil
    }

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
            guard let dct else { return nil }
            return (i + 1, Resolved(type: .time, value: dct.iso + clock, interval: DayInterval(day: dct), granularity: .time, derivation: "%T on the day of publication"))
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
        if ["est", "edt", "gmt", "utc", "pst", "pdt", "cet", "bst"].contains(w(k)) { k += 1 }
        let clock = "T\(pad(h, 2)):\(pad(mi, 2))"
        // "8 p.m. on Saturday", "10 a.m. on March 3": the day that follows
        if w(k) == "on", let (e, r) = match(k + 1), r.type == .date, r.granularity == .day, let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        if let wd = Lexicon.weekdays[w(k)], tokens[k].capitalized, let (e, r) = matchWeekday(k, wd, start: i), let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        let kd = w(k) == "," ? k + 1 : k
        if let m = monthAt(kd, strict: false), let (e, r) = matchMonthFirst(kd, m), r.granularity == .day, let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        if let f = TimeTables.fixedWords[w(k)], case .day = f, let (e, r) = matchFixed(k, f), let iv = r.interval {
            return (e, Resolved(type: .time, value: iv.start.iso + clock, interval: iv, granularity: .time, derivation: r.derivation))
        }
        guard let dct else { return (k, Resolved(type: .time, value: "XXXX-XX-XX" + clock, granularity: .time)) }
        if let day = clockEventDay(from: i, after: k) {
            return (k, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time, derivation: "%T on the day of the event its clause names, \(day.readable)", fromEvent: true))
        }
        let day = focus ?? dct
        return (k, Resolved(type: .time, value: day.iso + clock, interval: DayInterval(day: day), granularity: .time, derivation: "%T on the date in focus, \(day.readable)"))
    }

    /// Reads a quantity at i: digits, number words ("twenty four", "twenty-four"), vague words. Returns (next index, value or nil for X).
    /// The day of a clock time with no date of its own, from its clause: "at 6 a.m. ten days before the murder" (the
    /// shifted day), "was shot to death at 10 p.m." (the day the text gave the shooting). Nil when the clause has a
    /// date before the clock time or names no dated event.
    func clockEventDay(from i: Int, after k: Int) -> Day? {
        var j = k, words = 0
        while j < tokens.count, words < 12, !isClauseEnd(j) {
            if let (e, n) = quantity(j), let nn = n, let u = Lexicon.units[w(e)], u != .minute, u != .hour, isWord(e + 1, ["before", "after"]),
               let (_, day) = eventAnchor(e + 2) {
                guard let iv = shift(day, u, w(e + 1) == "before" ? -nn : nn)?.interval, iv.dayCount == 1 else { return nil }
                return iv.start
            }
            if tokens[j].kind == .word { words += 1 }
            j += 1
        }
        // an event word earlier in the clause, with no date between it and the clock time
        var b = i - 1, back = 0
        while b >= 0, back < 12, !isClauseEnd(b) {
            if let last = lastEmitted, last.end > b { return nil }
            if let kind = TimeTables.eventKinds[w(b)], let known = eventDays[kind] { return known.day }
            if tokens[b].kind == .word { back += 1 }
            b -= 1
        }
        return nil
    }

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

    /// "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    func halfCode(_ u: TimeUnit, _ n: Int) -> String? {
        switch u {
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        case .day: return "P\(n)DT12H"
        case .year: return "P\(n)Y6M"
        case .month: return "P\(n)M15D"
        default: return nil
        }
    }

    func unitCode(_ u: TimeUnit, _ n: Int?) -> String {
        let x = n.map(String.init) ?? "X"
        switch u {
        case .minute: return "PT\(x)M"
        case .hour: return "PT\(x)H"
        case .day: return "P\(x)D"
        case .week: return "P\(x)W"
        case .weekend: return "P\(x)WE"
        case .month: return "P\(x)M"
        case .quarter: return "P\(n.map { String($0 * 3) } ?? "X")M"
        case .half: return "P\(n.map { String($0 * 6) } ?? "X")M"
        case .year: return "P\(x)Y"
        case .decade: return "P\(n.map { String($0 * 10) } ?? "X")Y"
        case .century: return "P\(n.map { String($0 * 100) } ?? "X")Y"
        }
    }

    func shift(_ d: Day, _ u: TimeUnit, _ n: Int) -> Resolved? {
        switch u {
        case .minute, .hour: return dayR(d, "")
        case .day: return d.adding(days: n).map { dayR($0, "") }
        case .week, .weekend: return d.adding(days: 7 * n).map { weekR($0, "") }
        case .month: return d.adding(months: n).map { monthR($0.year, $0.month, "") }
        case .quarter: return d.adding(months: 3 * n).map { quarterR($0.year, ($0.month - 1) / 3 + 1, "") }
        case .half: return d.adding(months: 6 * n).map { monthR($0.year, $0.month, "") }
        case .year: return yearR(d.year + n, "")
        case .decade: return Resolved(type: .date, value: String((d.year + 10 * n) / 10), granularity: .decade)
        case .century: return Resolved(type: .date, value: String((d.year + 100 * n) / 100), granularity: .century)
        }
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
            return (e, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: a length of time given as a range"))
        }
        if joiner == "or" {
            if w(e) == "ago" { return (e + 1, Resolved(type: .date, value: "PAST_REF", derivation: "%T: an approximate time before publication")) }
            if w(i - 1) == "in", self.direction(i) > 0 { return (e, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: an approximate time after publication")) }
            return (e, Resolved(type: .duration, value: unitCode(u, n), mod: "APPROX", derivation: "%T: an approximate length of time"))
        }
        return (e, Resolved(type: .duration, value: unitCode(u, n), mod: "EQUAL_OR_MORE", derivation: "%T: at least the lower end of a range"))
    }

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
            return (k2 + 1, Resolved(type: .set, value: unitCode(u, 1), derivation: "%T: each of them"))
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
        var value = unitCode(u, n)
        if w(e) == "-", w(e + 1) == "long" || w(e + 1) == "old" {
            e += 2
            // "decades-long": how many is not said
            if plural, w(k) == "a" || w(k) == "an" { value = unitCode(u, nil) }
        }
        if w(e) == "and", w(e + 1) == "a", w(e + 2) == "half", n != nil { half = true; e += 3 }
        if half, let n, let hv = halfCode(u, n) { value = hv }
        // "will be held in three weeks": a point that far after publication
        if !lead, direction == 0, w(i - 1) == "in", i == k, let nn = n, half == false, u != .minute, u != .hour, u != .quarter,
           !isWord(e, ["ago", "earlier", "later", "before", "after", "of", "-"]), let dct, self.direction(i) > 0, var r = shift(dct, u, nn) {
            r.derivation = "%T: after publication, \(dct.readable) (future clause)"
            return (e, r)
        }
        // "24 hours a day", "seven days a week": a rate, no length of time of its own
        if isWord(e, ["a", "an", "per"]), let per = Lexicon.units[w(e + 1)], !w(e + 1).hasSuffix("s"), per != u, !lead { return nil }
        // anchored shifts; "a week or so ago": the same point, approximate
        var approx = false
        if w(e) == "or", w(e + 1) == "so", isWord(e + 2, ["ago", "earlier", "later"]) { approx = true; e += 2 }
        let after = w(e)
        if lead == false && direction == 0 {
            if after == "ago" || (after == "from" && w(e + 1) == "now") || after == "earlier" || after == "later" || after == "before" || after == "after" || (after == "-" && (w(e + 1) == "earlier" || w(e + 1) == "ago")) {
                if after == "before" || after == "after" {
                    // "ten days before the shooting", when the text has dated the shooting: that day
                    if let nn = n, u != .minute, u != .hour, let (_, day) = eventAnchor(e + 1), var r = shift(day, u, after == "before" ? -nn : nn) {
                        r.derivation = "%T: \(after) the event the text dated \(day.readable)"; r.fromEvent = true
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
                if u == .year, let q = quarterInFocus(i), let nn = n, let d = q.adding(months: -12 * nn), after != "from", after != "later" {
                    var r = quarterR(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, \(nn) year\(nn == 1 ? "" : "s") earlier)"); r.fromFocus = true
                    return (end, r)
                }
                let anchorDay = (after == "ago" || after == "from") ? dct : (focus ?? dct)
                // "a few days later" in a story: how far from the date in focus is not said, so the length of time
                // (PAST_REF/FUTURE_REF would put it before or after publication, which the text does not say)
                if n == nil, after == "later" || after == "earlier" {
                    return (e, Resolved(type: .duration, value: value, derivation: "%T: an unspecified length of time"))
                }
                guard let a = anchorDay, let nn = n, var r = shift(a, u, sign * nn) else {
                    return (end, Resolved(type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", derivation: "%T: an unspecified shift"))
                }
                let anchorName = (after == "ago" || after == "from") ? "publication, \(a.readable)" : "the date in focus, \(a.readable)"
                r.derivation = "%T: \(sign < 0 ? "before" : "after") \(anchorName)"
                if approx { r.mod = "APPROX" }
                return (end, r)
            }
        }
        return (e, Resolved(type: .duration, value: value, derivation: "%T: a length of time"))
    }

    /// "the corresponding period last year", "the same quarter a year earlier", "the comparable period of 1988": the
    /// quarter in focus (else the last one ended) in that earlier year.
    func matchCorrespondingPeriod(_ i: Int) -> (Int, Resolved)? {
        guard w(i) == "the", isWord(i + 1, ["corresponding", "same", "comparable", "like"]), isWord(i + 2, ["period", "quarter"]), let dct else { return nil }
        var e = i + 3
        if isWord(e, ["of", "in"]) { e += 1 }
        var year: Int?
        if w(e) == "last", w(e + 1) == "year" { e += 2 }
        else if isWord(e, ["a", "one"]), w(e + 1) == "year", isWord(e + 2, ["ago", "earlier", "before"]) { e += 3 }
        else if w(e) == "the", isWord(e + 1, ["previous", "prior"]), w(e + 2) == "year" { e += 3 }
        else if isNum(e), tokens[e].digits == 4 { year = tokens[e].number; e += 1 }
        else { return nil }
        guard let f = quarterInFocus(i) else { return (e, yearR(year ?? dct.year - 1, "(the year before publication, \(dct.readable))")) }
        let y = year ?? f.year - 1
        var r = quarterR(y, (f.month - 1) / 3 + 1, "(the quarter in focus, in \(y))"); r.fromFocus = true
        return (e, r)
    }

    /// Business-news and vague period phrases: "year-earlier", "the year-ago quarter", "the latest period", "the year",
    /// "in recent years", "for weeks", "over the years", "the nineties", "the 1990s", "this century".
    func matchPeriodPhrase(_ i: Int) -> (Int, Resolved)? {
        if let r = matchCorrespondingPeriod(i) { return r }
        var k = i
        let lead = w(k) == "the"
        if lead { k += 1 }
        if w(k) == "full" || w(k) == "current" || w(k) == "fiscal" || w(k) == "comparable" { if lead { k += 1 } }
        if w(k) == "fiscal" { k += 1 }
        let t = w(k)
        // "in the morning", "during the evening": that part of the day in focus
        if lead, let pod = Lexicon.partsOfDay[t], t != "overnight", isWord(i - 1, ["in", "during", "by", "until", "through"]), !isWord(k + 1, ["of", "after", "before", "-"]) {
            let d = focus ?? dct
            return (k + 1, Resolved(type: .time, value: (d?.iso ?? "XXXX-XX-XX") + "T" + pod, interval: d.map { DayInterval(day: $0) }, granularity: .partOfDay, derivation: "%T of the date in focus"))
        }
        // "mid-afternoon", "mid morning"
        if !lead, t == "mid", let pod = Lexicon.partsOfDay[w(k + 1) == "-" ? w(k + 2) : w(k + 1)], pod == "MO" || pod == "AF" {
            let e = k + (w(k + 1) == "-" ? 3 : 2)
            // "mid-afternoon yesterday": the day named next to it
            if case .day(let off)? = TimeTables.fixedWords[w(e)], let dct, let d = dct.adding(days: off) {
                return (e + 1, Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay, derivation: "%T in \(dctText)"))
            }
            let d = focus ?? dct
            return (e, Resolved(type: .time, value: (d?.iso ?? "XXXX-XX-XX") + "T" + pod, interval: d.map { DayInterval(day: $0) }, granularity: .partOfDay, derivation: "%T of the date in focus"))
        }
        // "these days": the present; "at a later date": the future; "for a while": an unknown length
        if !lead, t == "these", w(k + 1) == "days" { return (k + 2, Resolved(type: .date, value: "PRESENT_REF", derivation: "%T: the present")) }
        if !lead, t == "a", w(k + 1) == "later", w(k + 2) == "date" { return (k + 3, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future")) }
        if !lead, t == "a", w(k + 1) == "while", isWord(i - 1, ["for", "in", "after"]) { return (k + 2, Resolved(type: .duration, value: "PXX", derivation: "%T: an unspecified length of time")) }
        // "the 1988 quarter", "the 1989 period", "the 1988 third quarter": a reporting quarter of that year
        if lead, isNum(k), tokens[k].digits == 4, (1800...2200).contains(tokens[k].number) {
            let y = tokens[k].number
            if let q = Lexicon.ordinals[w(k + 1)], q <= 4, w(k + 2) == "quarter" {
                return (k + 3, quarterR(y, q, "(quarter \(q) of \(y))"))
            }
            if w(k + 1) == "quarter" || w(k + 1) == "period", let dct {
                // "the 1988 period" after "the first nine months": the year itself
                if w(k + 1) == "period", quarterInFocus(i) == nil { return (k + 2, yearR(y, "(the period of \(y))")) }
                guard let f = quarterInFocus(i) ?? dct.adding(months: -3) else { return nil }
                var r = quarterR(y, (f.month - 1) / 3 + 1, "(the quarter in focus, in \(y))"); r.fromFocus = true
                return (k + 2, r)
            }
        }
        // year-earlier / year-ago [quarter|period]
        if t == "year", w(k + 1) == "-", w(k + 2) == "earlier" || w(k + 2) == "ago", let dct {
            var e = k + 3
            if w(e) == "quarter" || w(e) == "period" || quarterInFocus(i) != nil {
                if w(e) == "quarter" || w(e) == "period" { e += 1 }
                guard let d = (quarterInFocus(i) ?? dct.adding(months: -3))?.adding(months: -12) else { return nil }
                var r = quarterR(d.year, (d.month - 1) / 3 + 1, "(the same quarter a year earlier)"); r.fromFocus = true
                return (e, r)
            }
            guard lead || true else { return nil }
            return (e, yearR(dct.year - 1, "(a year before \(dct.readable))"))
        }
        // the latest period / the latest quarter
        if lead, t == "latest" || t == "period", let dct {
            var e = k + (t == "latest" ? 1 : 0)
            if w(e) == "period" || w(e) == "quarter" {
                e += 1
                guard let d = latestQuarter(i) else { return nil }
                var r = quarterR(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, or the last before \(dct.readable))"); r.fromFocus = quarterInFocus(i) != nil
                return (e, r)
            }
        }
        // the year (in financial reporting: the current year)
        // "the year two thousand", "the year two thousand and five"
        if lead, t == "year", w(k + 1) == "two", w(k + 2) == "thousand" {
            var y = 2000, e = k + 3
            var u = e
            if w(u) == "and" { u += 1 }
            if let n = Lexicon.numbers[w(u)], n >= 1, n < 100, w(u) != "a", w(u) != "an" { y += n; e = u + 1 }
            return (e, yearR(y, "(a year in words)"))
        }
        if lead, t == "year", let dct, !isWord(k + 1, ["-", "ago", "before", "after", "earlier", "later", "s", "of", "when", "in"]) || (w(k + 1) == "of" && k + 2 < tokens.count && tokens[k + 2].kind != .word), !isNum(k + 1) {
            // "for the year ended March 31": a twelve-month reporting period
            if isWord(k + 1, ["ended", "ending"]), w(k - 1) != "current", w(i + 1) != "current" {
                return (k + 1, Resolved(type: .duration, value: "P1Y", derivation: "%T: a twelve-month reporting period"))
            }
            if w(k - 1) == "full" || w(k - 1) == "current" || w(i + 1) == "current" || isWord(i - 1, ["of", "for", "in", "during"]) { return (k + 1, yearR(dct.year, "(the year of publication, \(dct.readable))")) }
            return (k + 1, Resolved(type: .duration, value: "P1Y", derivation: "%T: TimeBank reads it as a length of time"))
        }
        // "in past years", "in past decades": the past at large
        if !lead, t == "past", isWord(k + 1, ["years", "decades", "centuries"]), isWord(i - 1, ["in", "of", "over"]) {
            return (k + 2, Resolved(type: .date, value: "PAST_REF", derivation: "%T: a vague reference to the past"))
        }
        // "Oct. 12, the day before the plunge": the day restated
        if lead, t == "day", isWord(k + 1, ["before", "after", "of", "when"]), let before = restated(i), before.granularity == .day, let iv = before.interval {
            return (k + 1, dayR(iv.start, "(the date it restates, \(iv.start.readable))"))
        }
        // "in the weeks before the shooting", when the text has dated the shooting: the month they fall in
        if lead, t == "days" || t == "weeks", isWord(k + 1, ["before", "after", "preceding", "following"]), let (_, day) = eventAnchor(k + 2),
           let mid = day.adding(days: (t == "days" ? 3 : 14) * (isWord(k + 1, ["before", "preceding"]) ? -1 : 1)) {
            var r = monthR(mid.year, mid.month, "(\(t) \(w(k + 1)) the event the text dated \(day.readable))"); r.fromEvent = true
            return (k + 1, r)
        }
        // "in the first hours of the ground war", "the early years": an unspecified stretch at the start or the end of
        // something ("the early hours of Thursday morning" leaves the day to its own rule)
        if lead, isWord(k, ["first", "early", "last", "final", "closing", "opening"]), let u = Lexicon.units[w(k + 1)], w(k + 1).hasSuffix("s"),
           isWord(k + 2, ["of", "after"]) || isClauseEnd(k + 2) || w(k + 2) == ",",
           !(w(k + 2) == "of" && (match(k + 3)?.1.interval != nil)) {
            return (k + 2, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // "the weeks ahead", "in the months ahead": an unspecified stretch of the future
        if lead, let u = Lexicon.units[t], t.hasSuffix("s"), w(k + 1) == "ahead" {
            return (k + 2, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // "it was a great day for Poland", "today is a sad day for": the day in focus, judged
        if !lead, t == "a", TaggerRun.judgedDays.contains(w(k + 1)), w(k + 2) == "day", isWord(k + 3, ["for", "in"]), let d = focus ?? dct {
            return (k + 3, dayR(d, "(the day in focus, \(d.readable))"))
        }
        // "a fairly lengthy period", "a long period of time": an unspecified length
        if !lead, t == "a" {
            var e = k + 1
            if w(e).hasSuffix("ly") { e += 1 }
            if isWord(e, ["long", "lengthy", "short", "brief", "prolonged", "extended"]), w(e + 1) == "period" {
                e += 2
                if w(e) == "of", w(e + 1) == "time" { e += 2 }
                return (e, Resolved(type: .duration, value: "PXX", derivation: "%T: an unspecified length of time"))
            }
        }
        // "today is the eighth day of the blockade", "it's the second day of an offensive": the day of the sentence
        if lead, Lexicon.ordinals[t] != nil, w(k + 1) == "day", w(k + 2) == "of", let dct,
           (w(i - 1) == "is" && isWord(i - 2, ["today", "it", "this"])) || (w(i - 1) == "s" && isWord(i - 2, ["'", "’"]) && isWord(i - 3, ["it", "that", "today"])) {
            return (k + 2, dayR(dct, "(the day of publication: 'today is the …')"))
        }
        // "months of talks", "after years of war": an unspecified length
        if !lead, let u = Lexicon.units[t], t.hasSuffix("s"), u != .minute, w(k + 1) == "of", i > 0, tokens[i - 1].kind == .word,
           !isWord(i - 1, ["the", "those", "these", "several", "many", "few", "some", "of", "all", "two", "three", "first", "last", "recent", "past", "coming", "next", "following", "early", "late", "small", "wee"]),
           Lexicon.numbers[w(i - 1)] == nil {
            return (k + 1, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        // in recent years / for weeks / within days / over the years
        if (t == "recent" || t == "coming") && !lead, let u = Lexicon.units[w(k + 1)], w(k + 1).hasSuffix("s") {
            return (k + 2, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        if !lead, let u = Lexicon.units[t], t.hasSuffix("s"), isWord(i - 1, ["for", "within", "in"]), tokens[k].kind == .word, !isWord(k + 1, ["-", "'"]) {
            return (k + 1, Resolved(type: .duration, value: unitCode(u, nil), derivation: "%T: an unspecified length of time"))
        }
        if lead, t == "years", isWord(i - 1, ["over", "through", "in"]) {
            return (k + 1, Resolved(type: .duration, value: "PXY", derivation: "%T: an unspecified length of time"))
        }
        // "the winter of 1994", "the summer of nineteen ninety-eight": that season of that year
        if lead, let season = Lexicon.seasons[t], w(k + 1) == "of" {
            if isNum(k + 2), tokens[k + 2].digits == 4 { return (k + 3, seasonR(tokens[k + 2].number, season, "(explicit season)")) }
            if let (e, r) = matchPeriodPhrase(k + 2), r.granularity == .year, let iv = r.interval { return (e, seasonR(iv.start.year, season, "(explicit season)")) }
        }
        // seasons: "the summer", "summer" after a preposition, with the DCT's year
        if let season = Lexicon.seasons[t], t != "fall" || lead, lead || isWord(i - 1, ["in", "during", "this", "over", "through", "until", "by"]), !isNum(k + 1), w(k + 1) != "of", let dct {
            var y = dct.year
            if season == "WI" && dct.month <= 2 { y -= 1 }
            return (k + 1, seasonR(y, season, "(the season nearest publication, \(dct.readable))"))
        }
        if lead, (t == "early" || t == "late"), let season = Lexicon.seasons[w(k + 1)], let dct {
            var r = seasonR(dct.year, season, "(the season nearest publication)"); r.mod = t == "early" ? "START" : "END"
            return (k + 2, r)
        }
        // year-end, year end, year's end
        if t == "year", let dct, (w(k + 1) == "-" && w(k + 2) == "end") || w(k + 1) == "end" || (w(k + 1) == "'" && w(k + 2) == "s" && w(k + 3) == "end") {
            let e = w(k + 1) == "end" ? k + 2 : (w(k + 1) == "-" ? k + 3 : k + 4)
            // "year end", "the year's end": the end of the year
            if w(k + 1) != "-" { var r = yearR(dct.year, "(the end of the year of publication)"); r.mod = "END"; return (e, r) }
            // "year-end": the closing day of the books, this year's or the last one passed after "since" or in a past clause
            var y = dct.year
            if (isWord(i - 1, ["since"]) || (lead && isWord(i - 2, ["since"])) || direction(i) < 0), !(dct.month == 12 && dct.day == 31) { y -= 1 }
            guard let day = Day(year: y, month: 12, day: 31) else { return nil }
            return (e, dayR(day, "(the end of the year, \(y))"))
        }
        // "the week of March 6": the week that holds the day
        if lead, t == "week", w(k + 1) == "of", let (e, r) = match(k + 2), r.type == .date, r.granularity == .day, let day = r.interval?.start {
            return (e, weekR(day, "(the week of \(day.readable))"))
        }
        // the week (of publication)
        if lead, t == "week", let dct, !isWord(k + 1, ["of", "before", "after", "ending", "ended", "-", "earlier", "later"]) {
            return (k + 1, weekR(dct, "(the week of publication)"))
        }
        // the near future, the near term, the short term, future (adjective)
        if lead, t == "near" || t == "short", w(k + 1) == "future" || w(k + 1) == "term" {
            return (k + 2, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future"))
        }
        // spelled-out years in transcripts: "nineteen ninety-six"
        if !lead, t == "nineteen" || t == "eighteen", let tens = Lexicon.numbers[w(k + 1)], tens >= 20, tens % 10 == 0, tens < 100 {
            var y = (t == "nineteen" ? 1900 : 1800) + tens
            var e = k + 2
            var u = e
            if w(u) == "-" { u += 1 }
            if let one = Lexicon.numbers[w(u)], one >= 1, one <= 9, w(u) != "a", w(u) != "an" { y += one; e = u + 1 }
            return (e, yearR(y, "(a year in words)"))
        }
        // decades in words
        if lead, let dw = Lexicon.decadeWords[t] {
            let century = (dct?.year ?? 1900) / 100
            return (k + 1, Resolved(type: .date, value: "\(century)\(dw)", granularity: .decade, derivation: "%T: a decade"))
        }
        // [the] [early|mid|late] 1990s / '90s
        var mk = k
        var mod: String?
        if let pm = Lexicon.positionMods[w(mk)], w(mk) != "earlier", w(mk) != "later", w(mk) != "end" { mod = pm; mk += 1; if w(mk) == "-" { mk += 1 } }
        if isNum(mk), tokens[mk].digits == 4, tokens[mk].number % 10 == 0, w(mk + 1) == "s", !tokens[mk + 1].spaceBefore {
            let y = tokens[mk].number
            return (mk + 2, Resolved(type: .date, value: String(y / 10), mod: mod, interval: Day(year: y, month: 1, day: 1).flatMap { a in Day(year: y + 9, month: 12, day: 31).map { DayInterval(a, $0) } }, granularity: .decade, derivation: "%T: a decade"))
        }
        if w(mk) == "'" || w(mk) == "’", isNum(mk + 1), tokens[mk + 1].digits == 2, tokens[mk + 1].number % 10 == 0, w(mk + 2) == "s" {
            let y = 1900 + tokens[mk + 1].number
            return (mk + 3, Resolved(type: .date, value: String(y / 10), mod: mod, granularity: .decade, derivation: "%T: a decade"))
        }
        // "the 20th century", "the nineteenth century"
        if lead, w(k + 1) == "century", let n = (isNum(k) && tokens[k].digits <= 2 ? tokens[k].number : nil) ?? Lexicon.centuryOrdinals[t], n >= 1, n <= 30 {
            var e = k + 2
            if isNum(k), Lexicon.ordinalSuffixes.contains(w(k + 1)) { e += 1 }
            return (e, Resolved(type: .date, value: String(n - 1), granularity: .century, derivation: "%T: a century"))
        }
        if lead, isNum(k), tokens[k].digits <= 2, Lexicon.ordinalSuffixes.contains(w(k + 1)), w(k + 2) == "century" {
            let n = tokens[k].number
            return (k + 3, Resolved(type: .date, value: String(n - 1), granularity: .century, derivation: "%T: a century"))
        }
        // this/the current/last/next century
        if t == "this" && w(k + 1) == "century" { return (k + 2, Resolved(type: .duration, value: "P100Y", derivation: "%T: TimeBank reads it as a length of time")) }
        if (t == "last" || t == "next") && w(k + 1) == "century", let dct {
            let c = dct.year / 100 + (t == "last" ? -1 : t == "next" ? 1 : 0)
            return (k + 2, Resolved(type: .date, value: String(c), granularity: .century, derivation: "%T: relative to \(dct.readable)"))
        }
        return nil
    }

    /// this/last/next/coming/past/the following/that + unit, month, season; quarters; anaphora; the future/past.
    func matchRelative(_ i: Int) -> (Int, Resolved)? {
        var k = i
        let first = w(k)
        // "fiscal 1998"
        if first == "fiscal", isNum(k + 1), tokens[k + 1].digits == 4 { var r = yearR(tokens[k + 1].number, ""); r.derivation = "%T: a fiscal year"; return (k + 2, r) }
        if let r = matchPeriodPhrase(i) { return r }
        // position mods: early/mid/late + month/year/this year
        var mod: String?
        if let pm = Lexicon.positionMods[first], first != "end", first != "earlier", first != "later" {
            if let m = monthAt(k + 1, strict: false) ?? (Lexicon.months[w(k + 1)] != nil && tokens[k + 1].capitalized ? Lexicon.months[w(k + 1)] : nil), let (e, r) = matchMonthFirst(k + 1, m) { var r2 = r; r2.mod = pm; return (e, r2) }
            if w(k + 1) == "-", let m = Lexicon.months[w(k + 2)], let (e, r) = matchMonthFirst(k + 2, m) { var r2 = r; r2.mod = pm; return (e, r2) }
            let y1 = w(k + 1) == "-" ? k + 2 : k + 1
            if isNum(y1), tokens[y1].digits == 4, w(y1 + 1) != "s" { var r = yearR(tokens[y1].number, "(explicit year)"); r.mod = pm; return (y1 + 1, r) }
            if isNum(k + 1), tokens[k + 1].digits == 4, w(k + 2) == "s" { return nil }
            mod = pm; k += 1
        } else if (first == "earlier" || first == "later") && ["that", "last", "next"].contains(w(k + 1)) {
            mod = first == "earlier" ? "START" : "END"; k += 1
        }
        let lead = w(k) == "the"
        if lead { k += 1 }
        let det = w(k)
        // the future / the past / the present
        if lead && mod == nil {
            if det == "future" {
                // "the future of the company", "the future looks bleak": a fate, not a time
                if isWord(k + 1, ["of", "looks", "look", "seems", "seem", "is", "remains", "appears", "holds", "lies"]), !isWord(i - 1, ["in", "into"]) { return nil }
                return (k + 1, Resolved(type: .date, value: "FUTURE_REF", derivation: "%T: a vague reference to the future"))
            }
            if det == "past", Lexicon.units[w(k + 1)] == nil, quantity(k + 1) == nil { return (k + 1, Resolved(type: .date, value: "PAST_REF", derivation: "%T: a vague reference to the past")) }
        }
        // quarters: [the] first quarter [of 1998], third-quarter, the latest quarter
        if let q = Lexicon.ordinals[det], q <= 4 {
            var e = k + 1
            if w(e) == "-" { e += 1 }
            // "the second and fourth quarters [of 1989]": the first ordinal shares the noun (and the year) of the second
            var shared = false
            if isWord(e, ["and", "or"]), (Lexicon.ordinals[w(e + 1)] ?? 9) <= 4, w(e + 2) == "quarters" { shared = true }
            let plural = w(e) == "quarters" && isWord(k - 1, ["and", "or"]) && Lexicon.ordinals[w(k - 2)] != nil
            if w(e) == "quarter" || w(e) == "half" || shared || plural {
                let isHalf = w(e) == "half"
                let nounEnd = shared ? e + 3 : e + 1
                e = shared ? e : e + 1
                var y = dct?.year
                if shared {
                    if w(nounEnd) == "of", isNum(nounEnd + 1), tokens[nounEnd + 1].digits == 4 { y = tokens[nounEnd + 1].number }
                } else
                if w(e) == "of" || w(e) == ",", isNum(e + 1), tokens[e + 1].digits == 4 { y = tokens[e + 1].number; e += 2 }
                else if isNum(e), tokens[e].digits == 4 { y = tokens[e].number; e += 1 }
                else if w(e) == "of", w(e + 1) == "fiscal", isNum(e + 2) { y = tokens[e + 2].number; e += 3 }
                else if !isHalf, let before = restated(lead ? k - 1 : k), before.granularity == .quarter, let iv = before.interval { y = iv.start.year }
                else if let dct, !isHalf, q > (dct.month - 1) / 3 + 1 { y = dct.year - 1 }
                guard let y else { return (e, Resolved(type: .date, value: isHalf ? "XXXX-H\(q)" : "XXXX-Q\(q)", granularity: .quarter)) }
                if isHalf {
                    guard q <= 2 else { return nil }
                    let first = Day(year: y, month: q * 6 - 5, day: 1), last = Day(year: y, month: q * 6, day: 30 + (q == 2 ? 1 : 0))
                    return (e, Resolved(type: .date, value: "\(pad(y, 4))-H\(q)", interval: first.flatMap { f in last.map { DayInterval(f, $0) } }, granularity: .half, derivation: "%T"))
                }
                // "usually … in the second and fourth quarters": every year's
                if habitual(before: i) { return (e, Resolved(type: .set, value: "XXXX-Q\(q)", derivation: "%T: every year")) }
                var r = quarterR(y, q, "(quarter \(q) of \(y))"); r.mod = mod
                r.fiscal = isWord(k - 1, ["fiscal"])
                return (e, r)
            }
        }
        // "the quarter", "the latest quarter", "the year", "the week"
        guard let dct else {
            if ["this", "last", "next", "that"].contains(det), Lexicon.units[w(k + 1)] != nil { return (k + 2, Resolved(type: .date, value: "XXXX", derivation: "%T: no publication date")) }
            return nil
        }
        // "This quarter's loss" after a reported quarter: that quarter
        if det == "this", w(k + 1) == "quarter", w(k + 2) == "'" || w(k + 2) == "’", w(k + 3) == "s", let f = quarterInFocus(i) {
            var r = quarterR(f.year, (f.month - 1) / 3 + 1, "(the quarter reported on)"); r.fromFocus = true
            return (k + 2, r)
        }
        if (lead || det == "that") && (det == "quarter" || (det == "latest" && w(k + 1) == "quarter") || (det == "that" && w(k + 1) == "quarter")) {
            let e = det == "quarter" ? k + 1 : k + 2
            // "the quarter ended Sept. 30": the calendar quarter holding its last month, which then is in focus
            if isWord(e, ["ended", "ending"]), let m = monthAt(e + 1, strict: false) ?? Lexicon.months[w(e + 1)] {
                let y = m <= dct.month ? dct.year : dct.year - 1
                // right after "the fiscal first quarter": the same fiscal quarter, its months the three ending then
                if fiscalFocus, let f = quarterInFocus(i), i - focusQuarterToken < 40,
                   let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)), let first = Day(year: y, month: m, day: 1)?.adding(months: -2) {
                    var r = quarterR(f.year, (f.month - 1) / 3 + 1, "(the fiscal quarter in focus, ending in month \(m))")
                    r.interval = DayInterval(first, last); r.fromFocus = true
                    return (e, r)
                }
                // the calendar quarter holding most of its three months ("ended July 31": May-July, the second)
                let mid = m == 1 ? 12 : m - 1, my = m == 1 ? y - 1 : y
                var r = quarterR(my, (mid - 1) / 3 + 1, "(the quarter ending in month \(m) before \(dct.readable))")
                if let last = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)), let first = Day(year: y, month: m, day: 1)?.adding(months: -2) {
                    r.interval = DayInterval(first, last)
                }
                return (e, r)
            }
            // "quarter-to-quarter": a comparison, no quarter
            if w(e) == "-" { return nil }
            guard let d = det == "latest" ? latestQuarter(i) : quarterInFocus(i) ?? dct.adding(months: -3) else { return nil }
            // "the quarter a year ago": the same quarter of the year before
            if w(e) == "a", w(e + 1) == "year", isWord(e + 2, ["ago", "earlier"]), let p = d.adding(months: -12) {
                var r = quarterR(p.year, (p.month - 1) / 3 + 1, "(the quarter in focus, a year earlier)"); r.fromFocus = true
                return (e + 3, r)
            }
            var r = quarterR(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, or the last before \(dct.readable))"); r.fromFocus = quarterInFocus(i) != nil
            return (e, r)
        }
        // "$33 million last year", "last year's quarter" while a quarter is in focus: the same quarter a year before
        if det == "last", w(k + 1) == "year", let f = quarterInFocus(i),
           isWord(i - 1, ["million", "billion", "cents", "share", "%", "percent"])
            || (w(k + 2) == "'" && w(k + 3) == "s" && (isWord(k + 4, ["quarter", "period", "results"]) || w(k + 4) == "$" || isNum(k + 4))),
           let d = f.adding(months: -12) {
            var r = quarterR(d.year, (d.month - 1) / 3 + 1, "(the quarter in focus, a year earlier)"); r.fromFocus = true
            return (k + 2, r)
        }
        // deictic: this/last/next/coming/past/previous/current + unit/season/weekday
        let deictic = TaggerRun.deictic
        if let off = deictic[det], !(lead && off == 0 && det == "this") {
            let noun = w(k + 1)
            var e = k + 2
            var anchor = dct
            var offset = off
            var anchorName = "publication, \(dct.readable)"
            if off >= 99 {
                // a month or a year back-refers to the last date named at that scale or finer
                let wide = noun == "month" || noun == "year"
                anchor = (wide ? wideFocus : nil) ?? focus ?? dct
                anchorName = "the date in focus, \(anchor.readable)"
                offset = off == 100 ? 1 : 0
                if off == 99 && det == "that" && lead { return nil }
            } else if lead && (det == "past" || det == "last") {
                // "the past year" = a duration
                if let u = Lexicon.units[noun], !noun.hasSuffix("s") { return (e, Resolved(type: .duration, value: unitCode(u, 1), derivation: "%T: a length of time")) }
            } else if lead && (det == "next" || det == "previous") {
                anchor = focus ?? dct; anchorName = "the date in focus, \(anchor.readable)"
            }
            if let pod = Lexicon.partsOfDay[noun], det == "this" || det == "last" || (lead && (det == "next" || det == "following")) || (det == "that" && !lead) {
                // "the next morning", "that night": a part of the day after, or of, the date in focus
                guard let d = det == "last" ? anchor.adding(days: -1) : (det == "next" || det == "following" ? anchor.adding(days: 1) : anchor) else { return nil }
                return (e, Resolved(type: .time, value: d.iso + "T" + pod, interval: DayInterval(day: d), granularity: .partOfDay, derivation: "%T in \(dctText)"))
            }
            if let season = Lexicon.seasons[noun] {
                var y = anchor.year + (offset == 99 ? 0 : offset)
                if season == "WI" && anchor.month <= 2 { y -= 1 }
                // "this past summer": the latest season already over; "the coming winter": the first still to begin
                // ("last spring" stays the spring of last year, as TimeBank reads it)
                let (first, last) = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)][season]!
                if offset == -1 && det == "past" { y = last < anchor.month ? anchor.year : anchor.year - 1 }
                if offset == 1 && det == "coming" { y = first > anchor.month ? anchor.year : anchor.year + 1 }
                var r = seasonR(y, season, "relative to \(anchorName)"); r.mod = mod
                return (e, r)
            }
            if let wd = Lexicon.weekdays[noun], tokens[k + 1].capitalized, noun.count > 3 || w(k + 2) == "." {
                // "the previous Friday", "the following Monday": the nearest such day before or after the date in focus
                if lead, det == "previous" || det == "following" || det == "next", let f = focus {
                    let off = det == "previous" ? -(((f.weekday - wd + 7) % 7 == 0) ? 7 : (f.weekday - wd + 7) % 7) : (((wd - f.weekday + 7) % 7 == 0) ? 7 : (wd - f.weekday + 7) % 7)
                    if let d = f.adding(days: off) { return (k + 2, dayR(d, "(relative to the date in focus, \(f.readable))")) }
                }
                return matchWeekday(k + 1, wd).map { (m) in (m.0, m.1) }
            }
            if noun == "year", w(k + 2) == "'" || w(k + 2) == "’", w(k + 3) == "s", let q = Lexicon.ordinals[w(k + 4)], q <= 4, w(k + 5) == "quarter", off < 99 {
                return (k + 6, quarterR(anchor.year + offset, q, "(quarter \(q) of the year relative to \(anchorName))"))
            }
            if let u = Lexicon.units[noun], !noun.hasSuffix("s") || u == .weekend && false {
                if w(e) == "-" , w(e + 1) == "earlier" || w(e + 1) == "ago" { e += 2 }
                var r: Resolved?
                switch u {
                case .day where off == 99 && wideFocusGranularity == .month && wideFocus != nil:
                    // "last October … that same day": a day of the month in focus, which one is not said
                    let m = wideFocus!
                    r = Resolved(type: .date, value: "\(pad(m.year, 4))-\(pad(m.month, 2))-XX", granularity: .day, derivation: "")
                case .day: r = anchor.adding(days: offset).map { dayR($0, "") }
                case .week: r = anchor.adding(days: 7 * offset).map { weekR($0, "") }
                case .weekend:
                    var d: Day? = anchor
                    if offset == 0 || offset == 99 {
                        let dir = direction(i)
                        d = anchor.weekday >= 6 ? anchor : (dir < 0 ? anchor.adding(days: -(anchor.weekday + 1)) : anchor.adding(days: 6 - anchor.weekday))
                    } else { d = anchor.adding(days: 7 * offset) }
                    r = d.map { weekR($0, "", weekend: true) }
                default: r = shift(anchor, u, offset)
                }
                guard var rr = r else { return nil }
                rr.mod = mod
                rr.derivation = "%T: relative to \(anchorName)"
                return (e, rr)
            }
            // "last March"
            if let m = Lexicon.months[noun], tokens[k + 1].capitalized {
                var y = anchor.year
                if det == "last" || det == "past" { y = m >= anchor.month - 1 ? y - 1 : y }
                if det == "next" || det == "coming" { y = m <= anchor.month ? y + 1 : y }
                // "last Oct. 23": the day in that month
                var de = e
                if w(de) == "." { de += 1 }
                if isNum(de), tokens[de].digits <= 2, let day = Day(year: y, month: m, day: tokens[de].number) {
                    return (de + 1, dayR(day, "relative to \(anchorName)"))
                }
                return (e, monthR(y, m, "relative to \(anchorName)"))
            }
            return nil
        }
        // "the weekend", "over the weekend"
        if lead && det == "weekend" {
            let dir = direction(i) > 0 ? 1 : -1
            guard let d = dct.weekday >= 6 ? dct : (dir < 0 ? dct.adding(days: -(dct.weekday + 1)) : dct.adding(days: 6 - dct.weekday)) else { return nil }
            var r = weekR(d, "", weekend: true)
            r.derivation = "%T: the weekend \(dir < 0 ? "before" : "after") publication (\(dct.readable))"
            return (k + 1, r)
        }
        // "the day before", "the day after", "the next day" handled above ("next")
        if lead && det == "day", w(k + 1) == "before" || w(k + 1) == "after", !isWord(k + 2, ["the", "a"]) || true {
            if w(k + 2) == "yesterday" || w(k + 2) == "tomorrow" {
                guard let d = dct.adding(days: w(k + 2) == "yesterday" ? -2 : 2) else { return nil }
                return (k + 3, dayR(d, "in \(dctText)"))
            }
            // "the day after his death", when the text has dated the death
            if let (_, day) = eventAnchor(k + 2), let d = day.adding(days: w(k + 1) == "before" ? -1 : 1) {
                var r = dayR(d, "(the day \(w(k + 1)) the event the text dated \(day.readable))"); r.fromEvent = true
                return (k + 2, r)
            }
            // "the day before last Tuesday's hearing", "the day after Christmas": the day next to a named day
            if let (e, r) = match(k + 2), r.type == .date, r.granularity == .day, let day = r.interval?.start,
               let d = day.adding(days: w(k + 1) == "before" ? -1 : 1) {
                return (e, dayR(d, "(the day \(w(k + 1)) \(day.readable))"))
            }
        }
        if mod != nil, det == "year" && lead { var r = yearR(dct.year, "in \(dctText)"); r.mod = mod; return (k + 1, r) }
        // seasons with year: "summer 1998", "the summer"
        if let season = Lexicon.seasons[det], isNum(k + 1), tokens[k + 1].digits == 4 {
            var r = seasonR(tokens[k + 1].number, season, "(explicit)"); r.mod = mod; return (k + 2, r)
        }
        // SET: every/each/per unit
        if (first == "every" || first == "each") && mod == nil {
            if let u = Lexicon.units[w(i + 1)] { return (i + 2, Resolved(type: .set, value: unitCode(u, 1), derivation: "%T: a recurring time")) }
            if let wd = Lexicon.weekdays[w(i + 1)], w(i + 1).count > 3 {
                // "every Tuesday night": the part of the day each week
                if let pod = Lexicon.partsOfDay[w(i + 2)] { return (i + 3, Resolved(type: .set, value: "XXXX-WXX-\(wd)T\(pod)", derivation: "%T: every week")) }
                return (i + 2, Resolved(type: .set, value: "XXXX-WXX-\(wd)", derivation: "%T: every week"))
            }
            // "each July", "every summer": once a year
            if let m = Lexicon.months[w(i + 1)], i + 1 < tokens.count, tokens[i + 1].capitalized, w(i + 1).count > 3 || w(i + 1) == "may" {
                return (i + 2, Resolved(type: .set, value: "XXXX-\(pad(m, 2))", derivation: "%T: every year"))
            }
            if let season = Lexicon.seasons[w(i + 1)] { return (i + 2, Resolved(type: .set, value: "XXXX-\(season)", derivation: "%T: every year")) }
        }
        return nil
    }
}
