import Testing
@testable import TimelineCore

@Suite struct CoNLLUTests {
    static let sample = """
    # sent_id = a-1
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_
    4.1\tknew\t_\t_\t_\t_\t_\t_\t_\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    # sent_id = a-2
    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_


    """

    @Test func roundTrip() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentences.map(CoNLLU.format).joined() == Self.sample)
    }

    @Test func predictedColumnsReplaceOnlyTheAnalysis() throws {
        let s = try CoNLLU.parse(Self.sample)[0]
        let parse = ParsedSentence(words: s.words.map { ParsedWord(form: $0.form, upos: "X", xpos: "FW", lemma: "l", head: 0, deprel: "dep") })
        let out = CoNLLU.replacingAnalysis(s, with: parse)
        #expect(out.lines.map(\.id) == s.lines.map(\.id))
        #expect(out.lines.map(\.form) == s.lines.map(\.form))
        #expect(out.lines[1].columns == ["2-3", "don't", "_", "_", "_", "_", "_", "_", "_", "_"])
        #expect(out.lines[2].columns == ["2", "do", "l", "X", "FW", "_", "0", "dep", "_", "_"])
        #expect(out.comments == s.comments)
    }

    @Test(arguments: [
        ("1\tI\n", 1), ("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2\tx\t_\t_\t_\t_\t_\t_\t_\n", 2),
        ("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", 1), ("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n# late\n", 2),
    ])
    func malformedLinesNameTheirLine(_ text: String, _ line: Int) {
        #expect {
            _ = try CoNLLU.parse(text)
        } throws: { ($0 as? CoNLLUError)?.line == line }
    }
}

@Suite struct SyntaxModelTests {
    let model = SyntaxModel.shared!

    func parse(_ text: String) -> ParsedSentence { model.analyse(Tokenizer.tokenize(text)) }

    @Test func theMainVerbIsTheRoot() throws {
        let p = parse("Divers found the boys on Monday.")
        let forms = p.words.map(\.form)
        let found = try #require(forms.firstIndex(of: "found"))
        #expect(p.root == found)
        let monday = try #require(forms.firstIndex(of: "Monday"))
        #expect(p.words[monday].head == found + 1)
        #expect(p.words[monday].deprel.hasPrefix("obl"))
        let boys = try #require(forms.firstIndex(of: "boys"))
        #expect(p.words[boys].head == found + 1 && p.words[boys].deprel == "obj")
        #expect(p.words[0].deprel == "nsubj")
        #expect(p.words[found].upos == "VERB" && p.words[found].xpos == "VBD" && p.words[found].lemma == "find")
        #expect(p.words[boys].lemma == "boy")
    }

    @Test func cliticsAndNegation() throws {
        let p = parse("The ship didn't sink.")
        let nt = try #require(p.words.firstIndex { $0.form == "n't" })
        let sink = try #require(p.words.firstIndex { $0.form == "sink" })
        #expect(p.root == sink)
        #expect(p.words[nt].head == sink + 1 && p.words[nt].deprel == "advmod" && p.words[nt].lemma == "not")
        #expect(p.words[nt - 1].lemma == "do" && p.words[nt - 1].upos == "AUX")
    }

    @Test func passiveSubject() throws {
        let p = parse("Two bodies were recovered from the river.")
        let bodies = try #require(p.words.firstIndex { $0.form == "bodies" })
        #expect(p.words[bodies].deprel == "nsubj:pass")
        #expect(p.words[bodies].lemma == "body")
    }

    static let badInputs: [String] = [
        "", "...", "!!! ??? ---", "🙂 👍🏽 👨‍👩‍👧 🇺🇦", "שלום עולם, مرحبا بالعالم.", "a\u{0}b\u{7}c\u{1B}[31m d",
        "\u{200D}\u{200D}", String(repeating: "x", count: 5_000), "e\u{301}\u{301}\u{301}",
    ]

    @Test(arguments: badInputs)
    func badInputGivesATree(_ text: String) {
        check(model.analyse(Tokenizer.tokenize(text)), words: Tokenizer.tokenize(text).count)
    }

    @Test func aTwoThousandWordSentence() {
        let words = (0..<2_000).map { ["the", "ship", "hit", "bridge", ",", "and", "then", "it", "sank"][$0 % 9] }
        check(model.analyse(words), words: 2_000)
    }

    func check(_ p: ParsedSentence, words: Int) {
        #expect(p.words.count == words)
        guard words > 0 else { return }
        #expect(p.words.filter { $0.head == 0 }.count == 1)
        #expect(p.words.allSatisfy { $0.head >= 0 && $0.head <= words && !$0.upos.isEmpty && !$0.deprel.isEmpty })
        // No cycles: following heads from every word reaches the root.
        for start in p.words.indices {
            var k = start + 1, steps = 0
            while k != 0 && steps <= words { k = p.words[k - 1].head; steps += 1 }
            #expect(k == 0)
        }
    }

    @Test func modelSurvivesItsOwnFormat() throws {
        let copy = try SyntaxModel(bytes: model.serialized())
        #expect(copy.analyse(["It", "works", "."]) == model.analyse(["It", "works", "."]))
        #expect(throws: ModelFormatError.self) { try SyntaxModel(bytes: Array(model.serialized().prefix(1000))) }
        #expect(throws: ModelFormatError.self) { try SyntaxModel(bytes: []) }
    }

    @Test func readsFormat4AndNamesAnUnknownFormat() throws {
        var w = ModelWriter()
        w.string(SyntaxModel.magic4)
        model.writeTables(to: &w)
        let old = try SyntaxModel(bytes: w.bytes)
        #expect(old.moveTemplates.isAll && old.labelTemplates.isAll && !old.hasFixedLabels)
        var future = ModelWriter()
        future.string("tltui-syntax-9")
        model.writeTables(to: &future)
        #expect { try SyntaxModel(bytes: future.bytes) } throws: { ($0 as? ModelFormatError)?.message.contains("format 9") == true }
        var bad = ModelWriter()
        bad.string(SyntaxModel.magic)
        bad.int(ParserFeatures.count)
        bad.array([UInt8(5), UInt8(3)])
        #expect { try SyntaxModel(bytes: bad.bytes) } throws: { ($0 as? ModelFormatError)?.message.contains("template") == true }
    }

    @Test func theSecondTaggingPassSurvivesTheFormatAndIsOptional() throws {
        let words = ["Talks", "over", "pay", "broke", "down", "on", "Monday", "."]
        let one = model.withoutRetagger()
        let oneCopy = try SyntaxModel(bytes: one.serialized())
        #expect(oneCopy.retagger == nil)
        #expect(oneCopy.analyse(words) == one.analyse(words))
        // The first pass's own table over the first pass's templates, as a second pass, tags as the first pass does.
        let same = SyntaxModel.SecondPass(table: model.tagger, templates: Templates(Array(0..<TaggerFeatures.count), of: TaggerFeatures.secondCount))
        let two = model.replacingTables(tagger: model.tagger, transitions: model.transitions, labeller: model.labeller, retagger: same)
        let twoCopy = try SyntaxModel(bytes: two.serialized())
        #expect(twoCopy.retagger?.templates == same.templates && twoCopy.retagger?.table.entryCount == model.tagger.entryCount)
        #expect(twoCopy.analyse(words) == one.analyse(words))
        #expect(throws: ModelFormatError.self) { try SyntaxModel(bytes: Array(two.serialized().dropLast(64))) }
    }

    @Test func wordClassTemplatesSurviveFormat7() throws {
        let templates = Templates(Array(0..<TaggerFeatures.count) + [TaggerFeatures.count, TaggerFeatures.firstCount - 1], of: TaggerFeatures.firstCount)
        let second = SyntaxModel.SecondPass(table: model.tagger, templates: Templates(Array(0..<TaggerFeatures.count), of: TaggerFeatures.secondCount))
        for (retagger, tagger, parserClasses) in [(nil, templates, false), (second, templates, true), (nil, TaggerFeatures.base, true)] {
            let m = SyntaxModel(tags: model.tags, labels: model.labels, tagger: model.tagger, tagDictionary: model.tagDictionary,
                                ambiguity: model.ambiguity, ambiguityClasses: model.ambiguityClasses, transitions: model.transitions,
                                labeller: model.labeller, lemmas: model.lemmas, moveTemplates: model.moveTemplates,
                                labelTemplates: model.labelTemplates, retagger: retagger, taggerTemplates: tagger, parserClasses: parserClasses)
            let bytes = m.serialized()
            #expect(bytes.starts(with: ModelWriter.stringBytes(SyntaxModel.magic7)))
            let copy = try SyntaxModel(bytes: bytes)
            #expect(copy.taggerTemplates == tagger && copy.usesClasses && copy.parserClasses == parserClasses)
            #expect((copy.retagger == nil) == (retagger == nil))
            let words = ["The", "trawler", "sank", "off", "the", "coast", "."]
            #expect(copy.analyse(words) == m.analyse(words))
            check(copy.analyse(words), words: words.count)
            #expect(throws: ModelFormatError.self) { try SyntaxModel(bytes: Array(bytes.dropLast(64))) }
        }
        // A tagger without word classes is written as before (format 5).
        let plain = SyntaxModel(tags: model.tags, labels: model.labels, tagger: model.tagger, tagDictionary: model.tagDictionary,
                                ambiguity: model.ambiguity, ambiguityClasses: model.ambiguityClasses, transitions: model.transitions,
                                labeller: model.labeller, lemmas: model.lemmas, moveTemplates: model.moveTemplates,
                                labelTemplates: model.labelTemplates)
        #expect(plain.serialized().starts(with: ModelWriter.stringBytes(SyntaxModel.magic)))
    }

    @Test func wordClassesAreReadFromTheirLines() {
        #expect(WordClasses.shared.count > 100_000)
        let classes = WordClasses(text: "# comment\nn.artifact v.motion\tship ships shipped\nbad line\nr.all\tquickly\n")
        #expect(classes.count == 4)
        var ship = WordAtoms("Ships"), other = WordAtoms("quickly"), none = WordAtoms("Narongsak")
        classes.label(&ship); classes.label(&other); classes.label(&none)
        #expect(ship.wordClass == SyntaxHash.string("n.artifact v.motion") && ship.wordPos == SyntaxHash.string("n v"))
        #expect(other.wordPos == SyntaxHash.string("r"))
        #expect(none.wordClass == WordClasses.unknownClass && none.wordPos == WordClasses.unknownPos)
        var sank = WordAtoms("sank")
        WordClasses.shared.label(&sank)
        #expect(sank.wordClass == SyntaxHash.string("v.motion"))
    }

    @Test func templatesAndFixedLabelsSurviveTheFormat() throws {
        let subset = SyntaxModel(tags: model.tags, labels: model.labels, tagger: model.tagger, tagDictionary: model.tagDictionary,
                                 ambiguity: model.ambiguity, ambiguityClasses: model.ambiguityClasses, transitions: model.transitions,
                                 labeller: model.labeller, lemmas: model.lemmas,
                                 moveTemplates: Templates([0, 3, 6, 20, 87], of: ParserFeatures.count),
                                 labelTemplates: Templates([1, 2, 29], of: LabelFeatures.count),
                                 fixedLabels: HashIndex([(LabelFeatures.pairKey(head: SyntaxModel.tagHash(0), dep: SyntaxModel.tagHash(1), left: true), 2)]))
        let copy = try SyntaxModel(bytes: subset.serialized())
        #expect(copy.moveTemplates == subset.moveTemplates && copy.labelTemplates == subset.labelTemplates)
        #expect(copy.fixedLabels.pairs.map(\.1) == [2])
        let words = ["The", "ship", "was", "refloated", "on", "Monday", "."]
        #expect(copy.analyse(words) == subset.analyse(words))
        check(copy.analyse(words), words: words.count)
    }
}

@Suite struct LemmatizerTests {
    @Test func exceptionsThenSuffixRules() {
        let l = Lemmatizer(exceptions: ["went\tVBD": "go"], rules: ["NNS\ts": .init(strip: 1, add: ""), "NNS\ties": .init(strip: 3, add: "y"),
                                                                    "VBD\ted": .init(strip: 2, add: "")])
        #expect(l.lemma("went", lower: "went", xpos: "VBD", upos: "VERB") == "go")
        #expect(l.lemma("Cities", lower: "cities", xpos: "NNS", upos: "NOUN") == "city")
        #expect(l.lemma("ships", lower: "ships", xpos: "NNS", upos: "NOUN") == "ship")
        #expect(l.lemma("blorfed", lower: "blorfed", xpos: "VBD", upos: "VERB") == "blorf")
        #expect(l.lemma("Baltimore", lower: "baltimore", xpos: "NNP", upos: "PROPN") == "Baltimore")
        #expect(Lemmatizer.rule(from: "stopped", to: "stop") == .init(strip: 3, add: ""))
        // The model's hashed form of the same tables gives the same lemmas.
        let table = LemmaTable(l)
        for (form, xpos, upos) in [("went", "VBD", "VERB"), ("Cities", "NNS", "NOUN"), ("ships", "NNS", "NOUN"), ("blorfed", "VBD", "VERB"),
                                   ("Baltimore", "NNP", "PROPN"), ("WENT", "VBD", "VERB"), ("1,000", "CD", "NUM"), ("Ünïcodes", "NNS", "NOUN")] {
            #expect(table.lemma(WordAtoms(form), xposHash: SyntaxHash.string(xpos), kind: .init(upos: upos))
                    == l.lemma(form, lower: form.lowercased(), xpos: xpos, upos: upos))
        }
    }
}

@Suite struct WordAtomsTests {
    @Test(arguments: ["The", "U.S.", "1,000.50", "n't", "e-mail", "X", "", "ABCdef99", "a\u{7}b", "Ünïcode", "日本", "🙂x"])
    func theASCIIPathHashesAsTheGeneralPath(_ form: String) {
        #expect(WordAtoms(form).hashes == WordAtoms.general(form).hashes)
    }
}
