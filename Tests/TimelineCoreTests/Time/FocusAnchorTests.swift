import Testing
@testable import TimelineCore

/// "N years later" counts from the date the text named last, even when that was only a year.
@Suite struct FocusAnchorTests {
    let dct = Day(iso: "2011-10-06")!

    @Test func aYearNamedAfterADayIsWhatLaterCountsFrom() {
        let text = "Jobs was born on February 24, 1955. In 1984 the Macintosh went on sale. One year later he was fired."
        let later = TemporalTagger().tag(text, dct: dct).first { $0.text == "One year later" }
        #expect(later?.value == "1985")
        #expect(later?.derivation.contains("the year in focus, 1984") == true)
    }

    @Test func aDayNamedAfterTheYearStaysTheAnchor() {
        let text = "In 1984 the Macintosh went on sale. On February 24, 1990, he spoke. One year later he was fired."
        #expect(TemporalTagger().tag(text, dct: dct).first { $0.text == "One year later" }?.value == "1991")
    }

    @Test func daysLaterStillCountFromTheDayInFocus() {
        let text = "The ship sailed on March 3, 1984. In 1984 trade grew. Two days later it sank."
        #expect(TemporalTagger().tag(text, dct: dct).first { $0.text == "Two days later" }?.value == "1984-03-05")
    }
}
