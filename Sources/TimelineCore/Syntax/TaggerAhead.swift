extension SyntaxModel {
    /// The first tagging pass of a model with the base templates (`TaggerFeatures.base`), the same tags as `tagPass`
    /// gives, with the memory reads of the words ahead started early. Most of the tagger's time is spent waiting for
    /// the weight table's buckets and rows, and most of a word's features read the words alone
    /// (`TaggerFeatures.extractWords`), not the tags to its left: so while a word is scored, the features of the word
    /// two ahead are hashed and their buckets asked for (`WeightTable.prefetch`), and the slots of the next word are
    /// found and its rows asked for (`WeightTable.resolve`). The six features reading the previous tags are hashed and
    /// their buckets asked for before that work, and looked up after it. Words of the tag dictionary take no part. (Integer sums in another order: the same
    /// scores.)
    func tagAhead(_ atoms: [WordAtoms], constraints: TagSets?) -> [Int] {
        let n = atoms.count, table = tagger
        var out = [Int](repeating: 0, count: n)
        var scored = [Int](repeating: 0, count: n)
        var m = 0
        atoms.withUnsafeBufferPointer { words in
        out.withUnsafeMutableBufferPointer { out in
        scored.withUnsafeMutableBufferPointer { scored in
            for i in 0..<n {
                if let t = tagDictionary[words[i].formHash] { out[i] = Int(t) } else { scored[m] = i; m += 1 }
            }
            guard m > 0 else { return }
            let w = TaggerFeatures.wordsCount, t = TaggerFeatures.tagsCount
            // (hashed two words ahead, resolved one ahead: further ahead measured no faster)
            let hashAhead = 2, resolveAhead = 1, ring = hashAhead + 1
            // (three words' features and slots in turn: the word scored, the next, the one after)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * ring * w + 2 * t) { buffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: table.stride) { padded in
                let features = buffer.baseAddress!, found = features + ring * w
                let tagFeatures = found + ring * w, tagFound = tagFeatures + t
                let s = UnsafeMutableBufferPointer(rebasing: padded[0..<tags.count])
                @inline(__always) func hash(_ k: Int) {
                    guard k < m else { return }
                    let at = features + k % ring * w
                    TaggerFeatures.extractWords(words, scored[k], into: at)
                    table.prefetch(at, count: w)
                }
                @inline(__always) func resolve(_ k: Int) {
                    guard k < m else { return }
                    table.resolve(features + k % ring * w, count: w, into: found + k % ring * w)
                }
                for k in 0..<hashAhead { hash(k) }
                for k in 0..<resolveAhead { resolve(k) }
                for k in 0..<m {
                    let i = scored[k]
                    TaggerFeatures.extractTags(words, i, i >= 1 ? out[i - 1] : -1, i >= 2 ? out[i - 2] : -2, into: tagFeatures)
                    table.prefetch(tagFeatures, count: t)
                    hash(k + hashAhead)
                    resolve(k + resolveAhead)
                    table.resolve(tagFeatures, count: t, into: tagFound)
                    padded.initialize(repeating: 0)
                    table.add(found + k % ring * w, count: w, into: padded.baseAddress!)
                    table.add(tagFound, count: t, into: padded.baseAddress!)
                    out[i] = bestTag(s, i, words, UnsafePointer(out.baseAddress!), constraints: constraints)
                }
            }}
        }}}
        return out
    }
}
