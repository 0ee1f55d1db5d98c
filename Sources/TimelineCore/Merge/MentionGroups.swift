/// The merge's groups of mentions, one per event: group `g`'s mention indices, ascending, are `members` from the end
/// of group `g - 1` to `ends[g]`. Held from the sweep's end until the events are ordered: one flat array of 32-bit
/// indices, where an array of `Int` per group was 64 bytes or more for each of the 900,000 groups of 100,000 articles.
struct MentionGroups {
    private(set) var members: [Int32] = []
    private(set) var ends: [Int32] = []

    /// The groups of `sets` over `count` mentions, in order of their smallest mention index (the union–find root),
    /// so the result never depends on hashing.
    init(_ sets: inout DisjointSets, count: Int) {
        var groupOf = [Int32](repeating: -1, count: count)
        var sizes: [Int32] = []
        var root = [Int32](repeating: 0, count: count)
        for i in 0..<count {
            let r = sets.find(i)
            root[i] = Int32(r)
            if groupOf[r] < 0 { groupOf[r] = Int32(sizes.count); sizes.append(0) }
            sizes[Int(groupOf[r])] += 1
        }
        // Each group's slice starts where the one before it ends; its members are written in index order.
        ends.reserveCapacity(sizes.count)
        var next: [Int32] = []
        next.reserveCapacity(sizes.count)
        var total: Int32 = 0
        for s in sizes {
            next.append(total)
            total += s
            ends.append(total)
        }
        members = [Int32](repeating: 0, count: count)
        for i in 0..<count {
            let g = Int(groupOf[Int(root[i])])
            members[Int(next[g])] = Int32(i)
            next[g] += 1
        }
    }

    var count: Int { ends.count }
    var indices: Range<Int> { 0..<ends.count }

    /// Group `g`'s mention indices, ascending.
    subscript(g: Int) -> ArraySlice<Int32> {
        members[(g == 0 ? 0 : Int(ends[g - 1]))..<Int(ends[g])]
    }
}
