import Testing
@testable import TimelineCore

/// An agreement or a decision told in the past is a happening of its own, dated by its clause, beside the plan it makes
/// (`PredicateRules.happeningGovernors`); one to come is a plan only.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AgreementTests {
    typealias F = EventFixtures

    @Test func anAgreementToldInThePastHappened() throws {
        let m = F.extract("⟦On Sunday night⟧ the Harbour Bank agreed to assume the deposits of the failed lender.",
                          values: ["2026-04-19TNI"], published: "2026-04-22")
        let agreed = try F.mention(m, "agreed")
        #expect(agreed.mention.modality == .happened)
        #expect(agreed.mention.date.value == "2026-04-19TNI")
        #expect(try F.mention(m, "assume").mention.modality == .planned)
        let d = F.extract("The board decided ⟦on Monday⟧ to shut the smelter.", values: ["2026-04-20"], published: "2026-04-22")
        #expect(try F.mention(d, "decided").mention.modality == .happened)
    }

    @Test func anAgreementToComeIsAPlanOnly() {
        let m = F.extract("The Harbour Bank will agree to assume the deposits.", values: [], published: "2026-04-22")
        #expect(!m.contains { $0.mention.triggerText == "agree" && $0.mention.modality == .happened })
    }
}
