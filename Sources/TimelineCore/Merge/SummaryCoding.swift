/// A mention's summary written as pieces of its own sentence and literal text, for the pool of summaries its document
/// keeps until the merge (`MentionExtras`): a summary is mostly runs of its sentence's words ("Ukrainian and Russian
/// officials will resume peace talks in Turkey"), each then two or three bytes instead of its text.
///
/// The code is a sequence of pieces: a byte `n` below 0x80 is a literal of `n` bytes of UTF-8 that follow; a byte
/// `0x80 + (k - 1)` is a copy of `k` scalars (1…128) of the sentence from the offset that follows (a variable-length
/// number, seven bits a byte, low bits first). Decoding gives back exactly the summary encoded (tested on every
/// summary of the generated corpus and the story corpora through the loads' output).
enum SummaryCoding {
    /// A run of the sentence shorter than this is written as literal text (a copy costs two or three bytes).
    static let shortestCopy = 3
    static let longestCopy = 128
    static let longestLiteral = 127

    /// Appends the code of `summary` against `sentence` (the scalars of the mention's sentence) to `pool`.
    static func encode(_ summary: String, sentence: [Unicode.Scalar], into pool: inout [UInt8]) {
        let s = Array(summary.unicodeScalars)
        var literal: [UInt8] = []
        func flushLiteral() {
            var k = 0
            while k < literal.count {
                let n = min(longestLiteral, literal.count - k)
                pool.append(UInt8(n))
                pool.append(contentsOf: literal[k..<k + n])
                k += n
            }
            literal.removeAll(keepingCapacity: true)
        }
        var i = 0
        // Where the last copy ended: the next piece usually starts there (after a space or the next word).
        var next = 0
        while i < s.count {
            let (start, count) = longestRun(of: s, from: i, in: sentence, near: next)
            if count >= shortestCopy {
                flushLiteral()
                var done = 0
                while done < count {
                    let k = min(longestCopy, count - done)
                    pool.append(UInt8(0x80 + k - 1))
                    VarInt.append(start + done, to: &pool)
                    done += k
                }
                i += count
                next = start + count
            } else {
                UTF8.encode(s[i]) { literal.append($0) }
                i += 1
            }
        }
        flushLiteral()
    }

    /// A run of `sentence` equal to `s[from...]`'s start: (offset, length): the one at `near` when it is long enough
    /// to copy (the summary going on with its sentence's next words, the common case), else the longest, the first
    /// such offset from `near` on, then from the start.
    private static func longestRun(of s: [Unicode.Scalar], from i: Int, in sentence: [Unicode.Scalar], near: Int) -> (Int, Int) {
        var best = (0, 0)
        let first = s[i]
        func tryAt(_ j: Int) {
            guard sentence[j] == first else { return }
            var n = 1
            while i + n < s.count, j + n < sentence.count, s[i + n] == sentence[j + n] { n += 1 }
            if n > best.1 { best = (j, n) }
        }
        let near = min(max(0, near), sentence.count)
        if near < sentence.count {
            tryAt(near)
            if best.1 >= shortestCopy { return best }
        }
        for j in near..<sentence.count { tryAt(j) }
        for j in 0..<near { tryAt(j) }
        return best
    }

    /// The summary `code` encodes against `sentence`.
    static func decode(_ code: ArraySlice<UInt8>, sentence: [Unicode.Scalar]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(code.count * 4)
        var p = code.startIndex
        while p < code.endIndex {
            let head = Int(code[p])
            p += 1
            if head < 0x80 {
                out.append(contentsOf: code[p..<p + head])
                p += head
                continue
            }
            let offset = VarInt.read(code, at: &p)
            for scalar in sentence[offset..<offset + head - 0x80 + 1] { UTF8.encode(scalar) { out.append($0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
