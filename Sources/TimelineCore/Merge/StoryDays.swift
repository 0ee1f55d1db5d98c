/// One predicate told of one day by two articles of one story is one happening, whatever words each gives it.
///
/// The sweep joins two mentions only on evidence of their own: a word, a name, an actor or a place they share. Outlets
/// often give none: "tugs freed the vessel on Saturday, and ⟦the channel reopened⟧ on Monday" / "The Scheldt Channel
/// Authority today ⟦reopened⟧ the Western Scheldt to all shipping" (published that Monday). What they do share is
/// their story: two articles that already tell several happenings in common are about one story, and in one story one
/// predicate of one day is one happening — unless an article tells two of that predicate and day itself ("the airport
/// ⟦reopened⟧ on Monday … the museum ⟦reopened⟧ the same day"), which leaves the day's groups of that predicate as
/// they are.
///
/// Read after the sweep, from its groups: the pairs it gives are joined through the merge's `GroupConstraints`, so two
/// batches counted apart, two stages or two places in no place of each other still stay apart.
struct StoryDays {
    /// How many groups two articles must share to be of one story.
    static let sharedGroups = 2
    /// Groups of more articles than this (a wire text printed by hundreds) say little of any two of them, and pairing
    /// all their articles would cost the square of their number.
    static let maxArticlesOfAGroup = 24
    /// A day's groups of one predicate beyond this many (an archive's unrelated stories) are not paired.
    static let maxGroupsOfADay = 64

    /// Pairs of mentions, one from each of two groups, that are one happening by this rule, in a fixed order.
    static func pairs(_ features: FeatureTable, sets: inout DisjointSets) -> [(Int32, Int32)] {
        let n = features.count
        guard n > 1 else { return [] }
        var root = [Int32](repeating: 0, count: n)
        for i in 0..<n { root[i] = Int32(sets.find(i)) }
        let shared = sharedGroupCounts(features, root: root)
        guard !shared.isEmpty else { return [] }

        // The candidates: mentions of a past or future happening dated to one day, keyed by merge group, predicate,
        // day and tense; sayings and tolls are left to their own rules.
        // (24 bytes a candidate: the merge group and the tense are folded into the predicate's hash)
        struct Candidate { var key: UInt64; var day: Int32; var root: Int32; var document: Int32; var mention: Int32 }
        var candidates: [Candidate] = []
        for i in 0..<n {
            let f = features[i]
            guard f.hasDate, !f.isFallback, f.singleDay, f.group != MergeFeatures.statementGroup,
                  f.predicate != MergeFeatures.tollPredicate else { continue }
            let key = f.predicate &+ (UInt64(UInt8(bitPattern: f.group)) << 1 | (f.isFuture ? 1 : 0)) &* 0x9E37_79B9_7F4A_7C15
            candidates.append(Candidate(key: key, day: Int32(f.start), root: root[i], document: f.document, mention: Int32(i)))
        }
        candidates.sort { ($0.key, $0.day, $0.root, $0.document, $0.mention) < ($1.key, $1.day, $1.root, $1.document, $1.mention) }

        var out: [(Int32, Int32)] = []
        var lo = 0
        while lo < candidates.count {
            var hi = lo + 1
            let c = candidates[lo]
            while hi < candidates.count, candidates[hi].key == c.key, candidates[hi].day == c.day { hi += 1 }
            defer { lo = hi }
            // The bucket's groups, each with its articles and a mention; an article in two groups of the bucket tells two
            // happenings of that predicate and day, and its groups are left alone.
            var groups: [(root: Int32, mention: Int32, documents: [Int32])] = []
            var rootOf: [Int32: Int32] = [:]
            var twice = Set<Int32>()
            for k in lo..<hi {
                let m = candidates[k]
                if let r = rootOf[m.document], r != m.root { twice.insert(m.document) }
                rootOf[m.document] = m.root
                if groups.last?.root == m.root {
                    if !groups[groups.count - 1].documents.contains(m.document) { groups[groups.count - 1].documents.append(m.document) }
                } else {
                    groups.append((m.root, m.mention, [m.document]))
                }
            }
            guard groups.count > 1, groups.count <= maxGroupsOfADay else { continue }
            let kept = groups.filter { !$0.documents.contains(where: twice.contains) }
            for i in kept.indices {
                for j in kept.indices where j > i {
                    let one = kept[i].documents.contains { a in kept[j].documents.contains { b in
                        (shared[key(a, b)] ?? 0) >= sharedGroups
                    } }
                    if one { out.append((kept[i].mention, kept[j].mention)) }
                }
            }
        }
        return out
    }

    /// For each pair of articles that share a group of the sweep, how many they share.
    static func sharedGroupCounts(_ features: FeatureTable, root: [Int32]) -> [UInt64: Int32] {
        var pairs = (0..<root.count).map { UInt64(UInt32(root[$0])) << 32 | UInt64(UInt32(features[$0].document)) }
        pairs.sort()
        var counts: [UInt64: Int32] = [:]
        var lo = 0
        var documents: [Int32] = []
        while lo < pairs.count {
            let r = pairs[lo] >> 32
            var hi = lo
            documents.removeAll(keepingCapacity: true)
            while hi < pairs.count, pairs[hi] >> 32 == r {
                let d = Int32(bitPattern: UInt32(truncatingIfNeeded: pairs[hi]))
                if documents.last != d { documents.append(d) }
                hi += 1
            }
            lo = hi
            guard documents.count > 1, documents.count <= maxArticlesOfAGroup else { continue }
            for i in documents.indices {
                for j in documents.indices where j > i { counts[key(documents[i], documents[j]), default: 0] += 1 }
            }
        }
        return counts
    }

    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: min(a, b))) << 32 | UInt64(UInt32(bitPattern: max(a, b)))
    }
}
