import Testing
@testable import TimelineCore

/// A past tense in a clause under a future tells what happened; under "would" it is the future told in the past.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PastUnderAFutureTests {
    typealias F = EventFixtures

    @Test func aPastTenseAfterAFutureHappened() throws {
        let ms = F.extract("Train drivers at Northern Rail will walk out on ⟦Monday⟧ for 48 hours after talks over pay broke down on ⟦Thursday⟧.",
                           values: ["2025-03-03", "2025-02-27"], published: "2025-02-28")
        let broke = try F.mention(ms, "broke down")
        #expect(broke.mention.modality == .happened)
        #expect(broke.mention.date.value == "2025-02-27")
        #expect(broke.summary.hasPrefix("Talks over pay broke down"), "\(broke.summary)")
        #expect(try F.mention(ms, "walk").mention.modality == .planned)
    }

    @Test func aPastTenseUnderWouldIsTheFutureToldInThePast() throws {
        let ms = F.extract("The minister said on ⟦Monday⟧ he would step down once a new government was formed.",
                           values: ["2025-02-24"], published: "2025-02-25")
        #expect(try F.mention(ms, "formed").mention.modality.isFuture)
    }
}
