import Testing
@testable import TimelineCore

/// The tagger and parser that ask for their memory ahead (`SyntaxModel.tagAhead`, `SyntaxModel.parse`) compute what the
/// plain passes compute.
@Suite struct SyntaxAheadTests {
    static let sentences: [[String]] = [
        "The ships were refloated on Tuesday , officials said .",
        "Talks over pay broke down in Baltimore after a 20 % gain in mid-March .",
        "the the the",
        "Examined",
        ". , ;",
        "Its share buyback , which the board approved in 2024 , was the largest since 1999 and cost $ 1,000.50 a share .",
        "A gunman opened fire inside a crowded shopping mall late on Saturday , killing two people and wounding five others before fleeing on foot , police said on Sunday .",
        "Ünïcode naïve 日本 🙂x e-mail n't 's -- studies cities stopped ABCdef99",
    ].map { $0.split(separator: " ").map(String.init) } + [[]]

    /// The words' features and the tags' features are the features of `TaggerFeatures.extract`, in another order.
    @Test func theWordAndTagFeaturesAreTheFeatures() {
        for forms in Self.sentences where !forms.isEmpty {
            let atoms = forms.map(WordAtoms.init)
            atoms.withUnsafeBufferPointer { w in
                for i in w.indices {
                    for (p1, p2) in [(-1, -2), (3, -1), (17, 40)] {
                        var all = [UInt64](repeating: 0, count: TaggerFeatures.count)
                        var parts = [UInt64](repeating: 0, count: TaggerFeatures.wordsCount + TaggerFeatures.tagsCount)
                        all.withUnsafeMutableBufferPointer { TaggerFeatures.extract(w, i, p1, p2, into: $0.baseAddress!) }
                        parts.withUnsafeMutableBufferPointer {
                            TaggerFeatures.extractWords(w, i, into: $0.baseAddress!)
                            TaggerFeatures.extractTags(w, i, p1, p2, into: $0.baseAddress! + TaggerFeatures.wordsCount)
                        }
                        #expect(all.sorted() == parts.sorted(), "\(forms) \(i)")
                    }
                }
            }
        }
    }

    /// The pass with its reads ahead gives the plain pass's tags, with and without the tag constraints.
    @Test func taggingAheadGivesThePlainPassesTags() throws {
        let model = try #require(SyntaxModel.shared)
        for forms in Self.sentences {
            let atoms = model.atoms(forms)
            for constraints in [TagSets.shared, nil] {
                #expect(model.tagAhead(atoms, constraints: constraints)
                        == model.tagPass(atoms, constraints: constraints, table: model.tagger, first: nil), "\(forms)")
            }
        }
    }

    /// After an arc, the next configuration's features hashed before its label (as label 0), with those of
    /// `ParserFeatures.Atoms.afterLeftArc` or `afterRightArc` hashed again after it, are that configuration's features: on
    /// every legal move of many configurations, each arc with several labels.
    @Test func featuresMendedAfterTheLabelAreTheFeatures() {
        let plan = MovePlan(.all(ParserFeatures.count))
        var seed: UInt64 = 20261206
        func next() -> UInt64 { seed = SyntaxHash.mix(seed, 0xA2C); return seed }
        for forms in Self.sentences where !forms.isEmpty {
            let n = forms.count
            let words = [SyntaxModel.rootWord] + forms.map { WordAtoms($0).norm }
            let tags = [SyntaxModel.rootTag] + (0..<n).map { SyntaxModel.tagHash($0 % 7) }
            words.withUnsafeBufferPointer { wp in tags.withUnsafeBufferPointer { tp in
                let w = wp.baseAddress!, t = tp.baseAddress!
                func features(_ st: ParserState) -> [UInt64] {
                    var out = [UInt64](repeating: 0, count: ParserFeatures.count)
                    let count = out.withUnsafeMutableBufferPointer { ParserFeatures.extract(st, words: w, tags: t, templates: plan.rest, into: $0.baseAddress!).count }
                    return Array(out.prefix(count))
                }
                var st = ParserState(words: n)
                while !st.isTerminal {
                    for m in ParserState.Move.allCases where m != .shift && st.isLegal(m) {
                        for label in [0, 1, 5, UInt8(next() % 51)] as [UInt8] {
                            var labelled = st, mended = st
                            labelled.apply(m, label: label)
                            let arc = mended.apply(m)!
                            var f = features(mended)
                            mended.setLabel(label, head: arc.head, dep: arc.dep)
                            let a = ParserFeatures.Atoms(mended, words: w, tags: t)
                            for (at, k) in m == .left ? plan.afterLeftArc : plan.afterRightArc { f[at] = a.relabelled(k) }
                            #expect(f == features(labelled), "\(forms) \(m) \(label)")
                            #expect(mended.heads == labelled.heads && mended.labels == labelled.labels)
                        }
                    }
                    let legal = ParserState.Move.allCases.filter { st.isLegal($0) }
                    st.apply(legal[Int(next() % UInt64(legal.count))], label: UInt8(next() % 51))
                }
            }}
        }
    }

    /// The transition scores, a bucket searched without a branch per slot (`Buckets.scan`), are those of the plain probe
    /// (`Buckets.find` from the bucket's first slot): for features the table has, features it lacks, features whose key
    /// is in their bucket but not their row, and features of full buckets, whose probe goes on into the next.
    @Test func transitionScoresAreThoseOfThePlainProbe() throws {
        var seed: UInt64 = 20261206
        func next() -> UInt64 { seed = SyntaxHash.mix(seed, 0x5CA); return seed }
        let rows: [(UInt64, [(UInt8, Float)])] = (0..<20_000).map { _ in
            (next() | 1, (0..<3).map { (UInt8($0), Float(Int(next() % 2001) - 1000) / 100) })
        }
        let model = try #require(SyntaxModel.shared)
        for table in [MoveTable(rows: rows), model.transitions] {
            let slots = table.slots.base, count = table.slots.count, buckets = UInt64(count / Buckets.width)
            let used = (0..<count).filter { slots[$0] != 0 }
            let full = (0..<Int(buckets)).filter { b in (0..<Buckets.width).allSatisfy { slots[b * Buckets.width + $0] != 0 } }
            #expect(!full.isEmpty)
            for round in 0..<300 {
                let features = (0..<40).map { k -> UInt64 in
                    // (a used slot's key, in the bucket it is in or in the one before, or a full bucket's; or any feature)
                    let s = k % 4 == 3 ? full[Int(next() % UInt64(full.count))] * Buckets.width + Int(next() % 8) : used[Int(next() % UInt64(used.count))]
                    let bucket = UInt64(s / Buckets.width) &- (k % 4 == 1 && s >= Buckets.width ? 1 : 0)
                    guard k % 4 != 0 || round % 2 == 0 else { return next() }
                    return (slots[s] & 0xFFFF) << 48 | (next() & 0xFFFF_0000_0000) | ((bucket << 32) + buckets - 1) / buckets
                }
                var scores = [Int32](repeating: 0, count: 3), expected = scores
                var values = [UInt64](repeating: 0, count: features.count), expectedValues = values
                features.withUnsafeBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) }
                    values.withUnsafeMutableBufferPointer { table.slotValues(f, into: $0.baseAddress!) }
                }
                for (i, f) in features.enumerated() {
                    let v = Buckets.find(slots, count: count, from: Buckets.home(f, buckets: count / Buckets.width), key: MoveTable.key(f), mask: 0xFFFF)
                    for m in 0..<3 { expected[m] &+= MoveTable.weight(v, m) }
                    expectedValues[i] = v
                }
                #expect(scores == expected)
                #expect(values == expectedValues)
            }
        }
    }
}

/// The tagger's and labeller's lookups, a feature of a full bucket without its key looked up after the rest
/// (`WeightTable.resolve`), find the slots of the plain probe (`Buckets.find` from the bucket's first slot).
@Suite struct WeightTableLookupTests {
    @Test func slotsAreThoseOfThePlainProbe() throws {
        var seed: UInt64 = 20261206
        func next() -> UInt64 { seed = SyntaxHash.mix(seed, 0x7AB); return seed }
        let rows: [(UInt64, [(UInt8, Float)])] = (0..<20_000).map { _ in
            (next() | 1, (0..<Int(1 + next() % 20)).map { (UInt8($0 * 2), Float(Int(next() % 2001) - 1000) / 100) })
        }
        let model = try #require(SyntaxModel.shared)
        for table in [WeightTable(classes: 50, rows: rows), model.tagger, model.labeller] {
            let slots = table.scoringSlots.base, count = table.scoringSlots.count, buckets = UInt64(count / Buckets.width)
            let used = (0..<count).filter { slots[$0] != 0 }
            let full = (0..<Int(buckets)).filter { b in (0..<Buckets.width).allSatisfy { slots[b * Buckets.width + $0] != 0 } }
            #expect(!full.isEmpty)
            for round in 0..<300 {
                let features = (0..<36).map { k -> UInt64 in
                    // (a used slot's key, in the bucket it is in or in the one before, or a full bucket's; or any feature)
                    let s = k % 4 == 3 ? full[Int(next() % UInt64(full.count))] * Buckets.width + Int(next() % 8) : used[Int(next() % UInt64(used.count))]
                    let bucket = UInt64(s / Buckets.width) &- (k % 4 == 1 && s >= Buckets.width ? 1 : 0)
                    guard k % 4 != 0 || round % 2 == 0 else { return next() }
                    let key = (slots[s] & 0xFFFF_FFFF) ^ (k % 8 == 7 ? 2 : 0)
                    return key << 32 | ((bucket << 32) + buckets - 1) / buckets
                }
                var found = [UInt64](repeating: 0, count: features.count)
                features.withUnsafeBufferPointer { f in found.withUnsafeMutableBufferPointer { table.resolve(f.baseAddress!, count: f.count, into: $0.baseAddress!) } }
                let expected = features.map {
                    Buckets.find(slots, count: count, from: Buckets.home($0, buckets: count / Buckets.width), key: WeightTable.key($0), mask: 0xFFFF_FFFF)
                }
                #expect(found == expected)
            }
        }
    }
}
