import Testing
@testable import TimelineCore

/// "The night of" a day runs past midnight into the next morning, as "overnight on" it does: another outlet's next day
/// is no conflict (`EventExtractor.namedNights`, `MentionMerger.runsPastMidnight`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NamedNightTests {
    static func escape(_ desk: String, published: String = "2025-09-16") -> Chronology {
        ParaphraseMergeTests.chronology([
            ("desk.md", "---\npublished: \(published)\n---\nDesk.\n\n" + desk + "\n"),
            ("blog.md", "---\npublished: 2025-09-11\n---\nUpdates.\n\nThe two inmates who broke out of HMP Kirkhill on Monday have not been found, police say.\n"),
        ])
    }

    @Test func theNightOfADayIsThatNightIntoTheNextMorning() throws {
        let c = Self.escape("The pair broke out of HMP Kirkhill during the night of September 7, police said.")
        let e = try #require(c.events.first { Set($0.documentIDs) == ["desk", "blog"] }, "\(c.events.map(\.summary))")
        #expect(!e.conflict)
        let night = try #require(e.mentions.first { $0.document == "desk" })
        #expect(night.date.value == "2025-09-07TNI")
    }

    @Test func aWeekdayNightIsToldOfItsDay() throws {
        // ("gave way on Sunday night" against "collapsed early on Monday": outlets that disagree)
        let c = Self.escape("The pair broke out of HMP Kirkhill on Sunday night, police said.", published: "2025-09-09")
        #expect(c.events.contains { Set($0.documentIDs) == ["desk", "blog"] && $0.conflict }, "\(c.events.map(\.summary))")
    }

    @Test func theTaggerStillMarksTheDateAlone() {
        let timexes = TemporalTagger().tag("The pair broke out during the night of September 7.", dct: Day(year: 2025, month: 9, day: 16)!)
        #expect(timexes.map(\.text) == ["September 7"])
    }
}
