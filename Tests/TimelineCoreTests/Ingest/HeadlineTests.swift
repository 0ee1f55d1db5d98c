import Testing
@testable import TimelineCore

@Suite struct HeadlineTests {
    func load(_ files: [String: String]) throws -> Document {
        let t = try TempCorpus(files)
        defer { t.cleanUp() }
        return try #require(CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir]).documents.first)
    }

    @Test func plainHeadlineFollowedByBlankLine() throws {
        let d = try load(["a.txt": "Storm closes ports along the coast\n\nPorts closed on Monday. Ships waited."])
        #expect(d.title == "Storm closes ports along the coast")
        #expect(d.headline.map { d.text(of: $0) } == "Storm closes ports along the coast")
        // The headline is a sentence of its own paragraph, before the body's.
        #expect(d.sentenceTexts == ["Storm closes ports along the coast", "Ports closed on Monday.", "Ships waited."])
        #expect(d.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func markdownHeading() throws {
        let d = try load(["a.md": "# Storm closes ports\n\nPorts closed. Ships waited."])
        #expect(d.title == "Storm closes ports")
        #expect(d.sentenceTexts == ["Storm closes ports", "Ports closed.", "Ships waited."])  // no "#"
    }

    @Test func firstSentenceIsNotAHeadline() throws {
        let d = try load(["a.txt": "Ports closed on Monday.\nShips waited."])
        #expect(d.headline == nil && d.title == nil)
        #expect(d.sentenceTexts == ["Ports closed on Monday.", "Ships waited."])
    }

    @Test func bylineIsNotAHeadline() throws {
        let d = try load(["a.txt": "By Jane Doe\nPorts closed on Monday."])
        #expect(d.headline == nil)
    }

    @Test func frontMatterTitleWinsAndAMatchingFirstLineIsTheHeadline() throws {
        let d = try load(["a.md": "---\ntitle: Storm Closes Ports\n---\nStorm closes ports\nPorts closed."])
        #expect(d.title == "Storm Closes Ports")
        #expect(d.headline != nil)
        #expect(d.sentenceTexts == ["Storm closes ports", "Ports closed."])
    }

    @Test func frontMatterTitleAndADifferentShortFirstLine() throws {
        let d = try load(["a.md": "---\ntitle: Storm Closes Ports\n---\nPorts closed on Monday\nShips waited."])
        #expect(d.title == "Storm Closes Ports")
        #expect(d.headline == nil)
        #expect(d.sentenceTexts == ["Ports closed on Monday", "Ships waited."])
    }
}
