/// A parsed sentence read as a tree: children, subtrees and head chains (0-based word indices).
struct DependencyTree: Sendable {
    let words: [ParsedWord]
    let children: [[Int]]
    /// Per word, read once here (the rules ask for them many times): the relation without its subtype, the
    /// lemma and the form lowercased.
    private let bases: [String]
    private let lemmas: [String]
    private let lowers: [String]

    init(_ parse: ParsedSentence) {
        words = parse.words
        var kids = [[Int]](repeating: [], count: parse.words.count)
        for (i, w) in parse.words.enumerated() where w.head > 0 && w.head <= parse.words.count && w.head - 1 != i {
            kids[w.head - 1].append(i)
        }
        children = kids
        bases = parse.words.map { w in String(w.deprel.split(separator: ":", maxSplits: 1).first ?? Substring(w.deprel)) }
        lemmas = parse.words.map { Self.lowercased($0.lemma) }
        lowers = parse.words.map { Self.lowercased($0.form) }
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

    /// `i` and every word below it, in sentence order; `stop` prunes a child and its subtree.
    func subtree(_ i: Int, stop: (Int) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        var seen = [Bool](repeating: false, count: words.count)
        while let k = stack.popLast() {
            guard !seen[k] else { continue }
            seen[k] = true
            out.append(k)
            for c in children[k] where !stop(c) { stack.append(c) }
        }
        return out.sorted()
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
