import Testing
@testable import TimelineCore

/// In two articles of one story (two that already tell happenings in common), one predicate told of one day is one
/// happening, though they share no word, name or place for it (`StoryDays`).
struct StoryDaysTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    /// One outlet's report of a ferry's grounding, its refloating and the harbour's reopening.
    let first = F.extract("The ferry Northern Star ran aground off Kirkwall ⟦on Saturday⟧. Salvage crews refloated the Northern Star ⟦on Sunday⟧. "
                          + "The harbour reopened ⟦on Monday⟧.",
                          values: ["2026-05-02", "2026-05-03", "2026-05-04"], id: "a", published: "2026-05-04")

    func reopened(_ events: [Event]) -> [Event] { events.filter { $0.summary.contains("reopened") } }

    @Test func oneStorysReopeningsOfOneDayAreOne() {
        let b = F.extract("The Northern Star ran aground near Kirkwall ⟦on Saturday⟧. The Northern Star was refloated by salvage crews ⟦on Sunday⟧. "
                          + "Officials reopened Pier Four to traffic ⟦on Monday⟧.",
                          values: ["2026-05-02", "2026-05-03", "2026-05-04"], id: "b", published: "2026-05-05")
        let events = merge(first + b)
        // (the two articles are of one story: the grounding and the refloating are joined by the ship's name)
        #expect(events.filter { Set($0.documentIDs) == ["a", "b"] }.count >= 2, "\(events.map(\.summary))")
        #expect(reopened(events).count == 1 && Set(reopened(events)[0].documentIDs) == ["a", "b"], "\(events.map(\.summary))")
    }

    @Test func anUnrelatedArticlesReopeningOfThatDayStaysApart() {
        let b = F.extract("A fire destroyed a warehouse in Leith ⟦on Saturday⟧. Officials reopened Pier Four to traffic ⟦on Monday⟧.",
                          values: ["2026-05-02", "2026-05-04"], id: "b", published: "2026-05-05")
        let events = merge(first + b)
        #expect(reopened(events).count == 2, "\(events.map(\.summary))")
    }

    @Test func anArticleThatTellsTwoReopeningsThatDayKeepsThemApart() {
        let b = F.extract("The Northern Star ran aground near Kirkwall ⟦on Saturday⟧. The Northern Star was refloated by salvage crews ⟦on Sunday⟧. "
                          + "Officials reopened Pier Four to traffic ⟦on Monday⟧, and the island's museum reopened ⟦that afternoon⟧.",
                          values: ["2026-05-02", "2026-05-03", "2026-05-04", "2026-05-04TAF"], id: "b", published: "2026-05-05")
        let events = merge(first + b)
        #expect(!reopened(events).contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func twoSpeakersDenialsOfOneDayStayTwo() {
        let a = first + F.extract("Harbour officials denied ⟦on Monday⟧ that the ferry had been overloaded.",
                                  values: ["2026-05-04"], id: "a", published: "2026-05-04")
        let b = F.extract("The Northern Star ran aground near Kirkwall ⟦on Saturday⟧. The Northern Star was refloated by salvage crews ⟦on Sunday⟧. "
                          + "⟦On Monday⟧ the shipping line denied that its captain had been drinking.",
                          values: ["2026-05-02", "2026-05-03", "2026-05-04"], id: "b", published: "2026-05-05")
        let events = merge(a + b)
        let denials = events.filter { $0.summary.contains("denied") }
        #expect(denials.count == 2, "\(events.map(\.summary))")
    }
}
