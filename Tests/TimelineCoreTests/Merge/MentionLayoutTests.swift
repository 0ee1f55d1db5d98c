import Testing
@testable import TimelineCore

/// A load holds every mention in its document's list, which its event refers to (`MentionTable`): their inline size
/// is much of a large corpus's memory (`TimelinePipeline.Prepared`, `MentionMerger.makeEvent`).
@Suite struct MentionLayoutTests {
    @Test func mentionHasNoPaddingBetweenItsOneByteFields() {
        #expect(MemoryLayout<Mention>.stride <= 72)
        #expect(MemoryLayout<MergeFeatures>.stride <= 48)
        #expect(MemoryLayout<MentionExtras>.stride <= 16)
    }

    /// A trigger is kept from its sentence's start in 16 bits; one outside its sentence, or too far into it, is kept
    /// apart after the split predicate's pieces, and reads back the same.
    @Test func triggersReadBackWhereverTheyAreKept() {
        let date = EventDate(value: "2022-03-28", interval: nil, granularity: .day)
        var m = Mention(document: "a", range: TextRange(100, 130), text: String(repeating: "x", count: 30),
                        trigger: TextRange(106, 113), date: date, modality: .happened, triggerParts: [TextRange(106, 110), TextRange(120, 124)])
        #expect(m.trigger == TextRange(106, 113) && m.triggerParts == [TextRange(106, 110), TextRange(120, 124)])
        // A new range keeps the trigger where it was in the document.
        m.range = TextRange(90, 130)
        #expect(m.trigger == TextRange(106, 113) && m.range == TextRange(90, 130))
        for far in [TextRange(40, 45), TextRange(90, 70_000), TextRange(200_000, 200_010)] {
            var n = m
            n.trigger = far
            #expect(n.trigger == far && n.triggerParts == m.triggerParts && n != m)
            n.triggerParts = [TextRange(1, 2)]
            #expect(n.trigger == far && n.triggerParts == [TextRange(1, 2)])
            n.range = TextRange(30, 60)
            #expect(n.trigger == far && n.triggerParts == [TextRange(1, 2)])
            n.trigger = TextRange(31, 33)
            #expect(n.trigger == TextRange(31, 33) && n.triggerParts == [TextRange(1, 2)])
            n.trigger = nil
            #expect(n.trigger == nil && n.triggerParts == [TextRange(1, 2)] && n.triggerText == nil)
        }
    }

    /// Every document's sentences are held for the whole run (offsets in 32 bits).
    @Test func sentencesAreSmall() {
        #expect(MemoryLayout<Sentence>.stride <= 40)
        var s = Sentence(range: TextRange(7, 19), paragraph: 3, quotation: TextRange(2, 40))
        #expect(s.range == TextRange(7, 19) && s.paragraph == 3 && s.quotation == TextRange(2, 40))
        s.quotation = nil
        #expect(s.quotation == nil && s != Sentence(range: TextRange(7, 19), paragraph: 3, quotation: TextRange(2, 40)))
        #expect(s == Sentence(range: TextRange(7, 19), paragraph: 3))
        s.range = TextRange(0, Int(Int32.max) + 10)
        #expect(s.range == TextRange(0, Int(Int32.max)))
    }

    /// A place mention holds its place behind a box the load's mentions share, and its offsets in 32 bits.
    @Test func placeMentionsAreSmallAndShareTheirPlaces() {
        #expect(MemoryLayout<PlaceMention>.stride <= 24)
        let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city, population: 2_797_553, region: 703447)
        var p = PlaceMention(place: kyiv, range: TextRange(12, 16), qualifier: .near)
        #expect(p.place == kyiv && p.range == TextRange(12, 16) && p.qualifier == .near)
        p.range = TextRange(3, 9)
        #expect(p.range == TextRange(3, 9) && p == PlaceMention(place: kyiv, range: TextRange(3, 9), qualifier: .near))
        #expect(p != PlaceMention(place: kyiv, range: TextRange(3, 10), qualifier: .near))
        func mention(_ document: String) -> ExtractedMention {
            ExtractedMention(mention: Mention(document: document, range: TextRange(0, 20), text: "Talks resumed in Kyiv",
                                              date: EventDate(value: "2022-03-28", interval: nil, granularity: .day),
                                              modality: .happened, places: [PlaceMention(place: kyiv, range: TextRange(17, 21))]),
                             triggerClass: .talks, lemma: "resume", summary: "", ordinal: 0)
        }
        var a = [mention("a")], b = [mention("b")]
        #expect(a[0].mention.places[0].shared !== b[0].mention.places[0].shared)
        let values = CorpusValues()
        Mention.interning(&a, across: values)
        Mention.interning(&b, across: values)
        #expect(a[0].mention.places[0].shared === b[0].mention.places[0].shared)
        #expect(a[0].mention.sharedAttribution == nil && b[0].mention.attribution == nil)
        #expect(b[0].mention.places == [PlaceMention(place: kyiv, range: TextRange(17, 21))])
    }

    /// An attribution is one box for the mentions of a load, whatever its length.
    @Test func attributionsAreSharedAcrossALoad() {
        func mentions(_ document: String) -> [ExtractedMention] {
            ["police", "the Ministry of Defence", "police"].enumerated().map { k, who in
                ExtractedMention(mention: Mention(document: document, range: TextRange(0, 20), text: "Talks resumed, he said",
                                                  date: EventDate(value: "2022-03-28", interval: nil, granularity: .day),
                                                  modality: .claimed, attribution: who),
                                 triggerClass: .talks, lemma: "resume", summary: "", ordinal: k)
            }
        }
        var a = mentions("a"), b = mentions("b")
        let values = CorpusValues()
        Mention.interning(&a, across: values)
        Mention.interning(&b, across: values)
        #expect(a[0].mention.sharedAttribution === a[2].mention.sharedAttribution)
        #expect(a[0].mention.sharedAttribution === b[0].mention.sharedAttribution && a[1].mention.sharedAttribution === b[1].mention.sharedAttribution)
        #expect(b.map(\.mention.attribution) == ["police", "the Ministry of Defence", "police"])
        var m = b[1].mention
        m.attribution = nil
        #expect(m.attribution == nil && m != b[1].mention)
        m.attribution = "the Ministry of Defence"
        #expect(m == b[1].mention)
    }

    /// A day is four bytes; a date (in every mention's box and every event) and an expression hold two intervals. A
    /// date's derivation is two strings (`DerivationText`: pieces the load shares, where the whole was distinct per
    /// article), an expression's one and a flag in its padding.
    @Test func datesAreSmall() {
        #expect(MemoryLayout<Day>.size == 4)
        #expect(MemoryLayout<DayInterval>.size == 8)
        #expect(MemoryLayout<EventDate>.size <= 64)
        #expect(MemoryLayout<Timex>.size <= 88)
        var t = Timex(range: TextRange(3, 9), text: "Monday", type: .date, value: "2022-03-28", mod: "APPROX")
        #expect(t.range == TextRange(3, 9) && t.mod == "APPROX")
        t.mod = "A_MOD_OF_ITS_OWN"
        t.range = TextRange(4, 10)
        #expect(t.mod == "A_MOD_OF_ITS_OWN" && t.range == TextRange(4, 10))
        #expect(t != Timex(range: TextRange(4, 10), text: "Monday", type: .date, value: "2022-03-28", mod: "APPROX"))
        t.mod = "APPROX"
        #expect(t == Timex(range: TextRange(4, 10), text: "Monday", type: .date, value: "2022-03-28", mod: "APPROX"))
        t.mod = nil
        #expect(t.mod == nil && t == Timex(range: TextRange(4, 10), text: "Monday", type: .date, value: "2022-03-28"))
    }

    @Test func smallDaysReadAndCompareLikeTheCalendar() {
        let a = Day(year: -9999, month: 1, day: 1)!, b = Day(year: 9999, month: 12, day: 31)!
        #expect(a.year == -9999 && a.month == 1 && a.day == 1 && b.year == 9999 && b.month == 12 && b.day == 31)
        #expect(a < b && Day(year: 2022, month: 3, day: 28)! < Day(year: 2022, month: 12, day: 1)!)
        #expect(Day(year: -1, month: 12, day: 31)! < Day(year: 0, month: 1, day: 1)!)
        #expect(Day(dayNumber: b.dayNumber) == b && Day(dayNumber: a.dayNumber) == a)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func preparedMentionsKeepTheirValues() {
        let date = EventDate(value: "2022-03-28", interval: nil, granularity: .day, derivation: "'Monday'")
        var m = Mention(document: "a", range: TextRange(0, 10), text: "Talks resumed.", trigger: TextRange(6, 13),
                        date: date, modality: .planned, attribution: "the Kremlin", actors: ["Peskov"],
                        triggerParts: [TextRange(6, 9), TextRange(10, 13)], negated: true)
        m.isHidden = true
        #expect(m.negated && m.isHidden && m.modality == .planned && m.trigger == TextRange(6, 13))
        #expect(m.text == "Talks resumed." && m.range == TextRange(0, 10) && m.document == "a")
        m.trigger = nil
        #expect(m.trigger == nil && m.triggerText == nil)
        #expect(m.triggerParts == [TextRange(6, 9), TextRange(10, 13)] && m.date == date && m.attribution == "the Kremlin")
    }
}
