import Testing
@testable import TimelineCore

/// "Harcourt first said the tape had been edited, then ⟦apologised⟧ yesterday" (`ParseRepair.nextActReadIntoTheReport`)
/// and "Police said ⟦the same day⟧ that they were assessing the complaint" (`ParseRepair.thatClauseOnADate`): a subject's
/// next act read into what it first reported, and a report's content read as a relative clause on its day.
struct ParseRepairSequenceTests {
    let t = ParseRepairTests()
    typealias F = EventFixtures

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNextActIsTheReportsConjunct() throws {
        let model = try #require(SyntaxModel.shared)
        for example in ParseRepair.nextActReadIntoTheReport.examples {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            let next = example.contains("apologised") ? "apologised" : "admitted"
            #expect(t.head(p, next) == "said" && t.rel(p, next) == "conj", "\(example)")
            #expect(p.words.first { $0.form == next }?.xpos == "VBD", "\(example)")
        }
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNextActIsAHappeningOfItsOwnDay() throws {
        let m = F.extract("The mayor first said the letter had been forged, then resigned ⟦yesterday⟧.", values: ["2026-03-12"],
                          published: "2026-03-13")
        let resigned = try F.mention(m, "resigned")
        #expect(resigned.mention.date.value == "2026-03-12")
        #expect(resigned.mention.modality == .happened)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func withoutFirstTheReportKeepsItsConjunct() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("He said the tape had been edited, then leaked to a newspaper.", model: model).first).repaired()
        #expect(t.head(p, "leaked") != "said")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aClauseWithNoGapAfterTheSameDayIsTheReportsContent() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.thatClauseOnADate.examples[1], model: model).first).repaired()
        #expect(t.head(p, "assessing") == "said" && t.rel(p, "assessing") == "ccomp")
        #expect(t.rel(p, "that") == "mark")
        let m = F.extract("The council met on Monday. Officials said ⟦the same day⟧ that they were reviewing the contract.",
                          values: ["2026-03-09"], published: "2026-03-20")
        let reviewing = try F.mention(m, "reviewing")
        #expect(reviewing.mention.date.value == "2026-03-09")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aRelativeClauseOnTheDayStaysOne() throws {
        let model = try #require(SyntaxModel.shared)
        // ("that" fills the gap of "met": the clause describes the day)
        let p = try #require(SyntaxText.analyse("She recalled the day that they met.", model: model).first).repaired()
        #expect(t.head(p, "met") == "day")
    }
}
