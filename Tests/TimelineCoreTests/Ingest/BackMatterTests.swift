import Testing
@testable import TimelineCore

/// The matter after a story (its sources, links, related stories) is not read as the story.
@Suite struct BackMatterTests {
    @Test func aSourcesSectionEndsTheBody() throws {
        let t = try TempCorpus(["a.txt": """
            Document found on Ottawa street

            Friday, August 15, 2008

            A sensitive document was found on an Ottawa street on Thursday.

            Sources

            "Document found on street not secret, say feds" — The Canadian Press, August 15, 2008

            Categories: Canada Politics
            """])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let doc = try #require(c.documents.first)
        #expect(doc.sentenceTexts == ["Document found on Ottawa street", "A sensitive document was found on an Ottawa street on Thursday."])
    }

    @Test(arguments: ["External links:", "See also", "RELATED NEWS"])
    func otherBackMatterHeadings(_ heading: String) throws {
        let s = Array("The council met on Monday.\n\n\(heading)\n\nCouncil votes on budget".unicodeScalars)
        let start = try #require(CorpusLoader.backMatterStart(s, from: 0))
        #expect(plainString(s[start...]).hasPrefix(heading))
    }

    /// Not a heading word inside the story, nor one that opens it or closes it with nothing after.
    @Test(arguments: ["Sources\n\nThe council met on Monday.", "The council met on Monday.\n\nSources said it voted.",
                      "The council met on Monday.\n\nReferences"])
    func storyTextIsNoBackMatter(_ text: String) {
        #expect(CorpusLoader.backMatterStart(Array(text.unicodeScalars), from: 0) == nil)
    }
}
