import Testing
@testable import TimelineCore

/// An archive holds many stories: the like lines and happenings of unrelated stories must not chain into one event.
@Suite struct MergeAcrossStoriesTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    func event(_ events: [Event], _ word: String) -> [Event] { events.filter { $0.mentions.contains { $0.text.contains(word) } } }

    @Test func aCopyKeepsItsNames() {
        // One word apart, but about two countries: two statements. The same line with a source added is a copy.
        let a = F.extract("Security experts said ⟦on Monday⟧ the events could have consequences well beyond Malaysia.",
                          values: ["2024-03-04"], id: "a", published: "2024-03-05")
        let b = F.extract("Security experts said ⟦on Friday⟧ the events could have consequences well beyond Romania.",
                          values: ["2024-03-15"], id: "b", published: "2024-03-16")
        let c = F.extract("Security experts said ⟦on Friday⟧ the events could have consequences well beyond Malaysia, Reuters reported.",
                          values: ["2024-03-15"], id: "c", published: "2024-03-16")
        let words = [a, b, c].map { WireCopy.words(of: $0[0].mention) }
        #expect(WireCopy.similar(WireCopy.pairs(words[0]), WireCopy.pairs(words[1])))
        #expect(WireCopy.scan(a[0].mention).names == ["malaysia"])
        let copies = Set(WireCopy.copies(a + b + c).map { [$0.0, $0.1] })
        let (ia, ib, ic) = (0, a.count, a.count + b.count)
        #expect(copies.contains([ia, ic]))
        #expect(!copies.contains([ia, ib]) && !copies.contains([ib, ic]))
    }

    @Test func aStockLineIsACopyOnlyBetweenCopiesOfOneStory() {
        let stock = "Officials said the situation at the border remained very tense ⟦on Tuesday⟧."
        let a = F.extract(stock, values: ["2024-03-05"], id: "a", published: "2024-03-05")
        let b = F.extract(stock, values: ["2024-05-14"], id: "b", published: "2024-05-14")
        #expect(!a.isEmpty && !b.isEmpty)
        #expect(WireCopy.copies(a + b).isEmpty)
        // Printings of one story share a named line too.
        let story = "Harbourline Freight said it had recalled 4,000 containers from its Rotterdam depot ⟦on Monday⟧."
        let c = F.extract(stock + "\n" + story, values: ["2024-03-05", "2024-03-04"], id: "c", published: "2024-03-05")
        let d = F.extract(stock + "\n" + story, values: ["2024-03-12", "2024-03-11"], id: "d", published: "2024-03-12")
        let pairs = WireCopy.copies(c + d).map { [$0.0, $0.1] }
        #expect(pairs.contains { pair in pair.allSatisfy { c.indices.contains($0) || (c.count..<(c.count + d.count)).contains($0) } })
        #expect(pairs.count >= 2, "\(pairs)")
    }

    @Test func aMentionWithNoPlaceDoesNotJoinTwoPlaces() {
        // Agreements of one day in Kolkata and in Dhaka, and one that names no place: the placeless one may join
        // either, never both.
        let kolkata = F.extract("The two governments agreed on a gas deal in Kolkata ⟦on 27 February⟧.", values: ["2024-02-27"], id: "a", published: "2024-02-28")
        let some = F.extract("The two sides agreed on a deal ⟦on Tuesday⟧.", values: ["2024-02-27"], id: "b", published: "2024-02-28")
        let dhaka = F.extract("The two governments agreed on a gas deal in Dhaka ⟦on 27 February⟧.", values: ["2024-02-27"], id: "c", published: "2024-02-28")
        let events = event(merge(kolkata + some + dhaka), "agreed")
        #expect(events.count == 2)
        #expect(!events.contains { e in e.mentions.contains { $0.text.contains("Kolkata") } && e.mentions.contains { $0.text.contains("Dhaka") } })
    }

    @Test func pairsDaysApartDoNotChainIntoMonths() {
        // The same kind of happening in reports a few days apart, each pair within a day or two: one event would run
        // for weeks.
        var ms: [ExtractedMention] = []
        for k in 0..<10 {
            let day = Day(iso: "2024-03-01")!.adding(days: 2 * k)!
            ms += F.extract("Protesters marched through the capital ⟦on \(day.iso)⟧.", values: [day.iso], id: "d\(k)", published: day.adding(days: 1)!.iso)
        }
        for e in event(merge(ms), "marched") {
            let days = e.mentions.compactMap { $0.date.interval?.start.dayNumber }
            #expect(days.max()! - days.min()! <= 7, "\(e.mentions.map(\.date.value))")
        }
    }

    @Test func undatedLinesOfTwoArticlesNeedANameInCommon() {
        let a = F.extract("Residents of Muscat said they had received little information from the authorities.", values: [], id: "a", published: "2024-03-05")
        let b = F.extract("Residents of Vilnius said they had received little information from the authorities.", values: [], id: "b", published: "2024-03-06")
        let c = F.extract("Residents of Muscat complained that they had received little information from the authorities.", values: [], id: "c", published: "2024-03-06")
        let events = event(merge(a + b + c), "received")
        #expect(!events.contains { e in e.mentions.contains { $0.text.contains("Vilnius") } && e.mentions.contains { $0.text.contains("Muscat") } })
    }
}
