import Testing
@testable import TimelineCore

/// Blowing apart with no object is exploding (`PhrasalPredicates`): "the tanker blew apart" and "the tanker exploded"
/// of one day are one event.
struct BlowApartTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func blowingApartIsExploding() throws {
        let a = F.extract("A fuel tanker exploded on the motorway ⟦on Tuesday⟧.", values: ["2026-03-10"], id: "a", published: "2026-03-11")
        let b = F.extract("The fuel tanker blew apart ⟦on Tuesday⟧, witnesses said.", values: ["2026-03-10"], id: "b", published: "2026-03-12")
        #expect(try F.mention(b, "blew").lemma == "explode")
        let events = merge(a + b)
        #expect(events.count == 1, "\(events.map(\.summary))")
    }
}
