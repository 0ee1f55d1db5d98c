import Foundation

/// Writes a command's output to a path the user named (`export --output`, `timex --output`, the browser's export):
///
/// - a regular file, or nothing yet: replaced atomically (a temporary file next to it, then a rename), so readers
///   see the old file or the new one, never half; an existing file keeps its permissions;
/// - a symbolic link: followed, and its target written by these same rules (the link stays a link);
/// - a FIFO, a character or block device (`/dev/stdout`, `/dev/null`, a terminal): written in place, as a
///   plain write (`> path`) would;
/// - a directory, or a path whose folder does not exist: refused, a usage error (exit status 2);
/// - anything else that fails (a full disk, no permission): a write error (exit status 3).
///
/// Every message names the path and says the reason in plain words ("No space left on device").
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let data = Data(text.utf8)
        var st = stat()
        if stat(path, &st) == 0 {
            // stat follows symbolic links: `st` describes what a plain write would write into.
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                throw UsageError("cannot write \(path): it is a directory")
            case S_IFREG:
                try replace(data, at: resolved(path), mode: st.st_mode & 0o7777)
            default:
                try writeInPlace(data, to: path)
            }
            return
        }
        let statErrno = errno
        var lst = stat()
        if lstat(path, &lst) == 0, lst.st_mode & S_IFMT == S_IFLNK {
            // A dangling link: a plain write creates its target.
            try writeInPlace(data, to: path, create: true)
            return
        }
        guard statErrno == ENOENT else { throw failure(path, statErrno) }
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var dst = stat()
        guard stat(folder, &dst) == 0, dst.st_mode & S_IFMT == S_IFDIR else {
            throw UsageError("cannot write \(path): no such directory \(folder)")
        }
        try replace(data, at: path, mode: nil)
    }

    /// The path with every symbolic link resolved, so the rename replaces the link's target, not the link.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// A temporary file in the same folder, written in full and flushed, then renamed over `path`.
    static func replace(_ data: Data, at path: String, mode: mode_t?) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var temp = ""
        var fd: Int32 = -1
        for n in 0..<100 {
            temp = (dir as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(n)")
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(path, errno, creating: true) }
        var ok = writeAll(fd, data)
        var code = errno
        if ok, let mode, fchmod(fd, mode) != 0 { ok = false; code = errno }
        if ok, fsync(fd) != 0, errno != EINVAL { ok = false; code = errno }
        if close(fd) != 0, ok { ok = false; code = errno }
        if ok, rename(temp, path) != 0 { ok = false; code = errno }
        if !ok {
            unlink(temp)
            throw failure(path, code)
        }
    }

    /// Opens the existing path for writing (truncating what truncates) and writes the data, as `> path` would.
    static func writeInPlace(_ data: Data, to path: String, create: Bool = false) throws {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | (create ? O_CREAT : 0), 0o666)
        guard fd >= 0 else { throw failure(path, errno) }
        let ok = writeAll(fd, data)
        let code = errno
        if close(fd) != 0, ok { throw failure(path, errno) }
        if !ok { throw failure(path, code) }
    }

    /// The error for a failed system call: usage problems (a directory, a missing folder) exit 2, the rest 3.
    static func failure(_ path: String, _ code: Int32, creating: Bool = false) -> Error {
        let reason = String(cString: strerror(code))
        switch code {
        case EISDIR: return UsageError("cannot write \(path): it is a directory")
        case ENOTDIR, ENOENT: return UsageError("cannot write \(path): \(reason)")
        case EACCES, EPERM, EROFS:
            return WriteError(description: "cannot write \(path): \(reason)\(creating ? " (a new file is written next to it, then renamed into place)" : "")")
        default: return WriteError(description: "cannot write \(path): \(reason)")
        }
    }
}

/// `OutputFile.write`, under the name the callers know.
func writeAtomically(_ text: String, to path: String) throws { try OutputFile.write(text, to: path) }

/// `OutputFile.write`: the one way a command writes a file the user named.
func writeOutput(_ text: String, to path: String) throws { try OutputFile.write(text, to: path) }
