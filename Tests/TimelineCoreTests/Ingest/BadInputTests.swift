import Foundation
import Testing
@testable import TimelineCore

/// Every kind of bad input: a diagnostic naming the file, and the rest of the corpus still loads.
@Suite struct BadInputTests {
    let good = "Officials met in Rome. They agreed."

    func load(_ t: TempCorpus, _ paths: [String]? = nil) throws -> Corpus {
        try CorpusLoader(today: IngestFixtures.today).load(paths: paths ?? [t.dir])
    }

    func warning(_ c: Corpus, _ file: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let d = c.diagnostics.first { $0.file.hasSuffix(file) && $0.message.contains(words) }
        #expect(d != nil, "no warning about \(file) containing '\(words)' in \(c.diagnostics)", sourceLocation: sourceLocation)
        return d
    }

    @Test func missingPathThrows() throws {
        let t = try TempCorpus(["ok.txt": good])
        defer { t.cleanUp() }
        #expect(throws: IngestError.missingPath(t.path("nope"))) { try load(t, [t.dir, t.path("nope")]) }
        #expect(IngestError.missingPath("x/y.txt").description.contains("x/y.txt"))
    }

    @Test func binaryFile() throws {
        let t = try TempCorpus(["ok.txt": good], bytes: ["bin.txt": [0x48, 0x69, 0x00, 0x01, 0x02]])
        defer { t.cleanUp() }
        let c = try load(t)
        _ = warning(c, "bin.txt", "binary")
        #expect(c.documents.map(\.id) == ["ok"])
    }

    @Test func emptyAndBlankFiles() throws {
        let t = try TempCorpus(["ok.txt": good, "empty.txt": "", "blank.md": "  \n\n\t\n"])
        defer { t.cleanUp() }
        let c = try load(t)
        _ = warning(c, "empty.txt", "empty")
        _ = warning(c, "blank.md", "empty")
        #expect(c.documents.map(\.id) == ["ok"])
    }

    @Test func invalidUTF8IsDecodedWithReplacement() throws {
        var bytes = Array("Line one.\nCaf".utf8)
        bytes += [0xE9, 0x20]  // Latin-1 é
        bytes += Array("is open.".utf8)
        let t = try TempCorpus(["ok.txt": good], bytes: ["latin.txt": bytes])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "latin.txt", "UTF-8")
        #expect(w?.line == 2)
        let d = try #require(c.documents.first { $0.id == "latin" })
        #expect(d.text.string.contains("Caf\u{FFFD} is open."))
        #expect(c.documents.count == 2)
    }

    @Test func unreadableFile() throws {
        let t = try TempCorpus(["ok.txt": good])
        defer { t.cleanUp() }
        // A link to nowhere is listed in the folder but cannot be read, even by root.
        try FileManager.default.createSymbolicLink(atPath: t.path("gone.txt"), withDestinationPath: t.path("nowhere.txt"))
        let c = try load(t)
        _ = warning(c, "gone.txt", "cannot read")
        #expect(c.documents.map(\.id) == ["ok"])
    }

    @Test func malformedFrontMatter() throws {
        let t = try TempCorpus(["ok.txt": good, "bad.md": "---\ntitle: ok\npublished: [2022-03-01\n---\nBody text here. More text."])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "bad.md", "front matter")
        #expect(w?.line != nil)
        let d = try #require(c.documents.first { $0.id == "bad" })
        #expect(d.published == nil)
        #expect(d.sentenceTexts == ["Body text here.", "More text."])
        #expect(c.documents.count == 2)
    }

    @Test func unclosedFrontMatter() throws {
        let t = try TempCorpus(["open.md": "---\ntitle: never closed\nSome text."])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "open.md", "never closed")
        #expect(w?.line == 1)
        #expect(c.documents.count == 1)
    }

    @Test func badFieldValue() throws {
        let t = try TempCorpus(["a.md": "---\ntitle: A\npublished: someday\n---\nText."])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "a.md", "not a date")
        #expect(w?.line == 3)
        #expect(c.documents.first?.title == "A")
    }

    @Test func malformedSidecar() throws {
        let t = try TempCorpus(["ok.txt": good, "sources.yaml": "ok.txt:\n  source: [unclosed\n"])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "sources.yaml", "malformed")
        #expect(w?.line != nil)
        #expect(c.documents.first?.source == nil)
    }

    @Test func otherFilesInFoldersAreSkippedSilently() throws {
        let t = try TempCorpus(["ok.txt": good, "notes.pdf": "x", "sub/b.md": good, ".hidden.txt": good])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        // Sorted walk: "ok.txt" before "sub/".
        #expect(c.documents.map(\.id) == ["ok", "b"])
    }

    @Test func otherFilesGivenExplicitlyWarn() throws {
        let t = try TempCorpus(["ok.txt": good, "notes.pdf": "x"])
        defer { t.cleanUp() }
        let c = try load(t, [t.path("notes.pdf"), t.path("ok.txt")])
        _ = warning(c, "notes.pdf", "not a .txt or .md")
        #expect(c.documents.map(\.id) == ["ok"])
    }

    @Test func duplicateIDsAreMadeUnique() throws {
        let t = try TempCorpus(["a/x.txt": good, "b/x.txt": good])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.documents.map(\.id) == ["x", "x~2"])
        _ = warning(c, "b/x.txt", "already used")
    }
}
