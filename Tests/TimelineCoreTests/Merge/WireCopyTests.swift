import Testing
@testable import TimelineCore

@Suite struct WireCopyTests {
    static func mention(_ text: String, dating: String? = nil, at start: Int = 100) -> Mention {
        let timex = dating.map { d -> Timex in
            let scalars = Array(text.unicodeScalars), target = Array(d.unicodeScalars)
            let k = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return Timex(range: TextRange(start + k, start + k + target.count), text: d, type: .date, value: "2024-03-26")
        }
        return Mention(document: "d", range: TextRange(start, start + text.unicodeScalars.count), text: text,
                       date: EventDate(value: "2024-03-26", interval: nil, granularity: .day), timex: timex, modality: .happened)
    }

    @Test func wordsAreLowercasedWithoutNumbersMonthsOrTheDatingExpression() {
        let m = Self.mention("The U.S.-led coalition's 12 jets struck Kyiv on Tuesday, in March, 2024.", dating: "on Tuesday")
        #expect(WireCopy.words(of: m) == ["the", "u", "s", "led", "coalitions", "jets", "struck", "kyiv", "in"])
    }

    @Test func wordsOutsideASCIIAreLowercasedByTheirOwnMapping() {
        // "’" is left out like "'"; "½" and "٣" are numbers; "İ" lowercases to two scalars.
        let m = Self.mention("ÉCOLE Ünal’s İZMİR café ½ ٣ 3rd — Straße")
        #expect(WireCopy.words(of: m) == ["école", "ünals", "i\u{307}zmi\u{307}r", "café", "3rd", "straße"])
    }

    @Test func copiesOfOneTextAreFoundWhateverTheirDates() {
        let a = Self.mention("Rescue teams pulled four survivors from the rubble of the collapsed hotel in Izmir on Tuesday.", dating: "on Tuesday")
        let b = Self.mention("Rescue teams pulled four survivors from the rubble of the collapsed hotel in Izmir on March 26.", dating: "on March 26")
        let c = Self.mention("Officials said the collapsed hotel in Izmir had passed an inspection in the spring of last year.")
        let mentions = [a, b, c].enumerated().map { i, m in
            ExtractedMention(mention: m, triggerClass: .other, lemma: "pull", summary: "", ordinal: i)
        }
        let pairs = WireCopy.copies(mentions)
        #expect(pairs.count == 1)
        #expect(pairs.first.map { [$0.0, $0.1] } == [0, 1])
    }

    @Test func representativesAreKeptFromOneBlockToTheNext() {
        // One mention a block: the copy at index 2 is found against the representative of the first block, the
        // unrelated sentence between them changing nothing.
        let a = Self.mention("Rescue teams pulled four survivors from the rubble of the collapsed hotel in Izmir on Tuesday.", dating: "on Tuesday")
        let b = Self.mention("Rescue teams pulled four survivors from the rubble of the collapsed hotel in Izmir on March 26.", dating: "on March 26")
        let c = Self.mention("Officials said the collapsed hotel in Izmir had passed an inspection in the spring of last year.")
        let d = Self.mention("Rescue teams pulled four survivors from the rubble of the collapsed hotel in Izmir, officials said.")
        let mentions = [a, c, b, d].enumerated().map { i, m in
            ExtractedMention(mention: m, triggerClass: .other, lemma: "pull", summary: "", ordinal: i)
        }
        let whole = WireCopy.copies(mentions).map { [$0.0, $0.1] }
        #expect(whole == [[0, 2], [0, 3]])
        #expect(WireCopy.copies(mentions, block: 1).map { [$0.0, $0.1] } == whole)
    }
}

/// A bucket's representatives are kept in the order they came, each bucket a list through one array of nodes
/// (`WireCopy.Buckets`).
@Suite struct BucketsTests {
    @Test func representativesComeBackInTheirOrderPerKey() {
        var b = WireCopy.Buckets()
        for (m, key) in [(3, 10), (4, 20), (5, 10), (9, 10), (11, 30), (12, 20)] as [(Int32, UInt64)] { b.append(m, to: key) }
        #expect(b.representatives(of: 10) == [3, 5, 9] && b.representatives(of: 20) == [4, 12] && b.representatives(of: 30) == [11])
        #expect(b.representatives(of: 40) == [] && b.count(in: 40) == 0 && b.count(in: 10) == 3)
        #expect(b.first(in: 10) { $0 > 4 } == 5 && b.first(in: 20) { $0 > 12 } == nil)
    }
}

/// The words of a sentence read into one buffer (`WireCopyWords`) give the hashes the strings gave.
@Suite struct WireCopyWordsTests {
    static let sentences = [
        "The U.S.-led coalition's 12 jets struck Kyiv on Tuesday, in March, 2024.",
        "ÉCOLE Ünal’s İZMİR café ½ ٣ 3rd — Straße, May 5 and Wednesday's talks",
        "Talks resumed.",
        "a a a a b b",
    ]

    @Test(arguments: sentences) func pairsAndKeysHashTheWordsJoined(_ text: String) {
        let m = WireCopyTests.mention(text, dating: text.contains("on Tuesday") ? "on Tuesday" : nil)
        let w = WireCopyWords(of: m)
        let words = WireCopy.words(of: m)
        #expect(w.count == words.count)
        #expect(w.pairs == WireCopy.pairs(words))
        #expect(w.joined == words.joined(separator: " "))
        #expect(w.hash(prefix: "strike|struck|", words: 0..<min(5, words.count))
            == MergeFeatures.hash("strike|struck|" + words.prefix(5).joined(separator: " ")))
    }

    @Test func namesAreTheCapitalisedWordsAfterTheFirst() {
        let w = WireCopyWords(of: WireCopyTests.mention("South Korea and Argentina signed a trade deal in Seoul, Korea’s capital, on 3 May."))
        #expect(w.names == ["argentina", "korea", "koreas", "seoul"])
        #expect(WireCopy.scan(WireCopyTests.mention("Talks resumed in Ankara.")).names == ["ankara"])
    }

    @Test func monthAndWeekdayNamesAndNumbersAreLeftOut() {
        let w = WireCopyWords(of: WireCopyTests.mention("Wednesday talks in May ended 12 to 3 in september"))
        #expect(w.words == ["talks", "in", "ended", "to", "in"])
    }
}
