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
struct MentionExtras: Sendable {
    var lemma: String
    var follows: [Int]
    var ordinal: Int { Int(storedOrdinal) }
    /// (In 32 bits, beside the summary's: 40 bytes a mention, not 48.)
    private var storedOrdinal: Int32
    /// The summary's code in its document's pool of summaries: pieces of the mention's sentence and literal text
    /// (`SummaryCoding`; one string per mention was a string header and an allocation each, about as large as the
    /// text, and the text itself was 55 bytes a mention in the generated corpus).
    var summaryStart: Int32
    var summaryCount: Int32
    var triggerClass: TriggerClass

    init(_ m: ExtractedMention, pool: inout [UInt8]) {
        lemma = m.lemma
        follows = m.follows
        storedOrdinal = Int32(clamping: m.ordinal)
        triggerClass = m.triggerClass
        summaryStart = Int32(pool.count)
        SummaryCoding.encode(m.summary, sentence: Array(m.mention.text.unicodeScalars), into: &pool)
        summaryCount = Int32(pool.count) - summaryStart
    }

    /// The extras of one document's mentions, and their summaries' pool (made to size).
    static func of(_ mentions: [ExtractedMention]) -> (extras: [MentionExtras], summaries: [UInt8]) {
        var pool: [UInt8] = []
        let extras = mentions.map { MentionExtras($0, pool: &pool) }
        return (extras, pool.withUnsafeBufferPointer { Array($0) })
    }

    /// The summary, from `pool`, of the mention whose sentence is `sentence`.
    func summary(in pool: [UInt8], sentence: String) -> String {
        SummaryCoding.decode(pool[Int(summaryStart)..<Int(summaryStart + summaryCount)], sentence: Array(sentence.unicodeScalars))
    }
}

/// Every document's mentions as the merge reads them: mention `i` of the corpus is found through the list it is
/// in (`MentionTable`), so the merge needs no flat copy of every mention, and its events none either.
struct MentionLists {
    let table: MentionTable
    private let extras: [[MentionExtras]]
    private let summaries: [[UInt8]]

    /// `extras[k][j]` belongs to `table.lists[k][j]`, its summary in `summaries[k]`.
    init(table: MentionTable, extras: [[MentionExtras]], summaries: [[UInt8]]) {
        self.table = table
        self.extras = extras
        self.summaries = summaries
    }

    /// The mentions of `lists`, split into the table and what only the merge reads.
    init(_ lists: [[ExtractedMention]]) {
        let split = lists.map(MentionExtras.of)
        self.init(table: MentionTable(lists.map { $0.map(\.mention) }), extras: split.map(\.extras), summaries: split.map(\.summaries))
    }

    /// The summary of mention `i`.
    func summary(_ i: Int) -> String {
        let (k, j) = table.position(i)
        return extras[k][j].summary(in: summaries[k], sentence: table[i].text)
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
