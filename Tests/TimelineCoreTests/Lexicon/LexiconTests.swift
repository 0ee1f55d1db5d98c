import Testing
@testable import TimelineCore

/// The one table of calendar words: the publication-date reader, the tagger and the browser's prompt read the same words.
@Suite("Lexicon: one set of calendar words")
struct LexiconTests {
    func phrase(_ text: String) -> DatePhrase? {
        DatePhrase.read(DateWordToken.words(of: text), at: 0)
    }

    @Test(arguments: Lexicon.months.keys)
    func everyMonthWordIsAMonthToIngestAndTagger(_ word: String) throws {
        let month = try #require(Lexicon.months[word])
        let written = word.prefix(1).uppercased() + word.dropFirst() + (Lexicon.fullNames.contains(word) ? "" : ".")
        let read = try #require(phrase("\(written) 3, 2021"))
        #expect(read.month == month && read.day == 3 && read.year == 2021)
        let tagged = TemporalTagger().tag("The deal was signed on \(written) 3, 2021.", dct: Day(iso: "2022-03-28"))
        #expect(tagged.map(\.value) == ["2021-\(pad(month, 2))-03"])
        #expect(Lexicon.month(typed: word) == month)
    }

    @Test(arguments: Lexicon.weekdays.keys)
    func everyWeekdayWordIsAWeekdayToIngest(_ word: String) throws {
        let weekday = try #require(Lexicon.weekdays[word])
        let read = try #require(phrase("\(word.prefix(1).uppercased() + word.dropFirst()), June 16, 2023"))
        #expect(read.weekday == weekday)
        #expect(Lexicon.weekday(word.uppercased()) == weekday)
    }

    @Test func namesAreTheLexiconsInOrder() {
        #expect(Day.monthNames.count == 12 && Day.weekdayNames.count == 7)
        for (n, name) in Day.monthNames.enumerated() { #expect(Lexicon.months[name.lowercased()] == n + 1) }
        for (n, name) in Day.weekdayNames.enumerated() { #expect(Lexicon.weekdays[name.lowercased()] == n + 1) }
    }

    @Test func aTypedMonthMayBeAnyPrefixOfThreeLetters() {
        #expect(Lexicon.month(typed: "Septem") == 9)
        #expect(Lexicon.month(typed: "MAR") == 3)
        #expect(Lexicon.month(typed: "ma") == nil)
        #expect(Lexicon.month(typed: "monday") == nil)
    }
}
