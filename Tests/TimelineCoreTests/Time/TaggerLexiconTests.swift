import Foundation
import Testing
@testable import TimelineCore

@Suite("Temporal tagger: fast lexicon lookups")
struct TaggerLexiconTests {
    static let timeSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/TimelineCore/Time").standardized

    /// The tagger skips "the"/"a"/"that" … when the next word is outside its vocabulary: every word a rule
    /// compares a token with must be in it, or that rule would silently stop matching after those words (the
    /// examples files hold sentences, not words the rules compare).
    @Test func everyWordTheRulesMentionIsInTheVocabulary() throws {
        let files = try #require(FileManager.default.subpaths(atPath: Self.timeSources.path)).filter { $0.hasSuffix(".swift") && !$0.hasSuffix("+Examples.swift") }
            // the parse's tense reads the parser's words, lemmas and relations, never the tagger's tokens
            .filter { $0 != "Tense/ParseTense.swift" }
        #expect(files.contains("TaggerRun.swift") && files.contains { $0.hasPrefix("Rules/") })
        let source = try files.map { try String(contentsOf: Self.timeSources.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
        let regex = try NSRegularExpression(pattern: "\"([a-z]+)\"")
        let ns = source as NSString
        let words = Set(regex.matches(in: source, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
        #expect(words.count > 100)
        let missing = words.filter { !TaggerRun.vocabulary.contains($0) }.sorted()
        #expect(missing.isEmpty, "add to TimeTables.ruleWords: \(missing)")
    }

    @Test func leadWordsNeverMatchAlone() {
        for word in TimeTables.leadWords.words {
            #expect(TemporalTagger().tag("He saw \(word) cat on Tuesday.", dct: Day(iso: "2022-03-28")).map(\.text) == ["Tuesday"])
        }
    }

    @Test func wordTableAnswersLikeADictionary() {
        let dict: [String: Int] = ["may": 5, "june": 6, "’": 1, "–": 2, "": 7, "approximately": 9]
        let table = WordTable(dict)
        for key in ["may", "june", "’", "–", "", "approximately", "ma", "mayy", "May", "—", "juné", "approximatelyx", "e\u{301}"] {
            #expect(table[key] == dict[key], "\(key)")
        }
        let set: WordSet = ["the", "a"]
        #expect(set.contains("the") && set.contains("a") && !set.contains("an") && !set.contains(""))
    }

    @Test func stringFromScalarsMatchesStringConversion() {
        for text in ["", "Talks resume Tomorrow", "Zürich – 28 März 2022 “quoted” 🙂 ÀÉ", "MIXED case ABC xyz"] {
            let scalars = Array(text.unicodeScalars)
            #expect(plainString(scalars[...]) == text)
            let lowered = String(String.UnicodeScalarView(scalars.map { $0.value >= 65 && $0.value <= 90 ? Unicode.Scalar($0.value + 32)! : $0 }))
            #expect(lowerString(scalars[...]) == lowered)
            if scalars.count > 3 { #expect(plainString(scalars[1..<3]) == ScalarText(text)[TextRange(1, 3)]) }
        }
    }
}
