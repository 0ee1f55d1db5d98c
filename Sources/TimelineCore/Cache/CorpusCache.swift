import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the last cached load did, file by file.
public struct CacheStatistics: Sendable, Equatable, CustomStringConvertible {
    /// Files whose loaded document came from the cache.
    public var hits = 0
    /// Files read and processed again (new, changed, or not cached).
    public var misses = 0
    /// Cache entries dropped because their file is gone from a folder that was read.
    public var removed = 0
    /// Cached files whose event mentions were extracted again because their publication date or id
    /// came out differently this time (dates settled from the rest of the corpus, or a changed "today").
    public var reanalysed = 0
    /// True when the merged events came from the cache: every document was the same as in a stored merge.
    public var mergeReused = false

    public init(hits: Int = 0, misses: Int = 0, removed: Int = 0, reanalysed: Int = 0, mergeReused: Bool = false) {
        self.hits = hits
        self.misses = misses
        self.removed = removed
        self.reanalysed = reanalysed
        self.mergeReused = mergeReused
    }

    public var description: String {
        "\(hits) hits, \(misses) misses, \(removed) removed, \(reanalysed) reanalysed, merge \(mergeReused ? "reused" : "computed")"
    }
}

/// A persistent cache of processed documents: an SQLite database (through GRDB) holding, per file, the
/// loaded document (text, sentences, metadata, publication evidence, diagnostics) and its extracted
/// event mentions, so re-opening an unchanged corpus skips reading, tagging and extraction.
///
/// A file's entry is keyed by its absolute path and valid while its size, modification time and content
/// hash (`ContentHash`, XXH64) match, together with the sidecar entry that applies to it, the format
/// version and the identity of the running program (any rebuild of tltui starts a fresh cache). The
/// content is hashed whenever size and modification time alone cannot vouch for it: when they differ,
/// or when the file was modified within two seconds of being cached (a write in the same clock tick).
/// Publication dates are settled again on every open, from all documents and today's date, and an
/// entry's mentions are reused only when the date, its basis and the document id come out the same.
///
/// Never fails a command: an unreadable database (not a database, truncated, damaged, or written by an
/// older format) is deleted and rebuilt with one warning; a cache folder that cannot be written turns the
/// cache off with one warning. Several processes may use it at once (WAL journal, busy timeout, short immediate
/// transactions: a load writes its rows in batches as it makes them, then the rest in one last transaction, and
/// every row is checked on its own when read, so a load stopped midway leaves valid rows: `RowBatches`).
public final class CorpusCache: @unchecked Sendable {
    /// The stored layout and encoding. Bump it whenever the schema or any stored model type changes.
    public static let formatVersion = 12

    /// The database file.
    public let path: String
    /// Problems met (each once), for the caller to show on standard error.
    public private(set) var warnings: [String] = []
    /// What the last `TimelinePipeline.load(paths:cache:)` did.
    public internal(set) var statistics = CacheStatistics()
    /// How long the last load's phases took, in seconds, in order (for benchmarks).
    public internal(set) var timings: [(phase: String, seconds: Double)] = []
    /// False when the cache could not be opened; loads then run without it.
    public var isEnabled: Bool { queue != nil }

    var queue: DatabaseQueue?
    let fingerprint: String
    private var rebuilt = false

    /// The default cache folder: `$TLTUI_CACHE_DIR`, else `$XDG_CACHE_HOME/tltui`, else `~/.cache/tltui`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["TLTUI_CACHE_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/tltui" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/tltui"
    }

    /// Opens (creating when needed) the cache in `directory`. Never throws: see `warnings` and `isEnabled`.
    /// `fingerprint` names the program whose results are stored (default: the running executable's size
    /// and modification time); entries written under another fingerprint are discarded.
    public init(directory: String, fingerprint: String = CorpusCache.programFingerprint) {
        path = (directory.hasSuffix("/") ? directory : directory + "/") + "corpus.sqlite"
        self.fingerprint = fingerprint
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            warnings.append("cache disabled: cannot create \(directory) (\(Self.reason(error))); running without it")
            return
        }
        guard access(directory, W_OK) == 0 else {
            warnings.append("cache disabled: \(directory) is not writable; running without it")
            return
        }
        open()
    }

    /// The running program's identity: size and modification time of its executable.
    public static let programFingerprint: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let st = FileStat(exe) else { return "v\(formatVersion)" }
        return "v\(formatVersion) \(st.size) \(st.mtime)"
    }()

    /// Closes the database (later loads run without the cache). Closing also happens on release.
    public func close() { queue = nil }

    // MARK: Opening and recovery

    private func open() {
        do {
            queue = try Self.retryingWhileBusy { try openChecked() }
        } catch let problem as Unreadable {
            rebuild(because: problem.reason)
        } catch let error as DatabaseError where Self.isCorruption(error) {
            rebuild(because: Self.reason(error))
        } catch let newer as NewerFormat {
            queue = nil
            warnings.append("cache disabled: \(path) was written by a newer tltui (format \(newer.version), this one reads \(Self.formatVersion)); running without it")
        } catch {
            queue = nil
            warnings.append("cache disabled: cannot open \(path) (\(Self.reason(error))); running without it")
        }
    }

    /// A database that exists but cannot be used as this version's cache.
    struct Unreadable: Error { var reason: String }
    /// A database written by a newer format than this program reads: left alone.
    struct NewerFormat: Error { var version: Int }

    private func openChecked() throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.label = "tltui cache"
        let q = try DatabaseQueue(path: path, configuration: config)
        try q.writeWithoutTransaction { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") ?? ""
            if mode.lowercased() != "wal" { throw Unreadable(reason: "journal mode \(mode)") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.inTransaction(.immediate) {
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version == 0 {
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    if tables > 0 { throw Unreadable(reason: "no format version") }
                    try db.execute(sql: """
                        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                        CREATE TABLE file (
                            path TEXT PRIMARY KEY,      -- absolute path as found
                            size INTEGER NOT NULL,
                            mtime INTEGER NOT NULL,     -- nanoseconds since 1970
                            hash INTEGER NOT NULL,      -- XXH64 of the content
                            sidecar INTEGER NOT NULL,   -- XXH64 of the sidecar entry that applied (0: none)
                            written INTEGER NOT NULL,   -- nanoseconds since 1970 when stored
                            document BLOB NOT NULL,     -- the loaded document, evidence and diagnostics
                            analysis BLOB,              -- the document's event mentions, with their key
                            text BLOB                   -- the document's text (compact layout), read when first used
                        );
                        CREATE TABLE sidecar (
                            path TEXT PRIMARY KEY,      -- absolute path of a sources.yaml
                            hash INTEGER NOT NULL,      -- XXH64 of its content
                            parsed BLOB NOT NULL        -- its entries and diagnostics
                        );
                        CREATE TABLE chronology (
                            key INTEGER PRIMARY KEY,    -- XXH64 over every document's identity, in corpus order
                            used INTEGER NOT NULL,      -- nanoseconds since 1970 when last read or written
                            events BLOB NOT NULL        -- the merged events
                        );
                        PRAGMA user_version = \(Self.formatVersion);
                        """)
                } else if version > Self.formatVersion {
                    // A newer tltui's cache: leave it to that program.
                    throw NewerFormat(version: version)
                } else if version != Self.formatVersion {
                    throw Unreadable(reason: "format version \(version), this tltui reads \(Self.formatVersion)")
                }
                // Entries of another build of the program may no longer be what it would compute.
                let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'program'")
                if stored != fingerprint {
                    try db.execute(sql: "DELETE FROM file")
                    try db.execute(sql: "DELETE FROM chronology")
                    try db.execute(sql: "DELETE FROM sidecar")
                    try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('program', ?)", arguments: [fingerprint])
                }
                return .commit
            }
        }
        return q
    }

    /// Deletes the database and starts an empty one, warning once.
    func rebuild(because reason: String) {
        queue = nil
        guard !rebuilt else { return }
        rebuilt = true
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        do {
            queue = try openChecked()
            warnings.append("cache at \(path) was unreadable (\(reason)); rebuilt")
        } catch {
            queue = nil
            warnings.append("cache at \(path) was unreadable (\(reason)) and could not be rebuilt (\(Self.reason(error))); running without it")
        }
    }

    /// Runs a database operation; a corrupt database is rebuilt (and the operation's result lost),
    /// any other failure turns the cache off for this process. Never throws.
    func guarded<T>(_ what: String, _ body: (DatabaseQueue) throws -> T) -> T? {
        guard let q = queue else { return nil }
        do {
            return try Self.retryingWhileBusy { try body(q) }
        } catch let error as DatabaseError where Self.isCorruption(error) {
            rebuild(because: Self.reason(error))
        } catch let problem as Unreadable {
            rebuild(because: problem.reason)
        } catch {
            queue = nil
            warnings.append("cache disabled: \(what) failed (\(Self.reason(error))); running without it")
        }
        return nil
    }

    /// Runs `body` again while SQLite answers "busy" without waiting for the busy timeout, which it does when
    /// two processes switch a new database to WAL at once or a read would have to become a write: up to
    /// eight tries over about two seconds, then the error stands.
    static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var delay: useconds_t = 20_000
        for _ in 0..<7 {
            do { return try body() } catch let error as DatabaseError
                where error.resultCode.primaryResultCode == .SQLITE_BUSY || error.resultCode.primaryResultCode == .SQLITE_LOCKED {
                usleep(delay)
                delay = min(delay * 2, 500_000)
            }
        }
        return try body()
    }

    static func isCorruption(_ error: DatabaseError) -> Bool {
        [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT, .SQLITE_SCHEMA].contains(error.resultCode)
            || (error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("no such"))
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        if let e = error as? CocoaError, let u = e.userInfo[NSUnderlyingErrorKey] as? NSError { return u.localizedDescription }
        return "\(error)"
    }

    func warn(_ message: String) { warnings.append(message) }
}

/// Size and modification time of a file, without Foundation's attribute dictionaries.
struct FileStat: Equatable {
    /// The folders of some paths, each open once, to look their files up by name; closed on release.
    final class Folders: @unchecked Sendable {
        private var descriptors: [String: Int32] = [:]
        /// Read-only (a folder that may be searched but not read is not opened: its files are looked up by path).
        private static let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC

        /// Each path's folder descriptor and file name; a folder -1 where it could not be opened, or the path is not
        /// plain (its `stat` is then taken by path).
        func locate(_ paths: [String]) -> [(folder: Int32, name: String)] {
            var last: (dir: String, fd: Int32)?
            return paths.map { path in
                guard PathParts.isPlain(path) else { return (-1, path) }
                let dir = PathParts.directory(path)
                if last?.dir != dir {
                    if descriptors[dir] == nil { descriptors[dir] = open(dir.isEmpty ? "." : dir, Self.flags) }
                    last = (dir, descriptors[dir]!)
                }
                return (last!.fd, PathParts.lastComponent(path))
            }
        }

        deinit { for fd in descriptors.values where fd >= 0 { close(fd) } }
    }

    /// The file at `path`, looked up by name in its folder when `folder` is one (`Folders.locate`).
    init?(_ path: String, folder: Int32, name: String) {
        if folder >= 0 { self.init(name: name, in: folder) } else { self.init(path) }
    }

    var size: Int64
    /// Nanoseconds since 1970.
    var mtime: Int64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    /// The file `name` in the folder open as `folder` (links followed, as `stat` does): the kernel looks up one name
    /// instead of every folder of a path again.
    init?(name: String, in folder: Int32) {
        var st = stat()
        guard fstatat(folder, name, &st, 0) == 0 else { return nil }
        self.init(st)
    }

    private init(_ st: stat) {
        size = Int64(st.st_size)
        #if canImport(Darwin)
        mtime = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
    }

    static var now: Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
