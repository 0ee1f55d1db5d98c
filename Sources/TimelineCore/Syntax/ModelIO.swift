public struct ModelFormatError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "syntax model: \(message)" }
}

/// Little-endian sections: integers, strings, and arrays of fixed-size values as a count and raw bytes, each
/// array starting at a multiple of 8 bytes, so that the tables are read with one copy each and no decoding.
public struct ModelWriter {
    public private(set) var bytes: [UInt8] = []
    public init() {}

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    /// The bytes `string(_:)` writes for `s`.
    static func stringBytes(_ s: String) -> [UInt8] {
        var w = ModelWriter()
        w.string(s)
        return w.bytes
    }

    /// Strings as one UTF-8 blob and their end offsets.
    mutating func strings(_ a: [String]) {
        var ends: [UInt32] = []
        var blob: [UInt8] = []
        for s in a {
            blob.append(contentsOf: s.utf8)
            ends.append(UInt32(blob.count))
        }
        array(ends)
        array(blob)
    }

    mutating func array<T: BitwiseCopyable>(_ a: [T]) {
        int(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Reads a model from bytes that stay valid while it reads (a mapped file or an array's storage).
public struct ModelReader {
    let data: UnsafeRawBufferPointer
    var offset = 0
    public init(_ data: UnsafeRawBufferPointer) { self.data = data }

    mutating func int() throws -> Int {
        guard offset + 8 <= data.count else { throw ModelFormatError(message: "truncated") }
        let v = data.loadUnaligned(fromByteOffset: offset, as: Int64.self)
        offset += 8
        let r = Int(Int64(littleEndian: v))
        guard r >= 0 && r <= 1 << 40 else { throw ModelFormatError(message: "bad count") }
        return r
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n <= data.count - offset else { throw ModelFormatError(message: "truncated") }
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: data[offset..<(offset + n)]), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let ends: [UInt32] = try array()
        let blob: [UInt8] = try array()
        var out: [String] = []
        out.reserveCapacity(ends.count)
        var start = 0
        try blob.withUnsafeBufferPointer { b in
            for e in ends {
                let end = Int(e)
                guard end >= start && end <= b.count else { throw ModelFormatError(message: "bad string table") }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
                start = end
            }
        }
        return out
    }

    /// The next array, copied once from the bytes.
    mutating func array<T: BitwiseCopyable>() throws -> [T] {
        let (start, n) = try span(T.self)
        return [T](unsafeUninitializedCapacity: n) { buf, count in
            UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: data[start..<(start + n * MemoryLayout<T>.stride)]))
            count = n
        }
    }

    /// The next array, copied once from the bytes into cache-line-aligned memory.
    mutating func pinned<T: BitwiseCopyable>() throws -> Pinned<T> {
        let (start, n) = try span(T.self)
        return Pinned(UnsafeRawBufferPointer(rebasing: data[start..<(start + n * MemoryLayout<T>.stride)]), count: n)
    }

    private mutating func span<T>(_: T.Type) throws -> (Int, Int) {
        let n = try int()
        let size = MemoryLayout<T>.stride
        guard n <= (data.count - offset) / max(1, size) else { throw ModelFormatError(message: "truncated") }
        let start = offset
        offset = min(data.count, (offset + n * size + 7) & ~7)
        return (start, n)
    }
}
