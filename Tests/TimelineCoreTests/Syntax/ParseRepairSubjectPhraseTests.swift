import Testing
@testable import TimelineCore

/// Repairs of a subject's noun phrase the parse read into the clause: a noun after a preposition taken for a verb
/// (with the clause's past tense as its auxiliary, or as the subject of the verb), the sentence's past tense as an
/// attribute of its object, and a participle in a coordinated noun phrase taken for a verb.
struct ParseRepairSubjectPhraseTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aPastTenseReadAsTheAuxiliaryOfANounIsTheClausesVerb() {
        // "Talks collapsed on Thursday after talks over pay broke down."
        var misread = R.tree([
            ("Talks", "NOUN", "NNS", 2, "nsubj"), ("collapsed", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 4, "case"),
            ("Thursday", "PROPN", "NNP", 2, "obl"), ("after", "ADP", "IN", 6, "case"), ("talks", "NOUN", "NNS", 2, "obl"),
            ("over", "ADV", "RB", 8, "advmod"), ("pay", "VERB", "VB", 2, "parataxis"), ("broke", "VERB", "VBD", 8, "aux"),
            ("down", "ADP", "RP", 9, "compound:prt"),
        ])
        misread.words[8].lemma = "break"
        let fixed = misread.repaired()
        #expect(h.xpos(fixed, "pay") == "NN" && h.head(fixed, "pay") == "talks" && h.rel(fixed, "pay") == "nmod")
        #expect(h.head(fixed, "over") == "pay" && h.rel(fixed, "over") == "case")
        #expect(h.head(fixed, "broke") == "collapsed" && h.rel(fixed, "broke") == "advcl")
        #expect(h.head(fixed, "after") == "broke" && h.rel(fixed, "after") == "mark")
        #expect(h.head(fixed, "talks") == "broke" && h.rel(fixed, "talks") == "nsubj")
        // A real auxiliary stays one: "talks over pay had stalled" is not this shape ("had" is "have").
        var perfect = R.tree([
            ("talks", "NOUN", "NNS", 0, "root"), ("over", "ADP", "IN", 3, "case"), ("pay", "VERB", "VB", 1, "acl"),
            ("had", "AUX", "VBD", 3, "aux"),
        ])
        perfect.words[3].lemma = "have"
        #expect(h.head(perfect.repaired(), "had") == "pay")
    }

    @Test func aNounAfterAPrepositionReadAsASubjectLeavesTheSubjectToItsPhrase() {
        // "Fears over pay grew."
        let misread = R.tree([
            ("Fears", "NOUN", "NNS", 4, "nsubj"), ("over", "ADV", "RB", 3, "advmod"), ("pay", "VERB", "VBP", 4, "nsubj"),
            ("grew", "VERB", "VBD", 0, "root"),
        ])
        let fixed = misread.repaired()
        #expect(h.xpos(fixed, "pay") == "NN" && h.head(fixed, "pay") == "Fears")
        #expect(h.head(fixed, "Fears") == "grew" && h.rel(fixed, "Fears") == "nsubj")
        // A present tense with its own subject after a stranded preposition is a verb: "the issues they care about
        // remain" (its subject is "issues").
        let stranded = R.tree([
            ("issues", "NOUN", "NNS", 5, "nsubj"), ("they", "PRON", "PRP", 3, "nsubj"), ("care", "VERB", "VBP", 1, "acl:relcl"),
            ("about", "ADP", "IN", 3, "obl"), ("remain", "VERB", "VBP", 0, "root"),
        ])
        #expect(stranded.repaired() == stranded)
    }

    @Test func aPastTenseBeforeABareNounModifierIsTheVerb() {
        // "Local media in Kosovo published images": a noun takes no modifier without a preposition.
        let misread = R.tree([
            ("Local", "ADJ", "JJ", 2, "amod"), ("media", "NOUN", "NN", 0, "root"), ("in", "ADP", "IN", 4, "case"),
            ("Kosovo", "PROPN", "NNP", 2, "nmod"), ("published", "VERB", "VBN", 6, "amod"), ("images", "NOUN", "NNS", 2, "nmod"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "published") == "ROOT" && h.xpos(fixed, "published") == "VBD")
        #expect(h.head(fixed, "media") == "published" && h.rel(fixed, "media") == "nsubj")
        #expect(h.head(fixed, "images") == "published" && h.rel(fixed, "images") == "obj")
        // With a preposition the phrase is the noun's: "the images from Kosovo" stays a noun phrase.
        let phrase = R.tree([
            ("media", "NOUN", "NN", 0, "root"), ("published", "VERB", "VBN", 4, "amod"), ("in", "ADP", "IN", 4, "case"),
            ("images", "NOUN", "NNS", 1, "nmod"),
        ])
        #expect(phrase.repaired() == phrase)
    }

    @Test func aParticipleInACoordinatedNounPhraseDescribesItsNoun() {
        // "… showing damaged buildings and crowded streets."
        let misread = R.tree([
            ("images", "NOUN", "NNS", 0, "root"), ("showing", "VERB", "VBG", 1, "acl"), ("damaged", "VERB", "VBN", 4, "amod"),
            ("buildings", "NOUN", "NNS", 2, "obj"), ("and", "CCONJ", "CC", 6, "cc"), ("crowded", "VERB", "VBD", 1, "conj"),
            ("streets", "NOUN", "NNS", 6, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "crowded") == "streets" && h.rel(fixed, "crowded") == "amod" && h.xpos(fixed, "crowded") == "JJ")
        #expect(h.head(fixed, "streets") == "buildings" && h.rel(fixed, "streets") == "conj")
        // Without a participle on the first noun, two verb phrases: "burned cars and smashed windows".
        let verbs = R.tree([
            ("rebels", "NOUN", "NNS", 2, "nsubj"), ("burned", "VERB", "VBD", 0, "root"), ("cars", "NOUN", "NNS", 2, "obj"),
            ("and", "CCONJ", "CC", 5, "cc"), ("smashed", "VERB", "VBD", 2, "conj"), ("windows", "NOUN", "NNS", 5, "obj"),
        ])
        #expect(verbs.repaired() == verbs)
    }

    @Test func aTenseReadAsAnAdverbOfAReducedRelativeIsTheVerb() {
        // "The boys rescued from a cave left hospital on Wednesday and spoke to reporters."
        var misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("boys", "NOUN", "NNS", 3, "nsubj"), ("rescued", "VERB", "VBD", 0, "root"),
            ("from", "ADP", "IN", 6, "case"), ("a", "DET", "DT", 6, "det"), ("cave", "NOUN", "NN", 3, "obl"),
            ("left", "VERB", "VBD", 3, "advmod"), ("hospital", "NOUN", "NN", 7, "obj"), ("on", "ADP", "IN", 10, "case"),
            ("Wednesday", "PROPN", "NNP", 7, "obl"), ("and", "CCONJ", "CC", 12, "cc"), ("spoke", "VERB", "VBD", 7, "conj"),
            ("to", "ADP", "IN", 14, "case"), ("reporters", "NOUN", "NNS", 12, "obl"),
        ])
        misread.words[6].lemma = "leave"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "left") == "ROOT")
        #expect(h.head(fixed, "boys") == "left" && h.rel(fixed, "boys") == "nsubj")
        #expect(h.head(fixed, "rescued") == "boys" && h.xpos(fixed, "rescued") == "VBN")
        #expect(h.head(fixed, "spoke") == "left" && h.rel(fixed, "spoke") == "conj")
    }

    @Test func aMainVerbHungInsideARelativeClauseAfterItsCommaIsTheVerb() {
        // "Paul Wetzel, who led the company, left on Monday." read as "the company, left on Monday".
        var misread = R.tree([
            ("Paul", "PROPN", "NNP", 0, "root"), ("Wetzel", "PROPN", "NNP", 1, "flat"), (",", "PUNCT", ",", 5, "punct"),
            ("who", "PRON", "WP", 5, "nsubj"), ("led", "VERB", "VBD", 1, "acl:relcl"), ("the", "DET", "DT", 7, "det"),
            ("company", "NOUN", "NN", 5, "obj"), (",", "PUNCT", ",", 9, "punct"), ("left", "VERB", "VBN", 7, "acl"),
            ("on", "ADP", "IN", 11, "case"), ("Monday", "PROPN", "NNP", 9, "obl"),
        ])
        misread.words[4].lemma = "lead"
        misread.words[8].lemma = "leave"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "left") == "ROOT" && h.xpos(fixed, "left") == "VBD")
        #expect(h.head(fixed, "Paul") == "left" && h.rel(fixed, "Paul") == "nsubj")
        #expect(h.head(fixed, "led") == "Paul" && h.rel(fixed, "led") == "acl:relcl")
        // A participle with an object of its own inside the clause is the clause's: "who led the company, founded in
        // 1990, …" is not this shape when "founded" describes the company; left alone when it has an auxiliary.
        let described = R.tree([
            ("Paul", "PROPN", "NNP", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("who", "PRON", "WP", 4, "nsubj"),
            ("led", "VERB", "VBD", 1, "acl:relcl"), ("firms", "NOUN", "NNS", 4, "obj"), (",", "PUNCT", ",", 8, "punct"),
            ("were", "AUX", "VBD", 8, "aux:pass"), ("sold", "VERB", "VBN", 5, "acl"),
        ])
        #expect(h.head(described.repaired(), "sold") == "firms")
    }

    @Test func aClockTimeOpeningAnEntryIsTheVerbsTime() {
        // "1:30 p.m. Minnesota Governor Tim Walz said …" read with the time as the subject.
        let misread = R.tree([
            ("1:30", "NUM", "CD", 6, "nsubj"), ("p.m.", "NOUN", "NN", 1, "nmod:unmarked"), ("Minnesota", "PROPN", "NNP", 2, "appos"),
            ("Tim", "PROPN", "NNP", 3, "flat"), ("Walz", "PROPN", "NNP", 3, "flat"), ("said", "VERB", "VBD", 0, "root"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "Minnesota") == "said" && h.rel(fixed, "Minnesota") == "nsubj")
        #expect(h.head(fixed, "1:30") == "said" && h.rel(fixed, "1:30") == "obl:tmod")
        // A count is a subject: "12 were killed" stays.
        let count = R.tree([("12", "NUM", "CD", 3, "nsubj:pass"), ("were", "AUX", "VBD", 3, "aux:pass"), ("killed", "VERB", "VBN", 0, "root"),
                            ("in", "ADP", "IN", 5, "case"), ("Kabul", "PROPN", "NNP", 3, "obl")])
        #expect(count.repaired() == count)
    }

    @Test func aClockTimeOpeningAnEntryReadAsAClauseIsTheVerbsTime() {
        // "9:40 a.m. Fire Chief Kenneth Dobbs says the fire is out": the time read as the complement of "says".
        let complement = R.tree([
            ("9:40", "NUM", "CD", 7, "ccomp"), ("a.m.", "NOUN", "NN", 1, "nmod:unmarked"), ("Fire", "PROPN", "NNP", 7, "nsubj"),
            ("Chief", "PROPN", "NNP", 3, "flat"), ("Kenneth", "PROPN", "NNP", 3, "flat"), ("Dobbs", "PROPN", "NNP", 3, "flat"),
            ("says", "VERB", "VBZ", 0, "root"), ("out", "ADV", "RB", 7, "ccomp"),
        ]).repaired()
        #expect(h.head(complement, "9:40") == "says" && h.rel(complement, "9:40") == "obl:tmod")
        // "3:45 p.m. Corliss Chemical denies that workers warned managers": the time read as the root.
        let root = R.tree([
            ("3:45", "NUM", "CD", 0, "root"), ("p.m.", "NOUN", "NN", 1, "nmod:unmarked"), ("Corliss", "PROPN", "NNP", 5, "nsubj"),
            ("Chemical", "ADJ", "NNP", 5, "amod"), ("denies", "VERB", "VBZ", 1, "parataxis"), ("that", "SCONJ", "IN", 7, "mark"),
            ("warned", "VERB", "VBD", 5, "ccomp"), ("managers", "NOUN", "NNS", 7, "obj"), (".", "PUNCT", ".", 1, "punct"),
        ]).repaired()
        #expect(h.head(root, "denies") == "ROOT")
        #expect(h.head(root, "3:45") == "denies" && h.rel(root, "3:45") == "obl:tmod")
        #expect(h.head(root, ".") == "denies")
        // A count opening a sentence is no clock time: "12 were killed" stays.
        let count = R.tree([("12", "NUM", "CD", 3, "nsubj:pass"), ("were", "AUX", "VBD", 3, "aux:pass"), ("killed", "VERB", "VBN", 0, "root")])
        #expect(count.repaired() == count)
    }

    @Test func anAmountBeforeASubordinateClauseIsTheVerbsBeforeIt() {
        // "The stock slid another 7 percent on Monday after Harris County sued the company": read with "percent" the
        // subject of "sued" and "after Harris County" hung on "Monday".
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("stock", "NOUN", "NN", 3, "nsubj"), ("slid", "VERB", "VBD", 0, "root"),
            ("another", "DET", "DT", 6, "det"), ("7", "NUM", "CD", 6, "nummod"), ("percent", "NOUN", "NN", 12, "nsubj"),
            ("on", "ADP", "IN", 8, "case"), ("Monday", "PROPN", "NNP", 6, "nmod"), ("after", "ADP", "IN", 11, "case"),
            ("Harris", "PROPN", "NNP", 11, "compound"), ("County", "PROPN", "NNP", 8, "nmod"), ("sued", "VERB", "VBD", 3, "ccomp"),
            ("the", "DET", "DT", 14, "det"), ("company", "NOUN", "NN", 12, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "County") == "sued" && h.rel(fixed, "County") == "nsubj")
        #expect(h.head(fixed, "after") == "sued" && h.rel(fixed, "after") == "mark")
        #expect(h.head(fixed, "sued") == "slid" && h.rel(fixed, "sued") == "advcl")
        #expect(h.head(fixed, "percent") == "slid" && h.head(fixed, "Monday") == "slid")
        // A subject with no amount stays: "He said the man after the war returned home" is not this shape.
        let man = R.tree([
            ("He", "PRON", "PRP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("man", "NOUN", "NN", 8, "nsubj"), ("after", "ADP", "IN", 7, "case"), ("the", "DET", "DT", 7, "det"),
            ("war", "NOUN", "NN", 4, "nmod"), ("returned", "VERB", "VBD", 2, "ccomp"),
        ])
        #expect(man.repaired() == man)
    }

    @Test func aRelativeClauseReadAsAComplementDescribesItsNoun() {
        // "County officials lifted the evacuation order that had been in place since Tuesday": the relative clause read
        // as the complement of "lifted", whose date it then gave.
        let misread = R.tree([
            ("County", "NOUN", "NN", 2, "compound"), ("officials", "NOUN", "NNS", 3, "nsubj"), ("lifted", "VERB", "VBD", 0, "root"),
            ("the", "DET", "DT", 6, "det"), ("evacuation", "NOUN", "NN", 6, "compound"), ("order", "NOUN", "NN", 3, "obj"),
            ("that", "PRON", "WDT", 11, "nsubj"), ("had", "AUX", "VBD", 11, "aux"), ("been", "AUX", "VBN", 11, "cop"),
            ("in", "ADP", "IN", 11, "case"), ("place", "NOUN", "NN", 3, "ccomp"), ("since", "ADP", "IN", 13, "case"),
            ("Tuesday", "PROPN", "NNP", 11, "nmod"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "place") == "order" && h.rel(fixed, "place") == "acl:relcl")
        // A demonstrative subject of a reported clause stays: "He said that was wrong".
        let said = R.tree([
            ("He", "PRON", "PRP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("that", "PRON", "DT", 5, "nsubj"),
            ("was", "AUX", "VBD", 5, "cop"), ("wrong", "ADJ", "JJ", 2, "ccomp"),
        ])
        #expect(said.repaired() == said)
    }

    @Test func aRelativeClauseAfterTheSubjectDescribesIt() {
        // "The Safety Board, which investigates accidents, said on Wednesday it was sending a team": the relative
        // clause read as what "said" reports, with the board its subject.
        let fixed = R.tree([
            ("The", "DET", "DT", 3, "det"), ("Safety", "PROPN", "NNP", 3, "compound"), ("Board", "PROPN", "NNP", 6, "nsubj"),
            (",", "PUNCT", ",", 6, "punct"), ("which", "PRON", "WDT", 6, "nsubj"), ("investigates", "VERB", "VBZ", 9, "ccomp"),
            ("accidents", "NOUN", "NNS", 6, "obj"), (",", "PUNCT", ",", 6, "punct"), ("said", "VERB", "VBD", 0, "root"),
            ("sending", "VERB", "VBG", 9, "ccomp"),
        ]).repaired()
        #expect(h.head(fixed, "Board") == "said" && h.rel(fixed, "Board") == "nsubj")
        #expect(h.head(fixed, "investigates") == "Board" && h.rel(fixed, "investigates") == "acl:relcl")
        // A verb with its own subject keeps its reading.
        let own = R.tree([
            ("Officials", "NOUN", "NNS", 5, "nsubj"), (",", "PUNCT", ",", 4, "punct"), ("who", "PRON", "WP", 4, "nsubj"),
            ("spoke", "VERB", "VBD", 5, "ccomp"), ("said", "VERB", "VBD", 0, "root"),
        ])
        #expect(own.repaired() == own)
    }

    @Test func aReportedClauseReadAsTheObjectOfSayIsItsClause() {
        // "Officials said the bridge collapsed on Tuesday."
        var misread = R.tree([
            ("Officials", "NOUN", "NNS", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("bridge", "NOUN", "NN", 2, "obj"), ("collapsed", "VERB", "VBN", 4, "acl"), ("on", "ADP", "IN", 7, "case"),
            ("Tuesday", "PROPN", "NNP", 5, "obl"),
        ])
        misread.words[1].lemma = "say"
        let fixed = misread.repaired()
        #expect(h.head(fixed, "collapsed") == "said" && h.rel(fixed, "collapsed") == "ccomp" && h.xpos(fixed, "collapsed") == "VBD")
        #expect(h.head(fixed, "bridge") == "collapsed" && h.rel(fixed, "bridge") == "nsubj")
        // With a verb of its own later, the participle describes the subject: "said the bridge damaged in the storm
        // would reopen".
        var described = R.tree([
            ("officials", "NOUN", "NNS", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("bridge", "NOUN", "NN", 2, "obj"),
            ("damaged", "VERB", "VBN", 3, "acl"), ("would", "AUX", "MD", 6, "aux"), ("reopen", "VERB", "VB", 2, "parataxis"),
        ])
        described.words[1].lemma = "say"
        #expect(h.head(described.repaired(), "damaged") == "bridge")
    }

    @Test func aTimePhraseAfterTheSubjectIsNoSecondSubject() {
        // "The nurse on duty that night resigned on Friday."
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("nurse", "NOUN", "NN", 7, "nsubj"), ("on", "ADP", "IN", 4, "case"),
            ("duty", "NOUN", "NN", 2, "nmod"), ("that", "DET", "DT", 6, "det"), ("night", "NOUN", "NN", 7, "nsubj"),
            ("resigned", "VERB", "VBD", 0, "root"), ("on", "ADP", "IN", 9, "case"), ("Friday", "PROPN", "NNP", 7, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "night") == "nurse" && h.rel(fixed, "night") == "nmod:tmod")
        #expect(h.head(fixed, "nurse") == "resigned" && h.rel(fixed, "nurse") == "nsubj")
        #expect(h.head(fixed, "Friday") == "resigned")
        // Two nouns that are no time phrase keep the title-and-name repair: "Chief Executive Lena Chen" is one subject.
        let title = R.tree([
            ("Executive", "NOUN", "NN", 3, "nsubj"), ("Chen", "PROPN", "NNP", 3, "nsubj"), ("resigned", "VERB", "VBD", 0, "root"),
        ])
        #expect(h.head(title.repaired(), "Executive") == "Chen")
        // A time word with no word of when is a thing named: "The night shift" is not this shape.
        let shift = R.tree([
            ("The", "DET", "DT", 2, "det"), ("officer", "NOUN", "NN", 4, "nsubj"), ("night", "NOUN", "NN", 4, "nsubj"),
            ("resigned", "VERB", "VBD", 0, "root"),
        ])
        #expect(h.rel(shift.repaired(), "night") != "nmod:tmod")
    }

    @Test func aParticipleAfterItsClausesDateIsNoConjunct() {
        // "A man appeared in court on Friday charged with murder."
        let misread = R.tree([
            ("A", "DET", "DT", 2, "det"), ("man", "NOUN", "NN", 3, "nsubj"), ("appeared", "VERB", "VBD", 0, "root"),
            ("in", "ADP", "IN", 5, "case"), ("court", "NOUN", "NN", 3, "obl"), ("on", "ADP", "IN", 7, "case"),
            ("Friday", "PROPN", "NNP", 8, "obl"), ("charged", "VERB", "VBD", 3, "conj"), ("with", "ADP", "IN", 10, "case"),
            ("murder", "NOUN", "NN", 8, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.xpos(fixed, "charged") == "VBN" && h.head(fixed, "charged") == "appeared" && h.rel(fixed, "charged") == "advcl")
        #expect(h.head(fixed, "Friday") == "appeared")
        // A clause after "and" keeps its reading: its subject is the noun the parse took for a conjunct ("trains ran,
        // and several stations ⟦closed⟧ by mid-morning").
        let clause = R.tree([
            ("trains", "NOUN", "NNS", 2, "nsubj"), ("ran", "VERB", "VBD", 0, "root"), (",", "PUNCT", ",", 5, "punct"),
            ("and", "CCONJ", "CC", 5, "cc"), ("stations", "NOUN", "NNS", 2, "conj"), ("closed", "VERB", "VBD", 2, "conj"),
            ("by", "ADP", "IN", 8, "case"), ("noon", "NOUN", "NN", 6, "obl"),
        ])
        #expect(h.xpos(clause.repaired(), "closed") == "VBD")
        // So does a clause with a word of its own before it ("after one of the lawyers ⟦asked⟧ whether …").
        let after = R.tree([
            ("Prosecutors", "NOUN", "NNS", 2, "nsubj"), ("issued", "VERB", "VBD", 0, "root"), ("warnings", "NOUN", "NNS", 2, "obj"),
            ("after", "ADP", "IN", 5, "case"), ("lawyers", "NOUN", "NNS", 6, "obl"), ("asked", "VERB", "VBD", 2, "conj"),
            ("about", "ADP", "IN", 8, "case"), ("fees", "NOUN", "NNS", 6, "obl"),
        ])
        #expect(h.xpos(after.repaired(), "asked") == "VBD")
    }
}
