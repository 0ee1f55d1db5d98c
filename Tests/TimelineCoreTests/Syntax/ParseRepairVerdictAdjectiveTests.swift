import Testing
@testable import TimelineCore

/// "The jury found ⟦Harris guilty⟧": a verdict adjective read as a noun with the object as its modifier
/// (`ParseRepair.verdictAdjectiveReadAsANoun`); a conviction and an acquittal of one day stay two verdicts.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairVerdictAdjectiveTests {
    let t = ParseRepairTests()

    @Test(arguments: [(0, "Harris"), (1, "men"), (2, "men")])
    func theAdjectiveIsTheVerbsComplementAndTheNameItsObject(_ example: Int, _ object: String) throws {
        let model = try #require(SyntaxModel.shared)
        let s = ParseRepair.verdictAdjectiveReadAsANoun.examples[example]
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.head(p, "guilty") == "found" && t.rel(p, "guilty") == "xcomp", "\(s)")
        #expect(t.head(p, object) == "found" && t.rel(p, object) == "obj", "\(s)")
    }

    @Test func aConvictionAndAnAcquittalOfOneDayAreTwoVerdicts() {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nA jury found the two men guilty of murder on Tuesday.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe two men were acquitted of murder on Tuesday.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
        let d = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nA jury found the two men not guilty of murder on Tuesday.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe two men were acquitted of murder on Tuesday.\n"),
        ])
        #expect(d.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(d.events.map(\.summary))")
    }
}
