import Foundation

/// Filters and counts over one chronology. Pure: the gazetteer comes in as a function.
public struct ChronologyQuery {
    public let chronology: Chronology
    /// Resolves a user-typed city name ("kiev", "KYIV") to the places it may mean.
    private let cityMatcher: (String) -> [Place]
    /// `isWithin(inner, outer)`: true when `inner` lies in `outer` (a site in a city's area). Same id always counts.
    private let isWithin: (Place, Place) -> Bool
    /// Each document id's first place in `chronology.documents` (numbers, not copies of the documents).
    private let documentNumbers: [String: Int]
    /// Per event, its folded searchable text (fields joined by a separator no query can contain), built on the
    /// first text search (on all cores) and kept.
    private let searchIndex: SearchIndex
    /// Folded place names by place id, for the name fallback of the city filter (made on its first use: it reads
    /// every mention, which a re-opened chronology decodes only when asked).
    private let foldedPlaceNames: FoldedPlaceNames

    public init(chronology: Chronology, cityMatcher: @escaping (String) -> [Place],
                isWithin: @escaping (Place, Place) -> Bool = { $0.id == $1.id }) {
        self.chronology = chronology
        self.cityMatcher = cityMatcher
        self.isWithin = isWithin
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(chronology.documents.count)
        for (k, d) in chronology.documents.enumerated() where numbers[d.id] == nil { numbers[d.id] = k }
        self.documentNumbers = numbers
        self.foldedPlaceNames = FoldedPlaceNames(events: chronology.events)
        self.searchIndex = SearchIndex(events: chronology.events)
    }

    /// Builds the text-search index now (it is otherwise built by the first text search). An interface can call this
    /// from a background thread after its first frame.
    public func prepareSearch() { _ = searchIndex.texts }

    /// The folded searchable text of one event: summary, actors, sentences, places and attributions.
    static func searchableText(_ event: Event) -> String {
        var fields = [event.summary] + event.actors + event.mentions.map(\.text)
        fields += Self.allPlaces(of: event).map(\.name)
        fields += event.mentions.compactMap(\.attribution)
        return fields.map(QueryFolding.fold).joined(separator: "\u{1}")
    }

    /// The brief's spelling of the initialiser.
    public init(chronology: Chronology, placeMatcher: @escaping (String) -> [Place]) {
        self.init(chronology: chronology, cityMatcher: placeMatcher)
    }

    /// Matching events, in chronological order.
    public func events(matching filter: EventFilter) -> [Event] {
        let indices = indices(matching: filter)
        // Every event (no filter, or none it leaves out): the chronology's own array, not a copy of each event.
        return indices.count == chronology.events.count ? chronology.events : indices.map { chronology.events[$0] }
    }

    /// Indices into `chronology.events` of the matching events, ascending.
    public func indices(matching filter: EventFilter) -> [Int] {
        // Every event, without reading one (a copy of each retained its boxes: 0.02 s at 10,000 re-opened articles).
        if filter.isEmpty { return Array(chronology.events.indices) }
        let cityTests = filter.cities.map(cityTest)
        let sourceKeys = filter.sources.map(QueryFolding.fold).filter { !$0.isEmpty }
        let actors = filter.actorQueries
        let text = filter.text.map(QueryFolding.fold) ?? ""
        let range: DayInterval? = (filter.from != nil || filter.to != nil)
            ? DayInterval(filter.from ?? Day(year: -9999, month: 1, day: 1)!, filter.to ?? Day(year: 9999, month: 12, day: 31)!)
            : nil
        if let f = filter.from, let t = filter.to, f > t { return [] }
        var result: [Int] = []
        let foldedText = text.isEmpty ? [] : searchIndex.texts
        for (i, event) in chronology.events.enumerated() {
            if !filter.modalities.isEmpty && !filter.modalities.contains(event.modality) { continue }
            if !filter.marks.isEmpty && !filter.hasMarks(event) { continue }
            if !filter.hasActor(event, actors) { continue }
            if let range {
                guard let days = event.date.interval, days.overlaps(range) else { continue }
            }
            if !cityTests.isEmpty {
                let places = Self.allPlaces(of: event)
                guard cityTests.contains(where: { test in places.contains(where: test) }) else { continue }
            }
            if !sourceKeys.isEmpty && !matchesSource(event, sourceKeys) { continue }
            if !text.isEmpty && !foldedText[i].contains(text) { continue }
            result.append(i)
        }
        return result
    }

    /// Cities where events take place (in or near, any qualifier), with their event counts, most first.
    public func cityCounts() -> [(place: Place, count: Int)] {
        var counts: [Int: (place: Place, count: Int)] = [:]
        for event in chronology.events {
            var seen = Set<Int>()
            for p in Self.allPlaces(of: event) where p.kind == .city && seen.insert(p.id).inserted {
                counts[p.id, default: (p, 0)].count += 1
            }
        }
        return counts.values.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.place.name != b.place.name ? a.place.name < b.place.name : a.place.id < b.place.id)
        }
    }

    /// Actors (as the events name them) with their event counts, most first; spellings that `ActorQuery` takes for
    /// one name are one row under the most frequent spelling.
    /// A new name joins the first row (in order of appearance) whose query has as many words and matches it; the rows
    /// that may match are found through `ActorRowIndex` instead of trying every row (quadratic on a large corpus).
    public func actorCounts() -> [(name: String, count: Int)] {
        var rows: [(name: String, query: ActorQuery, count: Int, spellings: [String: Int])] = []
        var rowOfFolded: [String: Int] = [:]
        var candidates = ActorRowIndex()
        for event in chronology.events {
            var seen = Set<Int>()
            for name in ActorQuery.names(of: event) {
                let folded = QueryFolding.fold(name)
                var r = rowOfFolded[folded]
                if r == nil {
                    let q = ActorQuery(name)
                    guard !q.isEmpty else { continue }
                    r = candidates.rows(near: q.words).first { rows[$0].query.matches(words: q.words) }
                    if r == nil {
                        rows.append((name, q, 0, [:]))
                        r = rows.count - 1
                        candidates.add(row: rows.count - 1, words: q.words)
                    }
                    rowOfFolded[folded] = r
                }
                guard let k = r else { continue }
                rows[k].spellings[name, default: 0] += 1
                if seen.insert(k).inserted { rows[k].count += 1 }
            }
        }
        return rows.map { row in
            let name = row.spellings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? row.name
            return (name, row.count)
        }.sorted { a, b in a.count != b.count ? a.count > b.count : a.name < b.name }
    }

    /// Documents with the number of events they report, most first. `name` is the outlet, else the title, else the id.
    public func sourceCounts() -> [(id: String, name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for event in chronology.events {
            for id in event.documentIDs { counts[id, default: 0] += 1 }
        }
        var ids = chronology.documents.map(\.id)
        for id in counts.keys where documentNumbers[id] == nil { ids.append(id) }
        var seen = Set<String>()
        let rows = ids.filter { seen.insert($0).inserted }.map { id -> (id: String, name: String, count: Int) in
            let d = document(id)
            return (id, d?.source ?? d?.title ?? id, counts[id] ?? 0)
        }
        return rows.sorted { a, b in a.count != b.count ? a.count > b.count : a.id < b.id }
    }

    private func document(_ id: String) -> Document? { documentNumbers[id].map { chronology.documents[$0] } }

    // MARK: - Matching

    /// Every place an event is placed in: its own and those of its mentions (with repeats).
    public static func allPlaces(of event: Event) -> [Place] {
        event.places + event.mentions.flatMap { $0.places.map(\.place) }
    }

    /// A predicate on places for one user-typed city.
    private func cityTest(_ query: String) -> (Place) -> Bool {
        let targets = cityMatcher(query)
        if targets.isEmpty {
            let key = QueryFolding.fold(query)
            let names = foldedPlaceNames.names
            return { !key.isEmpty && (names[$0.id] ?? QueryFolding.fold($0.name)) == key }
        }
        let isWithin = self.isWithin
        return { p in targets.contains { t in t.id == p.id || isWithin(p, t) } }
    }

    private func matchesSource(_ event: Event, _ keys: [String]) -> Bool {
        for id in event.documentIDs {
            let doc = document(id)
            let fields = [id, doc?.source ?? ""].map(QueryFolding.fold)
            if keys.contains(where: { k in fields.contains { $0.contains(k) } }) { return true }
        }
        return false
    }
}

/// Folded place names by place id, computed once on first use, safely from any thread.
final class FoldedPlaceNames: @unchecked Sendable {
    private let events: [Event]
    private var built: [Int: String]?
    private let lock = NSLock()

    init(events: [Event]) { self.events = events }

    var names: [Int: String] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var names: [Int: String] = [:]
        for event in events {
            for p in ChronologyQuery.allPlaces(of: event) where names[p.id] == nil { names[p.id] = QueryFolding.fold(p.name) }
        }
        built = names
        return names
    }
}

/// The folded search texts of a chronology's events, computed once on first use, safely from any thread.
final class SearchIndex: @unchecked Sendable {
    private let events: [Event]
    private var built: [String]?
    private let lock = NSLock()

    init(events: [Event]) { self.events = events }

    var texts: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let events = self.events
        let chunk = 1024
        let parts = ConcurrentSlots<[String]>.map((events.count + chunk - 1) / chunk) { c in
            events[(c * chunk)..<min(events.count, (c + 1) * chunk)].map(ChronologyQuery.searchableText)
        }
        let texts = parts.flatMap { $0 }
        built = texts
        return texts
    }
}

/// The rows of `actorCounts` a name may join, by their first word: a row joins only a name of as many words with a word
/// `ActorQuery.sameWord` as its first, and two such words are equal or share a string made by dropping one letter of
/// each (or of one: "zelensky" is "zelenskyy" less a letter). Rows come out ascending, so the first that matches is the
/// one a scan of every row finds.
struct ActorRowIndex {
    /// (word count, key) → rows whose first word gives that key, ascending.
    private var rowsByKey: [Key: [Int]] = [:]

    struct Key: Hashable { var words: Int; var text: Substring }

    /// The word and, for a word of five letters or more (shorter words must be equal), each string with one letter less.
    static func keys(_ word: String) -> [Substring] {
        var out = [Substring(word)]
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return out }
        for i in scalars.indices {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[..<i])
            s.append(contentsOf: scalars[(i + 1)...])
            out.append(Substring(String(s)))
        }
        return out
    }

    mutating func add(row: Int, words: [String]) {
        guard let first = words.first else { return }
        for k in Set(Self.keys(first)) { rowsByKey[Key(words: words.count, text: k), default: []].append(row) }
    }

    /// The rows that may match a name of these words, ascending.
    func rows(near words: [String]) -> [Int] {
        var found = Set<Int>()
        for w in Set(words) {
            for k in Self.keys(w) { found.formUnion(rowsByKey[Key(words: words.count, text: k)] ?? []) }
        }
        return found.sorted()
    }
}
