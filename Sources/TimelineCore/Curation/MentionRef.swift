/// A mention's identity in a curation file, made to survive a re-analysis and a new tltui version: the document
/// id, a hash of the sentence's exact text and the trigger's Unicode-scalar offsets within that sentence (offsets
/// within the sentence, so an edit elsewhere in the article moves nothing). The sentence text itself is kept for
/// people reading the file; it is not compared.
public struct MentionRef: Hashable, Sendable {
    public var document: String
    /// `sentenceHash(text)` of the sentence: 16 hex digits.
    public var sentenceHash: String
    /// The trigger's offsets from the start of the sentence (the whole sentence when the mention has no trigger).
    public var trigger: TextRange
    /// The sentence, for people.
    public var sentence: String

    public init(document: String, sentenceHash: String, trigger: TextRange, sentence: String) {
        self.document = document
        self.sentenceHash = sentenceHash
        self.trigger = trigger
        self.sentence = sentence
    }

    /// The identity of a mention of the chronology.
    public init(_ mention: Mention) {
        let t = mention.trigger ?? mention.range
        self.init(document: mention.document, sentenceHash: MentionRef.sentenceHash(mention.text),
                  trigger: TextRange(t.start - mention.range.start, t.end - mention.range.start), sentence: mention.text)
    }

    /// What is compared: document, sentence hash and trigger offsets.
    public struct Key: Hashable, Sendable {
        public var document: String
        public var sentenceHash: String
        public var trigger: TextRange
    }

    public var key: Key { Key(document: document, sentenceHash: sentenceHash, trigger: trigger) }

    /// FNV-1a (64 bits) of the text's UTF-8 bytes, as 16 lowercase hex digits: the same on every machine and run.
    public static func sentenceHash(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The start of the sentence for messages: "“Ukrainian and Russian officials will…” (004_2d0e…)".
    public var readable: String {
        let words = sentence.split(whereSeparator: { $0.isWhitespace })
        let head = words.prefix(8).joined(separator: " ")
        return "“\(head)\(words.count > 8 ? "…" : "")” (\(document))"
    }
}

/// An event in a curation file: named by its mentions, never by an internal number. It is found again as the
/// event holding most of those mentions.
public struct EventRef: Hashable, Sendable {
    public var mentions: [MentionRef]

    public init(mentions: [MentionRef]) { self.mentions = mentions }

    /// The identity of an event of the chronology: all its mentions.
    public init(_ event: Event) { self.init(mentions: event.mentions.map(MentionRef.init)) }
}
