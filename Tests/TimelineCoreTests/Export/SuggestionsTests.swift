import Testing
import TimelineCore

@Suite struct SuggestionsTests {
    static let cities = ["Kyiv", "Kharkiv", "Istanbul", "The Hague", "Mariupol"]

    @Test(arguments: [
        ("Kyev", ["Kyiv"]), ("kyiw", ["Kyiv"]), ("ISTANBLU", ["Istanbul"]), ("Mariupl", ["Mariupol"]),
        ("the hauge", ["The Hague"]), ("Khar", ["Kharkiv"]),  // a prefix counts as one edit
        ("Atlantis", []), ("", []), ("zz", []),
    ] as [(String, [String])])
    func nearest(_ query: String, _ expected: [String]) {
        #expect(Suggestions.nearest(query, among: Self.cities) == expected)
    }

    @Test func closestFirstThenInTheOrderGiven() {
        #expect(Suggestions.nearest("cat", among: ["cart", "cat", "bat", "hat", "act"]) == ["cat", "cart", "bat"])
        #expect(Suggestions.nearest("Kyiv", among: ["Kyiv", "KYIV", "Kyïv"]) == ["Kyiv"])  // one per folded name
    }

    @Test func distanceCountsTranspositionsAsOneEdit() {
        func d(_ a: String, _ b: String) -> Int { Suggestions.distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(d("kitten", "sitting") == 3)
        #expect(d("abcd", "abdc") == 1)
        #expect(d("", "abc") == 3)
        #expect(Suggestions.distance(Array("aaaaaa".unicodeScalars), Array("bbbbbb".unicodeScalars), limit: 2) == 3)
    }
}
