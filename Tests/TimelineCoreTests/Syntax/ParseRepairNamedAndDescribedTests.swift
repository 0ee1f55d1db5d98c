import Testing
@testable import TimelineCore

/// Repairs of nouns named or described by a participle: a name after "called" read as the verb's subject, a
/// participle describing the subject read as a clause of its own, and "those" with a participle read as a clause.
struct ParseRepairNamedAndDescribedTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aNameAfterCalledIsNoSubject() {
        // "… and a group called Black Lantern claimed the attack."
        var misread = R.tree([
            ("and", "CCONJ", "CC", 3, "cc"), ("a", "DET", "DT", 3, "det"), ("group", "NOUN", "NN", 7, "ccomp"),
            ("called", "VERB", "VBN", 3, "acl"), ("Black", "ADJ", "NNP", 6, "amod"), ("Lantern", "PROPN", "NNP", 7, "nsubj"),
            ("claimed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 9, "det"), ("attack", "NOUN", "NN", 7, "obj"),
        ])
        misread.words[3].lemma = "call"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "group") == "claimed" && h.rel(fixed, "group") == "nsubj")
        #expect(h.head(fixed, "Lantern") == "called" && h.rel(fixed, "Lantern") == "xcomp")
        // A name that is the subject stays it: "Police called Smith, who confessed" has no noun before "called".
        var subject = R.tree([
            ("Police", "NOUN", "NNS", 2, "nsubj"), ("called", "VERB", "VBD", 0, "root"), ("Smith", "PROPN", "NNP", 2, "obj"),
        ])
        subject.words[1].lemma = "call"
        #expect(h.rel(subject.repaired(), "Police") == "nsubj")
    }

    @Test func aParticipleDescribingTheSubjectIsNoClause() {
        // "Several people injured in the blast were taken to hospital."
        let misread = R.tree([
            ("Several", "ADJ", "JJ", 2, "amod"), ("people", "NOUN", "NNS", 3, "nsubj"), ("injured", "VERB", "VBD", 8, "advcl"),
            ("in", "ADP", "IN", 6, "case"), ("the", "DET", "DT", 6, "det"), ("blast", "NOUN", "NN", 3, "obl"),
            ("were", "AUX", "VBD", 8, "aux:pass"), ("taken", "VERB", "VBN", 0, "root"), ("to", "ADP", "IN", 10, "case"),
            ("hospital", "NOUN", "NN", 8, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "people") == "taken" && h.rel(fixed, "people") == "nsubj:pass")
        #expect(h.head(fixed, "injured") == "people" && h.rel(fixed, "injured") == "acl")
        #expect(h.xpos(fixed, "injured") == "VBN")
        // A verb with a subject of its own is left alone: "After people complained, the show was taken off air."
        let own = R.tree([
            ("people", "NOUN", "NNS", 2, "nsubj"), ("complained", "VERB", "VBD", 7, "advcl"), (",", "PUNCT", ",", 2, "punct"),
            ("the", "DET", "DT", 5, "det"), ("show", "NOUN", "NN", 7, "nsubj:pass"), ("was", "AUX", "VBD", 7, "aux:pass"),
            ("taken", "VERB", "VBN", 0, "root"),
        ])
        #expect(h.rel(own.repaired(), "complained") == "advcl")
    }

    @Test func thoseWithAParticipleIsANounPhrase() {
        // "it was notifying those affected and offering credit monitoring"
        let misread = R.tree([
            ("it", "PRON", "PRP", 3, "nsubj"), ("was", "AUX", "VBD", 3, "aux"), ("notifying", "VERB", "VBG", 0, "root"),
            ("those", "PRON", "DT", 5, "nsubj"), ("affected", "VERB", "VBD", 3, "xcomp"), ("and", "CCONJ", "CC", 7, "cc"),
            ("offering", "VERB", "VBG", 5, "conj"), ("credit", "NOUN", "NN", 9, "compound"), ("monitoring", "NOUN", "NN", 7, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "those") == "notifying" && h.rel(fixed, "those") == "obj")
        #expect(h.head(fixed, "affected") == "those" && h.rel(fixed, "affected") == "acl")
        #expect(h.head(fixed, "offering") == "notifying" && h.rel(fixed, "offering") == "conj")
    }

    @Test func aClauseReadAsAPrepositionPhraseGetsItsSubjectAndObject() {
        // "… began diverting ambulances after a ransomware attack shut down its computer systems, the network said."
        var misread = R.tree([
            ("Lakeshore", "PROPN", "NNP", 2, "nsubj"), ("began", "VERB", "VBD", 15, "ccomp"), ("diverting", "VERB", "VBG", 2, "xcomp"),
            ("ambulances", "NOUN", "NNS", 3, "obj"), ("after", "ADP", "IN", 7, "case"), ("an", "DET", "DT", 7, "det"),
            ("attack", "NOUN", "NN", 3, "obl"), ("shut", "VERB", "VBN", 7, "acl"), ("down", "ADP", "RP", 8, "compound:prt"),
            ("its", "PRON", "PRP$", 11, "nmod:poss"), ("systems", "NOUN", "NNS", 15, "nsubj"), (",", "PUNCT", ",", 15, "punct"),
            ("the", "DET", "DT", 14, "det"), ("network", "NOUN", "NN", 15, "nsubj"), ("said", "VERB", "VBD", 0, "root"),
        ])
        misread.words[14].lemma = "say"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "shut") == "diverting" && h.rel(fixed, "shut") == "advcl")
        #expect(h.head(fixed, "attack") == "shut" && h.rel(fixed, "attack") == "nsubj")
        #expect(h.head(fixed, "after") == "shut" && h.rel(fixed, "after") == "mark")
        #expect(h.head(fixed, "systems") == "shut" && h.rel(fixed, "systems") == "obj")
        #expect(h.head(fixed, "network") == "said" && h.rel(fixed, "network") == "nsubj")
    }

    @Test func anOpeningPhraseIsNoSecondSubject() {
        // "Since the beginning of the war, at least 143 children have been killed."
        let misread = R.tree([
            ("Since", "SCONJ", "IN", 11, "mark"), ("the", "DET", "DT", 3, "det"), ("beginning", "NOUN", "NN", 11, "nsubj:pass"),
            ("of", "ADP", "IN", 6, "case"), ("the", "DET", "DT", 6, "det"), ("war", "NOUN", "NN", 3, "nmod"),
            (",", "PUNCT", ",", 8, "punct"), ("children", "NOUN", "NNS", 11, "nsubj:pass"), ("have", "AUX", "VBP", 11, "aux"),
            ("been", "AUX", "VBN", 11, "aux:pass"), ("killed", "VERB", "VBN", 0, "root"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "beginning") == "killed" && h.rel(fixed, "beginning") == "obl")
        #expect(h.head(fixed, "Since") == "beginning" && h.rel(fixed, "Since") == "case")
        #expect(h.rel(fixed, "children") == "nsubj:pass")
    }

    @Test func aReportIsNoClauseOfTheSpeakersTitle() {
        // "“They will not continue there,” Kremlin spokesperson Dmitry Peskov said on Monday."
        var misread = R.tree([
            ("“", "PUNCT", "``", 5, "punct"), ("They", "PRON", "PRP", 5, "nsubj"), ("will", "AUX", "MD", 5, "aux"),
            ("not", "PART", "RB", 5, "advmod"), ("continue", "VERB", "VB", 0, "root"), ("there", "ADV", "RB", 5, "advmod"),
            (",", "PUNCT", ",", 5, "punct"), ("”", "PUNCT", "''", 5, "punct"), ("Kremlin", "PROPN", "NNP", 10, "compound"),
            ("spokesperson", "NOUN", "NN", 5, "obl"), ("Dmitry", "PROPN", "NNP", 13, "nsubj"), ("Peskov", "PROPN", "NNP", 11, "flat"),
            ("said", "VERB", "VBD", 10, "acl:relcl"), ("on", "ADP", "IN", 15, "case"), ("Monday", "PROPN", "NNP", 13, "obl"),
        ])
        misread.words[12].lemma = "say"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "said") == "ROOT" && h.rel(fixed, "said") == "root")
        #expect(h.head(fixed, "continue") == "said" && h.rel(fixed, "continue") == "ccomp")
        #expect(h.head(fixed, "spokesperson") == "Dmitry" && h.rel(fixed, "spokesperson") == "compound")
    }

    @Test func aSubordinateVerbIsNoConjunctOfTheMainVerb() {
        // "The news came hours after a worker, Luis Herrera, died at a burn center."
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("news", "NOUN", "NN", 3, "nsubj"), ("came", "VERB", "VBD", 0, "root"),
            ("hours", "NOUN", "NNS", 3, "obj"), ("after", "ADP", "IN", 7, "case"), ("a", "DET", "DT", 7, "det"),
            ("worker", "NOUN", "NN", 4, "nmod"), (",", "PUNCT", ",", 9, "punct"), ("Luis", "PROPN", "NNP", 7, "appos"),
            (",", "PUNCT", ",", 11, "punct"), ("died", "VERB", "VBD", 3, "conj"), ("at", "ADP", "IN", 13, "case"),
            ("center", "NOUN", "NN", 11, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "died") == "came" && h.rel(fixed, "died") == "advcl")
        #expect(h.head(fixed, "worker") == "died" && h.rel(fixed, "worker") == "nsubj")
        #expect(h.head(fixed, "after") == "died" && h.rel(fixed, "after") == "mark")
        // A conjunct with a subject of its own is left alone: "The news came and the crowd cheered."
        let own = R.tree([
            ("news", "NOUN", "NN", 2, "nsubj"), ("came", "VERB", "VBD", 0, "root"), ("and", "CCONJ", "CC", 5, "cc"),
            ("crowd", "NOUN", "NN", 5, "nsubj"), ("cheered", "VERB", "VBD", 2, "conj"),
        ])
        #expect(h.rel(own.repaired(), "cheered") == "conj")
    }

    @Test func anIrregularPastAtTheRootKeepsItsAdjunctsAndTheirClauses() {
        // "An explosion tore through a plant, killing two workers as smoke drifted over the channel."
        var misread = R.tree([
            ("An", "DET", "DT", 3, "det"), ("explosion", "NOUN", "NN", 3, "compound"), ("tore", "NOUN", "NN", 0, "root"),
            ("through", "ADP", "IN", 6, "case"), ("a", "DET", "DT", 6, "det"), ("plant", "NOUN", "NN", 3, "nmod"),
            (",", "PUNCT", ",", 8, "punct"), ("killing", "VERB", "VBG", 3, "acl"), ("two", "NUM", "CD", 10, "nummod"),
            ("workers", "NOUN", "NNS", 8, "obj"), ("as", "SCONJ", "IN", 13, "mark"), ("smoke", "NOUN", "NN", 13, "nsubj"),
            ("drifted", "VERB", "VBD", 8, "advcl"),
        ])
        misread.words[12].lemma = "drift"
        let fixed = misread.repaired()
        #expect(fixed.words[2].upos == "VERB" && h.rel(fixed, "tore") == "root")
        #expect(h.head(fixed, "explosion") == "tore" && h.rel(fixed, "explosion") == "nsubj")
        #expect(h.head(fixed, "killing") == "tore" && h.rel(fixed, "killing") == "advcl")
        // A verb in a tense of its own outside a subordinate clause leaves the noun alone: "The tore shop sold out."
        let noun = R.tree([
            ("The", "DET", "DT", 2, "det"), ("explosion", "NOUN", "NN", 3, "compound"), ("tore", "NOUN", "NN", 4, "nsubj"),
            ("sold", "VERB", "VBD", 0, "root"), ("out", "ADP", "RP", 4, "compound:prt"),
        ])
        #expect(noun.repaired().words[2].upos == "NOUN")
    }
}

/// A main clause the parse read into the subordinate clause after it is the sentence's head again.
struct ParseRepairMainClauseTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aMainClauseReadIntoItsSubordinateClauseHeadsTheSentence() {
        // "Families were back in their homes on Thursday night after the judge lifted the order."
        let misread = R.tree([
            ("Families", "NOUN", "NNS", 11, "nsubj"), ("were", "AUX", "VBD", 11, "cop"), ("back", "ADV", "RB", 11, "advmod"),
            ("in", "ADP", "IN", 6, "case"), ("their", "PRON", "PRP$", 6, "nmod:poss"), ("homes", "NOUN", "NNS", 3, "obl"),
            ("on", "ADP", "IN", 8, "case"), ("Thursday", "PROPN", "NNP", 11, "obl"), ("after", "SCONJ", "IN", 11, "mark"),
            ("judge", "NOUN", "NN", 11, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 13, "det"),
            ("order", "NOUN", "NN", 11, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "back") == "ROOT" && h.rel(fixed, "back") == "root")
        #expect(h.head(fixed, "Families") == "back" && h.head(fixed, "were") == "back" && h.head(fixed, "Thursday") == "back")
        #expect(h.head(fixed, "lifted") == "back" && h.rel(fixed, "lifted") == "advcl")
        #expect(h.head(fixed, "judge") == "lifted" && h.head(fixed, "after") == "lifted")
        // One subject and a subordinate clause of its own: nothing to repair.
        let right = R.tree([
            ("Officials", "NOUN", "NNS", 2, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("order", "NOUN", "NN", 2, "obj"), ("after", "SCONJ", "IN", 7, "mark"), ("tests", "NOUN", "NNS", 7, "nsubj"),
            ("showed", "VERB", "VBD", 2, "advcl"),
        ])
        #expect(h.head(right.repaired(), "showed") == "lifted")
    }

    @Test func aPrepositionPhraseSetOffIsNoClause() {
        // "The judge lifted the order at 3 p.m., two days after the explosion."
        let misread = R.tree([
            ("judge", "NOUN", "NN", 2, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"), ("order", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 8, "punct"), ("two", "NUM", "CD", 6, "nummod"), ("days", "NOUN", "NNS", 8, "nmod:unmarked"),
            ("after", "ADP", "IN", 8, "case"), ("explosion", "NOUN", "NN", 2, "parataxis"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "explosion") == "lifted" && h.rel(fixed, "explosion") == "obl")
        // A clause beside the verb stays one: "The judge lifted the order, the order was gone."
        let clause = R.tree([
            ("judge", "NOUN", "NN", 2, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"), ("order", "NOUN", "NN", 2, "obj"),
            (",", "PUNCT", ",", 6, "punct"), ("it", "PRON", "PRP", 6, "nsubj"), ("gone", "VERB", "VBN", 2, "parataxis"),
        ])
        #expect(h.rel(clause.repaired(), "gone") == "parataxis")
    }
}
