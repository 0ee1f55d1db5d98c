import Foundation
import Testing
import TimelineCore
@testable import tltui

/// The curation options of the corpus commands, on an article of our own in a temporary folder.
@Suite struct CurationCommandTests {
    static let article = """
    ---
    title: Ferry talks to resume
    source: Harbour Gazette
    published: 2021-04-28
    ---
    Ferry talks will resume in Zürich on 3 May, officials said.
    A crane collapsed near the harbour last week, the port authority said.
    The mayor resigned on Monday after the collapse.
    """

    /// A corpus folder with the article, and its chronology as the commands load it.
    static func corpus() throws -> (dir: String, chronology: Chronology) {
        let dir = NSTemporaryDirectory() + "tltui-curation-cmd-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try article.write(toFile: dir + "/gazette.md", atomically: false, encoding: .utf8)
        return (dir, try loadChronology(paths: [dir], useCache: false))
    }

    static func entry(_ op: CurationOperation, _ minute: Int) -> CurationEntry {
        CurationEntry(author: "ana", time: "2026-12-04T08:\(10 + minute):00Z", operation: op)
    }

    @Test func optionsParse() throws {
        let o = try CorpusOptions.parse(["--curation", "c.yaml", "--author", "ben", "--starred", "--noted", "--curated", "dir"])
        #expect(o.curation.file == "c.yaml")
        #expect(o.curation.authorName == "ben")
        #expect(try o.filter().marks == [.starred, .noted, .curated])
        #expect(!o.curation.keepsHidden)
        #expect(try CorpusOptions.parse(["--hidden"]).curation.keepsHidden)
        #expect(try CorpusOptions.parse(["--include-hidden"]).curation.keepsHidden)
        #expect(try Browse.parse(["--curation", "c.yaml", "--author", "ben"]).curation.file == "c.yaml")
    }

    @Test func theDefaultFileIsBesideTheCorpus() throws {
        let (dir, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CorpusOptions.parse([dir]).curation.path(corpus: [dir]) == dir + "/tltui-curation.yaml")
    }

    @Test func listAndFiltersApplyTheCuration() throws {
        let (dir, chronology) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let crane = try #require(chronology.events.first { $0.mentions.contains { $0.text.contains("crane") } })
        let mayor = try #require(chronology.events.first { $0.mentions.contains { $0.text.contains("mayor") } })
        let store = CurationStore(path: dir + "/tltui-curation.yaml")
        try store.add(Self.entry(.star(EventRef(crane)), 0))
        try store.add(Self.entry(.note(EventRef(crane), text: "Ask the port authority"), 1))
        try store.add(Self.entry(.hide(EventRef(mayor)), 2))

        let all = try CorpusOptions.parse([dir, "--no-cache"]).load()
        #expect(all.events.count == chronology.events.count - 1)
        #expect(!all.events.contains { $0.id == mayor.id })
        let table = ListTable.render(all.events, documents: all.chronology.documents, width: nil, color: false)
        #expect(table.contains("CUR"))
        #expect(table.split(separator: "\n").contains { $0.contains("★✎") && $0.contains(crane.summary) })
        #expect(table.contains("✎ ana, 4 Dec 2026: Ask the port authority"))

        let starred = try CorpusOptions.parse([dir, "--no-cache", "--starred"]).load()
        #expect(starred.events.map(\.id) == [crane.id])
        let hidden = try CorpusOptions.parse([dir, "--no-cache", "--hidden"]).load()
        #expect(hidden.events.map(\.id) == [mayor.id])
        let included = try CorpusOptions.parse([dir, "--no-cache", "--include-hidden"]).load()
        #expect(included.events.count == chronology.events.count)
        // Another file named with --curation: here an empty one, so nothing is curated.
        let other = try CorpusOptions.parse([dir, "--no-cache", "--curation", dir + "/none.yaml"]).load()
        #expect(other.events.map(\.id) == chronology.events.map(\.id))
        #expect(other.events.allSatisfy { !$0.curation.isCurated })
    }

    @Test func aBrokenCurationFileIsAnErrorNamingTheLine() throws {
        let (dir, _) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/tltui-curation.yaml"
        let broken = "version: 1\nentries:\n- id: x\n  author: ana\n  time: t\n  op: star\n  event: nothing\n"
        try broken.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try CorpusOptions.parse([dir, "--no-cache"]).load()
        } throws: { error in
            (error as? UsageError)?.description.hasPrefix("curation file \(path):7: ") == true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }

    @Test func orphansAreCountedByStrict() throws {
        let (dir, chronology) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var ref = EventRef(chronology.events[0])
        ref.mentions = ref.mentions.map { var m = $0; m.sentenceHash = "0000000000000000"; return m }
        try CurationStore(path: dir + "/tltui-curation.yaml").add(Self.entry(.star(ref), 0))
        let options = try CorpusOptions.parse([dir, "--no-cache", "--strict"])
        let loaded = try options.load()
        #expect(loaded.orphans.count == 1)
        #expect(throws: (any Error).self) { try options.finish(loaded) }
    }
}
