import Testing
@testable import TimelineCore

/// Ingest reads dates from the shared tokenizer's tokens.
@Suite struct DateWordTests {
    func read(_ s: String) -> [String] { DateWordToken.words(of: s).map(\.text) }

    @Test func abbreviationsOrdinalsAndRunsOfMarks() {
        #expect(read("Feb. 2, 2022") == ["feb", ".", "2", ",", "2022"])
        #expect(read("the 14th of June") == ["the", "14", "of", "june"])
        #expect(read("said... on") == ["said", ".", ".", ".", "on"])
        #expect(read("at 10:30") == ["at", "10", ":", "30"])
    }

    @Test func offsetsAreTheDocumentsScalars() {
        let t = ScalarText("Paris — Sept. 14th, 2023")
        let words = DateWordToken.words(Tokenizer.tokenize(t, in: TextRange(0, t.count)))
        #expect(words.map { t[$0.range] } == ["Paris", "—", "Sept", ".", "14th", ",", "2023"])
    }

    @Test(arguments: [("Feb. 2, 2022", 2, 2, 2022), ("Tuesday, 14th June 2023", 6, 14, 2023), ("June 16", 6, 16, nil)])
    func datePhrases(_ s: String, _ month: Int, _ day: Int, _ year: Int?) throws {
        let p = try #require(DatePhrase.read(DateWordToken.words(of: s), at: 0))
        #expect(p.month == month && p.day == day && p.year == year)
    }
}
