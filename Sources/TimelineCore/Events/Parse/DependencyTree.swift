/// A parsed sentence read as a tree: children, subtrees and head chains (0-based word indices).
struct DependencyTree: Sendable {
    let words: [ParsedWord]
    let children: [[Int]]
    /// Per word, read once here (the rules ask for them many times): the relation without its subtype, the
    /// lemma and the form lowercased.
    private let bases: [String]
    private let lemmas: [String]
    private let lowers: [String]

    /// Whether every head chain reaches the root: then a subtree is walked without marking the words seen.
    private let acyclic: Bool
    /// Per word, when its subtree is every word from its first to its last (most subtrees), those words; else nil.
    private let blocks: [Range<Int>?]

    init(_ parse: ParsedSentence) {
        words = parse.words
        let n = parse.words.count
        var kids = [[Int]](repeating: [], count: n)
        for (i, w) in parse.words.enumerated() where w.head > 0 && w.head <= n && w.head - 1 != i {
            kids[w.head - 1].append(i)
        }
        children = kids
        bases = parse.words.map { w in Self.base(w.deprel) }
        lemmas = parse.words.map { Self.lowercased($0.lemma) }
        lowers = parse.words.map { Self.lowercased($0.form) }
        (acyclic, blocks) = Self.blocks(parse.words)
    }

    /// The relation without its subtype; the relation itself (its storage shared) when it has none.
    private static func base(_ deprel: String) -> String {
        guard let colon = deprel.utf8.firstIndex(of: UInt8(ascii: ":")) else { return deprel }
        // (a relation opening with a colon, which no model gives, as `split` reads it)
        guard colon != deprel.utf8.startIndex else { return String(deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)) }
        return String(deprel[..<colon])
    }

    /// Each word's depth (its head chain's length), then, from the deepest words up, each subtree's size, first and
    /// last word. Nil blocks when a head chain never reaches the root (a cycle).
    private static func blocks(_ words: [ParsedWord]) -> (Bool, [Range<Int>?]) {
        let n = words.count
        func head(_ i: Int) -> Int? {
            let h = words[i].head - 1
            return h >= 0 && h < n && h != i ? h : nil
        }
        var depth = [Int](repeating: -1, count: n)
        var path: [Int] = []
        for i in 0..<n where depth[i] < 0 {
            path.removeAll(keepingCapacity: true)
            var k = i, top = 0
            while true {
                if depth[k] >= 0 { top = depth[k] + 1; break }
                path.append(k)
                if path.count > n { return (false, [Range<Int>?](repeating: nil, count: n)) }
                guard let h = head(k) else { break }
                k = h
            }
            for (j, p) in path.reversed().enumerated() { depth[p] = top + j }
        }
        var size = [Int](repeating: 1, count: n), first = Array(0..<n), last = Array(0..<n)
        for i in (0..<n).sorted(by: { depth[$0] > depth[$1] }) {
            guard let h = head(i) else { continue }
            size[h] += size[i]
            first[h] = min(first[h], first[i])
            last[h] = max(last[h], last[i])
        }
        return (true, (0..<n).map { i in last[i] - first[i] + 1 == size[i] ? first[i]..<last[i] + 1 : nil })
    }

    /// `s.lowercased()`, without making a new string for one already in lower case (most words, every lemma).
    static func lowercased(_ s: String) -> String {
        s.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } ? s : s.lowercased()
    }

    var count: Int { words.count }

    /// The head's index, nil for the root (or a broken head).
    func head(_ i: Int) -> Int? {
        let h = words[i].head - 1
        return h >= 0 && h < words.count && h != i ? h : nil
    }

    /// The relation without its subtype: "nsubj:pass" → "nsubj".
    func base(_ i: Int) -> String { bases[i] }

    func rel(_ i: Int) -> String { words[i].deprel }

    func lemma(_ i: Int) -> String { lemmas[i] }

    func lower(_ i: Int) -> String { lowers[i] }

    /// Children of `i` with relation `r` (with or without subtype when `r` has none).
    func children(_ i: Int, _ relations: Set<String>) -> [Int] {
        children[i].filter { c in
            let rel = words[c].deprel
            return relations.contains(rel) || bases[c].utf8.count != rel.utf8.count && relations.contains(bases[c])
        }
    }

    /// The same for a few relations written out (`children(f, ["obj", "iobj"])`): compared one by one, without
    /// building and hashing a set at every call.
    func children(_ i: Int, _ relations: [String]) -> [Int] {
        children[i].filter { c in
            let rel = words[c].deprel, base = bases[c]
            // (The base is the relation itself when it has no subtype: one comparison then.)
            if base.utf8.count == rel.utf8.count { return relations.contains(rel) }
            return relations.contains { $0 == rel || $0 == base }
        }
    }

    /// `i` and every word below it, in sentence order.
    func subtree(_ i: Int) -> [Int] {
        if let block = blocks[i] { return Array(block) }
        return subtree(i, stop: { _ in false })
    }

    /// The same, `stop` pruning a child and its subtree.
    func subtree(_ i: Int, stop: (Int) -> Bool) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        // (Below a word whose head chain reaches the root no word is met twice.)
        if acyclic {
            while let k = stack.popLast() {
                out.append(k)
                for c in children[k] where !stop(c) { stack.append(c) }
            }
            out.sort()
            return out
        }
        var seen = [Bool](repeating: false, count: words.count)
        while let k = stack.popLast() {
            guard !seen[k] else { continue }
            seen[k] = true
            out.append(k)
            for c in children[k] where !stop(c) { stack.append(c) }
        }
        out.sort()
        return out
    }

    /// The heads above `i`, nearest first (guarded against cycles).
    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var k = i
        while let h = head(k), !out.contains(h), out.count < words.count { out.append(h); k = h }
        return out
    }

    func range(_ i: Int) -> TextRange? { words[i].range }
}
