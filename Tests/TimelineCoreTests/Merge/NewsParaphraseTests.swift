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
        ("The president took the oath of office on Monday.", "took", "The president was sworn in on Monday.", "sworn"),
        ("The river burst its banks on Sunday.", "burst", "The river flooded on Sunday.", "flooded"),
        ("The train came off the tracks near Lyon.", "came", "The train derailed near Lyon.", "derailed"),
        ("The cabinet signed off on the budget.", "signed", "The cabinet approved the budget.", "approved"),
        ("The jury found Harris guilty on Friday.", "found", "Harris was convicted on Friday.", "convicted"),
        ("The carmaker ordered a recall of 40,000 cars.", "ordered", "The company recalled 40,000 vehicles.", "recalled"),
        ("The firm cut 500 jobs on Monday.", "cut", "The company laid off 500 workers on Monday.", "laid"),
        ("A jury found the two men guilty of murder on Tuesday.", "found", "The two men were convicted of murder on Tuesday.", "convicted"),
        ("A jury found the two men not guilty of murder on Tuesday.", "found", "The two men were acquitted of murder on Tuesday.", "acquitted"),
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

    /// A takeover fight as business desks tell it: one happening in each outlet's words.
    @Test(arguments: [
        ("The board rebuffed the proposal ⟦on Tuesday⟧, calling it opportunistic.", "The board rejected the proposal ⟦on Tuesday⟧."),
        ("The directors spurned the approach ⟦on Tuesday⟧.", "The board rejected the approach ⟦on Tuesday⟧."),
        ("The bidder sweetened its offer for the brewer ⟦on Monday⟧.", "The bidder raised its offer for the brewer ⟦on Monday⟧."),
        ("The fund walked away from talks with the brewer ⟦on Monday⟧.", "The fund pulled out of talks with the brewer ⟦on Monday⟧."),
        ("The regulator waved the merger through ⟦on Tuesday⟧.", "The regulator cleared the merger ⟦on Tuesday⟧."),
        ("Shareholders voted in favour of the takeover ⟦on Thursday⟧.", "Shareholders approved the takeover ⟦on Thursday⟧."),
        ("The group tabled its formal hostile offer for the brewer ⟦on Monday⟧.", "The group lodged a firm hostile offer for the brewer ⟦on Monday⟧."),
        ("The board did not recommend the firm offer of 465 pence per share which Norrvik announced ⟦on Monday⟧.", "Norrvik tabled its formal offer ⟦on Monday⟧, hours before the deadline."),
        ("Daniel Okoro stood down as chief executive ⟦on Tuesday⟧.", "Daniel Okoro stepped down as chief executive ⟦on Tuesday⟧."),
    ])
    func aTakeoverToldInTwoOutletsWordsIsOneHappening(_ first: String, _ second: String) {
        let a = F.extract(first, values: ["2026-09-08"], id: "a", published: "2026-09-08")
        let b = F.extract(second, values: ["2026-09-08"], id: "b", published: "2026-09-09")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
    }

    /// Walking away unhurt, or abandoning a car, is no withdrawal from a deal.
    @Test func walkingAwayFromACrashIsNoWithdrawal() {
        let a = F.extract("The driver walked away from the crash ⟦on Monday⟧.", values: ["2026-09-07"], id: "a", published: "2026-09-07")
        #expect(a.first { $0.mention.triggerText == "walked" }?.lemma != "withdraw", "\(a.map(\.lemma))")
        let b = F.extract("The driver abandoned his car ⟦on Monday⟧.", values: ["2026-09-07"], id: "b", published: "2026-09-07")
        #expect(b.first { $0.mention.triggerText == "abandoned" }?.lemma != "withdraw", "\(b.map(\.lemma))")
    }
}
