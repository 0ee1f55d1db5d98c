/// A trained linear model's weights over many classes (tags, relations), looked up by feature hash. Each
/// feature has a row of (class, weight) entries for the classes where its weight is not zero. Weights are
/// 16-bit fixed point (`scale` units per 1.0) and scores are summed as integers. Open addressing on the
/// hashes, one 8-byte slot per feature (key, where its row starts, its length); the file holds the arrays
/// exactly as they are used.
public struct WeightTable: Sendable {
    public let classes: Int
    /// Fixed-point units per 1.0 of weight.
    public let scale: Float
    /// Per slot: the high 32 bits of the feature hash (0: empty slot) in the low half; the row's first entry
    /// (24 bits) and its length (8 bits) in the high half.
    let slots: [UInt64]
    /// Per entry: the class in the low 8 bits, the weight (Int16) in the high 16.
    let entries: [UInt32]

    @inline(__always) static func key(_ f: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: f >> 32) | 1 }
    /// The first slot to probe for `f`: its low 32 bits scaled to the capacity (any capacity, no modulo).
    @inline(__always) static func home(_ f: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((f & 0xFFFF_FFFF) &* UInt64(capacity)) >> 32)
    }

    /// Builds the table from rows (feature hash, entries), at most 2/3 full.
    public init(classes: Int, rows: [(UInt64, [(UInt8, Float)])]) {
        precondition(classes <= 256)
        let maxWeight = rows.lazy.flatMap { $0.1.lazy.map { abs($0.1) } }.max() ?? 1
        let scale = Quantized.scale(maxWeight)
        let capacity = max(16, rows.count * 3 / 2)
        var slots = [UInt64](repeating: 0, count: capacity)
        var entries: [UInt32] = []
        for row in rows {
            let k = Self.key(row.0)
            var slot = Self.home(row.0, capacity)
            while slots[slot] != 0 && UInt32(truncatingIfNeeded: slots[slot]) != k { slot = slot + 1 == capacity ? 0 : slot + 1 }
            if slots[slot] != 0 { continue }
            let kept = row.1.filter { Quantized.value($0.1, scale) != 0 }.prefix(255)
            guard !kept.isEmpty else { continue }
            slots[slot] = UInt64(k) | UInt64(entries.count) << 32 | UInt64(kept.count) << 56
            for (c, w) in kept {
                entries.append(UInt32(c) | UInt32(UInt16(bitPattern: Quantized.value(w, scale))) << 16)
            }
        }
        precondition(entries.count < 1 << 24, "weight table too large")
        self.init(classes: classes, scale: scale, slots: slots, entries: entries)
    }

    init(classes: Int, scale: Float, slots: [UInt64], entries: [UInt32]) {
        self.classes = classes
        self.scale = scale
        self.slots = slots
        self.entries = entries
    }

    public var rowCount: Int { slots.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }
    public var entryCount: Int { entries.count }

    /// Adds the weights of `features` to `scores` (which has `classes` elements). The home slots of all the
    /// features are read first, then the rows: the memory reads of different features overlap.
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        slots.withUnsafeBufferPointer { slots in
        entries.withUnsafeBufferPointer { ev in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            let capacity = slots.count
            for i in 0..<n { found[i] = slots[Self.home(features[i], capacity)] }
            for i in 0..<n {
                let key = Self.key(features[i])
                var v = found[i]
                if UInt32(truncatingIfNeeded: v) != key {
                    found[i] = 0
                    guard v != 0 else { continue }
                    var slot = Self.home(features[i], capacity)
                    while true {
                        slot = slot + 1 == capacity ? 0 : slot + 1
                        v = slots[slot]
                        if UInt32(truncatingIfNeeded: v) == key { found[i] = v; break }
                        if v == 0 { break }
                    }
                }
            }
            for i in 0..<n {
                let v = found[i]
                var e = Int(truncatingIfNeeded: (v >> 32) & 0xFF_FFFF)
                let end = e + Int(truncatingIfNeeded: v >> 56)
                while e < end {
                    let x = ev[e]
                    scores[Int(x & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: x >> 16))
                    e += 1
                }
            }
        }}}
    }

    func write(to w: inout ModelWriter) {
        w.int(classes)
        w.array([scale])
        w.array(slots)
        w.array(entries)
    }

    static func read(from r: inout ModelReader) throws -> WeightTable {
        let classes = try r.int()
        let scale: [Float] = try r.array()
        let slots: [UInt64] = try r.array()
        let entries: [UInt32] = try r.array()
        guard classes >= 1, classes <= 256, scale.count == 1, !slots.isEmpty else { throw ModelFormatError(message: "inconsistent weight table") }
        // Every row inside the entries and every class in range: checked once, so scoring needs no bounds checks.
        for v in slots where v != 0 {
            let start = Int((v >> 32) & 0xFF_FFFF), len = Int(v >> 56)
            guard start + len <= entries.count else { throw ModelFormatError(message: "inconsistent weight table") }
        }
        guard entries.allSatisfy({ Int($0 & 0xFF) < classes }) else { throw ModelFormatError(message: "inconsistent weight table") }
        return WeightTable(classes: classes, scale: scale[0], slots: slots, entries: entries)
    }
}

/// The transition classifier's weights: three classes (shift, left, right), so every feature's weights sit in
/// its slot beside a 16-bit key: one memory read per feature.
public struct MoveTable: Sendable {
    public let scale: Float
    /// Per slot: key (16 bits, 0: empty) and the three Int16 weights.
    let slots: [UInt64]

    @inline(__always) static func key(_ f: UInt64) -> UInt64 { (f >> 48) | 1 }

    public init(rows: [(UInt64, [(UInt8, Float)])]) {
        let maxWeight = rows.lazy.flatMap { $0.1.lazy.map { abs($0.1) } }.max() ?? 1
        let scale = Quantized.scale(maxWeight)
        let capacity = max(16, rows.count * 3 / 2)
        var slots = [UInt64](repeating: 0, count: capacity)
        for row in rows {
            var packed: UInt64 = 0
            for (c, w) in row.1 where c < 3 {
                packed |= UInt64(UInt16(bitPattern: Quantized.value(w, scale))) << (16 * (UInt64(c) + 1))
            }
            guard packed != 0 else { continue }
            let k = Self.key(row.0)
            var slot = WeightTable.home(row.0, capacity)
            while slots[slot] != 0 { slot = slot + 1 == capacity ? 0 : slot + 1 }
            slots[slot] = k | packed
        }
        self.init(scale: scale, slots: slots)
    }

    init(scale: Float, slots: [UInt64]) {
        self.scale = scale
        self.slots = slots
    }

    public var rowCount: Int { slots.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    /// Adds the weights of `features` to `scores` (three elements); all home slots are read first.
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        slots.withUnsafeBufferPointer { slots in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            let capacity = slots.count
            for i in 0..<n { found[i] = slots[WeightTable.home(features[i], capacity)] }
            var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
            for i in 0..<n {
                let key = Self.key(features[i])
                var v = found[i]
                if v & 0xFFFF != key {
                    guard v != 0 else { continue }
                    var slot = WeightTable.home(features[i], capacity)
                    while true {
                        slot = slot + 1 == capacity ? 0 : slot + 1
                        v = slots[slot]
                        if v & 0xFFFF == key || v == 0 { break }
                    }
                    if v == 0 { continue }
                }
                s0 &+= Int32(Int16(truncatingIfNeeded: v >> 16))
                s1 &+= Int32(Int16(truncatingIfNeeded: v >> 32))
                s2 &+= Int32(Int16(truncatingIfNeeded: v >> 48))
            }
            scores[0] &+= s0
            scores[1] &+= s1
            scores[2] &+= s2
        }}
    }

    func write(to w: inout ModelWriter) {
        w.array([scale])
        w.array(slots)
    }

    static func read(from r: inout ModelReader) throws -> MoveTable {
        let scale: [Float] = try r.array()
        let slots: [UInt64] = try r.array()
        guard scale.count == 1, !slots.isEmpty else { throw ModelFormatError(message: "inconsistent transition table") }
        return MoveTable(scale: scale[0], slots: slots)
    }
}

/// 16-bit fixed-point weights: the largest weight of a table maps to ±32,000.
enum Quantized {
    static func scale(_ maxWeight: Float) -> Float { maxWeight > 0 ? 32_000 / maxWeight : 1 }
    static func value(_ w: Float, _ scale: Float) -> Int16 { Int16(max(-32_767, min(32_767, (w * scale).rounded()))) }
}
