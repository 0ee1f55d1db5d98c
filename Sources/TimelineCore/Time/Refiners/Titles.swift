/// Refiner: titles and names that are no times ("ABC's \"This Week\"", "USA Today").
extension TaggerRun {
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

    static let titleWords: WordSet = ["today", "tonight", "this", "now", "tomorrow", "yesterday"]
}
