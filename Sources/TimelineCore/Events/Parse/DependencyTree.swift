/// A parsed sentence read as a tree: children, subtrees and head chains (0-based word indices).
struct DependencyTree: Sendable {
    let words: [ParsedWord]
    let children: [[Int]]

    init(_ parse: ParsedSentence) {
        words = parse.words
        var kids = [[Int]](repeating: [], count: parse.words.count)
        for (i, w) in parse.words.enumerated() where w.head > 0 && w.head <= parse.words.count && w.head - 1 != i {
            kids[w.head - 1].append(i)
        }
        children = kids
    }

    var count: Int { words.count }

    /// The head's index, nil for the root (or a broken head).
    func head(_ i: Int) -> Int? {
        let h = words[i].head - 1
        return h >= 0 && h < words.count && h != i ? h : nil
    }

    /// The relation without its subtype: "nsubj:pass" → "nsubj".
    func base(_ i: Int) -> Substring {
        let r = words[i].deprel
        return r.split(separator: ":", maxSplits: 1).first ?? Substring(r)
    }

    func rel(_ i: Int) -> String { words[i].deprel }

    func lemma(_ i: Int) -> String { words[i].lemma.lowercased() }

    func lower(_ i: Int) -> String { words[i].form.lowercased() }

    /// Children of `i` with relation `r` (with or without subtype when `r` has none).
    func children(_ i: Int, _ relations: Set<String>) -> [Int] {
        children[i].filter { relations.contains(words[$0].deprel) || relations.contains(String(base($0))) }
    }

    /// `i` and every word below it, in sentence order; `stop` prunes a child and its subtree.
    func subtree(_ i: Int, stop: (Int) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        var seen = Set<Int>()
        while let k = stack.popLast() {
            guard seen.insert(k).inserted else { continue }
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
