import Foundation
import Testing
import TimelineCore

/// Every export format carries the stars and notes of a curated chronology.
@Suite struct CurationExportTests {
    typealias F = CurationFixture
    static let note = "Check with the port authority, \"twice\""

    static var curated: Chronology {
        let base = F.chronology
        let crane = EventRef(F.event(base, "e-crane")!)
        let entries = [F.entry(.star(crane)), F.entry(.note(crane, text: note), time: "2026-12-04T08:00:00Z"),
                       F.entry(.setDate(EventRef(F.event(base, "e-quit")!), text: "27 April"), time: "2026-12-04T08:01:00Z")]
        return apply(Curation(entries: entries), to: base).chronology
    }

    func render(_ f: ExportFormat) -> String { f.render(Self.curated, options: .init(stamp: "20261204T080000Z")) }

    @Test func json() throws {
        let value = try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any]
        let events = try #require(value?["events"] as? [[String: Any]])
        let crane = try #require(events.first { $0["id"] as? String == "e-crane" })
        let curation = try #require(crane["curation"] as? [String: Any])
        #expect(curation["starred"] as? Bool == true)
        let notes = try #require(curation["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == Self.note)
        #expect(notes.first?["author"] as? String == "ana")
        let quit = try #require(events.first { $0["id"] as? String == "e-quit" })
        #expect((quit["date"] as? [String: Any])?["derivation"] as? String == "set by ana on 4 Dec 2026 (“27 April”); extracted: Mon 26 Apr 2021")
        #expect(((quit["curation"] as? [String: Any])?["changes"] as? [String])?.first == "date set by ana on 4 Dec 2026")
    }

    @Test func csv() throws {
        let rows = parseCSV(render(.csv))
        let header = try #require(rows.first)
        let starred = try #require(header.firstIndex(of: "starred")), notes = try #require(header.firstIndex(of: "notes"))
        let crane = try #require(rows.first { $0.first == "e-crane" })
        #expect(crane[starred] == "true")
        #expect(crane[notes] == "ana, 4 Dec 2026: " + Self.note)
        #expect(rows.filter { $0.first == "e-talks" }.allSatisfy { $0[starred] == "false" && $0[notes].isEmpty })
    }

    @Test func markdown() {
        let md = render(.markdown)
        #expect(md.contains("- ★ **A crane collapsed near Lviv**"))
        #expect(md.contains("  - *Note (ana, 4 Dec 2026):* Check with the port authority, \"twice\""))
        #expect(md.contains("*Curated:* date set by ana on 4 Dec 2026"))
    }

    @Test func ics() throws {
        let lines = unfoldICS(render(.ics))
        let crane = try #require(lines.split(separator: "BEGIN:VEVENT").first { $0.contains("UID:e-crane@tltui.invalid") })
        #expect(crane.contains("PRIORITY:1"))
        #expect(crane.contains("SUMMARY:★ A crane collapsed near Lviv"))
        #expect(crane.contains("CATEGORIES:happened,starred"))
        let description = try #require(crane.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(unescapeICS(String(description.dropFirst("DESCRIPTION:".count))).contains("Note (ana, 4 Dec 2026): " + Self.note))
    }

    @Test func timelineJS() throws {
        let value = try JSONSerialization.jsonObject(with: Data(render(.timelinejs).utf8)) as? [String: Any]
        let slides = try #require(value?["events"] as? [[String: Any]])
        let crane = try #require(slides.first { $0["unique_id"] as? String == "event-e-crane" })
        let text = try #require(crane["text"] as? [String: Any])
        #expect(text["headline"] as? String == "★ A crane collapsed near Lviv")
        #expect((text["text"] as? String)?.contains("<em>Note (ana, 4 Dec 2026):</em> Check with the port authority, &quot;twice&quot;") == true)
    }
}
