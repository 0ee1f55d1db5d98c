#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of freed heap memory back to the system. The analysis frees its tokens and parses and the merge
/// its per-document lists in small blocks scattered among blocks still held; the C allocator keeps such pages
/// resident and cannot reuse them for the large arrays the merge makes, so without this the peak holds both.
/// glibc's `malloc_trim` (looked up at run time: the C library's module does not export it); elsewhere nothing.
enum FreePages {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func release() {
        _ = trim?(0)
    }
}
