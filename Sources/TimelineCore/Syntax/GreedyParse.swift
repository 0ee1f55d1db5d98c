extension SyntaxModel {
    /// Heads (0 = root) and label classes for words 1...n given their joint tags (index 0 of the results unused):
    /// each configuration's best legal move, each arc's best label.
    ///
    /// Most of a parse's time is spent waiting for the weight tables' memory, so reads are asked for ahead of use
    /// (`MoveTable.prefetch`, `WeightTable.prefetch`): a configuration's transition buckets as soon as its features
    /// are hashed, and after an arc, the buckets of its label features and those of the next configuration together.
    /// The next configuration's features are hashed before the arc's label is known (`ParserState.apply(_:)`), and the
    /// few templates that read that label hashed again once it is (`MovePlan.afterLeftArc`, `afterRightArc`). Integer
    /// sums in another order: the same scores, the same parses.
    public func parse(_ atoms: [WordAtoms], tags: [Int]) -> (heads: [Int32], labels: [UInt8]) {
        let n = atoms.count
        var words = [UInt64](repeating: Self.rootWord, count: n + 1)
        var tagHashes = [UInt64](repeating: Self.rootTag, count: n + 1)
        var classes = [UInt64](repeating: Self.rootClass, count: parserClasses ? n + 1 : 1)
        for i in 0..<n {
            words[i + 1] = atoms[i].norm
            tagHashes[i + 1] = Self.tagHash(tags[i])
            if parserClasses { classes[i + 1] = atoms[i].wordClass }
        }
        var heads: [Int32] = [], arcLabels: [UInt8] = []
        let plan = movePlan, width = n + 2
        let room = max(ParserFeatures.count + ParserFeatures.classCount, LabelFeatures.count + LabelFeatures.classCount)
        words.withUnsafeBufferPointer { wp in
        tagHashes.withUnsafeBufferPointer { tp in
        classes.withUnsafeBufferPointer { cp in
        let words = wp.baseAddress!, tags = tp.baseAddress!, classes = cp.baseAddress!
        let roleScores = plan.roleScores(n: n, words: words, tags: tags, table: transitions)
        roleScores.withUnsafeBufferPointer { rs in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * room) { buffer in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: labeller.stride) { labelScores in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 3) { s in
            // (the move features, the label features and the extractor's scratch)
            let f = buffer.baseAddress!, lf = f + room, scratch = lf + room
            // (a local of this closure, not captured by it: passed to functions without a copy)
            var st = ParserState(words: n)
            // The count of move features in `f` already hashed for this configuration (0: none).
            var ahead = 0
            while !st.isTerminal {
                var move = ParserState.Move.shift
                if let only = st.onlyLegalMove {
                    // Nothing to choose (the stack holds only the root, or the buffer is empty): no scoring.
                    move = only
                } else {
                    let count = ahead > 0 ? ahead : moveFeatures(st, words, tags, classes, into: f)
                    s.initialize(repeating: 0)
                    transitions.score(UnsafeBufferPointer(start: f, count: count), into: s.baseAddress!)
                    // The single-position templates, scored before the first move (positions as `ParserFeatures.Atoms` reads them).
                    let sc = st.stack.count, b0 = st.b0
                    @inline(__always) func add(_ role: ParserFeatures.Role, _ i: Int) {
                        let at = (role.rawValue * width + i + 1) * 4
                        s[0] &+= rs[at]; s[1] &+= rs[at + 1]; s[2] &+= rs[at + 2]
                    }
                    add(.s0, Int(st.stack[sc - 1]))
                    add(.s1, Int(st.stack[sc - 2]))
                    add(.s2, sc >= 3 ? Int(st.stack[sc - 3]) : -1)
                    add(.b0, b0 <= n ? b0 : -1)
                    add(.b1, b0 + 1 <= n ? b0 + 1 : -1)
                    add(.b2, b0 + 2 <= n ? b0 + 2 : -1)
                    var best = Int32.min
                    var legal = false
                    for m in ParserState.Move.allCases where st.isLegal(m) && (!legal || s[m.rawValue] > best) {
                        best = s[m.rawValue]
                        move = m
                        legal = true
                    }
                }
                ahead = 0
                guard let (h, d) = st.arc(move) else {
                    _ = st.apply(move)
                    continue
                }
                if let label = labelWithoutScores(h, d, tags) {
                    st.apply(move, label: label)
                    continue
                }
                // The label's features read the configuration before the arc; the next configuration's are hashed while
                // their buckets arrive, those reading the label hashed again once it is known.
                let labelled = labelFeatures(st, h, d, words, tags, classes, scratch: scratch, into: lf)
                _ = st.apply(move)
                if !st.isTerminal && st.onlyLegalMove == nil { ahead = moveFeatures(st, words, tags, classes, into: f) }
                labelScores.initialize(repeating: 0)
                labeller.score(UnsafeBufferPointer(start: lf, count: labelled), into: labelScores.baseAddress!)
                st.setLabel(bestLabel(labelScores), head: h, dep: d)
                if ahead > 0 {
                    let a = ParserFeatures.Atoms(st, words: words, tags: tags)
                    for (at, k) in move == .left ? plan.afterLeftArc : plan.afterRightArc { f[at] = a.relabelled(k) }
                }
            }
            heads = st.heads
            arcLabels = st.labels
        }}}}}}}
        return (heads, arcLabels)
    }

    /// Hashes the move features of the configuration into `out` and asks for their buckets; returns their count.
    @inline(__always)
    func moveFeatures(_ st: ParserState, _ words: UnsafePointer<UInt64>, _ tags: UnsafePointer<UInt64>, _ classes: UnsafePointer<UInt64>,
                      into out: UnsafeMutablePointer<UInt64>) -> Int {
        var count = ParserFeatures.extract(st, words: words, tags: tags, templates: movePlan.rest, prefetching: transitions, into: out).count
        if parserClasses {
            ParserFeatures.extractClasses(st, classes: classes, tags: tags, into: out + count)
            transitions.prefetch(UnsafeBufferPointer(start: out + count, count: ParserFeatures.classCount))
            count += ParserFeatures.classCount
        }
        return count
    }

    /// The label of an arc that needs no scores: the root's, or that of a tag pair with a fixed label (nil otherwise).
    @inline(__always)
    func labelWithoutScores(_ h: Int, _ d: Int, _ tags: UnsafePointer<UInt64>) -> UInt8? {
        if h == 0 { return rootLabel }
        if hasFixedLabels, let l = fixedLabels[LabelFeatures.pairKey(head: tags[h], dep: tags[d], left: d < h)] { return UInt8(truncatingIfNeeded: l) }
        return nil
    }

    /// Writes the label features of the arc from `h` to `d` (in the configuration before it) to `out` and asks for their
    /// buckets; returns their count.
    @inline(__always)
    func labelFeatures(_ st: ParserState, _ h: Int, _ d: Int, _ words: UnsafePointer<UInt64>, _ tags: UnsafePointer<UInt64>,
                       _ classes: UnsafePointer<UInt64>, scratch: UnsafeMutablePointer<UInt64>, into out: UnsafeMutablePointer<UInt64>) -> Int {
        LabelFeatures.extract(st, head: h, dep: d, words: words, tags: tags, prefetching: labeller, into: scratch)
        var count = labelTemplates.count
        if labelTemplates.isAll { out.update(from: scratch, count: count) } else { _ = labelTemplates.select(scratch, into: out) }
        if parserClasses {
            LabelFeatures.extractClasses(st, head: h, dep: d, classes: classes, tags: tags, into: out + count)
            labeller.prefetch(out + count, count: LabelFeatures.classCount)
            count += LabelFeatures.classCount
        }
        return count
    }

    /// The best label but the root's by the label scores `s` (`labeller.stride` of them, the labels' first).
    @inline(__always)
    func bestLabel(_ s: UnsafeMutableBufferPointer<Int32>) -> UInt8 {
        var best = rootLabel == 0 ? 1 : 0
        for k in 0..<labels.count where k != Int(rootLabel) && s[k] > s[best] { best = k }
        return UInt8(best)
    }
}
