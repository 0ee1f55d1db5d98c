import Foundation
import GRDB

extension TimelinePipeline {
    /// Reads the files and folders like `load(paths:)`, taking every unchanged file's document and
    /// mentions from `cache` and storing what it had to compute. Without a cache (nil or disabled) it is
    /// `load(paths:)`. The result is the same as without the cache; `cache.statistics` says what was
    /// reused. Throws only for a missing path; cache problems become `cache.warnings`.
    public func load(paths: [String], cache: CorpusCache?) throws -> Chronology {
        guard let cache, cache.isEnabled else { return try load(paths: paths) }
        return try load(paths: paths, cache: cache, tracker: nil)
    }

    /// The cached load, reporting to `tracker` when there is one.
    func load(paths: [String], cache: CorpusCache, tracker: LoadTracker?) throws -> Chronology {
        FreePages.mapLargeBlocks()
        let session = CacheSession(cache: cache, loader: CorpusLoader(today: today), paths: paths)
        session.tracker = tracker
        session.startReadingRoots()
        defer {
            cache.statistics = session.statistics
            cache.timings = session.timings
        }
        let corpus = try session.loader.load(paths: paths, fileLoader: session.loadFiles, sidecarReader: session.readSidecar)
        session.lap("corpus")
        let key = session.mergeKey(for: corpus.documents)
        if let key, let events = session.storedEvents(key, documents: corpus.documents) {
            session.lap("stored merge")
            session.save(events: nil, mergeKey: key)
            session.lap("save")
            return Chronology(documents: corpus.documents, events: events,
                              diagnostics: corpus.diagnostics + Self.undatedWarnings(corpus.documents, events))
        }
        session.forgetEarlyMerge()
        tracker?.analysing(corpus.documents) { self.build(corpus: $0, prepared: $1) }
        let prepared = session.mentions(for: corpus.documents, pipeline: self)
        session.lap("mentions")
        tracker?.enter(.merging, total: corpus.documents.count)
        let chronology = merged(corpus: corpus, prepared: prepared)
        session.lap("merge")
        session.save(events: chronology.events, documents: chronology.documents, mergeKey: key)
        session.lap("save")
        return chronology
    }
}

/// One cached load: looks every file up, loads the misses, writes their rows as it makes them (`RowBatches`) and what
/// is left, the merge among it, in one last transaction.
final class CacheSession: @unchecked Sendable {
    let cache: CorpusCache
    let loader: CorpusLoader
    /// Absolute prefixes ("…/dir/") of the folders read: entries under them whose files are gone are dropped.
    let roots: [String]
    private(set) var statistics = CacheStatistics()
    private(set) var timings: [(phase: String, seconds: Double)] = []
    /// Told of each file read and document analysed, when the load is observed.
    var tracker: LoadTracker?
    private var lapStart = ContinuousClock.now

    /// Records the time since the previous lap under `phase`.
    func lap(_ phase: String) {
        let now = ContinuousClock.now
        let d = (now - lapStart).components
        timings.append((phase, Double(d.seconds) + Double(d.attoseconds) / 1e18))
        lapStart = now
    }

    /// A stored row.
    struct Stored {
        var size: Int64
        var mtime: Int64
        var hash: UInt64
        var sidecar: UInt64
        var written: Int64
        var document: Data
    }

    /// What happened to one requested file.
    struct Entry {
        var key: String
        var stat: FileStat?
        var hash: UInt64 = 0
        var sidecar: UInt64 = 0
        var hit = false
        /// A hit whose content had to be hashed: its stored size and time are refreshed.
        var touch = false
        var stored: Stored?
        /// For a miss: its row was made and handed to `rows` (written with its batch).
        var rowMade = false
    }

    /// The rows under the folders read, read on another thread while the folders are walked (nil: not started).
    private var rootRows: RootRows?

    /// Starts reading the rows under the folders read, on another thread and its own connection, so that the reading
    /// overlaps the walk and the sidecars (which use the cache's connection meanwhile).
    func startReadingRoots() {
        guard !roots.isEmpty, let queue = cache.queue else { return }
        rootRows = RootRows(path: cache.path, roots: roots, opened: queue)
    }

    /// Requests' entries by the path as given (unique within a load).
    private var entries: [String: Entry] = [:]
    private var removedKeys: [String] = []
    /// The rows made (documents, texts, mentions), written a batch at a time as they are made.
    let rows: RowBatches

    /// Size and time can vouch for content only for files modified this long before they were cached.
    static let racyWindow: Int64 = 2_000_000_000

    /// Where the texts of re-opened documents are read from when first used.
    let texts: StoredTexts

    init(cache: CorpusCache, loader: CorpusLoader, paths: [String]) {
        self.cache = cache
        self.loader = loader
        texts = StoredTexts(path: cache.path)
        rows = RowBatches(cache: cache)
        var roots: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let abs = Self.absolute(p)
                roots.append(abs.hasSuffix("/") ? abs : abs + "/")
            }
        }
        self.roots = roots
    }

    static let workingDirectory = FileManager.default.currentDirectoryPath

    /// The cache key of a path: absolute, as spelled (no symbolic links resolved).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + path
    }

    // MARK: Loading

    func loadFiles(_ requests: [CorpusLoader.FileRequest]) -> [CorpusLoader.FileResult] {
        lap("walk and sidecars")
        let keys = requests.map { Self.absolute($0.path) }
        let stored = fetch(keys: keys)
        lap("fetch rows")
        defer { lap("files") }
        let n = requests.count
        let slots = Slots<(Entry, CorpusLoader.FileResult)>(count: n)
        let tracker = self.tracker
        tracker?.enter(.reading, total: n)
        // Each file's size and time looked up by its name in its folder, open once.
        let folders = FileStat.Folders()
        let located = folders.locate(requests.map(\.path))
        withExtendedLifetime(folders) {   // its descriptors stay open until every file is looked up
            ThreadPriority.concurrentPerform(iterations: n) { i in
                slots[i] = self.load(requests[i], key: keys[i], stored: stored[keys[i]], located: located[i])
                tracker?.tick()
            }
        }
        var results: [CorpusLoader.FileResult] = []
        results.reserveCapacity(n)
        entries.reserveCapacity(entries.count + n)
        for i in 0..<n {
            let (entry, result) = slots.take(i)!   // moved out, not copied (a copy retained every part of a document)
            entries[requests[i].path] = entry
            if entry.hit { statistics.hits += 1 } else { statistics.misses += 1 }
            results.append(result)
        }
        rows.flush()   // before the mentions are set on them
        return results
    }

    /// The stored rows for these keys and under the folders read; rows under those folders whose keys
    /// are not requested are marked for removal.
    private func fetch(keys: [String]) -> [String: Stored] {
        let wanted = Set(keys)
        // The rows read on the other thread, unless that failed or the cache was rebuilt since (then as before).
        let early = rootRows?.rows(ifStill: cache.queue)
        let rows: [String: Stored]? = cache.guarded("reading the cache") { q in
            if var out = early {
                let rest = keys.filter { key in !roots.contains(where: { key.hasPrefix($0) }) }
                if rest.isEmpty { return out }
                try q.read { db in
                    let statement = try db.cachedStatement(sql: "SELECT path, \(Self.fileColumns) FROM file WHERE path = ?")
                    for key in rest {
                        if let row = try Row.fetchOne(statement, arguments: [key]) { out[key] = Self.stored(row) }
                    }
                }
                return out
            }
            return try q.read { db in
                var out: [String: Stored] = [:]
                try visitRows(db, keys: keys, columns: Self.fileColumns) { key, row in out[key] = Self.stored(row) }
                return out
            }
        }
        guard let rows else { return [:] }
        removedKeys = rows.keys.filter { !wanted.contains($0) }.sorted()
        return rows
    }

    static let fileColumns = "size, mtime, hash, sidecar, written, document"

    /// A row of `fileColumns` after its path.
    static func stored(_ row: Row) -> Stored {
        Stored(size: row[1], mtime: row[2], hash: UInt64(bitPattern: row[3]), sidecar: UInt64(bitPattern: row[4]),
               written: row[5], document: row[6])
    }

    /// Visits the rows of `keys` and of every path under the folders read (path first, then `columns`).
    private func visitRows(_ db: Database, keys: [String], columns: String, _ visit: (String, Row) throws -> Void) throws {
        var seen = Set<String>()
        func collect(_ cursor: RowCursor) throws {
            while let row = try cursor.next() {
                let key: String = row[0]
                seen.insert(key)
                try visit(key, row)
            }
        }
        for root in roots {
            // Every path that starts with "root/": from "root/" up to "root0" ("0" follows "/").
            let upper = String(root.dropLast()) + "0"
            try collect(Row.fetchCursor(db, sql: "SELECT path, \(columns) FROM file WHERE path >= ? AND path < ?", arguments: [root, upper]))
        }
        let statement = try db.cachedStatement(sql: "SELECT path, \(columns) FROM file WHERE path = ?")
        for key in keys where !seen.contains(key) && !roots.contains(where: { key.hasPrefix($0) }) {
            try collect(Row.fetchCursor(statement, arguments: [key]))
        }
    }

    private func load(_ request: CorpusLoader.FileRequest, key: String, stored: Stored?,
                      located: (folder: Int32, name: String)) -> (Entry, CorpusLoader.FileResult) {
        var entry = Entry(key: key, stat: FileStat(request.path, folder: located.folder, name: located.name), stored: stored)
        if let side = request.sidecar {
            var w = BinaryWriter()
            w.value(side)
            entry.sidecar = w.bytes.withUnsafeBytes { ContentHash.hash($0) } | 1  // never 0, which means "no sidecar"
        }
        if let stored, let st = entry.stat, st.size == stored.size, entry.sidecar == stored.sidecar,
           st.mtime == stored.mtime, st.mtime < stored.written - Self.racyWindow,
           let result = decode(stored.document, for: request, key: key, contentHash: stored.hash) {
            entry.hit = true
            entry.hash = stored.hash
            return (entry, result)
        }
        // Pipes, devices and oversized files are never read (the loader reports them below).
        let readable = entry.stat != nil && FileProblem.check(request.path, maxBytes: loader.maxFileBytes) == nil
        let data = readable ? try? Data(contentsOf: URL(fileURLWithPath: request.path)) : nil
        if let data {
            entry.hash = data.withUnsafeBytes { ContentHash.hash($0) }
            if let stored, Int64(data.count) == stored.size, entry.hash == stored.hash, entry.sidecar == stored.sidecar,
               let result = decode(stored.document, for: request, key: key, contentHash: entry.hash) {
                entry.hit = true
                entry.touch = true
                return (entry, result)
            }
        }
        var diags: [Diagnostic] = []
        let pending = data.map { loader.loadFile(request.path, sidecar: request.sidecar, &diags, contents: $0) }
            ?? loader.loadFile(request.path, sidecar: request.sidecar, &diags)
        let result = CorpusLoader.FileResult(pending: pending, diagnostics: diags)
        if let data, let st = entry.stat, Int64(data.count) == st.size {
            let (document, text) = encode(result, path: request.path)
            rows.add(.init(key: key, size: st.size, mtime: st.mtime, hash: entry.hash, sidecar: entry.sidecar, document: document, text: text))
            entry.rowMade = true
        }
        return (entry, result)
    }

    // MARK: Sidecars

    /// Parsed sidecars to write: key, content hash, encoded entries.
    private var sidecars: [(key: String, hash: UInt64, parsed: [UInt8])] = []

    /// The folder's sidecar entries and diagnostics, from the cache while its content is unchanged.
    func readSidecar(_ dir: String, _ diags: inout [Diagnostic]) -> [String: Metadata] {
        let path = (dir.isEmpty ? "" : dir + "/") + "sources.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { return loader.readSidecar(dir, &diags) }
        let key = Self.absolute(path)
        let hash = data.withUnsafeBytes { ContentHash.hash($0) }
        let stored: Data?? = cache.guarded("reading the cache") { q in
            try q.read { db in
                try Data.fetchOne(db, sql: "SELECT parsed FROM sidecar WHERE path = ? AND hash = ?", arguments: [key, Int64(bitPattern: hash)])
            }
        }
        if let blob = stored ?? nil, let (entries, was, found) = Self.decodeSidecar(blob) {
            diags += found.map { d in var d = d; if d.file == was { d.file = path }; return d }
            return entries
        }
        var found: [Diagnostic] = []
        let entries = loader.readSidecar(dir, &found)
        diags += found
        var w = BinaryWriter(capacity: 64 * entries.count)
        w.string(path)
        w.array(found) { $0.value($1) }
        w.array(entries.sorted { $0.key < $1.key }) { w, e in w.string(e.key); w.value(e.value) }
        sidecars.append((key, hash, w.bytes))
        return entries
    }

    static func decodeSidecar(_ data: Data) -> ([String: Metadata], String, [Diagnostic])? {
        data.withUnsafeBytes { buf in
            var r = BinaryReader(buf)
            guard let was = try? r.string(), let diags = try? r.array({ try $0.value(Diagnostic.self) }),
                  let pairs = try? r.array({ r in (try r.string(), try r.value(Metadata.self)) }), r.isAtEnd else { return nil }
            return (Dictionary(pairs, uniquingKeysWith: { a, _ in a }), was, diags)
        }
    }

    // MARK: Rows

    /// A document row: the path it was loaded as, its diagnostics, then, if usable, the hash of its text, the document
    /// without its text (its length only) and its evidence; and the text, in the compact layout, for a column of its
    /// own, so that a re-open reads it only when something uses it (`StoredTexts`).
    private func encode(_ result: CorpusLoader.FileResult, path: String) -> (document: [UInt8], text: [UInt8]?) {
        var w = BinaryWriter(capacity: 4096)
        var text: [UInt8]?
        w.string(path)
        w.array(result.diagnostics) { $0.value($1) }
        w.optional(result.pending) { w, p in
            if let parts = p.doc.text.compacted().compactParts {
                var t = BinaryWriter(capacity: parts.bytes.count + 8 * parts.wideOffsets.count + 16)
                t.compactText(parts)
                w.fixed64(t.bytes.withUnsafeBytes { ContentHash.hash($0) })
                p.doc.encode(to: &w, text: false)
                text = t.bytes
            } else {
                w.fixed64(0)
                p.doc.encode(to: &w, text: true)
            }
            w.value(p.evidence)
        }
        return (w.bytes, text)
    }

    /// The stored result, moved to the path it is requested as now; nil when the row cannot be read. Its document's
    /// text is read when first used: from the row's text column while it has the hash stored with the document, else
    /// from the file while its content has the hash `contentHash` (`StoredTexts`).
    private func decode(_ data: Data, for request: CorpusLoader.FileRequest, key: String, contentHash: UInt64) -> CorpusLoader.FileResult? {
        let path = request.path
        return data.withUnsafeBytes { buf -> CorpusLoader.FileResult? in
            var r = BinaryReader(buf)
            do {
                let was = try r.string()
                var diags = try r.array { try $0.value(Diagnostic.self) }
                var pending = try r.optional { r -> CorpusLoader.Pending in
                    let textHash = try r.fixed64()
                    let doc = try Document(from: &r) { count in
                        self.texts.text(key: key, hash: textHash, count: count, file: request, contentHash: contentHash, loader: self.loader)
                    }
                    return CorpusLoader.Pending(doc: doc, evidence: try r.value())
                }
                guard r.isAtEnd else { return nil }
                if was != path {
                    for k in diags.indices where diags[k].file == was { diags[k].file = path }
                    pending?.doc.path = path
                }
                return CorpusLoader.FileResult(pending: pending, diagnostics: diags)
            } catch {
                return nil
            }
        }
    }

    /// Mentions stored for a document, when they were extracted for the same id and publication date.
    private func storedMentions(_ data: Data, for doc: Document) -> [ExtractedMention]? {
        data.withUnsafeBytes { buf -> [ExtractedMention]? in
            var r = BinaryReader(buf)
            do {
                guard try r.string() == doc.id, try r.optional({ try $0.value(Day.self) }) == doc.published,
                      try r.value(PublicationBasis.self) == doc.publishedBasis else { return nil }
                let mentions = try r.array { try $0.value(ExtractedMention.self) }
                return r.isAtEnd ? mentions : nil
            } catch {
                return nil
            }
        }
    }

    private func encodeMentions(_ mentions: [ExtractedMention], for doc: Document) -> [UInt8] {
        var w = BinaryWriter(capacity: 64 + 256 * mentions.count)
        w.string(doc.id)
        w.optional(doc.published) { $0.value($1) }
        w.value(doc.publishedBasis)
        w.array(mentions) { $0.value($1) }
        return w.bytes
    }

    // MARK: Mentions

    /// Each document's mentions: stored ones where still valid, extracted (and written with the next batch of rows)
    /// otherwise; each document's made ready for the merge as soon as it has them (`TimelinePipeline.Prepared`).
    func mentions(for documents: [Document], pipeline: TimelinePipeline) -> [TimelinePipeline.Prepared] {
        let n = documents.count
        let reanalysed = Slots<Bool>(count: n)
        let entries = self.entries
        let tracker = self.tracker
        let hitKeys = entries.values.filter(\.hit).map(\.key)
        let values = CorpusValues()
        let stored: [String: Data] = hitKeys.isEmpty ? [:] : cache.guarded("reading the cache") { q in
            try q.read { db in
                var out: [String: Data] = [:]
                try visitRows(db, keys: hitKeys, columns: "analysis") { key, row in
                    if let data: Data = row[1] { out[key] = data }
                }
                return out
            }
        } ?? [:]
        let out = ConcurrentSlots<TimelinePipeline.Prepared>.map(n) { i in
            let doc = documents[i]
            let entry = entries[doc.path]
            if let entry, entry.hit, let data = stored[entry.key], let mentions = self.storedMentions(data, for: doc) {
                let prepared = pipeline.prepared(mentions, of: doc, values: values)
                tracker?.analysed(i, prepared)
                return prepared
            }
            let mentions = pipeline.mentions(in: doc)
            if let entry, entry.stat != nil {
                self.rows.addAnalysis(key: entry.key, record: self.encodeMentions(mentions, for: doc))
                reanalysed[i] = entry.hit
            }
            let prepared = pipeline.prepared(mentions, of: doc, values: values)
            tracker?.analysed(i, prepared)
            return prepared
        }
        rows.flush()
        statistics.reanalysed += (0..<n).filter { reanalysed[$0] == true }.count
        return out
    }

    // MARK: Writing

    /// Writes what is left once the load is done in one immediate transaction: refreshed times, removals, sidecars and
    /// the merge, streamed into its row a few chunks at a time (`StreamedMerge`). The rows of documents and mentions
    /// were written as they were made (`rows`). `events`: a merge to store under `mergeKey`; nil with a key: a stored
    /// merge that was reused.
    func save(events: [Event]?, documents: [Document] = [], mergeKey: UInt64?) {
        rows.flush()
        let touches = entries.values.filter { $0.touch }
        let merge = mergeKey == nil ? nil : events.flatMap { StreamedMerge($0, documents: documents) }
        guard rows.added > 0 || !touches.isEmpty || !removedKeys.isEmpty || merge != nil || !sidecars.isEmpty else { return }
        let now = FileStat.now
        let removed: Int? = cache.guarded("writing the cache") { q in
            try q.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let touch = try db.makeStatement(sql: "UPDATE file SET size = ?, mtime = ?, written = ? WHERE path = ?")
                    for e in touches {
                        guard let st = e.stat else { continue }
                        try touch.execute(arguments: [st.size, st.mtime, now, e.key])
                    }
                    let delete = try db.makeStatement(sql: "DELETE FROM file WHERE path = ?")
                    var removed = 0
                    for key in removedKeys {
                        try delete.execute(arguments: [key])
                        removed += db.changesCount
                    }
                    statisticsRemoved = removed
                    for side in sidecars {
                        try db.execute(sql: "INSERT OR REPLACE INTO sidecar (path, hash, parsed) VALUES (?, ?, ?)",
                                       arguments: [side.key, Int64(bitPattern: side.hash), Data(side.parsed)])
                    }
                    if let mergeKey {
                        let key = Int64(bitPattern: mergeKey)
                        if let merge {
                            // Room for the record, then the record written into it in pieces (never bound whole).
                            try db.execute(sql: "INSERT OR REPLACE INTO chronology (key, used, events) VALUES (?, ?, zeroblob(?))",
                                           arguments: [key, now, merge.size])
                            try db.writeBlob(table: "chronology", column: "events", rowID: key) { write in try merge.write(write) }
                            // Keep the few merges most recently used (several corpora, or a corpus and its subsets).
                            try db.execute(sql: "DELETE FROM chronology WHERE key NOT IN (SELECT key FROM chronology ORDER BY used DESC LIMIT ?)",
                                           arguments: [Self.keptMerges])
                        } else {
                            try db.execute(sql: "UPDATE chronology SET used = ? WHERE key = ?", arguments: [now, key])
                        }
                    }
                    return .commit
                }
            }
            return statisticsRemoved
        }
        statistics.removed = removed ?? 0
    }

    private var statisticsRemoved = 0

    // MARK: The merge

    static let keptMerges = 4

    /// The identity of everything the merge reads: each document's path, content and sidecar hashes, id,
    /// publication date and basis, in corpus order (each document's hashed on all cores, then the list of them).
    /// Nil when a document was not keyed (unreadable file).
    func mergeKey(for documents: [Document]) -> UInt64? {
        let entries = self.entries
        let digests = chunkedMap(documents.count, chunk: 512) { i -> UInt64? in
            let doc = documents[i]
            guard let e = entries[doc.path], e.stat != nil, e.hit || e.rowMade else { return nil }
            var w = BinaryWriter(capacity: 2 * e.key.utf8.count + 64)
            w.string(e.key)
            w.uint(e.hash)
            w.uint(e.sidecar)
            w.string(doc.id)
            w.optional(doc.published) { $0.value($1) }
            w.value(doc.publishedBasis)
            return w.bytes.withUnsafeBytes { ContentHash.hash($0) }
        }
        var w = BinaryWriter(capacity: 8 * documents.count + 16)
        w.uint(UInt64(documents.count))
        for digest in digests {
            guard let digest else { return nil }
            w.fixed64(digest)
        }
        return w.bytes.withUnsafeBytes { ContentHash.hash($0) }
    }

    /// Lets go of the rows and merge read early (the merge is large): once the stored merge is looked up, or when
    /// the corpus has none.
    func forgetEarlyMerge() { rootRows = nil }

    /// The stored merge for this key, or nil.
    func storedEvents(_ key: UInt64, documents: [Document]) -> [Event]? {
        let early = rootRows?.merge(Int64(bitPattern: key), ifStill: cache.queue)
        rootRows = nil
        if let early {
            guard early.intact, let events = EventCoding.decode(early.events, documents: documents, intact: true) else { return nil }
            statistics.mergeReused = true
            return events
        }
        let blob: Data?? = cache.guarded("reading the cache") { q in
            try q.read { db in try Data.fetchOne(db, sql: "SELECT events FROM chronology WHERE key = ?", arguments: [Int64(bitPattern: key)]) }
        }
        guard let data = blob ?? nil, let events = EventCoding.decode(data, documents: documents) else { return nil }
        statistics.mergeReused = true
        return events
    }
}

/// The file rows under some folders, read on a thread and a read-only connection of their own. A failure leaves
/// no rows (the load then reads them on the cache's connection, which handles damage); every row is checked against
/// its file as any other. Then the merge most recently used, with its hash checked: when the corpus is the one
/// re-opened last, its merge is read while the documents are decoded and their dates settled.
final class RootRows: @unchecked Sendable {
    struct Merge {
        var key: Int64
        var events: Data
        var intact: Bool
    }
    private var result: [String: CacheSession.Stored]?
    private var latest: Merge?
    private var latestKey: Int64?
    private let keyRead = DispatchSemaphore(value: 0), merged = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    /// The cache's connection when the reading started: after a rebuild the rows are not the cache's any more.
    private let opened: DatabaseQueue

    init(path: String, roots: [String], opened: DatabaseQueue) {
        self.opened = opened
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(10)
            config.label = "tltui cache, folder rows"
            let q = try? DatabaseQueue(path: path, configuration: config)
            result = try? q?.read { db in
                var out: [String: CacheSession.Stored] = [:]
                for root in roots {
                    // Every path that starts with "root/": from "root/" up to "root0" ("0" follows "/").
                    let upper = String(root.dropLast()) + "0"
                    let cursor = try Row.fetchCursor(db, sql: "SELECT path, \(CacheSession.fileColumns) FROM file WHERE path >= ? AND path < ?",
                                                     arguments: [root, upper])
                    while let row = try cursor.next() { out[row[0]] = CacheSession.stored(row) }
                }
                return out
            }
            done.signal()
            latestKey = try? q?.read { db in try Int64.fetchOne(db, sql: "SELECT key FROM chronology ORDER BY used DESC LIMIT 1") }
            keyRead.signal()
            if let key = latestKey {
                latest = try? q?.read { db in
                    try Data.fetchOne(db, sql: "SELECT events FROM chronology WHERE key = ?", arguments: [key]).map { events in
                        Merge(key: key, events: events, intact: EventCoding.isIntact(events))
                    }
                }
            }
            merged.signal()
        }
    }

    /// The rows, once read; nil when the reading failed or `queue` is no longer the connection it started beside.
    func rows(ifStill queue: DatabaseQueue?) -> [String: CacheSession.Stored]? {
        done.wait()
        return queue === opened ? result : nil
    }

    /// The merge stored under `key` when it is the one most recently used, once read (waiting for it); nil as for
    /// `rows`, or for another key (without waiting for the reading). Asked once: it is large.
    func merge(_ key: Int64, ifStill queue: DatabaseQueue?) -> Merge? {
        keyRead.wait()
        guard latestKey == key, queue === opened else { return nil }
        merged.wait()
        defer { latest = nil }
        return latest
    }
}

/// The texts of documents re-opened from the cache, which come without them (`Document` rows keep a text's length; its
/// characters are in the row's `text` column): each read when first used, through a read-only connection of its own
/// opened then, and checked by its hash. When the row is gone or changed meanwhile (another tltui rewrote it), the text
/// is read from the file again while the file's content is the one cached; failing both, the text is spaces
/// (`ScalarText.init(deferredCount:load:)`).
final class StoredTexts: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var queue: DatabaseQueue?
    private var opened = false

    init(path: String) { self.path = path }

    /// A text to be read when first used, of `count` scalars.
    func text(key: String, hash: UInt64, count: Int, file: CorpusLoader.FileRequest, contentHash: UInt64,
              loader: CorpusLoader) -> ScalarText {
        let path = file.path, sidecar = file.sidecar
        return ScalarText(deferredCount: count) { [self] in
            stored(key: key, hash: hash, count: count)
                ?? Self.text(ofFile: path, sidecar: sidecar, contentHash: contentHash, loader: loader)
        }
    }

    /// The text in the row of `key` when it has the hash `hash` and `count` scalars.
    func stored(key: String, hash: UInt64, count: Int) -> ScalarText? {
        guard let queue = connection() else { return nil }
        // One statement, prepared once, outside a transaction: an export reads every document's text this way.
        let blob = try? queue.inDatabase { db in
            try Data.fetchOne(db.cachedStatement(sql: "SELECT text FROM file WHERE path = ?"), arguments: [key])
        }
        guard let data = blob ?? nil else { return nil }
        return data.withUnsafeBytes { buf -> ScalarText? in
            guard ContentHash.hash(buf) == hash else { return nil }
            var r = BinaryReader(buf)
            guard let text = try? r.compactText(), r.isAtEnd, text.count == count else { return nil }
            return text
        }
    }

    private func connection() -> DatabaseQueue? {
        lock.lock()
        defer { lock.unlock() }
        if !opened {
            opened = true
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(10)
            config.label = "tltui cache, texts"
            queue = try? DatabaseQueue(path: path, configuration: config)
        }
        return queue
    }

    /// The text the loader makes of the file, while its content is the one cached (`contentHash`).
    static func text(ofFile path: String, sidecar: Metadata?, contentHash: UInt64, loader: CorpusLoader) -> ScalarText? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
              data.withUnsafeBytes({ ContentHash.hash($0) }) == contentHash else { return nil }
        var diags: [Diagnostic] = []
        return loader.loadFile(path, sidecar: sidecar, &diags, contents: data)?.doc.text
    }
}

/// Read-only bytes shared by concurrent decoders while their owner keeps them alive.
struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
}

/// Fixed slots written from concurrent workers, each index by one worker only.
final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(1, count))
        base.initialize(repeating: nil, count: max(1, count))
    }

    deinit {
        base.deinitialize(count: max(1, count))
        base.deallocate()
    }

    subscript(i: Int) -> T? {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// The value in slot `i`, moved out (the slot is left empty).
    func take(_ i: Int) -> T? { base[i].take() }
}
