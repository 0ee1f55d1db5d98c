import Testing
@testable import TimelineCore

/// The date a superlative or a first time is measured from ("its biggest drop ⟦since June 2016⟧", "the first time
/// ⟦since 2008⟧ that …") is when it was last so: it dates nothing the sentence tells (`Predicates.measuresARecord`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct RecordSinceDateTests {
    static func dated(_ text: String, published: String = "2026-03-05") -> [(String, String)] {
        let c = ParaphraseMergeTests.chronology([("paper.md", "---\npublished: \(published)\n---\nNews.\n\n" + text + "\n")])
        return c.events.flatMap { e in e.mentions.map { ($0.triggerText ?? "", e.date.value) } }
    }

    @Test func aFirstTimeSinceAYearIsNotOfThatYear() {
        let ms = Self.dated("It was the first time since 2008 that the central bank has cut its main interest rate.")
        #expect(ms.contains { $0.0 == "cut" }, "\(ms)")
        #expect(!ms.contains { $0.1 == "2008" }, "\(ms)")
    }

    @Test func aClauseAfterARecordTakesItsOwnDay() {
        let ms = Self.dated("Sterling fell 2 percent, its biggest one-day drop since June 2016, and the FTSE 100 closed 1.5 percent lower on Tuesday.")
        #expect(!ms.contains { $0.1 == "2016-06" }, "\(ms)")
        #expect(ms.contains { $0.0 == "closed" && $0.1 == "2026-03-03" }, "\(ms)")
    }

    /// A "when" clause on the date is of that date still: "the worst flood since 1998, when the river burst its banks".
    @Test func aWhenClauseOnTheDateIsOfItsDay() {
        let ms = Self.dated("It was the worst flood in the town since 1998, when the river burst its banks at Selby.")
        #expect(ms.contains { $0.0 == "burst" && $0.1 == "1998" }, "\(ms)")
    }
}
