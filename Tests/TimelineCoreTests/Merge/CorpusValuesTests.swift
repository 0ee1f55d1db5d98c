import Testing
@testable import TimelineCore

/// The mentions of one load hold each date, expression derivation, list of actors and long attribution once across
/// documents (`CorpusValues`), and read exactly as before.
@Suite struct CorpusValuesTests {
    static let monday = Timex(range: TextRange(17, 23), text: "Monday", type: .date, value: "2022-03-28",
                              interval: DayInterval(day: Day(year: 2022, month: 3, day: 28)!), granularity: .day,
                              derivation: "'Monday' in an article published Tue 29 Mar 2022 (the nearest such date)")

    static func document(_ id: String, timexAt start: Int) -> [ExtractedMention] {
        var timex = monday
        timex.range = TextRange(start, start + 6)
        let dated = SentenceAnalysis.date(from: timex, prefix: "from its sentence: ")
        let fallback = EventDate(value: "2022-03-29", interval: DayInterval(day: Day(year: 2022, month: 3, day: 29)!),
                                 granularity: .day, isFallback: true,
                                 derivation: "no date in its sentence: on or before publication (Tue 29 Mar 2022)")
        let a = Mention(document: id, range: TextRange(0, 30), text: "Talks resumed in Istanbul on Monday.", date: dated,
                        timex: timex, modality: .happened, attribution: "the Ministry of Defence", actors: ["Ukraine", "Russia"])
        let b = Mention(document: id, range: TextRange(31, 60), text: "Rescuers reached the boys.", date: fallback,
                        modality: .happened, attribution: "Peskov", actors: ["Ukraine", "Russia"])
        return [a, b].enumerated().map { k, m in ExtractedMention(mention: m, triggerClass: .other, lemma: "resume", summary: "", ordinal: k) }
    }

    @Test func documentsShareEqualValuesAndReadAsBefore() {
        let values = CorpusValues()
        let before = [Self.document("a", timexAt: 24), Self.document("b", timexAt: 40)]
        var shared = before
        for k in shared.indices { Mention.interning(&shared[k], across: values) }
        #expect(shared.map { $0.map(\.mention) } == before.map { $0.map(\.mention) })
        let (a, b) = (shared[0].map(\.mention), shared[1].map(\.mention))
        #expect(a[0].sharedDate === b[0].sharedDate && a[1].sharedDate === b[1].sharedDate)
        #expect(a[0].date.derivation == "from its sentence: 'Monday' in an article published Tue 29 Mar 2022 (the nearest such date)")
        // Expressions at different offsets stay apart, their derivation the same string.
        #expect(a[0].timex?.range == TextRange(24, 30) && b[0].timex?.range == TextRange(40, 46))
        #expect(a[0].timex?.derivation == Self.monday.derivation && b[0].timex?.derivation == Self.monday.derivation)
        #expect(a[0].actors == ["Ukraine", "Russia"] && b[1].attribution == "Peskov" && b[0].attribution == "the Ministry of Defence")
    }

    @Test func withoutTheLoadsValuesEachDocumentKeepsItsOwn() {
        var a = Self.document("a", timexAt: 24), b = Self.document("b", timexAt: 40)
        Mention.interning(&a)
        Mention.interning(&b)
        #expect(a[1].mention.sharedDate !== b[1].mention.sharedDate && a[1].mention.date == b[1].mention.date)
        // Within one document, equal values share one box.
        #expect(a[0].mention.actors == a[1].mention.actors)
    }
}
