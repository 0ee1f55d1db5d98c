import Testing
@testable import TimelineCore

/// "rejected a report ⟦in the Glasgow Clarion⟧ that warnings … had been ignored": the content clause of a noun of saying
/// with a phrase between them, read on the phrase's noun (`ParseRepair.contentClauseAfterAPhraseReadOnThePhrase`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairContentAfterPhraseTests {
    let t = ParseRepairTests()

    @Test(arguments: [
        (0, "report", "ignored", "warnings"),
        (1, "claims", "destroyed", "ballots"),
        (2, "claim", "fired", "officers"),
        (3, "report", "resign", "executive"),
    ])
    func theClauseTellsTheNounsContent(_ example: Int, _ noun: String, _ verb: String, _ subject: String) throws {
        let model = try #require(SyntaxModel.shared)
        let s = ParseRepair.contentClauseAfterAPhraseReadOnThePhrase.examples[example]
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.head(p, verb) == noun && t.rel(p, verb) == "acl", "\(s)")
        #expect(t.head(p, subject) == verb && t.rel(p, subject)?.hasPrefix("nsubj") == true, "\(s)")
        #expect(t.head(p, "that") == verb && t.rel(p, "that") == "mark", "\(s)")
    }

    @Test func aTimePhraseAndARelativeClauseKeepTheirReading() throws {
        let model = try #require(SyntaxModel.shared)
        // ("that night" is a time phrase; "in charge" is no claim)
        let night = try #require(SyntaxText.analyse("The officer in charge of the wing that night was suspended on Wednesday.", model: model).first)
        let nightAlone = night.repaired([ParseRepair.contentClauseAfterAPhraseReadOnThePhrase])
        #expect(nightAlone.words.map(\.head) == night.words.map(\.head))
        // (a relative clause whose verb takes the report)
        let relative = try #require(SyntaxText.analyse("The minister repeated a claim by the union that the newspaper published.", model: model).first)
        let alone = relative.repaired([ParseRepair.contentClauseAfterAPhraseReadOnThePhrase])
        #expect(t.head(alone, "published") == t.head(relative, "published") && t.rel(alone, "that") == t.rel(relative, "that"))
    }

    @Test func theDenialOfAReportNamedByItsPaperIsOneDenial() {
        let ms = EventFixtures.extract("The prison service ⟦on Wednesday⟧ rejected a report in the Glasgow Clarion that warnings about broken cameras had been ignored.",
                                       values: ["2025-09-17"], published: "2025-09-18")
        #expect(!ms.contains { $0.mention.triggerText == "ignored" && $0.mention.modality == .happened }, "\(ms.map(\.summary))")
        #expect(ms.contains { $0.mention.triggerText == "rejected" && $0.mention.date.value == "2025-09-17" }, "\(ms.map(\.summary))")
    }
}
