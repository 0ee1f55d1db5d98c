import Testing
@testable import TimelineCore

/// The temporal rules read pieces cut from the shared tokens (`TimePieces`), not a tokenizer of their own.
@Suite("Temporal tagger: pieces of the shared tokens") struct TimePiecesTests {
    static func pieces(_ s: String) -> TimePieces {
        let t = ScalarText(s)
        return TimePieces(tokens: Tokenizer.tokenize(t, in: TextRange(0, t.count)), scalars: t.scalars)
    }

    @Test(arguments: [
        ("10:30pm", ["10", ":", "30", "pm"]),
        ("mid-March", ["mid", "-", "march"]),
        ("28-30 June", ["28", "-", "30", "june"]),
        ("2022-03-29", ["2022", "-", "03", "-", "29"]),
        ("the 1990s", ["the", "1990", "s"]),
        ("20th", ["20", "th"]),
        ("1,000", ["1", ",", "000"]),
        ("U.S.", ["u", ".", "s", "."]),
        ("couldn’t", ["could", "n", "’", "t"]),
        ("it's Zürich's", ["it", "'", "s", "zürich", "'", "s"]),
    ])
    func aTokenIsCutIntoLettersDigitsAndSingleMarks(_ text: String, _ expected: [String]) {
        #expect(Self.pieces(text).texts == expected)
    }

    @Test func piecesNestInTokensAndKnowTheirSpaceAndNumber() {
        let text = "On 28 March, at 10:30 GMT (“Tuesday”) — 1,000 troops’ 5pm e-mail\u{7}NATO’s 123456789012 x"
        let t = ScalarText(text)
        let tokens = Tokenizer.tokenize(t, in: TextRange(0, t.count))
        let p = TimePieces(tokens: tokens, scalars: t.scalars)
        #expect(p.tokens.count == p.texts.count)
        for (k, piece) in p.tokens.enumerated() {
            #expect(tokens.contains { $0.range.start <= piece.start && piece.end <= $0.range.end }, "\(p.texts[k])")
            #expect(ScalarText(p.texts[k]).count == piece.end - piece.start || piece.kind == .word)
            let before = piece.start == 0 ? " " : t[piece.start - 1]
            #expect(piece.spaceBefore == (before == " " || before == "\u{7}"), "\(p.texts[k])")
        }
        let numbers = p.tokens.filter { $0.kind == .number }
        #expect(numbers.map(\.number) == [28, 10, 30, 1, 0, 5, 123456789])
        #expect(numbers.map(\.digits) == [2, 2, 2, 1, 3, 1, 12])
    }

    /// A text read without shared tokens is cut as the tokenizer's scanner finds its tokens, without building them:
    /// the same pieces as those cut from the tokens `Tokenizer.tokenize` builds.
    @Test(arguments: ["On 28 March, at 10:30 GMT (“Tuesday”) — 1,000 troops’ 5pm e-mail\u{7}NATO’s 123456789012 x",
                      "The U.S. said: don't, CAN'T or gonna. See www.Example.com/a-b, jo.doe@example.org. 🇺🇦 ÉCOLE Zürich’s 3PM",
                      " -4 points in mid-March 2022-03-29 (Mr. Smith, etc.) ΣΑΣ naïve 1990s 20th", "", "\n\n"])
    func cutAsScannedIsCutFromTheTokens(_ string: String) {
        let t = ScalarText(string)
        let scanned = TimePieces(text: t, sentences: nil), built = Self.pieces(string)
        #expect(scanned.texts == built.texts)
        func fields(_ p: TimePieces) -> [String] {
            p.tokens.map { "\($0.kind) \($0.hash.map(String.init) ?? "-") \($0.start)-\($0.end) \($0.capitalized) \($0.number)/\($0.digits) \($0.spaceBefore)" }
        }
        #expect(fields(scanned) == fields(built))
    }

    @Test func theSentencesOwnTokensGiveWhatTheTextGives() {
        // a headline and a dateline outside the sentences are read too
        let text = ScalarText("Talks to resume on Monday\n\nISTANBUL, March 28 (Reuters) - Talks resumed on Monday. They couldn't end by Tuesday, and won't resume before 10:30pm Friday.")
        let dct = Day(iso: "2022-03-28")
        let start = text.string.unicodeScalars.distance(from: text.string.unicodeScalars.startIndex,
                                                        to: text.string.range(of: "Talks resumed")!.lowerBound.samePosition(in: text.string.unicodeScalars)!)
        let second = text.string.unicodeScalars.distance(from: text.string.unicodeScalars.startIndex,
                                                         to: text.string.range(of: "They")!.lowerBound.samePosition(in: text.string.unicodeScalars)!)
        let sentences = [Sentence(range: TextRange(start, second - 1)), Sentence(range: TextRange(second, text.count))].map { $0.tokenized(in: text) }
        let fromText = TemporalTagger().tag(text, dct: dct)
        #expect(TemporalTagger().tag(text, dct: dct, sentences: sentences) == fromText)
        #expect(fromText.map(\.text) == ["Monday", "March 28", "Monday", "Tuesday", "10:30pm Friday"])
    }

    @Test func contractionsAreTenseCuesAsTheirWordsAre() {
        let dct = Day(iso: "2022-03-28")  // a Monday
        // "couldn't": a past inability; "won't": the future
        #expect(TemporalTagger().tag("The envoy couldn't be reached Friday.", dct: dct).first?.value == "2022-03-25")
        #expect(TemporalTagger().tag("The envoy could not be reached Friday.", dct: dct).first?.value == "2022-03-25")
        #expect(TemporalTagger().tag("The talks won't resume before Friday.", dct: dct).first?.value == "2022-04-01")
    }

    @Test(arguments: ["", "   \n\t ", "...!?", "🙂🙂 👍🏽 👨‍👩‍👧 on Monday", "שלום עולם, مرحبا بالعالم 28 March.", "a\u{0}b\u{7}c\u{1B}[31m Monday",
                      "'''", "-", "\u{200D}", "e\u{301}\u{301}", String(repeating: "May 5, ", count: 700)])
    func badInputGivesPiecesInsideTheTextAndTagsTheSameFromSentences(_ string: String) {
        let text = ScalarText(string)
        let p = TimePieces(text: text, sentences: nil)
        for piece in p.tokens { #expect(piece.start >= 0 && piece.start < piece.end && piece.end <= text.count) }
        let sentences = [Sentence(range: TextRange(0, text.count)).tokenized(in: text)]
        let dct = Day(iso: "2022-03-28")
        #expect(TemporalTagger().tag(text, dct: dct, sentences: sentences) == TemporalTagger().tag(text, dct: dct))
    }
}
