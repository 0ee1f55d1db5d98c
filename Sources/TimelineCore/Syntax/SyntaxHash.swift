/// Hashes for the syntax models' features: strings hash once per word, features combine a template
/// number with the hashes of their parts. Never 0 (0 marks an empty slot of a weight table).
public enum SyntaxHash {
    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a &+ (b &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 31
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return h
    }

    @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 { mix(mix(template, a), 0x51) | 1 }
    @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(mix(template, a), b), 0x52) | 1 }
    @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(mix(template, a), b), c), 0x53) | 1
    }
    @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        mix(mix(mix(mix(mix(template, a), b), c), d), 0x54) | 1
    }

    /// FNV-1a over the UTF-8 bytes.
    public static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    public static func scalars<S: Sequence>(_ s: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in s {
            h ^= UInt64(c.value)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }
}
