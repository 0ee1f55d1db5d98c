import Testing
@testable import TimelineCore
import Foundation

@Suite struct ScalarTextLayoutTests {
    static let samples = [
        "",
        "Plain ASCII: talks resumed on Monday.",
        "Kyiv’s “peace talks” — in Zürich, Bogotá and Þórshöfn; ÿ and \u{FF} and 😀 and 日本.",
        "\u{FF}\u{FE}\u{100}\u{2019}",
        "e\u{301}cole – a combining accent",
    ]

    @Test func compactTextReadsLikeTheFullOne() {
        for s in Self.samples {
            let full = ScalarText(s)
            let compact = full.compacted()
            #expect(compact.isCompact)
            #expect(!full.isCompact)
            #expect(compact.count == full.count)
            #expect(compact.scalars == full.scalars)
            #expect(compact.string == s)
            #expect(compact == full)
            #expect(compact.expanded().scalars == full.scalars)
            #expect(!compact.expanded().isCompact)
            for i in 0..<full.count { #expect(compact[i] == full.scalars[i]) }
            for a in 0...full.count {
                // (The same UTF-8, not only canonically equal strings.)
                for b in a...full.count { #expect(Array(compact[TextRange(a, b)].utf8) == Array(full[TextRange(a, b)].utf8)) }
            }
            // Clamped like the full layout.
            #expect(compact[TextRange(-3, full.count + 5)] == s)
        }
    }

    @Test func differentTextsAreNotEqual() {
        let a = ScalarText("Kyiv’s talks").compacted()
        #expect(a != ScalarText("Kyiv's talks"))
        #expect(a != ScalarText("Kyiv’s talk").compacted())
    }
}

@Suite struct SummaryCleanupTests {
    @Test func pairReplacementMatchesFoundation() {
        let samples = ["a  b", "a   b", "a    b ,c", "Kyiv’s  forces , “talks”  ended", " ,", "  ", "x", "", "a , , b"]
        for s in samples {
            #expect(SentenceAnalysis.replacingPairs(s, 32, 32, by: 32) == s.replacingOccurrences(of: "  ", with: " "), "\(s)")
            #expect(SentenceAnalysis.replacingPairs(s, 32, 44, by: 44) == s.replacingOccurrences(of: " ,", with: ","), "\(s)")
            #expect(SentenceAnalysis.hasPair(s, 32, 32) == s.contains("  "), "\(s)")
        }
    }
}
