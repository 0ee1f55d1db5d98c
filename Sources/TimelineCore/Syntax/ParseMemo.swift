import Foundation

/// A bounded memo of sentence readings (`SyntaxModel.read`) for the sentences a corpus repeats: wire copy run by
/// several outlets, boilerplate lines, corrections. A reading is a pure function of the sentence's token forms, so
/// a sentence met again takes the stored tags, lemmas, heads and relations instead of the tagger and parser.
///
/// Bounded in memory, whatever the corpus: a sentence is stored only the second time its hash is seen (a table of
/// `seenSlots` hashes), so sentences met once never take room; stored readings live in `entrySlots` slots indexed
/// by the hash, hold at most `wordBudget` words together, and a slot's reading is replaced only once other
/// sentences wanting it have worn its hit count down. A hit compares every form, not only the hash, so two
/// different sentences never share a reading. Shared by the parallel workers of a load (one lock, held for a
/// lookup, never while parsing).
public final class ParseMemo: @unchecked Sendable {
    public struct Stats: Sendable, Equatable {
        public var lookups = 0
        public var hits = 0
        public var stored = 0
        /// Words in the readings held now.
        public var words = 0
    }

    private let lock = NSLock()
    private var seen: [Int]
    private var hashes: [Int]
    private var hitCounts: [UInt8]
    private var readings: [ParsedSentence?]
    private let seenMask: Int
    private let entryMask: Int
    private let wordBudget: Int
    private var counts = Stats()

    /// `entrySlots` and `seenSlots` are rounded up to powers of two; by default one slot for every 8 words of the
    /// budget (sentences of news run 20–30 words, so the budget, not the slots, bounds the memo).
    public static let defaultSeenSlots = 1 << 16
    public static let defaultWordBudget = 100_000

    public init(entrySlots: Int? = nil, seenSlots: Int = defaultSeenSlots, wordBudget: Int = defaultWordBudget) {
        let entrySlots = entrySlots ?? max(1, wordBudget / 8)
        func pow2(_ n: Int) -> Int { var p = 1; while p < n { p <<= 1 }; return p }
        let e = pow2(max(1, entrySlots)), s = pow2(max(1, seenSlots))
        seen = [Int](repeating: 0, count: s)
        hashes = [Int](repeating: 0, count: e)
        hitCounts = [UInt8](repeating: 0, count: e)
        readings = [ParsedSentence?](repeating: nil, count: e)
        seenMask = s - 1
        entryMask = e - 1
        self.wordBudget = wordBudget
    }

    public var stats: Stats {
        lock.lock(); defer { lock.unlock() }
        return counts
    }

    /// `model.read(tokens)`, from the memo when the same forms were read before.
    public func read(_ tokens: [Token], model: SyntaxModel) -> ParsedSentence {
        // (A sentence longer than an eighth of the budget is parsed: one would crowd out the many short repeats.)
        guard !tokens.isEmpty, tokens.count <= wordBudget / 8 else { return model.read(tokens) }
        var hasher = Hasher()
        hasher.combine(tokens.count)
        for t in tokens { hasher.combine(t.form) }
        let h = hasher.finalize()
        let slot = h & entryMask
        let mark = Int(truncatingIfNeeded: UInt64(UInt(bitPattern: h)) >> 24) & seenMask

        lock.lock()
        counts.lookups += 1
        if hashes[slot] == h, let stored = readings[slot], Self.sameForms(stored, tokens) {
            counts.hits += 1
            if hitCounts[slot] < 15 { hitCounts[slot] += 1 }
            lock.unlock()
            var words = stored.words
            for i in words.indices { words[i].range = tokens[i].range }
            return ParsedSentence(words: words)
        }
        let repeated = seen[mark] == h
        if !repeated { seen[mark] = h }
        lock.unlock()

        let reading = model.read(tokens)
        guard repeated else { return reading }
        var bare = reading.words
        for i in bare.indices { bare[i].range = nil }
        lock.lock()
        if readings[slot] != nil && hitCounts[slot] > 0 {
            hitCounts[slot] -= 1
        } else {
            let old = readings[slot]?.words.count ?? 0
            if counts.words - old + bare.count <= wordBudget {
                readings[slot] = ParsedSentence(words: bare)
                hashes[slot] = h
                hitCounts[slot] = 0
                counts.words += bare.count - old
                counts.stored += 1
            }
        }
        lock.unlock()
        return reading
    }

    /// Drops the stored readings (their words no longer count against the budget); what was seen is kept. A load
    /// calls it once its sentences are read, so that the readings are not held through the merge.
    public func removeReadings() {
        lock.lock()
        defer { lock.unlock() }
        for i in readings.indices { readings[i] = nil }
        hitCounts = [UInt8](repeating: 0, count: hitCounts.count)
        counts.words = 0
    }

    /// Whether `reading` is of the same forms as `tokens` (the repairs never change a form or the word count).
    private static func sameForms(_ reading: ParsedSentence, _ tokens: [Token]) -> Bool {
        guard reading.words.count == tokens.count else { return false }
        for i in tokens.indices where reading.words[i].form != tokens[i].form { return false }
        return true
    }
}
