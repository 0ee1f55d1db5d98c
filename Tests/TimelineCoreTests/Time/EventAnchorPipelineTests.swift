import Testing
@testable import TimelineCore

/// An event the article has dated anchors later references to it ("ten days after the shooting"), through the whole
/// pipeline: the chronology places the later event on the day reckoned from the first.
@Suite struct EventAnchorPipelineTests {
    static let today = Day(year: 2026, month: 6, day: 1)!

    func chronology(_ text: String) -> Chronology {
        let corpus = CorpusLoader(today: Self.today).load(contents: [(path: "a.txt", bytes: Array(text.utf8))], sidecar: nil)
        return TimelinePipeline(today: Self.today).build(corpus: corpus)
    }

    @Test func aDayReckonedFromADatedEventDatesTheLaterEvent() throws {
        let c = chronology("""
        ---
        title: Suspect held in Amherst doctor's killing
        date: 1998-11-20
        ---
        A sniper shot the doctor dead on Oct. 23 at his home in Amherst. Police arrested a suspect in Buffalo ten days after the shooting.
        """)
        let arrest = try #require(c.events.first { $0.summary.contains("arrested") }, "events: \(c.events.map(\.summary))")
        #expect(arrest.date.value == "1998-11-02")
        #expect(arrest.date.derivation.contains("after the event the text dated"))
    }

    @Test func withoutADatedEventTheLengthOfTimeDatesNothing() throws {
        let c = chronology("""
        ---
        title: Talks
        date: 1998-11-20
        ---
        Police arrested a suspect in Buffalo ten days after the shooting.
        """)
        let arrest = try #require(c.events.first { $0.summary.contains("arrested") }, "events: \(c.events.map(\.summary))")
        #expect(arrest.date.value != "1998-11-02")
        #expect(arrest.date.isFallback)
    }
}
