import Testing
@testable import TimelineCore

/// A computer system that crashes, freezes or goes down fails, and so does one an update knocks out or cripples
/// (`PhrasalPredicates.computerSystems`): two outlets' "the payment system crashed" / "the payment system went down"
/// of one day are one event; a plane that crashes does not fail.
struct SystemFailureTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func crashingAndGoingDownAreFailing() throws {
        let a = F.extract("The bank's payment system crashed ⟦on Friday⟧.", values: ["2026-10-09"], id: "a", published: "2026-10-10")
        let b = F.extract("The bank's payment system went down ⟦on Friday⟧.", values: ["2026-10-09"], id: "b", published: "2026-10-11")
        #expect(try F.mention(a, "crashed").lemma == "fail")
        #expect(try F.mention(b, "went down").lemma == "fail")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
        let c = F.extract("A faulty update knocked out the bank's payment system ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(c, "knocked out").lemma == "fail")
    }

    @Test func aPlaneThatCrashesDoesNotFail() throws {
        let m = F.extract("A small plane crashed near the airport ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(m, "crashed").lemma != "fail")
        let g = F.extract("The storm knocked out the grid ⟦on Friday⟧.", values: ["2026-10-09"], published: "2026-10-10")
        #expect(try F.mention(g, "knocked out").lemma != "fail")
    }
}
