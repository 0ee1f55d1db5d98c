import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The curation file on disk, shared by every tltui process that curates the corpus.
///
/// Each change is made under an exclusive lock (`flock` on `.NAME.lock` beside the file): the file is read again,
/// the change is applied to what is there (so another process's entries are kept), and the result replaces the
/// file atomically (a temporary file in the same folder, then `rename`). A file that cannot be read is never
/// written over: the change fails with the reading error.
public struct CurationStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The default file of a corpus: `tltui-curation.yaml` in the corpus folder (the folder of a file given alone).
    public static let defaultName = "tltui-curation.yaml"

    public static func defaultPath(forCorpus paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: first, isDirectory: &isDir) else { return nil }
        let folder = isDir.boolValue ? first : (first as NSString).deletingLastPathComponent
        return ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(defaultName)
    }

    /// The file's curation; an empty one when the file does not exist.
    public func read() throws(CurationFileError) -> Curation {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw CurationFileError(file: path, line: nil, message: "cannot be read") }
            return Curation()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CurationFileError(file: path, line: nil, message: "is not UTF-8 text")
        }
        return try CurationFile.parse(text, file: path)
    }

    /// Adds an entry (its id made unique against the file's) and returns the file's curation after the change
    /// and the id the entry was stored under.
    @discardableResult
    public func add(_ entry: CurationEntry) throws(CurationFileError) -> (curation: Curation, id: String) {
        var id = entry.id
        let curation = try update { c in
            let taken = Set(c.entries.map(\.id))
            if taken.contains(entry.id) && c.entries.contains(entry) { id = entry.id; return }   // already there (a redo)
            var salt = 0
            if id.isEmpty || taken.contains(id) {
                repeat {
                    id = CurationEntry.makeID(author: entry.author, time: entry.time, operation: entry.operation, salt: salt)
                    salt += 1
                } while taken.contains(id)
            }
            var e = entry
            e.id = id
            e.line = nil
            c.entries.append(e)
        }
        return (curation, id)
    }

    /// Removes the entry with this id (if it is there) and returns the file's curation after the change.
    @discardableResult
    public func remove(id: String) throws(CurationFileError) -> Curation {
        try update { c in c.entries.removeAll { $0.id == id } }
    }

    /// Reads the file under the lock, applies `change`, writes the result atomically when it differs.
    public func update(_ change: (inout Curation) -> Void) throws(CurationFileError) -> Curation {
        let lock = try Lock(path: lockPath)
        defer { lock.release() }
        let before = try read()
        var after = before
        change(&after)
        if after != before || !FileManager.default.fileExists(atPath: path) {
            try write(CurationFile.serialize(after))
        }
        return after
    }

    var lockPath: String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
    }

    /// A temporary file in the same folder, flushed, then renamed over the file.
    func write(_ text: String) throws(CurationFileError) {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CurationFileError(file: path, line: nil, message: "cannot write: \(String(cString: strerror(errno)))") }
        let data = Array(text.utf8)
        var off = 0
        var failure: String?
        while off < data.count {
            let n = data[off...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); break }
            off += n
        }
        if failure == nil && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil && rename(temp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            throw CurationFileError(file: path, line: nil, message: "cannot write: \(failure)")
        }
    }

    /// An exclusive `flock` on a lock file, held until released.
    struct Lock {
        let fd: Int32

        init(path: String) throws(CurationFileError) {
            fd = open(path, O_RDWR | O_CREAT, 0o644)
            guard fd >= 0 else { throw CurationFileError(file: path, line: nil, message: "cannot create the lock file: \(String(cString: strerror(errno)))") }
            while flock(fd, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw CurationFileError(file: path, line: nil, message: "cannot lock: \(reason)")
            }
        }

        func release() {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
