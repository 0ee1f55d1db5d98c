/// The words ingest needs beyond the calendar words of `Lexicon` (datelines, publication evidence). Not a temporal tagger.
enum DateWords {
    static let reportingVerbs: Set<String> = [
        "said", "told", "announced", "reported", "stated", "added", "confirmed", "declared", "wrote", "tweeted",
        "posted", "claimed", "warned", "insisted", "denied", "urged", "revealed", "acknowledged", "admitted",
        "explained", "noted", "stressed", "emphasised", "emphasized", "argued", "pledged", "vowed", "disclosed",
    ]
    /// Words that put a weekday in another clause than the reporting verb ("said talks would start on Tuesday").
    static let blockers: Set<String> = [
        "that", "would", "will", "could", "should", "may", "might", "can", "to", "planned", "expected", "set", "until",
    ]
}

/// A word, number or punctuation mark with its offsets.
struct DateWordToken {
    enum Kind { case word, number, punct }
    var kind: Kind
    var range: TextRange
    /// Lowercased word, digits, or the punctuation scalar.
    var text: String
    var number: Int { kind == .number ? Int(text) ?? -1 : -1 }
}

extension DateWordToken {
    /// The date words of tokens of the shared tokenizer (`Tokenizer`): each token read as words, numbers and
    /// punctuation marks. A number keeps an ordinal suffix ("14th" → 14); an abbreviation's final period is a mark of
    /// its own ("Feb." → "feb" "."); a token of several marks ("--", "...") is one mark each, as are the separators
    /// inside a number ("10:30" → 10 ":" 30).
    static func words(_ tokens: [Token]) -> [DateWordToken] {
        var out: [DateWordToken] = []
        out.reserveCapacity(tokens.count)
        for t in tokens { read(t, into: &out) }
        return out
    }

    /// The date words of a short string (a metadata value, a dateline segment).
    static func words(of string: String) -> [DateWordToken] { words(Tokenizer.tokenize(string)) }

    private static func read(_ t: Token, into out: inout [DateWordToken]) {
        let s = Array(t.form.unicodeScalars)
        let base = t.range.start
        // Nearly every token is one word, one number or one mark.
        if !t.flags.contains(.hasDigit), !t.flags.contains(.abbreviation), t.flags.contains(.hasLetter) {
            out.append(DateWordToken(kind: .word, range: t.range, text: s.count <= 12 ? t.lower : ""))
            return
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c.isLetter {
                var j = i + 1
                while j < s.count && (s[j].isLetter || ((s[j] == "'" || s[j] == "\u{2019}") && j + 1 < s.count && s[j + 1].isLetter)) { j += 1 }
                // No vocabulary word is longer than 12 letters: longer words need no text.
                out.append(DateWordToken(kind: .word, range: TextRange(base + i, base + j), text: j - i <= 12 ? lowerString(s[i..<j]) : ""))
                i = j
            } else if c.isDigit {
                var j = i + 1
                while j < s.count && s[j].isDigit { j += 1 }
                let digits = plainString(s[i..<j])
                var e = j
                if j + 2 <= s.count, s[j].isLetter, s[j + 1].isLetter, j + 2 == s.count || !s[j + 2].isLetter,
                   Lexicon.ordinalSuffixes.contains(lowerString(s[j..<j + 2])) { e = j + 2 }
                out.append(DateWordToken(kind: .number, range: TextRange(base + i, base + e), text: digits))
                i = e
            } else {
                out.append(DateWordToken(kind: .punct, range: TextRange(base + i, base + i + 1), text: String(c)))
                i += 1
            }
        }
    }
}

/// A calendar date as a text writes it: "Tuesday 14 June 2023", "June 16", "Feb. 2, 2022".
struct DatePhrase: Equatable {
    var month: Int
    var day: Int
    var year: Int?
    var weekday: Int?
    /// DateWordToken index range [start, end).
    var tokens: Range<Int>

    /// Reads a date phrase starting at token `t`: [weekday [,|(]] (day [of] month | month [.] day) [[,] year] [)].
    static func read(_ tk: [DateWordToken], at t: Int) -> DatePhrase? {
        var i = t
        var weekday: Int?
        var paren = false
        if i < tk.count, tk[i].kind == .word, let w = Lexicon.weekdays[tk[i].text] {
            weekday = w
            i += 1
            if i < tk.count, tk[i].text == "," { i += 1 } else if i < tk.count, tk[i].text == "(" { i += 1; paren = true }
        }
        guard i < tk.count else { return nil }
        var month: Int?
        var day: Int?
        if tk[i].kind == .number, (1...31).contains(tk[i].number) {
            var m = i + 1
            if m < tk.count, tk[m].text == "of" { m += 1 }
            if m < tk.count, tk[m].kind == .word, let mo = Lexicon.months[tk[m].text] {
                day = tk[i].number; month = mo; i = m + 1
                if i < tk.count, tk[i].text == ".", tk[m].text.count <= 4 { i += 1 }
            }
        } else if tk[i].kind == .word, let mo = Lexicon.months[tk[i].text] {
            var m = i + 1
            if m < tk.count, tk[m].text == "." { m += 1 }
            if m < tk.count, tk[m].kind == .number, (1...31).contains(tk[m].number), tk[m].text.count <= 2 {
                month = mo; day = tk[m].number; i = m + 1
            }
        }
        guard let mo = month, let d = day else { return nil }
        var year: Int?
        var y = i
        if y < tk.count, tk[y].text == "," { y += 1 }
        if y < tk.count, tk[y].kind == .number, tk[y].text.count == 4, (1900...2999).contains(tk[y].number) {
            year = tk[y].number; i = y + 1
        }
        if paren, i < tk.count, tk[i].text == ")" { i += 1 }
        // "May" alone before a number is a month only with a day: checked above.
        return DatePhrase(month: mo, day: d, year: year, weekday: weekday, tokens: t..<i)
    }
}
