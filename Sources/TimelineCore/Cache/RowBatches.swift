import Foundation
import GRDB

/// The rows a cached load makes, written as they are made, a batch to a transaction, instead of held until the load
/// ends: every document row, text and mention record of a first open held at once was three times the memory of the
/// load itself.
///
/// Safe to stop at any point: each row is whole in its transaction and is checked on its own when read (a file's size,
/// time, content and sidecar hashes; mentions by the document's id and date; the merge by its key and hash), so a load
/// that stops between batches leaves rows that are each valid, and the next open computes what is missing. Written from
/// any thread: a worker that fills a batch writes it (one transaction at a time) while the others go on.
final class RowBatches: @unchecked Sendable {
    /// A file's row: what `CacheSession` stored for a document it loaded.
    struct FileRow {
        var key: String
        var size: Int64
        var mtime: Int64
        var hash: UInt64
        var sidecar: UInt64
        var document: [UInt8]
        var text: [UInt8]?
    }

    private enum Row {
        case file(FileRow)
        /// A document's mentions, set on its row (written earlier, or cached before).
        case analysis(key: String, record: [UInt8])

        var bytes: Int {
            switch self {
            case .file(let f): f.document.capacity + (f.text?.capacity ?? 0)
            case .analysis(_, let record): record.capacity
            }
        }
    }

    private let cache: CorpusCache
    /// Rows are written once their bytes reach this.
    let batchBytes: Int
    private let lock = NSLock()
    /// One transaction at a time (the cache's connection and its failure handling are not shared between threads).
    private let writing = NSLock()
    private var pending: [Row] = []
    private var pendingBytes = 0
    /// Rows added so far.
    private(set) var added = 0

    init(cache: CorpusCache, batchBytes: Int = 4 << 20) {
        self.cache = cache
        self.batchBytes = batchBytes
    }

    func add(_ row: FileRow) { add(.file(row)) }

    func addAnalysis(key: String, record: [UInt8]) { add(.analysis(key: key, record: record)) }

    private func add(_ row: Row) {
        lock.lock()
        pending.append(row)
        added += 1
        pendingBytes += row.bytes
        guard pendingBytes >= batchBytes else { return lock.unlock() }
        let batch = pending
        pending = []
        pendingBytes = 0
        lock.unlock()
        write(batch)
    }

    /// Writes what is pending: before anything reads or updates the rows added.
    func flush() {
        lock.lock()
        let batch = pending
        pending = []
        pendingBytes = 0
        lock.unlock()
        if !batch.isEmpty { write(batch) }
    }

    private func write(_ batch: [Row]) {
        writing.lock()
        defer { writing.unlock() }
        let now = FileStat.now
        _ = cache.guarded("writing the cache") { q in
            try q.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let insert = try db.cachedStatement(sql: """
                        INSERT OR REPLACE INTO file (path, size, mtime, hash, sidecar, written, document, analysis, text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
                        """)
                    let update = try db.cachedStatement(sql: "UPDATE file SET analysis = ? WHERE path = ?")
                    for row in batch {
                        switch row {
                        case .file(let f):
                            try insert.execute(arguments: [f.key, f.size, f.mtime, Int64(bitPattern: f.hash), Int64(bitPattern: f.sidecar),
                                                           now, Data(f.document), f.text.map { Data($0) }])
                        case .analysis(let key, let record):
                            try update.execute(arguments: [Data(record), key])
                        }
                    }
                    return .commit
                }
            }
        }
    }
}
