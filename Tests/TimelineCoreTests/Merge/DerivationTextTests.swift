import Testing
@testable import TimelineCore

/// A derivation kept as two pieces (`DerivationText`, `Timex.derivationTail`) reads, compares and hashes as the one
/// string it was, and the load holds each piece once (`CorpusValues`).
@Suite struct DerivationTextTests {
    static let day = DayInterval(day: Day(year: 2024, month: 4, day: 2)!)

    static func quoting(_ text: String, at start: Int, then rest: String) -> Timex {
        Timex(range: TextRange(start, start + text.unicodeScalars.count), text: text, type: .date, value: "2024-03-02",
              mod: nil, interval: day, granularity: .day, quotingTextThen: rest)
    }

    @Test func piecesReadAsTheWholeHoweverCut() {
        let whole = DerivationText("'March 2' in an article published Tue 2 Apr 2024")
        let cut = DerivationText(head: "'March 2'", tail: " in an article published Tue 2 Apr 2024")
        let elsewhere = DerivationText(head: "'March 2' in an article", tail: " published Tue 2 Apr 2024")
        #expect(cut.string == whole.string && elsewhere.string == whole.string)
        #expect(cut == whole && elsewhere == cut)
        #expect(Set([whole, cut, elsewhere]).count == 1)
        #expect(cut != DerivationText(head: "'March 3'", tail: " in an article published Tue 2 Apr 2024"))
        #expect(DerivationText().isEmpty && !DerivationText(head: "", tail: "x").isEmpty && DerivationText(head: "", tail: "x").string == "x")
    }

    @Test func anExpressionQuotingItsTextReadsAsItsWholeDerivation() {
        let rest = " in an article published Tue 2 Apr 2024 (the nearest such date)"
        var t = Self.quoting("March 2", at: 10, then: rest)
        #expect(t.derivation == "'March 2' in an article published Tue 2 Apr 2024 (the nearest such date)")
        #expect(t.derivationTail == rest)
        let whole = Timex(range: TextRange(10, 17), text: "March 2", type: .date, value: "2024-03-02", interval: Self.day,
                          granularity: .day, derivation: t.derivation)
        #expect(t == whole && Set([t, whole]).count == 1)
        // A new text keeps the derivation made from the old one; a new derivation replaces it whole.
        t.text = "2 March"
        #expect(t.derivation == whole.derivation && t.text == "2 March")
        t.derivation = "set by hand"
        #expect(t.derivation == "set by hand")
        #expect(Self.quoting("Monday", at: 0, then: "").derivation == "'Monday'")
    }

    @Test func aDateFromAnExpressionKeepsItsPieces() {
        let t = Self.quoting("March 2", at: 10, then: " in an article published Tue 2 Apr 2024 (the nearest such date)")
        let date = SentenceAnalysis.date(from: t, prefix: "from its sentence: ")
        #expect(date.derivation == "from its sentence: 'March 2' in an article published Tue 2 Apr 2024 (the nearest such date)")
        #expect(date.derivationText.tail == t.derivationTail)
        #expect(date == EventDate(value: "2024-03-02", interval: Self.day, granularity: .day, derivation: date.derivation))
    }

    /// Two articles of one day, each dating a different day by a rule with one template: their derivations differ, and
    /// the load holds the template's piece once.
    @Test func theLoadHoldsEachPieceOnce() {
        let rest = " in an article published Tue 2 Apr 2024 (the nearest such date)"
        func document(_ id: String, _ text: String) -> [ExtractedMention] {
            // (each document's template a string of its own, as each article's resolver makes it)
            let t = Self.quoting(text, at: 0, then: " in an article published " + "Tue 2 Apr 2024 (the nearest such date)")
            let m = Mention(document: id, range: TextRange(0, 40), text: "\(text): talks resumed in Istanbul again.",
                            date: SentenceAnalysis.date(from: t, prefix: ""), timex: t, modality: .happened)
            return [ExtractedMention(mention: m, triggerClass: .other, lemma: "resume", summary: "", ordinal: 0)]
        }
        let values = CorpusValues()
        var a = document("a", "March 2"), b = document("b", "Feb. 28")
        let before = (a[0].mention, b[0].mention)
        Mention.interning(&a, across: values)
        Mention.interning(&b, across: values)
        #expect(a[0].mention == before.0 && b[0].mention == before.1)
        #expect(a[0].mention.date.derivation == "'March 2'" + rest && b[0].mention.timex?.derivation == "'Feb. 28'" + rest)
        func storage(_ s: String) -> UnsafeRawPointer? { s.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil }
        let tails = [a[0].mention.date.derivationText.tail, b[0].mention.date.derivationText.tail,
                     a[0].mention.timex!.derivationTail, b[0].mention.timex!.derivationTail]
        #expect(Set(tails.map(storage)).count == 1)
    }
}
