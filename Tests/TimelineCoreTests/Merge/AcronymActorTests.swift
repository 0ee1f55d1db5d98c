import Testing
@testable import TimelineCore

/// A body named in full with its initials in brackets ("The Scottish Prison Service (SPS)") is the same speaker as one
/// another outlet names by the initials alone ("The SPS").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct AcronymActorTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func initialsAreAKeyOfTheBodyTheyStandFor() {
        #expect(SentenceAnalysis.acronym("SPS") == "sps")
        #expect(SentenceAnalysis.acronym("FDIC") == "fdic")
        // (roles, time zones and words in capitals are no body)
        #expect(SentenceAnalysis.acronym("CEO") == nil)
        #expect(SentenceAnalysis.acronym("GMT") == nil)
        #expect(SentenceAnalysis.acronym("Police") == nil)
        #expect(SentenceAnalysis.acronym("A") == nil)
    }

    /// Whether the saying "The Scottish Prison Service (SPS) said on Monday …" and `other`'s, of the same day, are one.
    func oneSaying(with other: String) -> Bool {
        let a = F.extract("The Scottish Prison Service (SPS) said ⟦on Monday⟧ that it would review its camera contracts.",
                          values: ["2026-03-02"], id: "a", published: "2026-03-02")
        let b = F.extract(other, values: ["2026-03-02"], id: "b", published: "2026-03-03")
        let said = merge(a + b).filter { $0.mentions.contains { $0.triggerText == "said" } }
        return said.contains { Set($0.documentIDs) == ["a", "b"] }
    }

    @Test func aSayingOfABodyAndOfItsInitialsIsOneSaying() {
        #expect(oneSaying(with: "The SPS said ⟦on Monday⟧ that it would review the camera contracts."))
    }

    @Test func otherInitialsAreAnotherSpeaker() {
        #expect(!oneSaying(with: "The FAA said ⟦on Monday⟧ that it would review the camera contracts."))
    }
}
