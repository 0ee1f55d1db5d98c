/// What keeps two groups of mentions apart however their members pair up. The merge joins mentions pairwise, and a
/// chain of pairs that each agree may join what no pair would: "four boys were brought out on Sunday" (one outlet)
/// with "divers rescued four boys on Sunday" (another), that with "the last four boys were freed on Tuesday" by way
/// of an outlet whose Monday report names no stage. Two groups stay apart when one article dates what happened in them
/// on days that do not meet (an article that dates two past mentions on different days reports two happenings; the
/// plans it reports may disagree, as their sources do: "could take place on Thursday, says the ministry" / "officials
/// had said that talks were planned to start on Wednesday"), or when both tell of stages and of no stage in common
/// ("the first four boys" / "the last four"), or when both are placed and in no place of the other: "the two governments
/// agreed on a gas deal in Prague" and "Czechia and South Africa signed a trade agreement in Amsterdam" are not one
/// event for an agreement of that day that names no place.
struct GroupConstraints {
    /// Per group root: for each document with a precisely dated past mention in it, the latest first day and the earliest
    /// last day of those mentions (intervals that all meet have a common day: the first is not after the last).
    private var days: [Int: [Int32: (start: Int32, end: Int32)]] = [:]
    private var stages: [Int: [UInt32]] = [:]
    /// Per group root: the ages its mentions give (`MergeFeatures.ages`), kept apart as stages are.
    private var ages: [Int: [UInt32]] = [:]
    /// Per group root and predicate: the countries whose people its mentions of that predicate tell of
    /// (`MergeFeatures.sides`): one predicate of two sides and none in common is two happenings.
    private var sides: [Int: [UInt64: [UInt32]]] = [:]
    /// Per group root: the mentions that give a count (`MergeFeatures.count`): a batch counted as more ("another
    /// 110,000") and another count, or two counts told of days apart, are two happenings however their members pair up.
    private var counts: [Int: [Int32]] = [:]
    private var places: [Int: [PlaceMention]] = [:]
    /// Per group root: the first and last day of its mentions dated to one day, and of its undated ones' days. One
    /// event is told within days of itself; pairs that each lie a few days apart must not chain into a group that runs
    /// for months ("Markets reopened" in one city's report, then in the next week's report of another city, …).
    private var spans: [Int: Spans] = [:]
    /// The most days a group's day-dated mentions, or its undated ones, may lie apart.
    var maxSpanDays: Int32 = 7

    struct Spans {
        var days = (lo: Int32.max, hi: Int32.min)
        var undated = (lo: Int32.max, hi: Int32.min)
        /// The days of a death toll's tellings (`TollTelling`): a total revised for a fortnight is one toll, so they
        /// may lie twice as far apart as other undated lines.
        var tolls = (lo: Int32.max, hi: Int32.min)

        init(days: (lo: Int32, hi: Int32) = (Int32.max, Int32.min), undated: (lo: Int32, hi: Int32) = (Int32.max, Int32.min),
             tolls: (lo: Int32, hi: Int32) = (Int32.max, Int32.min)) {
            self.days = days
            self.undated = undated
            self.tolls = tolls
        }

        /// The spans of a mention that is a group of its own.
        init(_ f: MergeFeatures) {
            guard f.hasDate else { return }
            let d = Int32(f.start)
            if f.predicate == MergeFeatures.tollPredicate { tolls = (d, d) } else if f.isFallback { undated = (d, d) } else if f.singleDay { days = (d, d) }
        }

        func joined(_ o: Spans) -> Spans {
            Spans(days: (min(days.lo, o.days.lo), max(days.hi, o.days.hi)),
                  undated: (min(undated.lo, o.undated.lo), max(undated.hi, o.undated.hi)),
                  tolls: (min(tolls.lo, o.tolls.lo), max(tolls.hi, o.tolls.hi)))
        }

        /// Whether both hold mentions dated to one day and no day of one is within the days of the other.
        func daysApart(_ o: Spans) -> Bool {
            days.lo <= days.hi && o.days.lo <= o.days.hi && (days.hi < o.days.lo || o.days.hi < days.lo)
        }

        func within(_ limit: Int32) -> Bool {
            (days.lo > days.hi || days.hi - days.lo <= limit) && (undated.lo > undated.hi || undated.hi - undated.lo <= limit)
                && (tolls.lo > tolls.hi || tolls.hi - tolls.lo <= 2 * limit)
        }
    }
    /// The places the mentions are in, and whether two lists of places meet (`MentionMerger.placesCompatible`).
    let placesOf: (Int) -> [PlaceMention]
    let meet: ([PlaceMention], [PlaceMention]) -> Bool

    init(placesOf: @escaping (Int) -> [PlaceMention], meet: @escaping ([PlaceMention], [PlaceMention]) -> Bool) {
        self.placesOf = placesOf
        self.meet = meet
    }

    /// Joins the groups of `a` and `b` in `sets` unless their facts keep them apart; returns whether they are one now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, sets: inout DisjointSets, features: FeatureTable) -> Bool {
        let ra = sets.find(a), rb = sets.find(b)
        if ra == rb { return true }
        let da = days[ra] ?? Self.ownDays(ra, features), db = days[rb] ?? Self.ownDays(rb, features)
        let sa = stages[ra] ?? features.hashes(features[ra].stages), sb = stages[rb] ?? features.hashes(features[rb].stages)
        if !sa.isEmpty, !sb.isEmpty, !sa.contains(where: sb.contains) { return false }
        let aa = ages[ra] ?? features.hashes(features[ra].ages), ab = ages[rb] ?? features.hashes(features[rb].ages)
        if !aa.isEmpty, !ab.isEmpty, !aa.contains(where: ab.contains) { return false }
        let xa = sides[ra] ?? Self.ownSides(ra, features), xb = sides[rb] ?? Self.ownSides(rb, features)
        if xa.contains(where: { p, s in xb[p].map { t in !s.contains(where: t.contains) } ?? false }) { return false }
        let ca = counts[ra] ?? (features[ra].count == 0 ? [] : [Int32(ra)]), cb = counts[rb] ?? (features[rb].count == 0 ? [] : [Int32(rb)])
        if ca.contains(where: { i in cb.contains { j in
            let x = features[Int(i)], y = features[Int(j)]
            return x.count != y.count && (x.increment || y.increment || MergeFeatures.countedApart(x, y))
        } }) { return false }
        let pa = places[ra] ?? placesOf(ra), pb = places[rb] ?? placesOf(rb)
        if !meet(pa, pb) { return false }
        let ga = spans[ra] ?? Spans(features[ra]), gb = spans[rb] ?? Spans(features[rb])
        // An undated line is no evidence that two groups dated on days apart are one event: "NMLP restored service in
        // three stages" fits the stage of Wednesday and the stage of Thursday, which stay two events. (Outlets that date
        // one event differently are joined by their dated mentions, and flagged.)
        if features[a].isFallback || features[b].isFallback, ga.daysApart(gb) { return false }
        let span = ga.joined(gb)
        if !span.within(maxSpanDays) { return false }
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
        ages[ra] = nil
        ages[rb] = nil
        ages[root] = aa.isEmpty ? ab : ab.isEmpty ? aa : Array(Set(aa + ab)).sorted()
        sides[ra] = nil
        sides[rb] = nil
        sides[root] = xa.merging(xb) { Array(Set($0 + $1)).sorted() }
        counts[ra] = nil
        counts[rb] = nil
        // (one mention for each count, kind and days: a group of many printings of one count keeps one of them)
        if !ca.isEmpty || !cb.isEmpty {
            var joinedCounts = ca
            for j in cb where !joinedCounts.contains(where: { Self.sameCount(features[Int($0)], features[Int(j)]) }) { joinedCounts.append(j) }
            counts[root] = joinedCounts
        }
        places[ra] = nil
        places[rb] = nil
        var joinedPlaces = pa
        for p in pb where !joinedPlaces.contains(where: { $0.place == p.place }) { joinedPlaces.append(p) }
        places[root] = joinedPlaces
        spans[ra] = nil
        spans[rb] = nil
        spans[root] = span
        return true
    }

    /// A mention's sides under its predicate (none when it names none).
    private static func ownSides(_ i: Int, _ features: FeatureTable) -> [UInt64: [UInt32]] {
        let s = features.hashes(features[i].sides)
        return s.isEmpty ? [:] : [features[i].predicate: s]
    }

    /// Whether two mentions give one count as one kind (a batch or not) told of the same days: either stands for both.
    private static func sameCount(_ x: MergeFeatures, _ y: MergeFeatures) -> Bool {
        x.count == y.count && x.increment == y.increment && x.start == y.start && x.end == y.end && x.isFallback == y.isFallback
    }

    /// The document days of a mention that is a group of its own (a root with no facts recorded yet is one).
    private static func ownDays(_ i: Int, _ features: FeatureTable) -> [Int32: (start: Int32, end: Int32)] {
        let f = features[i]
        guard f.hasDate, !f.isFallback, !f.isFuture else { return [:] }
        return [f.document: (Int32(f.start), Int32(f.end))]
    }
}
