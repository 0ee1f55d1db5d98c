import CPrefetch

/// A trained linear model's weights over many classes (tags, relations), looked up by feature hash. Each
/// feature has a row of (class, weight) entries for the classes where its weight is not zero. Weights are
/// 16-bit fixed point (`scale` units per 1.0) and scores are summed as integers. One 8-byte slot per feature
/// (key, where its row starts, its length) in cache-line buckets (`Buckets`); the file holds the arrays exactly
/// as they are used.
public struct WeightTable: Sendable {
    public let classes: Int
    /// Fixed-point units per 1.0 of weight.
    public let scale: Float
    /// Per slot: the high 32 bits of the feature hash (made odd; 0: empty slot) in the low half; the row's first
    /// entry (24 bits) and its length (8 bits) in the high half.
    let slots: Pinned<UInt64>
    /// Per entry: the class in the low 8 bits, the weight (Int16) in the high 16.
    let entries: Pinned<UInt32>
    /// The slots as scoring reads them (made when the table is): the same keys in the same places, but a row of at
    /// least `denseLength` entries has length 0 and, instead of its first entry, its index in `dense`.
    let scoringSlots: Pinned<UInt64>
    /// The long rows laid out dense: `stride` weights each (Int16, 0 where the row has no entry), added eight classes
    /// at a time. Long rows are those of the frequent features (the tagger's bias, its previous-tag features, common
    /// affixes and shapes; the labeller's tag pairs), read for nearly every word, so most of a word's entries are
    /// theirs: entry by entry each is a load and a read-modify-write of its class's score.
    let dense: Pinned<Int16>
    /// `classes` rounded up to a multiple of 8: the length of a dense row and of the scores `score` adds to.
    public let stride: Int

    @inline(__always) static func key(_ f: UInt64) -> UInt64 { (f >> 32) | 1 }

    /// Builds the table from rows (feature hash, entries).
    public init(classes: Int, rows: [(UInt64, [(UInt8, Float)])]) {
        precondition(classes <= 256)
        let maxWeight = rows.lazy.flatMap { $0.1.lazy.map { abs($0.1) } }.max() ?? 1
        let scale = Quantized.scale(maxWeight)
        var items: [(UInt64, UInt64)] = []
        var entries: [UInt32] = []
        var seen = Set<UInt64>()
        for row in rows where seen.insert(Self.key(row.0)).inserted {
            let kept = row.1.filter { Quantized.value($0.1, scale) != 0 }.prefix(255)
            guard !kept.isEmpty else { continue }
            items.append((row.0, Self.key(row.0) | UInt64(entries.count) << 32 | UInt64(kept.count) << 56))
            for (c, w) in kept {
                entries.append(UInt32(c) | UInt32(UInt16(bitPattern: Quantized.value(w, scale))) << 16)
            }
        }
        precondition(entries.count < 1 << 24, "weight table too large")
        self.init(classes: classes, scale: scale, slots: Pinned<UInt64>(Buckets.build(items)), entries: Pinned(entries))
    }

    init(classes: Int, scale: Float, slots: Pinned<UInt64>, entries: Pinned<UInt32>) {
        self.classes = classes
        self.scale = scale
        self.slots = slots
        self.entries = entries
        let stride = (classes + 7) / 8 * 8
        self.stride = stride
        let minimum = Self.denseLength(stride)
        var scoring = slots.array
        let ev = entries.base
        // (a row naming a class twice, which no table writes, stays as entries: its sum might not fit 16 bits)
        var seen = [UInt32](repeating: 0, count: 256)
        var rows: [Int] = [], mark: UInt32 = 0
        for i in scoring.indices where scoring[i] >> 56 >= UInt64(minimum) {
            let v = scoring[i], start = Int((v >> 32) & 0xFF_FFFF), length = Int(v >> 56)
            guard start + length <= entries.count, rows.count < 1 << 24 else { continue }
            mark += 1
            var once = true
            for e in start..<(start + length) {
                let c = Int(ev[e] & 0xFF)
                if c >= classes || seen[c] == mark { once = false; break }
                seen[c] = mark
            }
            if once { rows.append(i) }
        }
        var dense = [Int16](repeating: 0, count: rows.count * stride)
        dense.withUnsafeMutableBufferPointer { d in
            for (r, i) in rows.enumerated() {
                let v = scoring[i], start = Int((v >> 32) & 0xFF_FFFF), length = Int(v >> 56)
                for e in start..<(start + length) { d[r * stride + Int(ev[e] & 0xFF)] = Int16(truncatingIfNeeded: ev[e] >> 16) }
                scoring[i] = (v & 0xFFFF_FFFF) | UInt64(r) << 32
            }
        }
        scoringSlots = Pinned(scoring)
        self.dense = Pinned(dense)
    }

    /// Rows at least this long are scored dense: about where adding `stride` weights eight at a time costs less than
    /// adding the row's entries one by one.
    static func denseLength(_ stride: Int) -> Int { max(8, stride / 4) }

    public var rowCount: Int { slots.array.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }
    public var entryCount: Int { entries.count }

    /// Adds the weights of `features` to `scores`, which has `stride` elements (those after `classes` stay 0). The
    /// buckets of all the features are asked for first, then each feature's slot is found and its row asked for, then
    /// the rows are added: reads of different features overlap. (Integer sums in another order: the same scores.)
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            prefetch(features.baseAddress!, count: n)
            resolve(features.baseAddress!, count: n, into: found.baseAddress!)
            add(found.baseAddress!, count: n, into: scores)
        }
    }

    /// Asks for the bucket of `feature` (`tl_prefetch`).
    @inline(__always)
    func prefetch(_ feature: UInt64) {
        tl_prefetch(scoringSlots.base + Buckets.home(feature, buckets: scoringSlots.count / Buckets.width))
    }

    /// Asks for the bucket of each of `features` (`tl_prefetch`), so that `resolve` finds them in the cache.
    @inline(__always)
    func prefetch(_ features: UnsafePointer<UInt64>, count n: Int) {
        let slots = scoringSlots.base, buckets = scoringSlots.count / Buckets.width
        for i in 0..<n { tl_prefetch(slots + Buckets.home(features[i], buckets: buckets)) }
    }

    /// Writes each feature's scoring slot (0 for a feature the table lacks) to `found` and asks for its row: a sparse
    /// row's first and last entries, every cache line of a dense row. A feature whose bucket is full without its key has
    /// the next bucket asked for and is looked up after the rest, so that its second read waits for no other.
    @inline(__always)
    func resolve(_ features: UnsafePointer<UInt64>, count n: Int, into found: UnsafeMutablePointer<UInt64>) {
        let slots = scoringSlots.base, count = scoringSlots.count, buckets = count / Buckets.width
        // (marks a feature looked up later in `found` meanwhile: never a slot, whose keys are odd)
        let later: UInt64 = 2
        var deferred = false
        for i in 0..<n {
            let f = features[i], key = Self.key(f), home = Buckets.home(f, buckets: buckets)
            var v = slots[home]
            if v & 0xFFFF_FFFF != key && v != 0 {
                guard let x = Buckets.scan(slots + home, key: key, mask: 0xFFFF_FFFF) else {
                    tl_prefetch(slots + (home + Buckets.width == count ? 0 : home + Buckets.width))
                    found[i] = later
                    deferred = true
                    continue
                }
                v = x
            }
            found[i] = v
            askForRow(v)
        }
        guard deferred else { return }
        for i in 0..<n where found[i] == later {
            let f = features[i], home = Buckets.home(f, buckets: buckets)
            let v = Buckets.find(slots, count: count, from: home + Buckets.width == count ? 0 : home + Buckets.width, key: Self.key(f), mask: 0xFFFF_FFFF)
            found[i] = v
            askForRow(v)
        }
    }

    /// Asks for the row of slot value `v` (none for 0): a sparse row's first and last entries, every cache line of a
    /// dense row.
    @inline(__always)
    func askForRow(_ v: UInt64) {
        guard v != 0 else { return }
        let start = Int(truncatingIfNeeded: (v >> 32) & 0xFF_FFFF), length = Int(truncatingIfNeeded: v >> 56)
        if length != 0 {
            tl_prefetch(entries.base + start)
            tl_prefetch(entries.base + (start + length - 1))
        } else {
            let stride = self.stride, row = UnsafeRawPointer(dense.base + start * stride), bytes = 2 * stride
            var o = 0
            while o < bytes {
                tl_prefetch(row + o)
                o += 64
            }
            tl_prefetch(row + (bytes - 1))
        }
    }

    /// Adds the rows of slots written by `resolve` to `scores` (`stride` elements).
    @inline(__always)
    func add(_ found: UnsafePointer<UInt64>, count n: Int, into scores: UnsafeMutablePointer<Int32>) {
        let ev = entries.base, dv = dense.base, stride = self.stride
        for i in 0..<n {
            let v = found[i]
            guard v != 0 else { continue }
            let start = Int(truncatingIfNeeded: (v >> 32) & 0xFF_FFFF), length = Int(truncatingIfNeeded: v >> 56)
            if length == 0 {
                let row = UnsafeRawPointer(dv + start * stride), to = UnsafeMutableRawPointer(scores)
                var k = 0
                while k < stride {
                    let w = row.loadUnaligned(fromByteOffset: 2 * k, as: SIMD8<Int16>.self)
                    let sum = to.loadUnaligned(fromByteOffset: 4 * k, as: SIMD8<Int32>.self) &+ SIMD8<Int32>(truncatingIfNeeded: w)
                    to.storeBytes(of: sum, toByteOffset: 4 * k, as: SIMD8<Int32>.self)
                    k += 8
                }
                continue
            }
            var e = start
            let end = start + length
            while e < end {
                let x = ev[e]
                scores[Int(x & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: x >> 16))
                e += 1
            }
        }
    }

    /// See `Pinned.adviseHugePages`.
    func adviseHugePages() {
        scoringSlots.adviseHugePages()
        entries.adviseHugePages()
        dense.adviseHugePages()
    }

    func write(to w: inout ModelWriter) {
        w.int(classes)
        w.array([scale])
        w.array(slots.array)
        w.array(entries.array)
    }

    static func read(from r: inout ModelReader) throws -> WeightTable {
        let classes = try r.int()
        let scale: [Float] = try r.array()
        let slots: Pinned<UInt64> = try r.pinned()
        let entries: Pinned<UInt32> = try r.pinned()
        guard classes >= 1, classes <= 256, scale.count == 1, slots.count >= Buckets.width, slots.count % Buckets.width == 0,
              slots.buffer.contains(0)
        else { throw ModelFormatError(message: "inconsistent weight table") }
        // Every row inside the entries and every class in range: checked once, so scoring needs no bounds checks.
        var rowsInside = true
        for v in slots.buffer where v != 0 {
            let start = Int((v >> 32) & 0xFF_FFFF), len = Int(v >> 56)
            rowsInside = rowsInside && len >= 1 && start + len <= entries.count
        }
        var maxClass: UInt32 = 0
        for e in entries.buffer { maxClass = max(maxClass, e & 0xFF) }
        guard rowsInside, entries.count == 0 || Int(maxClass) < classes else { throw ModelFormatError(message: "inconsistent weight table") }
        return WeightTable(classes: classes, scale: scale[0], slots: slots, entries: entries)
    }
}

/// The transition classifier's weights: three classes (shift, left, right), so every feature's weights sit in
/// its slot beside a 16-bit key: one cache line read per feature.
public struct MoveTable: Sendable {
    public let scale: Float
    /// Per slot: key (16 bits, odd; 0: empty) and the three Int16 weights.
    let slots: Pinned<UInt64>

    @inline(__always) static func key(_ f: UInt64) -> UInt64 { (f >> 48) | 1 }

    public init(rows: [(UInt64, [(UInt8, Float)])]) {
        let maxWeight = rows.lazy.flatMap { $0.1.lazy.map { abs($0.1) } }.max() ?? 1
        let scale = Quantized.scale(maxWeight)
        var items: [(UInt64, UInt64)] = []
        for row in rows {
            var packed: UInt64 = 0
            for (c, w) in row.1 where c < 3 {
                packed |= UInt64(UInt16(bitPattern: Quantized.value(w, scale))) << (16 * (UInt64(c) + 1))
            }
            if packed != 0 { items.append((row.0, Self.key(row.0) | packed)) }
        }
        self.init(scale: scale, slots: Pinned<UInt64>(Buckets.build(items)))
    }

    init(scale: Float, slots: Pinned<UInt64>) {
        self.scale = scale
        self.slots = slots
    }

    public var rowCount: Int { slots.array.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    /// Adds the weights of `features` to `scores` (three elements); the buckets of all features are read first, and a
    /// feature not in its bucket's first slot is looked for in the rest of the bucket without a branch per slot
    /// (`Buckets.scan`).
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        let slots = self.slots.base, count = self.slots.count, buckets = count / Buckets.width
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            for i in 0..<n { found[i] = slots[Buckets.home(features[i], buckets: buckets)] }
            var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
            // (features whose bucket is full without their key, by place: their next bucket asked for, read after the rest)
            var later = 0
            for i in 0..<n {
                let f = features[i], key = Self.key(f)
                var v = found[i]
                if v & 0xFFFF != key {
                    guard v != 0 else { continue }
                    let home = Buckets.home(f, buckets: buckets)
                    guard let x = Buckets.scan(slots + home, key: key, mask: 0xFFFF) else {
                        tl_prefetch(slots + (home + Buckets.width == count ? 0 : home + Buckets.width))
                        // (`found[later]` was read at step `later` ≤ i)
                        found[later] = UInt64(i)
                        later += 1
                        continue
                    }
                    v = x
                }
                s0 &+= Int32(Int16(truncatingIfNeeded: v >> 16))
                s1 &+= Int32(Int16(truncatingIfNeeded: v >> 32))
                s2 &+= Int32(Int16(truncatingIfNeeded: v >> 48))
            }
            for k in 0..<later {
                let f = features[Int(found[k])], home = Buckets.home(f, buckets: buckets)
                let v = Buckets.find(slots, count: count, from: home + Buckets.width == count ? 0 : home + Buckets.width, key: Self.key(f), mask: 0xFFFF)
                s0 &+= Int32(Int16(truncatingIfNeeded: v >> 16))
                s1 &+= Int32(Int16(truncatingIfNeeded: v >> 32))
                s2 &+= Int32(Int16(truncatingIfNeeded: v >> 48))
            }
            scores[0] &+= s0
            scores[1] &+= s1
            scores[2] &+= s2
        }
    }

    /// Asks for the bucket of `feature` (`tl_prefetch`).
    @inline(__always)
    func prefetch(_ feature: UInt64) {
        tl_prefetch(slots.base + Buckets.home(feature, buckets: slots.count / Buckets.width))
    }

    /// Asks for the bucket of each of `features` (`tl_prefetch`), so that `score` finds them in the cache.
    @inline(__always)
    func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
        let slots = self.slots.base, buckets = self.slots.count / Buckets.width
        for f in features { tl_prefetch(slots + Buckets.home(f, buckets: buckets)) }
    }

    /// Each feature's slot (its key and three weights; 0 when the table does not have it), the buckets of all of them
    /// read first, as `score` reads them.
    @inline(__always)
    func slotValues(_ features: UnsafeBufferPointer<UInt64>, into found: UnsafeMutablePointer<UInt64>) {
        let slots = self.slots.base, count = self.slots.count, buckets = count / Buckets.width
        for i in features.indices { found[i] = slots[Buckets.home(features[i], buckets: buckets)] }
        // (marks a feature whose bucket is full without its key in `found` meanwhile, never a slot: keys are odd; its next
        // bucket asked for, read after the rest)
        let later: UInt64 = 2
        var deferred = false
        for i in features.indices {
            let f = features[i], key = Self.key(f), v = found[i]
            if v & 0xFFFF != key && v != 0 {
                let home = Buckets.home(f, buckets: buckets)
                if let x = Buckets.scan(slots + home, key: key, mask: 0xFFFF) {
                    found[i] = x
                } else {
                    tl_prefetch(slots + (home + Buckets.width == count ? 0 : home + Buckets.width))
                    found[i] = later
                    deferred = true
                }
            }
        }
        guard deferred else { return }
        for i in features.indices where found[i] == later {
            let f = features[i], home = Buckets.home(f, buckets: buckets)
            found[i] = Buckets.find(slots, count: count, from: home + Buckets.width == count ? 0 : home + Buckets.width, key: Self.key(f), mask: 0xFFFF)
        }
    }

    /// The weight of move `m` (0–2) in a slot value of `slotValues` (0 for an absent feature).
    @inline(__always)
    static func weight(_ v: UInt64, _ m: Int) -> Int32 { Int32(Int16(truncatingIfNeeded: v >> (16 * UInt64(m + 1)))) }

    /// See `Pinned.adviseHugePages`.
    func adviseHugePages() { slots.adviseHugePages() }

    func write(to w: inout ModelWriter) {
        w.array([scale])
        w.array(slots.array)
    }

    static func read(from r: inout ModelReader) throws -> MoveTable {
        let scale: [Float] = try r.array()
        let slots: [UInt64] = try r.array()
        guard scale.count == 1, slots.count >= Buckets.width, slots.count % Buckets.width == 0, slots.contains(0)
        else { throw ModelFormatError(message: "inconsistent transition table") }
        return MoveTable(scale: scale[0], slots: Pinned<UInt64>(slots))
    }
}

/// 16-bit fixed-point weights: the largest weight of a table maps to ±32,000.
enum Quantized {
    static func scale(_ maxWeight: Float) -> Float { maxWeight > 0 ? 32_000 / maxWeight : 1 }
    static func value(_ w: Float, _ scale: Float) -> Int16 { Int16(max(-32_767, min(32_767, (w * scale).rounded()))) }
}
