import Testing
@testable import TimelineCore

/// A mention told bare, with no word, actor or place of its own beside its predicate, is another article's mention of
/// that predicate on that day (`MentionMerger.bare`).
struct BareMentionTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aBareRestartJoinsTheOtherOutletsRestart() {
        let a = F.extract("Production resumed ⟦this morning⟧ at the mill's Riverside plant.", values: ["2026-03-09TMO"], id: "a", published: "2026-03-09")
        let b = F.extract("⟦On Sunday, March 8⟧, inspectors approved the repairs, and production resumed ⟦the next morning⟧.",
                          values: ["2026-03-08", "2026-03-09TMO"], id: "b", published: "2026-03-20")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func twoToldWithWordsOfTheirOwnStayApart() {
        let a = F.extract("Production resumed ⟦this morning⟧ at the mill's Riverside plant.", values: ["2026-03-09TMO"], id: "a", published: "2026-03-09")
        let b = F.extract("Production of vaccines resumed ⟦this morning⟧ at a laboratory in Leeds.", values: ["2026-03-09TMO"], id: "b", published: "2026-03-09")
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }
}
