import Testing
@testable import TimelineCore

/// Quitting with nothing quit is resigning, so an outlet that has a chief "quit" a day before others say he "resigned"
/// disagrees about one event (`PhrasalPredicates`); a speaker's sayings dated on two days that do not meet are two
/// sayings, never one in conflict (`MentionMerger.compatible`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct QuittingAndSayingTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func quittingADayBeforeOthersResignedIsOneEventInConflict() throws {
        let a = F.extract("The airline's chief executive, Marta Lind, quit ⟦on Tuesday⟧.", values: ["2026-02-10"], id: "a", published: "2026-02-14")
        let b = F.extract("Marta Lind resigned as chief executive ⟦on Wednesday⟧, the airline said.", values: ["2026-02-11"], id: "b", published: "2026-02-12")
        let c = F.extract("Chief executive Marta Lind resigned ⟦on Wednesday⟧.", values: ["2026-02-11"], id: "c", published: "2026-02-13")
        let events = merge(a + b + c)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "quit" } })
        #expect(Set(e.documentIDs) == ["a", "b", "c"], "\(events.map { ($0.summary, $0.documentIDs) })")
        #expect(e.conflict)
    }

    @Test(arguments: ["He quit smoking ⟦in 2019⟧.", "The union quit the talks ⟦on Friday⟧."])
    func quittingSomethingIsNoResignation(_ text: String) {
        let m = F.extract(text, values: [text.contains("2019") ? "2019" : "2026-02-13"], published: "2026-02-14")
        #expect(!m.contains { $0.lemma == "resign" }, "\(m.map(\.lemma))")
    }

    @Test func aSpeakersSayingsOfTwoDaysAreTwoEvents() {
        let a = F.extract("Senator Ruth Okafor said ⟦on Monday⟧ that the committee will question the regulators about the collapse.",
                          values: ["2026-02-09"], id: "a", published: "2026-02-10")
        let b = F.extract("Senator Ruth Okafor said ⟦on Tuesday⟧ that the committee will hold a hearing on the collapse.",
                          values: ["2026-02-10"], id: "b", published: "2026-02-12")
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map { ($0.summary, $0.documentIDs) })")
        #expect(!events.contains { $0.conflict })
    }

    @Test func aSpeakersSayingOfOneDayToldByTwoOutletsIsOneEvent() throws {
        let a = F.extract("Senator Ruth Okafor said ⟦on Tuesday⟧ that the committee will hold a hearing on the collapse.",
                          values: ["2026-02-10"], id: "a", published: "2026-02-11")
        let b = F.extract("Senator Ruth Okafor said ⟦on Tuesday⟧ that her committee would hold a hearing on the bank's collapse.",
                          values: ["2026-02-10"], id: "b", published: "2026-02-12")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map { ($0.summary, $0.documentIDs) })")
    }
}
