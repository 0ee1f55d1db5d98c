import Testing
@testable import TimelineCore

/// An amount in millions or billions counts what its figure says ("$1.3 billion" is 1,300,000,000, not "billion"), and
/// a large figure two outlets give for one day is as good as a word in common: "depositors withdrew $1.3 billion" and
/// "customers moved $1.3 billion out of the bank" are one happening; withdrawing money is no army's withdrawal
/// (`PredicateRules.count(at:tree:)`, `MentionMerger.compatible`, `PhrasalPredicates`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AmountTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test(arguments: [
        ("Savers withdrew $40 million from the lender ⟦on Friday⟧.", "withdrew", "count:40000000"),
        ("Customers moved $1.3 billion out of the bank ⟦on Friday⟧.", "moved", "count:1300000000"),
    ])
    func anAmountCountsItsFigure(_ text: String, _ trigger: String, _ count: String) {
        let m = F.extract(text, values: ["2026-03-06"], published: "2026-03-09")
        #expect(m.first { $0.mention.triggerText == trigger }?.keywords.contains(count) == true, "\(m.map(\.keywords))")
    }

    @Test func twoOutletsGivingOneLargeAmountOfOneDayTellOneHappening() throws {
        let a = F.extract("Depositors withdrew $1.3 billion ⟦on Wednesday⟧, a filing showed.", values: ["2026-03-04"], id: "a", published: "2026-03-06")
        let b = F.extract("⟦On March 4⟧ customers moved $1.3 billion out of the lender.", values: ["2026-03-04"], id: "b", published: "2026-03-12")
        let e = try #require(merge(a + b).first { $0.mentions.contains { $0.triggerText == "withdrew" } })
        #expect(Set(e.documentIDs) == ["a", "b"])
    }

    @Test func twoAmountsAreTwoHappenings() {
        let a = F.extract("Depositors withdrew $1.3 billion ⟦on Wednesday⟧, a filing showed.", values: ["2026-03-04"], id: "a", published: "2026-03-06")
        let b = F.extract("⟦On March 4⟧ customers moved $2.1 billion out of the lender.", values: ["2026-03-04"], id: "b", published: "2026-03-12")
        #expect(!merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] })
    }

    /// A price that plunges falls, and two outlets' falls of one count on one day are one: "its shares plunged 58
    /// percent" / "its stock fell 58%" (a plunging diver does not fall).
    @Test func twoOutletsFallsOfOneFigureAreOneHappening() throws {
        let a = F.extract("Its shares plunged 31 percent ⟦on Tuesday⟧.", values: ["2026-03-03"], id: "a", published: "2026-03-06")
        let b = F.extract("Its stock fell 31% ⟦on March 3⟧, the day after the warning.", values: ["2026-03-03"], id: "b", published: "2026-03-12")
        let events = merge(a + b)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "plunged" } })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(events.map { ($0.summary, $0.documentIDs) })")
        let diver = F.extract("The diver plunged into the sea ⟦on Tuesday⟧.", values: ["2026-03-03"], published: "2026-03-06")
        #expect(diver.first { $0.mention.triggerText == "plunged" }?.lemma == "plunge")
    }

    @Test func troopsWithdrawnAreAWithdrawal() {
        let m = F.extract("The army withdrew its troops from the town ⟦on Friday⟧.", values: ["2026-03-06"], published: "2026-03-09")
        #expect(m.first { $0.mention.triggerText == "withdrew" }?.lemma == "withdraw")
    }
}
