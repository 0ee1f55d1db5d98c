import Foundation

/// The trained tagger, lemmatizer and dependency parser, as loaded from the model file that the package ships
/// (`Syntax/Resources/syntax-model.bin`, written by `tltui-train`).
public final class SyntaxModel: Sendable {
    /// Joint tags "UPOS\tXPOS", in class order.
    public let tags: [String]
    let upos: [String]
    let xpos: [String]
    /// Dependency relations, in class order.
    public let labels: [String]
    let rootLabel: UInt8
    let tagger: WeightTable
    /// Frequent words that always had the same tag in training ("the", ",").
    let tagDictionary: [String: Int32]
    /// Word (lowercase, digits as 9) → hash of the set of tags it had in training.
    let ambiguity: [String: UInt64]
    let transitions: WeightTable
    let labeller: WeightTable
    public let lemmatizer: Lemmatizer

    public init(tags: [String], labels: [String], tagger: WeightTable, tagDictionary: [String: Int32], ambiguity: [String: UInt64],
                transitions: WeightTable, labeller: WeightTable, lemmatizer: Lemmatizer) {
        self.tags = tags
        self.upos = tags.map { String($0.split(separator: "\t", omittingEmptySubsequences: false).first ?? "X") }
        self.xpos = tags.map { String($0.split(separator: "\t", omittingEmptySubsequences: false).last ?? "_") }
        self.labels = labels
        self.rootLabel = UInt8(labels.firstIndex(of: "root") ?? 0)
        self.tagger = tagger
        self.tagDictionary = tagDictionary
        self.ambiguity = ambiguity
        self.transitions = transitions
        self.labeller = labeller
        self.lemmatizer = lemmatizer
    }

    // MARK: Loading

    /// The model shipped with the package, loaded on first use; nil when the resource is missing or damaged.
    public static let shared: SyntaxModel? = {
        guard let url = Bundle.module.url(forResource: "syntax-model", withExtension: "bin"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? SyntaxModel(bytes: [UInt8](data))
    }()

    static let magic = "tltui-syntax-2"

    public convenience init(bytes: [UInt8]) throws {
        var r = ModelReader(bytes)
        guard try r.string() == Self.magic else { throw ModelFormatError(message: "not a tltui syntax model") }
        let tags = try r.strings()
        let labels = try r.strings()
        let tagger = try WeightTable.read(from: &r)
        let dictWords = try r.strings()
        let dictTags: [Int32] = try r.array()
        let ambWords = try r.strings()
        let ambHashes: [UInt64] = try r.array()
        let transitions = try WeightTable.read(from: &r)
        let labeller = try WeightTable.read(from: &r)
        let exKeys = try r.strings()
        let exValues = try r.strings()
        let ruleKeys = try r.strings()
        let ruleStrip: [Int32] = try r.array()
        let ruleAdd = try r.strings()
        guard dictWords.count == dictTags.count, ambWords.count == ambHashes.count, exKeys.count == exValues.count,
              ruleKeys.count == ruleStrip.count, ruleKeys.count == ruleAdd.count, !tags.isEmpty, !labels.isEmpty,
              tagger.classes == tags.count, labeller.classes == labels.count, transitions.classes == 3, labels.count <= 64,
              dictTags.allSatisfy({ $0 >= 0 && Int($0) < tags.count })
        else { throw ModelFormatError(message: "inconsistent sections") }
        var rules: [String: Lemmatizer.Rule] = [:]
        for (k, key) in ruleKeys.enumerated() { rules[key] = Lemmatizer.Rule(strip: Int(ruleStrip[k]), add: ruleAdd[k]) }
        self.init(tags: tags, labels: labels, tagger: tagger,
                  tagDictionary: Dictionary(zip(dictWords, dictTags), uniquingKeysWith: { a, _ in a }),
                  ambiguity: Dictionary(zip(ambWords, ambHashes), uniquingKeysWith: { a, _ in a }),
                  transitions: transitions, labeller: labeller,
                  lemmatizer: Lemmatizer(exceptions: Dictionary(zip(exKeys, exValues), uniquingKeysWith: { a, _ in a }), rules: rules))
    }

    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        w.string(Self.magic)
        w.strings(tags)
        w.strings(labels)
        tagger.write(to: &w)
        let dict = tagDictionary.sorted { $0.key < $1.key }
        w.strings(dict.map(\.key))
        w.array(dict.map(\.value))
        let amb = ambiguity.sorted { $0.key < $1.key }
        w.strings(amb.map(\.key))
        w.array(amb.map(\.value))
        transitions.write(to: &w)
        labeller.write(to: &w)
        let ex = lemmatizer.exceptions.sorted { $0.key < $1.key }
        w.strings(ex.map(\.key))
        w.strings(ex.map(\.value))
        let rules = lemmatizer.rules.sorted { $0.key < $1.key }
        w.strings(rules.map(\.key))
        w.array(rules.map { Int32($0.value.strip) })
        w.strings(rules.map(\.value.add))
        return w.bytes
    }

    // MARK: Analysis

    /// The atoms of `forms`, with each word's training tag set.
    public func atoms(_ forms: [String]) -> [WordAtoms] {
        forms.map { f in
            var a = WordAtoms(f)
            if let h = ambiguity[Self.normKey(a.lower)] { a.ambiguity = h }
            return a
        }
    }

    /// The key of the tag dictionary and the ambiguity classes: lowercase, digits as 9.
    public static func normKey(_ lower: String) -> String {
        guard lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0.value >= 48 && $0.value <= 57 ? "9" : $0 }))
    }

    /// Joint tag classes of the words, left to right.
    public func tag(_ atoms: [WordAtoms]) -> [Int] {
        var out = [Int](repeating: 0, count: atoms.count)
        var feats = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: tags.count)
        for i in atoms.indices {
            if let t = tagDictionary[atoms[i].form] {
                out[i] = Int(t)
                continue
            }
            let p1 = i >= 1 ? out[i - 1] : -1, p2 = i >= 2 ? out[i - 2] : -2
            feats.withUnsafeMutableBufferPointer { f in
                TaggerFeatures.extract(atoms, i, p1, p2, into: f.baseAddress!)
                scores.withUnsafeMutableBufferPointer { s in
                    for k in s.indices { s[k] = 0 }
                    tagger.score(UnsafeBufferPointer(f), into: s.baseAddress!)
                    var best = 0
                    for k in s.indices where s[k] > s[best] { best = k }
                    out[i] = best
                }
            }
        }
        return out
    }

    /// Heads (0 = root) and label classes for words 1...n given their joint tags (index 0 of the results unused).
    public func parse(_ atoms: [WordAtoms], tags: [Int]) -> (heads: [Int32], labels: [UInt8]) {
        let n = atoms.count
        var words = [UInt64](repeating: SyntaxHash.string("<root>"), count: n + 1)
        var tagHashes = [UInt64](repeating: SyntaxHash.string("<root-tag>"), count: n + 1)
        for i in 0..<n {
            words[i + 1] = atoms[i].norm
            tagHashes[i + 1] = Self.tagHash(tags[i])
        }
        var st = ParserState(words: n)
        var feats = [UInt64](repeating: 0, count: max(ParserFeatures.count, LabelFeatures.count))
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labels.count)
        words.withUnsafeBufferPointer { wp in
        tagHashes.withUnsafeBufferPointer { tp in
        feats.withUnsafeMutableBufferPointer { f in
            while !st.isTerminal {
                ParserFeatures.extract(st, words: wp.baseAddress!, tags: tp.baseAddress!, into: f.baseAddress!)
                scores[0] = 0; scores[1] = 0; scores[2] = 0
                scores.withUnsafeMutableBufferPointer { s in
                    transitions.score(UnsafeBufferPointer(rebasing: f[0..<ParserFeatures.count]), into: s.baseAddress!)
                }
                var move = ParserState.Move.shift
                var best = -Float.infinity
                for m in ParserState.Move.allCases where st.isLegal(m) && scores[m.rawValue] > best {
                    best = scores[m.rawValue]
                    move = m
                }
                var label: UInt8 = 0
                if let (h, d) = st.arc(move) {
                    label = bestLabel(st, h, d, wp.baseAddress!, tp.baseAddress!, f.baseAddress!, &labelScores)
                }
                st.apply(move, label: label)
            }
        }}}
        return (st.heads, st.labels)
    }

    @inline(__always)
    public static func tagHash(_ tag: Int) -> UInt64 { SyntaxHash.mix(0x7A6, UInt64(tag)) }

    func bestLabel(_ st: ParserState, _ h: Int, _ d: Int, _ words: UnsafePointer<UInt64>, _ tags: UnsafePointer<UInt64>,
                   _ f: UnsafeMutablePointer<UInt64>, _ labelScores: inout [Float]) -> UInt8 {
        if h == 0 { return rootLabel }
        LabelFeatures.extract(st, head: h, dep: d, words: words, tags: tags, into: f)
        return labelScores.withUnsafeMutableBufferPointer { s in
            for k in s.indices { s[k] = 0 }
            labeller.score(UnsafeBufferPointer(start: f, count: LabelFeatures.count), into: s.baseAddress!)
            var best = rootLabel == 0 ? 1 : 0
            for k in s.indices where k != Int(rootLabel) && s[k] > s[best] { best = k }
            return UInt8(best)
        }
    }

    /// Tags, lemmatizes and parses one sentence of words.
    public func analyse(_ forms: [String], ranges: [TextRange]? = nil) -> ParsedSentence {
        guard !forms.isEmpty else { return ParsedSentence(words: []) }
        let a = atoms(forms)
        let t = tag(a)
        let (heads, labs) = parse(a, tags: t)
        var words: [ParsedWord] = []
        words.reserveCapacity(forms.count)
        for i in forms.indices {
            let u = upos[t[i]], x = xpos[t[i]]
            words.append(ParsedWord(form: forms[i], upos: u, xpos: x,
                                    lemma: lemmatizer.lemma(forms[i], lower: a[i].lower, xpos: x, upos: u),
                                    head: Int(heads[i + 1]), deprel: labels[Int(labs[i + 1])], range: ranges?[i]))
        }
        return ParsedSentence(words: words)
    }

    /// Analyses the tokens of one sentence.
    public func analyse(_ tokens: [Token]) -> ParsedSentence {
        analyse(tokens.map(\.form), ranges: tokens.map(\.range))
    }
}
