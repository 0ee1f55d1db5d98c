import Foundation
import Testing
@testable import TimelineCore

/// Relative expressions resolved against a date at the edge of the supported years (9999-12-31, -9999-01-01):
/// found by the fuzzer as traps on force-unwrapped day arithmetic. The pipeline must finish and leave such an
/// expression without days rather than invent or crash.
@Suite struct BoundaryDateTests {
    let last = Day(year: 9999, month: 12, day: 31)!
    let ordinary = Day(year: 2022, month: 3, day: 28)!

    func article(published: String, _ body: String) -> String {
        "---\npublished: \(published)\n---\nTalks\n\(body)\n"
    }

    /// The expression's timex at `dct`, found by its text.
    func timex(_ sentence: String, _ phrase: String, dct: Day) -> Timex? {
        TemporalTagger().tag(sentence, dct: dct).first { $0.text.lowercased().contains(phrase) }
    }

    @Test func dayAfterTomorrowAtTheLastDay() {
        let s = "The army attacked the town the day after tomorrow, officials said."
        #expect(timex(s, "day after", dct: ordinary)?.interval == DayInterval(day: Day(year: 2022, month: 3, day: 30)!))
        #expect(timex(s, "day after", dct: last)?.interval == nil)
        let c = FuzzReplay.run([article(published: "9999-12-31", s)])
        // The loader ignores a publication year outside 1000…next year (docs/bad-input.md); the pipeline still finishes.
        #expect(c.documents.count == 1)
        #expect(c.documents.first?.published == nil)
    }

    @Test func nextMorningAtTheLastDay() {
        let s = "The army attacked the town the next morning, officials said."
        #expect(timex(s, "morning", dct: ordinary)?.interval == DayInterval(day: Day(year: 2022, month: 3, day: 29)!))
        #expect(timex(s, "morning", dct: last)?.interval == nil)
        let c = FuzzReplay.run([article(published: "9999-12-31", s)])
        // The loader ignores a publication year outside 1000…next year (docs/bad-input.md); the pipeline still finishes.
        #expect(c.documents.count == 1)
        #expect(c.documents.first?.published == nil)
    }

    @Test func nextSummerInTheLastYear() {
        let s = "The army will attack the town next summer, officials said. They met last winter."
        #expect(timex(s, "summer", dct: Day(year: 2022, month: 10, day: 10)!)?.value == "2023-SU")
        #expect(timex(s, "summer", dct: last)?.interval == nil)
        let c = FuzzReplay.run([article(published: "9999-12-31", s)])
        // The loader ignores a publication year outside 1000…next year (docs/bad-input.md); the pipeline still finishes.
        #expect(c.documents.count == 1)
        #expect(c.documents.first?.published == nil)
    }
}

/// Years read from the text beyond the supported range ("fiscal 123456") keep their value but get no days.
@Suite struct HugeYearTests {
    let dct = Day(year: 2022, month: 3, day: 28)!

    @Test func firstHalfOfAHugeFiscalYear() {
        let s = "Sales fell in the first half of fiscal 123456, the company said on Monday."
        let half = TemporalTagger().tag(s, dct: dct).first { $0.text.contains("half") }
        #expect(half?.value == "123456-H1")
        #expect(half?.interval == nil)
        #expect(TemporalTagger().tag("Sales fell in the first half of fiscal 2021.", dct: dct).first?.interval
                == DayInterval(Day(year: 2021, month: 1, day: 1)!, Day(year: 2021, month: 6, day: 30)!))
        FuzzReplay.run(["Results\n" + s])
    }

    @Test func thirdQuarterOfAHugeFiscalYear() {
        let s = "Profits rose in the third quarter of fiscal 123456, the company said on Monday."
        let quarter = TemporalTagger().tag(s, dct: dct).first { $0.text.contains("quarter") }
        #expect(quarter?.value == "123456-Q3")
        #expect(quarter?.interval == nil)
        FuzzReplay.run(["Results\n" + s])
    }
}
