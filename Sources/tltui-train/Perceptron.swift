import Foundation
import TimelineCore

/// An averaged perceptron (Collins 2002) with a dense row of class weights per feature hash, averaged lazily
/// (each row remembers when it last changed).
final class Perceptron {
    let classes: Int
    private var index: [UInt64: Int32] = [:]
    private var keys: [UInt64] = []
    private var w: [Float] = []
    private var tot: [Double] = []
    private var stamp: [Int32] = []
    /// The position in the feature vector where each row was first met (its template).
    private var origin: [UInt8] = []
    private(set) var now: Int32 = 0

    init(classes: Int) { self.classes = classes }

    var rowCount: Int { keys.count }

    func tick() { now += 1 }

    func score(_ feats: UnsafeBufferPointer<UInt64>, into s: UnsafeMutablePointer<Float>) {
        for k in 0..<classes { s[k] = 0 }
        w.withUnsafeBufferPointer { w in
            for f in feats {
                guard let r = index[f] else { continue }
                let base = Int(r) * classes
                for c in 0..<classes { s[c] += w[base + c] }
            }
        }
    }

    /// Features met once in an update: a row is made the second time (rare features are left out).
    private var seenOnce = Set<UInt64>()
    var minCount = 2

    private func row(_ f: UInt64, at position: Int) -> Int? {
        if let r = index[f] { return Int(r) }
        if minCount > 1 && seenOnce.insert(f).inserted { return nil }
        let r = keys.count
        index[f] = Int32(r)
        keys.append(f)
        w.append(contentsOf: repeatElement(0, count: classes))
        tot.append(contentsOf: repeatElement(0, count: classes))
        stamp.append(now)
        origin.append(UInt8(truncatingIfNeeded: position))
        return r
    }

    private func catchUp(_ r: Int) {
        let dt = Double(now - stamp[r])
        if dt > 0 {
            let base = r * classes
            for c in 0..<classes where w[base + c] != 0 { tot[base + c] += dt * Double(w[base + c]) }
        }
        stamp[r] = now
    }

    func update(_ feats: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for (i, f) in feats.enumerated() {
            guard let r = row(f, at: i) else { continue }
            catchUp(r)
            w[r * classes + truth] += 1
            w[r * classes + guess] -= 1
        }
    }

    /// Per feature position (template): the sum of the magnitudes of its rows' averaged weights.
    func importance(positions: Int) -> [Double] {
        let t = Double(max(1, now))
        var out = [Double](repeating: 0, count: positions)
        for r in keys.indices {
            catchUp(r)
            var m = 0.0
            for c in 0..<classes { m += abs(tot[r * classes + c] / t) }
            if Int(origin[r]) < positions { out[Int(origin[r])] += m }
        }
        return out
    }

    /// The averaged weights by feature, without entries smaller than `prune` in magnitude.
    func averaged(prune: Float) -> Rows {
        let t = Double(max(1, now))
        var rows: [(UInt64, [(UInt8, Float)])] = []
        rows.reserveCapacity(keys.count)
        for r in keys.indices {
            catchUp(r)
            var entries: [(UInt8, Float)] = []
            for c in 0..<classes {
                let a = Float(tot[r * classes + c] / t)
                if abs(a) >= prune { entries.append((UInt8(c), a)) }
            }
            if !entries.isEmpty { rows.append((keys[r], entries)) }
        }
        return rows
    }
}

/// A trained table before it is laid out for the model file: (feature hash, [(class, weight)]).
typealias Rows = [(UInt64, [(UInt8, Float)])]

/// The trained tables with their full feature hashes and Float weights, kept beside a model (never shipped) so that
/// its tables can be laid out again (`tltui-train --rebuild`) without training again.
enum RowsFile {
    static func write(_ tables: [Rows], to path: String) throws {
        var out: [UInt8] = []
        func put<T: BitwiseCopyable>(_ v: T) { withUnsafeBytes(of: v) { out.append(contentsOf: $0) } }
        put(UInt64(tables.count))
        for t in tables {
            put(UInt64(t.count))
            for (h, entries) in t {
                put(h)
                put(UInt8(entries.count))
                for (c, w) in entries { put(c); put(w) }
            }
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) -> [Rows] {
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        let b = [UInt8](data)
        var o = 0
        func get<T: BitwiseCopyable>(_: T.Type) -> T {
            let v = b.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: o, as: T.self) }
            o += MemoryLayout<T>.size
            return v
        }
        return (0..<Int(get(UInt64.self))).map { _ in
            (0..<Int(get(UInt64.self))).map { _ in
                let h = get(UInt64.self)
                return (h, (0..<Int(get(UInt8.self))).map { _ in (get(UInt8.self), get(Float.self)) })
            }
        }
    }
}

/// SplitMix64: a small seeded generator, so that training is the same on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The jackknifed tags of the training sentences, the tagger's weights and the generator's state after the tagger
/// (`tltui-train --tags-cache`).
struct TagsCache {
    var predicted: [[Int]]
    var tagger: Rows
    var rngState: UInt64

    func write(_ path: String) throws {
        var out: [UInt8] = []
        func put<T: BitwiseCopyable>(_ v: T) { withUnsafeBytes(of: v) { out.append(contentsOf: $0) } }
        put(rngState)
        put(UInt64(predicted.count))
        for s in predicted {
            put(UInt32(s.count))
            for t in s { put(UInt8(t)) }
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
        try RowsFile.write([tagger], to: path + ".tagger")
    }

    /// nil when there is no cache at `path` or it was made for other data.
    static func read(_ path: String, sentences: Int) -> TagsCache? {
        guard let data = FileManager.default.contents(atPath: path), FileManager.default.fileExists(atPath: path + ".tagger") else { return nil }
        let b = [UInt8](data)
        var o = 0
        func get<T: BitwiseCopyable>(_: T.Type) -> T {
            let v = b.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: o, as: T.self) }
            o += MemoryLayout<T>.size
            return v
        }
        let state = get(UInt64.self)
        guard Int(get(UInt64.self)) == sentences else { return nil }
        let predicted = (0..<sentences).map { _ in (0..<Int(get(UInt32.self))).map { _ in Int(get(UInt8.self)) } }
        let t = RowsFile.read(path + ".tagger")
        guard t.count == 1 else { return nil }
        return TagsCache(predicted: predicted, tagger: t[0], rngState: state)
    }
}
