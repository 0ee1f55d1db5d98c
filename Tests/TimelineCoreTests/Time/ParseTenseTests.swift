import Testing
@testable import TimelineCore

/// The tense read from a parse (`ParseTense`): parses written by hand, so that the reading of the grammar is tested
/// apart from the parser's accuracy.
@Suite("Temporal tagger: tense from the parse")
struct ParseTenseTests {
    /// A parse from lines "form UPOS XPOS lemma head deprel".
    static func parse(_ lines: [String]) -> ParsedSentence {
        ParsedSentence(words: lines.map { line in
            let f = line.split(separator: " ").map(String.init)
            return ParsedWord(form: f[0], upos: f[1], xpos: f[2], lemma: f[3], head: Int(f[4])!, deprel: f[5])
        })
    }

    @Test func anAuxiliaryOfTheGoverningVerbSetsTheDirection() {
        // "The vote will be held on Tuesday"
        let p = Self.parse(["The DET DT the 2 det", "vote NOUN NN vote 5 nsubj:pass", "will AUX MD will 5 aux", "be AUX VB be 5 aux:pass",
                            "held VERB VBN hold 0 root", "on ADP IN on 7 case", "Tuesday PROPN NNP Tuesday 5 obl"])
        #expect(ParseTense.tense(of: 6, in: p)?.direction == 1)
    }

    @Test func aLikelihoodLooksAhead() {
        // "Officials said delays were likely on Friday": the day the parse made the predicate, "likely" its adverb
        let p = Self.parse(["Officials NOUN NNS official 2 nsubj", "said VERB VBD say 0 root", "delays NOUN NNS delay 7 nsubj",
                            "were AUX VBD be 7 cop", "likely ADV RB likely 7 advmod", "on ADP IN on 7 case", "Friday PROPN NNP Friday 2 ccomp"])
        #expect(ParseTense.tense(of: 6, in: p)?.direction == 1)
        // "Forecasters said heavy rain is likely on Thursday"
        let q = Self.parse(["Forecasters NOUN NNS forecaster 2 nsubj", "said VERB VBD say 0 root", "rain NOUN NN rain 5 nsubj",
                            "is AUX VBZ be 5 cop", "likely ADJ JJ likely 2 ccomp", "on ADP IN on 7 case", "Thursday PROPN NNP Thursday 5 obl"])
        #expect(ParseTense.tense(of: 6, in: q)?.direction == 1)
        // "Delays were long on Friday": no likelihood, the past
        let r = Self.parse(["Delays NOUN NNS delay 3 nsubj", "were AUX VBD be 3 cop", "long ADJ JJ long 0 root",
                            "on ADP IN on 5 case", "Friday PROPN NNP Friday 3 obl"])
        #expect(ParseTense.tense(of: 4, in: r)?.direction == -1)
    }

    @Test func aModalBeforeHaveLooksBack() {
        // "the embassy may have prevented the carnage on Saturday"
        let p = Self.parse(["embassy NOUN NN embassy 4 nsubj", "may AUX MD may 4 aux", "have AUX VB have 4 aux", "prevented VERB VBN prevent 0 root",
                            "carnage NOUN NN carnage 4 obj", "on ADP IN on 7 case", "Saturday PROPN NNP Saturday 4 obl"])
        #expect(ParseTense.tense(of: 6, in: p)?.direction == -1)
    }

    @Test func aHopeToldBackInReportedSpeechLooksAhead() {
        // "The mayor said the pool hoped to reopen on Saturday": "hoped" under "said" is the mayor's "hopes"
        let reported = Self.parse(["mayor NOUN NN mayor 2 nsubj", "said VERB VBD say 0 root", "pool NOUN NN pool 4 nsubj",
                                   "hoped VERB VBD hope 2 ccomp", "to PART TO to 6 mark", "reopen VERB VB reopen 4 xcomp",
                                   "on ADP IN on 8 case", "Saturday PROPN NNP Saturday 6 obl"])
        #expect(ParseTense.tense(of: 7, in: reported)?.direction == 1)
        #expect(ParseTense.tense(of: 7, in: reported)?.strong == false)
        // "The pool hoped to reopen on Saturday": told by the writer, the hope may be over; the words decide
        let told = Self.parse(["pool NOUN NN pool 2 nsubj", "hoped VERB VBD hope 0 root", "to PART TO to 4 mark",
                               "reopen VERB VB reopen 2 xcomp", "on ADP IN on 6 case", "Saturday PROPN NNP Saturday 4 obl"])
        #expect(ParseTense.tense(of: 5, in: told) == nil)
    }

    @Test func aPlanLiesAheadUnlessItIsOver() {
        // "The agency has scheduled a news conference Thursday"
        let ahead = Self.parse(["agency NOUN NN agency 3 nsubj", "has AUX VBZ have 3 aux", "scheduled VERB VBN schedule 0 root",
                                "conference NOUN NN conference 3 obj", "Thursday PROPN NNP Thursday 3 obl:tmod"])
        #expect(ParseTense.tense(of: 4, in: ahead)?.direction == 1)
        // "The offer had been scheduled to expire Friday"
        let over = Self.parse(["offer NOUN NN offer 4 nsubj:pass", "had AUX VBD have 4 aux", "been AUX VBN be 4 aux:pass", "scheduled VERB VBN schedule 0 root",
                               "to PART TO to 6 mark", "expire VERB VB expire 4 xcomp", "Friday PROPN NNP Friday 6 obl:tmod"])
        #expect(ParseTense.tense(of: 6, in: over)?.direction == -1)
    }

    @Test func aDateSetForSomethingLiesAhead() {
        // "The hearing is set for Friday": a passive "set for" is a plan
        let ahead = Self.parse(["The DET DT the 2 det", "hearing NOUN NN hearing 4 nsubj:pass", "is AUX VBZ be 4 aux:pass",
                                "set VERB VBN set 0 root", "for ADP IN for 6 case", "Friday PROPN NNP Friday 4 obl"])
        #expect(ParseTense.tense(of: 5, in: ahead)?.direction == 1)
        // "The judge set bail on Friday": setting something is a deed, and the words decide
        let deed = Self.parse(["judge NOUN NN judge 2 nsubj", "set VERB VBD set 0 root", "bail NOUN NN bail 2 obj",
                               "on ADP IN on 5 case", "Friday PROPN NNP Friday 2 obl"])
        #expect(ParseTense.tense(of: 4, in: deed)?.direction != 1)
    }

    @Test func anInfinitiveAfterAPresentVerbLooksAhead() {
        // "Authorities expect the winds to ease on Monday", the infinitive hung on the noun as the parser may
        let ahead = Self.parse(["Authorities NOUN NNS authority 2 nsubj", "expect VERB VBP expect 0 root", "winds NOUN NNS wind 2 obj",
                                "to PART TO to 5 mark", "ease VERB VB ease 3 acl", "on ADP IN on 7 case", "Monday PROPN NNP Monday 5 obl"])
        #expect(ParseTense.tense(of: 6, in: ahead)?.direction == 1)
        // "Residents were ordered to leave on Monday": after a past verb the words decide
        let past = Self.parse(["Residents NOUN NNS resident 3 nsubj:pass", "were AUX VBD be 3 aux:pass", "ordered VERB VBN order 0 root",
                               "to PART TO to 5 mark", "leave VERB VB leave 3 xcomp", "on ADP IN on 7 case", "Monday PROPN NNP Monday 5 obl"])
        #expect(ParseTense.tense(of: 6, in: past)?.direction != 1)
        // "extended their offers to acquire the maker Friday": a noun the tagger took for a present verb governs nothing
        let noun = Self.parse(["bidders NOUN NNS bidder 2 nsubj", "extended VERB VBD extend 0 root", "offers VERB VBZ offer 2 obj",
                               "to PART TO to 5 mark", "acquire VERB VB acquire 3 xcomp", "maker NOUN NN maker 5 obj", "Friday PROPN NNP Friday 5 obl:unmarked"])
        #expect(ParseTense.tense(of: 6, in: noun)?.direction != 1)
    }

    @Test func aPlanDescribingANounIsInItsClausesTime() {
        // "A memorial service planned for Saturday was canceled"
        let p = Self.parse(["service NOUN NN service 6 nsubj:pass", "planned VERB VBN plan 1 acl", "for ADP IN for 4 case",
                            "Saturday PROPN NNP Saturday 2 obl", "was AUX VBD be 6 aux:pass", "canceled VERB VBN cancel 0 root"])
        #expect(ParseTense.tense(of: 3, in: p)?.direction == -1)
    }

    @Test func aRegularPastVerbIsAWeakCueAndAPresentSaysNothing() {
        // "Officials postponed the vote until Tuesday": past, but weak, so that the deadline still lies ahead
        let past = Self.parse(["Officials NOUN NNS official 2 nsubj", "postponed VERB VBD postpone 0 root", "vote NOUN NN vote 2 obj",
                               "until ADP IN until 5 case", "Tuesday PROPN NNP Tuesday 2 obl"])
        #expect(ParseTense.tense(of: 4, in: past) == ClauseTense(direction: -1, strong: false, cue: "postponed"))
        // "The court meets on Tuesday": the words decide
        let present = Self.parse(["court NOUN NN court 2 nsubj", "meets VERB VBZ meet 0 root", "on ADP IN on 4 case", "Tuesday PROPN NNP Tuesday 2 obl"])
        #expect(ParseTense.tense(of: 3, in: present) == nil)
    }

    /// "by" a day after a past tense tells what was done by then; "until" a day after a regular past still holds
    /// something off ("postponed the vote until Tuesday").
    @Test(arguments: [
        ("Boats rescued 198 people by Monday afternoon.", "2022-03-28TAF"),
        ("Crews cleared the road by Monday.", "2022-03-28"),
        ("Officials postponed the vote until Monday.", "2022-04-04"),
        ("The company says it will pay by Monday.", "2022-04-04"),
        ("The company has promised to pay by Monday.", "2022-04-04"),
    ])
    func byADayAfterAPastTenseIsPast(_ sentence: String, _ value: String) {
        let dct = Day(iso: "2022-03-29")  // a Tuesday
        #expect(TemporalTagger().tag(sentence, dct: dct).first?.value == value, "\(sentence)")
    }

    @Test func aParticipleTakesThePastOfTheClauseItHangsFrom() {
        // "An aftershock shook the town, bringing down walls already cracked by Friday's earthquake"
        let p = Self.parse(["aftershock NOUN NN aftershock 2 nsubj", "shook VERB VBD shake 0 root", "town NOUN NN town 2 obj",
                            "bringing VERB VBG bring 2 advcl", "down ADP RP down 4 compound:prt", "walls NOUN NNS wall 4 obj",
                            "already ADV RB already 8 advmod", "cracked VERB VBN crack 6 acl", "by ADP IN by 11 case",
                            "Friday PROPN NNP Friday 11 nmod:poss", "earthquake NOUN NN earthquake 8 obl"])
        #expect(ParseTense.tense(of: 9, in: p) == ClauseTense(direction: -1, strong: false, cue: "shook"))
        // "Crews will clear roads damaged in Friday's storm": a past participle takes no future from above
        let ahead = Self.parse(["Crews NOUN NNS crew 3 nsubj", "will AUX MD will 3 aux", "clear VERB VB clear 0 root", "roads NOUN NNS road 3 obj",
                                "damaged VERB VBN damage 4 acl", "in ADP IN in 8 case", "Friday PROPN NNP Friday 8 nmod:poss", "storm NOUN NN storm 5 obl"])
        #expect(ParseTense.tense(of: 6, in: ahead) == nil)
        // "a verdict expected on Friday": a participle of planning is not a past
        let plan = Self.parse(["Lawyers NOUN NNS lawyer 2 nsubj", "awaited VERB VBD await 0 root", "verdict NOUN NN verdict 2 obj",
                               "expected VERB VBN expect 3 acl", "on ADP IN on 6 case", "Friday PROPN NNP Friday 4 obl"])
        #expect(ParseTense.tense(of: 5, in: plan) == nil)
    }

    @Test func theTaggerReadsTheSentencesParse() throws {
        // the reporting verb after the expression is not its tense when the parse says the clause is "would be"
        let text = ScalarText("The talks on Friday, the envoy said, would be the last.")
        let tokens = Tokenizer.tokenize(text, in: TextRange(0, text.count))
        try #require(tokens.map(\.form) == ["The", "talks", "on", "Friday", ",", "the", "envoy", "said", ",", "would", "be", "the", "last", "."])
        var parse = Self.parse(["The DET DT the 2 det", "talks NOUN NNS talk 13 nsubj", "on ADP IN on 4 case", "Friday PROPN NNP Friday 2 nmod",
                                ", PUNCT , , 8 punct", "the DET DT the 7 det", "envoy NOUN NN envoy 8 nsubj", "said VERB VBD say 13 parataxis",
                                ", PUNCT , , 8 punct", "would AUX MD would 13 aux", "be AUX VB be 13 cop", "the DET DT the 13 det",
                                "last ADJ JJ last 0 root", ". PUNCT . . 13 punct"])
        for k in parse.words.indices { parse.words[k].range = tokens[k].range }
        let sentence = Sentence(range: TextRange(0, text.count), tokens: tokens, parse: parse)
        let dct = Day(iso: "2022-03-28")  // a Monday
        #expect(TemporalTagger().tag(text, dct: dct, sentences: [sentence]).first?.value == "2022-04-01")
        #expect(TemporalTagger().tag(text, dct: dct).first?.value == "2022-03-25")
    }
}
