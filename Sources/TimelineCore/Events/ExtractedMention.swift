/// A mention as the extractor produces it: the model's `Mention` plus what merging needs.
public struct ExtractedMention: Hashable, Sendable {
    public var mention: Mention
    public var triggerClass: TriggerClass
    /// The trigger's lemma: "negotiation", "retake".
    public var lemma: String
    /// Short readable clause text: "Ukrainian and Russian officials will resume peace talks in Turkey".
    public var summary: String
    /// Position among its document's mentions (0-based, in text order).
    public var ordinal: Int
    /// Ordinals of mentions in the same document that this one comes after ("talks then shifted online",
    /// "after about two weeks of online negotiations").
    public var follows: [Int]
    /// Lowercased content words of the clause (no function words), for matching undated mentions; and the stage
    /// the clause tells of, prefixed `stage:` ("the ⟦first⟧ four boys", "four ⟦more⟧ boys": `stage:first`,
    /// `stage:more`), which keeps the stages of one operation apart.
    public var keywords: Set<String>
    /// Capitalised name words of the actors and the attribution ("eurojust", "peskov"), for matching.
    public var actorKeys: Set<String> = []

    public init(mention: Mention, triggerClass: TriggerClass, lemma: String, summary: String, ordinal: Int,
                follows: [Int] = [], keywords: Set<String> = []) {
        self.mention = mention
        self.triggerClass = triggerClass
        self.lemma = lemma
        self.summary = summary
        self.ordinal = ordinal
        self.follows = follows
        self.keywords = keywords
    }
}
