import Testing
@testable import TimelineCore

/// "…, and ⟦one man⟧ … has died": the subject of a second clause read into the first (`ParseRepair.secondSubjectReadIntoTheFirstClause`).
struct ParseRepairSecondSubjectTests {
    let t = ParseRepairTests()

    @Test func theNounOpenedByAndIsTheSubjectOfTheSecondVerb() {
        // (the model's reading: "one man" an agent of "confirmed", "died" with no subject)
        let misread = ParseRepairTests.tree([
            ("Cases", "NOUN", "NNS", 4, "nsubj:pass"), ("had", "AUX", "VBD", 4, "aux"), ("been", "AUX", "VBN", 4, "aux:pass"),
            ("confirmed", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 6, "case"), ("evening", "NOUN", "NN", 4, "obl:agent"),
            (",", "PUNCT", ",", 10, "punct"), ("and", "CCONJ", "CC", 10, "cc"), ("one", "NUM", "CD", 10, "nummod"),
            ("man", "NOUN", "NN", 4, "obl:agent"), ("has", "AUX", "VBZ", 12, "aux"), ("died", "VERB", "VBN", 4, "conj"),
            (".", "PUNCT", ".", 4, "punct"),
        ])
        let fixed = misread.repaired()
        #expect(t.head(fixed, "man") == "died" && t.rel(fixed, "man") == "nsubj")
        #expect(t.head(fixed, "and") == "died" && t.rel(fixed, "and") == "cc")
    }

    @Test func aCoordinatedObjectOfTheFirstVerbStaysItsObject() {
        // "Police arrested two men and a woman, and searched the house": the second verb shares the first's subject.
        let read = ParseRepairTests.tree([
            ("Police", "NOUN", "NNS", 2, "nsubj"), ("arrested", "VERB", "VBD", 0, "root"), ("two", "NUM", "CD", 4, "nummod"),
            ("men", "NOUN", "NNS", 2, "obj"), ("and", "CCONJ", "CC", 7, "cc"), ("a", "DET", "DT", 7, "det"),
            ("woman", "NOUN", "NN", 4, "conj"), (",", "PUNCT", ",", 10, "punct"), ("and", "CCONJ", "CC", 10, "cc"),
            ("searched", "VERB", "VBD", 2, "conj"), ("the", "DET", "DT", 12, "det"), ("house", "NOUN", "NN", 10, "obj"),
            (".", "PUNCT", ".", 2, "punct"),
        ])
        let fixed = read.repaired()
        #expect(t.head(fixed, "woman") == "men" && t.rel(fixed, "woman") == "conj")
        #expect(t.rel(fixed, "searched") == "conj" && !fixed.words.contains { $0.deprel.hasPrefix("nsubj") && $0.form == "woman" })
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theModelsReadingOfTheExampleIsRepaired() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.secondSubjectReadIntoTheFirstClause.examples[0], model: model).first).repaired()
        #expect(t.head(p, "man") == "died" && t.rel(p, "man") == "nsubj")
    }
}

extension ParseRepairSecondSubjectTests {
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPrepositionsPhraseAfterAndIsNoSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let s = "The government launched an inquiry on Monday, and on Tuesday the operator, Archipelago Sea Lines, denied that the vessel had been carrying too many people."
        let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
        #expect(t.rel(p, "Tuesday")?.hasPrefix("nsubj") == false)
    }
}

/// "expects its records to be back by March 28, and ⟦elective surgeries to resume⟧ on March 17" (`ParseRepair.gappedObjectAndInfinitive`).
struct ParseRepairGappedInfinitiveTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theSecondInfinitiveIsASecondComplementWithItsOwnSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.gappedObjectAndInfinitive.examples[0], model: model).first).repaired()
        #expect(t.head(p, "resume") == "back" && t.rel(p, "resume") == "conj")
        #expect(t.head(p, "surgeries") == "resume" && t.rel(p, "surgeries") == "nsubj")
    }

    @Test func aNounWithAnInfinitiveOfItsOwnPurposeIsLeftAlone() {
        // "Officials sent food and water to drink": no first object and infinitive before the noun, no verb left out.
        let read = ParseRepairTests.tree([
            ("Officials", "NOUN", "NNS", 2, "nsubj"), ("sent", "VERB", "VBD", 0, "root"), ("food", "NOUN", "NN", 2, "obj"),
            ("and", "CCONJ", "CC", 5, "cc"), ("water", "NOUN", "NN", 3, "conj"), ("to", "PART", "TO", 7, "mark"),
            ("drink", "VERB", "VB", 5, "acl"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func thePlanToResumeJoinsAnotherOutletsPlan() throws {
        let c = ParaphraseMergeTests.chronology([
            ("weekly.md", "---\npublished: 2025-03-14\n---\nReview.\n\nLakeshore now expects its electronic records to be back by March 28, and elective surgeries to resume on March 17.\n"),
            ("finance.md", "---\npublished: 2025-03-13\n---\nBonds.\n\nLakeshore said it hoped to resume elective surgeries next week.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "resume" && $0.document == "weekly" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["weekly", "finance"])
        #expect(e.modality.isFuture && !e.conflict)
    }
}
