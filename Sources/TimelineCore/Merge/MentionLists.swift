/// Every document's mentions, held once: the merge reads them in place, and the events it makes refer to theirs by
/// index (mention `i` of the corpus) instead of holding copies (a copy is 128 bytes, with its array's slack).
final class MentionTable: Sendable {
    let lists: [[Mention]]
    /// The list of each mention, and where each list starts.
    private let listOf: [Int32]
    private let starts: [Int]

    init(_ lists: [[Mention]]) {
        self.lists = lists
        var listOf: [Int32] = []
        var starts: [Int] = []
        listOf.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        starts.reserveCapacity(lists.count)
        for (k, list) in lists.enumerated() {
            starts.append(listOf.count)
            listOf.append(contentsOf: repeatElement(Int32(k), count: list.count))
        }
        self.listOf = listOf
        self.starts = starts
    }

    var count: Int { listOf.count }

    subscript(i: Int) -> Mention {
        _read {
            let k = Int(listOf[i])
            yield lists[k][i - starts[k]]
        }
    }

    /// The mentions at `indices`, in that order.
    func mentions(_ indices: [Int32]) -> [Mention] { indices.map { self[Int($0)] } }
}

/// What the merge reads of a mention besides the `Mention` itself (`ExtractedMention` without the word sets, which
/// the merge features replace). Dropped with the merge: only each event's lead summary outlives it, as the event's.
///
/// 16 bytes a mention (was 40 with the lemma a string and `follows` an array, 20 with the code's length): the lemma is
/// its number in the load's numbering (`WordNumbers.lemmaNumber(_:)`), and the ordinals the mention follows and its
/// summary are a code in its document's pool (`code`), which ends where the next mention's starts.
struct MentionExtras: Sendable {
    var ordinal: Int { Int(storedOrdinal) }
    private var storedOrdinal: Int32
    /// The lemma's number in the load's numbering of lemmas.
    var lemmaNumber: UInt32
    /// The mention's code in its document's pool: the count of ordinals it follows and those ordinals (variable-length
    /// numbers, seven bits a byte, low bits first), then its summary as pieces of its sentence and literal text
    /// (`SummaryCoding`; one string per mention was a string header and an allocation each, about as large as the
    /// text, and the text itself was 55 bytes a mention in the generated corpus).
    var codeStart: Int32
    var triggerClass: TriggerClass

    init(_ m: ExtractedMention, lemma: UInt32, pool: inout [UInt8]) {
        storedOrdinal = Int32(clamping: m.ordinal)
        lemmaNumber = lemma
        triggerClass = m.triggerClass
        codeStart = Int32(pool.count)
        VarInt.append(m.follows.count, to: &pool)
        for p in m.follows { VarInt.append(p, to: &pool) }
        SummaryCoding.encode(m.summary, sentence: Array(m.mention.text.unicodeScalars), into: &pool)
    }

    /// The extras of one document's mentions, their lemmas numbered in `words`, and their pool (made to size).
    static func of(_ mentions: [ExtractedMention], words: WordNumbers) -> (extras: [MentionExtras], pool: [UInt8]) {
        var pool: [UInt8] = []
        let lemmas = words.withLock { words in mentions.map { words.lemmaNumber($0.lemma) } }
        let extras = mentions.indices.map { MentionExtras(mentions[$0], lemma: lemmas[$0], pool: &pool) }
        return (extras, pool.withUnsafeBufferPointer { Array($0) })
    }

    /// The ordinals (in its document) of the mentions this one comes after, from `pool`.
    func follows(in pool: [UInt8]) -> [Int] {
        var p = Int(codeStart)
        let n = VarInt.read(pool, at: &p)
        if n == 0 { return [] }
        return (0..<n).map { _ in VarInt.read(pool, at: &p) }
    }

    /// The summary, from `pool`, of the mention whose sentence is `sentence` and whose code ends at `end` (where the
    /// next mention's starts, or the pool's end).
    func summary(in pool: [UInt8], end: Int, sentence: String) -> String {
        var p = Int(codeStart)
        let n = VarInt.read(pool, at: &p)
        for _ in 0..<n { _ = VarInt.read(pool, at: &p) }
        return SummaryCoding.decode(pool[p..<end], sentence: Array(sentence.unicodeScalars))
    }
}

/// Every document's mentions as the merge reads them: mention `i` of the corpus is found through the list it is
/// in (`MentionTable`), so the merge needs no flat copy of every mention, and its events none either.
struct MentionLists {
    let table: MentionTable
    private let extras: [[MentionExtras]]
    private let pools: [[UInt8]]
    /// The lemmas by their numbers (`MentionExtras.lemmaNumber`).
    private let lemmas: [String]

    /// `extras[k][j]` belongs to `table.lists[k][j]`, its code in `pools[k]`, its lemma numbered in `words`.
    init(table: MentionTable, extras: [[MentionExtras]], pools: [[UInt8]], words: WordNumbers?) {
        self.table = table
        self.extras = extras
        self.pools = pools
        self.lemmas = words?.lemmas ?? []
    }

    /// The mentions of `lists`, split into the table and what only the merge reads.
    init(_ lists: [[ExtractedMention]]) {
        let words = WordNumbers()
        let split = lists.map { MentionExtras.of($0, words: words) }
        self.init(table: MentionTable(lists.map { $0.map(\.mention) }), extras: split.map(\.extras), pools: split.map(\.pool),
                  words: words)
    }

    /// The summary of mention `i`.
    func summary(_ i: Int) -> String {
        let (k, j) = table.position(i)
        let end = j + 1 < extras[k].count ? Int(extras[k][j + 1].codeStart) : pools[k].count
        return extras[k][j].summary(in: pools[k], end: end, sentence: table[i].text)
    }

    /// The ordinals of the mentions of its document that mention `i` comes after.
    func follows(_ i: Int) -> [Int] {
        let (k, j) = table.position(i)
        return extras[k][j].follows(in: pools[k])
    }

    /// The lemma of mention `i`'s predicate.
    func lemma(_ i: Int) -> String {
        lemmas[Int(self[extra: i].lemmaNumber)]
    }

    var count: Int { table.count }
    var indices: Range<Int> { 0..<table.count }

    subscript(i: Int) -> Mention {
        _read { yield table[i] }
    }

    subscript(extra i: Int) -> MentionExtras {
        _read {
            let (k, j) = table.position(i)
            yield extras[k][j]
        }
    }
}

extension MentionTable {
    /// The list of mention `i` and its place in it.
    func position(_ i: Int) -> (Int, Int) {
        let k = Int(listOf[i])
        return (k, i - starts[k])
    }
}
