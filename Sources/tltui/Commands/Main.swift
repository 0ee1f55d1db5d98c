import ArgumentParser
import Foundation

extension TLTUI {
    /// ArgumentParser exits 64 (EX_USAGE) for usage errors; tltui promises 2. Everything else is unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            // print() drops write errors: a full disk would leave a cut output and status 0.
            if !flushStandardOutput() {
                throw WriteError(description: "cannot write to standard output: \(String(cString: strerror(errno)))")
            }
        } catch let error as UsageError {
            writeAll(STDERR_FILENO, Data("Error: \(error.description)\n".utf8))
            Foundation.exit(ExitStatus.usage)
        } catch let error as WriteError {
            writeAll(STDERR_FILENO, Data("Error: \(error.description)\n".utf8))
            Foundation.exit(ExitStatus.writeFailed)
        } catch let error as CocoaError {
            // Never Foundation's raw "Error Domain=NSCocoaErrorDomain Code=…" text: the path and the reason in words.
            writeAll(STDERR_FILENO, Data("Error: \(plainMessage(error))\n".utf8))
            Foundation.exit(ExitStatus.writeFailed)
        } catch {
            if exitCode(for: error) == .validationFailure {
                writeAll(STDERR_FILENO, Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// A Foundation file error in words: "cannot read /x/y: No such file or directory".
func plainMessage(_ error: CocoaError) -> String {
    let path = error.filePath ?? error.url?.path
    let reason: String
    if let posix = error.underlying as? POSIXError {
        reason = String(cString: strerror(posix.code.rawValue))
    } else if error.isFileError, error.code.rawValue >= CocoaError.fileReadUnknown.rawValue, error.code.rawValue < CocoaError.fileWriteUnknown.rawValue {
        reason = "cannot be read"
    } else {
        reason = "cannot be written"
    }
    return (path.map { "\($0): " } ?? "") + reason
}
