import Testing
@testable import TimelineCore

/// The sentences every stage reads: tokenized and parsed once per document, aligned, never stored.
@Suite struct SentencesTests {
    static let article = """
    Divers reach boys trapped in Thai cave

    MAE SAI, Thailand -- Rescuers found the 12 boys on Monday. They hadn't eaten for nine days.
    "We will bring them out," the governor said on Tuesday.
    """

    func document(_ text: String = Self.article) -> Document {
        let corpus = CorpusLoader(today: Day(year: 2018, month: 7, day: 10)!)
            .load(contents: [(path: "cave.txt", bytes: Array(text.utf8))])
        return corpus.documents[0]
    }

    @Test func everySentenceGetsTheTokenizersTokensOfItsRange() throws {
        let d = document()
        let sentences = TimelinePipeline.sentences(of: d, model: nil)
        #expect(sentences.count == d.sentences.count)
        for (s, original) in zip(sentences, d.sentences) {
            #expect(s.range == original.range && s.paragraph == original.paragraph && s.quotation == original.quotation)
            #expect(s.tokens == Tokenizer.tokenize(d.text, in: s.range))
            #expect(s.parse == nil)
            for t in s.tokens { #expect(s.range.contains(t.range) && d.text[t.range] == t.form) }
        }
        let second = try #require(sentences.first { d.text[$0.range].hasPrefix("They") })
        #expect(second.tokens.map(\.form) == ["They", "had", "n't", "eaten", "for", "nine", "days", "."])
    }

    @Test func theParseIsAlignedOneToOneWithTheTokens() throws {
        let model = try #require(SyntaxModel.shared)
        let d = document()
        let sentences = TimelinePipeline.sentences(of: d, model: model)
        for s in sentences {
            let parse = try #require(s.parse)
            #expect(parse.words.count == s.tokens.count)
            for (i, w) in parse.words.enumerated() {
                #expect(w.form == s.tokens[i].form)
                #expect(w.range == s.tokens[i].range)
                #expect(s.word(i) == w)
                #expect(w.head >= 0 && w.head <= parse.words.count)
            }
            #expect(s.word(parse.words.count) == nil)
        }
        let found = try #require(sentences.first { d.text[$0.range].hasPrefix("Rescuers") })
        let verb = try #require(found.tokens.firstIndex { $0.form == "found" })
        #expect(found.word(verb)?.upos == "VERB")
        #expect(found.word(verb)?.lemma == "find")
    }

    @Test func aDocumentWithoutSentencesIsOneSentenceOverItsBody() {
        let d = Document(id: "x", path: "x.txt", text: ScalarText("Talks resumed in Istanbul."))
        let sentences = TimelinePipeline.sentences(of: d, model: nil)
        #expect(sentences.count == 1)
        #expect(sentences[0].range == d.body)
        #expect(sentences[0].tokens.map(\.form) == ["Talks", "resumed", "in", "Istanbul", "."])
    }

    @Test func stepsKeepWhatIsAlreadyThereAndParseNothingWithoutTokensOrModel() throws {
        let text = ScalarText("The bridge collapsed.")
        let bare = Sentence(range: TextRange(0, text.count))
        #expect(bare.parsed(by: SyntaxModel.shared).parse == nil)
        let tokenized = bare.tokenized(in: text)
        #expect(tokenized.tokens.count == 4)
        #expect(tokenized.parsed(by: nil) == tokenized)
        let model = try #require(SyntaxModel.shared)
        let parsed = tokenized.parsed(by: model)
        #expect(parsed.parse?.words.count == 4)
        #expect(parsed.tokenized(in: ScalarText("Something else entirely.")) == parsed)
    }

    @Test func tokensAndParseAreNeverCached() throws {
        let model = try #require(SyntaxModel.shared)
        let d = document()
        var analysed = d
        analysed.sentences = TimelinePipeline.sentences(of: d, model: model)
        var w = BinaryWriter()
        analysed.sentences[0].encode(to: &w)
        let back = try w.bytes.withUnsafeBytes { buffer in
            var r = BinaryReader(buffer)
            return try Sentence(from: &r)
        }
        #expect(back == d.sentences[0])
        #expect(back.tokens.isEmpty && back.parse == nil)
    }

    @Test func theStagesWorkWithoutTheModel() {
        // No stage may depend on the parse being there: without a model, the pipeline still finds and dates events.
        let d = document("---\npublished: 2018-07-05\n---\nTalks in Istanbul\n\nISTANBUL, July 5 (Reuters) - Delegations from the two countries held talks in Istanbul on Tuesday.\n")
        let without = TimelinePipeline(today: Day(year: 2018, month: 7, day: 10)!, syntax: nil).mentions(in: d)
        #expect(!without.isEmpty)
        #expect(without.contains { $0.mention.date.interval != nil })
    }
}
