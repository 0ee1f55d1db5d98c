/// Syndicated wire copy: one agency sentence printed by many outlets, often on different days and lightly edited
/// ("on Tuesday" in one, "on March 26" in the next). Near-identical sentences reporting the same predicate are one
/// event whatever dates they carry, and their differing dates are no disagreement between sources.
enum WireCopy {
    /// Sentences shorter than this (in words) are too generic to call copies of each other ("Talks resumed.").
    static let minWords = 8
    /// Share of word pairs two sentences must have in common (of the smaller sentence's pairs).
    static let minOverlap = 0.8

    /// The sentence's words, lower-cased, without the expression that dates the mention, numbers and punctuation:
    /// what stays the same from one printing to the next.
    static func words(of m: Mention) -> [String] { WireCopyWords(of: m).words }

    /// The sentence's words (as `words(of:)`) and the names among them: the words written with a capital other than
    /// the first, lower-cased, sorted and unique. A copy keeps its names; a sentence that says the same of others
    /// ("South Korea and Argentina signed a trade agreement in Seoul" / "The Netherlands and Madagascar signed a trade
    /// agreement in Amsterdam") is another happening, however alike the words.
    static func scan(_ m: Mention) -> (words: [String], names: [String]) {
        let w = WireCopyWords(of: m)
        return (w.words, w.names)
    }

    /// A key shared by exact copies: the words joined.
    static func key(of m: Mention) -> String { WireCopyWords(of: m).joined }

    /// Hashes of adjacent word pairs, sorted and unique.
    static func pairs(_ words: [String]) -> [UInt64] {
        guard words.count >= 2 else { return [] }
        var hashes = Set<UInt64>()
        for i in 0..<(words.count - 1) { hashes.insert(MergeFeatures.hash(words[i] + " " + words[i + 1])) }
        return hashes.sorted()
    }

    /// Whether two sentences' word pairs overlap enough to be copies of one text.
    static func similar(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in similar(a[...], b[...]) } }
    }

    /// `similar` on parts of buffers (a representative's pairs in the pool `copies` keeps).
    static func similar(_ a: Slice<UnsafeBufferPointer<UInt64>>, _ b: Slice<UnsafeBufferPointer<UInt64>>) -> Bool {
        guard a.count + 1 >= minWords, b.count + 1 >= minWords else { return false }
        var i = a.startIndex, j = b.startIndex, shared = 0
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) >= minOverlap * Double(min(a.count, b.count))
    }

    /// Pairs of mentions (indices) that are copies reporting the same predicate. Candidates are found through their
    /// first and last five words (an edit rarely touches both ends); each is compared with a few earlier
    /// representatives of its bucket only, so the cost stays linear in the number of mentions.
    /// Each block of `block` mentions has its words read and hashed on all cores (the mentions are independent), then
    /// is bucketed in order. A bucket is found by the hash of its key (`MergeFeatures.hash`, as the word pairs are),
    /// not by the key's text, and holds its representatives' numbers only (`Buckets`): a representative of an earlier
    /// block has its word pairs made again from its sentence when a candidate is compared with it (few are: a bucket
    /// is shared by sentences that open or end with the same five words), so no mention's words are held from one
    /// block to the next (its pairs in a pool and an array per bucket were about 1.5 KB an article of the generated
    /// corpus, held at the merge's peak).
    static func copies(_ mentions: [ExtractedMention], block: Int = 16_384) -> [(Int, Int)] {
        copies(MentionLists([mentions]), block: block).map { (Int($0.0), Int($0.1)) }
    }

    /// `copies` of the merge's mentions, each pair as two 32-bit indices (held with the merge's other tables).
    static func copies(_ mentions: MentionLists, block: Int = 16_384) -> [(Int32, Int32)] {
        var buckets = Buckets()
        var out: [(Int32, Int32)] = []
        // Representatives of earlier blocks made again from their sentences, kept for later blocks until there are as
        // many as a block holds (then dropped, and made again as they are asked for): a representative of a common
        // opening is compared with many candidates, and made for each comparison, on one core, they were five times
        // the work of making every candidate; bounded, they hold no more than a block's own candidates.
        var earlier: [Int32: Candidate] = [:]
        for start in stride(from: 0, to: mentions.count, by: max(1, block)) {
            let end = min(mentions.count, start + max(1, block))
            let made = chunkedMap(end - start, chunk: 512) { k in Candidate(mentions[start + k], lemma: mentions.lemma(start + k)) }
            if earlier.count >= max(1, block) { earlier = [:] }
            // A representative's pairs: its candidate's in this block, else from `earlier`, else made from its sentence.
            func read(_ r: Int32) -> Candidate {
                if Int(r) >= start { return made[Int(r) - start] }
                if let known = earlier[r] { return known }
                let c = Candidate(mentions[Int(r)], lemma: mentions.lemma(Int(r)))
                earlier[r] = c
                return c
            }
            for (k, candidate) in made.enumerated() {
                let i = start + k
                guard let keys = candidate.keys else { continue }
                var matched = false
                for key in [keys.0, keys.1] {
                    if !matched, let r = buckets.first(in: key, where: { candidate.copies(read($0)) }) {
                        out.append((r, Int32(i)))
                        matched = true
                    }
                    if !matched && buckets.count(in: key) < Buckets.perBucket { buckets.append(Int32(i), to: key) }
                }
            }
        }
        return storiesOnly(out, mentions)
    }

    /// The copies that are copies of one story. A sentence with no name in it may be a stock line that unrelated
    /// stories share ("The company did not immediately respond to a request for comment", "More details would follow,
    /// he said"): two such sentences are one event only when their documents also share a copied sentence that names
    /// someone or something, as copies of one story do. (Documents share a copied sentence when both have a member of
    /// one set of copies, the sets made by the named pairs.)
    ///
    /// Which sets each document has a member of is one sorted array of (document, set) numbers (a set of roots per
    /// document in a dictionary by id was about 1 KB an article at the merge's peak).
    static func storiesOnly(_ pairs: [(Int32, Int32)], _ mentions: MentionLists) -> [(Int32, Int32)] {
        // (each mention's answer once: a mention with many copies is in many pairs)
        var namedOf: [Int32: Bool] = [:]
        func isNamed(_ m: Int32) -> Bool {
            if let known = namedOf[m] { return known }
            let answer = Candidate.named(mentions[Int(m)])
            namedOf[m] = answer
            return answer
        }
        let named = pairs.map { isNamed($0.0) && isNamed($0.1) }
        namedOf = [:]
        guard named.contains(false) else { return pairs }
        var sets = DisjointSets(count: mentions.count)
        for (k, (a, b)) in pairs.enumerated() where named[k] { sets.union(Int(a), Int(b)) }
        var documentNumber: [String: UInt64] = [:]
        func number(_ document: String) -> UInt64 {
            if let known = documentNumber[document] { return known }
            let n = UInt64(documentNumber.count)
            documentNumber[document] = n
            return n
        }
        // (document << 32 | root), sorted, each once.
        var member: [UInt64] = []
        for (k, (a, b)) in pairs.enumerated() where named[k] {
            let root = UInt64(sets.find(Int(a)))
            member.append(number(mentions[Int(a)].document) << 32 | root)
            member.append(number(mentions[Int(b)].document) << 32 | root)
        }
        sets = DisjointSets(count: 0)
        member.sort()
        member = member.indices.compactMap { k in k > 0 && member[k] == member[k - 1] ? nil : member[k] }
        /// The sets `document` has a member of: its part of `member`.
        func roots(of document: String) -> ArraySlice<UInt64> {
            guard let n = documentNumber[document] else { return [] }
            func first(_ key: UInt64) -> Int {
                var lo = 0, hi = member.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if member[mid] < key { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            return member[first(n << 32)..<first((n + 1) << 32)]
        }
        func share(_ x: ArraySlice<UInt64>, _ y: ArraySlice<UInt64>) -> Bool {
            var i = x.startIndex, j = y.startIndex
            while i < x.endIndex && j < y.endIndex {
                let a = x[i] & 0xffff_ffff, b = y[j] & 0xffff_ffff
                if a == b { return true }
                if a < b { i += 1 } else { j += 1 }
            }
            return false
        }
        return pairs.indices.compactMap { k in
            let (a, b) = pairs[k]
            let da = mentions[Int(a)].document, db = mentions[Int(b)].document
            return named[k] || da == db || share(roots(of: da), roots(of: db)) ? pairs[k] : nil
        }
    }

    /// The representatives of each bucket key, in the order they became representatives (at most `perBucket`): a
    /// table entry a key and a list through one array of nodes, 8 bytes a representative (an array per key was a
    /// block of its own).
    struct Buckets {
        static let perBucket = 8
        private var heads: [UInt64: Int32] = [:]
        private var mentions: [Int32] = []
        private var next: [Int32] = []

        /// The first representative of `key` for which `body` holds.
        func first(in key: UInt64, where body: (Int32) -> Bool) -> Int32? {
            var k = heads[key] ?? -1
            while k >= 0 {
                if body(mentions[Int(k)]) { return mentions[Int(k)] }
                k = next[Int(k)]
            }
            return nil
        }

        func count(in key: UInt64) -> Int {
            var n = 0, k = heads[key] ?? -1
            while k >= 0 { n += 1; k = next[Int(k)] }
            return n
        }

        /// Makes mention `m` the last representative of `key`.
        mutating func append(_ m: Int32, to key: UInt64) {
            let node = Int32(mentions.count)
            mentions.append(m)
            next.append(-1)
            guard var k = heads[key] else {
                heads[key] = node
                return
            }
            while next[Int(k)] >= 0 { k = next[Int(k)] }
            next[Int(k)] = node
        }

        /// The representatives of `key`, in order.
        func representatives(of key: UInt64) -> [Int32] {
            var out: [Int32] = [], k = heads[key] ?? -1
            while k >= 0 { out.append(mentions[Int(k)]); k = next[Int(k)] }
            return out
        }
    }

    /// What `copies` reads of one mention: its word pairs and its two bucket keys (none for a sentence too short to
    /// call a copy, whose pairs are not needed either).
    struct Candidate {
        var pairs: [UInt64] = []
        /// Hashes of the sentence's names, sorted.
        var names: [UInt64] = []
        /// The hashes of its two bucket keys: lemma, trigger and the first five words, then the last five.
        var keys: (UInt64, UInt64)?

        init(_ m: Mention, lemma: String) {
            let w = WireCopyWords(of: m)
            guard w.count >= WireCopy.minWords else { return }
            pairs = w.pairs
            self.names = w.uniqueNameHashes
            let trigger = m.triggerText.map { $0.lowercased() } ?? lemma
            let prefix = "\(lemma)|\(trigger)|"
            keys = (w.hash(prefix: prefix, words: 0..<min(5, w.count)), w.hash(prefix: prefix, words: max(0, w.count - 5)..<w.count))
        }

        /// Whether `other` is a copy of this sentence: the words nearly the same, and every name of one in the other
        /// (an outlet may add a source: "…, Reuters reported").
        func copies(_ other: Candidate) -> Bool {
            guard WireCopy.similar(pairs, other.pairs) else { return false }
            let (few, many) = names.count <= other.names.count ? (names, other.names) : (other.names, names)
            return few.allSatisfy { n in many.contains(n) }
        }

        /// Whether the sentence names someone or something.
        static func named(_ m: Mention) -> Bool { WireCopyWords(of: m).hasNames }
    }
}
