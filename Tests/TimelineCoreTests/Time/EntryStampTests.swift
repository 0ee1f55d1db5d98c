import Testing
@testable import TimelineCore

/// A live blog stamps each entry with a clock time opening its line: the entry's time on the day of publication (or
/// of a day standing as a line above the entries), not on the day the entry before it spoke of.
@Suite struct EntryStampTests {
    let dct = Day(iso: "2025-10-15")!

    func value(_ text: String, _ expression: String) -> String? {
        TemporalTagger().tag(text, dct: dct).first { $0.text == expression }?.value
    }

    @Test func aClockTimeOpeningALineIsOfThePublicationDay() {
        let blog = "LIVE: Storm updates\n\n11:05 a.m. Power has been restored to most homes. Forecasters say the rain stopped late on Monday.\n\n9:40 a.m. The mayor says the river is falling."
        #expect(TemporalTagger().tag(blog, dct: dct).contains { $0.value.hasPrefix("2025-10-13") })
        #expect(value(blog, "9:40 a.m.") == "2025-10-15T09:40")
        #expect(value(blog, "11:05 a.m.") == "2025-10-15T11:05")
    }

    @Test func aDayStandingAsALineHeadsTheStampsBelowIt() {
        let blog = "Tuesday, Oct. 14\n\n3:45 p.m. The company denies the report.\n\nWednesday, Oct. 15\n\n8:00 a.m. Schools stay closed."
        #expect(value(blog, "3:45 p.m.") == "2025-10-14T15:45")
        #expect(value(blog, "8:00 a.m.") == "2025-10-15T08:00")
    }

    @Test func aClockTimeInsideASentenceKeepsTheDayInFocus() {
        let text = "The order was lifted on Thursday. Residents began returning at 3 p.m., officials said."
        #expect(value(text, "3 p.m.") == "2025-10-09T15:00")
    }
}
