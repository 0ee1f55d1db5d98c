import Testing
@testable import TimelineCore

/// A mention's keywords are held once in the merge features' pool, as its content words then its trigger words
/// (`MergeFeatures`); two mentions share a keyword exactly when their keyword sets meet.
@Suite struct FeatureTableTests {
    static func mention(_ keywords: Set<String>, ordinal: Int, document: String = "d", lemma: String = "resume",
                        triggerClass: TriggerClass = .other) -> ExtractedMention {
        let m = Mention(document: document, range: TextRange(0, 10), text: "Talks resumed.",
                        date: EventDate(value: "2024-03-26", interval: nil, granularity: .day), modality: .happened)
        return ExtractedMention(mention: m, triggerClass: triggerClass, lemma: lemma, summary: "", ordinal: ordinal, keywords: keywords)
    }

    /// The numbers of `words` in the table's numbering.
    static func numbers(_ words: [String], in table: FeatureTable) -> [UInt32] {
        table.words!.withLock { numbering in words.map(numbering.number) }
    }

    /// The tables of one load number their words in one numbering, so a word has one number in the table the merge
    /// reads; a table numbered apart is refused.
    @Test func theTablesOfALoadShareOneNumbering() {
        let merger = MentionMerger(within: { _, _ in false })
        let words = WordNumbers()
        var taken = FeatureTable()
        for (d, keywords) in [("a", ["kyiv", "drone"]), ("b", ["odesa", "kyiv"]), ("c", ["drone"])] {
            var one = FeatureTable([Self.mention(Set(keywords), ordinal: 0, document: d)], merger: merger, words: words)
            taken.take(&one)
        }
        #expect(taken.words === words)
        #expect(taken.hashes(taken[0].contentWords).filter(taken.hashes(taken[1].contentWords).contains) == Self.numbers(["kyiv"], in: taken))
        #expect(taken.shareKeyword(taken[0], taken[2]) && !taken.shareKeyword(taken[1], taken[2]))
    }

    /// A mention's document is its number in the table: one number per document, whether the table is made of a list
    /// of mentions (in parts: `make`) or takes one document's table after another (as a load does).
    @Test func documentsAreNumberedOncePerTable() {
        let merger = MentionMerger(within: { _, _ in false })
        let docs = ["a", "b", "a", "c", "b"] + (0..<5000).map { ["a", "b", "c"][$0 % 3] }
        let mentions = docs.enumerated().map { Self.mention(["kyiv"], ordinal: $0.offset, document: $0.element) }
        for table in [FeatureTable(mentions, merger: merger), FeatureTable.make(mentions, merger: merger)] {
            #expect(table.documentCount == 3)
            for i in mentions.indices {
                for j in [0, 1, 3] { #expect((table[i].document == table[j].document) == (docs[i] == docs[j])) }
            }
        }
        var taken = FeatureTable()
        let words = WordNumbers()
        for d in ["a", "b", "c"] {
            var one = FeatureTable([Self.mention(["kyiv"], ordinal: 0, document: d), Self.mention(["odesa"], ordinal: 1, document: d)],
                                   merger: merger, words: words)
            taken.take(&one)
        }
        #expect(taken.count == 6 && taken.documentCount == 3)
        #expect(taken[0].document == taken[1].document && taken[1].document != taken[2].document)
        #expect(taken[2].document == taken[3].document && taken[3].document != taken[4].document && taken[4].document == taken[5].document)
        #expect(taken.hashes(taken[3].contentWords) == Self.numbers(["odesa"], in: taken))
    }

    /// Kinds of one class compare by their numbers as by their names; no kind is 0.
    @Test func kindsAreNumbered() {
        let kinds = Array(Set(TriggerLexicon.accidentKinds.keys).union(TriggerLexicon.arrestKinds.keys))
        #expect(MergeFeatures.kindNumber(nil) == 0)
        #expect(Set(kinds.map(MergeFeatures.kindNumber)).count == kinds.count && !kinds.map(MergeFeatures.kindNumber).contains(0))
        let merger = MentionMerger(within: { _, _ in false })
        for lemma in TriggerLexicon.accidentKinds.values.joined() {
            let t = FeatureTable([Self.mention([], ordinal: 0, lemma: lemma, triggerClass: .accident)], merger: merger)
            #expect(t[0].kind != 0 && t[0].kind == MergeFeatures.kindNumber(TriggerLexicon.kind(of: lemma, in: .accident)))
        }
    }

    @Test func keywordsAreContentWordsThenTriggerWordsEachSorted() {
        #expect(TriggerLexicon.forms["attack"] != nil && TriggerLexicon.forms["strike"] != nil && TriggerLexicon.forms["kyiv"] == nil)
        let table = FeatureTable([Self.mention(["kyiv", "attack", "drone", "strike", "definite:"], ordinal: 0)],
                                 merger: MentionMerger(within: { _, _ in false }))
        let f = table[0]
        #expect(f.keywords.count == 4 && f.contentWords.count == 2 && f.triggerWords.count == 2)
        #expect(table.hashes(f.contentWords) == Self.numbers(["kyiv", "drone"], in: table).sorted())
        #expect(table.hashes(f.triggerWords) == Self.numbers(["attack", "strike"], in: table).sorted())
        #expect(Set(table.hashes(f.keywords)) == Set(Self.numbers(["kyiv", "attack", "drone", "strike"], in: table)))
        #expect(Set(table.hashes(f.keywords)).count == 4)
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
