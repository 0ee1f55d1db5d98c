import ArgumentParser
import Foundation
import TimelineCore

/// Hidden: times the interface's pure screen model (AppState, reduce, render) on a large chronology:
/// a full frame, a page scroll, a city filter and a search, each as the user would do it through the
/// reducer, followed by the frame it leads to. Prints one line per figure (median and worst of the runs).
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-render", shouldDisplay: false)
    @Option(help: "Event counts of the synthetic chronologies (comma-separated or repeated).")
    var events: [String] = ["100000"]
    @Option(help: "Frames timed for the frame and page figures.") var frames = 200
    @Option(help: "Runs timed for the filter and search figures.") var runs = 15
    @Option var width = 200
    @Option var height = 60
    @Option(help: "Load this corpus instead of building a synthetic chronology (repeatable).") var corpus: [String] = []
    @Option(help: "City to filter on (default: the city with the most events).") var city: String?
    @Option(help: "Text to search for (default: a word from a summary near the end).") var search: String?

    func run() throws {
        if !corpus.isEmpty {
            let t0 = Date()
            let chronology = try loadChronology(paths: corpus)
            let s = Date().timeIntervalSince(t0)
            print("corpus: \(chronology.documents.count) articles, \(chronology.events.count) events, loaded in \(String(format: "%.2f", s)) s")
            bench(chronology, label: "corpus")
            return
        }
        for n in events.flatMap({ $0.split(separator: ",") }).compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            bench(benchChronology(events: n), label: "synthetic")
        }
    }

    func bench(_ chronology: Chronology, label: String) {
        let n = chronology.events.count
        let t0 = Date()
        var base = AppState(chronology: chronology)
        base = reduce(base, .resize(width: width, height: height))
        let setup = Date().timeIntervalSince(t0) * 1000
        print("render: \(n) events (\(label)), \(width)x\(height) screen; model set-up \(fmt(setup)) ms")

        // A full frame: the whole screen built from the state.
        var s = base
        var times: [Double] = []
        for _ in 0..<frames { times.append(time { _ = render(s) }) }
        report("frame", times, "render(state) -> 200x60 grid, \(frames) frames")

        // A page scroll: PageDown through the reducer and the frame after it.
        times = []
        for _ in 0..<frames { times.append(time { s = reduce(s, .pageDown); _ = render(s) }) }
        report("page", times, "PageDown + frame, \(frames) pages")

        // A city filter: the picker is open with the name typed; Enter applies it, then the frame.
        let cityName = city ?? base.cityCounts().first?.name ?? "Kyiv"
        var picker = reduce(base, .char("c"))
        let opened = time { _ = reduce(base, .char("c")) }
        for ch in cityName { picker = reduce(picker, .char(ch)) }
        times = []
        var filtered = picker
        for _ in 0..<runs { times.append(time { filtered = reduce(picker, .enter); _ = render(filtered) }) }
        report("city-filter", times, "\"\(cityName)\" -> \(filtered.visible.count) of \(n) events; Enter in the picker + frame, \(runs) runs (opening the picker: \(fmt(opened)) ms)")
        let clearTimes = (0..<runs).map { _ in time { _ = render(reduce(filtered, .char("x"))) } }
        report("clear-filter", clearTimes, "x on the filtered view + frame")

        // A search: '/', the text typed, Enter finds the next match and draws; a missing text scans everything.
        let hit = search ?? defaultSearch(chronology)
        for (name, text) in [("search", hit), ("search-miss", "zzqx no such text")] {
            var prompt = reduce(base, .char("/"))
            for ch in text { prompt = reduce(prompt, .char(ch)) }
            var found = prompt
            times = (0..<runs).map { _ in time { found = reduce(prompt, .enter); _ = render(found) } }
            let row = found.message == nil ? "row \(found.selected)" : "no match"
            report(name, times, "\"\(text)\" -> \(row); Enter in the search prompt + frame, \(runs) runs")
        }
    }

    /// A word from a summary of an event near the end, so the search walks most of the timeline.
    func defaultSearch(_ c: Chronology) -> String {
        guard let e = c.events.dropLast(c.events.count / 10).last else { return "talks" }
        return e.summary.split(separator: " ").filter { $0.count > 3 }.last.map(String.init) ?? e.summary
    }

    func time(_ body: () -> Void) -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
    }

    func fmt(_ ms: Double) -> String { String(format: ms < 10 ? "%.3f" : "%.1f", ms) }

    /// `NAME: MEDIAN ms median, WORST ms worst (what)`: bench.sh reads the median.
    func report(_ name: String, _ times: [Double], _ what: String) {
        let sorted = times.sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        print("\(name): \(fmt(median)) ms median, \(fmt(sorted.last ?? 0)) ms worst (\(what))")
    }
}

/// A chronology of `n` events for benchmarks: ten events a day from 2000-01-01, each placed in one of
/// sixty cities, reported by two of forty documents, with varied summaries.
func benchChronology(events n: Int) -> Chronology {
    let cityNames = ["Kyiv", "Moscow", "London", "Paris", "Berlin", "Istanbul", "Ankara", "Warsaw", "Kharkiv", "Odesa",
                     "Lviv", "Minsk", "Vienna", "Rome", "Madrid", "Lisbon", "Athens", "Cairo", "Lagos", "Nairobi",
                     "Accra", "Johannesburg", "Delhi", "Mumbai", "Karachi", "Dhaka", "Beijing", "Shanghai", "Tokyo",
                     "Seoul", "Manila", "Jakarta", "Bangkok", "Hanoi", "Sydney", "Auckland", "Toronto", "Chicago",
                     "Houston", "Mexico City", "Bogota", "Lima", "Santiago", "Buenos Aires", "Brussels", "Geneva",
                     "Tehran", "Baghdad", "Riyadh", "Doha", "Beirut", "Amman", "Tbilisi", "Baku", "Yerevan",
                     "Tashkent", "Almaty", "Kabul", "Islamabad", "Colombo"]
    let places = cityNames.compactMap { Gazetteer.shared.resolve($0) }
    let verbs = ["talks resume in", "shelling hits", "floods force evacuations near", "protesters rally in",
                 "minister visits", "ceasefire holds around", "explosion damages port of", "police arrest suspects in"]
    let sentence = "Officials said talks would resume in Istanbul on Tuesday, according to a statement. "
    let text = ScalarText(String(repeating: sentence, count: 50))
    let len = sentence.unicodeScalars.count
    let sentences = (0..<50).map { Sentence(range: TextRange($0 * len, $0 * len + len - 1), paragraph: $0 / 5) }
    let docs = (0..<40).map { i in
        Document(id: "d\(i)", path: "d\(i).txt", title: "Article \(i)", source: "Outlet \(i % 12)", text: text, sentences: sentences)
    }
    let start = Day(year: 2000, month: 1, day: 1)!
    let events = (0..<n).map { i -> Event in
        let day = Day(dayNumber: start.dayNumber + i / 10) ?? start
        let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
        let r = sentences[i % 50].range
        let place = places.isEmpty ? [] : [places[(i * 7 + i / 13) % places.count]]
        let summary = "\(verbs[i % verbs.count]) \(place.first?.name ?? "Istanbul") (\(i))"
        let a = "d\(i % 40)", b = "d\((i * 3 + 1) % 40)"
        return Event(id: "e\(i)", summary: summary, modality: .happened, date: date, places: place,
                     mentions: [Mention(document: a, range: r, text: text[r], date: date, modality: .happened),
                                Mention(document: b, range: r, text: text[r], date: date, modality: .happened)])
    }
    return Chronology(documents: docs, events: events)
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
