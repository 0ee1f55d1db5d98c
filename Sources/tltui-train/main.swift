import Foundation
import TimelineCore

/// tltui-train: trains the syntax model shipped in Sources/TimelineCore/Syntax/Resources from the UD English
/// treebanks (EWT train + GUM news train), deterministically for a given seed.
///
///     swift run -c release tltui-train --data ../shared/data/ud --out Sources/TimelineCore/Syntax/Resources
struct Options {
    var data = "../shared/data/ud"
    var out: String?
    var seed: UInt64 = 20_260_604
    var taggerEpochs = 8
    var parserEpochs = 12
    var folds = 5
    var explore = 0.9
    var limit = Int.max
    var test = false
    var gum = true
    var rows: String?
    var fromRows: String?
    /// Features whose largest weight is smaller are left out of the model: tagger, transitions, labels.
    var pruneRows: [Float] = [0, 0, 0]
    /// The templates of `ParserFeatures` and `LabelFeatures` to train with (indices; default all).
    var moveTemplates = Templates.all(ParserFeatures.count)
    var labelTemplates = Templates.all(LabelFeatures.count)
    /// Where the jackknifed tags, the tagger's weights and the generator's state after the tagger are kept between
    /// runs with the same data, seed and tagger settings: a run that reads them trains the same parser as one that
    /// does not, only sooner (so the option is left out of the recorded command).
    var tagsCache: String?
    /// A (head tag, dependent tag, side) whose arcs had one label at least this share of the time (and at least 20
    /// times) in training is labelled without the classifier; 0: never.
    var fixedLabelShare = 0.0
    /// A second tagging pass trained on the jackknifed first-pass tags (needs --folds > 1).
    var secondPass = false
    var secondPassTemplates = Templates.all(TaggerFeatures.secondCount)
    var secondPassEpochs: Int?
    /// Only the tagger(s): no parser trained, tagging scored on dev (for choosing tagger settings).
    var taggerOnly = false
    /// The first tagging pass's templates (indices of `TaggerFeatures.firstCount`: the 36 of `extract`, then the
    /// word-class ones of `extractClasses`).
    var taggerTemplates = TaggerFeatures.base
    /// The parser also reads the words' WordNet classes (`ParserFeatures.extractClasses`, `LabelFeatures.extractClasses`).
    var parserClasses = false

    init(_ args: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fatalError("missing value after \(args[i - 1])") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--data": data = value()
            case "--out": out = value()
            case "--seed": seed = UInt64(value())!
            case "--tagger-epochs": taggerEpochs = Int(value())!
            case "--parser-epochs": parserEpochs = Int(value())!
            case "--folds": folds = Int(value())!
            case "--explore": explore = Double(value())!
            case "--limit": limit = Int(value())!
            case "--test": test = true
            case "--no-gum": gum = false
            case "--rows": rows = value()
            case "--from-rows": fromRows = value()
            case "--prune-rows": pruneRows = value().split(separator: ",").map { Float($0)! }
            case "--move-templates": moveTemplates = Self.templates(value(), of: ParserFeatures.count)
            case "--label-templates": labelTemplates = Self.templates(value(), of: LabelFeatures.count)
            case "--tags-cache": tagsCache = value()
            case "--fixed-label-share": fixedLabelShare = Double(value())!
            case "--second-pass": secondPass = true
            case "--second-pass-templates": secondPassTemplates = Self.templates(value(), of: TaggerFeatures.secondCount)
            case "--second-pass-epochs": secondPassEpochs = Int(value())!
            case "--tagger-only": taggerOnly = true
            case "--tagger-templates": taggerTemplates = Self.templates(value(), of: TaggerFeatures.firstCount)
            case "--parser-classes": parserClasses = true
            case "--help", "-h":
                print("""
                usage: tltui-train [--data DIR] [--out DIR] [--seed N] [--tagger-epochs N] [--parser-epochs N] [--folds N]
                                   [--explore P] [--limit N] [--no-gum] [--test] [--rows FILE | --from-rows FILE]
                                   [--prune-rows T,P,L] [--move-templates LIST] [--label-templates LIST] [--tags-cache FILE]
                                   [--fixed-label-share S] [--second-pass] [--second-pass-templates LIST]
                                   [--second-pass-epochs N] [--tagger-only] [--tagger-templates LIST]
                                   [--parser-classes]
                  --move-templates, --label-templates: the indices of ParserFeatures' (0..<\(ParserFeatures.count)) and
                      LabelFeatures' (0..<\(LabelFeatures.count)) templates to use, e.g. 0-14,20,31 (default: all)
                  --tags-cache FILE: keep the jackknifed tags and the tagger between runs with the same data, seed and tagger
                      settings (the parser trained is the same as without it)
                  --fixed-label-share S: label arcs whose tag pair and side had one label at least this share of the time
                      (and 20 times) in training without the label classifier (default 0: never)
                  --second-pass: a second tagging pass that sees the first pass's tags of the words to the right, trained
                      on the jackknifed first-pass tags (needs --folds > 1); its templates are indices of
                      TaggerFeatures.extractSecond's (0..<\(TaggerFeatures.secondCount), default all), its epochs default
                      to the tagger's
                  --tagger-only: train only the tagger (and second pass) and score tagging on dev; nothing written
                  --tagger-templates LIST: the first tagging pass's templates (0..<\(TaggerFeatures.firstCount): 0-35 those
                      of TaggerFeatures.extract, the default; \(TaggerFeatures.count)- the WordNet word classes of
                      extractClasses); a tags cache is only valid for the templates it was made with
                  --parser-classes: the transition and label classifiers also read the WordNet word classes
                      (ParserFeatures.extractClasses, LabelFeatures.extractClasses)
                """)
                exit(0)
            default: fatalError("unknown option \(args[i])")
            }
            i += 1
        }
    }

    /// "all" or a comma-separated list of indices and ranges ("0-14,20").
    static func templates(_ spec: String, of total: Int) -> Templates {
        if spec == "all" { return .all(total) }
        var set = Set<Int>()
        for part in spec.split(separator: ",") {
            let ends = part.split(separator: "-").map { Int($0) }
            guard let a = ends.first ?? nil, let b = ends.last ?? nil, ends.count <= 2, a <= b, b < total
            else { fatalError("bad template list \(spec) (indices below \(total))") }
            set.formUnion(a...b)
        }
        return Templates(set.sorted(), of: total)
    }

    /// The command line as recorded beside the model (without --tags-cache, which does not change the model).
    static func recorded(_ args: [String]) -> String {
        var out: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--tags-cache" { i += 2; continue }
            out.append(args[i])
            i += 1
        }
        return out.joined(separator: " ")
    }
}

func log(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

func load(_ path: String) -> [GoldSentence] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
    do { return try CoNLLU.parse(text).map(GoldSentence.init) } catch { fatalError("\(path): \(error)") }
}

struct Scores {
    var words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0
    mutating func add(_ gold: GoldSentence, _ p: ParsedSentence) {
        for i in gold.forms.indices {
            let w = p.words[i]
            words += 1
            if w.upos == gold.upos[i] { upos += 1 }
            if w.xpos == gold.xpos[i] { xpos += 1 }
            if w.lemma == gold.lemmas[i] { lemma += 1 }
            if Int32(w.head) == gold.heads[i] {
                uas += 1
                if w.deprel.split(separator: ":").first == gold.deprels[i].split(separator: ":").first { las += 1 }
            }
        }
    }
    var summary: String {
        "UPOS \(pct(upos, words)) XPOS \(pct(xpos, words)) lemma \(pct(lemma, words)) UAS \(pct(uas, words)) LAS \(pct(las, words)) (\(words) words)"
    }
    var json: String {
        func f(_ a: Int) -> String { String(format: "%.2f", words == 0 ? 0 : 100 * Double(a) / Double(words)) }
        return "{\"words\": \(words), \"upos\": \(f(upos)), \"xpos\": \(f(xpos)), \"lemma\": \(f(lemma)), \"uas\": \(f(uas)), \"las\": \(f(las))}"
    }
}

func evaluate(_ model: SyntaxModel, _ data: [GoldSentence]) -> Scores {
    var s = Scores()
    for g in data { s.add(g, model.analyse(g.forms)) }
    return s
}

let opts = Options(Array(CommandLine.arguments.dropFirst()))
let started = Date()
var trainFiles = ["en_ewt-ud-train.conllu"]
if opts.gum { trainFiles.append("en_gum-news-ud-train.conllu") }
var train: [GoldSentence] = trainFiles.flatMap { load(opts.data + "/" + $0) }
if opts.limit < train.count { train = Array(train.prefix(opts.limit)) }
let dev = load(opts.data + "/en_ewt-ud-dev.conllu")
let gumDev = load(opts.data + "/en_gum-news-ud-dev.conllu")
log("train: \(train.count) sentences, \(train.reduce(0) { $0 + $1.forms.count }) words")
let inv = Inventory(train)
log("\(inv.tags.count) joint tags, \(inv.labels.count) labels, \(inv.tagDictionary.count) dictionary words")
var rng = SeededGenerator(seed: opts.seed)

let taggerRows: Rows, transitionRows: Rows, labelRows: Rows
var retaggerRows: Rows?
var fixedLabels: [UInt64: Int] = [:]
let lemmatizer = LemmaTraining.train(train)
if let path = opts.fromRows {
    // The weights of an earlier training with the same data and settings (--rows), laid out again: nothing trained.
    let t = RowsFile.read(path)
    guard t.count == 3 || t.count == 4 else { fatalError("\(path): not a rows file") }
    (taggerRows, transitionRows, labelRows) = (t[0], t[1], t[2])
    if t.count == 4 { retaggerRows = t[3] }
    log("weights read from \(path)")
} else {
// Predicted tags for the parser's training data: each fold tagged by a tagger trained on the others.
var predicted: [[Int]] = train.map { $0.jointTags.map { inv.tagIndex[$0]! } }
var cachedTagger: Rows?
if let path = opts.tagsCache, let cache = TagsCache.read(path, sentences: train.count) {
    (predicted, cachedTagger, rng) = (cache.predicted, cache.tagger, SeededGenerator(seed: 0))
    rng.state = cache.rngState
    log("jackknifed tags and tagger read from \(path)")
} else if opts.folds > 1 {
    for fold in 0..<opts.folds {
        let rest = train.indices.filter { $0 % opts.folds != fold }.map { train[$0] }
        var foldRng = SeededGenerator(seed: opts.seed &+ UInt64(fold + 1))
        let foldInv = inv.restricted(to: rest)
        let m = FloatTagger(TaggerTraining.train(rest, foldInv, epochs: opts.taggerEpochs, firstTemplates: opts.taggerTemplates,
                                                 rng: &foldRng, log: { _ in }), foldInv, templates: opts.taggerTemplates)
        var right = 0, total = 0
        for i in train.indices where i % opts.folds == fold {
            predicted[i] = m.tag(train[i].forms)
            for (k, t) in predicted[i].enumerated() { total += 1; if inv.tags[t] == train[i].jointTags[k] { right += 1 } }
        }
        log("jackknife fold \(fold + 1)/\(opts.folds): held-out tag accuracy \(pct(right, total))")
    }
}
if let t = cachedTagger {
    taggerRows = t
} else {
    taggerRows = TaggerTraining.train(train, inv, epochs: opts.taggerEpochs, firstTemplates: opts.taggerTemplates, rng: &rng, log: log)
    if let path = opts.tagsCache { try TagsCache(predicted: predicted, tagger: taggerRows, rngState: rng.state).write(path) }
}
if opts.secondPass {
    guard opts.folds > 1 else { fatalError("--second-pass needs jackknifed tags (--folds > 1)") }
    // Its own generator, so that the parser trains exactly as without the second pass.
    var passRng = SeededGenerator(seed: opts.seed &+ 1_000)
    retaggerRows = TaggerTraining.train(train, inv, epochs: opts.secondPassEpochs ?? opts.taggerEpochs, first: predicted,
                                        templates: opts.secondPassTemplates, rng: &passRng, log: log)
}
if opts.taggerOnly {
    (transitionRows, labelRows) = ([], [])
} else {
(transitionRows, labelRows) = ParserTraining.train(train, tags: predicted, inv, epochs: opts.parserEpochs, explore: opts.explore,
                                                   moveTemplates: opts.moveTemplates, labelTemplates: opts.labelTemplates,
                                                   classes: opts.parserClasses, rng: &rng, log: log)
}
if let rows = opts.rows { try RowsFile.write([taggerRows, transitionRows, labelRows] + (retaggerRows.map { [$0] } ?? []), to: rows) }
if opts.fixedLabelShare > 0 {
    var counts: [UInt64: [Int: Int]] = [:]
    for (si, s) in train.enumerated() {
        for d in s.heads.indices where s.heads[d] > 0 {
            let h = Int(s.heads[d]) - 1
            let key = LabelFeatures.pairKey(head: SyntaxModel.tagHash(predicted[si][h]), dep: SyntaxModel.tagHash(predicted[si][d]), left: d < h)
            counts[key, default: [:]][inv.labelIndex[s.deprels[d]] ?? 0, default: 0] += 1
        }
    }
    var covered = 0, arcs = 0
    for (key, c) in counts {
        let total = c.values.reduce(0, +)
        arcs += total
        if total >= 20, let (label, n) = c.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
           Double(n) / Double(total) >= opts.fixedLabelShare {
            fixedLabels[key] = label
            covered += total
        }
    }
    log("fixed labels: \(fixedLabels.count) tag pairs, \(pct(covered, arcs)) of the training arcs")
}
}
func pruned(_ rows: Rows, _ min: Float) -> Rows { min <= 0 ? rows : rows.filter { $0.1.contains { abs($0.1) >= min } } }
let tagger = WeightTable(classes: inv.tags.count, rows: pruned(taggerRows, opts.pruneRows[0]))
let transitions = MoveTable(rows: pruned(transitionRows, opts.pruneRows[1]))
let labeller = WeightTable(classes: inv.labels.count, rows: pruned(labelRows, opts.pruneRows[2]))
let model = SyntaxModel(tags: inv.tags, labels: inv.labels, tagger: tagger, tagDictionary: inv.tagDictionary, ambiguity: inv.ambiguity,
                        transitions: transitions, labeller: labeller, lemmatizer: lemmatizer,
                        moveTemplates: opts.moveTemplates, labelTemplates: opts.labelTemplates, fixedLabels: fixedLabels,
                        retagger: retaggerRows.map {
                            SyntaxModel.SecondPass(table: WeightTable(classes: inv.tags.count, rows: pruned($0, opts.pruneRows[0])),
                                                   templates: opts.secondPassTemplates)
                        }, taggerTemplates: opts.taggerTemplates, parserClasses: opts.parserClasses)
let bytes = model.serialized()
log("model: \(bytes.count) bytes; \(model.summary)")
// Score the model as it will be loaded (16-bit weights).
let loaded = try SyntaxModel(bytes: bytes)
let devScores = evaluate(loaded, dev)
log("EWT dev: \(devScores.summary)")
let gumScores = evaluate(loaded, gumDev)
log("GUM news dev: \(gumScores.summary)")
if loaded.retagger != nil {
    log("EWT dev, first tagging pass only: \(evaluate(loaded.withoutRetagger(), dev).summary)")
    log("GUM news dev, first tagging pass only: \(evaluate(loaded.withoutRetagger(), gumDev).summary)")
}
if opts.taggerOnly { exit(0) }
if !fixedLabels.isEmpty {
    log("EWT dev, every label by the classifier: \(evaluate(loaded.withoutFixedLabels(), dev).summary)")
}
var testJSON = "null", gumTestJSON = "null"
if opts.test {
    let t = evaluate(loaded, load(opts.data + "/en_ewt-ud-test.conllu"))
    log("EWT test: \(t.summary)")
    testJSON = t.json
    let g = evaluate(loaded, load(opts.data + "/en_gum-news-ud-test.conllu"))
    log("GUM news test: \(g.summary)")
    gumTestJSON = g.json
}
let seconds = Date().timeIntervalSince(started)
log(String(format: "trained in %.0f s", seconds))

if let out = opts.out {
    let url = URL(fileURLWithPath: out)
    try Data(bytes).write(to: url.appendingPathComponent("syntax-model.bin"))
    func sha(_ file: String) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [opts.data + "/" + file]
        let pipe = Pipe()
        p.standardOutput = pipe
        try? p.run()
        p.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").first.map(String.init) ?? "?"
    }
    let files = (trainFiles + ["en_ewt-ud-dev.conllu", "en_gum-news-ud-dev.conllu"] + (opts.test ? ["en_ewt-ud-test.conllu", "en_gum-news-ud-test.conllu"] : []))
        .map { "    {\"file\": \"\($0)\", \"sha256\": \"\(sha($0))\"}" }.joined(separator: ",\n")
    let json = """
    {
      "model": "syntax-model.bin",
      "bytes": \(bytes.count),
      "trainer": "swift run -c release tltui-train \(Options.recorded(Array(CommandLine.arguments.dropFirst())))",
      "data": [
    \(files)
      ],
      "training_sentences": \(train.count),
      "settings": {"seed": \(opts.seed), "tagger_epochs": \(opts.taggerEpochs), "parser_epochs": \(opts.parserEpochs), "jackknife_folds": \(opts.folds), "explore": \(opts.explore), "prune": 0.001, "prune_rows": \(opts.pruneRows), "weights": "int16 fixed point", "move_templates": \(opts.moveTemplates.indices), "label_templates": \(opts.labelTemplates.indices), "fixed_label_share": \(opts.fixedLabelShare), "tagger_templates": \(opts.taggerTemplates.indices), "parser_word_classes": \(opts.parserClasses), "second_tagging_pass": \(opts.secondPass ? "{\"epochs\": \(opts.secondPassEpochs ?? opts.taggerEpochs), \"templates\": \(opts.secondPassTemplates.indices)}" : "null")},
      "joint_tags": \(inv.tags.count), "labels": \(inv.labels.count),
      "scores_gold_tokenization": {
        "ewt_dev": \(devScores.json),
        "gum_news_dev": \(gumScores.json),
        "ewt_test": \(testJSON),
        "gum_news_test": \(gumTestJSON)
      },
      "training_seconds": \(opts.fromRows == nil ? String(Int(seconds)) : "null")
    }

    """
    try Data(json.utf8).write(to: url.appendingPathComponent("syntax-model.json"))
    log("wrote \(out)/syntax-model.bin and syntax-model.json")
}
