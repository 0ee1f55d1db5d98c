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
        } catch {
            if exitCode(for: error) == .validationFailure {
                writeAll(STDERR_FILENO, Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
