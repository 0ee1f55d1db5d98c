import Foundation
import TimelineCore

/// What the browser shows about an event, and the filter it applies (the shared `EventFilter` and
/// `ChronologyQuery`, with the gazetteer matching cities in any spelling).
enum EventInfo {
    static func fold(_ s: String) -> String { QueryFolding.fold(s) }

    /// Every place an event is placed in, by name.
    static func placeNames(of event: Event) -> [String] {
        var names = event.places.map(\.name)
        for m in event.mentions { names += m.places.map(\.place.name) }
        return names
    }

    /// The outlets (or document ids) reporting an event.
    static func sources(of event: Event, documents: [String: Document]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for id in event.documentIDs {
            let name = documents[id]?.source ?? id
            if seen.insert(name).inserted { out.append(name) }
        }
        return out
    }

    /// The query the browser filters with: the gazetteer reads city names in any spelling.
    static func query(_ chronology: Chronology, gazetteer: Gazetteer = .shared) -> ChronologyQuery {
        ChronologyQuery(chronology: chronology, cityMatcher: { gazetteer.matchCity($0) },
                        isWithin: { gazetteer.isPlace($0, within: $1) })
    }
}

/// Reads a date the user typed into the days it covers: the temporal tagger first ("last week",
/// "28 March"), then ISO dates, months and years (a missing year is the reference's).
func parseDateQuery(_ query: String, reference: Day) -> DayInterval? {
    let tagger = TemporalTagger()
    // The tagger's reading counts only when its expressions cover every word typed: "31 February"
    // must not become February, nor "2022-13-01" the year 2022.
    let scalars = Array(query.unicodeScalars)
    var covered = Array(repeating: false, count: scalars.count)
    for t in tagger.tag(query, dct: reference) {
        for i in max(0, t.range.start)..<min(scalars.count, t.range.end) { covered[i] = true }
    }
    let whole = scalars.indices.allSatisfy { covered[$0] || !(scalars[$0].properties.isAlphabetic || scalars[$0].properties.numericType != nil) }
    if whole, let iv = tagger.parseQuery(query, reference: reference) { return iv }
    return parseSimpleDate(query, reference: reference)
}

/// The browser's own reading of ISO dates, months and "28 March", for what the tagger does not take.
func parseSimpleDate(_ query: String, reference: Day) -> DayInterval? {
    let q = query.trimmingCharacters(in: .whitespaces)
    if let d = Day(iso: q) { return DayInterval(day: d) }
    let words = q.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
    if let (mi, month) = words.enumerated().lazy.compactMap({ w in Lexicon.month(typed: w.element).map { (w.offset, $0) } }).first {
        let numbers = words.enumerated().filter { $0.offset != mi }.compactMap { Int($0.element.filter(\.isNumber)) }
        let year = numbers.first { $0 > 31 } ?? reference.year
        if let day = numbers.first(where: { $0 >= 1 && $0 <= 31 }) {
            return Day(year: year, month: month, day: day).map { DayInterval(day: $0) }
        }
        guard let s = Day(year: year, month: month, day: 1), let e = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
        return DayInterval(s, e)
    }
    let parts = q.split(separator: "-").compactMap { Int($0) }
    if parts.count == 2, let s = Day(year: parts[0], month: parts[1], day: 1) {
        return Day(year: parts[0], month: parts[1], day: Day.daysIn(month: parts[1], year: parts[0])).map { DayInterval(s, $0) }
    }
    if parts.count == 1, q.count == 4, let s = Day(year: parts[0], month: 1, day: 1), let e = Day(year: parts[0], month: 12, day: 31) {
        return DayInterval(s, e)
    }
    return nil
}
