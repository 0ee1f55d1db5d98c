import Testing
@testable import TimelineCore

/// Insisting that something did not happen is denying it; two outlets' denials of one day, of two things or more in
/// common, are one denial whoever each names as denying it (session 31, branch story23).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct InsistedNotTests {
    @Test func insistingThatItDidNotHappenIsADenial() throws {
        let m = EventFixtures.extract("The bakery ⟦on Wednesday⟧ insisted that its safety inspection had not been skipped.", values: ["2025-06-11"], published: "2025-06-13")
        #expect(m.contains { $0.lemma == "deny" && $0.mention.triggerText == "insisted" }, "\(m.map { ($0.lemma, $0.mention.triggerText) })")
        let plan = EventFixtures.extract("The mayor insisted on Wednesday that the parade would go ahead.", values: [], published: "2025-06-13")
        #expect(!plan.contains { $0.lemma == "deny" }, "\(plan.map(\.lemma))")
    }

    @Test func twoOutletsDenialsOfOneDayAreOneDenial() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-06-12\n---\nWire.\n\nOn Wednesday Harbor Bakery denied that its safety inspection had been skipped.\n"),
            ("weekly.md", "---\npublished: 2025-06-27\n---\nWeekly.\n\nThe recall began on Wednesday, June 11. That day the company insisted that its safety inspection had not been skipped.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "weekly"] && $0.mentions.contains { $0.triggerText == "insisted" } },
                "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }
}
