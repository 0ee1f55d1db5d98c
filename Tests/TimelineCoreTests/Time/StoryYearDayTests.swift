import Testing
@testable import TimelineCore

/// A day of the month told without a year shortly after a day of another year, in the same paragraph, is the one near
/// that day, not the one nearest publication.
@Suite struct StoryYearDayTests {
    let published = Day(iso: "2026-07-01")!

    @Test func aDayToldOnAfterADayOfAnotherYearKeepsItsYear() {
        let text = "The factory closed on March 2, 2019, after a fire. On March 15 the owners said it would not reopen."
        let tags = TemporalTagger().tag(text, dct: published)
        #expect(tags.first { $0.text == "March 15" }?.value == "2019-03-15", "\(tags.map(\.value))")
    }

    /// Across the turn of the year: "December 28, 2018 … January 3" is January 2019.
    @Test func aDayAcrossTheTurnOfTheYear() {
        let text = "The storm hit on December 28, 2018. On January 3 the last roads were cleared."
        #expect(TemporalTagger().tag(text, dct: published).first { $0.text == "January 3" }?.value == "2019-01-03")
    }

    /// In another paragraph, or far from the story's day, the day is the one nearest publication.
    @Test func anotherParagraphTakesTheYearOfPublication() {
        let text = "The factory closed on March 2, 2019, after a fire.\n\nOn March 15 the new owners said they would hire 200 workers."
        #expect(TemporalTagger().tag(text, dct: published).first { $0.text == "March 15" }?.value == "2026-03-15")
        let far = "The factory closed on March 2, 2019, after a fire. On October 15 the new owners said they would hire 200 workers."
        #expect(TemporalTagger().tag(far, dct: published).first { $0.text == "October 15" }?.value.hasPrefix("2019") == false)
    }
}
