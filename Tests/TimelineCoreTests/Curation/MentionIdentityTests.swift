import Foundation
import Testing
import TimelineCore

@Suite struct MentionIdentityTests {
    typealias F = CurationFixture

    @Test func theSentenceHashIsFNV1aOfTheUTF8Bytes() {
        // Reference values of 64-bit FNV-1a.
        #expect(MentionRef.sentenceHash("") == "cbf29ce484222325")
        #expect(MentionRef.sentenceHash("a") == "af63dc4c8601ec8c")
        #expect(MentionRef.sentenceHash("foobar") == "85944171f73967e8")
    }

    @Test func triggerOffsetsAreWithinTheSentence() {
        let r = MentionRef(F.crane)
        let sentence = Array(F.crane.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(sentence[r.trigger.start..<r.trigger.end])) == "collapsed")
        #expect(r.sentence == F.crane.text)
        #expect(r.document == "gazette")
    }

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

    static func analyse(_ text: String) throws -> Chronology {
        let dir = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try text.write(toFile: dir + "/gazette.md", atomically: false, encoding: .utf8)
        return try TimelinePipeline(today: Day(iso: "2026-01-01")!).load(paths: [dir])
    }

    /// Analysing again, with a paragraph added before the sentences and another sentence changed, keeps the
    /// identity of every mention whose sentence is unchanged, and a curation made on the first analysis applies
    /// to the second.
    @Test func reAnalysisKeepsTheIdentity() throws {
        let first = try Self.analyse(Self.article)
        let edited = Self.article
            .replacingOccurrences(of: "---\nFerry talks", with: "---\nA new opening paragraph names no event at all here.\n\nFerry talks")
        let second = try Self.analyse(edited)
        let before = first.events.flatMap(\.mentions)
        let after = Set(second.events.flatMap(\.mentions).map { MentionRef($0).key })
        #expect(!before.isEmpty)
        for m in before { #expect(after.contains(MentionRef(m).key), "lost: \(m.text)") }
        // The offsets in the document moved, the identities did not.
        #expect(Set(before.map(\.range.start)) != Set(second.events.flatMap(\.mentions).map(\.range.start)))
        let entries = first.events.enumerated().map { i, e in
            F.entry(.note(EventRef(e), text: "note \(i)"), time: "2026-12-04T08:0\(i):00Z")
        }
        let (curated, orphans) = apply(Curation(entries: entries), to: second)
        #expect(orphans.isEmpty)
        #expect(curated.events.flatMap { $0.curation.notes.map(\.text) }.sorted() == entries.indices.map { "note \($0)" })
    }

    @Test func anEditedSentenceOrphansItsEntries() throws {
        let first = try Self.analyse(Self.article)
        let second = try Self.analyse(Self.article.replacingOccurrences(of: "The mayor resigned on Monday", with: "The mayor quit on Monday"))
        let mayor = try #require(first.events.first { $0.mentions.contains { $0.text.contains("resigned") } })
        let (_, orphans) = apply(Curation(entries: [F.entry(.star(EventRef(mayor)))]), to: second)
        #expect(orphans.count == 1)
        #expect(orphans.first?.reason.contains("The mayor resigned on Monday") == true)
    }
}
