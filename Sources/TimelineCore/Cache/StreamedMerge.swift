import Foundation

/// The stored merge (`EventCoding`'s layout) written a few chunks at a time, so that its encoding is never held whole
/// beside the events it encodes: the record of 100,000 articles' events is hundreds of MB, and the one buffer it was made
/// in, its copy with the hash and SQLite's copy of that were held at once.
///
/// Its size comes first (the database makes room for the record before it is written): each chunk is encoded once to
/// be measured, a piece at a time and each piece dropped, then again to be written, into room of its measured size;
/// chunks are encoded on all cores, one per core at a time (a chunk of 2,048 events that many outlets report is several
/// MB). The hash at the front is of everything after it, so it is computed as the pieces go out and written last.
struct StreamedMerge {
    let events: [Event]
    let documents: [Document]
    /// Each document's number (its first, should an id repeat) by id.
    private let index: [String: Int]
    /// The chunks' byte counts, in order.
    private let lengths: [Int]
    /// The record's header after the hash: the event count and the chunk count.
    private let header: [UInt8]
    /// The record's size in bytes.
    let size: Int

    /// Nil when a mention names a document that is not among `documents`.
    init?(_ events: [Event], documents: [Document]) {
        var index: [String: Int] = [:]
        for (k, d) in documents.enumerated() where index[d.id] == nil { index[d.id] = k }
        let chunks = (events.count + EventCoding.chunkSize - 1) / EventCoding.chunkSize
        let lengths = ConcurrentSlots<Int?>.map(chunks) { c in
            var measured = 0
            let rest = Self.encode(chunk: c, of: events, documents: documents, index: index, capacity: Self.piece,
                                   piece: (Self.piece, { measured += $0.count }))
            return rest.map { measured + $0.count }
        }
        var header = BinaryWriter(capacity: 16)
        header.uint(UInt64(events.count))
        header.uint(UInt64(chunks))
        var size = 8 + header.bytes.count
        var measured: [Int] = []
        measured.reserveCapacity(chunks)
        for length in lengths {
            guard let length else { return nil }
            measured.append(length)
            size += Self.varintSize(length) + length
        }
        self.events = events
        self.documents = documents
        self.index = index
        self.lengths = measured
        self.header = header.bytes
        self.size = size
    }

    /// Hands the record's bytes to `sink` in pieces, each with its offset in the record: everything after the hash in
    /// order, then the hash at offset 0. Throws what `sink` throws, or `CacheFormatError` should a chunk encode to another
    /// size than it measured (nothing then stands for the record). `chunksAtOnce`: chunks encoded together, on all cores.
    func write(chunksAtOnce: Int = ProcessInfo.processInfo.activeProcessorCount,
               _ sink: (_ offset: Int, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws {
        var hash = StreamingHash()
        var offset = 8
        func put(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBytes { buf in
                hash.add(buf)
                try sink(offset, buf)
            }
            offset += bytes.count
        }
        try put(header)
        for first in stride(from: 0, to: lengths.count, by: max(1, chunksAtOnce)) {
            let range = first..<min(lengths.count, first + max(1, chunksAtOnce))
            let encoded = ConcurrentSlots<[UInt8]?>.map(range.count) { k in
                let c = range.lowerBound + k
                return Self.encode(chunk: c, of: events, documents: documents, index: index, capacity: lengths[c])
            }
            for (k, chunk) in zip(range, encoded) {
                guard let chunk, chunk.count == lengths[k] else { throw CacheFormatError("a chunk of the merge changed size") }
                var length = BinaryWriter(capacity: 10)
                length.uint(UInt64(chunk.count))
                try put(length.bytes)
                try put(chunk)
            }
        }
        guard offset == size else { throw CacheFormatError("the merge changed size") }
        var front = BinaryWriter(capacity: 8)
        front.fixed64(hash.value)
        try front.bytes.withUnsafeBytes { try sink(0, $0) }
    }

    /// The bytes a chunk is measured by.
    static let piece = 64 << 10

    private static func encode(chunk c: Int, of events: [Event], documents: [Document], index: [String: Int], capacity: Int,
                               piece: (limit: Int, take: ([UInt8]) -> Void)? = nil) -> [UInt8]? {
        let range = (c * EventCoding.chunkSize)..<min(events.count, (c + 1) * EventCoding.chunkSize)
        return EventCoding.encodeChunk(events[range], documents: documents, index: index, capacity: capacity, piece: piece)
    }

    /// The bytes of `n` as a varint (`BinaryWriter.uint`).
    static func varintSize(_ n: Int) -> Int {
        var v = UInt64(n), k = 1
        while v >= 0x80 { v >>= 7; k += 1 }
        return k
    }
}
