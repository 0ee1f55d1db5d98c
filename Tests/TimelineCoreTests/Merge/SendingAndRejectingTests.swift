import Testing
@testable import TimelineCore

/// Emailing people is sending them mail and messages that go out are sent (`PhrasalPredicates`, with the lemma of
/// "emailing" mended to email: `VerbLemmas.mend`); a "that" clause after a claim a verb rejects, read as an adverbial
/// clause of the verb, is the claim's content (`ParseRepair.contentClauseReadAsAnAdverbial`), so what it says is no
/// happening.
struct SendingAndRejectingTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aFinalEAddedToAKnownStemIsDropped() {
        let verbs = VerbLemmas(list: "email\ndetail\nexamine\n")
        #expect(verbs.mend("emaile") == "email")
        #expect(verbs.mend("detaile") == "detail")
        #expect(verbs.mend("examine") == "examine")
        // (a lemma WordNet knows neither way stays)
        #expect(verbs.mend("skydive") == "skydive")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func emailingPeopleIsSendingThemMail() throws {
        let a = F.extract("The bank began emailing its customers ⟦on Monday⟧.", values: ["2026-10-19"], id: "a", published: "2026-10-20")
        let b = F.extract("The bank began sending the emails ⟦on Monday⟧.", values: ["2026-10-19"], id: "b", published: "2026-10-22")
        #expect(try F.mention(a, "emailing").lemma == "send")
        #expect(merge(a + b).count == 1, "\(merge(a + b).map(\.summary))")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func lettersThatGoOutAreSentButPeopleAreNot() throws {
        let a = F.extract("The first letters went out ⟦on Monday⟧.", values: ["2026-10-19"], published: "2026-10-20")
        #expect(a.contains { $0.mention.triggerText?.hasPrefix("went") == true && $0.lemma == "send" }, "\(a.map { ($0.mention.triggerText, $0.lemma) })")
        let b = F.extract("The firefighters went out ⟦on Monday⟧.", values: ["2026-10-19"], published: "2026-10-20")
        #expect(b.allSatisfy { $0.lemma != "send" })
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseAfterARejectedClaimIsItsContent() throws {
        let model = try #require(SyntaxModel.shared)
        let t = ParseRepairTests()
        for example in ParseRepair.contentClauseReadAsAnAdverbial.examples {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            #expect(t.head(p, "claims") == "rejected", "\(example)")
            #expect(t.rel(p, "ignored") == "acl" || t.rel(p, "disregarded") == "acl", "\(example)")
        }
        let m = F.extract("⟦On Thursday⟧ the company rejected claims that it ignored a security warning.", values: ["2026-10-15"], published: "2026-10-16")
        let ignored = m.filter { $0.mention.triggerText == "ignored" }
        #expect(ignored.allSatisfy { $0.mention.modality != .happened }, "\(ignored.map { $0.mention.modality })")
    }

    /// "so that" keeps its adverbial reading: nothing is moved where the clause has another mark.
    @Test func soThatStaysAPurpose() {
        let read = ParseRepairTests.tree([
            ("They", "PRON", "PRP", 2, "nsubj"), ("changed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("rules", "NOUN", "NNS", 2, "obj"), ("so", "ADV", "RB", 8, "mark"), ("that", "SCONJ", "IN", 8, "mark"),
            ("claims", "NOUN", "NNS", 8, "nsubj"), ("close", "VERB", "VBP", 2, "advcl"), (".", "PUNCT", ".", 2, "punct"),
        ])
        var tree = RepairTree(read)
        #expect(!ParseRepair.contentClauseReadAsAnAdverbial.apply(&tree))
    }
}
