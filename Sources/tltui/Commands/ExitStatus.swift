import ArgumentParser
import Foundation

/// Exit statuses, decided in one place: 0 success, 1 warnings under --strict, 2 usage errors and missing paths,
/// 3 output that could not be written (a full disk, a closed output).
enum ExitStatus {
    static let ok: Int32 = 0
    static let warnings: Int32 = 1
    static let usage: Int32 = 2
    static let writeFailed: Int32 = 3
}

/// Standard output could not take the data: printed as `Error: …` with exit status 3.
struct WriteError: Error, CustomStringConvertible {
    var description: String
}

/// Writes all of `data` to a file descriptor; false on an error (Foundation's FileHandle.write traps instead).
@discardableResult
func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buf in
        guard let base = buf.baseAddress else { return true }
        var off = 0
        while off < buf.count {
            let n = write(fd, base + off, buf.count - off)
            if n < 0 { if errno == EINTR { continue }; return false }
            off += n
        }
        return true
    }
}

/// Data for standard output, or a WriteError naming the reason.
func writeStandardOutput(_ text: String) throws {
    guard writeAll(STDOUT_FILENO, Data(text.utf8)) else {
        throw WriteError(description: "cannot write to standard output: \(String(cString: strerror(errno)))")
    }
}

/// A usage problem found after parsing (a bad date, a missing path): printed as `Error: …` with exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A notice on standard error that is neither an error nor a load warning: which corpus was read, an empty result.
func note(_ message: String) { warn("note: " + message) }

/// Standard error, for warnings and diagnostics (data goes to standard output).
/// Control characters (from a file name, say) are shown as "?": a warning must not drive the terminal.
func warn(_ message: String) {
    warn(lines: [message])
}

/// Several lines of `warn` in one write (a corpus may have thousands of diagnostics).
func warn(lines: [String]) {
    var out: [UInt8] = []
    for message in lines {
        out.append(contentsOf: safeForTerminal(message).utf8)
        out.append(10)
    }
    if !out.isEmpty { writeAll(STDERR_FILENO, Data(out)) }
}

/// `message` with control characters (other than tab) replaced by "?".
func safeForTerminal(_ message: String) -> String {
    // C0 controls and DEL are bytes below 0x20 and 0x7F; C1 controls (U+0080…U+009F) are encoded 0xC2 0x80…0x9F.
    if !message.utf8.contains(where: { ($0 < 0x20 && $0 != 9) || $0 == 0x7F || $0 == 0xC2 }) { return message }
    var safe = String.UnicodeScalarView()
    for s in message.unicodeScalars {
        safe.append(s.value < 0x20 && s != "\t" || (0x7F...0x9F).contains(s.value) ? "?" : s)
    }
    return String(safe)
}
