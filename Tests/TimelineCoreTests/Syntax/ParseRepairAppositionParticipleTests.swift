import Testing
@testable import TimelineCore

/// "reached Chacabamba, ⟦the village cut off by landslides⟧ since the quake, on Friday": the object's apposition and
/// its participle read as a clause coordinated with the verb (`ParseRepair.appositionWithItsParticipleReadAsAClause`).
struct ParseRepairAppositionParticipleTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theParticipleDescribesTheAppositionAndTheDateIsTheVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.appositionWithItsParticipleReadAsAClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "village") == "Chacabamba" && t.rel(p, "village") == "appos")
        #expect(t.head(p, "cut") == "village" && t.rel(p, "cut") == "acl")
        #expect(t.head(p, "Friday") == "reached")
        #expect(t.head(p, "bringing") == "reached")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theArrivalTakesTheDate() throws {
        let m = EventFixtures.extract("A rescue helicopter finally reached Aldeia, the hamlet cut off by floods since the storm, on ⟦Friday⟧, bringing in food.",
                                      values: ["2026-03-13"], published: "2026-03-14")
        let reached = try EventFixtures.mention(m, "reached")
        #expect(reached.mention.date.value == "2026-03-13")
        #expect(!m.contains { $0.mention.triggerText == "cut off" && $0.mention.date.value == "2026-03-13" })
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aSetOffParticipleDescribesTheObjectAndTheDateAfterItIsTheVerbs() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.appositionWithItsParticipleReadAsAClause.examples[1], model: model).first).repaired()
        #expect(t.head(p, "cut") == "road" && t.rel(p, "cut") == "acl")
        #expect(t.head(p, "Sunday") == "reopened")
        let m = EventFixtures.extract("Crews reopened the bridge over the Ebro, closed by floods, on ⟦Sunday⟧.", values: ["2026-03-15"], published: "2026-03-19")
        let reopened = try EventFixtures.mention(m, "reopened")
        #expect(reopened.mention.date.value == "2026-03-15")
    }

    @Test func aClauseJoinedByAndIsLeftAlone() {
        // "The helicopter reached the village, and the road cut by slides …": an "and" before the subject keeps the clause.
        let read = ParseRepairTests.tree([
            ("Crews", "NOUN", "NNS", 2, "nsubj"), ("reached", "VERB", "VBD", 0, "root"), ("Aldeia", "PROPN", "NNP", 2, "obj"),
            (",", "PUNCT", ",", 8, "punct"), ("and", "CCONJ", "CC", 8, "cc"), ("the", "DET", "DT", 7, "det"), ("road", "NOUN", "NN", 8, "nsubj"),
            ("closed", "VERB", "VBD", 2, "conj"), ("by", "ADP", "IN", 10, "case"), ("slides", "NOUN", "NNS", 8, "obl:agent"),
            (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "The magnitude 6.6 quake ⟦hit⟧ yesterday at 10:48 a.m., and the president declared …": a past tense read as the last
/// noun of its subject's phrase before a bare day (`ParseRepair.pastTenseReadIntoItsSubjectBeforeADay`).
struct ParseRepairPastTenseBeforeADayTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"), arguments: [0, 1, 2])
    func theFormIsTheVerbAndTheNounBeforeItTheSubject(example: Int) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseReadIntoItsSubjectBeforeADay.examples[example], model: model).first).repaired()
        #expect(t.head(p, "quake") == "hit" && t.rel(p, "quake") == "nsubj")
        #expect(t.head(p, "yesterday") == "hit")
        if example != 1 { #expect(t.head(p, "declared") == "hit" && t.rel(p, "declared") == "conj") }
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theQuakeIsToldOfItsDay() throws {
        let m = EventFixtures.extract("Here's what we know: the magnitude 6.6 quake hit ⟦yesterday⟧ at 10:48 a.m., and the president declared a state of emergency.",
                                      values: ["2026-03-10"], published: "2026-03-11")
        #expect(m.contains { ["quake", "hit"].contains($0.mention.triggerText ?? "") && $0.mention.date.value.hasPrefix("2026-03-10") },
                "\(m.map { ($0.mention.triggerText ?? "", $0.mention.date.value) })")
    }
}
