import Testing
@testable import TimelineCore

/// The event rules read the shared tokens (`EventWord` over `Token`), as the tokenizer splits them.
@Suite struct EventWordTests {
    @Test func wordsAreTheTokenizersWithTheLexiconsForm() {
        let words = EventWord.words(of: "Kyiv’s forces re-taken, U.S. 1,000 don't…")
        #expect(words.map(\.text) == ["Kyiv", "’s", "forces", "re-taken", ",", "U.S.", "1,000", "do", "n't", "…"])
        #expect(words.map(\.norm) == ["kyiv", "’s", "forces", "retaken", ",", "u.s.", "1,000", "do", "n't", "…"])
        #expect(words.map(\.isWord) == [true, true, true, true, false, true, true, true, true, false])
        #expect(words.map(\.isCapitalized) == [true, false, false, false, false, true, false, false, false, false])
    }

    @Test(arguments: [false, true])
    func theExtractorReadsTheSentencesOwnTokens(parsed: Bool) throws {
        let (doc, spans) = EventFixtures.document("India’s army attacked towns near Kolkata ⟦on Tuesday⟧. Officials said talks would resume.")
        let timexes = zip(spans, ["2024-07-16"]).map { EventFixtures.resolve($0, $1, published: "2024-07-14") }
        let extractor = EventExtractor(model: parsed ? SyntaxModel.shared : nil)
        let fromRanges = extractor.extract(document: doc, timexes: timexes, places: EventFixtures.recognizer(doc))
        var tokenized = doc
        tokenized.sentences = doc.sentences.map { $0.tokenized(in: doc.text) }
        let fromTokens = extractor.extract(document: tokenized, timexes: timexes, places: EventFixtures.recognizer(doc))
        let attack = try #require(fromTokens.first { $0.triggerClass == .attack })
        #expect(attack.mention.actors.contains("India"))
        #expect(attack.mention.date.value == "2024-07-16")
        #expect(fromTokens.map(\.mention) == fromRanges.map(\.mention))
        #expect(fromTokens.map(\.summary) == fromRanges.map(\.summary))
    }
}
