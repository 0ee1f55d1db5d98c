#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of freed heap memory back to the system. The analysis frees its tokens and parses and the merge
/// its per-document lists in small blocks scattered among blocks still held; the C allocator keeps such pages
/// resident and cannot reuse them for the large arrays the merge makes, so without this the peak holds both.
/// glibc's `malloc_trim` (looked up at run time: the C library's module does not export it); elsewhere nothing.
enum FreePages {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Option = @convention(c) (Int32, Int32) -> Int32

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

    /// Blocks of 128 KB and more (the merge's tables, a representative pool's chunks) are mapped on their own and
    /// given back when freed. glibc starts there too but raises that threshold to the size of each mapped block
    /// freed (up to 32 MB), after which such arrays come from the heap and their pages stay resident beside the
    /// small blocks around them: a cold load of 10,000 generated articles peaked 11 MB higher. Set once, before a
    /// load; elsewhere nothing.
    static func mapLargeBlocks() { _ = fixedMapThreshold }

    private static let fixedMapThreshold: Bool = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Option.self)
        return mallopt(-3 /* M_MMAP_THRESHOLD */, 128 * 1024) == 1
        #else
        return false
        #endif
    }()
}
