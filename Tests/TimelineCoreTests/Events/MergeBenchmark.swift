import Foundation
import Testing
@testable import TimelineCore

/// Prints how long merging takes for synthetic mentions. Runs only when TLTUI_BENCH is set
/// (to the number of mentions); see scripts/bench-merge.sh. No timing is asserted.
@Suite struct MergeBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TLTUI_BENCH"] != nil))
    func mergeSyntheticMentions() {
        let n = Int(ProcessInfo.processInfo.environment["TLTUI_BENCH"] ?? "") ?? 100_000
        for size in [n / 4, n / 2, n] {
            let ms = Self.synthetic(size)
            let clock = ContinuousClock()
            var events: [Event] = []
            let elapsed = clock.measure { events = MentionMerger(within: EventFixtures.within).merge(ms, documents: []) }
            print("merge: \(size) mentions -> \(events.count) events in \(elapsed)")
        }
    }

    /// Deterministic synthetic mentions: about three per real event (dates a day apart, one place, one class),
    /// ten years of days, a thousand cities, one in ten undated.
    static func synthetic(_ n: Int) -> [ExtractedMention] {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let cities = (0..<1000).map { Place(id: 1000 + $0, name: "City\($0)", country: "C\($0 % 50)", kind: .city) }
        let base = Day(iso: "2015-01-01")!
        let classes = TriggerClass.allCases
        var out: [ExtractedMention] = []
        var i = 0
        while out.count < n {
            let day = base.adding(days: next(3650))!
            let place = cities[next(cities.count)]
            let cls = classes[next(classes.count)]
            for _ in 0..<(1 + next(5)) where out.count < n {
                let d = day.adding(days: next(2))!
                let fallback = next(10) == 0
                let date = EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day, isFallback: fallback)
                let m = Mention(document: "doc\(i / 20)", range: TextRange(i, i + 1), text: "s\(i)", date: date,
                                modality: .happened, places: [PlaceMention(place: place, range: TextRange(i, i + 1))])
                out.append(ExtractedMention(mention: m, triggerClass: cls, lemma: "x", summary: "s\(i)",
                                            ordinal: i % 20, keywords: ["w\(next(50))"]))
                i += 1
            }
        }
        return out
    }
}
