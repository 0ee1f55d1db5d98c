import Testing
@testable import TimelineCore

/// The repairs of 6 Dec morning (session 19), each on its misreading written out by hand and on a reading it must
/// leave alone.
struct ParseRepairWireFormsTests {
    typealias R = ParseRepairTests
    func head(_ p: ParsedSentence, _ form: String) -> String? { ParseRepairReadingsTests().head(p, form) }
    func rel(_ p: ParsedSentence, _ form: String) -> String? { ParseRepairReadingsTests().rel(p, form) }

    /// "said the strike had been solid and ⟦warned⟧ that …": the second saying is the first one's conjunct; one with a
    /// subject of its own stays in the content.
    @Test func aSayingCoordinatedIntoItsContentIsTheSpeakers() {
        var misread = R.tree([
            ("Pryce", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("strike", "NOUN", "NN", 5, "nsubj"),
            ("had", "AUX", "VBD", 5, "aux"), ("solid", "ADJ", "JJ", 2, "ccomp"), ("and", "CCONJ", "CC", 7, "cc"),
            ("warned", "VERB", "VBD", 5, "conj"), ("that", "SCONJ", "IN", 10, "mark"), ("walkouts", "NOUN", "NNS", 10, "nsubj"),
            ("follow", "VERB", "VB", 7, "ccomp"),
        ])
        misread.words[1].lemma = "say"
        misread.words[6].lemma = "warn"
        let fixed = misread.repaired()
        #expect(head(fixed, "warned") == "said" && rel(fixed, "warned") == "conj")
        var own = R.tree([
            ("Pryce", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("strike", "NOUN", "NN", 5, "nsubj"),
            ("had", "AUX", "VBD", 5, "aux"), ("solid", "ADJ", "JJ", 2, "ccomp"), ("and", "CCONJ", "CC", 8, "cc"),
            ("managers", "NOUN", "NNS", 8, "nsubj"), ("warned", "VERB", "VBD", 5, "conj"), ("that", "SCONJ", "IN", 11, "mark"),
            ("walkouts", "NOUN", "NNS", 11, "nsubj"), ("follow", "VERB", "VB", 8, "ccomp"),
        ])
        own.words[1].lemma = "say"
        own.words[7].lemma = "warn"
        #expect(own.repaired() == own)
    }

    /// A day after "said" read as a second subject is the saying's time; a day before the verb with the subject's noun
    /// hung on it is the verb's, the noun the subject.
    @Test func aBareDayIsNoSubject() {
        let second = R.tree([
            ("source", "NOUN", "NN", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Monday", "PROPN", "NNP", 2, "nsubj"),
        ])
        #expect(rel(second.repaired(), "Monday") == "obl:tmod")
        let before = R.tree([
            ("government", "NOUN", "NN", 2, "compound"), ("Saturday", "PROPN", "NNP", 3, "nsubj"), ("condemned", "VERB", "VBD", 0, "root"),
            ("attacks", "NOUN", "NNS", 3, "obj"),
        ])
        let fixed = before.repaired()
        #expect(head(fixed, "government") == "condemned" && rel(fixed, "government") == "nsubj")
        #expect(head(fixed, "Saturday") == "condemned" && rel(fixed, "Saturday") == "obl:tmod")
        // (a day that is the subject, with nothing hung on it, stays: "Monday was quiet")
        let subject = R.tree([("Monday", "PROPN", "NNP", 3, "nsubj"), ("was", "AUX", "VBD", 3, "cop"), ("quiet", "ADJ", "JJ", 0, "root")])
        #expect(subject.repaired() == subject)
    }

    /// "Personal spending ⟦rose⟧ 0.2%": an irregular past tense heading a verbless sentence is its verb; a noun
    /// "rose" in a sentence with a verb stays a noun.
    @Test func anIrregularPastTenseAtTheRootIsTheVerb() {
        let misread = R.tree([
            ("spending", "NOUN", "NN", 2, "compound"), ("rose", "NOUN", "NN", 0, "root"), ("0.2", "NUM", "CD", 4, "nummod"),
            ("%", "SYM", "NN", 2, "appos"), ("in", "ADP", "IN", 6, "case"), ("September", "PROPN", "NNP", 4, "nmod"),
        ])
        let fixed = misread.repaired()
        #expect(rel(fixed, "rose") == "root" && fixed.words[1].xpos == "VBD" && fixed.words[1].lemma == "rise")
        #expect(head(fixed, "spending") == "rose" && rel(fixed, "spending") == "nsubj")
        #expect(head(fixed, "September") == "rose")
        let flower = R.tree([("she", "PRON", "PRP", 2, "nsubj"), ("picked", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"),
                             ("rose", "NOUN", "NN", 2, "obj"), ("in", "ADP", "IN", 6, "case"), ("June", "PROPN", "NNP", 2, "obl")])
        #expect(flower.repaired() == flower)
    }

    /// "said here Friday ⟦that⟧ the raid is not linked": a "that" clause with its own subject on a date is the verb's.
    @Test func aThatClauseOnADateIsTheVerbs() {
        let misread = R.tree([
            ("Freeh", "PROPN", "NNP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("Friday", "PROPN", "NNP", 2, "obl:unmarked"),
            ("that", "SCONJ", "IN", 7, "mark"), ("raid", "NOUN", "NN", 7, "nsubj:pass"), ("is", "AUX", "VBZ", 7, "aux:pass"),
            ("linked", "VERB", "VBN", 3, "acl"),
        ])
        let fixed = misread.repaired()
        #expect(head(fixed, "linked") == "said" && rel(fixed, "linked") == "ccomp")
    }
}
