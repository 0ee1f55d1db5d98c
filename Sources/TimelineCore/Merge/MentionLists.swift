/// Every document's mentions as one list, read in place: mention `i` of the corpus is found through the list it is
/// in, so the merge needs no flat copy of every mention (which doubled the memory a load peaked at).
struct MentionLists: RandomAccessCollection {
    private let lists: [[ExtractedMention]]
    /// The list of each mention, and where each list starts.
    private let listOf: [Int32]
    private let starts: [Int]

    init(_ lists: [[ExtractedMention]]) {
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

    var startIndex: Int { 0 }
    var endIndex: Int { listOf.count }

    subscript(i: Int) -> ExtractedMention {
        let k = Int(listOf[i])
        return lists[k][i - starts[k]]
    }
}
