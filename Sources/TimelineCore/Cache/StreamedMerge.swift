import Foundation

/// The stored merge (`EventCoding`'s layout) written a few chunks at a time, so that its encoding is never held whole
/// beside the events it encodes: the record of 100,000 articles' events is hundreds of MB, and the one buffer it was made
/// in, its copy with the hash and SQLite's copy of that were held at once.
///
/// Its size comes first (the database makes room for the record before it is written): each chunk is encoded once to
/// be measured, a piece at a time and each piece dropped, then again to be written: small chunks on all cores, one per
/// core at a time, each into room of its measured size; a large one (2,048 events that many outlets report: several MB,
/// 100,000 copies' merge of 138 MB is in a few dozen) a piece at a time as it is encoded. The hash at the front is of
/// everything after it, so it is computed as the pieces go out and written last.
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
                                   piece: Self.piece) { measured += $0.count }
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
    /// size than it measured (nothing then stands for the record). `chunksAtOnce`: chunks encoded together, on all cores;
    /// `heldChunk`: the largest chunk encoded whole (larger ones are written as they are encoded).
    func write(chunksAtOnce: Int = ProcessInfo.processInfo.activeProcessorCount, heldChunk: Int = StreamedMerge.heldChunk,
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
        func putLength(_ n: Int) throws {
            var length = BinaryWriter(capacity: 10)
            length.uint(UInt64(n))
            try put(length.bytes)
        }
        try put(header)
        let changed = CacheFormatError("a chunk of the merge changed size")
        var c = 0
        while c < lengths.count {
            if lengths[c] > heldChunk {
                // Written as it is encoded.
                try putLength(lengths[c])
                var produced = 0
                var failure: Error?
                let rest = Self.encode(chunk: c, of: events, documents: documents, index: index, capacity: Self.piece,
                                       piece: Self.piece) { bytes in
                    guard failure == nil else { return }
                    do { try put(bytes) } catch { failure = error }
                    produced += bytes.count
                }
                if let failure { throw failure }
                guard let rest, produced + rest.count == lengths[c] else { throw changed }
                try put(rest)
                c += 1
                continue
            }
            // Small chunks that follow, encoded together on all cores.
            var end = c + 1
            while end < lengths.count, end - c < max(1, chunksAtOnce), lengths[end] <= heldChunk { end += 1 }
            let range = c..<end
            let encoded = ConcurrentSlots<[UInt8]?>.map(range.count) { k in
                let c = range.lowerBound + k
                return Self.encode(chunk: c, of: events, documents: documents, index: index, capacity: lengths[c])
            }
            for (k, chunk) in zip(range, encoded) {
                guard let chunk, chunk.count == lengths[k] else { throw changed }
                try putLength(chunk.count)
                try put(chunk)
            }
            c = end
        }
        guard offset == size else { throw CacheFormatError("the merge changed size") }
        var front = BinaryWriter(capacity: 8)
        front.fixed64(hash.value)
        try front.bytes.withUnsafeBytes { try sink(0, $0) }
    }

    /// The bytes a chunk is measured by, and a large chunk written by.
    static let piece = 64 << 10
    /// The largest chunk encoded whole (on all cores with others); larger ones are written as they are encoded.
    static let heldChunk = 1 << 20

    private static func encode(chunk c: Int, of events: [Event], documents: [Document], index: [String: Int], capacity: Int,
                               piece: Int = .max, take: ([UInt8]) -> Void = { _ in }) -> [UInt8]? {
        let range = (c * EventCoding.chunkSize)..<min(events.count, (c + 1) * EventCoding.chunkSize)
        return EventCoding.encodeChunk(events[range], documents: documents, index: index, capacity: capacity, piece: piece, take: take)
    }

    /// The bytes of `n` as a varint (`BinaryWriter.uint`).
    static func varintSize(_ n: Int) -> Int {
        var v = UInt64(n), k = 1
        while v >= 0x80 { v >>= 7; k += 1 }
        return k
    }
}
