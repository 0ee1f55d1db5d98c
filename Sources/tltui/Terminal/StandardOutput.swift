import CNcurses
import Foundation

/// Flushes C's standard output (where print() writes): false when it could not be written (a full disk,
/// a closed pipe), which print() alone would hide.
func flushStandardOutput() -> Bool {
    fflush(tl_stdout()) == 0 && ferror(tl_stdout()) == 0
}
