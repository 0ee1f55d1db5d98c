@testable import tltui
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [("abc", 3), ("Zelensky’s", 10), ("—–", 2), ("Kyiv — Київ", 11), ("北京", 4), ("é", 1), ("e\u{301}", 1), ("👍🏽", 2), ("한국", 4)])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    /// The arrows and operators dates use ("≤", "≥") are measured and cut by scalars, as grapheme by grapheme.
    @Test func dateMarksAreOneColumnEach() {
        #expect(DisplayWidth.simpleCount("≤2021-02-06") == 11)
        #expect(DisplayWidth.of("≥2022-03-28…30") == 14)
        #expect(DisplayWidth.of("≤2021-02-06") == "≤2021-02-06".reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.truncate("≤≥→∑≤≥", to: 4) == "≤≥→…")
        // A combining mark after one still sends the text the grapheme way.
        #expect(DisplayWidth.simpleCount("≤\u{338}") == nil)
        #expect(DisplayWidth.of("≤\u{338}x") == 2)
    }

    @Test func truncatesWithEllipsisNeverSplittingWide() {
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("北京上海", to: 4) == "北…")
        #expect(DisplayWidth.truncate("北京上海", to: 5) == "北京…")
        #expect(DisplayWidth.truncate("“Quote”", to: 7) == "“Quote”")
        #expect(DisplayWidth.truncate("a\tb", to: 10) == "a b")
    }

    @Test func wrapsByDisplayWidth() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("北京北京北京", width: 5) == ["北京", "北京", "北京"])
        for line in DisplayWidth.wrap("Zelensky’s “neutrality” — Kharkiv’s mayor, Ігор Терехов, said", width: 12) {
            #expect(DisplayWidth.of(line) <= 12)
        }
    }

    @Test func gridPutsWideCharacterAtEdgeAsSpace() {
        var g = Grid(width: 6, height: 1)
        let used = g.put("ab北京", x: 0, y: 0, maxWidth: 5, ellipsis: "")
        #expect(g.line(0) == "ab北  ")
        #expect(used == 4)
        #expect(g[2, 0].width == 2 && g[3, 0].width == 0)
        #expect(g[4, 0].char == " " && g[5, 0].char == " ")
    }

    @Test func gridTruncatesAccentedAndCurlyQuotes() {
        var g = Grid(width: 10, height: 1)
        g.put("“Dnipró” – café", x: 0, y: 0, maxWidth: 10)
        #expect(g.line(0) == "“Dnipró” …")
        #expect(DisplayWidth.of(g.line(0)) == 10)
    }
}
