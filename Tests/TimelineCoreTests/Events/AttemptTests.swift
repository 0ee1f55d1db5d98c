import Testing
@testable import TimelineCore

/// Verbs of trying and refusing: an attempt at a state is a happening of its own; an attempt at a deed is that deed,
/// expected; a refusal told in the past is the happening.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AttemptTests {
    typealias F = EventFixtures

    @Test func anAttemptAtAStateIsTheAttempt() throws {
        let ms = F.extract("The boy's grandmother sought to become his legal guardian on ⟦Tuesday⟧.", values: ["2024-03-05"], published: "2024-03-08")
        let sought = try F.mention(ms, "sought")
        #expect(sought.mention.modality == .happened)
        #expect(sought.mention.date.value == "2024-03-05")
        #expect(sought.summary.hasPrefix("The boy's grandmother sought to become his legal guardian"), "\(sought.summary)")
    }

    @Test func anAttemptAtADeedIsTheDeedExpected() throws {
        let ms = F.extract("The company tried to sell the plant in ⟦2022⟧.", values: ["2022"], published: "2024-03-08")
        let sell = try F.mention(ms, "sell")
        #expect(sell.mention.modality == .expected)
        #expect(!ms.contains { $0.mention.triggerText == "tried" })
    }

    @Test func aRefusalToldInThePastIsTheHappening() throws {
        let ms = F.extract("Chief executive Maria Delgado refused to pay the ransom on ⟦Friday⟧.", values: ["2025-03-07"], published: "2025-03-14")
        let refused = try F.mention(ms, "refused")
        #expect(refused.mention.modality == .happened && refused.mention.date.value == "2025-03-07")
        #expect(!ms.contains { $0.mention.triggerText == "pay" })
        // Declining to comment stays the refusal of its day, as before.
        let declined = F.extract("Police officials declined to comment on ⟦Saturday⟧.", values: ["2025-03-08"], published: "2025-03-14")
        #expect(try F.mention(declined, "declined").mention.date.value == "2025-03-08")
    }

    @Test func aRefusalInThePresentPerfectIsTheHappening() throws {
        let ms = F.extract("The landlord has refused to release the maintenance records for the boiler.", values: [], published: "2025-03-14")
        let refused = try F.mention(ms, "refused")
        #expect(refused.mention.modality == .happened)
        #expect(!ms.contains { $0.mention.triggerText == "release" }, "\(ms.map(\.summary))")
        // (a refusal is known by what it refuses: "declined to release" is this refusal, "declined to comment" another)
        #expect(refused.lemma == "refuse:release", "\(refused.lemma)")
        let comment = F.extract("The landlord declined to comment on the lawsuit.", values: [], published: "2025-03-14")
        #expect(try F.mention(comment, "declined").lemma == "refuse:comment")
        // (a refusal still to come is no deed: "will refuse to pay" stays the refused payment's expectation or nothing)
        let future = F.extract("The landlord will refuse to release the records.", values: [], published: "2025-03-14")
        #expect(!future.contains { $0.mention.triggerText == "refused" || $0.mention.triggerText == "refuse" && $0.mention.modality == .happened })
    }

    @Test func aRefusalToSayIsTheRefusalAndWhatItWouldNotSayNoClaim() throws {
        let ms = F.extract("A spokesman for the bureau declined to say whether a ransom had been demanded.", values: [], published: "2025-03-14")
        let declined = try F.mention(ms, "declined")
        #expect(declined.mention.modality == .happened)
        #expect(!ms.contains { $0.mention.triggerText == "demanded" })
    }

    @Test func aDeniedSayingIsNoEventNorWhatItWouldNotTell() {
        let ms = F.extract("Investigators have not said how the attackers got in.", values: [], published: "2025-03-14")
        #expect(ms.isEmpty, "\(ms.map { ($0.mention.triggerText ?? "-", $0.summary) })")
        let told = F.extract("Investigators said on ⟦Monday⟧ that the attackers got in through a supplier.", values: ["2025-03-10"], published: "2025-03-14")
        #expect(!told.isEmpty)
    }
}
