import Foundation

/// A bounded memo of what the event rules make of the sentences a corpus repeats (wire copy run by several outlets,
/// background told again), for the two costliest rules that depend on the sentence alone: its predicates
/// (`Predicates`) and each predicate's summary (`ParseSummary`). The parse memo (`ParseMemo`) spares a repeated
/// sentence its tagger and parser; this one spares it those rules.
///
/// What each rule reads is the key, compared whole on a hit (never a hash alone):
/// - the sentence: its text and its words' offsets in it (the parse is a function of its words' forms, as the parse
///   memo has it);
/// - its temporal expressions as the rules see them: which expression covers each word, which place a day, and of two
///   which is finer and inside the other (their days themselves depend on the publication date: two printings on
///   different days still share the predicates when these agree);
/// - whether it is the headline;
/// - for a summary, the predicate, the sentence's predicates, and the names it may put for a pronoun (person,
///   attribution, organisation).
///
/// Bounded in memory whatever the corpus: a sentence is kept only the second time its hash is seen (a table of
/// `seenSlots` hashes), in one of `entrySlots` slots indexed by its hash, with at most `variants` readings of each
/// rule; a slot's sentence gives way to another only once others wanting it have worn its hit count down (as in
/// `ParseMemo`). Shared by the parallel workers of a load (one lock, held for a lookup, never while a rule runs);
/// `removeAll()` drops what it holds once the load's sentences are analysed.
public final class RuleMemo: @unchecked Sendable {
    public struct Stats: Sendable, Equatable {
        public var predicateLookups = 0
        public var predicateHits = 0
        public var summaryLookups = 0
        public var summaryHits = 0
    }

    /// A sentence apart from its document: its text and, per word, its offsets in that text (-1 for a word with none).
    struct Reading: Equatable {
        let text: String
        let offsets: [Int32]

        /// FNV-1a over the text's UTF-8 and the offsets (not a seeded hash of the string: it is made for every sentence).
        var hash: Int {
            var h: UInt64 = 0xcbf29ce484222325
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            for o in offsets { h = (h ^ UInt64(UInt32(bitPattern: o))) &* 0x100000001b3 }
            return Int(truncatingIfNeeded: h)
        }
    }

    /// The predicates' inputs besides the sentence: per word the temporal expression that covers it (-1: none); per
    /// expression whether it places a day; per pair (t, u) whether t is finer than u and inside it; the headline.
    struct PredicateKey: Equatable {
        let wordTimex: [Int32]
        let dated: [Bool]
        let finer: [Bool]
        let headline: Bool
    }

    /// What `Predicates` found, apart from the tree it found it in.
    struct Found {
        let predicates: [Predicates.Predicate]
        let reporterTimex: [Int: Int]
        let toldWith: Set<Int>
    }

    /// A summary's inputs besides the sentence: the predicates it was found with (the entry's `found[variant]`, made
    /// from the same dates and headline), the predicate, and the names it may put for a pronoun.
    struct SummaryKey: Equatable {
        let variant: Int
        let predicate: PredicateValue
        /// Whether the sentence has a word a summary puts a name for ("he", "she", "it", "its", "his", "her"): without
        /// one, the names below are left out of the key (nil), as they change nothing.
        let pronoun: Bool
        let person: String?
        let attribution: String?
        let it: String?
    }

    /// A predicate as a comparable value.
    struct PredicateValue: Equatable {
        let word: Int
        let kind: Predicates.Kind
        let frame: [Int]
        let timex: Int?

        init(_ p: Predicates.Predicate) {
            word = p.word
            kind = p.kind
            frame = p.frame
            timex = p.timex
        }
    }

    /// One sentence's stored rule results.
    final class Entry {
        let reading: Reading
        var found: [(PredicateKey, Found)] = []
        var summaries: [(SummaryKey, String)] = []

        init(_ reading: Reading) { self.reading = reading }
    }

    private let lock = NSLock()
    private var seen: [Int]
    private var hashes: [Int]
    private var hitCounts: [UInt8]
    private var entries: [Entry?]
    private let seenMask: Int
    private let entryMask: Int
    private let variants: Int
    private var counts = Stats()

    public init(entrySlots: Int = 1 << 13, seenSlots: Int = 1 << 16, variants: Int = 8) {
        func pow2(_ n: Int) -> Int { var p = 1; while p < n { p <<= 1 }; return p }
        let e = pow2(max(1, entrySlots)), s = pow2(max(1, seenSlots))
        seen = [Int](repeating: 0, count: s)
        hashes = [Int](repeating: 0, count: e)
        hitCounts = [UInt8](repeating: 0, count: e)
        entries = [Entry?](repeating: nil, count: e)
        seenMask = s - 1
        entryMask = e - 1
        self.variants = max(1, variants)
    }

    public var stats: Stats {
        lock.lock(); defer { lock.unlock() }
        return counts
    }

    /// Drops every stored sentence (what was seen is kept).
    public func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for i in entries.indices { entries[i] = nil }
        hitCounts = [UInt8](repeating: 0, count: hitCounts.count)
    }

    /// The entry of `reading`: the stored one, a new one the second time the sentence is seen (when its slot is free
    /// or worn down), else nil.
    func entry(for reading: Reading) -> Entry? {
        let h = reading.hash
        let slot = h & entryMask
        let mark = Int(truncatingIfNeeded: UInt64(UInt(bitPattern: h)) >> 24) & seenMask
        lock.lock(); defer { lock.unlock() }
        if hashes[slot] == h, let e = entries[slot], e.reading == reading {
            if hitCounts[slot] < 15 { hitCounts[slot] += 1 }
            return e
        }
        guard seen[mark] == h else {
            seen[mark] = h
            return nil
        }
        if entries[slot] != nil && hitCounts[slot] > 0 {
            hitCounts[slot] -= 1
            return nil
        }
        let e = Entry(reading)
        entries[slot] = e
        hashes[slot] = h
        hitCounts[slot] = 0
        return e
    }

    /// The predicates stored for `key`, and their place among the entry's variants.
    func predicates(in e: Entry, _ key: PredicateKey) -> (Found, variant: Int)? {
        lock.lock(); defer { lock.unlock() }
        counts.predicateLookups += 1
        guard let k = e.found.firstIndex(where: { $0.0 == key }) else { return nil }
        counts.predicateHits += 1
        return (e.found[k].1, k)
    }

    /// Stores `found` for `key`; its place among the entry's variants, nil when they are all taken.
    func store(_ found: Found, in e: Entry, _ key: PredicateKey) -> Int? {
        lock.lock(); defer { lock.unlock() }
        if let k = e.found.firstIndex(where: { $0.0 == key }) { return k }
        guard e.found.count < variants else { return nil }
        e.found.append((key, found))
        return e.found.count - 1
    }

    func summary(in e: Entry, _ key: SummaryKey) -> String? {
        lock.lock(); defer { lock.unlock() }
        counts.summaryLookups += 1
        guard let s = e.summaries.first(where: { $0.0 == key })?.1 else { return nil }
        counts.summaryHits += 1
        return s
    }

    func store(_ summary: String, in e: Entry, _ key: SummaryKey) {
        lock.lock(); defer { lock.unlock() }
        if e.summaries.count < variants * 4 && !e.summaries.contains(where: { $0.0 == key }) { e.summaries.append((key, summary)) }
    }

    /// One sentence's way into the memo, made when its analysis starts: its reading and entry are found on first use.
    final class Sentence: @unchecked Sendable {
        let memo: RuleMemo
        private var looked = false
        private var found: Entry?
        private var timexOfWord: [Int32]?
        private var pronoun: Bool?
        /// The entry's variant of the predicates the sentence was read with (`found`), nil when none holds them.
        var variant: Int?

        init(_ memo: RuleMemo) { self.memo = memo }

        /// The sentence's entry, looked up once.
        func entry(_ analysis: SentenceAnalysis, tree: DependencyTree) -> Entry? {
            if looked { return found }
            looked = true
            let start = analysis.sentence.range.start
            var offsets = [Int32]()
            offsets.reserveCapacity(2 * tree.count)
            for i in 0..<tree.count {
                if let r = tree.range(i) {
                    offsets.append(Int32(truncatingIfNeeded: r.start - start))
                    offsets.append(Int32(truncatingIfNeeded: r.end - start))
                } else {
                    offsets.append(-1)
                    offsets.append(-1)
                }
            }
            found = memo.entry(for: Reading(text: analysis.document.text[analysis.sentence.range], offsets: offsets))
            return found
        }

        /// Whether a word of the sentence is a pronoun a summary may put a name for: a subject "he" or "she" (the
        /// person named before, `PredicateRules.personPronouns`), a subject "it" (the organisation), or a summary opening
        /// with "he", "she", "it", "its", "his" or "her" (`SentenceAnalysis.resolvingPronoun`, the attribution).
        func hasPronoun(_ tree: DependencyTree) -> Bool {
            if let pronoun { return pronoun }
            let made = (0..<tree.count).contains { i in
                let w = tree.lower(i)
                return Self.pronouns.contains(w) || PredicateRules.personPronouns.contains(w)
            }
            pronoun = made
            return made
        }

        static let pronouns: Set<String> = ["he", "she", "it", "its", "his", "her"]

        /// Per word, the first temporal expression whose range overlaps it (-1: none, or a word with no range).
        func wordTimex(_ analysis: SentenceAnalysis, tree: DependencyTree) -> [Int32] {
            if let timexOfWord { return timexOfWord }
            let ranges = analysis.timexes.map(\.range)
            let made = (0..<tree.count).map { i -> Int32 in
                guard let r = tree.range(i), let t = ranges.firstIndex(where: { $0.overlaps(r) }) else { return -1 }
                return Int32(t)
            }
            timexOfWord = made
            return made
        }
    }
}

extension SentenceAnalysis {
    /// The sentence's predicates: `Predicates(tree:timexRanges:dates:headline:)`, through the rule memo when the
    /// analysis has one (`rules`).
    func predicates(_ tree: DependencyTree, headline: Bool) -> Predicates {
        let dates = timexes.map { t in t.interval.flatMap { iv in t.granularity.map { ($0, iv) } } }
        func made() -> Predicates { Predicates(tree: tree, timexRanges: timexes.map(\.range), dates: dates, headline: headline) }
        guard let rules, let entry = rules.entry(self, tree: tree) else { return made() }
        var finer = [Bool](repeating: false, count: dates.count * dates.count)
        for (t, d) in dates.enumerated() {
            guard let (g, days) = d else { continue }
            for (u, o) in dates.enumerated() {
                guard let (og, odays) = o else { continue }
                finer[t * dates.count + u] = g < og && odays.contains(days.start) && odays.contains(days.end)
            }
        }
        let key = RuleMemo.PredicateKey(wordTimex: rules.wordTimex(self, tree: tree), dated: dates.map { $0 != nil }, finer: finer,
                                        headline: headline)
        if let (stored, variant) = rules.memo.predicates(in: entry, key) {
            rules.variant = variant
            return Predicates(tree: tree, predicates: stored.predicates, reporterTimex: stored.reporterTimex, toldWith: stored.toldWith)
        }
        let found = made()
        rules.variant = rules.memo.store(RuleMemo.Found(predicates: found.predicates, reporterTimex: found.reporterTimex,
                                                        toldWith: found.toldWith), in: entry, key)
        return found
    }

    /// `ParseSummary(analysis: self, tree: tree, predicates: found).summary(of:person:attribution:it:)`, through the
    /// rule memo when the analysis has one.
    func summary(of p: Predicates.Predicate, tree: DependencyTree, predicates found: Predicates, person: String?,
                 attribution: String?, it: String? = nil) -> String {
        func made() -> String {
            ParseSummary(analysis: self, tree: tree, predicates: found).summary(of: p, person: person, attribution: attribution, it: it)
        }
        // (`found` is the sentence's own predicates, those of `variant`.)
        guard let rules, let entry = rules.entry(self, tree: tree), let variant = rules.variant else { return made() }
        // The names a summary may put for a pronoun change it only when the sentence has one: a sentence without one is
        // the same summary whoever was named before it.
        let pronoun = rules.hasPronoun(tree)
        let key = RuleMemo.SummaryKey(variant: variant, predicate: .init(p), pronoun: pronoun, person: pronoun ? person : nil,
                                      attribution: pronoun ? attribution : nil, it: pronoun ? it : nil)
        if let stored = rules.memo.summary(in: entry, key) { return stored }
        let summary = made()
        rules.memo.store(summary, in: entry, key)
        return summary
    }
}
