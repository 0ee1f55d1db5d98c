/// Two outlets' tellings of one day that share two words few other tellings of that day use are one happening, whatever
/// verbs they tell it with: "the plane ⟦skidded off⟧ the runway into the grass" / "the aircraft ⟦veered⟧ off the end of the
/// runway onto the grass" (both on Sunday); "the ⟦Kolding⟧ ⟦rammed⟧ the pier" / "the pier ⟦dropped⟧ when the ⟦Kolding⟧ hit
/// it".
///
/// The sweep compares mentions of one merge group only; this pass compares a day's tellings across groups, on their
/// words alone. A word tells two happenings apart only if it is rare among the day's tellings: a story's own words
/// ("bank", "customers") are in most of its lines, so only words at most `maxTellings` of the day's tellings use count,
/// and two of them are needed (a count both give stands for one of them). Verbs of opposite changes ("closed" /
/// "reopened") are never joined, nor two kinds of mishap, and the pairs go through the merge's `GroupConstraints`, so
/// two stages or batches and places in no place of each other stay apart.
///
/// Scale: a day's words are indexed; only words of at most `maxTellings` tellings pair mentions, so the pairs grow with
/// the day's tellings, not their square.
enum SameDayWords {
    /// A word used by more of a day's tellings than this tells none of them apart.
    static let maxTellings = 4
    /// Rare words two tellings must share (a count both give counts as one).
    static let sharedWords = 2
    /// A word is rare only among enough tellings: a day told in fewer than this many lines (two outlets' one line each)
    /// says nothing of which words are its own ("police ⟦arrested⟧ two men in Leeds" / "police ⟦released⟧ two men in
    /// Leeds" share all their words).
    static let minTellings = 6

    /// Joins (through `union`, which returns whether it joined them) the groups of mentions that are one happening by
    /// this rule, in a fixed order: the pairs sharing more rare words first. Two groups that each hold a telling of one
    /// article stay apart: an article that tells two happenings of one day in two sentences of its own ("the tanker ran
    /// aground" … "she began leaking crude") keeps them two however many words they share.
    static func join(_ features: FeatureTable, sets: inout DisjointSets, union: (Int, Int, inout DisjointSets) -> Bool) {
        // The candidates: past or future happenings dated to one day; sayings and tolls have rules of their own.
        struct Candidate { var day: Int32; var future: Bool; var mention: Int32 }
        var candidates: [Candidate] = []
        for i in 0..<features.count {
            let f = features[i]
            guard f.hasDate, !f.isFallback, f.singleDay, f.group != MergeFeatures.statementGroup,
                  f.predicate != MergeFeatures.tollPredicate else { continue }
            candidates.append(Candidate(day: Int32(f.start), future: f.isFuture, mention: Int32(i)))
        }
        candidates.sort { ($0.day, $0.future ? 1 : 0, $0.mention) < ($1.day, $1.future ? 1 : 0, $1.mention) }

        var out: [(words: Int, a: Int32, b: Int32)] = []
        var lo = 0
        var users: [UInt32: [Int32]] = [:]
        var shared: [UInt64: Int] = [:]
        while lo < candidates.count {
            var hi = lo + 1
            while hi < candidates.count, candidates[hi].day == candidates[lo].day, candidates[hi].future == candidates[lo].future { hi += 1 }
            defer { lo = hi }
            guard hi - lo >= minTellings else { continue }
            // Each word's tellings of the day (a telling counted once per word: its content words and actors).
            users.removeAll(keepingCapacity: true)
            for k in lo..<hi {
                let m = candidates[k].mention
                let f = features[Int(m)]
                let content = Set(features.hashes(f.contentWords))
                for w in content { users[w, default: []].append(m) }
                for w in Set(features.hashes(f.actorKeys)) where !content.contains(w) { users[w, default: []].append(m | actorBit) }
            }
            shared.removeAll(keepingCapacity: true)
            for (_, ms) in users where ms.count > 1 && ms.count <= maxTellings {
                for i in ms.indices {
                    for j in ms.indices where j > i {
                        // (an actor's name, in however many words, counts once: the low bits count the other words)
                        let k = key(ms[i] & ~actorBit, ms[j] & ~actorBit)
                        if ms[i] & actorBit != 0 && ms[j] & actorBit != 0 { shared[k, default: 0] |= actorFlag } else { shared[k, default: 0] += 1 }
                    }
                }
            }
            for (k, v) in shared {
                let n = v & ~actorFlag + (v & actorFlag != 0 ? 1 : 0)
                let a = Int32(truncatingIfNeeded: k >> 32), b = Int32(truncatingIfNeeded: k)
                let fa = features[Int(a)], fb = features[Int(b)]
                let count = fa.count != 0 && fa.count == fb.count ? 1 : 0
                guard n + count >= sharedWords, fa.document != fb.document, sets.find(Int(a)) != sets.find(Int(b)),
                      !Paraphrase.opposite(fa.predicate, fb.predicate), fa.kind == 0 || fb.kind == 0 || fa.kind == fb.kind,
                      !features.stagesApart(fa, fb) else { continue }
                out.append((n + count, a, b))
            }
        }
        guard !out.isEmpty else { return }
        out.sort { $0.words != $1.words ? $0.words > $1.words : ($0.a, $0.b) < ($1.a, $1.b) }
        // The articles of each group (sorted), for the groups of the pairs.
        var documents = Self.documents(of: out.flatMap { [$0.a, $0.b] }, features, sets: &sets)
        for p in out {
            let ra = Int32(sets.find(Int(p.a))), rb = Int32(sets.find(Int(p.b)))
            guard ra != rb else { continue }
            let da = documents[ra] ?? [], db = documents[rb] ?? []
            guard !da.contains(where: db.contains), union(Int(p.a), Int(p.b), &sets) else { continue }
            documents[ra] = nil
            documents[rb] = nil
            documents[Int32(sets.find(Int(p.a)))] = (da + db).sorted()
        }
    }

    /// The articles of the groups of `mentions`, by their roots, sorted.
    static func documents(of mentions: [Int32], _ features: FeatureTable, sets: inout DisjointSets) -> [Int32: [Int32]] {
        var out: [Int32: [Int32]] = [:]
        for m in mentions { out[Int32(sets.find(Int(m)))] = [] }
        for i in 0..<features.count {
            let r = Int32(sets.find(i))
            if out[r] != nil { out[r]!.append(features[i].document) }
        }
        for r in Array(out.keys) { out[r] = Array(Set(out[r]!)).sorted() }
        return out
    }

    /// A mention's number with this bit set stands for its actor's words in a day's index of words.
    static let actorBit: Int32 = 1 << 30
    static let actorFlag = 1 << 20

    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: min(a, b))) << 32 | UInt64(UInt32(bitPattern: max(a, b)))
    }
}
