import Testing
@testable import TimelineCore

/// Capturing a person is arresting them: "was recaptured", "was detained", "was arrested" and "was returned to custody"
/// tell one arrest; a town recaptured stays a capture. Our own sentences, in the style of wire copy.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PersonCaptureTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func aPersonRecapturedIsArrested() {
        let named = F.extract("Darren Cole escaped on Monday. Cole was recaptured near the border ⟦on Thursday⟧.",
                              values: ["2025-09-11"], id: "a", published: "2025-09-13")
        #expect(named.first { $0.mention.triggerText == "recaptured" }?.triggerClass == .arrest, "\(named.map(\.lemma))")
        let aged = F.extract("A 34-year-old man was recaptured ⟦on Thursday⟧.", values: ["2025-09-11"], published: "2025-09-13")
        #expect(aged.first { $0.mention.triggerText == "recaptured" }?.triggerClass == .arrest)
        let him = F.extract("Police recaptured him ⟦on Thursday⟧.", values: ["2025-09-11"], published: "2025-09-13")
        #expect(him.first { $0.mention.triggerText == "recaptured" }?.triggerClass == .arrest)
        // A town recaptured is a capture, whatever is near it.
        let town = F.extract("Ukrainian troops recaptured Kherson ⟦on Friday⟧.", values: ["2022-11-11"], published: "2022-11-12")
        #expect(town.first { $0.mention.triggerText == "recaptured" }?.triggerClass == .capture)
    }

    @Test func recapturedDetainedAndReturnedToCustodyAreOneArrest() {
        let a = F.extract("Darren Cole, one of two inmates who escaped on Monday, was recaptured near Castle Douglas ⟦on Thursday⟧.",
                          values: ["2025-09-11"], id: "a", published: "2025-09-13")
        let b = F.extract("Police said Darren Cole was detained ⟦at around 6.15am on Thursday⟧ at a farm.",
                          values: ["2025-09-11T06:15"], id: "b", published: "2025-09-12")
        let c = F.extract("Darren Cole was returned to custody ⟦on 11 September⟧.", values: ["2025-09-11"], id: "c", published: "2025-09-17")
        let arrests = merge(a + b + c).filter { e in e.mentions.contains { ["recaptured", "detained", "returned"].contains($0.triggerText ?? "") } }
        #expect(arrests.count == 1, "\(arrests.map(\.summary))")
        #expect(Set(arrests.first?.mentions.map(\.document) ?? []) == ["a", "b", "c"])
    }
}
