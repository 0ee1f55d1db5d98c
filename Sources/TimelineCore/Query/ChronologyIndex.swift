import Foundation

/// Per-event place and document facts of one chronology, computed once, so that a city or source filter
/// and the picker counts are integer passes over the events instead of string work per event.
///
/// `indices(matching:)`, `cityCounts()` and `sourceCounts()` give exactly what `ChronologyQuery` gives for the
/// same matcher functions (the tests compare them); a text filter is left to `ChronologyQuery`.
public final class ChronologyIndex: @unchecked Sendable {
    public let chronology: Chronology
    private let cityMatcher: (String) -> [Place]
    private let isWithin: (Place, Place) -> Bool
    private let lock = NSLock()
    private var _facts: Facts?
    private var _cityCounts: [(place: Place, count: Int)]?
    private var _sourceCounts: [(id: String, name: String, count: Int)]?

    public init(chronology: Chronology, cityMatcher: @escaping (String) -> [Place],
                isWithin: @escaping (Place, Place) -> Bool = { $0.id == $1.id }) {
        self.chronology = chronology
        self.cityMatcher = cityMatcher
        self.isWithin = isWithin
    }

    /// The distinct places and documents and, per event, which of them it has (built on first use).
    struct Facts {
        /// Distinct place values, in first-seen order (events in order; an event's places, then its mentions').
        var places: [Place] = []
        /// Per distinct place value, its id group (places with one id: the reference code keys by id).
        var placeGroup: [Int32] = []
        /// Per id group, the folded name of the first place seen with that id.
        var groupFoldedName: [String] = []
        /// Event i's distinct place values: `placeRefs[placeStart[i]..<placeStart[i + 1]]`, first-seen order.
        var placeStart: [Int32] = [0]
        var placeRefs: [Int32] = []
        /// Distinct document ids of the mentions, and per event its documents (first-seen order).
        var documentIDs: [String] = []
        var docStart: [Int32] = [0]
        var docRefs: [Int32] = []
        var documentsByID: [String: Document] = [:]
    }

    /// Builds the facts now (an interface may call this from a background thread).
    public func prepare() { _ = facts }

    var facts: Facts {
        lock.lock()
        defer { lock.unlock() }
        if let f = _facts { return f }
        let f = Self.build(chronology)
        _facts = f
        return f
    }

    static func build(_ chronology: Chronology) -> Facts {
        var f = Facts()
        let events = chronology.events
        f.placeStart.reserveCapacity(events.count + 1)
        f.docStart.reserveCapacity(events.count + 1)
        f.placeRefs.reserveCapacity(events.count * 2)
        f.docRefs.reserveCapacity(events.count * 2)
        var byID: [Int: [Int32]] = [:]          // place id -> distinct values with that id
        var groupOf: [Int: Int32] = [:]          // place id -> group
        var placeStamp: [Int] = []               // last event that listed the value
        var docIndex: [String: Int32] = [:]
        var docStamp: [Int] = []
        func placeIndex(_ p: Place) -> Int32 {
            if let list = byID[p.id] {
                for k in list where f.places[Int(k)] == p { return k }
            }
            let k = Int32(f.places.count)
            f.places.append(p)
            byID[p.id, default: []].append(k)
            let g: Int32
            if let existing = groupOf[p.id] { g = existing } else {
                g = Int32(f.groupFoldedName.count)
                groupOf[p.id] = g
                f.groupFoldedName.append(QueryFolding.fold(p.name))
            }
            f.placeGroup.append(g)
            placeStamp.append(-1)
            return k
        }
        for (e, event) in events.enumerated() {
            func add(_ p: Place) {
                let k = Int(placeIndex(p))
                if placeStamp[k] != e { placeStamp[k] = e; f.placeRefs.append(Int32(k)) }
            }
            for p in event.places { add(p) }
            for m in event.mentions {
                for pm in m.places { add(pm.place) }
            }
            f.placeStart.append(Int32(f.placeRefs.count))
            for m in event.mentions {
                let d: Int
                if let k = docIndex[m.document] { d = Int(k) } else {
                    d = f.documentIDs.count
                    docIndex[m.document] = Int32(d)
                    f.documentIDs.append(m.document)
                    docStamp.append(-1)
                }
                if docStamp[d] != e { docStamp[d] = e; f.docRefs.append(Int32(d)) }
            }
            f.docStart.append(Int32(f.docRefs.count))
        }
        for d in chronology.documents where f.documentsByID[d.id] == nil { f.documentsByID[d.id] = d }
        return f
    }

    /// Indices into `chronology.events` of the events passing `filter`, ascending; nil when the filter has a
    /// text constraint (use `ChronologyQuery` for that).
    public func indices(matching filter: EventFilter) -> [Int]? {
        if !QueryFolding.fold(filter.text ?? "").isEmpty { return nil }
        let f = facts
        // Per distinct place: passes one of the city tests.
        var placePass: [Bool]?
        if !filter.cities.isEmpty {
            var pass = Array(repeating: false, count: f.places.count)
            for city in filter.cities {
                let targets = cityMatcher(city)
                if targets.isEmpty {
                    let key = QueryFolding.fold(city)
                    guard !key.isEmpty else { continue }
                    for (k, g) in f.placeGroup.enumerated() where f.groupFoldedName[Int(g)] == key { pass[k] = true }
                } else {
                    for (k, p) in f.places.enumerated() where !pass[k] {
                        if targets.contains(where: { t in t.id == p.id || isWithin(p, t) }) { pass[k] = true }
                    }
                }
            }
            placePass = pass
        }
        var docPass: [Bool]?
        let sourceKeys = filter.sources.map(QueryFolding.fold).filter { !$0.isEmpty }
        if !sourceKeys.isEmpty {
            docPass = f.documentIDs.map { id in
                let fields = [id, f.documentsByID[id]?.source ?? ""].map(QueryFolding.fold)
                return sourceKeys.contains { k in fields.contains { $0.contains(k) } }
            }
        }
        let range: DayInterval? = (filter.from != nil || filter.to != nil)
            ? DayInterval(filter.from ?? Day(year: -9999, month: 1, day: 1)!, filter.to ?? Day(year: 9999, month: 12, day: 31)!)
            : nil
        if let from = filter.from, let to = filter.to, from > to { return [] }
        let events = chronology.events
        let actors = filter.actorQueries
        var result: [Int] = []
        for i in events.indices {
            if !filter.modalities.isEmpty && !filter.modalities.contains(events[i].modality) { continue }
            if !filter.marks.isEmpty && !filter.hasMarks(events[i]) { continue }
            if !filter.hasActor(events[i], actors) { continue }
            if let range {
                guard let days = events[i].date.interval, days.overlaps(range) else { continue }
            }
            if let placePass {
                var any = false
                for r in Int(f.placeStart[i])..<Int(f.placeStart[i + 1]) where placePass[Int(f.placeRefs[r])] { any = true; break }
                if !any { continue }
            }
            if let docPass {
                var any = false
                for r in Int(f.docStart[i])..<Int(f.docStart[i + 1]) where docPass[Int(f.docRefs[r])] { any = true; break }
                if !any { continue }
            }
            result.append(i)
        }
        return result
    }

    /// Cities where events take place, with their event counts, most first (as `ChronologyQuery.cityCounts`).
    public func cityCounts() -> [(place: Place, count: Int)] {
        lock.lock()
        if let c = _cityCounts { lock.unlock(); return c }
        lock.unlock()
        let f = facts
        let groups = f.groupFoldedName.count
        var count = Array(repeating: 0, count: groups)
        var representative: [Int32] = Array(repeating: -1, count: groups)
        var stamp = Array(repeating: -1, count: groups)
        for e in 0..<(f.placeStart.count - 1) {
            for r in Int(f.placeStart[e])..<Int(f.placeStart[e + 1]) {
                let k = Int(f.placeRefs[r])
                guard f.places[k].kind == .city else { continue }
                let g = Int(f.placeGroup[k])
                if stamp[g] == e { continue }
                stamp[g] = e
                if representative[g] < 0 { representative[g] = Int32(k) }
                count[g] += 1
            }
        }
        let rows = (0..<groups).filter { representative[$0] >= 0 }.map { (place: f.places[Int(representative[$0])], count: count[$0]) }
        let sorted = rows.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.place.name != b.place.name ? a.place.name < b.place.name : a.place.id < b.place.id)
        }
        lock.lock()
        _cityCounts = sorted
        lock.unlock()
        return sorted
    }

    /// Documents with the number of events they report, most first (as `ChronologyQuery.sourceCounts`).
    public func sourceCounts() -> [(id: String, name: String, count: Int)] {
        lock.lock()
        if let c = _sourceCounts { lock.unlock(); return c }
        lock.unlock()
        let f = facts
        var perDoc = Array(repeating: 0, count: f.documentIDs.count)
        for r in f.docRefs { perDoc[Int(r)] += 1 }
        var counts: [String: Int] = [:]
        for (d, n) in perDoc.enumerated() { counts[f.documentIDs[d]] = n }
        var ids = chronology.documents.map(\.id)
        for id in f.documentIDs where f.documentsByID[id] == nil { ids.append(id) }
        var seen = Set<String>()
        let rows = ids.filter { seen.insert($0).inserted }.map { id -> (id: String, name: String, count: Int) in
            let d = f.documentsByID[id]
            return (id, d?.source ?? d?.title ?? id, counts[id] ?? 0)
        }
        let sorted = rows.sorted { a, b in a.count != b.count ? a.count > b.count : a.id < b.id }
        lock.lock()
        _sourceCounts = sorted
        lock.unlock()
        return sorted
    }
}
