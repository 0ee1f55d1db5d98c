import Testing
@testable import TimelineCore

/// "On Wednesday ⟦the shipowner⟧, Aegean Crest Shipping, denied …": the subject after an opening date read as the
/// date's apposition (`ParseRepair.subjectReadAsTheAppositionOfAnOpeningDate`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairOpeningDateAppositionTests {
    let t = ParseRepairTests()

    func parse(_ s: String) throws -> ParsedSentence {
        let model = try #require(SyntaxModel.shared)
        return try #require(SyntaxText.analyse(s, model: model).first).repaired()
    }

    @Test func theNounAfterTheDateIsTheVerbsSubject() throws {
        let p = try parse(ParseRepair.subjectReadAsTheAppositionOfAnOpeningDate.examples[0])
        #expect(t.head(p, "shipowner") == "denied" && t.rel(p, "shipowner") == "nsubj")
        #expect(t.head(p, "Wednesday") == "denied")
        // (the name set off by commas stays the subject's apposition)
        #expect(t.head(p, "Shipping") == "shipowner" && t.rel(p, "Shipping") == "appos")
    }

    @Test func anAppositionSetOffByACommaIsLeftAlone() {
        // (Monday, then "the day of the vote" set off by a comma, and a verb with its own subject)
        let read = ParseRepairTests.tree([
            ("On", "ADP", "IN", 2, "case"), ("Monday", "PROPN", "NNP", 9, "obl"), (",", "PUNCT", ",", 5, "punct"),
            ("the", "DET", "DT", 5, "det"), ("day", "NOUN", "NN", 2, "appos"), (",", "PUNCT", ",", 9, "punct"),
            ("the", "DET", "DT", 8, "det"), ("council", "NOUN", "NN", 9, "nsubj"), ("voted", "VERB", "VBD", 0, "root"),
            (".", "PUNCT", ".", 9, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test func theDenialJoinsTheOtherOutletsDenial() {
        let a = EventFixtures.extract("⟦On Wednesday⟧ the shipowner, Aegean Crest Shipping, denied that the tanker had left the shipping lane.",
                                      values: ["2026-11-04"], id: "a", published: "2026-11-06")
        let b = EventFixtures.extract("The ship's owner, Aegean Crest Shipping, denied ⟦on Wednesday⟧ that the tanker had strayed out of the shipping lane.",
                                      values: ["2026-11-04"], id: "b", published: "2026-11-07")
        let events = MentionMerger(within: EventFixtures.within).merge(a + b, documents: [])
        let denial = events.first { $0.mentions.contains { $0.triggerText == "denied" } }
        #expect(Set(denial?.documentIDs ?? []) == ["a", "b"], "\(events.map(\.summary))")
    }
}
