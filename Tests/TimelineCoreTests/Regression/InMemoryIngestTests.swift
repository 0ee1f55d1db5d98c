import Foundation
import Testing
@testable import TimelineCore

/// `CorpusLoader.load(contents:sidecar:)`, the in-memory entry the fuzz target uses, reads bytes exactly as
/// `load(paths:)` reads the same files.
@Suite struct InMemoryIngestTests {
    @Test func sameDocumentsAsFromDisk() throws {
        let dir = NSTemporaryDirectory() + "tltui-inmemory-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files: [(String, String)] = [
            ("a.txt", "---\ntitle: Talks\n---\nTalks resume\nKYIV, March 28 (Reuters) - Officials met in Kyiv on Monday. They agreed.\n"),
            ("b.md", "Floods\nHeavy rain flooded villages on Friday, officials said.\n"),
            ("c.txt", " \n\t\n"),
        ]
        let sidecar = "b.md:\n  published: 2024-07-14\n  source: Bay Herald\n"
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        try sidecar.write(toFile: dir + "/sources.yaml", atomically: true, encoding: .utf8)
        let today = Day(year: 2026, month: 1, day: 1)!
        let disk = try CorpusLoader(today: today).load(paths: [dir])
        let memory = CorpusLoader(today: today).load(contents: files.map { (path: dir + "/" + $0.0, bytes: Array($0.1.utf8)) },
                                                     sidecar: sidecar)
        #expect(memory.documents == disk.documents)
        #expect(memory.documents.map(\.id) == ["a", "b"])
        #expect(memory.documents[1].published == Day(year: 2024, month: 7, day: 14))
        #expect(memory.diagnostics.map(\.message) == disk.diagnostics.map(\.message))
        #expect(memory.diagnostics.contains { $0.message.contains("only white space") })
    }

    @Test func bytesAreNotFiles() {
        let c = CorpusLoader(today: Day(year: 2026, month: 1, day: 1)!).load(contents: [(path: "x.txt", bytes: [0x41, 0x00, 0x42]), (path: "y.txt", bytes: [])])
        #expect(c.documents.isEmpty)
        #expect(c.diagnostics.map(\.file) == ["x.txt", "y.txt"])
    }
}
