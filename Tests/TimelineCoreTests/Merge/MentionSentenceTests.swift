import Testing
@testable import TimelineCore

/// A mention whose sentence is its document's text at its range reads it from the document (`MentionDocument`)
/// instead of holding a string of its own; it reads, compares and hashes as before.
@Suite struct MentionSentenceTests {
    static let text = "Talks resumed on Monday. Rescuers reached the boys on Tuesday."
    static let document = Document(id: "a", path: "a.txt", text: ScalarText(text).compacted())
    static let sentence = TextRange(25, 63)

    static func mention(_ text: String = "Rescuers reached the boys on Tuesday.", document: String = "a") -> Mention {
        Mention(document: document, range: sentence, text: text, trigger: TextRange(34, 41),
                date: EventDate(value: "2024-03-26", interval: nil, granularity: .day), modality: .happened)
    }

    static func read(_ m: Mention) -> Mention {
        var list = [ExtractedMention(mention: m, triggerClass: .rescue, lemma: "reach", summary: "", ordinal: 0)]
        Mention.readingSentences(&list, of: document)
        return list[0].mention
    }

    @Test func theSentenceIsReadFromTheDocument() {
        let own = Self.mention(), read = Self.read(own)
        #expect(read.text == "Rescuers reached the boys on Tuesday." && read.triggerText == "reached")
        #expect(read == own && read.hashValue == own.hashValue && read.document == "a")
        #expect(Set([read, own]).count == 1)
    }

    @Test func aSentenceThatIsNotTheDocumentsTextKeepsItsOwnString() {
        let other = Self.mention("Rescuers reached the boys on Wednesday.")
        let read = Self.read(other)
        #expect(read.text == "Rescuers reached the boys on Wednesday." && read == other)
        #expect(Self.read(Self.mention(document: "b")).text == "Rescuers reached the boys on Tuesday.")
    }

    /// Mentions holding their own sentences share a box only when document and sentence are both the same.
    @Test func internedMentionsKeepTheirOwnSentences() {
        var list = ["Talks resumed.", "Rescuers reached the boys.", "Talks resumed."].enumerated().map { k, t in
            ExtractedMention(mention: Self.mention(t, document: "b"), triggerClass: .rescue, lemma: "reach", summary: "", ordinal: k)
        }
        Mention.interning(&list)
        #expect(list.map(\.mention.text) == ["Talks resumed.", "Rescuers reached the boys.", "Talks resumed."])
        #expect(list.allSatisfy { $0.mention.document == "b" })
    }

    @Test func changingTheRangeOrDocumentKeepsTheText() {
        var m = Self.read(Self.mention())
        m.range = TextRange(0, 38)
        #expect(m.text == "Rescuers reached the boys on Tuesday." && m.range == TextRange(0, 38))
        var n = Self.read(Self.mention())
        n.document = "b"
        #expect(n.text == "Rescuers reached the boys on Tuesday." && n.document == "b")
        var o = Self.read(Self.mention())
        o.text = "Talks resumed."
        #expect(o.text == "Talks resumed." && o.range == Self.sentence && o != Self.mention())
    }
}
