import ArgumentParser
import Foundation

/// Exit statuses, decided in one place: 0 success, 1 warnings under --strict, 2 usage errors and missing paths.
enum ExitStatus {
    static let ok: Int32 = 0
    static let warnings: Int32 = 1
    static let usage: Int32 = 2
}

/// A usage problem found after parsing (a bad date, a missing path): printed as `Error: …` with exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TLTUI {
    /// ArgumentParser exits 64 (EX_USAGE) for usage errors; tltui promises 2. Everything else is unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("Error: \(error.description)\n".utf8))
            Foundation.exit(ExitStatus.usage)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Standard error, for warnings and diagnostics (data goes to standard output).
/// Control characters (from a file name, say) are shown as "?": a warning must not drive the terminal.
func warn(_ message: String) {
    var safe = String.UnicodeScalarView()
    for s in message.unicodeScalars {
        safe.append(s.value < 0x20 && s != "\t" || (0x7F...0x9F).contains(s.value) ? "?" : s)
    }
    FileHandle.standardError.write(Data((String(safe) + "\n").utf8))
}
