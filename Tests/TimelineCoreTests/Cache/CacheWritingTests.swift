import Foundation
import GRDB
import Testing
@testable import TimelineCore

/// How a cached load writes: rows as they are made, the merge in pieces.
@Suite struct CacheWritingTests {
    @Test func aHashOfPiecesIsTheHashOfTheBytesJoined() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for n in [0, 1, 7, 31, 32, 33, 63, 64, 100, 300] {
            let whole = Array(bytes.prefix(n))
            for sizes in [[], [1], [31], [32], [5, 40], [16, 16, 33], [3, 3, 3, 70], [0, 2, 0, 29, 1]] {
                var hash = StreamingHash()
                var at = 0
                for size in sizes + [n] {
                    let end = min(n, at + size)
                    hash.add(Array(whole[at..<end]))
                    at = end
                }
                #expect(hash.value == ContentHash.hash(whole), "\(n) bytes in pieces of \(sizes)")
            }
        }
    }

    @Test func theMergeIsWrittenInPiecesThatCoverItOnceTheHashLast() throws {
        let f = try CacheFixture(articles: 6)
        defer { f.cleanUp() }
        let chronology = try f.uncachedLoad()
        #expect(!chronology.events.isEmpty)
        let merge = try #require(StreamedMerge(chronology.events, documents: chronology.documents))
        for (chunksAtOnce, heldChunk) in [(1, StreamedMerge.heldChunk), (4, StreamedMerge.heldChunk), (2, 0), (1, 100)] {
            var record = [UInt8](repeating: 0, count: merge.size)
            var covered = [Int](repeating: 0, count: merge.size)
            var offsets: [Int] = []
            try merge.write(chunksAtOnce: chunksAtOnce, heldChunk: heldChunk) { offset, bytes in
                for k in 0..<bytes.count {
                    record[offset + k] = bytes[k]
                    covered[offset + k] += 1
                }
                offsets.append(offset)
            }
            #expect(covered.allSatisfy { $0 == 1 })
            #expect(offsets.last == 0)
            #expect(Data(record) == EventCoding.encode(chronology.events, documents: chronology.documents))
            #expect(EventCoding.decode(Data(record), documents: chronology.documents) == chronology.events)
        }
        // A mention of a document the corpus does not have: no record.
        #expect(StreamedMerge(chronology.events, documents: Array(chronology.documents.prefix(1))) == nil)
    }

    @Test func rowsAreWrittenAsABatchFillsAndWhatIsLeftWhenFlushed() throws {
        let f = try CacheFixture(articles: 1)
        defer { f.cleanUp() }
        let cache = CorpusCache(directory: f.cacheDir)
        let queue = try #require(cache.queue)
        func rowCount() throws -> Int { try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM file") ?? -1 } }
        func analysis(_ key: String) throws -> Data? {
            try queue.read { try Data.fetchOne($0, sql: "SELECT analysis FROM file WHERE path = ?", arguments: [key]) }
        }
        let rows = RowBatches(cache: cache, batchBytes: 1000)
        func row(_ key: String) -> RowBatches.FileRow {
            .init(key: key, size: 1, mtime: 2, hash: 3, sidecar: 0, document: [UInt8](repeating: 7, count: 600), text: [1, 2])
        }
        rows.add(row("/c/a.txt"))
        #expect(try rowCount() == 0)
        rows.add(row("/c/b.txt"))
        #expect(try rowCount() == 2)
        rows.addAnalysis(key: "/c/a.txt", record: [9, 9])
        #expect(try analysis("/c/a.txt") == nil)
        rows.flush()
        #expect(try analysis("/c/a.txt") == Data([9, 9]))
        #expect(try analysis("/c/b.txt") == nil)
        #expect(rows.added == 3)
        cache.close()
    }

    @Test func aLoadStoppedAfterItsDocumentsLeavesRowsTheNextOpenUses() throws {
        let f = try CacheFixture(articles: 4)
        defer { f.cleanUp() }
        let plain = try f.uncachedLoad()
        // Files read and their rows written, then the process stops: no mentions, no merge, no last transaction.
        let cache = CorpusCache(directory: f.cacheDir)
        let session = CacheSession(cache: cache, loader: CorpusLoader(today: f.today), paths: [f.corpus])
        _ = try session.loader.load(paths: [f.corpus], fileLoader: session.loadFiles, sidecarReader: session.readSidecar)
        cache.close()
        let (second, c2) = try f.cachedLoad()
        #expect(second == plain)
        #expect(c2.statistics == CacheStatistics(hits: 4, misses: 0, reanalysed: 4))
        #expect(c2.warnings.isEmpty)
        let (third, c3) = try f.cachedLoad()
        #expect(third == plain)
        #expect(c3.statistics == CacheStatistics(hits: 4, misses: 0, mergeReused: true))
    }
}
