import ArgumentParser
import Foundation
import TimelineCore

/// Hidden: builds a synthetic chronology and prints the milliseconds per rendered frame while scrolling.
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-render", shouldDisplay: false)
    @Option var events: [Int] = [10, 100, 100_000]
    @Option var frames = 500

    func run() {
        for n in events {
            var s = AppState(chronology: syntheticChronology(events: n))
            s = reduce(s, .resize(width: 140, height: 45))
            let t0 = Date()
            for _ in 0..<frames { s = reduce(s, .down); _ = render(s) }
            let ms = Date().timeIntervalSince(t0) * 1000 / Double(frames)
            print("\(n) events: \(String(format: "%.3f", ms)) ms per frame (140x45, \(frames) frames, j + render)")
        }
    }
}

/// A chronology of `n` events over two documents, one per day from 2000-01-01.
func syntheticChronology(events n: Int) -> Chronology {
    let sentence = "Officials said talks would resume in Istanbul on Tuesday, according to a statement. "
    let text = ScalarText(String(repeating: sentence, count: 50))
    let len = sentence.unicodeScalars.count
    let sentences = (0..<50).map { Sentence(range: TextRange($0 * len, $0 * len + len - 1), paragraph: $0 / 5) }
    let docs = ["a", "b"].map { Document(id: $0, path: $0, title: "Article \($0)", source: "Outlet \($0)", text: text, sentences: sentences) }
    let start = Day(year: 2000, month: 1, day: 1)!
    let events = (0..<n).map { i -> Event in
        let day = Day(dayNumber: start.dayNumber + i / 10) ?? start
        let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
        let r = sentences[i % 50].range
        return Event(id: "e\(i)", summary: "Event \(i): talks resume in Istanbul", modality: .happened, date: date,
                     mentions: [Mention(document: "a", range: r, text: text[r], date: date, modality: .happened),
                                Mention(document: "b", range: r, text: text[r], date: date, modality: .happened)])
    }
    return Chronology(documents: docs, events: events)
}
