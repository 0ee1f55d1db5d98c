import Testing
@testable import TimelineCore

@Suite struct DependencyTreeTests {
    /// A sentence from its heads (1-based, 0 for the root) and relations.
    static func tree(_ heads: [Int], _ rels: [String]? = nil) -> DependencyTree {
        DependencyTree(ParsedSentence(words: heads.enumerated().map { i, h in
            ParsedWord(form: "w\(i)", head: h, deprel: rels?[i] ?? "dep")
        }))
    }

    /// The walk the tree's subtrees must agree with: every word reached from `i` through children, each once.
    static func reference(_ t: DependencyTree, _ i: Int, stop: (Int) -> Bool = { _ in false }) -> [Int] {
        var out = Set<Int>(), stack = [i]
        while let k = stack.popLast() {
            guard out.insert(k).inserted else { continue }
            stack += t.children[k].filter { !stop($0) }
        }
        return out.sorted()
    }

    @Test(arguments: [
        // projective: every subtree a run of words
        [2, 0, 4, 2, 2],
        // non-projective: word 3 hangs on word 1 across word 2's head
        [0, 1, 1, 2, 1, 4],
        // a cycle (2 → 3 → 2) beside the root, and a word pointing at itself
        [0, 3, 2, 1, 5],
        // no root at all
        [2, 3, 1],
        // heads out of range
        [0, 9, -1, 1],
    ])
    func subtreesMatchTheWalk(heads: [Int]) {
        let t = Self.tree(heads)
        for i in 0..<t.count {
            #expect(t.subtree(i) == Self.reference(t, i), "word \(i) of \(heads)")
            #expect(t.subtree(i, stop: { $0 % 2 == 1 }) == Self.reference(t, i, stop: { $0 % 2 == 1 }), "word \(i) of \(heads)")
        }
    }

    @Test func relationBases() {
        let t = Self.tree([0, 1, 1, 1], ["root", "nsubj:pass", ":odd", "obl:tmod:x"])
        #expect((0..<4).map { t.base($0) } == ["root", "nsubj", "odd", "obl"])
        #expect(t.children(0, ["nsubj"]) == [1])
        #expect(t.children(0, Set(["obl:tmod:x"])) == [3])
    }
}
