import Testing
@testable import TimelineCore

/// "N years later" counts from the date the text named last, even when that was only a year.
@Suite struct FocusAnchorTests {
    let dct = Day(iso: "2011-10-06")!

    /// "the same day" after a month named in the sentence that named a day before it is that day; after a month named in
    /// a sentence of its own, a day of that month.
    @Test func theSameDayIsTheDayItsMonthsSentenceNamed() {
        let published = Day(iso: "2025-07-18")!
        let text = "The Sentinel reported on Wednesday that the transformer had failed an inspection in March. NMLP denied the report the same day."
        #expect(TemporalTagger().tag(text, dct: published).first { $0.text.hasSuffix("same day") }?.value == "2025-07-16")
        let other = "MindSpring closed the site Thursday night. Doctors were killed, most recently last October. His name was crossed out that same day."
        #expect(TemporalTagger().tag(other, dct: Day(iso: "1999-02-06")!).first { $0.text.hasSuffix("same day") }?.value != "1999-02-04")
    }

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

    /// "A week later" names a week, but the story's day moves on by it: "the following day" after it is the day after
    /// that week's day, not after the day named before.
    @Test func theFollowingDayAfterAWeekLaterCountsFromThatWeeksDay() {
        let text = "On Monday, October 5, the bidder lodged a firm offer. A week later the regulator opened an investigation, and the following day the bidder promised there would be no job cuts."
        let tags = TemporalTagger().tag(text, dct: Day(iso: "2026-12-04")!)
        #expect(tags.first { $0.text == "A week later" }?.value == "2026-W42")
        #expect(tags.first { $0.text == "the following day" }?.value == "2026-10-13", "\(tags.map(\.value))")
        // (a week measured from publication moves no story's day)
        let ago = TemporalTagger().tag("A week ago the regulator opened an investigation. The next day it wrote to the bidder.", dct: Day(iso: "2026-12-04")!)
        #expect(ago.first { $0.text == "The next day" }?.value != "2026-11-28")
    }

    @Test func daysLaterStillCountFromTheDayInFocus() {
        let text = "The ship sailed on March 3, 1984. In 1984 trade grew. Two days later it sank."
        #expect(TemporalTagger().tag(text, dct: dct).first { $0.text == "Two days later" }?.value == "1984-03-05")
    }

    /// A clock time told after a later one on the day in focus, at most twelve hours on across midnight, is the next
    /// day's; one earlier by more is the same day's; never a day after publication.
    @Test(arguments: [
        ("The ferry left port at 11:40 p.m. on Sunday, Oct. 2. It overturned at about 1:10 a.m. in heavy seas.", "2011-10-03T01:10"),
        ("The fire broke out at 11 p.m. on Sunday, Oct. 2. A neighbour had called the police at 10:50 p.m.", "2011-10-02T22:50"),
        ("Polls closed at 8 p.m. on Wednesday, Oct. 5. The first results came in at 2 a.m.", "2011-10-06T02:00"),
        ("Polls closed at 8 p.m. on Thursday, Oct. 6. The first results came in at 2 a.m.", "2011-10-06T02:00"),
    ])
    func aClockTimeAfterALaterOneIsPastMidnight(_ text: String, _ value: String) {
        let clocks = TemporalTagger().tag(text, dct: dct).filter { $0.type == .time }
        #expect(clocks.last?.value == value, "\(clocks.map(\.value))")
    }
}
