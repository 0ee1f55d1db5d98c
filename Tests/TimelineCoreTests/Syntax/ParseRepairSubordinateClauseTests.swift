import Testing
@testable import TimelineCore

/// "hours after negotiations with the employers broke down": a subordinate clause read as a preposition phrase and a
/// conjunct is the main verb's subordinate clause, the noun after "after" its subject
/// (`ParseRepair.subordinateClauseReadAsAPhraseAndAConjunct`); and what came hours after or before a happening of one
/// day is dated that day.
@Suite
struct ParseRepairSubordinateClauseTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"), arguments: [0, 1])
    func theNounAfterTheSubordinatorIsTheSubject(_ example: Int) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.subordinateClauseReadAsAPhraseAndAConjunct.examples[example], model: model).first).repaired()
        #expect(t.rel(p, "broke") == "advcl", "\(p.words.map { "\($0.form)/\($0.head)/\($0.deprel)" })")
        #expect(t.rel(p, "after") == "mark" && t.head(p, "after") == "broke")
        let subject = p.words.first { w in w.deprel == "nsubj" && w.head > 0 && p.words[w.head - 1].form == "broke" }?.form
        #expect(["talks", "negotiations"].contains(subject ?? ""), "\(p.words.map { "\($0.form)/\($0.head)/\($0.deprel)" })")
    }

    @Test func aCoordinationWithItsConjunctionIsLeftAlone() {
        // "Police arrested two men after the raid and charged them": a conjunct with its "and" is the main verb's.
        let read = ParseRepairTests.tree([
            ("Police", "NOUN", "NNS", 2, "nsubj"), ("arrested", "VERB", "VBD", 0, "root"), ("two", "NUM", "CD", 4, "nummod"),
            ("men", "NOUN", "NNS", 2, "obj"), ("after", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("raid", "NOUN", "NN", 2, "obl"), ("and", "CCONJ", "CC", 9, "cc"), ("charged", "VERB", "VBD", 2, "conj"),
            ("them", "PRON", "PRP", 9, "obj"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func whatCameHoursAfterIsOfThatDay() throws {
        let c = ParaphraseMergeTests.chronology([("wire.md", "---\npublished: 2026-03-05\n---\nWire.\n\n" + ParseRepair.subordinateClauseReadAsAPhraseAndAConjunct.examples[0] + "\n")])
        let broke = try #require(c.events.first { $0.mentions.contains { ($0.triggerText ?? "").hasPrefix("broke") } }, "\(c.events.map(\.summary))")
        let arrested = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "arrested" } })
        #expect(arrested.date.value == "2026-02-27")
        #expect(broke.date.value == "2026-02-27" && !broke.date.isFallback, "\(broke.date.value) \(broke.date.derivation)")
    }
}
