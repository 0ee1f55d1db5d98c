import Testing
@testable import TimelineCore

/// "⟦In the early hours of Friday⟧, …, the negotiators ⟦shook⟧ hands": an opening phrase of time read as the root
/// gives the sentence to the verb with its own subject after it; a verbless line headed by a time stays.
struct ParseRepairOpeningTimePhraseTests {
    typealias R = ParseRepairTests
    let read = ParseRepairReadingsTests()

    @Test func anOpeningTimePhraseIsTheVerbsOblique() {
        let misread = R.tree([
            ("In", "ADP", "IN", 4, "case"), ("the", "DET", "DT", 4, "det"), ("early", "ADJ", "JJ", 4, "amod"),
            ("hours", "NOUN", "NNS", 0, "root"), ("of", "ADP", "IN", 6, "case"), ("Friday", "PROPN", "NNP", 4, "nmod"),
            (",", "PUNCT", ",", 9, "punct"), ("after", "ADP", "IN", 9, "case"), ("talks", "NOUN", "NNS", 4, "nmod"),
            (",", "PUNCT", ",", 12, "punct"), ("negotiators", "NOUN", "NNS", 12, "nsubj"), ("shook", "VERB", "VBP", 4, "parataxis"),
            ("hands", "NOUN", "NNS", 12, "obj"), (".", "PUNCT", ".", 4, "punct"),
        ])
        var timed = misread
        timed.words[3].lemma = "hour"
        let fixed = timed.repaired()
        #expect(read.head(fixed, "shook") == "ROOT")
        #expect(read.head(fixed, "hours") == "shook" && read.rel(fixed, "hours") == "obl")
        #expect(read.head(fixed, "Friday") == "hours")
        #expect(read.head(fixed, "talks") == "shook" && read.rel(fixed, "talks") == "obl")
        #expect(read.head(fixed, ".") == "shook")
        #expect(read.xpos(fixed, "shook") == "VBD" && fixed.words.first { $0.form == "shook" }?.lemma == "shake")
        // a verbless line headed by a time stays as it is
        let verbless = R.tree([
            ("In", "ADP", "IN", 3, "case"), ("the", "DET", "DT", 3, "det"), ("morning", "NOUN", "NN", 0, "root"),
            (",", "PUNCT", ",", 5, "punct"), ("rain", "NOUN", "NN", 3, "appos"),
        ])
        #expect(verbless.repaired() == verbless)
        // nor a noun that names no time ("In the town, …")
        let town = R.tree([
            ("In", "ADP", "IN", 3, "case"), ("the", "DET", "DT", 3, "det"), ("town", "NOUN", "NN", 0, "root"),
            (",", "PUNCT", ",", 6, "punct"), ("people", "NOUN", "NNS", 6, "nsubj"), ("fled", "VERB", "VBD", 3, "parataxis"),
        ])
        #expect(read.head(town.repaired(), "fled") != "ROOT" || read.head(town.repaired(), "town") != "fled")
    }

    /// A past tense that is never a present ("shook", "took"), tagged as a present with its form for a lemma, is the
    /// past tense of its verb; "saw" and "fell", verbs of their own too, stay.
    @Test func aPastOnlyFormTaggedAsAPresentIsThePastTense() {
        let misread = R.tree([
            ("negotiators", "NOUN", "NNS", 2, "nsubj"), ("shook", "VERB", "VBP", 0, "root"), ("hands", "NOUN", "NNS", 2, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(read.xpos(fixed, "shook") == "VBD" && fixed.words[1].lemma == "shake")
        let saw = R.tree([("loggers", "NOUN", "NNS", 2, "nsubj"), ("saw", "VERB", "VBP", 0, "root"), ("logs", "NOUN", "NNS", 2, "obj")])
        #expect(saw.repaired() == saw)
    }
}
