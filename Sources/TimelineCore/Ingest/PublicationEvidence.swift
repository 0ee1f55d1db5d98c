/// What a text says about the day it was written: explicit dates said to be today, tomorrow or
/// yesterday, dates given with the weekday of a report ("said on Friday (June 16)"), and the weekdays
/// reports are filed on ("said on Monday").
struct PublicationEvidence {
    struct Clue {
        var date: DatePhrase
        /// Days from the phrase's date to the publication day: 0 today, -1 tomorrow, +1 yesterday.
        var shift: Int
        var quote: String
        var rank: Int
    }
    var clues: [Clue] = []
    /// Weekday (ISO) → number of reports "said on <weekday>".
    var reportWeekdays: [Int: Int] = [:]
    var reportQuote: [Int: String] = [:]

    static func scan(_ text: ScalarText, _ lo: Int, _ hi: Int) -> PublicationEvidence {
        let tk = DateWordToken.words(Tokenizer.tokenize(text, in: TextRange(lo, hi)))
        var ev = PublicationEvidence()
        let anchors: [String: Int] = ["today": 0, "tomorrow": -1, "yesterday": 1]
        func isStop(_ t: DateWordToken) -> Bool { t.kind == .punct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ";") }
        func reportingNear(_ from: Int, _ to: Int) -> Bool {
            // A reporting verb within 8 tokens before `from` or after `to`, same clause.
            var i = from - 1
            var n = 0
            while i >= 0 && n < 8 && !isStop(tk[i]) && !DateWords.blockers.contains(tk[i].text) {
                if DateWords.reportingVerbs.contains(tk[i].text) { return true }
                i -= 1; n += 1
            }
            i = to; n = 0
            while i < tk.count && n < 8 && !isStop(tk[i]) && !DateWords.blockers.contains(tk[i].text) {
                if DateWords.reportingVerbs.contains(tk[i].text) { return true }
                i += 1; n += 1
            }
            return false
        }
        func quote(_ a: Int, _ b: Int) -> String { text[TextRange(tk[a].range.start, tk[b - 1].range.end)] }
        var t = 0
        while t < tk.count {
            let tok = tk[t]
            if tok.kind == .word, let shift = anchors[tok.text] {
                var u = t + 1
                if u < tk.count, tk[u].text == "," || tk[u].text == "(" { u += 1 }
                if let d = DatePhrase.read(tk, at: u) {
                    var end = d.tokens.upperBound
                    if end < tk.count, tk[end].text == ")" { end += 1 }
                    ev.clues.append(Clue(date: d, shift: shift, quote: quote(t, end), rank: shift == 0 ? 0 : 1))
                    t = end; continue
                }
                if shift == 0, u < tk.count, let w = Lexicon.weekdays[tk[u].text] {
                    ev.reportWeekdays[w, default: 0] += 2
                    ev.reportQuote[w] = ev.reportQuote[w] ?? quote(t, u + 1)
                }
            }
            if let d = DatePhrase.read(tk, at: t) {
                let end = d.tokens.upperBound
                // "June 14 (today)" / "June 14, today"
                if end + 1 < tk.count, tk[end].text == "(" || tk[end].text == ",", let shift = anchors[tk[end + 1].text] {
                    ev.clues.append(Clue(date: d, shift: shift, quote: quote(t, end + 2), rank: shift == 0 ? 0 : 1))
                } else if d.weekday != nil, t > 0, tk[t - 1].text == "on", reportingNear(t - 1, end) {
                    ev.clues.append(Clue(date: d, shift: 0, quote: quote(max(0, t - 2), end), rank: 2))
                }
                t = end; continue
            }
            if tok.text == "on", t + 1 < tk.count, let w = Lexicon.weekdays[tk[t + 1].text], tk[t + 1].text.count > 3,
               reportingNear(t, t + 2) {
                ev.reportWeekdays[w, default: 0] += 1
                if ev.reportQuote[w] == nil {
                    var a = t
                    if a > 0, DateWords.reportingVerbs.contains(tk[a - 1].text) { a -= 1 }
                    ev.reportQuote[w] = quote(a, t + 2)
                }
            }
            t += 1
        }
        return ev
    }

    /// The weekday most reports are dated with, when one clearly leads.
    var leadingReportWeekday: (weekday: Int, quote: String)? {
        let sorted = reportWeekdays.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = sorted.first else { return nil }
        if sorted.count > 1 && sorted[1].value == top.value { return nil }
        return (top.key, reportQuote[top.key] ?? Day.weekdayNames[top.key - 1])
    }
}

enum YearFinder {
    /// The most recent year, not after `today`, in which month/day falls on `weekday` (publication `shift` days later).
    static func byWeekday(month: Int, day: Int, weekday: Int, shift: Int = 0, today: Day) -> Int? {
        for y in stride(from: today.year, through: today.year - 40, by: -1) {
            guard let d = Day(year: y, month: month, day: day), d.weekday == weekday,
                  let p = d.adding(days: shift), p <= today else { continue }
            return y
        }
        return nil
    }

    /// The year that puts month/day within about four months of the nearest dated document.
    /// `dates` must be sorted by day; each lookup is a binary search.
    static func fromCorpus(month: Int, day: Int, dates: [(id: String, day: Day)], today: Day) -> (year: Int, near: String, nearDay: Day, count: Int)? {
        guard let firstDay = dates.first?.day, let lastDay = dates.last?.day else { return nil }
        func lowerBound(_ n: Int) -> Int {
            var lo = 0, hi = dates.count
            while lo < hi { let mid = (lo + hi) / 2; if dates[mid].day.dayNumber < n { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        var best: (Int, String, Day, Int)?
        var bestDist = Int.max
        for y in (firstDay.year - 1)...(lastDay.year + 1) {
            guard let d = Day(year: y, month: month, day: day), d <= today else { continue }
            let a = lowerBound(d.dayNumber - 122), b = lowerBound(d.dayNumber + 123)
            guard a < b else { continue }
            let i = lowerBound(d.dayNumber)
            let candidates = [i - 1, i].filter { $0 >= a && $0 < b }
            guard let nearest = candidates.min(by: { abs(dates[$0].day.dayNumber - d.dayNumber) < abs(dates[$1].day.dayNumber - d.dayNumber) }) else { continue }
            let dist = abs(dates[nearest].day.dayNumber - d.dayNumber)
            if dist < bestDist { bestDist = dist; best = (y, dates[nearest].id, dates[nearest].day, b - a) }
        }
        return best.map { (year: $0.0, near: $0.1, nearDay: $0.2, count: $0.3) }
    }
}

/// `YearFinder.fromCorpus` for every month and day of the year, found once for a load's dated documents: the
/// documents that state no year ask it for each clue, thousands of times in an archive of undated reports.
struct CorpusYears: Sendable {
    typealias Found = (year: Int, near: String, nearDay: Day, count: Int)
    private let table: [Found?]

    /// `needed: false` finds nothing (no document will ask).
    init(dates: [(id: String, day: Day)], today: Day, needed: Bool = true) {
        var table = [Found?](repeating: nil, count: 13 * 32)
        if needed, !dates.isEmpty {
            for m in 1...12 {
                for d in 1...31 { table[m * 32 + d] = YearFinder.fromCorpus(month: m, day: d, dates: dates, today: today) }
            }
        }
        self.table = table
    }

    /// The year that puts month/day within about four months of the nearest dated document, as `YearFinder.fromCorpus`.
    func year(month: Int, day: Int) -> Found? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return table[month * 32 + day]
    }
}

