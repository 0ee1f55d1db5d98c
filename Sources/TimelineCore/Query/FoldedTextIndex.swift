import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded text of many items (each item: a few strings, such as an event's summary and sentences) in one
/// contiguous UTF-8 buffer, so a search is one substring scan instead of folding every string again.
///
/// Results are exactly those of `QueryFolding.fold(field).contains(QueryFolding.fold(query))` over each item's
/// fields: every field is folded with the same rules (an ASCII fast path that gives the same bytes as
/// `Gazetteer.fold`), fields are kept apart by a byte no folded text contains, equal strings are stored once,
/// and a byte match inside a folded text that is not plain ASCII is confirmed with `String.contains`
/// (which compares whole characters).
public final class FoldedTextIndex: @unchecked Sendable {
    /// Folded strings, each preceded by the separator byte 0x01, and one final separator.
    private let buffer: [UInt8]
    /// Offset in `buffer` of each distinct string's first byte (after its separator); one extra final entry.
    private let stringStart: [Int32]
    /// Per distinct string: its folded text is not plain ASCII, so a byte match is confirmed by characters.
    private let needsCheck: [Bool]
    /// Item i's strings are `refs[itemStart[i]..<itemStart[i + 1]]` (distinct string ids).
    private let itemStart: [Int32]
    private let refs: [Int32]
    /// How often each byte value occurs in `buffer` (a search anchors on the query's rarest byte).
    private let byteFrequency: [Int]
    private let lock = NSLock()
    private var last: (query: String, matches: Matches)?

    /// Number of items.
    public var count: Int { itemStart.count - 1 }
    /// Bytes of folded text held (for reports).
    public var byteCount: Int { buffer.count }

    /// Indexes `count` items; `fields(i, add)` calls `add` with each searchable string of item i. Equal strings
    /// are stored once.
    public convenience init(count: Int, fields: (Int, (String) -> Void) -> Void) {
        var strings: [String] = []
        var ids: [String: Int32] = [:]
        var itemStart: [Int32] = [0]
        var refs: [Int32] = []
        for i in 0..<count {
            fields(i) { s in
                if let id = ids[s] { refs.append(id); return }
                let id = Int32(strings.count)
                ids[s] = id
                strings.append(s)
                refs.append(id)
            }
            itemStart.append(Int32(refs.count))
        }
        self.init(strings: strings, itemStart: itemStart, refs: refs)
    }

    /// Indexes items whose strings the caller has numbered: item i holds `strings[refs[r]]` for r in
    /// `itemStart[i]..<itemStart[i + 1]` (`itemStart` has one entry more than there are items, the first 0).
    /// The strings are folded on all cores.
    public init(strings: [String], itemStart: [Int32], refs: [Int32]) {
        let chunk = 4096
        let parts = ConcurrentSlots<(bytes: [UInt8], starts: [Int32], check: [Bool], frequency: [Int])>.map((strings.count + chunk - 1) / chunk) { c in
            var bytes: [UInt8] = []
            var starts: [Int32] = []
            var check: [Bool] = []
            let range = (c * chunk)..<min(strings.count, (c + 1) * chunk)
            bytes.reserveCapacity(range.count * 64)
            for k in range {
                starts.append(Int32(bytes.count))
                check.append(!FoldedTextIndex.appendFolded(strings[k], to: &bytes))
                bytes.append(1)
            }
            var frequency = Array(repeating: 0, count: 256)
            for b in bytes { frequency[Int(b)] += 1 }
            return (bytes, starts, check, frequency)
        }
        var buffer: [UInt8] = [1]
        buffer.reserveCapacity(parts.reduce(1) { $0 + $1.bytes.count })
        var stringStart: [Int32] = []
        stringStart.reserveCapacity(strings.count + 1)
        var needsCheck: [Bool] = []
        needsCheck.reserveCapacity(strings.count)
        for part in parts {
            let base = Int32(buffer.count)
            for st in part.starts { stringStart.append(base + st) }
            buffer += part.bytes
            needsCheck += part.check
        }
        stringStart.append(Int32(buffer.count))
        var frequency = Array(repeating: 0, count: 256)
        frequency[1] = 1
        for part in parts { for b in 0..<256 { frequency[b] += part.frequency[b] } }
        self.buffer = buffer
        self.stringStart = stringStart
        self.needsCheck = needsCheck
        self.itemStart = itemStart
        self.refs = refs
        self.byteFrequency = frequency
    }

    /// Appends `QueryFolding.fold(s)`'s UTF-8 bytes; returns whether they are plain ASCII.
    static func appendFolded(_ s: String, to out: inout [UInt8]) -> Bool {
        var s = s
        let ascii: Bool? = s.withUTF8 { bytes -> Bool? in
            for b in bytes where b >= 128 { return nil }
            // The ASCII path of Gazetteer.fold: letters and digits lowercased, one space between words.
            var pendingSpace = false
            var wrote = false
            for b in bytes {
                let lower = b | 32
                if (lower >= 97 && lower <= 122) || (b >= 48 && b <= 57) {
                    if pendingSpace && wrote { out.append(32) }
                    pendingSpace = false
                    wrote = true
                    out.append(b >= 65 && b <= 90 ? b + 32 : b)
                } else {
                    pendingSpace = true
                }
            }
            return true
        }
        if ascii != nil { return true }
        // ASCII but for typographic punctuation (no-break space, dashes, curly quotes, bullets, ellipsis: none a
        // letter or digit, so the full fold makes each a word break too): the same fast fold, by scalars.
        if s.unicodeScalars.allSatisfy({ $0.value < 128 || $0.value == 0xA0 || ($0.value >= 0x2010 && $0.value <= 0x2027) }) {
            var pendingSpace = false
            var wrote = false
            for u in s.unicodeScalars {
                let v = u.value
                if v < 128, ((v | 32) >= 97 && (v | 32) <= 122) || (v >= 48 && v <= 57) {
                    if pendingSpace && wrote { out.append(32) }
                    pendingSpace = false
                    wrote = true
                    out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
                } else {
                    pendingSpace = true
                }
            }
            return true
        }
        let folded = QueryFolding.fold(s)
        var isASCII = true
        for b in folded.utf8 {
            if b >= 128 { isASCII = false }
            out.append(b)
        }
        return isASCII
    }

    /// The items matching a query (folded here), computed once per query text and kept for n/N.
    public func matches(_ query: String) -> Matches {
        lock.lock()
        if let last, last.query == query { lock.unlock(); return last.matches }
        lock.unlock()
        let m = Matches(index: self, folded: QueryFolding.fold(query))
        lock.lock()
        last = (query, m)
        lock.unlock()
        return m
    }

    /// The result of one search: which items contain the folded query.
    public struct Matches: Sendable {
        private let index: FoldedTextIndex
        /// The folded query.
        public let folded: String
        /// Per distinct string: the bytes of the folded query occur in it.
        private let candidate: [Bool]
        /// Number of distinct strings whose bytes matched (before any character check).
        public let candidateCount: Int

        init(index: FoldedTextIndex, folded: String) {
            self.index = index
            self.folded = folded
            var candidate = Array(repeating: false, count: index.stringStart.count - 1)
            var found = 0
            let needle = Array(folded.utf8)
            if !needle.isEmpty {
                // Anchor on the needle's byte that is rarest in the buffer: memchr finds its occurrences,
                // memcmp checks the needle around each.
                var anchor = 0
                for j in needle.indices where index.byteFrequency[Int(needle[j])] < index.byteFrequency[Int(needle[anchor])] { anchor = j }
                let anchorByte = Int32(needle[anchor])
                index.buffer.withUnsafeBytes { hay in
                    needle.withUnsafeBytes { nd in
                        let base = hay.baseAddress!
                        let end = hay.count
                        var pos = anchor   // next position the anchor byte may be at
                        while pos < end, let hit = memchr(base + pos, anchorByte, end - pos) {
                            let at = base.distance(to: UnsafeRawPointer(hit))
                            let start = at - anchor
                            guard start + nd.count <= end else { break }
                            if memcmp(base + start, nd.baseAddress!, nd.count) != 0 { pos = at + 1; continue }
                            // The distinct string holding this offset: the last start <= offset.
                            var lo = 0, hi = index.stringStart.count - 1
                            while lo < hi {
                                let mid = (lo + hi + 1) / 2
                                if Int(index.stringStart[mid]) <= start { lo = mid } else { hi = mid - 1 }
                            }
                            candidate[lo] = true
                            found += 1
                            pos = Int(index.stringStart[lo + 1]) + anchor
                        }
                    }
                }
            }
            self.candidate = candidate
            self.candidateCount = found
        }

        /// Whether some string of `item` contains the folded query.
        public func contains(item: Int) -> Bool {
            let idx = index
            for r in Int(idx.itemStart[item])..<Int(idx.itemStart[item + 1]) {
                let k = Int(idx.refs[r])
                guard candidate[k] else { continue }
                if !idx.needsCheck[k] || confirm(k) { return true }
            }
            return false
        }

        /// Character-level check of a byte match in a folded text that is not plain ASCII.
        private func confirm(_ k: Int) -> Bool {
            let start = Int(index.stringStart[k]), end = Int(index.stringStart[k + 1]) - 1
            let text = index.buffer[start..<end].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            return text.contains(folded)
        }
    }
}
