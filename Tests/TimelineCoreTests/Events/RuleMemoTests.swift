import Testing
@testable import TimelineCore

/// The memo of the event rules' results for repeated sentences: the same mentions as without it, kept only for a
/// sentence met twice, never shared by two different sentences.
@Suite struct RuleMemoTests {
    /// Two printings of one story on different days, and a third article sharing only some of its sentences, one of
    /// them after another person was named ("He said …").
    static let articles = [
        ("a.md", """
        ---
        published: 2024-03-27
        ---
        Talks resume in Istanbul

        Ukrainian and Russian negotiators resumed talks in Istanbul on Tuesday, officials said. He said the talks would \
        continue on Wednesday. The company said it closed two depots. “We are ready,” Mykhailo Podolyak said.
        """),
        ("b.md", """
        ---
        published: 2024-04-02
        ---
        Talks resume in Istanbul

        Ukrainian and Russian negotiators resumed talks in Istanbul on Tuesday, officials said. He said the talks would \
        continue on Wednesday. The company said it closed two depots. “We are ready,” Mykhailo Podolyak said.
        """),
        ("c.md", """
        ---
        published: 2024-04-02
        ---
        Steel maker cuts jobs

        Harbour Lines Ltd said on Monday it would cut 200 jobs. The company said it closed two depots. \
        Ukrainian and Russian negotiators resumed talks in Istanbul on Tuesday, officials said. Mykhailo Podolyak said \
        the talks were useful. He said the talks would continue on Wednesday.
        """),
    ]

    static let corpus = CorpusLoader(today: Day(year: 2024, month: 6, day: 1)!)
        .load(contents: articles.map { (path: $0.0, bytes: Array($0.1.utf8)) })

    @Test func mentionsAreTheSameWithTheMemoAsWithout() throws {
        _ = try #require(SyntaxModel.shared)
        let memo = RuleMemo()
        let with = TimelinePipeline(today: Day(year: 2024, month: 6, day: 1)!, ruleMemo: memo)
        let without = TimelinePipeline(today: Day(year: 2024, month: 6, day: 1)!, ruleMemo: nil)
        for _ in 0..<2 {
            for d in Self.corpus.documents {
                #expect(with.mentions(in: d) == without.mentions(in: d), "\(d.path)")
            }
        }
        #expect(memo.stats.predicateHits > 0 && memo.stats.summaryHits > 0)
    }

    static func reading(_ text: String, _ offsets: [Int32] = [0, 5]) -> RuleMemo.Reading {
        RuleMemo.Reading(text: text, offsets: offsets)
    }

    @Test func aSentenceIsKeptTheSecondTimeItIsMet() {
        let memo = RuleMemo()
        let r = Self.reading("Talks resumed.")
        #expect(memo.entry(for: r) == nil)
        let kept = memo.entry(for: r)
        #expect(kept != nil)
        #expect(memo.entry(for: r) === kept)
        memo.removeAll()
        #expect(memo.entry(for: r) !== kept)
    }

    @Test func differentSentencesNeverShareAnEntryEvenInOneSlot() {
        // One entry slot and one seen slot: every sentence competes for them, so only the readings tell them apart.
        let memo = RuleMemo(entrySlots: 1, seenSlots: 1)
        let readings = [Self.reading("Talks resumed."), Self.reading("Talks resumed!"), Self.reading("Talks resumed.", [0, 6])]
        for _ in 0..<3 {
            for r in readings {
                for _ in 0..<3 {
                    if let e = memo.entry(for: r) { #expect(e.reading == r) }
                }
            }
        }
    }
}
