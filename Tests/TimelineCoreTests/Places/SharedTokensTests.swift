import Testing
@testable import TimelineCore

/// The place recognizer reads the shared tokenizer's tokens: abbreviations, clitics and hyphens as it splits them.
@Suite struct PlacesOnSharedTokensTests {
    func names(_ s: String, context: Set<String> = []) -> [String] {
        let t = ScalarText(s)
        return PlaceRecognizer().recognize(t, in: TextRange(0, t.count), contextCountries: context).places.map { t[$0.range] }
    }

    @Test func aTitleWithItsPeriodStillMarksAPerson() {
        #expect(names("Mr. Paris said the talks would go on.") == [])
        #expect(names("Dr. Florence Nightingale visited the ward.") == [])
        #expect(names("Talks went on in Paris.") == ["Paris"])
    }

    @Test func anAbbreviatedWordInsideAName() {
        #expect(names("Crowds gathered in St. Petersburg on Sunday.") == ["St. Petersburg"])
    }

    @Test func cliticsAndHyphensDoNotJoinOrSplitNames() {
        #expect(names("Russia's army crossed into Ukraine's east.") == ["Russia", "Ukraine"])
        #expect(names("Gangs attacked police stations in Port-au-Prince overnight.") == ["Port-au-Prince"])
    }

    @Test func aSentenceReadsTheSameFromItsOwnTokensAsFromItsRange() throws {
        let t = ScalarText("Officials in Kyiv and Istanbul said talks near Mariupol would resume.")
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t)
        let r = PlaceRecognizer()
        #expect(r.recognize(t, sentence: sentence) == r.recognize(t, in: sentence.range))
        #expect(r.recognize(t, sentence: sentence).places.map { t[$0.range] } == ["Kyiv", "Istanbul", "Mariupol"])
    }
}
