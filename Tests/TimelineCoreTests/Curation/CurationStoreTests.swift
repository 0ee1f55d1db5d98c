import Foundation
import Testing
import TimelineCore

@Suite struct CurationStoreTests {
    typealias F = CurationFixture
    static let talks = EventRef(F.event(F.chronology, "e-talks")!)

    func files(in dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    @Test func writesAtomicallyAndReadsBack() throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = CurationStore(path: dir + "/tltui-curation.yaml")
        #expect(try store.read() == Curation())
        let (after, id) = try store.add(F.entry(.star(Self.talks)))
        #expect(after.entries.map(\.id) == [id])
        #expect(try store.read() == after)
        // Only the file and its lock file are left: no temporary file.
        #expect(files(in: dir) == [".tltui-curation.yaml.lock", "tltui-curation.yaml"])
    }

    @Test func removeAndAddAgainKeepTheId() throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = CurationStore(path: dir + "/c.yaml")
        let entry = F.entry(.note(Self.talks, text: "first"))
        let (_, id) = try store.add(entry)
        try store.add(F.entry(.star(Self.talks), time: "2026-12-04T09:00:00Z"))
        let removed = try store.remove(id: id)
        #expect(removed.entries.count == 1)
        var again = entry
        again.id = id
        let (back, sameID) = try store.add(again)
        #expect(sameID == id)
        #expect(back.entries.map(\.id).contains(id))
        // Adding the very same entry again (a second redo) does not duplicate it.
        let (twice, _) = try store.add(again)
        #expect(twice.entries.count == 2)
    }

    @Test func aBrokenFileIsNeverWrittenOver() throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/tltui-curation.yaml"
        let broken = "version: 1\nentries:\n- id: a\n  author: ana\n  time: 2026-12-04T07:33:20Z\n  op: stra\n  event: []\n"
        try broken.write(toFile: path, atomically: false, encoding: .utf8)
        let store = CurationStore(path: path)
        #expect(throws: CurationFileError(file: path, line: 6, message: "unknown op 'stra' (expected \(CurationOperation.names.joined(separator: ", ")))")) {
            try store.add(F.entry(.star(Self.talks)))
        }
        #expect(throws: CurationFileError.self) { try store.remove(id: "a") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
        #expect(!files(in: dir).contains { $0.contains(".tmp") })
    }

    /// Two processes' stores, each writing after the other has: every entry is kept.
    @Test func twoWritersInterleavedLoseNothing() throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = CurationStore(path: dir + "/c.yaml"), b = CurationStore(path: dir + "/c.yaml")
        var expected: [String] = []
        for i in 0..<10 {
            expected.append(try a.add(F.entry(.note(Self.talks, text: "a\(i)"), author: "ana", time: "2026-12-04T08:00:0\(i)Z")).id)
            expected.append(try b.add(F.entry(.note(Self.talks, text: "b\(i)"), author: "ben", time: "2026-12-04T08:00:0\(i)Z")).id)
        }
        let final = try a.read()
        #expect(final.entries.map(\.id) == expected)
        #expect(try b.read() == final)
    }

    /// Two stores writing at the same time from two threads: the lock keeps every entry.
    @Test func twoWritersAtOnceLoseNothing() async throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/c.yaml"
        let n = 25
        await withTaskGroup(of: Void.self) { group in
            for author in ["ana", "ben"] {
                group.addTask {
                    let store = CurationStore(path: path)
                    for i in 0..<n {
                        _ = try? store.add(F.entry(.note(Self.talks, text: "\(author) \(i)"), author: author, time: "2026-12-04T08:\(10 + i):00Z"))
                    }
                }
            }
        }
        let notes = try CurationStore(path: path).read().entries.compactMap { e -> String? in
            if case .note(_, let text) = e.operation { return text }
            return nil
        }
        #expect(notes.count == 2 * n)
        #expect(Set(notes).count == 2 * n)
        // Each writer's entries are in the order it wrote them.
        for author in ["ana", "ben"] {
            #expect(notes.filter { $0.hasPrefix(author) } == (0..<n).map { "\(author) \($0)" })
        }
    }

    @Test func theDefaultFileIsInTheCorpusFolder() throws {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "text".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        #expect(CurationStore.defaultPath(forCorpus: [dir]) == dir + "/tltui-curation.yaml")
        #expect(CurationStore.defaultPath(forCorpus: [dir + "/a.txt"]) == dir + "/tltui-curation.yaml")
    }
}
