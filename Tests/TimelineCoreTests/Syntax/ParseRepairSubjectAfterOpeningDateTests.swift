import Testing
@testable import TimelineCore

/// The subject after an opening date set off by commas is no apposition of the date: "On November 2, the council,
/// meeting in Leeds, voted …" (`ParseRepair.subjectSetOffAfterAnOpeningDate`).
@Suite
struct ParseRepairSubjectAfterOpeningDateTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounAfterTheDateIsTheSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let a = try #require(SyntaxText.analyse(ParseRepair.subjectSetOffAfterAnOpeningDate.examples[0], model: model).first).repaired()
        #expect(t.head(a, "council") == "voted" && t.rel(a, "council") == "nsubj")
        let b = try #require(SyntaxText.analyse(ParseRepair.subjectSetOffAfterAnOpeningDate.examples[1], model: model).first).repaired()
        #expect(t.head(b, "council") == "voted" && t.rel(b, "council") == "nsubj")
        #expect(t.head(b, "days") == "voted" && t.rel(b, "days") != "nsubj")
    }

    /// A word of time set beside the date is its apposition: "On Monday, the day of the vote, the council met".
    @Test func aDayBesideTheDateIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("On", "ADP", "IN", 2, "case"), ("Monday", "PROPN", "NNP", 12, "obl"), (",", "PUNCT", ",", 5, "punct"),
            ("the", "DET", "DT", 5, "det"), ("day", "NOUN", "NN", 2, "appos"), ("of", "ADP", "IN", 8, "case"),
            ("the", "DET", "DT", 8, "det"), ("vote", "NOUN", "NN", 5, "nmod"), (",", "PUNCT", ",", 2, "punct"),
            ("the", "DET", "DT", 11, "det"), ("council", "NOUN", "NN", 12, "nsubj"),
            ("met", "VERB", "VBD", 0, "root"), (".", "PUNCT", ".", 12, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theVoteIsOfTheDateNotFourDaysAfterIt() throws {
        let c = ParaphraseMergeTests.chronology([("paper.md", "---\npublished: 2026-12-04\n---\nNews.\n\n"
            + "The storm hit the coast on October 29. Four days after the storm, on November 2, the town council, meeting in Whitby, voted to close the harbour.\n")])
        let voted = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "voted" } }, "\(c.events.map(\.summary))")
        #expect(voted.date.value == "2026-11-02", "\(voted.date.value) \(voted.summary)")
    }
}
