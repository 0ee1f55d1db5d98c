/// A read-only word → value table for the temporal lexicons, written like a dictionary literal.
///
/// The tagger looks words up in these tables for nearly every token, and most lookups miss.
/// `Dictionary<String, _>` pays for a seeded SipHash of every key; this table hashes the UTF-8 bytes with
/// FNV-1a and probes an open-addressed array, comparing bytes only when the full 64-bit hashes agree.
/// Keys and queries that are not pure ASCII take the exact path through a `Dictionary`, so the answers are
/// always those of `Dictionary` (ASCII text is NFC, so byte equality is String equality there).
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let exact: [String: Value]
    private let keyList: [String]
    private let values: [Value]
    private let hashes: [UInt64]
    /// Index into keyList/values, or -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    init(_ dictionary: [String: Value]) {
        exact = dictionary
        let sorted = dictionary.keys.sorted()
        keyList = sorted
        values = sorted.map { dictionary[$0]! }
        hashes = sorted.map { WordTable.hash($0).0 }
        var size = 16
        while size < sorted.count * 4 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (n, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h >> 17) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(n)
        }
        self.slots = slots
    }

    static var fnvBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    static var fnvPrime: UInt64 { 0x100_0000_01b3 }

    /// FNV-1a over the UTF-8 bytes, and whether they are all ASCII.
    @inline(__always)
    static func hash(_ key: String) -> (UInt64, Bool) {
        var s = key
        return s.withUTF8 { buf in
            var h = fnvBasis
            var high: UInt8 = 0
            for b in buf { h = (h ^ UInt64(b)) &* fnvPrime; high |= b }
            return (h, high < 128)
        }
    }

    subscript(key: String) -> Value? {
        let (h, ascii) = WordTable.hash(key)
        return ascii ? find(key, hash: h) : exact[key]
    }

    /// The lookup for a key whose hash is known: `hash` is `WordTable.hash(key)` when the key is ASCII, nil otherwise.
    @inline(__always)
    func lookup(_ key: String, hash: UInt64?) -> Value? {
        guard let hash else { return exact[key] }
        return find(key, hash: hash)
    }

    @inline(__always)
    private func find(_ key: String, hash h: UInt64) -> Value? {
        var s = Int(truncatingIfNeeded: h >> 17) & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if hashes[e] == h && keyList[e] == key { return values[e] }
            s = (s + 1) & mask
        }
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    var keys: [String] { keyList }
}

/// A set of words with `WordTable`'s lookup, written like an array literal.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(arrayLiteral elements: String...) { self.init(elements) }

    init<S: Sequence>(_ words: S) where S.Element == String {
        var d: [String: Bool] = [:]
        for w in words { d[w] = true }
        table = WordTable(d)
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }

    @inline(__always)
    func contains(_ word: String, hash: UInt64?) -> Bool { table.lookup(word, hash: hash) != nil }

    var words: [String] { table.keys }
}
