import Testing
@testable import TimelineCore

/// A document keeps its mentions' summaries as pieces of their sentences until the merge (`SummaryCoding`): the code
/// must give back every summary exactly, and be smaller than the text when the summary repeats its sentence.
@Suite struct SummaryCodingTests {
    static func roundTrip(_ summary: String, _ sentence: String) -> (String, Int) {
        var pool: [UInt8] = [7, 7]  // another mention's code before it
        SummaryCoding.encode(summary, sentence: Array(sentence.unicodeScalars), into: &pool)
        return (SummaryCoding.decode(pool[2...], sentence: Array(sentence.unicodeScalars)), pool.count - 2)
    }

    static let long = String(repeating: "Rescuers searched the rubble of the collapsed school in Ünye for survivors, ", count: 4)

    @Test(arguments: [
        ("Ukrainian and Russian officials will resume peace talks in Turkey",
         "Ukrainian and Russian officials will resume peace talks in Turkey on Tuesday, the Kremlin said."),
        ("Harbour Lines Ltd closed two depots", "It closed two depots last week."),
        ("", "Talks resumed."),
        ("Talks resumed", ""),
        ("Ünal’s rescue was “a miracle” 🙂", "Officials said Ünal’s rescue on Monday was “a miracle”."),
        (long + "said police", long),
        (String(repeating: "ab", count: 200), "a"),
        ("the school", long),
        ("e\u{301}te\u{301}", "un e\u{301}te\u{301} chaud"),
    ])
    func everySummaryComesBackExactly(_ summary: String, _ sentence: String) {
        let (back, size) = Self.roundTrip(summary, sentence)
        #expect(back == summary && Array(back.utf8) == Array(summary.utf8))
        #expect(size <= summary.utf8.count + (summary.utf8.count + 126) / 127)
    }

    @Test func aSummaryOfItsSentencesWordsTakesAFewBytes() {
        let (_, size) = Self.roundTrip("Ukrainian and Russian officials will resume peace talks in Turkey",
                                       "On Monday, Ukrainian and Russian officials will resume peace talks in Turkey, the Kremlin said.")
        #expect(size == 2)
        // A copy longer than 128 scalars is two; an offset past 127 takes a second byte (the first run of the
        // sentence that matches: 154 scalars from offset 74, as 128 and 26 from 202).
        #expect(Self.roundTrip(String(Self.long.dropFirst(150)), Self.long).1 == 2 + 3)
    }
}
