import Testing
@testable import TimelineCore

/// A retelling weeks later keeps its story's day for the lines it does not date, two months back, until it tells a
/// happening of the two weeks up to its publication; after that an older day is a digression
/// (`DocumentContext.retellingDays`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct RetellingStoryDayTests {
    func date(_ text: String, published: String, trigger: String) throws -> EventDate {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: \(published)\nsource: A\n---\nHeadline.\n\n\(text)\n")])
        let m = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == trigger }, "\(c.events.map(\.summary))")
        return m.date
    }

    @Test func anUndatedLineOfARetellingIsOfItsStorysDay() throws {
        let d = try date("On Monday, September 14, the judge dismissed a juror. A day later the jury convicted Morrow of fraud. It cleared him of two other charges.",
                         published: "2026-11-06", trigger: "cleared")
        #expect(d.isStoryDay && d.interval?.start.iso == "2026-09-15" && d.interval?.end.iso == "2026-09-15", "\(d)")
    }

    @Test func anOlderDayAfterARecentOneIsADigression() throws {
        let d = try date("Orbis on Wednesday cut its revenue forecast. The fire on February 20 halted production at its plant. Orbis shares fell 9 percent in extended trading.",
                         published: "2021-03-10", trigger: "fell")
        #expect(d.interval?.end.iso == "2021-03-10", "\(d)")
    }
}
