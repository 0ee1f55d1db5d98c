/// What the merge compares, computed once per mention: day numbers, the merge group, and the keyword,
/// content-word and actor sets as sorted 64-bit hashes (so a comparison never hashes a string).
struct MergeFeatures: Sendable {
    var group: Int8
    var triggerClass: TriggerClass
    var hasDate: Bool
    var isFallback: Bool
    var isFuture: Bool
    var singleDay: Bool
    /// The date's first and last day numbers (valid when `hasDate`).
    var start: Int
    var end: Int
    /// The blocking window (see `MentionMerger.blockWindow`).
    var window: (Int, Int)?
    var keywords: [UInt64]
    /// Keywords that are not trigger words.
    var contentWords: [UInt64]
    var actorKeys: [UInt64]

    static let statementGroup = Int8(MergeGroup.of(.statement))

    static let triggerFormHashes: Set<UInt64> = Set(TriggerLexicon.forms.keys.map(hash))

    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    static func sortedHashes<S: Sequence>(_ words: S) -> [UInt64] where S.Element == String {
        var out = words.map(hash)
        out.sort()
        return out
    }

    init(_ m: ExtractedMention, merger: MentionMerger) {
        group = Int8(MergeGroup.of(m.triggerClass))
        triggerClass = m.triggerClass
        let date = m.mention.date
        isFallback = date.isFallback
        isFuture = m.mention.modality.isFuture
        if let iv = date.interval {
            hasDate = true
            start = iv.start.dayNumber
            end = iv.end.dayNumber
            singleDay = end == start
        } else {
            hasDate = false
            start = 0
            end = 0
            singleDay = false
        }
        window = merger.blockWindow(m)
        keywords = Self.sortedHashes(m.keywords)
        contentWords = keywords.filter { !Self.triggerFormHashes.contains($0) }
        actorKeys = Self.sortedHashes(m.actorKeys)
    }

    /// Features of every mention, computed in parallel.
    static func make(_ mentions: [ExtractedMention], merger: MentionMerger) -> [MergeFeatures] {
        let chunk = 2048
        let parts = ConcurrentSlots<[MergeFeatures]>.map((mentions.count + chunk - 1) / chunk) { c in
            let lo = c * chunk, hi = min(mentions.count, lo + chunk)
            return (lo..<hi).map { MergeFeatures(mentions[$0], merger: merger) }
        }
        var out: [MergeFeatures] = []
        out.reserveCapacity(mentions.count)
        for p in parts { out += p }
        return out
    }

    /// Whether two sorted hash lists share an element.
    static func intersect(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x == y { return true }
            if x < y { i += 1 } else { j += 1 }
        }
        return false
    }
}

/// A binary min-heap of (end day, sweep position): the open windows of the merge sweep.
struct EndHeap {
    private var items: [(end: Int, position: Int32)] = []

    var top: (end: Int, position: Int32)? { items.first }

    mutating func push(end: Int, position: Int32) {
        items.append((end, position))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].end <= items[i].end { break }
            items.swapAt(p, i); i = p
        }
    }

    mutating func pop() {
        let last = items.removeLast()
        guard !items.isEmpty else { return }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, items[l].end < items[m].end { m = l }
            if r < items.count, items[r].end < items[m].end { m = r }
            if m == i { break }
            items.swapAt(m, i); i = m
        }
    }
}
