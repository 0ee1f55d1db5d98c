/// A map from 64-bit hashes to 32-bit values by open addressing (power-of-two capacity, at most half full), kept in
/// the model file as it is used. The words the models know are looked up by the hashes `WordAtoms` computes once
/// per word, never by string.
public struct HashIndex: Sendable {
    /// 0 marks an empty slot (a key of 0 is stored as 1).
    let keys: [UInt64]
    let values: [UInt32]

    @inline(__always) static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    public init(_ pairs: [(UInt64, UInt32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        for (k, v) in pairs {
            let key = Self.stored(k)
            var slot = Int(truncatingIfNeeded: SyntaxHash.mix(key, 0x1D)) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            if keys[slot] == key { continue }
            keys[slot] = key
            values[slot] = v
        }
        self.keys = keys
        self.values = values
    }

    init(keys: [UInt64], values: [UInt32]) {
        self.keys = keys
        self.values = values
    }

    public var count: Int { keys.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    @inline(__always)
    public subscript(_ k: UInt64) -> UInt32? {
        let key = Self.stored(k)
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: SyntaxHash.mix(key, 0x1D)) & mask
            while true {
                let v = keys[slot]
                if v == key { return values[slot] }
                if v == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether every stored value is below `n`.
    func valuesBelow(_ n: Int) -> Bool { keys.indices.allSatisfy { keys[$0] == 0 || Int(values[$0]) < n } }

    /// Every stored (key, value).
    var pairs: [(UInt64, UInt32)] { keys.indices.filter { keys[$0] != 0 }.map { (keys[$0], values[$0]) } }

    func write(to w: inout ModelWriter) {
        w.array(keys)
        w.array(values)
    }

    static func read(from r: inout ModelReader) throws -> HashIndex {
        let keys: [UInt64] = try r.array()
        let values: [UInt32] = try r.array()
        guard keys.count == values.count, keys.count >= 1, keys.count & (keys.count - 1) == 0, keys.contains(0)
        else { throw ModelFormatError(message: "inconsistent word index") }
        return HashIndex(keys: keys, values: values)
    }
}
