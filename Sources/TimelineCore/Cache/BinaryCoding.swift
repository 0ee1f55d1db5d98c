/// The cache's compact binary encoding: integers as LEB128 varints (signed ones zigzagged), text as a
/// varint byte count and UTF-8, optionals as a 0/1 byte before the value, arrays as a count and the
/// elements, enums as their raw value. No field names, no alignment; the reader checks every bound and
/// throws `CacheFormatError` on anything malformed, so a damaged record is a cache miss, never a crash.
///
/// Chosen over Foundation's JSONEncoder/JSONDecoder by measurement (see `scripts/bench-cache-codec.sh`
/// and the README's Cache paragraph): decoding is many times faster on Linux.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// When set, each distinct string is written once; repeats are written as a reference to the first
    /// (0, then the text: a new string; n > 0: the n-th string of this record). Decoding then shares one
    /// String for all repeats (place names, countries, derivations, lemmas), which is most of the work saved.
    private var interned: [String: Int]?

    mutating func internStrings() { interned = [:] }

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        let v = Int64(value)
        uint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Drops the bytes written so far, keeping their room and the strings interned (the record goes on).
    mutating func removeBytes() { bytes.removeAll(keepingCapacity: true) }

    mutating func string(_ s: String) {
        if interned != nil {
            if let k = interned![s] {
                uint(UInt64(k + 1))
                return
            }
            interned![s] = interned!.count
            uint(0)
        }
        var s = s
        s.withUTF8 { buf in
            uint(UInt64(buf.count))
            bytes.append(contentsOf: buf)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value {
            bytes.append(1)
            write(&self, value)
        } else {
            bytes.append(0)
        }
    }

    mutating func array<T>(_ values: some Collection<T>, _ write: (inout BinaryWriter, T) -> Void) {
        uint(UInt64(values.count))
        for v in values { write(&self, v) }
    }

    /// A text in the compact layout, as it is in memory (`ScalarText.compactParts`): the byte count and the bytes,
    /// then the scalars at or above U+00FF, each as the gap from the previous one's offset and its value. Reading it
    /// back is a copy of the bytes.
    mutating func compactText(_ parts: (bytes: [UInt8], wideOffsets: [Int32], wideScalars: [Unicode.Scalar])) {
        uint(UInt64(parts.bytes.count))
        bytes.append(contentsOf: parts.bytes)
        uint(UInt64(parts.wideOffsets.count))
        var previous: Int32 = -1
        for (o, u) in zip(parts.wideOffsets, parts.wideScalars) {
            uint(UInt64(o - previous))
            uint(UInt64(u.value))
            previous = o
        }
    }

    /// Scalars as UTF-8, preceded by the scalar count and the byte count.
    mutating func scalars(_ scalars: [Unicode.Scalar]) {
        uint(UInt64(scalars.count))
        var utf8 = 0
        for s in scalars {
            let v = s.value
            utf8 += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        uint(UInt64(utf8))
        bytes.reserveCapacity(bytes.count + utf8)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }
}

/// A malformed cache record (truncated, wrong tag, invalid text or enum value).
struct CacheFormatError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads what `BinaryWriter` wrote. Valid only inside the `withUnsafeBytes` that produced the buffer.
struct BinaryReader {
    let buffer: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// The strings read so far, when the writer interned them (`BinaryWriter.internStrings`).
    private var interned: [String]?

    mutating func internStrings() { interned = [] }

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    var isAtEnd: Bool { offset == buffer.count }

    /// Moves past `n` bytes (checked by `count()` before).
    mutating func skip(_ n: Int) { offset = min(buffer.count, offset + n) }

    mutating func byte() throws -> UInt8 {
        guard offset < buffer.count else { throw CacheFormatError("record ends early") }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func uint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CacheFormatError("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let u = try uint()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// A count or length, checked against what is left so a damaged record cannot ask for gigabytes.
    mutating func count(elementSize: Int = 1) throws -> Int {
        let u = try uint()
        guard u <= UInt64(buffer.count - offset) / UInt64(max(1, elementSize)) else { throw CacheFormatError("count out of range") }
        return Int(u)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheFormatError("bad boolean")
        }
    }

    mutating func string() throws -> String {
        if interned != nil {
            let tag = try uint()
            if tag > 0 {
                guard tag <= UInt64(interned!.count) else { throw CacheFormatError("bad string reference") }
                return interned![Int(tag - 1)]
            }
        }
        let n = try count()
        let slice = UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n])
        offset += n
        // The fast path for valid UTF-8 (what the writer wrote); damaged bytes come out repaired, never trap.
        let s = String(decoding: slice.bindMemory(to: UInt8.self), as: UTF8.self)
        interned?.append(s)
        return s
    }

    /// Eight bytes, little-endian (`BinaryWriter.fixed64`).
    mutating func fixed64() throws -> UInt64 {
        guard buffer.count - offset >= 8 else { throw CacheFormatError("record ends early") }
        defer { offset += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let s = try string()
        guard let v = T(rawValue: s) else { throw CacheFormatError("unknown \(T.self) '\(s)'") }
        return v
    }

    /// A text written by `BinaryWriter.compactText`: its bytes copied, its wide scalars checked against them.
    mutating func compactText() throws -> ScalarText {
        let n = try count()
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n])
        offset += n
        let wide = try count(elementSize: 2)
        var offsets: [Int32] = [], scalars: [Unicode.Scalar] = []
        offsets.reserveCapacity(wide)
        scalars.reserveCapacity(wide)
        var previous: Int64 = -1
        for _ in 0..<wide {
            let gap = try uint(), value = try uint()
            guard gap > 0, gap <= UInt64(n), value <= 0x10FFFF, let u = Unicode.Scalar(UInt32(value)) else {
                throw CacheFormatError("bad wide scalar")
            }
            previous += Int64(gap)
            guard previous < Int64(n) else { throw CacheFormatError("bad wide scalar offset") }
            offsets.append(Int32(previous))
            scalars.append(u)
        }
        guard let text = ScalarText.compact(bytes: bytes, wideOffsets: offsets, wideScalars: scalars) else {
            throw CacheFormatError("inconsistent compact text")
        }
        return text
    }

    /// Scalars written by `BinaryWriter.scalars`: decodes UTF-8, checking every sequence.
    mutating func scalars() throws -> [Unicode.Scalar] {
        let count = try self.count()
        let n = try self.count()
        guard count <= n else { throw CacheFormatError("scalar count exceeds bytes") }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(count)
        let end = offset + n
        var i = offset
        let b = buffer
        func cont(_ k: Int) throws -> UInt32 {
            guard k < end, b[k] & 0xC0 == 0x80 else { throw CacheFormatError("invalid UTF-8") }
            return UInt32(b[k] & 0x3F)
        }
        while i < end {
            let c = b[i]
            let v: UInt32
            if c < 0x80 {
                out.append(Unicode.Scalar(c))
                i += 1
                continue
            } else if c & 0xE0 == 0xC0 {
                v = (UInt32(c & 0x1F) << 6) | (try cont(i + 1)); i += 2
            } else if c & 0xF0 == 0xE0 {
                v = (UInt32(c & 0x0F) << 12) | (try cont(i + 1) << 6) | (try cont(i + 2)); i += 3
            } else if c & 0xF8 == 0xF0 {
                v = (UInt32(c & 0x07) << 18) | (try cont(i + 1) << 12) | (try cont(i + 2) << 6) | (try cont(i + 3)); i += 4
            } else {
                throw CacheFormatError("invalid UTF-8")
            }
            guard let s = Unicode.Scalar(v) else { throw CacheFormatError("invalid scalar") }
            out.append(s)
        }
        offset = end
        guard out.count == count else { throw CacheFormatError("scalar count mismatch") }
        return out
    }
}
