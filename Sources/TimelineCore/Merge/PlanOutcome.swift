/// A plan and what became of it: "the bridge is expected to reopen by the end of May" and "the bridge reopened on
/// 10 June" are two events (the merge never joins a future mention with a past one), linked here so that the browser
/// and the exports can show one beside the other.
///
/// A planned or expected mention is linked to a mention that reports the happening when
/// - both have one predicate (one lemma, WordNet synonyms, or one trigger class of the table: "talks will resume" /
///   "talks resumed"; "will hold talks" / "the talks opened"), and neither says it did not happen;
/// - they share evidence: an actor, a place or a content word;
/// - the happening is dated, on or after the day the plan was reported and at the earliest a day before the day
///   the plan named, and at the latest `planLateDays` after it (a reopening planned "by the end of May" that came on
///   10 June is still its outcome).
/// Operation stages and kinds of accident keep apart here as in the merge.
extension MentionMerger {
    /// How long after the planned day an outcome may come.
    static let planLateDays = 92
    /// At most this many happened mentions are compared with each plan (keeps the cost linear).
    static let planComparisons = 256

    /// Pairs of group indices (plan, outcome), each pair once, in plan order then outcome date order.
    func planOutcomeLinks(groups: MentionGroups, mentions: MentionLists, features: FeatureTable,
                          documents: [Document]) -> [(plan: Int, outcome: Int)] {
        var groupOf = [Int](repeating: -1, count: mentions.count)
        for g in groups.indices { for i in groups[g] { groupOf[Int(i)] = g } }
        let published = Dictionary(documents.map { ($0.id, $0.published?.dayNumber) }, uniquingKeysWith: { a, _ in a })
        // Happened, dated mentions by merge group, sorted by start day.
        var happened: [Int8: [Int]] = [:]
        var plans: [Int] = []
        for i in mentions.indices {
            let f = features[i]
            guard !mentions[i].negated, !mentions[i].isHidden else { continue }
            if f.isFuture {
                plans.append(i)
            } else if f.hasDate, !f.isFallback {
                happened[f.group, default: []].append(i)
            }
        }
        guard !plans.isEmpty, !happened.isEmpty else { return [] }
        for g in happened.keys { happened[g]!.sort { (features[$0].start, $0) < (features[$1].start, $1) } }

        // Each plan's candidates are read on all cores (the plans are independent), then taken in plan order.
        let found = chunkedMap(plans.count, chunk: 256) { p -> [(plan: Int, outcome: Int, day: Int)] in
            let i = plans[p]
            let a = features[i]
            guard let candidates = happened[a.group],
                  let reported = published[mentions[i].document] ?? nil else { return [] }
            let named = a.hasDate && !a.isFallback
            let earliest = max(reported, named ? a.start - 1 : reported)
            let latest = (named ? max(a.end, reported) : reported) + Self.planLateDays
            guard earliest <= latest else { return [] }
            // The first candidate starting on or after `earliest`.
            var lo = 0, hi = candidates.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if features[candidates[mid]].start < earliest { lo = mid + 1 } else { hi = mid }
            }
            var links: [(plan: Int, outcome: Int, day: Int)] = []
            var compared = 0
            var k = lo
            while k < candidates.count, compared < Self.planComparisons {
                let j = candidates[k]
                k += 1
                let b = features[j]
                if b.start > latest { break }
                compared += 1
                let pg = groupOf[i], og = groupOf[j]
                guard pg >= 0, og >= 0, pg != og else { continue }
                guard samePredicate(a, b, features), sameHappening(a, b, features, mentions[i], mentions[j]) else { continue }
                links.append((pg, og, b.start))
            }
            return links
        }
        var seen = Set<Int>()
        var out: [(plan: Int, outcome: Int, day: Int)] = []
        for link in found.joined() where seen.insert(link.plan &* 1_000_003 &+ link.outcome).inserted { out.append(link) }
        return out.sorted { ($0.plan, $0.day, $0.outcome) < ($1.plan, $1.day, $1.outcome) }.map { ($0.plan, $0.outcome) }
    }

    /// One predicate: one lemma, WordNet synonyms, or (outside `.other`) one trigger class.
    func samePredicate(_ a: MergeFeatures, _ b: MergeFeatures, _ features: FeatureTable) -> Bool {
        if a.predicate == b.predicate { return true }
        if a.triggerClass == .other || b.triggerClass == .other { return features.intersect(a.senses, b.senses) }
        return a.triggerClass == b.triggerClass || features.intersect(a.senses, b.senses)
    }

    /// Shared evidence, and nothing that tells the two apart (kinds of accident, stages of an operation).
    func sameHappening(_ a: MergeFeatures, _ b: MergeFeatures, _ features: FeatureTable,
                              _ ma: Mention, _ mb: Mention) -> Bool {
        if a.kind != 0, b.kind != 0, a.kind != b.kind { return false }
        if features.stagesApart(a, b) { return false }
        let pa = ma.places, pb = mb.places
        return features.intersect(a.actorKeys, b.actorKeys) || features.intersect(a.contentWords, b.contentWords)
            || placesShared(pa, pb)
    }
}
