import ArgumentParser
import Foundation
import TimelineCore

/// `tltui bench-curation --events N --entries M`: times applying a curation of M entries to a synthetic
/// chronology of N events (what the browser does after each curation key), reading and writing its file
/// (figures printed, nothing asserted). Hidden from the help screen.
struct BenchCuration: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-curation", abstract: "Time curation on a synthetic chronology.",
                                                    shouldDisplay: false)

    @Option(help: "Number of events (three mentions each).")
    var events = 10_000

    @Option(help: "Number of curation entries (star, note, hide, date, merge, split in turn).")
    var entries = 1_000

    func run() throws {
        let chronology = Self.synthetic(events: events)
        func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let v = try body()
            print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%9.1f", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)) ms")
            return v
        }
        print("\(events) events, \(events * 3) mentions, \(entries) entries")
        let list = (0..<entries).map { k -> CurationEntry in
            let e = chronology.events[(k * 7919) % chronology.events.count]
            let other = chronology.events[(k * 104_729 + 1) % chronology.events.count]
            let ops: [CurationOperation] = [.star(EventRef(e)), .note(EventRef(e), text: "checked \(k)"), .hide(EventRef(e)),
                                            .setDate(EventRef(e), text: "5 April"), .merge(EventRef(other), into: EventRef(e)),
                                            .split(MentionRef(e.mentions[1]))]
            return CurationEntry(id: String(format: "%010x", k), author: "bench", time: "2026-12-04T09:00:00Z", operation: ops[k % ops.count])
        }
        let curation = Curation(entries: list)
        _ = time("apply, empty curation") { apply(Curation(), to: chronology) }
        let (curated, orphans) = time("apply, \(entries) entries") { apply(curation, to: chronology) }
        print("  \(curated.events.count) events after, \(orphans.count) orphans")
        _ = time("apply, \(entries) entries, with hidden") { apply(curation, to: chronology, includeHidden: true) }
        let yaml = time("serialize YAML") { CurationFile.serialize(curation) }
        print("  \(yaml.utf8.count) bytes")
        _ = try time("parse YAML") { try CurationFile.parse(yaml, file: "bench") }
        let dir = NSTemporaryDirectory() + "tltui-bench-curation-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/tltui-curation.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let store = CurationStore(path: path)
        _ = try time("add one entry (lock, read, write)") {
            try store.add(CurationEntry(author: "bench", time: "2026-12-04T09:01:00Z", operation: .star(EventRef(chronology.events[0]))))
        }
    }

    /// Events of three mentions each, every sentence its own, triggers marked.
    static func synthetic(events n: Int) -> Chronology {
        let docs = (0..<20).map { i in
            Document(id: "doc\(i)", path: "doc\(i).txt", source: "Outlet \(i % 7)", published: Day(year: 2022, month: 3, day: 28),
                     publishedBasis: .metadata("sidecar"), text: ScalarText(String(repeating: "x", count: 400)))
        }
        let start = Day(year: 2022, month: 1, day: 1)!
        let events = (0..<n).map { i -> Event in
            let d = start.adding(days: i % 365)!
            let date = EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day)
            let mentions = (0..<3).map { k in
                Mention(document: "doc\((i + k) % 20)", range: TextRange(i * 200 + k, i * 200 + k + 90),
                        text: "Officials said talks \(i) will resume in City \(i % 50), source \(k).", trigger: TextRange(i * 200 + k + 15, i * 200 + k + 20),
                        date: date, modality: .planned)
            }
            return Event(id: "e\(i)", summary: "Talks resume, event \(i)", modality: .planned, date: date, mentions: mentions)
        }
        return Chronology(documents: docs, events: events)
    }
}
