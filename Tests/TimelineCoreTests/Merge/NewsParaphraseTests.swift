import Testing
@testable import TimelineCore

/// Two outlets' words for one happening are one predicate (`PhrasalPredicates`), so the merge joins what it would join
/// for one verb.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NewsParaphraseTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aStockThatSoaredAndOneThatJumpedByOneFigureAreOneRise() {
        let a = F.extract("Its shares soared 40 percent ⟦on Monday⟧ after the bid.", values: ["2026-02-09"], id: "a", published: "2026-02-09")
        let b = F.extract("The company's stock jumped 40% ⟦on Monday⟧.", values: ["2026-02-09"], id: "b", published: "2026-02-10")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    @Test func aStockThatSoaredAndOneThatSankStayApart() {
        let a = F.extract("Its shares soared 40 percent ⟦on Monday⟧ after the bid.", values: ["2026-02-09"], id: "a", published: "2026-02-09")
        let b = F.extract("The company's stock sank 40% ⟦on Monday⟧.", values: ["2026-02-09"], id: "b", published: "2026-02-10")
        let events = merge(a + b)
        #expect(!events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    func joined(_ t1: String, _ t2: String, day: String = "2026-02-09") -> Bool {
        let a = F.extract(t1, values: [day], id: "a", published: day)
        let b = F.extract(t2, values: [day], id: "b", published: day)
        return merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] }
    }

    /// The predicate of the mention whose trigger starts with `verb`.
    func predicate(_ text: String, _ verb: String) -> String? {
        F.extract(text, values: []).first { $0.mention.triggerText?.hasPrefix(verb) == true }?.lemma
    }

    @Test(arguments: [
        ("The company expanded its recall on Monday.", "expanded", "The company extended the recall.", "extended"),
        ("The bank disclosed a $420 million loss.", "disclosed", "The bank reported a $420 million loss.", "reported"),
        ("The airport halted all departures after the fire.", "halted", "The airport suspended all flights.", "suspended"),
        ("The airline grounded its flights on Tuesday.", "grounded", "The airline suspended its flights.", "suspended"),
        ("The government unveiled its reconstruction plan.", "unveiled", "The government published a reconstruction plan.", "published"),
        ("Riot police broke up the rally on Tuesday.", "broke", "Riot police dispersed the rally.", "dispersed"),
        ("The investor pulled out of the deal on Monday.", "pulled", "The investor withdrew from the deal.", "withdrew"),
        ("Regulators launched an investigation into the bank.", "launched", "Regulators investigated the bank.", "investigated"),
    ])
    func twoOutletsWordsForOneHappeningAreOnePredicate(_ c: (String, String, String, String)) throws {
        let a = try #require(predicate(c.0, c.1)), b = try #require(predicate(c.2, c.3))
        #expect(a == b, "\(c.0) / \(c.2)")
    }

    @Test(arguments: [
        ("The union and the port employers reached a deal ⟦on Monday⟧.", "The union and the port employers agreed a deal ⟦on Monday⟧."),
        ("The senate voted down the budget bill ⟦on Monday⟧.", "The senate rejected the budget bill ⟦on Monday⟧."),
    ])
    func twoOutletsWordsForOneHappeningAreOneEvent(_ pair: (String, String)) {
        #expect(joined(pair.0, pair.1), "\(pair)")
    }

    @Test(arguments: [
        // (shots fired are no dismissal; a statue unveiled publishes nothing)
        ("The guard fired two shots at the depot.", "fired", "dismiss"),
        ("The mayor unveiled a statue of the poet.", "unveiled", "publish"),
        ("The storm knocked out power to the city.", "knocked", "disconnect"),
    ])
    func wordsOfOtherHappeningsAreOtherPredicates(_ c: (String, String, String)) {
        #expect(predicate(c.0, c.1) != c.2, "\(c.0)")
    }

    @Test func aDealReachedAndOneRejectedStayApart() {
        #expect(!joined("The union and the port employers reached a deal ⟦on Monday⟧.",
                        "The union and the port employers rejected a deal ⟦on Monday⟧."))
    }
}
