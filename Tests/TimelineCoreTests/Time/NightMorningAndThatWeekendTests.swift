import Testing
@testable import TimelineCore

/// A night runs into the next morning: a morning clock time told after a night in focus is the next day's. "that
/// weekend" after a day in focus is the weekend of that day's week, whatever the tense.
@Suite struct NightMorningAndThatWeekendTests {
    let published = Day(iso: "2026-03-13")!  // a Friday

    /// A morning time after a night with no clock time of its own is the morning that ends it; an evening time after it
    /// stays on the night's day; never a day after publication.
    @Test(arguments: [
        ("The big news overnight: negotiators reached a tentative agreement at about 2:15 a.m. after a 20-hour session.", "2026-03-13T02:15"),
        ("The storm reached the coast on Tuesday night. The first tree fell across the road at 1:30 a.m.", "2026-03-11T01:30"),
        ("The storm reached the coast on Tuesday night. The first tree fell across the road at 11:30 p.m.", "2026-03-10T23:30"),
        ("Rescuers worked through the night. The last survivor was brought out at 4 a.m.", "2026-03-13T04:00"),
        ("The match was played on Tuesday. Fans celebrated until 2 a.m.", "2026-03-10T02:00"),
    ])
    func aMorningClockTimeAfterANightIsTheNextDays(_ text: String, _ value: String) {
        let clocks = TemporalTagger().tag(text, dct: published).filter { $0.type == .time && $0.value.contains(":") }
        #expect(clocks.last?.value == value, "\(clocks.map(\.value))")
    }

    @Test(arguments: [
        // a Friday in focus: the weekend after it (7–8 March), not the one before (28 Feb – 1 Mar)
        ("The strike began on Thursday, March 5. The next day a shipping line diverted two ships, and the railway stopped taking containers that weekend.", "2026-W10-WE"),
        // a Monday in focus: the weekend closing its week
        ("Talks broke down on Monday, March 2. Pickets went up that weekend.", "2026-W10-WE"),
        // a Sunday in focus: the weekend holding it
        ("The fair opened on Sunday, March 8. Crowds were large that weekend.", "2026-W10-WE"),
    ])
    func thatWeekendIsTheWeekendOfTheDayInFocus(_ text: String, _ value: String) {
        let weekend = TemporalTagger().tag(text, dct: Day(iso: "2026-04-10")!).first { $0.text.hasSuffix("weekend") }
        #expect(weekend?.value == value)
    }

    /// "over the weekend" in a past clause is still the weekend before publication.
    @Test func overTheWeekendStaysTheOneBeforePublication() {
        let weekend = TemporalTagger().tag("The minister spoke over the weekend.", dct: Day(iso: "2026-03-10")!).first { $0.text.hasSuffix("weekend") }
        #expect(weekend?.value == "2026-W10-WE")
    }
}

/// "that afternoon" after an event word of its clause is of the day the text gave that event, not of the day named
/// last (session 31, branch story23).
@Suite struct ThatPartOfTheDayOfAnEventTests {
    @Test(arguments: [
        ("A firefighter died on Wednesday, and on Thursday deputies arrested a man. He was flown to the hospital, where he died that afternoon.", "2026-08-12TAF"),
        ("The storm made landfall on Sunday. On Monday the governor toured the coast. She met survivors that afternoon.", "2026-08-10TAF"),
    ])
    func thatAfternoonIsOfItsClausesEvent(_ text: String, _ value: String) {
        let parts = TemporalTagger().tag(text, dct: Day(iso: "2026-08-14")!).filter { $0.text.hasPrefix("that") }
        #expect(parts.last?.value == value, "\(parts.map(\.value))")
    }
}
