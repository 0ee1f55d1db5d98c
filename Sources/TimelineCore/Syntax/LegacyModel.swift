/// Reads the previous model format ("tltui-syntax-2": Float16 weights, string tables) into the current tables,
/// keeping every slot where it was so that the features are found without their full hashes.
enum LegacyModel {
    static let magic = "tltui-syntax-2"

    struct Reader {
        let data: [UInt8]
        var offset = 0
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
            guard n <= data.count - offset else { throw ModelFormatError(message: "truncated") }
            defer { offset += n }
            return String(decoding: data[offset..<(offset + n)], as: UTF8.self)
        }
        mutating func strings() throws -> [String] { try (0..<int()).map { _ in try string() } }
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

    struct Table {
        var classes: Int
        var keys: [UInt32]
        var lengths: [UInt8]
        var entryClass: [UInt8]
        var weights: [Float]

        init(_ r: inout Reader) throws {
            classes = try r.int()
            keys = try r.array()
            lengths = try r.array()
            entryClass = try r.array()
            let half: [Float16] = try r.array()
            weights = half.map { Float($0) }
            guard lengths.count == keys.count, entryClass.count == weights.count, lengths.reduce(0, { $0 + Int($1) }) == weights.count
            else { throw ModelFormatError(message: "inconsistent weight table") }
        }

        var scale: Float { Quantized.scale(weights.lazy.map { abs($0) }.max() ?? 1) }

        var sparse: WeightTable {
            let scale = self.scale
            var slots = [UInt64](repeating: 0, count: keys.count)
            var entries: [UInt32] = []
            var e = 0
            for (i, k) in keys.enumerated() {
                let start = entries.count
                for _ in 0..<Int(lengths[i]) {
                    let q = Quantized.value(weights[e], scale)
                    if q != 0 { entries.append(UInt32(entryClass[e]) | UInt32(UInt16(bitPattern: q)) << 16) }
                    e += 1
                }
                if k != 0 { slots[i] = UInt64(k) | UInt64(start) << 32 | UInt64(entries.count - start) << 56 }
            }
            return WeightTable(classes: classes, scale: scale, slots: slots, entries: entries)
        }

        var moves: MoveTable {
            let scale = self.scale
            var slots = [UInt64](repeating: 0, count: keys.count)
            var e = 0
            for (i, k) in keys.enumerated() {
                var packed: UInt64 = 0
                for _ in 0..<Int(lengths[i]) {
                    packed |= UInt64(UInt16(bitPattern: Quantized.value(weights[e], scale))) << (16 * (UInt64(entryClass[e]) + 1))
                    e += 1
                }
                if k != 0 { slots[i] = UInt64(k >> 16) | 1 | packed }
            }
            return MoveTable(scale: scale, slots: slots)
        }
    }

    static func read(_ bytes: [UInt8]) throws -> (tags: [String], labels: [String], tagger: WeightTable, tagDictionary: HashIndex,
                                                  ambiguity: HashIndex, ambiguityClasses: [UInt64], transitions: MoveTable,
                                                  labeller: WeightTable, lemmas: LemmaTable) {
        var r = Reader(data: bytes)
        guard try r.string() == magic else { throw ModelFormatError(message: "not a tltui syntax model") }
        let tags = try r.strings()
        let labels = try r.strings()
        let tagger = try Table(&r)
        let dictWords = try r.strings()
        let dictTags: [Int32] = try r.array()
        let ambWords = try r.strings()
        let ambHashes: [UInt64] = try r.array()
        let transitions = try Table(&r)
        let labeller = try Table(&r)
        let exKeys = try r.strings()
        let exValues = try r.strings()
        let ruleKeys = try r.strings()
        let ruleStrip: [Int32] = try r.array()
        let ruleAdd = try r.strings()
        var rules: [String: Lemmatizer.Rule] = [:]
        for (k, key) in ruleKeys.enumerated() { rules[key] = Lemmatizer.Rule(strip: Int(ruleStrip[k]), add: ruleAdd[k]) }
        let classes = Array(Set(ambHashes)).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, UInt32($0)) })
        return (tags, labels, tagger.sparse,
                HashIndex(zip(dictWords, dictTags).map { (SyntaxHash.string($0), UInt32($1)) }),
                HashIndex(zip(ambWords, ambHashes).map { (SyntaxHash.scalars($0.unicodeScalars), classIndex[$1]!) }),
                classes, transitions.moves, labeller.sparse,
                LemmaTable(Lemmatizer(exceptions: Dictionary(zip(exKeys, exValues), uniquingKeysWith: { a, _ in a }), rules: rules)))
    }
}
