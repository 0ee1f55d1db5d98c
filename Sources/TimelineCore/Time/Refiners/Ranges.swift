/// Refiner: ranges. "between 28 and 30 March", "28-30 March", "March 28-30" are read before the single rules; two
/// dates joined by to/and/until after from/between are linked into one span after them.
extension TaggerRun {
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
                    r1 = TimexResolver.day(a, "(explicit date)"); r2 = TimexResolver.day(b, "(explicit date)")
                } else if let a = dayNoYear(m, d1, at: j), let b0 = dayNoYear(m, d2, at: j) {
                    r1 = a
                    if let iv = a.interval, let bd = Day(year: iv.start.year, month: m, day: d2) { r2 = TimexResolver.day(bd, "(second end of a range)") } else { r2 = b0 }
                } else { return nil }
                return (e, [(j, k2, r1), (k2 + 1, e, r2)])
            }
        }
        return nil
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

    static let rangeJoiners: WordSet = ["to", "and", "until", "through", "-", "–", "—", "till"]
}
