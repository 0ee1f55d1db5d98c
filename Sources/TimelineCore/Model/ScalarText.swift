import Foundation

/// A text with O(1) access by Unicode-scalar offset. Documents keep their text in this form
/// so that slicing by the offsets the project exposes never walks the string.
///
/// Two layouts, one value: *full* (an array of scalars, 4 bytes each; what `init` builds) and *compact*
/// (`compacted()`: one byte per scalar below U+00FF, the rare others kept aside), which the corpus loader uses
/// for the documents it keeps. Both answer `count`, `[offset]`, `[range]` and `string` directly; `scalars` is
/// free on a full text and builds the array on a compact one, so a stage that reads the scalars many times
/// takes `expanded()` once first.
///
/// A third form, *deferred*, is a compact text known by its length until something reads it (`init(deferredCount:load:)`):
/// the cache re-opens documents without their characters, which only showing or analysing them needs.
public struct ScalarText: Sendable, Equatable {
    /// Full layout: every scalar (empty in the compact layout unless the text is empty).
    private let full: [Unicode.Scalar]
    private let compact: Compact?
    private let deferred: Deferred?

    /// A text made on first use, once, from any thread.
    private final class Deferred: @unchecked Sendable {
        let count: Int
        private var load: (@Sendable () -> ScalarText?)?
        private var made: ScalarText?
        private let lock = NSLock()

        init(count: Int, load: @escaping @Sendable () -> ScalarText?) {
            self.count = count
            self.load = load
        }

        var text: ScalarText {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            var text = load?() ?? nil
            if text == nil || text!.count != count || text!.deferred != nil {
                text = ScalarText(String(repeating: " ", count: count))
            }
            let compact = text!.compacted()
            made = compact
            load = nil
            return compact
        }
    }

    /// Compact layout: a byte per scalar, 0xFF standing for a scalar listed in `wideOffsets`/`wideScalars`.
    private struct Compact: Sendable {
        var bytes: [UInt8]
        var wideOffsets: [Int32]
        var wideScalars: [Unicode.Scalar]
        /// No scalar above U+007F: the bytes are UTF-8.
        var isASCII: Bool
    }

    public init(_ string: String) {
        full = Array(string.unicodeScalars)
        compact = nil
        deferred = nil
    }

    public init(scalars: [Unicode.Scalar]) {
        self.full = scalars
        self.compact = nil
        self.deferred = nil
    }

    /// A compact text of `count` scalars whose characters `load` gives when something first reads them. When `load`
    /// fails (nil, or a text of another length) the text is `count` spaces: offsets stay valid, nothing traps.
    init(deferredCount count: Int, load: @escaping @Sendable () -> ScalarText?) {
        full = []
        compact = nil
        deferred = Deferred(count: max(0, count), load: load)
    }

    public var count: Int { deferred?.count ?? compact?.bytes.count ?? full.count }

    /// Whether the text is in the compact layout (a deferred text is, once read).
    public var isCompact: Bool { compact != nil || deferred != nil }

    /// Whether the characters are still to be read (`init(deferredCount:load:)`).
    var isDeferred: Bool { deferred != nil }

    /// Every scalar. Free on a full text; builds the array on a compact one (see `expanded()`).
    public var scalars: [Unicode.Scalar] {
        if let d = deferred { return d.text.scalars }
        guard let c = compact else { return full }
        var out = c.bytes.map { Unicode.Scalar($0) }
        for (k, o) in c.wideOffsets.enumerated() { out[Int(o)] = c.wideScalars[k] }
        return out
    }

    /// The scalar at `offset` (0 ≤ offset < count).
    public subscript(offset: Int) -> Unicode.Scalar {
        if let d = deferred { return d.text[offset] }
        guard let c = compact else { return full[offset] }
        let b = c.bytes[offset]
        if b != 0xFF { return Unicode.Scalar(b) }
        return c.wideScalars[Self.find(Int32(offset), in: c.wideOffsets)]
    }

    /// The same text in the full layout (itself when it is full).
    public func expanded() -> ScalarText {
        compact == nil && deferred == nil ? self : ScalarText(scalars: scalars)
    }

    /// The same text in the compact layout: about a quarter of the memory for Latin-script text.
    public func compacted() -> ScalarText {
        if compact != nil || deferred != nil { return self }
        var bytes = [UInt8](repeating: 0, count: full.count)
        var offsets: [Int32] = []
        var wide: [Unicode.Scalar] = []
        var ascii = true
        for (i, u) in full.enumerated() {
            if u.value < 0xFF {
                bytes[i] = UInt8(u.value)
                if u.value >= 0x80 { ascii = false }
            } else {
                bytes[i] = 0xFF
                offsets.append(Int32(i))
                wide.append(u)
                ascii = false
            }
        }
        return ScalarText(compact: Compact(bytes: bytes, wideOffsets: offsets, wideScalars: wide, isASCII: ascii))
    }

    /// The compact layout's parts as stored (`BinaryWriter.compactText`): a byte per scalar, and the offsets and
    /// values of the scalars at or above U+00FF. Nil for a text in the full layout.
    var compactParts: (bytes: [UInt8], wideOffsets: [Int32], wideScalars: [Unicode.Scalar])? {
        if let d = deferred { return d.text.compactParts }
        return compact.map { ($0.bytes, $0.wideOffsets, $0.wideScalars) }
    }

    /// The compact layout from its stored parts, copied as they are; nil unless they are a compact text: offsets
    /// ascending within the bytes, each at a 0xFF byte and no 0xFF byte without one, each scalar at or above U+00FF.
    static func compact(bytes b: UnsafeRawBufferPointer, wideOffsets: [Int32], wideScalars: [Unicode.Scalar]) -> ScalarText? {
        guard wideOffsets.count == wideScalars.count else { return nil }
        let ascii = isASCII(b)
        if ascii {
            guard wideOffsets.isEmpty else { return nil }
        } else {
            var previous: Int32 = -1
            for o in wideOffsets {
                guard o > previous, Int(o) < b.count, b[Int(o)] == 0xFF else { return nil }
                previous = o
            }
            for u in wideScalars where u.value < 0xFF { return nil }
            var marks = 0
            for x in b where x == 0xFF { marks += 1 }
            guard marks == wideOffsets.count else { return nil }
        }
        return ScalarText(compact: Compact(bytes: Array(b), wideOffsets: wideOffsets, wideScalars: wideScalars, isASCII: ascii))
    }

    /// No byte at or above 0x80, read eight at a time.
    private static func isASCII(_ b: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        while i + 8 <= b.count {
            if b.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < b.count {
            if b[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    private init(compact: Compact) {
        self.full = []
        self.compact = compact
        self.deferred = nil
    }

    /// The index of `offset` in the ascending `offsets` (which contain it).
    private static func find(_ offset: Int32, in offsets: [Int32]) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The text of `range`, clamped to the text's bounds.
    public subscript(range: TextRange) -> String {
        if let d = deferred { return d.text[range] }
        let lo = min(max(0, range.start), count)
        let hi = min(max(lo, range.end), count)
        guard lo < hi else { return "" }
        guard let c = compact else { return Self.utf8String(full[lo..<hi]) }
        if c.isASCII { return String(decoding: c.bytes[lo..<hi], as: UTF8.self) }
        return Self.utf8String(c, lo, hi)
    }

    /// Calls `body` with each scalar of `range`, clamped as `self[range]` is: the scalars of that string, without
    /// making it (the merge reads every mention's sentence scalar by scalar a few times).
    @inline(__always)
    func forEachScalar(in range: TextRange, _ body: (Unicode.Scalar) -> Void) {
        if let d = deferred { return d.text.forEachLoadedScalar(in: range, body) }
        forEachLoadedScalar(in: range, body)
    }

    /// `forEachScalar` of a text that is not deferred.
    @inline(__always)
    private func forEachLoadedScalar(in range: TextRange, _ body: (Unicode.Scalar) -> Void) {
        let lo = min(max(0, range.start), count)
        let hi = min(max(lo, range.end), count)
        guard lo < hi else { return }
        guard let c = compact else {
            for u in full[lo..<hi] { body(u) }
            return
        }
        if c.isASCII {
            c.bytes.withUnsafeBufferPointer { b in for i in lo..<hi { body(Unicode.Scalar(b[i])) } }
            return
        }
        // (the wide scalars of the range found once, then read in order, as `utf8String` does)
        var w = 0, top = c.wideOffsets.count
        while w < top {
            let mid = (w + top) / 2
            if Int(c.wideOffsets[mid]) < lo { w = mid + 1 } else { top = mid }
        }
        c.bytes.withUnsafeBufferPointer { b in
            for i in lo..<hi {
                let v = b[i]
                if v != 0xFF { body(Unicode.Scalar(v)) } else { body(c.wideScalars[w]); w += 1 }
            }
        }
    }

    /// The compact text's scalars `lo..<hi` as a String, encoded to UTF-8 in one buffer of the exact length (a byte
    /// below 0x80 is one byte of UTF-8, one up to 0xFE two; the wide scalars of the range are found once, then read in
    /// order). A mention's sentence is read this way each time it is used (was a scalar appended at a time).
    private static func utf8String(_ c: Compact, _ lo: Int, _ hi: Int) -> String {
        // The first wide scalar at or after `lo`.
        var first = 0, last = c.wideOffsets.count
        while first < last {
            let mid = (first + last) / 2
            if Int(c.wideOffsets[mid]) < lo { first = mid + 1 } else { last = mid }
        }
        return c.bytes.withUnsafeBufferPointer { bytes in
            var length = hi - lo
            var w = first
            for k in lo..<hi {
                let b = bytes[k]
                if b < 0x80 { continue }
                if b != 0xFF { length += 1; continue }
                let v = c.wideScalars[w].value
                w += 1
                length += v < 0x800 ? 1 : v < 0x10000 ? 2 : 3
            }
            return String(unsafeUninitializedCapacity: length) { buf in
                var n = 0, w = first
                for k in lo..<hi {
                    let b = bytes[k]
                    if b < 0x80 {
                        buf[n] = b; n += 1
                    } else if b != 0xFF {
                        buf[n] = 0xC0 | (b >> 6); buf[n + 1] = 0x80 | (b & 0x3F); n += 2
                    } else {
                        UTF8.encode(c.wideScalars[w]) { buf[n] = $0; n += 1 }
                        w += 1
                    }
                }
                return n
            }
        }
    }

    /// The scalars as a String, encoded to UTF-8 in one buffer.
    private static func utf8String(_ s: ArraySlice<Unicode.Scalar>) -> String {
        // The exact length first: the string keeps the capacity it is created with.
        var length = 0
        for u in s {
            let v = u.value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buf in
            var n = 0
            for u in s {
                let v = u.value
                if v < 0x80 {
                    buf[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buf[n] = UInt8(0xC0 | (v >> 6)); buf[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buf[n] = UInt8(0xE0 | (v >> 12)); buf[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buf[n] = UInt8(0xF0 | (v >> 18)); buf[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    public var string: String { self[TextRange(0, count)] }

    public static func == (a: ScalarText, b: ScalarText) -> Bool {
        if a.deferred != nil || b.deferred != nil {
            guard a.count == b.count else { return false }
            return (a.deferred?.text ?? a) == (b.deferred?.text ?? b)
        }
        if a.compact == nil && b.compact == nil { return a.full == b.full }
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }
}
