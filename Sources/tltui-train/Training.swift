import Foundation
import TimelineCore

/// One gold sentence of a treebank: the integer-ID words only.
struct GoldSentence {
    var forms: [String]
    var upos: [String]
    var xpos: [String]
    var lemmas: [String]
    var heads: [Int32]
    var deprels: [String]

    init(_ s: CoNLLUSentence) {
        let w = s.words
        forms = w.map { $0.columns[1] }
        lemmas = w.map { $0.columns[2] }
        upos = w.map { $0.columns[3] }
        xpos = w.map { $0.columns[4] }
        heads = w.map { Int32($0.columns[6]) ?? 0 }
        deprels = w.map { $0.columns[7] }
    }

    var jointTags: [String] { zip(upos, xpos).map { $0 + "\t" + $1 } }
}

/// Tables read from the training data before any model is trained.
struct Inventory {
    var tags: [String]
    var tagIndex: [String: Int]
    var labels: [String]
    var labelIndex: [String: Int]
    var tagDictionary: [String: Int32]
    var ambiguity: [String: UInt64]

    init(_ data: [GoldSentence]) {
        var tagCount: [String: Int] = [:]
        var labelSet = Set<String>()
        for s in data {
            for (k, t) in s.jointTags.enumerated() {
                tagCount[t, default: 0] += 1
                labelSet.insert(s.deprels[k])
            }
        }
        tags = tagCount.keys.sorted()
        tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        labels = labelSet.sorted()
        labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        (tagDictionary, ambiguity) = Self.lexicon(data, tagIndex)
    }

    /// The same classes with the tag dictionary and the tag sets computed from `data` only (for a jackknife fold).
    func restricted(to data: [GoldSentence]) -> Inventory {
        var copy = self
        (copy.tagDictionary, copy.ambiguity) = Self.lexicon(data, tagIndex)
        return copy
    }

    /// Frequent words that always have one tag; and for words met at least 3 times, a hash of the tags they
    /// have at least 10 % of the time (rarer words are left out, so that training sees them as unknown, as
    /// the tagger will see new words).
    static func lexicon(_ data: [GoldSentence], _ tagIndex: [String: Int]) -> ([String: Int32], [String: UInt64]) {
        var byForm: [String: [Int: Int]] = [:]
        var byNorm: [String: [String: Int]] = [:]
        for s in data {
            for (k, t) in s.jointTags.enumerated() {
                byForm[s.forms[k], default: [:]][tagIndex[t] ?? 0, default: 0] += 1
                byNorm[SyntaxModel.normKey(s.forms[k].lowercased()), default: [:]][t, default: 0] += 1
            }
        }
        var dict: [String: Int32] = [:]
        for (form, counts) in byForm {
            let total = counts.values.reduce(0, +)
            if total >= 20, let (t, c) = counts.max(by: { $0.value < $1.value }), Double(c) / Double(total) >= 0.995 {
                dict[form] = Int32(t)
            }
        }
        var amb: [String: UInt64] = [:]
        for (word, counts) in byNorm {
            let total = counts.values.reduce(0, +)
            guard total >= 3 else { continue }
            let set = counts.filter { Double($0.value) / Double(total) >= 0.1 }.keys.sorted().joined(separator: "|")
            amb[word] = SyntaxHash.string(set)
        }
        return (dict, amb)
    }
}

enum TaggerTraining {
    /// Trains the tagger for `epochs` passes over `data` in an order shuffled by `rng`; with `first` (each
    /// sentence's tags from a first pass that did not see it: jackknifed), the second pass.
    static func train(_ data: [GoldSentence], _ inv: Inventory, epochs: Int, first: [[Int]]? = nil,
                      templates: Templates = .all(TaggerFeatures.secondCount), firstTemplates: Templates = TaggerFeatures.base,
                      rng: inout SeededGenerator, log: (String) -> Void) -> Rows {
        let p = Perceptron(classes: inv.tags.count)
        let shell = model(inv, tagger: WeightTable(classes: inv.tags.count, rows: []), templates: firstTemplates)
        let atoms = data.map { shell.atoms($0.forms) }
        let gold = data.map { $0.jointTags.map { inv.tagIndex[$0] ?? 0 } }
        var order = Array(data.indices)
        var all = [UInt64](repeating: 0, count: max(TaggerFeatures.secondCount, TaggerFeatures.firstCount))
        var feats = [UInt64](repeating: 0, count: first == nil ? firstTemplates.count : templates.count)
        var scores = [Float](repeating: 0, count: inv.tags.count)
        let pass = first == nil ? "tagger" : "second tagging pass"
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var correct = 0, total = 0
            for si in order {
                let a = atoms[si]
                var pred = [Int](repeating: 0, count: a.count)
                for i in a.indices {
                    total += 1
                    if let t = inv.tagDictionary[a[i].form] {
                        pred[i] = Int(t)
                        if pred[i] == gold[si][i] { correct += 1 }
                        continue
                    }
                    let p1 = i >= 1 ? pred[i - 1] : -1, p2 = i >= 2 ? pred[i - 2] : -2
                    feats.withUnsafeMutableBufferPointer { f in
                        if let first {
                            all.withUnsafeMutableBufferPointer { all in
                                first[si].withUnsafeBufferPointer { TaggerFeatures.extractSecond(a, i, p1, p2, first: $0.baseAddress!, into: all.baseAddress!) }
                            }
                            for (k, t) in templates.indices.enumerated() { f[k] = all[Int(t)] }
                        } else {
                            all.withUnsafeMutableBufferPointer { all in
                                TaggerFeatures.extract(a, i, p1, p2, into: all.baseAddress!)
                                TaggerFeatures.extractClasses(a, i, p1, into: all.baseAddress! + TaggerFeatures.count)
                            }
                            for (k, t) in firstTemplates.indices.enumerated() { f[k] = all[Int(t)] }
                        }
                        scores.withUnsafeMutableBufferPointer { s in
                            p.score(UnsafeBufferPointer(f), into: s.baseAddress!)
                            var best = 0
                            for k in s.indices where s[k] > s[best] { best = k }
                            pred[i] = best
                            p.tick()
                            if best == gold[si][i] { correct += 1 } else { p.update(UnsafeBufferPointer(f), truth: gold[si][i], guess: best) }
                        }
                    }
                }
            }
            log("  \(pass) epoch \(epoch + 1): train accuracy \(pct(correct, total)), \(p.rowCount) features")
        }
        return p.averaged(prune: 0.001)
    }

    /// A model with only the tagger (for tagging during training).
    static func model(_ inv: Inventory, tagger: WeightTable, templates: Templates = TaggerFeatures.base) -> SyntaxModel {
        SyntaxModel(tags: inv.tags, labels: inv.labels, tagger: tagger, tagDictionary: inv.tagDictionary, ambiguity: inv.ambiguity,
                    transitions: MoveTable(rows: []), labeller: WeightTable(classes: inv.labels.count, rows: []),
                    lemmatizer: Lemmatizer(exceptions: [:], rules: [:]), taggerTemplates: templates)
    }
}

enum ParserTraining {
    /// Trains the transition and label classifiers with the dynamic oracle of the arc-hybrid system. `tags` are the
    /// (predicted) joint tags of each sentence's words.
    static func train(_ data: [GoldSentence], tags: [[Int]], _ inv: Inventory, epochs: Int, explore: Double,
                      moveTemplates: Templates, labelTemplates: Templates, classes useClasses: Bool = false,
                      rng: inout SeededGenerator, log: (String) -> Void) -> (Rows, Rows) {
        let trans = Perceptron(classes: 3)
        let lab = Perceptron(classes: inv.labels.count)
        let rootHash = SyntaxHash.string("<root>"), rootTag = SyntaxHash.string("<root-tag>")
        let words: [[UInt64]] = data.map { [rootHash] + $0.forms.map { WordAtoms($0).norm } }
        let tagHashes: [[UInt64]] = tags.map { [rootTag] + $0.map { SyntaxModel.tagHash($0) } }
        let classes: [[UInt64]] = data.map { s in
            [SyntaxModel.rootClass] + s.forms.map { f in
                var a = WordAtoms(f)
                WordClasses.shared.label(&a)
                return a.wordClass
            }
        }
        let moveExtra = useClasses ? ParserFeatures.classCount : 0, labelExtra = useClasses ? LabelFeatures.classCount : 0
        let goldHeads: [[Int32]] = data.map { [-1] + $0.heads }
        let goldLabels: [[Int]] = data.map { [0] + $0.deprels.map { inv.labelIndex[$0] ?? 0 } }
        var order = Array(data.indices)
        var allFeats = [UInt64](repeating: 0, count: max(ParserFeatures.count, LabelFeatures.count))
        var feats = [UInt64](repeating: 0, count: moveTemplates.count + moveExtra)
        var lfeats = [UInt64](repeating: 0, count: labelTemplates.count + labelExtra)
        func gather(_ t: Templates, into out: inout [UInt64]) {
            for (k, i) in t.indices.enumerated() { out[k] = allFeats[Int(i)] }
        }
        var scores = [Float](repeating: 0, count: 3)
        var lscores = [Float](repeating: 0, count: inv.labels.count)
        let rootLabel = inv.labelIndex["root"] ?? 0
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var moves = 0, right = 0, arcs = 0, labelsRight = 0
            for si in order {
                let gold = goldHeads[si]
                var st = ParserState(words: data[si].forms.count)
                words[si].withUnsafeBufferPointer { wp in
                tagHashes[si].withUnsafeBufferPointer { tp in
                classes[si].withUnsafeBufferPointer { cp in
                    while !st.isTerminal {
                        feats.withUnsafeMutableBufferPointer { f in
                            _ = ParserFeatures.extract(st, words: wp.baseAddress!, tags: tp.baseAddress!, templates: moveTemplates, into: f.baseAddress!)
                            if useClasses {
                                ParserFeatures.extractClasses(st, classes: cp.baseAddress!, tags: tp.baseAddress!, into: f.baseAddress! + moveTemplates.count)
                            }
                        }
                        scores.withUnsafeMutableBufferPointer { s in
                            feats.withUnsafeBufferPointer { trans.score($0, into: s.baseAddress!) }
                        }
                        var pred = -1, best = -1
                        var costs = [Int](repeating: Int.max, count: 3)
                        var minCost = Int.max
                        for m in ParserState.Move.allCases where st.isLegal(m) {
                            costs[m.rawValue] = st.cost(m, gold: gold)
                            minCost = min(minCost, costs[m.rawValue])
                        }
                        for m in ParserState.Move.allCases where st.isLegal(m) {
                            let k = m.rawValue
                            if pred < 0 || scores[k] > scores[pred] { pred = k }
                            if costs[k] == minCost && (best < 0 || scores[k] > scores[best]) { best = k }
                        }
                        trans.tick()
                        moves += 1
                        if costs[pred] == minCost { right += 1 } else {
                            feats.withUnsafeBufferPointer { trans.update($0, truth: best, guess: pred) }
                        }
                        let follow = (epoch > 0 && costs[pred] != minCost && Double.random(in: 0..<1, using: &rng) < explore) ? pred : (costs[pred] == minCost ? pred : best)
                        let move = ParserState.Move(rawValue: follow)!
                        var label = 0
                        if let (h, d) = st.arc(move) {
                            if h == 0 {
                                label = rootLabel
                            } else {
                                allFeats.withUnsafeMutableBufferPointer { f in
                                    LabelFeatures.extract(st, head: h, dep: d, words: wp.baseAddress!, tags: tp.baseAddress!, into: f.baseAddress!)
                                }
                                gather(labelTemplates, into: &lfeats)
                                if useClasses {
                                    lfeats.withUnsafeMutableBufferPointer { f in
                                        LabelFeatures.extractClasses(st, head: h, dep: d, classes: cp.baseAddress!, tags: tp.baseAddress!,
                                                                     into: f.baseAddress! + labelTemplates.count)
                                    }
                                }
                                lscores.withUnsafeMutableBufferPointer { s in
                                    lfeats.withUnsafeBufferPointer { lab.score($0, into: s.baseAddress!) }
                                }
                                var lp = rootLabel == 0 ? 1 : 0
                                for k in lscores.indices where k != rootLabel && lscores[k] > lscores[lp] { lp = k }
                                label = lp
                                if gold[d] == Int32(h) {
                                    let truth = goldLabels[si][d]
                                    lab.tick()
                                    arcs += 1
                                    if lp == truth { labelsRight += 1 } else {
                                        lfeats.withUnsafeBufferPointer { lab.update($0, truth: truth, guess: lp) }
                                    }
                                    label = truth
                                }
                            }
                        }
                        st.apply(move, label: UInt8(label))
                    }
                }}}
            }
            log("  parser epoch \(epoch + 1): moves right \(pct(right, moves)), labels right \(pct(labelsRight, arcs)), \(trans.rowCount)+\(lab.rowCount) features")
        }
        // How much weight each template carries (for choosing templates; measure a choice on dev).
        func report(_ name: String, _ imp: [Double], _ t: Templates) {
            let total = max(imp.reduce(0, +), 1e-9)
            let ranked = imp.indices.sorted { imp[$0] > imp[$1] }
            log("  \(name) template weight (template: share %): "
                + ranked.map { String(format: "%d:%.2f", Int(t.indices[$0]), 100 * imp[$0] / total) }.joined(separator: " "))
        }
        report("transition", Array(trans.importance(positions: moveTemplates.count + moveExtra).prefix(moveTemplates.count)), moveTemplates)
        report("label", Array(lab.importance(positions: labelTemplates.count + labelExtra).prefix(labelTemplates.count)), labelTemplates)
        if useClasses {
            log("  word-class template weight (share of all, transitions then labels): "
                + [trans.importance(positions: moveTemplates.count + moveExtra), lab.importance(positions: labelTemplates.count + labelExtra)].map { imp in
                    let total = max(imp.reduce(0, +), 1e-9)
                    return imp.suffix(imp.count == moveTemplates.count + moveExtra ? moveExtra : labelExtra).map { String(format: "%.2f", 100 * $0 / total) }.joined(separator: " ")
                }.joined(separator: " | "))
        }
        return (trans.averaged(prune: 0.001), lab.averaged(prune: 0.001))
    }
}

enum LemmaTraining {
    static func train(_ data: [GoldSentence]) -> Lemmatizer {
        var pairs: [String: [String: Int]] = [:]
        for s in data {
            for i in s.forms.indices where s.lemmas[i] != "_" {
                pairs[s.forms[i].lowercased() + "\t" + s.xpos[i], default: [:]][s.lemmas[i], default: 0] += 1
            }
        }
        var exceptions: [String: String] = [:]
        var ruleCounts: [String: [Lemmatizer.Rule: Int]] = [:]
        for (key, lemmas) in pairs {
            let lemma = lemmas.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            exceptions[key] = lemma
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let lower = String(parts[0]), xpos = String(parts[1])
            let rule = Lemmatizer.rule(from: lower, to: lemma)
            let scalars = Array(lower.unicodeScalars)
            for k in 1...Lemmatizer.maxSuffix where k < scalars.count {
                let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
                ruleCounts[xpos + "\t" + suffix, default: [:]][rule, default: 0] += 1
            }
        }
        var rules: [String: Lemmatizer.Rule] = [:]
        for (key, counts) in ruleCounts {
            let best = counts.max { $0.value != $1.value ? $0.value < $1.value : ($0.key.strip, $0.key.add) > ($1.key.strip, $1.key.add) }!
            if best.value >= 2 { rules[key] = best.key }
        }
        return Lemmatizer(exceptions: exceptions, rules: rules)
    }
}

func pct(_ a: Int, _ b: Int) -> String {
    let v = b == 0 ? 0 : 100 * Double(a) / Double(b)
    return String(format: "%.2f%%", v)
}

/// The tagger with the unrounded averaged weights, for the jackknife: tags the held-out fold exactly as the
/// trained perceptron scores (features in order, each row's classes in order, Float sums).
struct FloatTagger {
    let rows: [UInt64: [(UInt8, Float)]]
    let classes: Int
    let shell: SyntaxModel
    let dictionary: [String: Int32]
    let templates: Templates

    init(_ rows: Rows, _ inv: Inventory, templates: Templates = TaggerFeatures.base) {
        self.rows = Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        classes = inv.tags.count
        self.templates = templates
        shell = TaggerTraining.model(inv, tagger: WeightTable(classes: inv.tags.count, rows: []), templates: templates)
        dictionary = inv.tagDictionary
    }

    func tag(_ forms: [String]) -> [Int] {
        let a = shell.atoms(forms)
        var out = [Int](repeating: 0, count: a.count)
        var all = [UInt64](repeating: 0, count: TaggerFeatures.firstCount)
        var feats = [UInt64](repeating: 0, count: templates.count)
        var s = [Float](repeating: 0, count: classes)
        for i in a.indices {
            if let t = dictionary[a[i].form] { out[i] = Int(t); continue }
            let p1 = i >= 1 ? out[i - 1] : -1, p2 = i >= 2 ? out[i - 2] : -2
            all.withUnsafeMutableBufferPointer {
                TaggerFeatures.extract(a, i, p1, p2, into: $0.baseAddress!)
                TaggerFeatures.extractClasses(a, i, p1, into: $0.baseAddress! + TaggerFeatures.count)
            }
            for (k, t) in templates.indices.enumerated() { feats[k] = all[Int(t)] }
            for k in s.indices { s[k] = 0 }
            for f in feats { if let r = rows[f] { for (c, w) in r { s[Int(c)] += w } } }
            var best = 0
            for k in s.indices where s[k] > s[best] { best = k }
            out[i] = best
        }
        return out
    }
}
