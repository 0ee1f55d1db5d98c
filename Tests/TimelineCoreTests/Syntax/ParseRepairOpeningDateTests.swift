import Testing
@testable import TimelineCore

/// "⟦On April 15⟧ customers moved …", "⟦On Wednesday⟧ depositors withdrew …": a date after "on" opening the clause read as
/// a numeral or a modifier of the subject (`ParseRepair.openingDateReadIntoTheSubject`).
struct ParseRepairOpeningDateTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"),
          arguments: [(0, "15", "customers", "moved"), (1, "Wednesday", "depositors", "withdrew")])
    func theDateIsTheVerbs(_ k: Int, _ date: String, _ subject: String, _ verb: String) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.openingDateReadIntoTheSubject.examples[k], model: model).first).repaired()
        #expect(t.head(p, date) == verb && t.rel(p, date) == "obl")
        #expect(t.head(p, subject) == verb)
    }

    /// A number with no month before it is the subject's numeral ("On average 15 customers queued").
    @Test func aNumeralWithNoMonthIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("15", "NUM", "CD", 2, "nummod"), ("customers", "NOUN", "NNS", 3, "nsubj"), ("queued", "VERB", "VBD", 0, "root"),
            (".", "PUNCT", ".", 3, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "⟦The next day⟧ federal investigators climbed aboard the ship": a day told from another, opening the sentence with no
/// comma, read as a modifier of the subject (`ParseRepair.openingDateReadIntoTheSubject`): it is the verb's time.
struct ParseRepairOpeningToldDayTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"),
          arguments: [(2, "day", "investigators", "climbed"), (3, "morning", "police", "arrested")])
    func theDayIsTheVerbs(_ k: Int, _ day: String, _ subject: String, _ verb: String) throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.openingDateReadIntoTheSubject.examples[k], model: model).first).repaired()
        #expect(t.head(p, day) == verb && t.rel(p, day) == "obl:tmod")
        #expect(t.head(p, subject) == verb && t.rel(p, subject) == "nsubj")
    }

    /// A noun of a day inside the subject with no word telling it from another is the subject's ("Day workers walked out").
    @Test func aDayNounWithNoWordOfTellingIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Day", "NOUN", "NN", 2, "compound"), ("workers", "NOUN", "NNS", 3, "nsubj"), ("walked", "VERB", "VBD", 0, "root"),
            ("out", "ADP", "RP", 3, "compound:prt"), (".", "PUNCT", ".", 3, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}
