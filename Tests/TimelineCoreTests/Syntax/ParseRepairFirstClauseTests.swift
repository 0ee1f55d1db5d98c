import Testing
@testable import TimelineCore

/// "At about 2:20 p.m. the crowd at Gate 7 ⟦surged⟧ and five people were crushed": the first of two coordinated clauses
/// read as a past tense hung on its subject (`ParseRepair.firstClauseReadAsAnAttributeOfItsSubject`); and a clock time
/// opening the sentence with the subject right after it dates both clauses (`SentenceAnalysis.openingTimex`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairFirstClauseTests {
    let t = ParseRepairTests()

    @Test func thePastTenseIsTheFirstClausesVerb() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.firstClauseReadAsAnAttributeOfItsSubject.examples[0], model: model).first).repaired()
        #expect(t.head(p, "crowd") == "surged" && t.rel(p, "crowd") == "nsubj")
        #expect(t.head(p, "crushed") == "surged" && t.rel(p, "crushed") == "conj")
        #expect(p.words.filter { $0.head == 0 }.map(\.form) == ["surged"])
    }

    @Test func bothClausesTakeTheOpeningTime() throws {
        let c = ParaphraseMergeTests.chronology([("weekly.md", "---\npublished: 2026-11-06\n---\nFour weeks on.\n\nOn Saturday, October 10, thousands of fans queued at the turnstiles. At about 2:20 p.m. the crowd at Gate 7 surged and five people were crushed to death.\n")])
        for verb in ["surged", "crushed"] {
            let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == verb } }, "\(c.events.map(\.summary))")
            #expect(e.date.value.hasPrefix("2026-10-10"), "\(verb): \(e.date.value)")
        }
    }

    /// A participle of the subject keeps its reading (VBN, not a past tense): "Residents ⟦evacuated⟧ from the town returned home".
    @Test func aParticipleOfTheSubjectStays() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("Residents evacuated from the town returned home and the mayor thanked them.", model: model).first).repaired()
        #expect(t.rel(p, "evacuated") != "root")
    }
}

/// "That afternoon police ⟦shut⟧ the coast road and emptied the beach": the first of two coordinated verbs read as a noun
/// that is the subject of the second (`ParseRepair.firstVerbReadAsTheSubjectOfTheSecond`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairFirstVerbTests {
    let t = ParseRepairTests()

    @Test func theFirstVerbIsAVerbWithItsSubjectAndConjunct() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.firstVerbReadAsTheSubjectOfTheSecond.examples[0], model: model).first).repaired()
        #expect(t.head(p, "police") == "shut" && t.rel(p, "police") == "nsubj")
        #expect(t.head(p, "emptied") == "shut" && t.rel(p, "emptied") == "conj")
        #expect(t.head(p, "afternoon") == "shut")
        #expect(p.words.filter { $0.head == 0 }.map(\.form) == ["shut"])
    }

    @Test func bothVerbsAreHappenings() throws {
        let c = ParaphraseMergeTests.chronology([("weekly.md", "---\npublished: 2026-09-11\n---\nWeek.\n\nOn Tuesday, September 8, the rocket exploded. That afternoon police shut the coast road and emptied the beach.\n")])
        for verb in ["shut", "emptied"] {
            let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == verb } }, "\(c.events.map(\.summary))")
            #expect(e.date.value.hasPrefix("2026-09-08"), "\(verb): \(e.date.value)")
        }
    }
}
