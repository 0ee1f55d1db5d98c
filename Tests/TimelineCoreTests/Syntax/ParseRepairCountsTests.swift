import Testing
@testable import TimelineCore

/// "⟦More than a hundred passengers⟧ escaped …" read with "More" as the root (`ParseRepair.countingSubjectReadAsTheRoot`),
/// and "after their plane ⟦skidded⟧ off a wet runway" read as a participle of a noun
/// (`ParseRepair.clauseAfterASubordinatorReadAsAnAttribute`).
struct ParseRepairCountsTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theVerbHeadsTheSentenceAndTheAfterClauseIsItsOwn() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clauseAfterASubordinatorReadAsAnAttribute.examples[0], model: model).first).repaired()
        #expect(t.head(p, "escaped") == "ROOT")
        #expect(t.head(p, "passengers") == "escaped" && t.rel(p, "passengers") == "nsubj")
        #expect(t.head(p, "skidded") == "escaped" && t.rel(p, "skidded") == "advcl")
        #expect(t.head(p, "plane") == "skidded" && t.rel(p, "plane") == "nsubj")
        #expect(t.head(p, "after") == "skidded" && t.rel(p, "after") == "mark")
    }

    /// The length before the subordinator measures the clause, and leaves the noun it was read into.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theLengthGoesWithTheClause() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.clauseAfterASubordinatorReadAsAnAttribute.examples[1], model: model).first).repaired()
        #expect(t.head(p, "closed") == "confirmed" && t.rel(p, "closed") == "advcl")
        #expect(t.head(p, "days") == "closed", "\(t.head(p, "days"))")
    }

    /// A participle with no object of its own ("after the meeting ⟦held⟧ in Paris") is a participle still.
    @Test func aParticipleWithNoObjectIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Talks", "NOUN", "NNS", 2, "nsubj"), ("resumed", "VERB", "VBD", 0, "root"), ("after", "ADP", "IN", 5, "case"),
            ("the", "DET", "DT", 5, "det"), ("meeting", "NOUN", "NN", 2, "obl"), ("held", "VERB", "VBN", 5, "acl"),
            ("in", "ADP", "IN", 8, "case"), ("Paris", "PROPN", "NNP", 6, "obl"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired([ParseRepair.clauseAfterASubordinatorReadAsAnAttribute]) == read)
    }

    /// A comparative that is no sentence's subject ("More rain is expected") is left alone.
    @Test func aComparativeWithItsVerbIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("More", "ADJ", "JJR", 2, "amod"), ("rain", "NOUN", "NN", 4, "nsubj:pass"), ("is", "AUX", "VBZ", 4, "aux:pass"),
            ("expected", "VERB", "VBN", 0, "root"), (".", "PUNCT", ".", 4, "punct"),
        ])
        #expect(read.repaired([ParseRepair.countingSubjectReadAsTheRoot]) == read)
    }

    /// Two subjects side by side, the second opened by "of" ("The walkout by Branch 12 ⟦of the Harbour Pilots' Guild⟧
    /// ended"): the second tells about the first's last noun, and the first stays the subject
    /// (`ParseRepair.twoSubjectsInARow`).
    @Test func aSecondSubjectOpenedByOfTellsAboutTheFirst() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("walkout", "NOUN", "NN", 12, "nsubj"), ("by", "ADP", "IN", 4, "case"),
            ("Branch", "NOUN", "NN", 2, "nmod"), ("12", "NUM", "CD", 4, "nummod"), ("of", "ADP", "IN", 9, "case"),
            ("the", "DET", "DT", 9, "det"), ("Harbour", "PROPN", "NNP", 9, "compound"), ("Pilots", "PROPN", "NNPS", 11, "nmod:poss"),
            ("'", "PART", "POS", 9, "case"), ("Guild", "PROPN", "NNP", 12, "nsubj"), ("ended", "VERB", "VBD", 0, "root"),
            ("on", "ADP", "IN", 14, "case"), ("Friday", "PROPN", "NNP", 12, "obl"), (".", "PUNCT", ".", 12, "punct"),
        ]).repaired([ParseRepair.twoSubjectsInARow])
        #expect(t.head(read, "walkout") == "ended" && t.rel(read, "walkout") == "nsubj")
        #expect(t.head(read, "Guild") == "12" && t.rel(read, "Guild") == "nmod")
        #expect(t.head(read, "of") == "Guild")
    }

    /// A title and a name side by side are one phrase, the title the name's ("Chief Executive Lena Chen").
    @Test func aTitleBeforeANameIsItsCompound() {
        let read = ParseRepairTests.tree([
            ("Chief", "PROPN", "NNP", 2, "compound"), ("Executive", "PROPN", "NNP", 6, "nsubj"), ("Lena", "PROPN", "NNP", 6, "nsubj"),
            ("Chen", "PROPN", "NNP", 3, "flat"), ("would", "AUX", "MD", 6, "aux"), ("resign", "VERB", "VB", 0, "root"),
            (".", "PUNCT", ".", 6, "punct"),
        ]).repaired([ParseRepair.twoSubjectsInARow])
        #expect(t.head(read, "Executive") == "Lena" && t.rel(read, "Executive") == "compound")
    }

    /// "…, and the first estimate ⟦put⟧ the leak at 200 tonnes": a base form with a subject and no auxiliary, coordinated
    /// with a past tense, is the past (`ParseRepair.pastTenseTaggedAsAPresent`); one after "to" stays a base form.
    @Test func aBaseFormWithItsOwnSubjectAfterAPastIsThePast() {
        func read(_ aux: Bool) -> ParsedSentence {
            var words: [(String, String, String, Int, String)] = [
                ("Crews", "NOUN", "NNS", 2, "nsubj"), ("cut", "VERB", "VBD", 0, "root"), ("power", "NOUN", "NN", 2, "obj"),
                ("and", "CCONJ", "CC", 7, "cc"), ("officials", "NOUN", "NNS", 7, "nsubj")]
            words += aux ? [("would", "AUX", "MD", 7, "aux")] : [("then", "ADV", "RB", 7, "advmod")]
            words += [("set", "VERB", "VB", 2, "conj"), ("a", "DET", "DT", 9, "det"), ("curfew", "NOUN", "NN", 7, "obj"), (".", "PUNCT", ".", 2, "punct")]
            return ParseRepairTests.tree(words).repaired([ParseRepair.pastTenseTaggedAsAPresent])
        }
        #expect(read(false).words[6].xpos == "VBD")
        #expect(read(true).words[6].xpos == "VB")
    }

    /// The comparative hung on a later clause coordinated after this one ("…, and nine of them were taken to hospital"):
    /// the verb heads the sentence, the later clause its conjunct.
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theCountingSubjectBeforeACoordinatedClause() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("More than a hundred passengers escaped down inflatable slides after their bus skidded off a wet road on Sunday night, and nine of them were taken to hospital.", model: model).first).repaired()
        #expect(t.head(p, "escaped") == "ROOT", "\(t.head(p, "escaped") ?? "-")")
        #expect(t.head(p, "passengers") == "escaped" && t.rel(p, "passengers") == "nsubj")
        #expect(t.head(p, "taken") == "escaped" && t.rel(p, "taken") == "conj")
        // (and the noun read as the verb's oblique: the subject)
        let q = try #require(SyntaxText.analyse("More than two hundred fans escaped through a side gate after the roof collapsed on Friday night, and ten of them were taken to hospital.", model: model).first).repaired()
        #expect(t.head(q, "fans") == "escaped" && t.rel(q, "fans") == "nsubj")
    }

    /// "expressed ⟦its regret⟧ the same day" read with "regret" a participle: a noun, the verb's object, the time the
    /// verb's (`ParseRepair.nounAfterAPossessiveReadAsAParticiple`); "its ⟦damaged⟧ hull", a participle of its own form, stays.
    @Test func aWordAfterAPossessiveWithItsLemmasFormIsANoun() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("firm", "NOUN", "NN", 3, "nsubj"), ("voiced", "VERB", "VBD", 0, "root"),
            ("its", "PRON", "PRP$", 5, "nmod:poss"), ("regret", "VERB", "VBN", 3, "ccomp"), ("the", "DET", "DT", 8, "det"),
            ("same", "ADJ", "JJ", 8, "amod"), ("day", "NOUN", "NN", 5, "obl:unmarked"), (".", "PUNCT", ".", 3, "punct"),
        ]).repaired([ParseRepair.nounAfterAPossessiveReadAsAParticiple])
        #expect(read.words[4].upos == "NOUN" && t.head(read, "regret") == "voiced" && t.rel(read, "regret") == "obj")
        #expect(t.head(read, "day") == "voiced")
        var kept = ParseRepairTests.tree([
            ("Crews", "NOUN", "NNS", 2, "nsubj"), ("towed", "VERB", "VBD", 0, "root"), ("its", "PRON", "PRP$", 4, "nmod:poss"),
            ("damaged", "VERB", "VBN", 2, "ccomp"), ("away", "ADV", "RB", 4, "advmod"), (".", "PUNCT", ".", 2, "punct"),
        ])
        kept.words[3].lemma = "damage"
        #expect(kept.repaired([ParseRepair.nounAfterAPossessiveReadAsAParticiple]) == kept)
    }
}
