import Foundation

/// The stored merge: the chronology's events, each with its mentions as references into the corpus's documents.
///
/// Layout: the XXH64 of everything after it (8 bytes), the event count, the chunk count, then chunks of up to
/// `chunkSize` events (a byte count, then the chunk), so that reading decodes chunks in parallel. In a chunk (strings
/// interned per chunk) each event is its fields, its mentions' document indices (into the corpus's documents, in
/// corpus order: the merge key fixes that order) and whether each mention is undated, then its mentions' record:
/// a byte count and the bytes, with strings interned per event. A mention's document id and, when it is the
/// document's text at its range (always, for what the merge makes), its sentence are not stored but taken from
/// the document. Reading decodes the events and leaves each event's mentions to decode on first use
/// (`MentionStore`): a table of events never reads them, and the whole merge is checked by its hash first, so a
/// damaged record is a miss (the merge runs again), never an event with mentions missing.
enum EventCoding {
    static let chunkSize = 2048

    /// The whole record in one buffer (tests, small merges); nil when a mention names a document that is not among
    /// `documents`. The cache writes it a piece at a time instead (`StreamedMerge`).
    static func encode(_ events: [Event], documents: [Document]) -> Data? {
        guard let merge = StreamedMerge(events, documents: documents) else { return nil }
        var data = Data(count: merge.size)
        let written = data.withUnsafeMutableBytes { out in
            (try? merge.write { offset, bytes in
                UnsafeMutableRawBufferPointer(rebasing: out[offset..<(offset + bytes.count)]).copyMemory(from: bytes)
            }) != nil
        }
        return written ? data : nil
    }

    /// One chunk of events, encoded; nil when a mention names a document that is not in `index`. `capacity`: the bytes
    /// to make room for (its size, when known). Every time the bytes reach `piece` they are handed to `take` and dropped
    /// (what is returned is then the rest): a chunk of events with many mentions is several MB.
    static func encodeChunk(_ chunk: ArraySlice<Event>, documents: [Document], index: [String: Int], capacity: Int? = nil,
                            piece: Int = .max, take: ([UInt8]) -> Void = { _ in }) -> [UInt8]? {
        var w = BinaryWriter(capacity: capacity ?? 512 * chunk.count)
        w.internStrings()
        w.uint(UInt64(chunk.count))
        for e in chunk {
            w.string(e.id); w.string(e.summary); w.string(e.modality.rawValue); w.value(e.date)
            w.array(e.places) { $0.value($1) }
            w.array(e.actors) { $0.string($1) }
            w.bool(e.conflict)
            w.array(e.outcomes) { $0.string($1) }
            w.array(e.plans) { $0.string($1) }
            let mentions = e.mentions
            var docs: [Int] = []
            docs.reserveCapacity(mentions.count)
            for m in mentions {
                guard let d = index[m.document] else { return nil }
                docs.append(d)
            }
            w.array(docs) { $0.uint(UInt64($1)) }
            w.array(mentions) { $0.bool($1.date.interval == nil) }
            var mw = BinaryWriter(capacity: 256 * mentions.count)
            mw.internStrings()
            for (k, m) in mentions.enumerated() {
                mw.value(m.range)
                let fromDocument = documents[docs[k]].text[m.range] == m.text
                mw.bool(fromDocument)
                if !fromDocument { mw.string(m.text) }
                m.encodeReport(to: &mw)
            }
            w.uint(UInt64(mw.bytes.count))
            w.append(mw.bytes)
            if w.bytes.count >= piece {
                take(w.bytes)
                w.removeBytes()
            }
        }
        return w.bytes
    }

    /// True when the record's hash matches what follows it.
    static func isIntact(_ data: Data) -> Bool {
        data.withUnsafeBytes { buf in
            buf.count >= 8 && ContentHash.hash(UnsafeRawBufferPointer(rebasing: buf[8...])) == UInt64(littleEndian: buf.loadUnaligned(as: UInt64.self))
        }
    }

    /// The events stored in `data` for these documents, or nil when the record is damaged or does not fit them.
    /// `intact`: the hash was checked already (`isIntact`).
    static func decode(_ data: Data, documents: [Document], intact: Bool = false) -> [Event]? {
        guard intact || isIntact(data) else { return nil }
        let ids = MentionStore.DocumentIDs(documents.map(\.id))
        let texts = DocumentTexts(documents)
        return data.withUnsafeBytes { buf -> [Event]? in
            guard buf.count >= 8 else { return nil }
            var r = BinaryReader(buf)
            r.skip(8)
            var spans: [Range<Int>] = []
            guard let total = try? r.count(), let n = try? r.count() else { return nil }
            for _ in 0..<n {
                guard let length = try? r.count() else { return nil }
                spans.append(r.offset..<(r.offset + length))
                r.skip(length)
            }
            guard r.isAtEnd, n == (total + chunkSize - 1) / chunkSize else { return nil }
            let shared = SharedBytes(buffer: buf), ranges = spans
            // One lock for every event's stored mentions (held only to read or set a result): one each was two
            // allocations per event.
            let lock = NSLock()
            // Each chunk decoded straight into its place in the result: joining arrays of chunks copied every event
            // (a retain of each of its boxes, on one core).
            let decoded = Slots<Bool>(count: n)
            let events = [Event](unsafeUninitializedCapacity: total) { buffer, initialized in
                let out = SharedEvents(base: buffer.baseAddress)
                ThreadPriority.concurrentPerform(iterations: n) { k in
                    var cr = BinaryReader(UnsafeRawBufferPointer(rebasing: shared.buffer[ranges[k]]))
                    cr.internStrings()
                    let expected = min(chunkSize, total - k * chunkSize)
                    guard let base = out.base else { return }
                    decoded[k] = (try? decodeChunk(&cr, into: base + k * chunkSize, expected: expected, base: ranges[k].lowerBound,
                                                   data: data, ids: ids, texts: texts, lock: lock)) != nil
                }
                if (0..<n).allSatisfy({ decoded[$0] == true }) {
                    initialized = total
                } else if let base = out.base {
                    for k in 0..<n where decoded[k] == true {
                        (base + k * chunkSize).deinitialize(count: min(chunkSize, total - k * chunkSize))
                    }
                }
            }
            return events.count == total ? events : nil
        }
    }

    /// Decodes a chunk of `expected` events into `out`, uninitialized memory with room for them; when it throws, it
    /// leaves none initialized.
    private static func decodeChunk(_ r: inout BinaryReader, into out: UnsafeMutablePointer<Event>, expected: Int, base: Int,
                                    data: Data, ids: MentionStore.DocumentIDs, texts: DocumentTexts, lock: NSLock) throws {
        guard try r.count() == expected else { throw CacheFormatError("chunk size") }
        var written = 0
        do {
            try decodeEvents(&r, into: out, written: &written, expected: expected, base: base, data: data, ids: ids,
                             texts: texts, lock: lock)
            guard r.isAtEnd else { throw CacheFormatError("chunk length") }
        } catch {
            out.deinitialize(count: written)
            throw error
        }
    }

    private static func decodeEvents(_ r: inout BinaryReader, into out: UnsafeMutablePointer<Event>, written: inout Int,
                                     expected: Int, base: Int, data: Data, ids: MentionStore.DocumentIDs,
                                     texts: DocumentTexts, lock: NSLock) throws {
        for _ in 0..<expected {
            let id = try r.string(), summary = try r.string(), modality = try r.raw(Modality.self)
            let date: EventDate = try r.value()
            let places = try r.array { try $0.value(Place.self) }
            let actors = try r.array { try $0.string() }
            let conflict = try r.bool()
            let outcomes = try r.array { try $0.string() }
            let plans = try r.array { try $0.string() }
            var docs = try r.array { r -> Int32 in
                let d = try r.uint()
                guard d < UInt64(min(ids.ids.count, Int(MentionStore.undatedBit))) else { throw CacheFormatError("document index") }
                return Int32(d)
            }
            // Each undated mention's document index marked in place (`MentionStore.undatedBit`): one array, not two.
            guard try r.count() == docs.count else { throw CacheFormatError("mention count") }
            for k in docs.indices {
                if try r.bool() { docs[k] |= MentionStore.undatedBit }
            }
            let marked = docs
            let length = try r.count()
            let start = base + r.offset
            r.skip(length)
            let span = start..<(start + length)
            let store = MentionStore(markedIndices: marked, documentIDs: ids, lock: lock) {
                data.withUnsafeBytes { buf in
                    var mr = BinaryReader(UnsafeRawBufferPointer(rebasing: buf[span]))
                    mr.internStrings()
                    guard let mentions = try? marked.map({ d -> Mention in
                        let d = d & ~MentionStore.undatedBit
                        let range: TextRange = try mr.value()
                        let source = texts.sources[Int(d)]
                        if try mr.bool() {
                            if source.text != nil { return try Mention(reportFrom: &mr, source: source, range: range, text: nil) }
                            return try Mention(reportFrom: &mr, document: ids.ids[Int(d)], range: range, text: texts.texts[Int(d)][range])
                        }
                        return try Mention(reportFrom: &mr, document: ids.ids[Int(d)], range: range, text: try mr.string())
                    }), mr.isAtEnd else { return nil }
                    return mentions
                }
            }
            var event = Event(id: id, summary: summary, modality: modality, date: date, places: places, actors: actors,
                              conflict: conflict, store: store)
            // Set only when there are some: setting them makes the box of marks few events have.
            if !outcomes.isEmpty { event.outcomes = outcomes }
            if !plans.isEmpty { event.plans = plans }
            (out + written).initialize(to: event)
            written += 1
        }
    }
}

/// The result's memory, written by the decoding chunks each in its own part.
private struct SharedEvents: @unchecked Sendable {
    let base: UnsafeMutablePointer<Event>?
}

/// The documents' texts, shared by the stored mentions that take their sentences from them: one box per document,
/// with the text the mentions read their sentences from when it is compact (the layout the corpus keeps), else
/// without (they are then given strings of their own).
final class DocumentTexts: @unchecked Sendable {
    let texts: [ScalarText]
    let sources: [MentionDocument]
    init(_ documents: [Document]) {
        texts = documents.map(\.text)
        sources = documents.map { MentionDocument(id: $0.id, text: $0.text.isCompact ? $0.text : nil) }
    }
}

extension BinaryWriter {
    /// Eight bytes, little-endian.
    mutating func fixed64(_ v: UInt64) {
        for k in 0..<8 { byte(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) }
    }
}
