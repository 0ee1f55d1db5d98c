import Testing
@testable import TimelineCore

/// A plan nothing dates, told in what a speaker said on a named day, is planned as of that day: "The authority said on
/// Monday that it would seek compensation", in Tuesday's paper, is as of Monday, the day its own release said "will
/// seek"; as of publication it was a day late.
@Suite("Events: the plan of a dated saying")
struct PlanOfADatedSayingTests {
    typealias F = EventFixtures

    @Test func aPlanToldOnANamedDayIsPlannedAsOfThatDay() throws {
        let ms = F.extract("The authority said ⟦on Monday⟧ that it would seek compensation from the ship's owner.",
                           values: ["2026-04-13"], published: "2026-04-14")
        let seek = try #require(ms.first { $0.mention.triggerText == "seek" })
        #expect(seek.mention.modality == .planned)
        #expect(seek.mention.date.value == "2026-04-13" && seek.mention.date.isFallback, "\(seek.mention.date.derivation)")
    }

    @Test func aPlanOfAnUndatedSayingIsAsOfPublication() throws {
        let ms = F.extract("The authority has said it will seek compensation from the ship's owner.", values: [], published: "2026-04-16")
        let seek = try #require(ms.first { $0.mention.triggerText == "seek" })
        #expect(seek.mention.date.value == "2026-04-16" && seek.mention.date.isFallback)
    }

    @Test func wordsInQuotationMarksStayTalk() {
        let ms = F.extract("“I intend to earn back their trust,” Harcourt said ⟦on Tuesday⟧.", values: ["2026-10-13"], published: "2026-10-15")
        #expect(!ms.contains { $0.mention.modality == .planned }, "\(ms.map(\.summary))")
    }
}
