#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The layout of the weight tables: slots of 8 bytes (a key in the low bits, never 0 when used) in buckets of eight,
/// each bucket one 64-byte cache line. A feature's bucket comes from the low 32 bits of its hash; a slot goes in
/// the first free place of its bucket, or of the next one when it is full. A lookup reads one cache line unless
/// the bucket is full, and a feature that is not in the table is known absent at the first free slot.
enum Buckets {
    static let width = 8
    /// At most 5 slots in 8 used.
    static func bucketCount(for slots: Int) -> Int { max(2, (slots * 8 + 5 * width - 1) / (5 * width)) }

    /// The first slot of `f`'s bucket.
    @inline(__always) static func home(_ f: UInt64, buckets: Int) -> Int {
        Int(truncatingIfNeeded: ((f & 0xFFFF_FFFF) &* UInt64(buckets)) >> 32) &* width
    }

    /// Slots holding `items` (feature hash, slot value with its key in the low bits).
    static func build(_ items: [(UInt64, UInt64)]) -> [UInt64] {
        let buckets = bucketCount(for: items.count)
        var slots = [UInt64](repeating: 0, count: buckets * width)
        for (f, v) in items {
            var s = home(f, buckets: buckets)
            while slots[s] != 0 { s = s + 1 == slots.count ? 0 : s + 1 }
            slots[s] = v
        }
        return slots
    }

    /// What `find` gives from bucket `b`'s first slot when that bucket decides it (a slot with the key or an empty slot
    /// in it), else nil: the eight slots compared without a branch on each.
    @inline(__always)
    static func scan(_ b: UnsafePointer<UInt64>, key: UInt64, mask: UInt64) -> UInt64? {
        var r: UInt64 = 0, stop = false
        var j = width - 1
        while j >= 0 {
            let x = b[j], here = x & mask == key || x == 0
            r = here ? x : r
            stop = stop || here
            j -= 1
        }
        return stop ? r : nil
    }

    /// The slot whose key (`v & mask`) is `key`, starting at `s` (a bucket's first slot), or 0.
    @inline(__always)
    static func find(_ slots: UnsafePointer<UInt64>, count: Int, from s: Int, key: UInt64, mask: UInt64) -> UInt64 {
        var s = s
        while true {
            let v = slots[s]
            if v & mask == key { return v }
            if v == 0 { return 0 }
            s = s + 1 == count ? 0 : s + 1
        }
    }
}

/// Values in memory aligned to a cache line, immutable once made (a table's slots or entries). A table of a
/// megabyte or more is mapped at a 2 MB boundary, so that `adviseHugePages` can have it moved to 2 MB pages.
final class Pinned<T: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    let count: Int
    /// Bytes mapped for the values (0: allocated on the heap).
    private let mapped: Int

    init(_ values: [T]) {
        count = values.count
        let (raw, mapped) = Self.allocate(max(1, values.count) * MemoryLayout<T>.stride)
        self.mapped = mapped
        base = raw.bindMemory(to: T.self, capacity: max(1, values.count))
        if !values.isEmpty { values.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: values.count) } }
    }

    init(_ bytes: UnsafeRawBufferPointer, count: Int) {
        self.count = count
        let (raw, mapped) = Self.allocate(max(1, count) * MemoryLayout<T>.stride)
        self.mapped = mapped
        if count > 0 { raw.copyMemory(from: bytes.baseAddress!, byteCount: count * MemoryLayout<T>.stride) }
        base = raw.bindMemory(to: T.self, capacity: max(1, count))
    }

    deinit {
        #if os(Linux)
        if mapped > 0 { munmap(UnsafeMutableRawPointer(base), mapped); return }
        #endif
        base.deallocate()
    }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }

    var array: [T] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Asks the system to move the values to transparent huge pages now (Linux `MADV_COLLAPSE`, which copies them;
    /// they stay readable meanwhile): random reads over a table of megabytes then need far fewer address
    /// translations. Slow (milliseconds per table), so the model does it on a thread of its own after loading.
    func adviseHugePages() {
        #if os(Linux)
        guard mapped > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(base), mapped, Int32(MADV_HUGEPAGE))
        _ = madvise(UnsafeMutableRawPointer(base), mapped, 25)  // MADV_COLLAPSE (Linux 6.1)
        #endif
    }

    /// `bytes` aligned to a cache line: on the heap, or for a large table mapped at a 2 MB boundary.
    private static func allocate(_ bytes: Int) -> (UnsafeMutableRawPointer, mapped: Int) {
        #if os(Linux)
        let huge = 1 << 21
        if bytes >= 1 << 20 {
            let size = (bytes + huge - 1) / huge * huge
            if let p = mmap(nil, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED {
                let start = Int(bitPattern: p), aligned = (start + huge - 1) & ~(huge - 1)
                if aligned > start { munmap(p, aligned - start) }
                let end = start + size + huge, used = aligned + size
                if end > used { munmap(UnsafeMutableRawPointer(bitPattern: used), end - used) }
                return (UnsafeMutableRawPointer(bitPattern: aligned)!, size)
            }
        }
        #endif
        return (UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64), 0)
    }
}
