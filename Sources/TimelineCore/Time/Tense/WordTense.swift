/// The tense of a clause read from the words around an expression: auxiliaries, known past forms, words in "-ed",
/// deadlines ("until", "by"), fronted adverbials. `directionCue` asks the `TenseSource` first (the parse, when there is one).
extension TaggerRun {
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
        if ["has", "have", "says", "say"].contains(dir.word) { return 1 }
        // What a past tense says was done "by" a day was done by then ("rescued 198 people ⟦by⟧ Monday afternoon");
        // only a deadline that holds something off ("postponed the vote until Tuesday") lies ahead of a weak past.
        if dir.dir < 0, isWord(k, ["by"]) || isWord(k - 1, ["by"]) && isWord(k, ["on"]) { return -1 }
        if !dir.strong { return 1 }
        return dir.dir
    }

    /// Words that make the expression after them a deadline; "through" bounds months and dates, not a weekday.
    static let deadlines: WordSet = ["by", "until", "till", "through"]

    /// (and the day a plan is for lies ahead of a weak past as a deadline does: "unions called a general strike ⟦for
    /// Wednesday⟧", told on a Tuesday, is the Wednesday to come, as "postponed the vote until Wednesday" is)
    static let weekdayDeadlines: WordSet = ["by", "until", "till", "for"]

    /// Words of reported figures, near which a bare "the first half" is a half-year.
    static let figureWords: WordSet = ["$", "€", "£", "%", "percent", "profit", "profits", "sales", "revenue", "revenues",
        "earnings", "loss", "losses", "income", "growth", "economy", "output", "shares", "prices", "inflation", "gdp",
        "fiscal", "quarter", "demand", "exports", "imports", "deficit", "margin", "margins", "turnover", "orders", "results"]

    /// The clause's direction, whether a strong cue (an auxiliary, a known verb) set it, not only a word in "-ed", and that cue.
    func directionCue(_ i: Int) -> (dir: Int, strong: Bool, word: String) {
        // a tense source (the parse) speaks first
        if let source = tenseSource, i >= 0, i < tokens.count,
           let t = source.tense(ofExpressionAt: TextRange(tokens[i].start, tokens[i].end)) { return (t.direction, t.strong, t.cue) }
        return wordCue(i)
    }

    /// The clause's direction read from its words alone.
    func wordCue(_ i: Int) -> (dir: Int, strong: Bool, word: String) {
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
        // "won't" is "wo" "n't" to the tokenizer (pieces wo | n | ' | t)
        let future = TimeTables.futureCues.contains(texts[k]) || (texts[k] == "may" && !t.capitalized) || (texts[k] == "wo" && w(k + 1) == "n")
            || (TimeTables.futureToCues.contains(texts[k]) && w(k + 1) == "to")
        if future {
            // "could not be reached Wednesday", "nor could they": a past inability, not a possibility ahead
            if texts[k] == "could", isWord(k + 1, ["not", "never"]) || (w(k + 1) == "n" && isWord(k + 2, ["'", "’"])) || (max(0, k - 9)..<k).contains(where: { isWord($0, ["nor", "neither"]) && !(($0 + 1)..<k).contains(where: isClauseEnd) }) {
                return (-1, true)
            }
            // "as previously planned", "originally scheduled": a plan already carried out or replaced;
            // "the hastily planned trip": an adjective
            if isWord(k - 1, ["previously", "originally", "initially"]) || (texts[k].hasSuffix("ed") && w(k - 1).hasSuffix("ly")) { return nil }
            // "had been scheduled to", "had planned": a plan in the past perfect is over
            if w(k - 1) == "had" || (w(k - 1) == "been" && w(k - 2) == "had") { return (-1, true) }
            return (1, true)
        }
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
}
