import Testing
@testable import TimelineCore

/// A story narrated in sequence from two or three weeks before publication goes on in its own week: its bare weekdays
/// and its weekend are those after the day in focus, not the ones before publication (`TaggerRun.inTheStorysWeek`,
/// `weekendOfTheStorysWeek`); a month ending in the last week names no day of it, and a date named with its weekday
/// keeps the story narrated.
@Suite struct StorysWeekTests {
    let published = Day(iso: "2026-04-03")!  // a Friday

    func value(_ text: String, _ expression: String) -> String? {
        TemporalTagger().tag(text, dct: published).first { $0.text == expression }?.value
    }

    @Test(arguments: [
        // seventeen days back, after a headline's month that ends in the last week
        ("Two weeks in March. On Monday, March 16, the company warned of a loss. The next morning its shares fell. By Wednesday the fear had spread.",
         "Wednesday", "2026-03-18"),
        // a date named with its weekday goes on narrating: the weekend after it, and its Sunday
        ("On Monday, March 16, the company warned of a loss. The next morning its shares fell. On Friday, March 20, regulators closed the bank. Over the weekend the agency sold it.",
         "the weekend", "2026-W12-WE"),
        ("On Monday, March 16, the company warned of a loss. The next morning its shares fell. At about 6 p.m. on Friday, March 20, regulators closed the bank. Over the weekend the agency sold it. On Sunday night a rival bought the branches.",
         "Sunday night", "2026-03-22TNI"),
    ])
    func aNarratedStoryGoesOnInItsWeek(_ text: String, _ expression: String, _ expected: String) {
        #expect(value(text, expression) == expected)
    }

    @Test(arguments: [
        // a story not narrated in sequence: news of the last week
        ("The company warned of a loss on Monday, March 16. Over the weekend the agency sold it.", "the weekend", "2026-W13-WE"),
        ("The company warned of a loss on March 16. Regulators closed the bank on Wednesday.", "Wednesday", "2026-04-01"),
        // four weeks back is past the story's weeks
        ("On Monday, March 2, the company warned of a loss. The next morning its shares fell. By Wednesday the fear had spread.",
         "Wednesday", "2026-04-01"),
    ])
    func otherwiseTheWeekBeforePublication(_ text: String, _ expression: String, _ expected: String) {
        #expect(value(text, expression) == expected)
    }
}
