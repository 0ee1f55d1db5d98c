import ArgumentParser
import Foundation
import TimelineCore

/// `tltui bench-export --events N`: times every export format and the query on a synthetic chronology
/// (figures printed, nothing asserted). Hidden from the help screen.
struct BenchExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-export", abstract: "Time the exports on a synthetic chronology.",
                                                    shouldDisplay: false)

    @Option(help: "Number of events (three mentions each).")
    var events = 10_000

    func run() throws {
        let chronology = Self.synthetic(events: events)
        func time(_ label: String, unit: String = "bytes", _ body: () -> Int) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let size = body()
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            print("\(label.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", ms)) ms  \(size) \(unit)")
        }
        print("\(events) events, \(events * 3) mentions")
        for f in ExportFormat.allCases {
            time("export \(f.rawValue)") { f.render(chronology, options: .init(stamp: "20260101T000000Z")).utf8.count }
        }
        let q = ChronologyQuery(chronology: chronology, cityMatcher: { _ in [] })
        time("query city+text", unit: "events") { q.indices(matching: EventFilter(cities: ["City 7"], text: "talks")).count }
        time("cityCounts", unit: "cities") { q.cityCounts().count }
        time("sourceCounts", unit: "sources") { q.sourceCounts().count }
    }

    static func synthetic(events n: Int) -> Chronology {
        let docs = (0..<20).map { i in
            Document(id: "doc\(i)", path: "doc\(i).txt", title: "Article \(i)", source: "Outlet \(i % 7)", url: "https://example.org/\(i)",
                     published: Day(year: 2022, month: 3, day: 28), publishedBasis: .metadata("sidecar"), text: ScalarText(String(repeating: "x", count: 400)))
        }
        let start = Day(year: 2022, month: 1, day: 1)!
        let events = (0..<n).map { i -> Event in
            let d = start.adding(days: i % 365)!
            let date = EventDate(value: d.iso, interval: DayInterval(d, d.adding(days: i % 3)!), granularity: .day)
            let city = Place(id: 1000 + i % 50, name: "City \(i % 50)", country: "UA", kind: .city)
            let mentions = (0..<3).map { k in
                Mention(document: "doc\((i + k) % 20)", range: TextRange(0, 120),
                        text: "Officials said on \(d.readable) that talks, \"long delayed\", will resume in City \(i % 50) — 東京 \(k).",
                        date: date, modality: .planned, attribution: "officials",
                        places: [PlaceMention(place: city, range: TextRange(10, 16), qualifier: .near)])
            }
            return Event(id: "e\(i)", summary: "Talks resume in City \(i % 50), event \(i)", modality: .planned, date: date,
                         places: [city], actors: ["officials"], conflict: i % 10 == 0, mentions: mentions)
        }
        return Chronology(documents: docs, events: events)
    }
}
