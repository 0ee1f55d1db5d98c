/// What keeps two groups of mentions apart however their members pair up. The merge joins mentions pairwise, and a
/// chain of pairs that each agree may join what no pair would: "four boys were brought out on Sunday" (one outlet)
/// with "divers rescued four boys on Sunday" (another), that with "the last four boys were freed on Tuesday" by way
/// of an outlet whose Monday report names no stage. Two groups stay apart when one article dates what happened in them
/// on days that do not meet (an article that dates two past mentions on different days reports two happenings; the
/// plans it reports may disagree, as their sources do: "could take place on Thursday, says the ministry" / "officials
/// had said that talks were planned to start on Wednesday"), or when both tell of stages and of no stage in common
/// ("the first four boys" / "the last four").
struct GroupConstraints {
    /// Per group root: for each document with a precisely dated past mention in it, the latest first day and the earliest
    /// last day of those mentions (intervals that all meet have a common day: the first is not after the last).
    private var days: [Int: [Int32: (start: Int32, end: Int32)]] = [:]
    private var stages: [Int: [UInt32]] = [:]

    /// Joins the groups of `a` and `b` in `sets` unless their facts keep them apart; returns whether they are one now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, sets: inout DisjointSets, features: FeatureTable) -> Bool {
        let ra = sets.find(a), rb = sets.find(b)
        if ra == rb { return true }
        let da = days[ra] ?? Self.ownDays(ra, features), db = days[rb] ?? Self.ownDays(rb, features)
        let sa = stages[ra] ?? features.hashes(features[ra].stages), sb = stages[rb] ?? features.hashes(features[rb].stages)
        if !sa.isEmpty, !sb.isEmpty, !sa.contains(where: sb.contains) { return false }
        let (small, large) = da.count <= db.count ? (da, db) : (db, da)
        var joined = large
        for (doc, iv) in small {
            if let other = joined[doc] {
                let merged = (start: max(iv.start, other.start), end: min(iv.end, other.end))
                if merged.start > merged.end { return false }
                joined[doc] = merged
            } else {
                joined[doc] = iv
            }
        }
        sets.union(ra, rb)
        let root = sets.find(ra)
        days[ra] = nil
        days[rb] = nil
        days[root] = joined
        stages[ra] = nil
        stages[rb] = nil
        stages[root] = sa.isEmpty ? sb : sb.isEmpty ? sa : Array(Set(sa + sb)).sorted()
        return true
    }

    /// The document days of a mention that is a group of its own (a root with no facts recorded yet is one).
    private static func ownDays(_ i: Int, _ features: FeatureTable) -> [Int32: (start: Int32, end: Int32)] {
        let f = features[i]
        guard f.hasDate, !f.isFallback, !f.isFuture else { return [:] }
        return [f.document: (Int32(f.start), Int32(f.end))]
    }
}
