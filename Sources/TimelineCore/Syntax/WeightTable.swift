/// A trained linear model's weights, looked up by feature hash: each feature has a row of (class,
/// weight) entries for the classes where its weight is not zero. Open addressing on the hashes; rows
/// contiguous, so scoring a feature is one probe and one short loop.
public struct WeightTable: Sendable {
    public let classes: Int
    let capacity: Int
    /// Per slot (and one more at the end): the high 32 bits of the feature hash (0: empty slot) in the low half,
    /// where the slot's entries start in the high half (they end where the next slot's start). One load per probe.
    let slots: [UInt64]
    let entryClass: [UInt8]
    let entryWeight: [Float]

    @inline(__always) static func key(_ f: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: f >> 32) | 1 }
    /// The first slot to probe for `f`: its low 32 bits scaled to the capacity (any capacity, no modulo).
    @inline(__always) static func home(_ f: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((f & 0xFFFF_FFFF) &* UInt64(capacity)) >> 32)
    }

    /// Builds the table from rows (feature hash, entries), at most 3/4 full.
    public init(classes: Int, rows: [(UInt64, [(UInt8, Float)])]) {
        let capacity = max(16, rows.count * 5 / 4)
        var keys = [UInt32](repeating: 0, count: capacity)
        var slotRow = [Int32](repeating: -1, count: capacity)
        for (r, row) in rows.enumerated() {
            let k = Self.key(row.0)
            var slot = Self.home(row.0, capacity)
            while keys[slot] != 0 && keys[slot] != k { slot = slot + 1 == capacity ? 0 : slot + 1 }
            if keys[slot] == k { continue }
            keys[slot] = k
            slotRow[slot] = Int32(r)
        }
        var starts: [UInt32] = []
        starts.reserveCapacity(capacity + 1)
        var entryClass: [UInt8] = []
        var entryWeight: [Float] = []
        for slot in 0..<capacity {
            starts.append(UInt32(entryClass.count))
            if slotRow[slot] >= 0 {
                for (c, w) in rows[Int(slotRow[slot])].1 {
                    entryClass.append(c)
                    entryWeight.append(w)
                }
            }
        }
        starts.append(UInt32(entryClass.count))
        self.init(classes: classes, keys: keys, starts: starts, entryClass: entryClass, entryWeight: entryWeight)
    }

    init(classes: Int, keys: [UInt32], starts: [UInt32], entryClass: [UInt8], entryWeight: [Float]) {
        self.classes = classes
        self.capacity = keys.count
        var slots = [UInt64](repeating: 0, count: keys.count + 1)
        for i in keys.indices { slots[i] = UInt64(keys[i]) | UInt64(starts[i]) << 32 }
        slots[keys.count] = UInt64(starts[keys.count]) << 32
        self.slots = slots
        self.entryClass = entryClass
        self.entryWeight = entryWeight
    }

    public var rowCount: Int { slots.dropLast().reduce(0) { $0 + ($1 & 0xFFFF_FFFF != 0 ? 1 : 0) } }
    var keys: [UInt32] { slots.dropLast().map { UInt32(truncatingIfNeeded: $0) } }
    var starts: [UInt32] { slots.map { UInt32(truncatingIfNeeded: $0 >> 32) } }
    public var entryCount: Int { entryClass.count }

    /// Adds the weights of `features` to `scores` (which has `classes` elements).
    @inline(__always)
    public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
        entryClass.withUnsafeBufferPointer { ec in
        entryWeight.withUnsafeBufferPointer { ew in
            for f in features {
                let key = UInt64(Self.key(f))
                var slot = Self.home(f, capacity)
                while true {
                    let v = slots[slot]
                    let k = v & 0xFFFF_FFFF
                    if k == key {
                        var e = Int(truncatingIfNeeded: v >> 32)
                        let end = Int(truncatingIfNeeded: slots[slot + 1] >> 32)
                        while e < end {
                            scores[Int(ec[e])] += ew[e]
                            e += 1
                        }
                        break
                    }
                    if k == 0 { break }
                    slot = slot + 1 == capacity ? 0 : slot + 1
                }
            }
        }}}
    }

    func write(to w: inout ModelWriter) {
        w.int(classes)
        w.array(keys)
        let s = starts
        w.array((0..<keys.count).map { UInt8(s[$0 + 1] - s[$0]) })
        w.array(entryClass)
        w.array(entryWeight.map { Float16($0) })
    }

    static func read(from r: inout ModelReader) throws -> WeightTable {
        let classes = try r.int()
        let keys: [UInt32] = try r.array()
        let lengths: [UInt8] = try r.array()
        let entryClass: [UInt8] = try r.array()
        let half: [Float16] = try r.array()
        guard !keys.isEmpty, lengths.count == keys.count, entryClass.count == half.count,
              lengths.reduce(0, { $0 + Int($1) }) == entryClass.count, entryClass.allSatisfy({ Int($0) < classes })
        else { throw ModelFormatError(message: "inconsistent weight table") }
        var starts = [UInt32](repeating: 0, count: keys.count + 1)
        for i in keys.indices { starts[i + 1] = starts[i] + UInt32(lengths[i]) }
        guard classes <= 256
        else { throw ModelFormatError(message: "inconsistent weight table") }
        let weights = [Float](unsafeUninitializedCapacity: half.count) { buf, n in
            for i in half.indices { buf[i] = Float(half[i]) }
            n = half.count
        }
        return WeightTable(classes: classes, keys: keys, starts: starts, entryClass: entryClass, entryWeight: weights)
    }
}

public struct ModelFormatError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "syntax model: \(message)" }
}

/// Little-endian sections: integers, strings, and arrays of fixed-size values as a count and raw bytes.
public struct ModelWriter {
    public private(set) var bytes: [UInt8] = []
    public init() {}

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func strings(_ a: [String]) {
        int(a.count)
        for s in a { string(s) }
    }

    mutating func array<T: BitwiseCopyable>(_ a: [T]) {
        int(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

public struct ModelReader {
    let data: [UInt8]
    var offset = 0
    public init(_ data: [UInt8]) { self.data = data }

    mutating func int() throws -> Int {
        guard offset + 8 <= data.count else { throw ModelFormatError(message: "truncated") }
        var v: Int64 = 0
        withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: data[offset..<(offset + 8)]) }
        offset += 8
        let r = Int(Int64(littleEndian: v))
        guard r >= 0 && r <= 1 << 40 else { throw ModelFormatError(message: "bad count") }
        return r
    }

    mutating func string() throws -> String {
        let n = try int()
        guard offset + n <= data.count else { throw ModelFormatError(message: "truncated") }
        defer { offset += n }
        return String(decoding: data[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = try int()
        var out: [String] = []
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func array<T: BitwiseCopyable>() throws -> [T] {
        let n = try int()
        let size = MemoryLayout<T>.stride
        guard n <= (data.count - offset) / max(1, size) else { throw ModelFormatError(message: "truncated") }
        let out = [T](unsafeUninitializedCapacity: n) { buf, count in
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n * size)]))
            }
            count = n
        }
        offset += n * size
        return out
    }
}
