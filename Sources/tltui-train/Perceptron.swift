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

    private func row(_ f: UInt64) -> Int? {
        if let r = index[f] { return Int(r) }
        if minCount > 1 && seenOnce.insert(f).inserted { return nil }
        let r = keys.count
        index[f] = Int32(r)
        keys.append(f)
        w.append(contentsOf: repeatElement(0, count: classes))
        tot.append(contentsOf: repeatElement(0, count: classes))
        stamp.append(now)
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
        for f in feats {
            guard let r = row(f) else { continue }
            catchUp(r)
            w[r * classes + truth] += 1
            w[r * classes + guess] -= 1
        }
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
