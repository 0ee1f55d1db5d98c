/// Dated events: "shot to death last Oct. 23" dates the shooting, so "ten days before the murder" can be reckoned from it.
extension TaggerRun {
    /// Records the kinds of event named within eight words of a dated expression in its clause; not past a word that
    /// relates the two ("on Thursday, two days ⟦after⟧ the explosion" dates no explosion on Thursday).
    mutating func rememberEvents(near start: Int, _ end: Int, on day: Day) {
        var k = start - 1
        while k >= max(0, start - 8), !isClauseEnd(k), !Self.relatingWords.contains(w(k)) {
            // (not an event a relating word before it measures from, set off before the date: "Two days after ⟦the
            // storm⟧, on Friday, the council voted" dates the vote, not the storm)
            if let kind = TimeTables.eventKinds[w(k)], !relatedBefore(k) { remember(kind, k, start - k, day) }
            k -= 1
        }
        k = end
        while k < min(tokens.count, end + 8), !isClauseEnd(k), !Self.relatingWords.contains(w(k)) {
            if let kind = TimeTables.eventKinds[w(k)] { remember(kind, k, k - end + 1, day) }
            k += 1
        }
    }

    /// Whether a relating word ("after", "before", …) opens the phrase of the event word at k: "after ⟦the storm⟧",
    /// "before his ⟦arrest⟧".
    func relatedBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 4, tokens[j].kind != .punct || texts[j] == "'" || texts[j] == "’" {
            if Self.relatingWords.contains(w(j)) { return true }
            j -= 1
        }
        return false
    }

    /// Words that place one happening in time from another.
    static let relatingWords: Set<String> = ["after", "before", "since", "following", "until", "ago"]

    mutating func remember(_ kind: String, _ word: Int, _ distance: Int, _ day: Day) {
        // one event word belongs to the nearest date around it
        if let old = focus.eventDays[kind], old.word == word, old.distance <= distance { return }
        focus.eventDays[kind] = (day, word, distance)
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
        if let known = focus.eventDays[kind] { return (k + 1, known.day) }
        // "two weeks after the invasion began on Feb. 24": the event's own date, right after it in the clause
        var j = k + 1
        // (not past a comma: "Four days after the raid, ⟦on November 2⟧, the council voted" is the vote's date)
        while j < min(tokens.count, k + 7), !isClauseEnd(j), w(j) != "," {
            if tokens[j].kind != .punct, let (_, r) = match(j) {
                guard r.type == .date, r.granularity == .day, let iv = r.interval else { return nil }
                return (k + 1, iv.start)
            }
            j += 1
        }
        return nil
    }
}
