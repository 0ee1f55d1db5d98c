import Foundation
import TimelineCore

/// Two short articles of our own and their chronology, built by hand (triggers marked), for curation tests.
enum CurationFixture {
    static let gazetteText = "Harbour Gazette\nFerry talks will be held in Zürich between 3 and 5 May, officials said. A crane collapsed near Lviv last week. The mayor resigned on Monday."
    static let wireText = "Ferry talks begin Tuesday 4 May in Zürich. The mayor quit on Monday."
    static let zurich = Place(id: 2657896, name: "Zürich", country: "CH", kind: .city)
    static let lviv = Place(id: 702550, name: "Lviv", country: "UA", kind: .city)

    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func date(_ s: String, _ e: String? = nil) -> EventDate {
        EventDate(value: e.map { "\(s)/\($0)" } ?? s, interval: DayInterval(day(s), day(e ?? s)), granularity: .day)
    }

    /// The mention of `sentence` in `text` with its trigger at `trigger` (the first occurrence in the sentence).
    static func mention(_ doc: String, _ text: String, _ sentence: String, trigger: String, date: EventDate,
                        modality: Modality = .happened, places: [Place] = []) -> Mention {
        let s = Array(text.unicodeScalars), n = Array(sentence.unicodeScalars), t = Array(trigger.unicodeScalars)
        var start = 0
        while Array(s[start..<(start + n.count)]) != n { start += 1 }
        var ts = 0
        while Array(n[ts..<(ts + t.count)]) != t { ts += 1 }
        return Mention(document: doc, range: TextRange(start, start + n.count), text: sentence,
                       trigger: TextRange(start + ts, start + ts + t.count), date: date, modality: modality,
                       places: places.map { PlaceMention(place: $0, range: TextRange(start, start + 1)) })
    }

    static let talksA = mention("gazette", gazetteText, "Ferry talks will be held in Zürich between 3 and 5 May, officials said.",
                                trigger: "talks", date: date("2021-05-03", "2021-05-05"), modality: .planned, places: [zurich])
    static let talksB = mention("wire", wireText, "Ferry talks begin Tuesday 4 May in Zürich.", trigger: "talks",
                                date: date("2021-05-04"), modality: .planned, places: [zurich])
    static let crane = mention("gazette", gazetteText, "A crane collapsed near Lviv last week.", trigger: "collapsed",
                               date: EventDate(value: "2021-W16", interval: DayInterval(day("2021-04-19"), day("2021-04-25")), granularity: .week),
                               places: [lviv])
    static let resignedA = mention("gazette", gazetteText, "The mayor resigned on Monday.", trigger: "resigned", date: date("2021-04-26"))
    static let resignedB = mention("wire", wireText, "The mayor quit on Monday.", trigger: "quit", date: date("2021-04-26"))

    static var chronology: Chronology {
        let gazette = Document(id: "gazette", path: "corpus/gazette.txt", source: "Harbour Gazette", published: day("2021-04-28"),
                               publishedBasis: .metadata("front matter"), text: ScalarText(gazetteText))
        let wire = Document(id: "wire", path: "corpus/wire.txt", source: "Wire", published: day("2021-04-30"),
                            publishedBasis: .metadata("front matter"), text: ScalarText(wireText))
        let events = [
            Event(id: "e-crane", summary: "A crane collapsed near Lviv", modality: .happened, date: crane.date, places: [lviv], mentions: [crane]),
            Event(id: "e-resigned", summary: "The mayor resigned", modality: .happened, date: resignedA.date, mentions: [resignedA]),
            Event(id: "e-quit", summary: "The mayor quit", modality: .happened, date: resignedB.date, mentions: [resignedB]),
            Event(id: "e-talks", summary: "Ferry talks will be held in Zürich", modality: .planned, date: date("2021-05-04"),
                  places: [zurich], conflict: false, mentions: [talksA, talksB]),
        ]
        return Chronology(documents: [gazette, wire], events: events)
    }

    static func entry(_ op: CurationOperation, author: String = "ana", time: String = "2026-12-04T07:33:20Z", id: String = "") -> CurationEntry {
        CurationEntry(id: id.isEmpty ? CurationEntry.makeID(author: author, time: time, operation: op) : id,
                      author: author, time: time, operation: op)
    }

    static func event(_ c: Chronology, _ id: String) -> Event? { c.events.first { $0.id == id } }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "tltui-curation-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
