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

/// The representatives' word pairs are kept in chunks that a representative's never straddle (`WireCopy.PairPool`).
@Suite struct PairPoolTests {
    @Test func pairsReadBackWholeAcrossChunks() {
        var pool = WireCopy.PairPool()
        let n = WireCopy.PairPool.chunkSize
        let first = pool.append(Array(0..<UInt64(n - 3)), of: 7)
        let second = pool.append([10, 20, 30, 40, 50], of: 8)
        let large = pool.append(Array(0..<UInt64(n + 5)), of: 9)
        let small = pool.append([1, 2], of: 10)
        #expect(first.chunk == 0 && second.chunk == 1 && large.chunk == 2 && small.chunk == 3)
        #expect(first.index == 7 && second.index == 8 && second.start == 0 && second.count == 5)
        #expect(pool.withPairs(of: first) { Array($0) } == Array(0..<UInt64(n - 3)))
        #expect(pool.withPairs(of: second) { Array($0) } == [10, 20, 30, 40, 50])
        #expect(pool.withPairs(of: large) { Array($0) } == Array(0..<UInt64(n + 5)))
        #expect(pool.withPairs(of: small) { Array($0) } == [1, 2])
    }
}
