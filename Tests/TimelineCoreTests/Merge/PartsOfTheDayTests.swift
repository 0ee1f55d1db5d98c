import Testing
@testable import TimelineCore

/// Two verbs told of two parts of one day are two happenings, whatever words and names their sentences share
/// (`MentionMerger.partsOfTheDayApart`): the paraphrase merge joins two verbs of one day only when their times meet.
struct PartsOfTheDayTests {
    static func mention(_ value: String) -> Mention {
        var m = EventFixtures.extract("⟦Wednesday⟧ Crews worked.", values: ["2026-03-11"], published: "2026-03-12")[0].mention
        m.date = EventDate(value: value, interval: DayInterval(day: Day(year: 2026, month: 3, day: 11)!), granularity: .time)
        return m
    }

    @Test func aMorningAndAnAfternoonAreApart() {
        #expect(MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11TMO"), Self.mention("2026-03-11TAF")))
        #expect(MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11T08:20"), Self.mention("2026-03-11T15:00")))
    }

    @Test func anEveningAndANightOrOnePartMeet() {
        #expect(!MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11TEV"), Self.mention("2026-03-11TNI")))
        #expect(!MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11TMO"), Self.mention("2026-03-11T09:40")))
        #expect(!MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11TMO"), Self.mention("2026-03-11")))
        // ("at about 1:10 a.m." is early on that morning)
        #expect(!MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11T01:10"), Self.mention("2026-03-11TMO")))
        #expect(!MentionMerger.partsOfTheDayApart(Self.mention("2026-03-11T16:50"), Self.mention("2026-03-11T16:52")))
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func twoVerbsOfAMorningAndAnAfternoonStayApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-03-12\n---\nQuake.\n\nOn Wednesday morning firefighters rescued a boy from the ruins of his home in Huanta.\n"),
            ("b.md", "---\npublished: 2026-03-13\n---\nReview.\n\nOn Wednesday afternoon the president walked through the ruins of the school in Huanta.\n"),
        ])
        let rescue = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "rescued" } }, "\(c.events.map(\.summary))")
        #expect(rescue.documentIDs == ["a"], "\(rescue.documentIDs)")
    }
}
