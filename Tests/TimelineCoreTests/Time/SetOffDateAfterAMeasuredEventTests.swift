import Testing
@testable import TimelineCore

/// "Four days after the storm, on November 2, the council voted": the date set off by a comma after the event a
/// length is measured from is the sentence's, not that event's (`TaggerRun.eventAnchor`, `rememberEvents`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SetOffDateAfterAMeasuredEventTests {
    @Test func theSetOffDateDatesTheClauseNotTheMeasure() throws {
        let c = ParaphraseMergeTests.chronology([("paper.md", "---\npublished: 2026-12-04\n---\nNews.\n\n"
            + "Four days after the storm, on November 2, the council voted to close the harbour.\n")])
        let voted = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "voted" } }, "\(c.events.map(\.summary))")
        #expect(voted.date.value == "2026-11-02", "\(voted.date.value)")
    }

    /// Nor is the storm remembered as of that date: a later length after it is not measured from November 2.
    @Test func theMeasuredEventIsNotRememberedAsOfTheDate() throws {
        let c = ParaphraseMergeTests.chronology([("paper.md", "---\npublished: 2026-12-04\n---\nNews.\n\n"
            + "Four days after the storm, on November 2, the council voted to close the harbour. Ten days after the storm the harbour reopened.\n")])
        let reopened = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "reopened" } }, "\(c.events.map(\.summary))")
        #expect(reopened.date.value != "2026-11-12", "\(reopened.date.value)")
    }
}
