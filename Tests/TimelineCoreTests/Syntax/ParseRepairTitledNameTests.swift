import Testing
@testable import TimelineCore

/// A name with its title and the body it is of, opening a clause, is one noun phrase, the clause's subject.
struct ParseRepairTitledNameTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aTitledNameReadApartIsOneSubject() {
        // "Boeing chief financial officer Brian West said the company would recover." (the body read as a verb)
        let misread = R.tree([
            ("Boeing", "VERB", "VBG", 7, "csubj"), ("chief", "ADJ", "JJ", 4, "amod"), ("financial", "ADJ", "JJ", 4, "amod"),
            ("officer", "NOUN", "NN", 1, "obj"), ("Brian", "PROPN", "NNP", 4, "flat"), ("West", "PROPN", "NNP", 5, "flat"),
            ("said", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 9, "det"), ("company", "NOUN", "NN", 11, "nsubj"),
            ("would", "AUX", "MD", 11, "aux"), ("recover", "VERB", "VB", 7, "ccomp"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "Brian") == "said" && h.rel(fixed, "Brian") == "nsubj")
        #expect(h.head(fixed, "West") == "Brian" && h.rel(fixed, "West") == "flat")
        #expect(h.head(fixed, "officer") == "Brian" && h.rel(fixed, "officer") == "compound")
        #expect(h.head(fixed, "Boeing") == "officer" && fixed.words[0].upos == "PROPN")
        #expect(h.head(fixed, "recover") == "said")
    }

    @Test func theBodyAndTheTitleReadAsSeparateSubjectsAreOnePhrase() {
        // "Corliss chief executive Daniel Ruiz apologized at a news conference."
        let misread = R.tree([
            ("Corliss", "PROPN", "NNP", 6, "nsubj"), ("chief", "NOUN", "NN", 6, "obl"), ("executive", "ADJ", "JJ", 4, "amod"),
            ("Daniel", "PROPN", "NNP", 6, "nsubj"), ("Ruiz", "PROPN", "NNP", 4, "flat"), ("apologized", "VERB", "VBD", 0, "root"),
            ("at", "ADP", "IN", 9, "case"), ("a", "DET", "DT", 9, "det"), ("conference", "NOUN", "NN", 6, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "Daniel") == "apologized" && h.rel(fixed, "Daniel") == "nsubj")
        #expect(h.head(fixed, "Corliss") != "apologized" && h.head(fixed, "chief") != "apologized")
        #expect(h.head(fixed, "conference") == "apologized")
    }

    /// A subject that is one phrase already, or words that are no title, are left alone.
    @Test func aSubjectReadRightOrWithoutATitleStays() {
        // "Senate Democrats blocked the bill": no title.
        let plain = R.tree([
            ("Senate", "PROPN", "NNP", 2, "compound"), ("Democrats", "PROPN", "NNPS", 3, "nsubj"), ("blocked", "VERB", "VBD", 0, "root"),
            ("the", "DET", "DT", 5, "det"), ("bill", "NOUN", "NN", 3, "obj"),
        ])
        #expect(h.rel(plain.repaired(), "Senate") == "compound" && h.head(plain.repaired(), "Senate") == "Democrats")
        // "The report said Mayor Ana Costa resigned": the title's phrase does not open the clause after a verb.
        let inside = R.tree([
            ("The", "DET", "DT", 2, "det"), ("report", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
            ("Mayor", "PROPN", "NNP", 3, "obj"), ("Ana", "PROPN", "NNP", 4, "flat"), ("Costa", "PROPN", "NNP", 7, "nsubj"),
            ("resigned", "VERB", "VBD", 3, "ccomp"),
        ])
        #expect(h.head(inside.repaired(), "Mayor") == "said")
    }
}
