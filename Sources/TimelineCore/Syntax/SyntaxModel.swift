import Foundation

/// The trained tagger, lemmatizer and dependency parser, as loaded from the model file that the package ships
/// (`Syntax/Resources/syntax-model.bin`, written by `tltui-train`).
public final class SyntaxModel: Sendable {
    /// Joint tags "UPOS\tXPOS", in class order.
    public let tags: [String]
    let upos: [String]
    let xpos: [String]
    let xposHash: [UInt64]
    let tagKind: [LemmaTable.TagKind]
    /// Each joint tag's universal part of speech as a `TagSets` bit.
    let uposBit: [UInt32]
    /// Whether a word of the joint tag has its lemma mended by `VerbLemmas` (a verb other than VB or VBP).
    let mendsVerbLemma: [Bool]
    /// Joint tags of a determiner (DT, PRP$), and those of a verb or auxiliary in a tense or the base form (VB, VBD,
    /// VBP, VBZ, MD): no such verb follows an article or a possessive determiner ("its ⟦share⟧ buyback", "the
    /// ⟦resume⟧"), which always opens a noun phrase.
    let isDeterminerTag: [Bool]
    let isTensedOrBaseVerbTag: [Bool]
    /// Joint tags of a past participle (VBN): no irregular past tense that is no participle takes one ("trains
    /// ⟦ran⟧", never "have ran"; `ParseRepair.pastOnly`).
    let isParticipleTag: [Bool]
    /// Joint tags of a verb in the third person singular (VBZ): no plural of a noun in "-ing" is one ("a report that
    /// ⟦warnings⟧ had been ignored", "⟦findings⟧ show"; `SyntaxModel.isIngPlural`).
    let isThirdPersonTag: [Bool]
    /// Joint tags of a number (CD): an article, a number and a percent sign open a noun phrase as an article does
    /// ("a 20% ⟦gain⟧", "an 11 percent ⟦drop⟧").
    let isNumberTag: [Bool]
    /// Dependency relations, in class order.
    public let labels: [String]
    let rootLabel: UInt8
    let tagger: WeightTable
    /// The second tagging pass (`TaggerFeatures.extractSecond`): tags every word again knowing the first pass's tags
    /// of the words after it (nil in a file of format 4 or 5: one pass).
    public let retagger: SecondPass?

    /// The second tagging pass's weights and the templates of `TaggerFeatures.extractSecond` it uses.
    public struct SecondPass: Sendable {
        public let table: WeightTable
        public let templates: Templates
        public init(table: WeightTable, templates: Templates = .all(TaggerFeatures.secondCount)) {
            self.table = table
            self.templates = templates
        }
    }
    /// Frequent words that always had the same tag in training ("the", ","): form hash → tag.
    let tagDictionary: HashIndex
    /// Word (lowercase, digits as 9) hash → its entry in `ambiguityClasses` (a hash of the set of tags it had in training).
    let ambiguity: HashIndex
    let ambiguityClasses: [UInt64]
    let transitions: MoveTable
    let labeller: WeightTable
    let lemmas: LemmaTable
    /// The templates of `ParserFeatures` and `LabelFeatures` the two classifiers use, in feature order (a
    /// format-4 file uses all of them).
    public let moveTemplates: Templates
    public let labelTemplates: Templates
    /// The move templates split into those scored once per word and role and those scored per configuration.
    let movePlan: MovePlan
    /// Head tag, dependent tag and side (`LabelFeatures.pairKey`) → the label such arcs (nearly) always had in
    /// training: those arcs are labelled without the label classifier (empty in a format-4 file).
    let fixedLabels: HashIndex
    let hasFixedLabels: Bool
    /// The first tagging pass's templates (of `TaggerFeatures.firstCount`): `TaggerFeatures.base` in a file of format
    /// 4, 5 or 6; with word classes (`TaggerFeatures.extractClasses`) in format 7.
    public let taggerTemplates: Templates
    /// Whether the tagger or the parser reads the words' WordNet classes (`WordClasses`).
    let usesClasses: Bool
    /// The shipped word classes, read when the model is (nil for a model that does not use them).
    let wordClasses: WordClasses?
    let plainTagger: Bool
    /// Whether the transition and label classifiers also read the words' WordNet classes (`ParserFeatures.extractClasses`,
    /// `LabelFeatures.extractClasses`, after their other templates; format 7 only).
    public let parserClasses: Bool

    init(tags: [String], labels: [String], tagger: WeightTable, tagDictionary: HashIndex, ambiguity: HashIndex, ambiguityClasses: [UInt64],
         transitions: MoveTable, labeller: WeightTable, lemmas: LemmaTable,
         moveTemplates: Templates = .all(ParserFeatures.count), labelTemplates: Templates = .all(LabelFeatures.count),
         fixedLabels: HashIndex = HashIndex([]), retagger: SecondPass? = nil, taggerTemplates: Templates = TaggerFeatures.base,
         parserClasses: Bool = false) {
        self.taggerTemplates = taggerTemplates
        self.parserClasses = parserClasses
        self.usesClasses = parserClasses || taggerTemplates.indices.contains { Int($0) >= TaggerFeatures.count }
        self.plainTagger = taggerTemplates == TaggerFeatures.base
        self.wordClasses = usesClasses ? WordClasses.shared : nil
        self.tags = tags
        self.upos = tags.map { String($0.split(separator: "\t", omittingEmptySubsequences: false).first ?? "X") }
        self.xpos = tags.map { String($0.split(separator: "\t", omittingEmptySubsequences: false).last ?? "_") }
        self.xposHash = xpos.map(SyntaxHash.string)
        self.tagKind = upos.map(LemmaTable.TagKind.init)
        self.uposBit = upos.map(TagSets.bit(of:))
        self.mendsVerbLemma = zip(upos, xpos).map { $0 == "VERB" && $1 != "VB" && $1 != "VBP" }
        self.isDeterminerTag = xpos.map { $0 == "DT" || $0 == "PRP$" }
        self.isTensedOrBaseVerbTag = zip(upos, xpos).map { ($0 == "VERB" || $0 == "AUX") && ["VB", "VBD", "VBP", "VBZ", "MD"].contains($1) }
        self.isParticipleTag = xpos.map { $0 == "VBN" }
        self.isThirdPersonTag = xpos.map { $0 == "VBZ" }
        self.isNumberTag = xpos.map { $0 == "CD" }
        self.labels = labels
        self.rootLabel = UInt8(labels.firstIndex(of: "root") ?? 0)
        self.tagger = tagger
        self.retagger = retagger
        self.tagDictionary = tagDictionary
        self.ambiguity = ambiguity
        self.ambiguityClasses = ambiguityClasses
        self.transitions = transitions
        self.labeller = labeller
        self.lemmas = lemmas
        self.moveTemplates = moveTemplates
        self.labelTemplates = labelTemplates
        self.movePlan = MovePlan(moveTemplates)
        self.fixedLabels = fixedLabels
        self.hasFixedLabels = fixedLabels.count > 0
    }

    /// A model from the trainer's tables.
    public convenience init(tags: [String], labels: [String], tagger: WeightTable, tagDictionary: [String: Int32], ambiguity: [String: UInt64],
                            transitions: MoveTable, labeller: WeightTable, lemmatizer: Lemmatizer,
                            moveTemplates: Templates = .all(ParserFeatures.count), labelTemplates: Templates = .all(LabelFeatures.count),
                            fixedLabels: [UInt64: Int] = [:], retagger: SecondPass? = nil, taggerTemplates: Templates = TaggerFeatures.base,
                            parserClasses: Bool = false) {
        let classes = Array(Set(ambiguity.values)).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, UInt32($0)) })
        self.init(tags: tags, labels: labels, tagger: tagger,
                  tagDictionary: HashIndex(tagDictionary.sorted { $0.key < $1.key }.map { (SyntaxHash.string($0.key), UInt32($0.value)) }),
                  ambiguity: HashIndex(ambiguity.sorted { $0.key < $1.key }.map { (SyntaxHash.scalars($0.key.unicodeScalars), classIndex[$0.value]!) }),
                  ambiguityClasses: classes, transitions: transitions, labeller: labeller, lemmas: LemmaTable(lemmatizer),
                  moveTemplates: moveTemplates, labelTemplates: labelTemplates,
                  fixedLabels: HashIndex(fixedLabels.sorted { $0.key < $1.key }.map { ($0.key, UInt32($0.value)) }), retagger: retagger,
                  taggerTemplates: taggerTemplates, parserClasses: parserClasses)
    }

    /// The same model without the fixed labels (every arc labelled by the classifier), for measuring them.
    public func withoutFixedLabels() -> SyntaxModel {
        SyntaxModel(tags: tags, labels: labels, tagger: tagger, tagDictionary: tagDictionary, ambiguity: ambiguity,
                    ambiguityClasses: ambiguityClasses, transitions: transitions, labeller: labeller, lemmas: lemmas,
                    moveTemplates: moveTemplates, labelTemplates: labelTemplates, retagger: retagger, taggerTemplates: taggerTemplates, parserClasses: parserClasses)
    }

    /// The same model with other weight tables (the same tables laid out again).
    public func replacingTables(tagger: WeightTable, transitions: MoveTable, labeller: WeightTable, retagger: SecondPass? = nil) -> SyntaxModel {
        SyntaxModel(tags: tags, labels: labels, tagger: tagger, tagDictionary: tagDictionary, ambiguity: ambiguity,
                    ambiguityClasses: ambiguityClasses, transitions: transitions, labeller: labeller, lemmas: lemmas,
                    moveTemplates: moveTemplates, labelTemplates: labelTemplates, fixedLabels: fixedLabels, retagger: retagger,
                    taggerTemplates: taggerTemplates, parserClasses: parserClasses)
    }

    /// The same model tagging in one pass (without its second pass), for measuring the second.
    public func withoutRetagger() -> SyntaxModel { replacingTables(tagger: tagger, transitions: transitions, labeller: labeller) }

    // MARK: Loading

    /// The model shipped with the package, loaded on first use; nil when the resource is missing or damaged.
    public static let shared: SyntaxModel? = {
        guard let url = Bundle.module.url(forResource: "syntax-model", withExtension: "bin"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        guard let model = try? data.withUnsafeBytes({ try SyntaxModel.read($0) }) else { return nil }
        model.adviseHugePagesInBackground()
        return model
    }()

    /// Moves the weight tables to huge pages on a thread of its own (`Pinned.adviseHugePages`; not with
    /// `TLTUI_HUGE_PAGES=off`): loading does not wait for it, and lookups meanwhile read the same values.
    func adviseHugePagesInBackground() {
        if let v = getenv("TLTUI_HUGE_PAGES"), String(cString: v) == "off" { return }
        Thread.detachNewThread { [self] in
            transitions.adviseHugePages()
            tagger.adviseHugePages()
            labeller.adviseHugePages()
            retagger?.table.adviseHugePages()
        }
    }

    /// Format 5 adds the template lists after the magic; format 6 adds the second tagging pass after the tables
    /// (written only by a model that has one); formats 4 (all templates) and 5 are still read.
    static let magic = "tltui-syntax-5"
    static let magic6 = "tltui-syntax-6"
    static let magic4 = "tltui-syntax-4"
    /// Format 7: the first tagging pass's template list and whether the parser reads word classes, then format 5's
    /// header and tables, then whether a second pass follows and, if so, format 6's section. Written only for a model
    /// that reads word classes (`TaggerFeatures.extractClasses`, `ParserFeatures.extractClasses`).
    static let magic7 = "tltui-syntax-7"

    public convenience init(bytes: [UInt8]) throws {
        let m = try bytes.withUnsafeBytes { try Self.read($0) }
        self.init(copying: m)
    }

    /// Reads a model from bytes valid during the call; every table is copied once, nothing is decoded.
    public convenience init(reading raw: UnsafeRawBufferPointer) throws {
        self.init(copying: try Self.read(raw))
    }

    private convenience init(copying m: SyntaxModel) {
        self.init(tags: m.tags, labels: m.labels, tagger: m.tagger, tagDictionary: m.tagDictionary, ambiguity: m.ambiguity,
                  ambiguityClasses: m.ambiguityClasses, transitions: m.transitions, labeller: m.labeller, lemmas: m.lemmas,
                  moveTemplates: m.moveTemplates, labelTemplates: m.labelTemplates, fixedLabels: m.fixedLabels, retagger: m.retagger,
                  taggerTemplates: m.taggerTemplates, parserClasses: m.parserClasses)
    }

    private static func read(_ raw: UnsafeRawBufferPointer) throws -> SyntaxModel {
        var r = ModelReader(raw)
        let magic = try r.string()
        var moveTemplates = Templates.all(ParserFeatures.count), labelTemplates = Templates.all(LabelFeatures.count)
        var fixedLabels = HashIndex([])
        var taggerTemplates = TaggerFeatures.base
        var parserClasses = false
        switch magic {
        case Self.magic7:
            taggerTemplates = try Templates.read(from: &r, of: TaggerFeatures.firstCount)
            parserClasses = try r.int() == 1
            moveTemplates = try Templates.read(from: &r, of: ParserFeatures.count)
            labelTemplates = try Templates.read(from: &r, of: LabelFeatures.count)
            fixedLabels = try HashIndex.read(from: &r)
        case Self.magic, Self.magic6:
            moveTemplates = try Templates.read(from: &r, of: ParserFeatures.count)
            labelTemplates = try Templates.read(from: &r, of: LabelFeatures.count)
            fixedLabels = try HashIndex.read(from: &r)
        case Self.magic4: break
        case _ where magic.hasPrefix("tltui-syntax-"):
            throw ModelFormatError(message: "model format \(magic.dropFirst(13)) is not one this build reads (4, 5, 6 or 7): train it again with tltui-train")
        default: throw ModelFormatError(message: "not a tltui syntax model")
        }
        let tags = try r.strings()
        let labels = try r.strings()
        let tagger = try WeightTable.read(from: &r)
        let tagDictionary = try HashIndex.read(from: &r)
        let ambiguity = try HashIndex.read(from: &r)
        let ambiguityClasses: [UInt64] = try r.array()
        let transitions = try MoveTable.read(from: &r)
        let labeller = try WeightTable.read(from: &r)
        let lemmas = try LemmaTable.read(from: &r)
        var retagger: SecondPass?
        if try magic == Self.magic6 || (magic == Self.magic7 && r.int() == 1) {
            let templates = try Templates.read(from: &r, of: TaggerFeatures.secondCount)
            retagger = SecondPass(table: try WeightTable.read(from: &r), templates: templates)
        }
        guard !tags.isEmpty, retagger.map({ $0.table.classes == tags.count }) ?? true, !labels.isEmpty, tagger.classes == tags.count, labeller.classes == labels.count, labels.count <= 64,
              tagDictionary.valuesBelow(tags.count), ambiguity.valuesBelow(ambiguityClasses.count), fixedLabels.valuesBelow(labels.count)
        else { throw ModelFormatError(message: "inconsistent sections") }
        return SyntaxModel(tags: tags, labels: labels, tagger: tagger, tagDictionary: tagDictionary, ambiguity: ambiguity,
                           ambiguityClasses: ambiguityClasses, transitions: transitions, labeller: labeller, lemmas: lemmas,
                           moveTemplates: moveTemplates, labelTemplates: labelTemplates, fixedLabels: fixedLabels, retagger: retagger,
                           taggerTemplates: taggerTemplates, parserClasses: parserClasses)
    }

    public func serialized() -> [UInt8] {
        var w = ModelWriter()
        let v7 = !plainTagger || parserClasses
        w.string(v7 ? Self.magic7 : retagger == nil ? Self.magic : Self.magic6)
        if v7 {
            taggerTemplates.write(to: &w)
            w.int(parserClasses ? 1 : 0)
        }
        moveTemplates.write(to: &w)
        labelTemplates.write(to: &w)
        fixedLabels.write(to: &w)
        writeTables(to: &w)
        if v7 { w.int(retagger == nil ? 0 : 1) }
        if let retagger {
            retagger.templates.write(to: &w)
            retagger.table.write(to: &w)
        }
        return w.bytes
    }

    /// Everything after the header (the part formats 4, 5 and 6 share).
    func writeTables(to w: inout ModelWriter) {
        w.strings(tags)
        w.strings(labels)
        tagger.write(to: &w)
        tagDictionary.write(to: &w)
        ambiguity.write(to: &w)
        w.array(ambiguityClasses)
        transitions.write(to: &w)
        labeller.write(to: &w)
        lemmas.write(to: &w)
    }

    /// Sizes of the tables, for benchmarks and the trainer's log.
    public var summary: String {
        "tagger \(tagger.rowCount) features/\(tagger.entryCount) weights (\(taggerTemplates.count) templates)"
            + (retagger.map { ", second pass \($0.table.rowCount) features/\($0.table.entryCount) weights (\($0.templates.count) templates)" } ?? "") + ", transitions \(transitions.rowCount) features "
            + "(\(moveTemplates.count) templates), labels \(labeller.rowCount) features/\(labeller.entryCount) weights (\(labelTemplates.count) templates), \(fixedLabels.count) fixed tag pairs"
            + (parserClasses ? ", word classes in the parser" : "")
    }

    // MARK: Analysis

    /// The atoms of `forms`, with each word's training tag set.
    public func atoms(_ forms: [String]) -> [WordAtoms] {
        forms.map { f in
            var a = WordAtoms(f)
            if let c = ambiguity[a.norm] { a.ambiguity = ambiguityClasses[Int(c)] }
            wordClasses?.label(&a)
            return a
        }
    }

    /// The key of the tag dictionary and the ambiguity classes: lowercase, digits as 9.
    public static func normKey(_ lower: String) -> String {
        guard lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0.value >= 48 && $0.value <= 57 ? "9" : $0 }))
    }

    /// Joint tag classes of the words, left to right (twice when the model has a second pass, the second time
    /// knowing the first pass's tags of the words to the right); a frequent lowercase word only gets a part of
    /// speech it had in training among the closed classes (`TagSets`), unless `constraints` is nil.
    public func tag(_ atoms: [WordAtoms], constraints: TagSets? = .shared) -> [Int] {
        let first = plainTagger ? tagAhead(atoms, constraints: constraints) : tagPass(atoms, constraints: constraints, table: tagger, first: nil)
        guard let retagger else { return first }
        return first.withUnsafeBufferPointer {
            tagPass(atoms, constraints: constraints, table: retagger.table, templates: retagger.templates, first: $0.baseAddress!)
        }
    }

    /// Articles and possessive determiners that always open a noun phrase ("each", "that", "his" and "her" may stand
    /// alone: "they ⟦each⟧ received", "that was", "the car is ⟦his⟧", "told ⟦her⟧ to"; "your" is misspelt for "you're" in web text).
    static let nounPhraseOpeners = HashIndex(["the", "a", "an", "its", "their", "our", "my"].map { (WordAtoms($0).lowerHash, 1) })
    static let pastOnlyForms = HashIndex(ParseRepair.pastOnly.map { (WordAtoms($0).lowerHash, 1) })
    static let percentWords = HashIndex(["%", "percent", "pct", "cent"].map { (WordAtoms($0).lowerHash, 1) })
    static let ingsSuffix = WordAtoms("ings").suffix.3

    /// Whether a word is the plural of a noun in "-ing" ("warnings", "findings", "hearings", "killings"), never a verb's
    /// third person: the only verbs whose "-s" form ends in "-ings" are those in "-ing" after consonants alone ("brings",
    /// "springs", "swings"), whose stem has no vowel.
    static func isIngPlural(_ w: WordAtoms) -> Bool {
        guard w.suffix.3 == ingsSuffix, w.isASCII else { return false }
        let stem = w.form.utf8.dropLast(4)
        return stem.contains { "aeiouyAEIOUY".utf8.contains($0) }
    }

    /// The tag of word `i` with the scores `s` (one per tag): the best among those the constraints allow (`out`: the
    /// tags of the words before it).
    @inline(__always)
    func bestTag(_ s: UnsafeMutableBufferPointer<Int32>, _ i: Int, _ words: UnsafeBufferPointer<WordAtoms>, _ out: UnsafePointer<Int>,
                 constraints: TagSets?) -> Int {
        let openers = Self.nounPhraseOpeners, pastOnlyForms = Self.pastOnlyForms, percentWords = Self.percentWords
        var best = 0
        // (after an article or a possessive determiner, no verb of tense or base form)
        let afterDeterminer = constraints != nil && i >= 1 && (isDeterminerTag[out[i - 1]]
            && openers[words[i - 1].lowerHash] != nil
            // (or after one with a percentage: "a 20 % ⟦gain⟧", "a 9 percent ⟦fall⟧")
            || i >= 3 && percentWords[words[i - 1].lowerHash] != nil && isNumberTag[out[i - 2]]
                && isDeterminerTag[out[i - 3]] && openers[words[i - 3].lowerHash] != nil)
        // (and no participle of a past tense that is none)
        // (and no third person for an "-ings" plural: `isIngPlural`)
        let pastForm = constraints != nil && pastOnlyForms[words[i].lowerHash] != nil
        let ingPlural = constraints != nil && Self.isIngPlural(words[i])
        let pastOnly = pastForm || ingPlural
        // (whether the form rules tag `k` out)
        @inline(__always) func excluded(_ k: Int) -> Bool { pastForm && isParticipleTag[k] || ingPlural && isThirdPersonTag[k] }
        if let allowed = constraints?.allowed(firstByte: words[i].firstByte, norm: words[i].norm,
                                              lettersAndHyphens: words[i].lettersAndHyphens) {
            var top = Int32.min
            for k in s.indices where allowed & uposBit[k] != 0 && s[k] > top && !(afterDeterminer && isTensedOrBaseVerbTag[k])
                && !(pastOnly && excluded(k)) {
                top = s[k]; best = k
            }
        } else if afterDeterminer || pastOnly {
            var top = Int32.min
            for k in s.indices where s[k] > top && !(afterDeterminer && isTensedOrBaseVerbTag[k]) && !(pastOnly && excluded(k)) {
                top = s[k]; best = k
            }
        } else {
            for k in s.indices where s[k] > s[best] { best = k }
        }
        return best
    }

    /// One greedy left-to-right pass: with `first` (the first pass's tags), the second pass's templates.
    func tagPass(_ atoms: [WordAtoms], constraints: TagSets?, table: WeightTable, templates: Templates? = nil,
                 first: UnsafePointer<Int>?) -> [Int] {
        var out = [Int](repeating: 0, count: atoms.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * max(TaggerFeatures.secondCount, TaggerFeatures.firstCount)) { buffer in
            let all = buffer.baseAddress!
            var f = UnsafeBufferPointer(start: all, count: TaggerFeatures.count)
        // (the scores as `WeightTable.score` adds to them, `stride` of them; the tags are the first `tags.count`)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: table.stride) { padded in
        let s = UnsafeMutableBufferPointer(rebasing: padded[0..<tags.count])
        atoms.withUnsafeBufferPointer { words in
        out.withUnsafeMutableBufferPointer { out in
            for i in words.indices {
                if let t = tagDictionary[words[i].formHash] {
                    out[i] = Int(t)
                    continue
                }
                let p1 = i >= 1 ? out[i - 1] : -1, p2 = i >= 2 ? out[i - 2] : -2
                if let first, let templates {
                    TaggerFeatures.extractSecond(atoms, i, p1, p2, first: first, into: all)
                    f = templates.select(all, into: all + TaggerFeatures.secondCount)
                } else {
                    TaggerFeatures.extract(words, i, p1, p2, into: all)
                    if !plainTagger {
                        TaggerFeatures.extractClasses(words, i, p1, into: all + TaggerFeatures.count)
                        f = taggerTemplates.select(all, into: all + TaggerFeatures.firstCount)
                    }
                }
                padded.initialize(repeating: 0)
                table.score(f, into: padded.baseAddress!)
                out[i] = bestTag(s, i, words, out.baseAddress!, constraints: constraints)
            }
        }}}}
        return out
    }

    static let rootWord = SyntaxHash.string("<root>")
    static let rootTag = SyntaxHash.string("<root-tag>")
    public static let rootClass = SyntaxHash.string("<root-class>")

    @inline(__always)
    public static func tagHash(_ tag: Int) -> UInt64 { SyntaxHash.mix(0x7A6, UInt64(tag)) }

    /// Tags, lemmatizes and parses one sentence of words.
    public func analyse(_ forms: [String], ranges: [TextRange]? = nil) -> ParsedSentence {
        guard !forms.isEmpty else { return ParsedSentence(words: []) }
        let a = atoms(forms)
        let t = tag(a)
        let (heads, labs) = parse(a, tags: t)
        let lemmas = lemmatize(a, tags: t)
        var words: [ParsedWord] = []
        words.reserveCapacity(forms.count)
        for i in forms.indices {
            let k = t[i]
            words.append(ParsedWord(form: forms[i], upos: upos[k], xpos: xpos[k],
                                    lemma: lemmas[i],
                                    head: Int(heads[i + 1]), deprel: labels[Int(labs[i + 1])], range: ranges?[i]))
        }
        return ParsedSentence(words: words)
    }

    /// The lemma of each word given its joint tag.
    public func lemmatize(_ a: [WordAtoms], tags t: [Int]) -> [String] {
        let verbs = VerbLemmas.shared
        return a.indices.map { i in
            let k = t[i]
            let lemma = lemmas.lemma(a[i], xposHash: xposHash[k], kind: tagKind[k])
            return mendsVerbLemma[k] ? verbs.mend(lemma, form: a[i].form.lowercased()) : lemma
        }
    }

    /// Analyses the tokens of one sentence.
    public func analyse(_ tokens: [Token]) -> ParsedSentence {
        analyse(tokens.map(\.form), ranges: tokens.map(\.range))
    }
}
