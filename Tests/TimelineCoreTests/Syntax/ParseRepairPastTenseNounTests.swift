import Testing
@testable import TimelineCore

/// "At 12:40 a.m. the container ship Kolding ⟦cast⟧ off from the terminal": a past tense that is a noun too, read as a
/// noun with a subject (`ParseRepair.pastTenseWithItsSubjectReadAsANoun`).
struct ParseRepairPastTenseNounTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounWithASubjectIsTheVerb() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseWithItsSubjectReadAsANoun.examples[0], model: model).first).repaired()
        #expect(t.head(p, "cast") == "ROOT")
        #expect(t.head(p, "ship") == "cast" && t.rel(p, "ship") == "nsubj")
        #expect(t.head(p, "Kolding") == "ship")
        #expect(t.head(p, "12:40") == "cast")
    }

    /// A noun with a copula keeps its subject ("The ship was a total cast"): it is the predicate of "was".
    @Test func aNounWithACopulaStays() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("ship", "NOUN", "NN", 5, "nsubj"), ("was", "AUX", "VBD", 5, "cop"),
            ("a", "DET", "DT", 5, "det"), ("cast", "NOUN", "NN", 0, "root"), (".", "PUNCT", ".", 5, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "Shortly afterwards the vessel ⟦made⟧ contact with a pier": a past tense read as a participle modifying its object
/// (`ParseRepair.pastTenseReadAsAModifierOfItsObject`).
struct ParseRepairPastTenseModifierTests {
    let t = ParseRepairTests()

    /// (also with a relative clause of its own on a noun after it)
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"), arguments: [0, 1])
    func theModifierIsTheVerb(_ k: Int) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseReadAsAModifierOfItsObject.examples[k], model: model).first).repaired()
        #expect(t.head(p, "made") == "ROOT")
        #expect(t.head(p, "vessel") == "made" && t.rel(p, "vessel") == "nsubj")
        #expect(t.head(p, "contact") == "made" && t.rel(p, "contact") == "obj")
        #expect(t.head(p, "Shortly") == "made")
    }

    /// A sentence with a finite verb of its own keeps its participles ("The vessel's damaged hull was repaired").
    @Test func aSentenceWithAVerbIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("The", "DET", "DT", 2, "det"), ("crew", "NOUN", "NN", 5, "nsubj"), ("repaired", "VERB", "VBD", 0, "root"),
            ("the", "DET", "DT", 5, "det"), ("damaged", "VERB", "VBN", 6, "amod"), ("hull", "NOUN", "NN", 3, "obj"),
            (".", "PUNCT", ".", 3, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "Nereid rejects ⟦media reports⟧ that the Kolding sailed …": the noun of what is told read as a verb after a verb of
/// denial (`ParseRepair.claimNounReadAsAVerbAfterADenial`).
struct ParseRepairClaimNounTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theReportsAreTheDenialsObject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.claimNounReadAsAVerbAfterADenial.examples[0], model: model).first).repaired()
        #expect(t.head(p, "reports") == "rejects" && t.rel(p, "reports") == "obj")
        #expect(t.head(p, "media") == "reports")
        #expect(t.head(p, "sailed") == "reports" && t.rel(p, "sailed") == "acl")
    }

    /// Reports as a verb after a verb that is no denial stay a verb ("Officials say media reports that …" is not read).
    @Test func aVerbAfterNoDenialStays() {
        let read = ParseRepairTests.tree([
            ("He", "PRON", "PRP", 2, "nsubj"), ("says", "VERB", "VBZ", 0, "root"), ("media", "NOUN", "NN", 4, "nsubj"),
            ("reports", "VERB", "VBZ", 2, "ccomp"), ("it", "PRON", "PRP", 4, "obj"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
