import Testing
@testable import TimelineCore

/// "Ships are anchored off the port in Saint John, ⟦where⟧ 1,150 workers walked out on March 5 over pay": a clause opened by
/// "where" after a comma, read as the subject of the verb before, tells about the noun before the comma
/// (`ParseRepair.relativeWordOpeningAComplement`); its date is its own, not the main clause's.
struct ParseRepairWhereClauseTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theWhereClauseTellsAboutTheNounBefore() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.relativeWordOpeningAComplement.examples[3], model: model).first).repaired()
        #expect(t.rel(p, "walked") == "acl:relcl", "\(t.head(p, "walked")) \(t.rel(p, "walked"))")
        // (of a town and its region, the town)
        #expect(t.head(p, "walked") == "Saint", "\(t.head(p, "walked"))")
        #expect(t.head(p, "anchored") == "ROOT")
    }

    /// A "where" clause that is a verb's subject with no comma before it ("Where they went is unknown") is left alone.
    @Test func aSubjectClauseWithoutACommaIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Where", "ADV", "WRB", 3, "advmod"), ("they", "PRON", "PRP", 3, "nsubj"), ("went", "VERB", "VBD", 5, "csubj"),
            ("is", "AUX", "VBZ", 5, "cop"), ("unknown", "ADJ", "JJ", 0, "root"), (".", "PUNCT", ".", 5, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    /// The walk-out is dated by its own clause; the ships' anchoring, told in the present, is the article's day.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func eachClauseKeepsItsOwnDate() throws {
        let m = EventFixtures.extract("More than a dozen container ships are anchored off the Port of Carrow Point, in Saint John, New Brunswick, where 1,150 longshore workers walked out on ⟦March 5⟧ over pay and automation.",
                                      values: ["2026-03-05"], published: "2026-03-09")
        let walked = try EventFixtures.mention(m, "walked")
        #expect(walked.mention.date.value == "2026-03-05", "\(walked.mention.date.value)")
        let anchored = try EventFixtures.mention(m, "anchored")
        #expect(anchored.mention.date.value != "2026-03-05", "\(anchored.mention.date.value)")
    }
}
