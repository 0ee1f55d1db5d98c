/// Merges mentions of the same real event (across sources and within one) into events, and orders them.
///
/// Two mentions are one event when their triggers are of one class, their dates are compatible (overlapping,
/// within a day, or a coarse date containing the other), their places are compatible (one within the other,
/// via `within`) and they share some evidence (a content word, an actor, a place). Undated mentions
/// ("on or before publication") join only with mentions that share a place or actor and are dated on or
/// shortly before the publication. Document ids are never compared.
public struct MentionMerger: Sendable {
    public let within: @Sendable (Place, Place) -> Bool
    /// Days two day-level dates may differ by and still be one event (sources disagreeing: Monday vs Tuesday).
    public var toleranceDays = 1
    /// How far before publication an undated mention may join a dated one.
    public var fallbackWindowDays = 7
    /// At most this many earlier mentions of a block are compared with each mention (keeps cost linear).
    public var maxComparisons = 64

    public init(within: @escaping @Sendable (Place, Place) -> Bool) {
        self.within = within
    }

    public func merge(_ mentions: [ExtractedMention], documents: [Document]) -> [Event] {
        var sets = DisjointSets(count: mentions.count)
        // Blocking: by merge group, then a sweep over each mention's date window.
        let blocks = Dictionary(grouping: mentions.indices) { MergeGroup.of(mentions[$0].triggerClass) }
        for (_, members) in blocks {
            let windows = members.compactMap { i -> (Int, Int, Int)? in
                guard let w = blockWindow(mentions[i]) else { return nil }
                return (i, w.0, w.1)
            }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            var active: [(Int, Int, Int)] = []
            for item in windows {
                active.removeAll { $0.2 < item.1 }
                for other in active.suffix(maxComparisons) where compatible(mentions[other.0], mentions[item.0]) {
                    sets.union(other.0, item.0)
                }
                active.append(item)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in mentions.indices { groups[sets.find(i), default: []].append(i) }
        let outlets = Dictionary(documents.map { ($0.id, $0.source ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let events = groups.values.map { makeEvent(from: $0.map { mentions[$0] }, outlets: outlets) }
        return order(events, groups: Array(groups.values), mentions: mentions)
    }

    /// The day-number window a mention can match in: its date widened by the tolerance; undated mentions
    /// cover the days before publication.
    func blockWindow(_ m: ExtractedMention) -> (Int, Int)? {
        guard let iv = m.mention.date.interval else { return nil }
        if m.mention.date.isFallback {
            return (iv.start.dayNumber - fallbackWindowDays, iv.end.dayNumber + toleranceDays)
        }
        return (iv.start.dayNumber - toleranceDays, iv.end.dayNumber + toleranceDays)
    }

    func placesCompatible(_ a: [PlaceMention], _ b: [PlaceMention]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        return a.contains { x in b.contains { y in within(x.place, y.place) || within(y.place, x.place) } }
    }

    func placesShared(_ a: [PlaceMention], _ b: [PlaceMention]) -> Bool {
        !a.isEmpty && !b.isEmpty && placesCompatible(a, b)
    }

    func compatible(_ a: ExtractedMention, _ b: ExtractedMention) -> Bool {
        guard MergeGroup.of(a.triggerClass) == MergeGroup.of(b.triggerClass),
              let ia = a.mention.date.interval, let ib = b.mention.date.interval else { return false }
        let sharedActor = !a.actorKeys.isDisjoint(with: b.actorKeys)
        // Sayings are one event only when one speaker says them.
        if MergeGroup.of(a.triggerClass) == MergeGroup.of(.statement), !sharedActor { return false }
        switch (a.mention.date.isFallback, b.mention.date.isFallback) {
        case (false, false):
            guard placesCompatible(a.mention.places, b.mention.places) else { return false }
            let gap = max(ia.start.dayNumber - ib.end.dayNumber, ib.start.dayNumber - ia.end.dayNumber)
            guard gap <= (ia.dayCount == 1 && ib.dayCount == 1 ? toleranceDays : 0) else { return false }
            // Synonym triggers of one class suffice; related classes (an investigation, an agreement) need shared evidence.
            return a.triggerClass == b.triggerClass || !a.keywords.isDisjoint(with: b.keywords) || sharedActor
                || placesShared(a.mention.places, b.mention.places)
        case (true, true):
            guard placesCompatible(a.mention.places, b.mention.places) else { return false }
            guard abs(ia.start.dayNumber - ib.start.dayNumber) <= fallbackWindowDays else { return false }
            let words = a.keywords.subtracting(triggerWords(a)).intersection(b.keywords.subtracting(triggerWords(b)))
            return !words.isEmpty && (a.mention.modality.isFuture == b.mention.modality.isFuture)
        default:
            let (undated, dated) = a.mention.date.isFallback ? (a, b) : (b, a)
            guard let iu = undated.mention.date.interval, let id = dated.mention.date.interval,
                  !dated.mention.modality.isFuture, !undated.mention.modality.isFuture,
                  id.end <= iu.end, id.end.dayNumber >= iu.start.dayNumber - fallbackWindowDays else { return false }
            // An undated follow-up of a dated report by the same named actor ("…, Eurojust announced in The Hague").
            return sharedActor
        }
    }

    private static let triggerForms = Set(TriggerLexicon.forms.keys)
    private func triggerWords(_ m: ExtractedMention) -> Set<String> { Self.triggerForms }

    func makeEvent(from group: [ExtractedMention], outlets: [String: String] = [:]) -> Event {
        let sorted = group.sorted { a, b in
            let da = a.mention.date.interval?.start.dayNumber ?? Int.max, db = b.mention.date.interval?.start.dayNumber ?? Int.max
            return (a.mention.date.isFallback ? 1 : 0, da, a.mention.document, a.mention.range.start)
                < (b.mention.date.isFallback ? 1 : 0, db, b.mention.document, b.mention.range.start)
        }
        let dated = sorted.filter { !$0.mention.date.isFallback && $0.mention.date.interval != nil }
        // Day-level dates that do not overlap: the sources disagree.
        let precise = dated.compactMap { $0.mention.date.interval }.filter { $0.dayCount <= 3 }
        // Some pair is disjoint exactly when the earliest end falls before the latest start.
        let conflict = precise.count > 1 && precise.map(\.end).min()! < precise.map(\.start).max()!
        let date: EventDate
        if dated.isEmpty {
            date = sorted[0].mention.date
        } else if conflict {
            let span = dated.compactMap { $0.mention.date.interval }.reduce(dated[0].mention.date.interval!) { $0.union($1) }
            let parts = dated.map { "\($0.mention.date.value) (\(outlets[$0.mention.document] ?? $0.mention.document))" }
            date = EventDate(value: span.start == span.end ? span.start.iso : "\(span.start.iso)/\(span.end.iso)",
                             interval: span, granularity: .day,
                             derivation: "the sources disagree: " + orderedUnique(parts).joined(separator: ", "))
        } else {
            date = dated.min { ($0.mention.date.interval!.dayCount, $0.mention.date.interval!.start) < ($1.mention.date.interval!.dayCount, $1.mention.date.interval!.start) }!.mention.date
        }
        var counts: [Modality: Int] = [:]
        for m in sorted { counts[m.mention.modality, default: 0] += 1 }
        let modality = Modality.allCases.max { (counts[$0] ?? 0, -Modality.allCases.firstIndex(of: $0)!) < (counts[$1] ?? 0, -Modality.allCases.firstIndex(of: $1)!) }!
        let lead = sorted.min { a, b in
            (a.mention.date.isFallback ? 1 : 0, -a.mention.places.count, a.mention.document, a.mention.range.start)
                < (b.mention.date.isFallback ? 1 : 0, -b.mention.places.count, b.mention.document, b.mention.range.start)
        }!
        var places: [Place] = []
        for m in sorted { for p in m.mention.places where !places.contains(p.place) { places.append(p.place) } }
        var actors: [String] = []
        for m in sorted { for a in m.mention.actors where !actors.contains(a) { actors.append(a) } }
        var hash = StableHash()
        hash.add(String(MergeGroup.of(lead.triggerClass)))
        for key in group.map({ "\($0.mention.text)@\(($0.mention.trigger ?? $0.mention.range).start - $0.mention.range.start)" }).sorted() {
            hash.add(key)
        }
        return Event(id: "e" + hash.hex.prefix(12), summary: lead.summary, modality: modality, date: date, places: places,
                     actors: actors, conflict: conflict, mentions: sorted.map(\.mention))
    }

    /// Chronological order: by date start (undated "on or before publication" events before dated ones of that day,
    /// longer spans first), then adjusted so that an event placed after another ("then", "after …") follows it.
    func order(_ events: [Event], groups: [[Int]], mentions: [ExtractedMention]) -> [Event] {
        func key(_ e: Event) -> (Int, Int, Int, String, Int) {
            let start = e.date.interval?.start.dayNumber ?? Int.max
            return (start, e.date.isFallback ? 0 : 1, -(e.date.interval?.dayCount ?? 0), e.mentions[0].document, e.mentions[0].range.start)
        }
        let initial = events.indices.sorted { key(events[$0]) < key(events[$1]) }
        var rank = [Int](repeating: 0, count: events.count)
        for (r, e) in initial.enumerated() { rank[e] = r }
        // Map (document, ordinal) → event index.
        var eventOf: [String: [Int: Int]] = [:]
        for (e, g) in groups.enumerated() { for i in g { eventOf[mentions[i].mention.document, default: [:]][mentions[i].ordinal] = e } }
        var successors = [[Int]](repeating: [], count: events.count)
        var indegree = [Int](repeating: 0, count: events.count)
        for (e, g) in groups.enumerated() {
            for i in g {
                for p in mentions[i].follows {
                    guard let before = eventOf[mentions[i].mention.document]?[p], before != e else { continue }
                    successors[before].append(e)
                    indegree[e] += 1
                }
            }
        }
        var heap = MinHeap()
        for e in events.indices where indegree[e] == 0 { heap.push(rank[e], e) }
        var out: [Int] = []
        var placed = [Bool](repeating: false, count: events.count)
        while out.count < events.count {
            if let e = heap.pop() {
                if placed[e] { continue }
                placed[e] = true
                out.append(e)
                for s in successors[e] {
                    indegree[s] -= 1
                    if indegree[s] == 0 { heap.push(rank[s], s) }
                }
            } else if let e = initial.first(where: { !placed[$0] }) {
                heap.push(rank[e], e)  // a cycle: break it in date order
            }
        }
        return out.map { events[$0] }
    }
}

extension Modality {
    var isFuture: Bool { self == .planned || self == .expected }
}

func orderedUnique(_ xs: [String]) -> [String] {
    var seen = Set<String>()
    return xs.filter { seen.insert($0).inserted }
}

/// A binary min-heap of (priority, value).
struct MinHeap {
    private var items: [(Int, Int)] = []
    mutating func push(_ priority: Int, _ value: Int) {
        items.append((priority, value))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].0 <= items[i].0 { break }
            items.swapAt(p, i); i = p
        }
    }
    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, items[l].0 < items[m].0 { m = l }
                if r < items.count, items[r].0 < items[m].0 { m = r }
                if m == i { break }
                items.swapAt(m, i); i = m
            }
        }
        return top.1
    }
}
