import Testing
@testable import TimelineCore

/// A mention's keywords are held once in the merge features' pool, as its content words then its trigger words
/// (`MergeFeatures`); two mentions share a keyword exactly when their keyword sets meet.
@Suite struct FeatureTableTests {
    static func mention(_ keywords: Set<String>, ordinal: Int) -> ExtractedMention {
        let m = Mention(document: "d", range: TextRange(0, 10), text: "Talks resumed.",
                        date: EventDate(value: "2024-03-26", interval: nil, granularity: .day), modality: .happened)
        return ExtractedMention(mention: m, triggerClass: .other, lemma: "resume", summary: "", ordinal: ordinal, keywords: keywords)
    }

    @Test func keywordsAreContentWordsThenTriggerWordsEachSorted() {
        #expect(TriggerLexicon.forms["attack"] != nil && TriggerLexicon.forms["strike"] != nil && TriggerLexicon.forms["kyiv"] == nil)
        let table = FeatureTable([Self.mention(["kyiv", "attack", "drone", "strike", "definite:"], ordinal: 0)],
                                 merger: MentionMerger(within: { _, _ in false }))
        let f = table[0]
        #expect(f.keywords.count == 4 && f.contentWords.count == 2 && f.triggerWords.count == 2)
        #expect(table.hashes(f.contentWords) == ["kyiv", "drone"].map(MergeFeatures.hash).sorted())
        #expect(table.hashes(f.triggerWords) == ["attack", "strike"].map(MergeFeatures.hash).sorted())
        #expect(Set(table.hashes(f.keywords)) == Set(["kyiv", "attack", "drone", "strike"].map(MergeFeatures.hash)))
    }

    @Test(arguments: [
        (["kyiv", "attack"], ["attack", "port"], true),      // a trigger word in common
        (["kyiv", "attack"], ["kyiv", "strike"], true),     // a content word in common
        (["kyiv", "attack"], ["odesa", "strike"], false),
        ([], ["odesa"], false),
    ] as [([String], [String], Bool)])
    func mentionsShareAKeywordWhenTheirSetsMeet(a: [String], b: [String], shared: Bool) {
        let table = FeatureTable([Self.mention(Set(a), ordinal: 0), Self.mention(Set(b), ordinal: 1)],
                                 merger: MentionMerger(within: { _, _ in false }))
        #expect(table.shareKeyword(table[0], table[1]) == shared)
        #expect(table.shareKeyword(table[1], table[0]) == shared)
    }
}
