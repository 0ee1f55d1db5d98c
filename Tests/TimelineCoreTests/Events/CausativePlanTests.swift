import Testing
@testable import TimelineCore

/// A causative "have" or "get" under a plan or an expectation passes it on to what it brings about.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct CausativePlanTests {
    typealias F = EventFixtures

    @Test func whatAnExpectedCausativeBringsAboutIsExpected() throws {
        // (where the parse hangs the participle on a noun object, "to have its jets flying", it describes the jets and
        // tells no happening: not read yet)
        let them = F.extract("The airline hopes to have them flying again ⟦by the end of the week⟧.", values: ["2025-W41"], published: "2025-10-06")
        #expect(try F.mention(them, "flying").mention.modality.isFuture)
        // (a causative told as done stays a happening: "had the blaze out", "got the line running on Friday")
        let done = F.extract("Crews got the line running ⟦on Friday⟧.", values: ["2025-10-10"], published: "2025-10-12")
        #expect(done.allSatisfy { !$0.mention.modality.isFuture }, "\(done.map(\.mention.modality))")
    }
}
