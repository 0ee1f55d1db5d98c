import Foundation

/// A date someone typed for an event, read the way the browser's date jump reads one: by the temporal tagger
/// against the publication date of the event's article ("5 April", "next Tuesday", "28 to 30 March",
/// "2022-04-05"), with plain ISO days, months and years as a fallback.
public enum CuratedDate {
    /// The date, or nil when the text is not one date (the tagger's expressions must cover every word typed,
    /// so "31 February" is not February).
    public static func read(_ text: String, publication: Day?) -> EventDate? {
        let q = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return nil }
        // Typed in a hurry, "next friday" is "next Friday": the tagger reads names as news text writes them.
        return tagged(q, publication) ?? tagged(q.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "), publication)
            ?? iso(q)
    }

    static func tagged(_ q: String, _ publication: Day?) -> EventDate? {
        let found = TemporalTagger().tag(q, dct: publication)
        let scalars = Array(q.unicodeScalars)
        var covered = Array(repeating: false, count: scalars.count)
        for t in found { for i in max(0, t.range.start)..<min(scalars.count, t.range.end) { covered[i] = true } }
        // Words outside the expressions may only be the glue of a date: "between 28 and 30 March", "on 5 April".
        var whole = true
        var word = "", wordCovered = true
        for i in scalars.indices + [scalars.count] {
            let isWordScalar = i < scalars.count && (scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil)
            if isWordScalar { word.unicodeScalars.append(scalars[i]); wordCovered = wordCovered && covered[i]; continue }
            if !word.isEmpty && !wordCovered && !glue.contains(word.lowercased()) { whole = false }
            word = ""; wordCovered = true
        }
        if whole, let first = found.first, first.type == .date || first.type == .time {
            if found.count == 2, let span = first.span {
                return EventDate(value: span.start == span.end ? span.start.iso : "\(span.start.iso)/\(span.end.iso)",
                                 interval: span, granularity: .day)
            }
            if found.count == 1, let iv = first.interval {
                return EventDate(value: first.value, interval: iv, granularity: first.granularity ?? .day)
            }
        }
        return nil
    }

    /// Words that may stand around the expressions typed.
    static let glue: Set<String> = ["between", "from", "and", "to", "until", "till", "on", "in", "of", "the", "at"]

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`.
    static func iso(_ q: String) -> EventDate? {
        if let d = Day(iso: q) { return EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day) }
        let parts = q.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if parts.count == 2, parts[1].count == 2, let m = Int(parts[1]), let s = Day(year: y, month: m, day: 1),
           let e = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) {
            return EventDate(value: String(q), interval: DayInterval(s, e), granularity: .month)
        }
        if parts.count == 1, let s = Day(year: y, month: 1, day: 1), let e = Day(year: y, month: 12, day: 31) {
            return EventDate(value: String(q), interval: DayInterval(s, e), granularity: .year)
        }
        return nil
    }
}
