import Foundation
import Testing
@testable import TimelineCore

/// A line with no sentence end (a run-on scrape, a table flattened to one line): found as a hang while probing the fuzz target,
/// since analysing one sentence grows faster than its length. The segmenter cuts such runs into bounded pieces.
@Suite struct LongSentenceTests {
    let clause = "Officials met in Kyiv on Monday and "

    @Test func runOnLineIsCutAtSpacesIntoBoundedSentences() {
        let line = String(repeating: clause, count: 3_000)  // 108,000 characters, no sentence end
        let text = ScalarText("Talks\n" + line + "\n")
        let body = TextRange(6, text.count)
        let sentences = SentenceSegmenter().segment(text, in: body)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.range.length <= SentenceSegmenter.maxSentenceLength })
        // In order, without overlaps, every piece cut at a space, and nothing but space left between pieces.
        for (a, b) in zip(sentences, sentences.dropFirst()) {
            #expect(a.range.end <= b.range.start)
            #expect(text[TextRange(a.range.end, b.range.start)].allSatisfy { $0 == " " })
            #expect(text.scalars[a.range.end - 1] != " " && text.scalars[b.range.start] != " ")
        }
        #expect(sentences.first?.range.start == body.start)
        #expect(sentences.last.map { text[$0.range] }?.hasSuffix("Monday and") == true)
    }

    @Test func ordinarySentencesAreNotCut() {
        let long = "Officials, " + String(repeating: "ministers and their advisers from many countries, ", count: 10) + "met in Kyiv on Monday."
        let text = ScalarText(long + " They agreed.")
        let sentences = SentenceSegmenter().segment(text, in: TextRange(0, text.count))
        #expect(sentences.map { text[$0.range] } == [long, "They agreed."])
    }

    @Test func pipelineFinishesOnAHundredThousandCharacterLine() {
        let c = FuzzReplay.run(["Talks\n" + String(repeating: clause, count: 3_000) + "\n"])
        #expect(c.documents.count == 1)
        #expect(c.events.contains { $0.places.contains { $0.name == "Kyiv" } })
    }
}
