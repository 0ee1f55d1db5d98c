import Testing
@testable import TimelineCore

/// A verb lemma the suffix rules give is mended against WordNet's verbs: a dropped final "e" comes back.
@Suite struct VerbLemmaTests {
    @Test func aDroppedFinalEComesBack() {
        let verbs = VerbLemmas(list: "# comment\nexamine\njoin\nrule\n")
        #expect(verbs.mend("examin") == "examine")
        #expect(verbs.mend("rul") == "rule")
        #expect(verbs.mend("join") == "join")
        // a word WordNet does not know stays as the rules gave it
        #expect(verbs.mend("livestream") == "livestream")
        #expect(VerbLemmas(list: "").mend("examin") == "examin")
    }

    /// An irregular form takes WordNet's lemma when the rules give one WordNet does not know; a lemma it knows stays.
    @Test func anIrregularFormTakesWordNetsLemma() {
        let verbs = VerbLemmas(list: "flee\nfind\nfound\n", irregular: "# comment\nfled flee\nfound find\n")
        #expect(verbs.mend("fl", form: "fled") == "flee")
        #expect(verbs.mend("found", form: "found") == "found")
        #expect(verbs.mend("livestream", form: "livestreamed") == "livestream")
        #expect(VerbLemmas.shared.mend("fl", form: "fled") == "flee")
    }

    /// A stem the rules cut too short ("climbed" → "clim") is the form less its ending when WordNet knows that.
    @Test func aStemCutTooShortIsTheFormLessItsEnding() {
        let verbs = VerbLemmas(list: "climb\ncomb\n")
        #expect(verbs.mend("clim", form: "climbed") == "climb")
        #expect(verbs.mend("clim", form: "climbing") == "climb")
        // (a form whose stem WordNet does not know stays as the rules gave it)
        #expect(verbs.mend("blorb", form: "blorbed") == "blorb")
    }

    /// A stem cut too short whose verb ends in "e" takes it back: "proscribed" → "proscri" → proscribe.
    @Test func aStemCutTooShortTakesBackItsE() {
        let verbs = VerbLemmas(list: "proscribe\nprobe\nclimb\n")
        #expect(verbs.mend("proscri", form: "proscribed") == "proscribe")
        #expect(verbs.mend("pro", form: "probing") == "probe")
        #expect(verbs.mend("clim", form: "climbed") == "climb")
        #expect(VerbLemmas.shared.mend("prescri", form: "prescribed") == "prescribe")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func thePipelinesLemmasOfPastTenses() throws {
        let model = try #require(SyntaxModel.shared)
        let parsed = model.analyse(Tokenizer.tokenize("Investigators examined the car, joined the search and ruled out an accident after he fled."))
        let lemma = { (form: String) in parsed.words.first { $0.form == form }?.lemma }
        #expect(lemma("examined") == "examine")
        #expect(lemma("joined") == "join")
        #expect(lemma("ruled") == "rule")
        #expect(lemma("fled") == "flee")
    }
}
