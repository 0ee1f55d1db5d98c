import Testing
import TimelineCore

/// The one date label: the table in DateLabel's documentation, row by row.
@Suite struct DateLabelTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static func on(_ s: String, _ g: Granularity = .day, value: String? = nil, fallback: Bool = false) -> EventDate {
        EventDate(value: value ?? s, interval: DayInterval(day: d(s)), granularity: g, isFallback: fallback)
    }
    static func span(_ a: String, _ b: String, _ g: Granularity, value: String = "x") -> EventDate {
        EventDate(value: value, interval: DayInterval(d(a), d(b)), granularity: g)
    }

    @Test(arguments: [
        (on("2022-03-27"), Modality.happened, "Sun 27 Mar 2022", "2022-03-27"),
        (on("2022-03-28", .time, value: "2022-03-28T10:30"), .happened, "Mon 28 Mar 2022 10:30", "2022-03-28 10:30"),
        (on("2022-03-22", .partOfDay, value: "2022-03-22TEV"), .happened, "Tue 22 Mar 2022 evening", "2022-03-22 EV"),
        (on("2022-03-27", fallback: true), .happened, "≤ Sun 27 Mar 2022", "≤2022-03-27"),
        (on("2022-03-27", fallback: true), .claimed, "≤ Sun 27 Mar 2022", "≤2022-03-27"),
        (on("2022-03-27", fallback: true), .planned, "≥ Sun 27 Mar 2022", "≥2022-03-27"),
        (span("2022-03-28", "2022-03-30", .day), .happened, "28–30 Mar 2022", "2022-03-28…30"),
        (span("2022-03-21", "2022-03-27", .week), .happened, "week 12, 2022 (21–27 Mar 2022)", "2022-W12"),
        (span("2022-03-26", "2022-03-27", .weekend), .happened, "weekend 26–27 Mar 2022", "2022-W12-WE"),
        (span("2022-03-01", "2022-03-31", .month), .happened, "Mar 2022", "2022-03"),
        (span("1986-01-01", "1986-12-31", .year), .happened, "1986", "1986"),
        (EventDate(value: "PAST_REF", interval: nil, granularity: .unknown, isFallback: true), .happened, "date unknown", "date unknown"),
        (EventDate(value: "XXXX-03-28", interval: nil, granularity: .day), .planned, "date unknown", "date unknown"),
    ])
    func labels(_ date: EventDate, _ modality: Modality, _ text: String, _ compact: String) {
        let label = DateLabel(date, modality: modality)
        #expect(label.text == text)
        #expect(label.compact == compact)
        #expect(!label.text.contains("PAST_REF") && !label.compact.contains("XXXX"))
    }

    @Test func boundsAreMarkedAndSaidInWords() {
        let before = DateLabel(Self.on("2022-03-27", fallback: true), modality: .happened)
        #expect(before.certainty == .onOrBeforePublication)
        #expect(before.mark == "≤" && before.plain == "Sun 27 Mar 2022")
        #expect(before.text(ascii: true) == "<= Sun 27 Mar 2022")
        #expect(before.prose.contains("on or before Sun 27 Mar 2022"))
        #expect(before.caveat != nil)
        let stated = DateLabel(Self.on("2022-03-27"))
        #expect(stated.mark == nil && stated.caveat == nil && stated.prose == "Sun 27 Mar 2022")
        // Every mark a label can show is in the legend.
        let marks = Set(DateLabel.legend.map(\.mark))
        for c in DateLabel.Certainty.allCases { if let m = DateLabel.mark(c, ascii: false) { #expect(marks.contains(m)) } }
    }

    @Test func clockOnlyFromAWellFormedTimeValue() {
        #expect(DateLabel(Self.on("2022-03-28", .time, value: "2022-03-28T10:30")).clock == "10:30")
        #expect(DateLabel(Self.on("2022-03-28", .time, value: "2022-03-28TMO")).clock == nil)
        #expect(DateLabel(Self.on("2022-03-28", .day, value: "2022-03-28T10:30")).clock == nil)
    }

    @Test func dayRanges() {
        #expect(DateLabel.dayRange(Self.d("2022-03-30"), Self.d("2022-04-02")) == "30 Mar – 2 Apr 2022")
        #expect(DateLabel.dayRange(Self.d("2021-12-30"), Self.d("2022-01-02")) == "30 Dec 2021 – 2 Jan 2022")
    }
}
