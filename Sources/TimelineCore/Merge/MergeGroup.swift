/// Trigger classes that report the same kind of real event, for merging.
enum MergeGroup {
    static func of(_ c: TriggerClass) -> Int {
        switch c {
        case .talks: return 0
        case .attack: return 1
        case .capture: return 2
        case .withdrawal: return 3
        case .accident, .blaze: return 4
        case .annexation: return 5
        // An agreement, an order and a takeover are told of one another ("signed a deal for 500 jets" / "placed its
        // order"): they join when they share an actor, a place or a word.
        case .investigation, .cooperation, .transaction: return 6
        case .statement, .announcement: return 7
        case .evacuation: return 8
        case .casualties: return 9
        case .construction: return 10
        case .travel: return 11
        case .vote: return 12
        case .resignation: return 13
        case .arrest: return 14
        case .protest: return 15
        case .ceasefire: return 16
        // A rescue is told with verbs of other happenings too ("were freed" / "were released"): it is compared with
        // them, and joins one only as a synonym (`MentionMerger.compatible`).
        case .other, .rescue: return 17
        }
    }
}

/// FNV-1a, 64 bits: stable across runs and platforms (Swift's Hasher is seeded per process).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf29ce484222325
    mutating func add(_ s: String) {
        for b in s.utf8 { value = (value ^ UInt64(b)) &* 0x100000001b3 }
        value = (value ^ 0x1f) &* 0x100000001b3
    }
    var hex: String {
        let h = String(value, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }
}

/// Union–find over mention indices (each parent in 32 bits: held through the merge's sweep, a slot per mention).
struct DisjointSets {
    private var parent: [Int32]
    init(count: Int) { parent = Array(0..<Int32(count)) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while Int(parent[r]) != r { r = Int(parent[r]) }
        var y = x
        while Int(parent[y]) != r { let n = Int(parent[y]); parent[y] = Int32(r); y = n }
        return r
    }
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = Int32(min(ra, rb)) }
    }
}
