import Testing
@testable import TimelineCore

/// A saying is where it was said: a place in its own oblique or in whom it was told to, never one in what it says
/// (`SentenceAnalysis+Parse.swift`: the saying's mention had no place at all).
struct SayingPlaceTests {
    typealias F = EventFixtures

    func places(_ m: ExtractedMention) -> [String] { m.mention.places.map(\.place.name) }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func whereItWasToldIsItsPlace() throws {
        let m = F.extract("The minister told an industry breakfast in Kolkata ⟦on Tuesday⟧ that the bridge would go ahead.",
                          values: ["2026-10-20"], published: "2026-10-22")
        #expect(places(try F.mention(m, "told")) == ["Kolkata"])
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func notWhatItSays() throws {
        let m = F.extract("The minister said in Kolkata ⟦on Tuesday⟧ that the bridge would go ahead in Siliguri.",
                          values: ["2026-10-20"], published: "2026-10-22")
        #expect(places(try F.mention(m, "said")) == ["Kolkata"])
        let n = F.extract("The minister said ⟦on Tuesday⟧ that the bridge would go ahead in Siliguri.", values: ["2026-10-20"],
                          published: "2026-10-22")
        #expect(n.first { $0.mention.triggerText == "said" }.map { places($0).isEmpty } ?? true)
    }
}
