import Testing
@testable import TimelineCore

/// The repairs of 6 Dec, late night (session 25, branch `story6`), each on its misreading written out by hand and on
/// a reading it must leave alone.
struct ParseRepairOpeningsTests {
    typealias R = ParseRepairTests
    let read = ParseRepairReadingsTests()

    /// "the jet that ⟦overran⟧ the runway": a present of the third person ends in "s"; a verb so tagged that does not
    /// is a past tense (or, when it is its own lemma, a present of another person). "closes" stays.
    @Test func aThirdPersonPresentWithoutItsSIsAPastTense() {
        var misread = R.tree([
            ("Crews", "NOUN", "NNS", 2, "nsubj"), ("hauled", "VERB", "VBD", 0, "root"), ("jet", "NOUN", "NN", 2, "obj"),
            ("that", "PRON", "WDT", 5, "nsubj"), ("overran", "VERB", "VBZ", 3, "acl:relcl"), ("runway", "NOUN", "NN", 5, "obj"),
        ])
        misread.words[4].lemma = "overrun"
        #expect(read.xpos(misread.repaired(), "overran") == "VBD")
        let present = R.tree([
            ("The", "DET", "DT", 2, "det"), ("airport", "NOUN", "NN", 3, "nsubj"), ("closes", "VERB", "VBZ", 0, "root"),
            ("tonight", "NOUN", "NN", 3, "obl:tmod"),
        ])
        #expect(read.xpos(present.repaired(), "closes") == "VBZ")
    }

    /// "⟦At 9:47 p.m.⟧ the jet touched down": the verb with its own subject after an opening clock time heads the
    /// sentence; the time is its oblique. A time heading a verbless line ("At 9:47 p.m., touchdown") stays.
    @Test func anOpeningClockTimeIsTheVerbsTime() {
        let misread = R.tree([
            ("At", "ADP", "IN", 2, "case"), ("9:47", "NUM", "CD", 0, "root"), ("p.m.", "NOUN", "NN", 2, "nmod:unmarked"),
            ("the", "DET", "DT", 5, "det"), ("jet", "NOUN", "NN", 6, "nsubj"), ("touched", "VERB", "VBD", 2, "acl:relcl"),
            ("down", "ADV", "RB", 6, "advmod"), (".", "PUNCT", ".", 2, "punct"),
        ])
        let fixed = misread.repaired()
        #expect(read.head(fixed, "touched") == "ROOT")
        #expect(read.head(fixed, "9:47") == "touched" && read.rel(fixed, "9:47") == "obl")
        #expect(read.head(fixed, "p.m.") == "9:47" && read.head(fixed, ".") == "touched")
        let verbless = R.tree([
            ("At", "ADP", "IN", 2, "case"), ("9:47", "NUM", "CD", 0, "root"), ("p.m.", "NOUN", "NN", 2, "nmod:unmarked"),
            (",", "PUNCT", ",", 5, "punct"), ("touchdown", "NOUN", "NN", 2, "appos"),
        ])
        #expect(verbless.repaired() == verbless)
    }

    /// "touched down, ⟦skidded⟧ across the asphalt and veered": a participle coordinated with a past tense is one; a
    /// conjunct of a passive ("was injured and ⟦taken⟧ to hospital") stays a participle.
    @Test func aParticipleCoordinatedWithAPastTenseIsOne() {
        let misread = R.tree([
            ("jet", "NOUN", "NN", 2, "nsubj"), ("touched", "VERB", "VBD", 0, "root"), (",", "PUNCT", ",", 4, "punct"),
            ("skidded", "VERB", "VBN", 2, "conj"), ("across", "ADP", "IN", 6, "case"), ("asphalt", "NOUN", "NN", 4, "obl"),
        ])
        #expect(read.xpos(misread.repaired(), "skidded") == "VBD")
        let passive = R.tree([
            ("driver", "NOUN", "NN", 3, "nsubj:pass"), ("was", "AUX", "VBD", 3, "aux:pass"), ("injured", "VERB", "VBN", 0, "root"),
            ("and", "CCONJ", "CC", 5, "cc"), ("carried", "VERB", "VBN", 3, "conj"), ("hospital", "NOUN", "NN", 5, "obl"),
        ])
        #expect(read.xpos(passive.repaired(), "carried") == "VBN")
    }

    /// "denied the report, ⟦and⟧ the union ⟦came⟧ to the crew's defence": a clause opening with "and" and a subject of
    /// its own is the verb's conjunct, not its complement; after a parenthetical speaker ("…, he said, but ships were
    /// being withdrawn") it stays what he said.
    @Test func aClauseOpeningWithAndIsNoComplement() {
        let misread = R.tree([
            ("Estuaire", "PROPN", "NNP", 2, "nsubj"), ("denied", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"),
            ("report", "NOUN", "NN", 2, "obj"), ("the", "DET", "DT", 7, "det"), ("next", "ADJ", "JJ", 7, "amod"),
            ("day", "NOUN", "NN", 2, "obl:unmarked"), (",", "PUNCT", ",", 11, "punct"), ("and", "CCONJ", "CC", 11, "cc"),
            ("the", "DET", "DT", 11, "det"), ("union", "NOUN", "NN", 12, "nsubj"), ("came", "VERB", "VBD", 2, "ccomp"),
            ("to", "ADP", "IN", 14, "case"), ("defence", "NOUN", "NN", 12, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(read.rel(fixed, "came") == "conj" && read.head(fixed, "and") == "came", "\(fixed.words.map(\.deprel))")
        let parenthetical = R.tree([
            ("Divers", "NOUN", "NNS", 2, "nsubj"), ("kept", "VERB", "VBD", 0, "root"), (",", "PUNCT", ",", 5, "punct"),
            ("he", "PRON", "PRP", 5, "nsubj"), ("said", "VERB", "VBD", 2, "parataxis"), (",", "PUNCT", ",", 8, "punct"),
            ("but", "CCONJ", "CC", 8, "cc"), ("ships", "NOUN", "NNS", 9, "nsubj"), ("left", "VERB", "VBD", 5, "ccomp"),
        ])
        #expect(read.rel(parenthetical.repaired(), "left") == "ccomp")
    }

    /// "denied a report ⟦broadcast⟧ yesterday by Radio-Nord": a participle of its past tense's form, read as the head
    /// of a compound before a "by" phrase, describes the noun before it, which is the verb's object; "aired the evening
    /// broadcast Monday" (no agent) stays.
    @Test func aParticipleBeforeItsAgentDescribesTheNounBeforeIt() {
        let misread = R.tree([
            ("Estuaire", "PROPN", "NNP", 2, "nsubj"), ("denied", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 5, "det"),
            ("report", "NOUN", "NN", 5, "compound"), ("broadcast", "NOUN", "NN", 2, "obj"), ("yesterday", "NOUN", "NN", 2, "obl:unmarked"),
            ("by", "ADP", "IN", 8, "case"), ("Radio-Nord", "PROPN", "NNP", 2, "obl"), ("alleging", "VERB", "VBG", 2, "advcl"),
        ])
        let fixed = misread.repaired()
        #expect(read.head(fixed, "report") == "denied" && read.rel(fixed, "report") == "obj")
        #expect(read.head(fixed, "broadcast") == "report" && read.xpos(fixed, "broadcast") == "VBN")
        #expect(read.head(fixed, "yesterday") == "broadcast" && read.head(fixed, "Radio-Nord") == "broadcast")
        #expect(read.head(fixed, "alleging") == "report" && read.head(fixed, "a") == "report")
        let own = R.tree([
            ("station", "NOUN", "NN", 2, "nsubj"), ("aired", "VERB", "VBD", 0, "root"), ("evening", "NOUN", "NN", 4, "compound"),
            ("broadcast", "NOUN", "NN", 2, "obj"), ("Monday", "PROPN", "NNP", 2, "obl:tmod"),
        ])
        #expect(own.repaired() == own)
    }
}

