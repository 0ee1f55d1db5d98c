import Testing
@testable import TimelineCore

/// The memo of sentence readings: the same parses as the model, read from the memo only for the same forms,
/// bounded whatever it is given.
@Suite struct ParseMemoTests {
    static func tokens(_ text: String, at offset: Int = 0) -> [Token] {
        let padded = String(repeating: " ", count: offset) + text
        let scalars = ScalarText(padded)
        return Tokenizer.tokenize(scalars, in: TextRange(0, scalars.count))
    }

    @Test func aRepeatedSentenceIsReadFromTheMemoWithItsOwnOffsets() throws {
        let model = try #require(SyntaxModel.shared)
        let memo = ParseMemo()
        let sentence = "Rescuers found the 12 boys in the cave on Monday, the governor said."
        for offset in [0, 0, 7, 30] {
            let t = Self.tokens(sentence, at: offset)
            #expect(memo.read(t, model: model) == model.read(t))
        }
        // Stored the second time it was met, read from the memo the third and fourth.
        #expect(memo.stats == ParseMemo.Stats(lookups: 4, hits: 2, stored: 1, words: Self.tokens(sentence).count))
    }

    @Test func differentFormsNeverShareAReadingEvenInOneSlot() throws {
        let model = try #require(SyntaxModel.shared)
        // One entry slot and one seen slot: every sentence competes for them, so only the forms tell them apart.
        let memo = ParseMemo(entrySlots: 1, seenSlots: 1)
        let sentences = ["Talks resumed in Istanbul.", "Talks resumed in Ankara.", "talks resumed in Istanbul.",
                         "Talks resumed in Istanbul", "Talks resumed in Istanbul."]
        for _ in 0..<2 {
            for s in sentences {
                for _ in 0..<3 {
                    let t = Self.tokens(s)
                    #expect(memo.read(t, model: model) == model.read(t))
                }
            }
        }
        #expect(memo.stats.hits > 0)
    }

    @Test func theMemoHoldsAtMostItsWordBudget() throws {
        let model = try #require(SyntaxModel.shared)
        let memo = ParseMemo(entrySlots: 64, seenSlots: 64, wordBudget: 100)
        for round in 0..<2 {
            for k in 0..<20 {
                let t = Self.tokens("Officials said \(k) villages were retaken on day \(k).")
                #expect(memo.read(t, model: model) == model.read(t), "round \(round), sentence \(k)")
            }
        }
        #expect(memo.stats.words <= 100 && memo.stats.words > 0)
        #expect(memo.stats.stored >= 1)
    }

    @Test func aPipelineWithAMemoGivesTheSameSentencesAsOneWithout() throws {
        let model = try #require(SyntaxModel.shared)
        let text = """
        Divers reach boys trapped in Thai cave

        Rescuers found the 12 boys on Monday. They hadn't eaten for nine days.
        Rescuers found the 12 boys on Monday. "We will bring them out," the governor said.
        Rescuers found the 12 boys on Monday.
        """
        let corpus = CorpusLoader(today: Day(year: 2018, month: 7, day: 10)!)
            .load(contents: [(path: "cave.txt", bytes: Array(text.utf8))])
        let d = corpus.documents[0]
        let memo = ParseMemo()
        let with = TimelinePipeline.sentences(of: d, model: model, memo: memo)
        #expect(with == TimelinePipeline.sentences(of: d, model: model))
        #expect(memo.stats.hits == 1)
    }
}
