import CNcurses
import Foundation

/// Flushes C's standard output (where print() writes): false when it could not be written (a full disk,
/// a closed pipe), which print() alone would hide.
func flushStandardOutput() -> Bool {
    fflush(tl_stdout()) == 0 && ferror(tl_stdout()) == 0
}

/// Writes `bytes` to C's standard output, where print() writes (a table made as UTF-8 is not made a string first).
func writeStandardOutput(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buf in
        if let base = buf.baseAddress { _ = fwrite(base, 1, buf.count, tl_stdout()) }
    }
}
