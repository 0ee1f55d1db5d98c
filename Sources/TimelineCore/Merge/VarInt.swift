/// A non-negative number in seven-bit groups, low first, the high bit set on every byte but the last: the numbers of
/// the merge's byte pools (`MentionLists`, `SummaryCoding`).
enum VarInt {
    static func append(_ n: Int, to pool: inout [UInt8]) {
        var n = UInt(max(0, n))
        repeat {
            let low = UInt8(n & 0x7F)
            n >>= 7
            pool.append(n > 0 ? low | 0x80 : low)
        } while n > 0
    }

    static func read<C: RandomAccessCollection<UInt8>>(_ pool: C, at p: inout Int) -> Int where C.Index == Int {
        var n = 0, shift = 0
        while true {
            let b = Int(pool[p])
            p += 1
            n |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80 { return n }
        }
    }
}
