/// A fast non-cryptographic 64-bit hash of bytes: XXH64 (Yann Collet's xxHash, 64-bit variant, seed 0),
/// written here from its published specification.
///
/// The cache keys a file by its content with it, so the hash must be fast (it runs over every file of the
/// corpus on every open; several GB/s on one core) and spread well, but need not resist an adversary: a
/// collision only makes the cache serve a stale result for a file whose size and modification time also
/// match. Four independent lanes of 8 bytes are mixed per 32-byte stripe, then the tail 8, 4 and 1 bytes
/// at a time, then a final avalanche.
public enum ContentHash {
    static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The XXH64 hash of the bytes.
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let n = bytes.count
        var i = 0
        var h: UInt64
        @inline(__always) func word64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        @inline(__always) func word32(_ at: Int) -> UInt64 { UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        @inline(__always) func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
        @inline(__always) func merge(_ acc: UInt64, _ v: UInt64) -> UInt64 { (acc ^ round(0, v)) &* p1 &+ p4 }
        if n >= 32 {
            var v1 = seed &+ p1 &+ p2, v2 = seed &+ p2, v3 = seed, v4 = seed &- p1
            while i + 32 <= n {
                v1 = round(v1, word64(i)); v2 = round(v2, word64(i + 8))
                v3 = round(v3, word64(i + 16)); v4 = round(v4, word64(i + 24))
                i += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = merge(h, v1); h = merge(h, v2); h = merge(h, v3); h = merge(h, v4)
        } else {
            h = seed &+ p5
        }
        h = h &+ UInt64(n)
        while i + 8 <= n {
            h = rotl(h ^ round(0, word64(i)), 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= n {
            h = rotl(h ^ (word32(i) &* p1), 23) &* p2 &+ p3
            i += 4
        }
        while i < n {
            h = rotl(h ^ (UInt64(bytes[i]) &* p5), 11) &* p1
            i += 1
        }
        h ^= h >> 33; h = h &* p2
        h ^= h >> 29; h = h &* p3
        h ^= h >> 32
        return h
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
        var s = string
        return s.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
}

/// XXH64 of bytes given in pieces: the same value as `ContentHash.hash` of them joined, without joining them (the stored
/// merge is hashed as it is written, a piece at a time).
struct StreamingHash {
    private var v1: UInt64, v2: UInt64, v3: UInt64, v4: UInt64
    private let seed: UInt64
    /// The bytes of an unfinished 32-byte stripe.
    private var pending: [UInt8] = []
    private var total = 0

    init(seed: UInt64 = 0) {
        self.seed = seed
        v1 = seed &+ ContentHash.p1 &+ ContentHash.p2
        v2 = seed &+ ContentHash.p2
        v3 = seed
        v4 = seed &- ContentHash.p1
        pending.reserveCapacity(32)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        total += bytes.count
        var i = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            i = take
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { stripe($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while i + 32 <= bytes.count {
            stripe(bytes, at: i)
            i += 32
        }
        if i < bytes.count { pending.append(contentsOf: bytes[i...]) }
    }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    private mutating func stripe(_ bytes: UnsafeRawBufferPointer, at i: Int) {
        @inline(__always) func word64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        @inline(__always) func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
            ContentHash.rotl(acc &+ input &* ContentHash.p2, 31) &* ContentHash.p1
        }
        v1 = round(v1, word64(i)); v2 = round(v2, word64(i + 8))
        v3 = round(v3, word64(i + 16)); v4 = round(v4, word64(i + 24))
    }

    /// The hash of every byte added.
    var value: UInt64 {
        let p1 = ContentHash.p1, p2 = ContentHash.p2, p3 = ContentHash.p3, p4 = ContentHash.p4, p5 = ContentHash.p5
        @inline(__always) func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { ContentHash.rotl(acc &+ input &* p2, 31) &* p1 }
        @inline(__always) func merge(_ acc: UInt64, _ v: UInt64) -> UInt64 { (acc ^ round(0, v)) &* p1 &+ p4 }
        var h: UInt64
        if total >= 32 {
            h = ContentHash.rotl(v1, 1) &+ ContentHash.rotl(v2, 7) &+ ContentHash.rotl(v3, 12) &+ ContentHash.rotl(v4, 18)
            h = merge(h, v1); h = merge(h, v2); h = merge(h, v3); h = merge(h, v4)
        } else {
            h = seed &+ p5
        }
        h = h &+ UInt64(total)
        // The tail: fewer than 32 bytes, as the one-shot hash reads them.
        return pending.withUnsafeBytes { bytes -> UInt64 in
            let n = bytes.count
            var i = 0
            while i + 8 <= n {
                h = ContentHash.rotl(h ^ round(0, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))), 27) &* p1 &+ p4
                i += 8
            }
            if i + 4 <= n {
                let w = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                h = ContentHash.rotl(h ^ (w &* p1), 23) &* p2 &+ p3
                i += 4
            }
            while i < n {
                h = ContentHash.rotl(h ^ (UInt64(bytes[i]) &* p5), 11) &* p1
                i += 1
            }
            h ^= h >> 33; h = h &* p2
            h ^= h >> 29; h = h &* p3
            h ^= h >> 32
            return h
        }
    }
}
