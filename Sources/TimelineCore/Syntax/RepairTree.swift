/// A parse under repair: 0-based indices, heads rewritten in place.
struct RepairTree {
    private(set) var words: [ParsedWord]
    private var lowers: [String]
    /// Each word's relation without its subtype ("nsubj" of "nsubj:pass"), kept in step with `attach`: every repair
    /// asks it of every word.
    private var bases: [Substring]
    /// Each word's dependents in sentence order, kept in step with `attach` (a 2,000-word sentence stays linear).
    private var kids: [[Int]]

    init(_ parse: ParsedSentence) {
        words = parse.words
        lowers = parse.words.map { DependencyTree.lowercased($0.form) }
        bases = parse.words.map(\.deprel).map(Self.base)
        var k = [[Int]](repeating: [], count: parse.words.count)
        for (i, w) in parse.words.enumerated() where w.head >= 1 && w.head <= parse.words.count { k[w.head - 1].append(i) }
        kids = k
    }

    var indices: Range<Int> { words.indices }
    func lower(_ i: Int) -> String { lowers[i] }
    func base(_ i: Int) -> Substring { bases[i] }
    private static func base(_ deprel: String) -> Substring {
        // (the part before the first colon, without splitting into an array; a relation opening with a colon, which no
        // model gives, as `split` reads it)
        guard let colon = deprel.utf8.firstIndex(of: UInt8(ascii: ":")) else { return Substring(deprel) }
        guard colon != deprel.utf8.startIndex else { return deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel) }
        return deprel[..<colon]
    }
    func head(_ i: Int) -> Int? {
        let h = words[i].head - 1
        return h >= 0 && h < words.count && h != i ? h : nil
    }
    func children(_ i: Int) -> [Int] { kids[i] }

    /// The first and last word of `i`'s subtree (guarded against cycles), and its first word other than a mark.
    func subtreeStart(_ i: Int) -> Int? { subtree(i).min() }
    func firstWord(_ i: Int) -> Int? { subtree(i).filter { words[$0].upos != "PUNCT" }.min() }
    func subtreeEnd(_ i: Int) -> Int? { subtree(i).max() }
    func subtreeWords(_ i: Int) -> [Int] { subtree(i) }
    /// The heads above `i`, nearest first (guarded against cycles).
    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var k = i
        while let h = head(k), !out.contains(h), out.count < words.count { out.append(h); k = h }
        return out
    }
    private func subtree(_ i: Int) -> [Int] {
        var out: [Int] = [], stack = [i], seen = [Bool](repeating: false, count: words.count)
        while let k = stack.popLast() {
            guard !seen[k] else { continue }
            seen[k] = true
            out.append(k)
            stack += children(k)
        }
        return out
    }

    /// The head of the noun phrase whose last word is `last`: up through its nominal heads ("the Botanical Garden ⟦of⟧
    /// the city") that come before word `limit`.
    func nounPhraseHead(endingAt last: Int, before limit: Int) -> Int {
        var noun = last
        for _ in indices {
            guard let h = head(noun), h < limit, ["flat", "compound", "nmod", "amod", "det", "nummod"].contains(base(noun)) else { break }
            noun = h
        }
        return noun
    }

    /// A verb that carries tense of its own, or through an auxiliary ("will be succeeded").
    func isFinite(_ i: Int) -> Bool {
        ["VBD", "VBZ", "VBP"].contains(words[i].xpos)
            || words[i].xpos == "VBN" && children(i).allSatisfy { base($0) != "aux" } && words[i].upos == "VERB"
            || children(i).contains { base($0) == "aux" && ["MD", "VBD", "VBZ", "VBP"].contains(words[$0].xpos) }
    }

    /// Gives word `i` another lemma.
    mutating func setLemma(_ i: Int, _ lemma: String) { words[i].lemma = lemma }

    /// Gives word `i` another part of speech (its lemma stays).
    mutating func retag(_ i: Int, upos: String, xpos: String) {
        words[i].upos = upos
        words[i].xpos = xpos
    }

    /// Makes `verb` the clause a subordinator opens under `host`: "hours ⟦after⟧ ⟦negotiations⟧ … ⟦broke⟧ down", read as
    /// a preposition phrase and a clause of its own, becomes the verb's `advcl`, the noun its subject, the
    /// subordinator its mark.
    mutating func subordinate(_ verb: Int, to host: Int, subject: Int, marker: Int) {
        attach(verb, to: host, rel: "advcl")
        attach(subject, to: verb, rel: "nsubj")
        attach(marker, to: verb, rel: "mark")
        retag(marker, upos: "SCONJ", xpos: "IN")
    }

    /// Makes `first` the head of a coordination the parse read the other way round: `first` takes `second`'s place (its
    /// head and relation, or the root) and `second` becomes its conjunct ("the crowd ⟦surged⟧ and five people were
    /// crushed", "police ⟦shut⟧ the road and emptied the beach").
    mutating func coordinate(_ first: Int, before second: Int) {
        attach(first, to: head(second) ?? -1, rel: words[second].head == 0 ? "root" : words[second].deprel)
        attach(second, to: first, rel: "conj")
    }

    /// Hangs the dependents of `noun` after word `k` on the verb `v`: a noun's modifier (the date, "on Monday") becomes
    /// the verb's oblique, its punctuation the verb's. For a noun a repair has just found to be the verb's argument.
    mutating func hangDependents(of noun: Int, after k: Int, on v: Int) {
        for c in children(noun) where c > k {
            attach(c, to: v, rel: words[c].upos == "PUNCT" ? "punct" : base(c) == "nmod" ? "obl" : words[c].deprel)
        }
    }

    /// Makes `v` the clause's verb in the past tense, the root, with `subject` and the noun `object` (whose later
    /// dependents become the verb's): what two repairs found read as a noun phrase with a participle or a compound in it.
    mutating func makePastTenseRoot(_ v: Int, subject: Int, object: Int) {
        retag(v, upos: "VERB", xpos: "VBD")
        attach(v, to: -1, rel: "root")
        attach(subject, to: v, rel: "nsubj")
        attach(object, to: v, rel: "obj")
        hangDependents(of: object, after: object, on: v)
    }

    /// Hangs `i` on `head` (-1: the root), keeping its relation unless one is given.
    mutating func attach(_ i: Int, to head: Int, rel: String? = nil) {
        let old = words[i].head
        if old >= 1 && old <= words.count { kids[old - 1].removeAll { $0 == i } }
        words[i].head = head + 1
        if head >= 0 && head < words.count {
            kids[head].insert(i, at: kids[head].firstIndex { $0 > i } ?? kids[head].count)
        }
        if let rel { words[i].deprel = rel; bases[i] = Self.base(rel) }
    }
}

extension ParsedSentence {
    /// This parse with `ParseRepair.all` applied.
    public func repaired() -> ParsedSentence { repaired(ParseRepair.all) }

    func repaired(_ repairs: [ParseRepair]) -> ParsedSentence {
        var t = RepairTree(self)
        var changed = false
        for r in repairs where r.apply(&t) { changed = true }
        return changed ? ParsedSentence(words: t.words) : self
    }
}

extension SyntaxModel {
    /// The pipeline's reading of a sentence: the model's parse with the repairs of `ParseRepair.all`.
    public func read(_ tokens: [Token]) -> ParsedSentence {
        analyse(tokens).repaired()
    }
}
