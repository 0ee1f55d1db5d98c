import Foundation
import TimelineCore

/// The browser's filter. Kept behind `BrowserFilter.apply` so the shared query module can replace it.
struct BrowserFilter: Equatable, Sendable {
    var cities: [String] = []
    var sources: [String] = []

    var isEmpty: Bool { cities.isEmpty && sources.isEmpty }

    /// Lowercase, without diacritics, punctuation or spaces: "Kharkiv", "KHARKIV", "Khárkiv" compare equal.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Every city (and other place) an event is placed in, by name.
    static func placeNames(of event: Event) -> [String] {
        var names = event.places.map(\.name)
        for m in event.mentions { names += m.places.map(\.place.name) }
        return names
    }

    /// Does the event lie in the city the user typed (any spelling the folding accepts)?
    static func event(_ event: Event, isIn city: String) -> Bool {
        let want = fold(city)
        guard !want.isEmpty else { return false }
        return placeNames(of: event).contains { fold($0) == want }
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

    func matches(_ event: Event, documents: [String: Document]) -> Bool {
        if !cities.isEmpty && !cities.contains(where: { Self.event(event, isIn: $0) }) { return false }
        if !sources.isEmpty {
            let want = Set(sources.map(Self.fold))
            let have = event.documentIDs.flatMap { [Self.fold($0), Self.fold(documents[$0]?.source ?? "")] }
            if !have.contains(where: want.contains) { return false }
        }
        return true
    }

    /// Indices of the events that pass, in chronology order.
    func apply(to chronology: Chronology, documents: [String: Document]) -> [Int] {
        if isEmpty { return Array(chronology.events.indices) }
        return chronology.events.indices.filter { matches(chronology.events[$0], documents: documents) }
    }
}

/// Reads a date the user typed into the days it covers. Until the temporal tagger lands: ISO dates
/// (2022-03-29), ISO months (2022-03), years, and "28 March", "March 28", "March 2022", "28 Mar 2022"
/// (a missing year is the reference's).
func parseDateQuery(_ query: String, reference: Day) -> DayInterval? {
    let q = query.trimmingCharacters(in: .whitespaces)
    if let d = Day(iso: q) { return DayInterval(day: d) }
    let words = q.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
    if let mi = words.firstIndex(where: { w in Day.monthNames.contains { $0.lowercased().hasPrefix(w) && w.count >= 3 } }) {
        let month = (Day.monthNames.firstIndex { $0.lowercased().hasPrefix(words[mi]) } ?? 0) + 1
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
