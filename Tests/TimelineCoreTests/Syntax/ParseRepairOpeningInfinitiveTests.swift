import Testing
@testable import TimelineCore

/// An infinitive opening the sentence before a colon or a comma is no root over the clause after it
/// (`ParseRepair.openingInfinitiveReadAsTheRoot`); a date closing the subject is not the main verb's when the verb has
/// a day of its own (`ParseRepair.dateOfTheSubjectsHappening`); the subject after "<length> later" is no object of
/// "later" (`ParseRepair.subjectReadAsTheObjectOfLater`).
@Suite
struct ParseRepairOpeningInfinitiveTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theClauseAfterTheColonIsTheRoot() throws {
        let model = try #require(SyntaxModel.shared)
        let recap = try #require(SyntaxText.analyse(ParseRepair.openingInfinitiveReadAsTheRoot.examples[0], model: model).first).repaired()
        #expect(t.head(recap, "resigned") == "ROOT")
        #expect(t.head(recap, "recap") == "resigned" && t.rel(recap, "recap") == "discourse")
        #expect(t.head(recap, "yesterday") == "resigned")
        let sum = try #require(SyntaxText.analyse(ParseRepair.openingInfinitiveReadAsTheRoot.examples[1], model: model).first).repaired()
        #expect(t.head(sum, "approved") == "ROOT" && t.head(sum, "sum") == "approved")
    }

    @Test func anInfinitiveWithNoClauseOfItsOwnAfterItIsLeftAlone() {
        // "To recap: a week of protests." (no verb after the colon)
        let read = ParseRepairTests.tree([
            ("To", "PART", "TO", 2, "mark"), ("recap", "VERB", "VB", 0, "root"), (":", "PUNCT", ":", 2, "punct"),
            ("a", "DET", "DT", 5, "det"), ("week", "NOUN", "NN", 2, "obj"), ("of", "ADP", "IN", 7, "case"),
            ("protests", "NOUN", "NNS", 5, "nmod"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theRecappedHappeningIsDatedAndHappened() throws {
        let c = ParaphraseMergeTests.chronology([("blog.md", "---\npublished: 2025-03-12\n---\nUpdates.\n\n"
            + ParseRepair.openingInfinitiveReadAsTheRoot.examples[0] + "\n")])
        let resigned = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "resigned" } })
        #expect(resigned.date.value == "2025-03-11", "\(resigned.date.value)")
        #expect(resigned.mentions.allSatisfy { $0.modality == .happened })
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theSubjectsDateGoesToItsHappening() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.dateOfTheSubjectsHappening.examples[0], model: model).first).repaired()
        #expect(t.head(p, "Sunday") == "crash" && t.rel(p, "on") == "case")
        #expect(t.head(p, "today") == "published")
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2025-04-10\n---\nNews.\n\n"
            + ParseRepair.dateOfTheSubjectsHappening.examples[0] + "\n")])
        let published = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "published" } })
        #expect(published.date.value == "2025-04-10", "\(published.date.value)")
    }

    @Test func aVerbWithNoDayOfItsOwnKeepsTheDate() {
        // "Investigators examining the crash on Sunday published their report": no "today", the date stays the verb's
        // (`dateBetweenSubjectAndVerb` and the parse decide)
        let read = ParseRepairTests.tree([
            ("Investigators", "NOUN", "NNS", 7, "nsubj"), ("examining", "VERB", "VBG", 1, "acl"), ("the", "DET", "DT", 4, "det"),
            ("crash", "NOUN", "NN", 2, "obj"), ("on", "ADP", "IN", 6, "case"), ("Sunday", "PROPN", "NNP", 7, "obl"),
            ("published", "VERB", "VBD", 0, "root"), ("their", "PRON", "PRP$", 9, "nmod:poss"), ("report", "NOUN", "NN", 7, "obj"),
        ])
        var tree = RepairTree(read)
        #expect(ParseRepair.dateOfTheSubjectsHappening.apply(&tree) == false)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounAfterLaterIsTheSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let a = try #require(SyntaxText.analyse(ParseRepair.subjectReadAsTheObjectOfLater.examples[0], model: model).first).repaired()
        #expect(t.head(a, "suspect") == "arrested" && t.rel(a, "suspect") == "nsubj:pass")
        let b = try #require(SyntaxText.analyse(ParseRepair.subjectReadAsTheObjectOfLater.examples[1], model: model).first).repaired()
        #expect(t.head(b, "man") == "charged" && t.rel(b, "man") == "nsubj:pass")
    }

    @Test func aVerbWithASubjectKeepsIt() {
        // "Two days later police found the car." (read right: nothing to move)
        let read = ParseRepairTests.tree([
            ("Two", "NUM", "CD", 2, "nummod"), ("days", "NOUN", "NNS", 3, "obl:unmarked"), ("later", "ADV", "RBR", 5, "advmod"),
            ("police", "NOUN", "NNS", 5, "nsubj"), ("found", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 7, "det"),
            ("car", "NOUN", "NN", 5, "obj"), (".", "PUNCT", ".", 5, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
