import Testing
@testable import TimelineCore

/// The shipped WordNet event nouns: happenings in, things out, verbs linked.
@Suite struct EventNounLexiconTests {
    let lexicon = EventNounLexicon.shared

    @Test(arguments: ["rescue", "collapse", "funeral", "death", "attack", "explosion", "launch", "election",
                      "debate", "speech", "announcement", "testimony"])
    func happeningsAreEventNouns(_ noun: String) {
        #expect(lexicon.isEventNoun(noun))
    }

    @Test(arguments: ["cave", "bridge", "boy", "company", "phone", "price", "profit", "ship", "store", "name", "word", "title"])
    func thingsAreNot(_ noun: String) {
        #expect(!lexicon.isEventNoun(noun))
    }

    @Test func nounsMeetTheirVerbs() {
        #expect(lexicon.predicateKey(noun: "rescue") == "rescue")
        #expect(lexicon.predicateKey(noun: "death") == "die")
        #expect(lexicon.predicateKey(noun: "election") == "elect")
        #expect(lexicon.nounsOfVerb["rescue"]?.contains("rescue") == true)
    }

    @Test func readsItsFormatAndSkipsBadLines() {
        let l = EventNounLexicon(tsv: "# comment\nrescue\tact\trescue\nbroken line\nflood\tevent\tflood|inundate\nx\tnokind\t\n")
        #expect(l.entries.count == 2)
        #expect(l.entry("flood")?.verbs == ["flood", "inundate"])
        #expect(l.entry("flood")?.kind == .event)
    }
}
