import Testing
@testable import TimelineCore

/// A story of our own told by three outlets (wildfires in central Chile, February 2024): a place whose name holds a
/// month's abbreviation ("Viña del Mar"), a forecast for a weekday after a Saturday, a participle between commas
/// with a date of its own, quotations closed by their speaker, and one outbreak told three ways ("broke out",
/// "started last Friday", "which began on Feb. 2").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct WildfireStoryTests {
    static let wildfire = Result { try StoryCorporaTests.load("wildfire") }

    func mentions(_ c: Chronology) -> [(event: Event, mention: Mention)] {
        c.events.flatMap { e in e.mentions.map { (e, $0) } }
    }

    @Test func theOutbreakIsOneEventOfEveryOutletOnTheSecond() throws {
        let c = try Self.wildfire.get()
        let outbreak = try #require(c.events.first { $0.mentions.contains { $0.text.contains("broke out") && $0.triggerText == "fires" } })
        #expect(Set(outbreak.documentIDs) == ["wire", "daily", "review"], "\(outbreak.documentIDs)")
        #expect(outbreak.date.value.hasPrefix("2024-02-02"), "\(outbreak.date.value)")
    }

    @Test func aTownNamedForTheSeaIsNoMonth() throws {
        let c = try Self.wildfire.get()
        // (the wire and the daily are of 3 and 5 February and tell nothing of March)
        let march = mentions(c).filter { $0.mention.date.value.hasPrefix("2024-03") && $0.mention.document != "review" }
        #expect(march.isEmpty, "\(march.map(\.event.summary))")
    }

    @Test func theForecastIsForTheMondayAhead() throws {
        let c = try Self.wildfire.get()
        let ease = try #require(mentions(c).first { $0.mention.text.contains("winds to ease") })
        #expect(ease.mention.date.value == "2024-02-05")
        #expect(ease.mention.modality == .expected)
    }

    @Test func theGardensFoundingKeepsItsYearToItself() throws {
        let c = try Self.wildfire.get()
        let founded = try #require(mentions(c).first { $0.mention.triggerText == "founded" })
        #expect(founded.mention.date.value == "1931")
        #expect(founded.event.summary.hasSuffix("was founded"), "\(founded.event.summary)")
        let destroyed = try #require(mentions(c).first { $0.mention.triggerText == "destroyed" && $0.mention.text.contains("Botanical") })
        #expect(destroyed.mention.date.value != "1931")
    }

    @Test func aQuotationsSpeakerSpeaksAndAClauseAboutHerIsNotQuoted() throws {
        let c = try Self.wildfire.get()
        #expect(c.events.contains { $0.summary == "Marta Rojas said we have waited six weeks for this" }, "\(c.events.map(\.summary))")
        let died = try #require(mentions(c).first { $0.mention.triggerText == "died" })
        #expect(died.mention.attribution == nil)
        let appear = try #require(mentions(c).first { $0.mention.triggerText == "appear" })
        #expect(appear.mention.date.value == "2024-03-17" && appear.mention.modality == .planned)
    }
}
