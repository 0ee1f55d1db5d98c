import Testing
@testable import TimelineCore

/// "said it remains on track ⟦to resume⟧ production by August 24": the infinitive after "on track" read as a
/// preposition and a noun (`ParseRepair.infinitiveAfterOnTrackReadAsANoun`); what is on track is expected.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairOnTrackTests {
    let t = ParseRepairTests()

    @Test func theInfinitiveIsTheTracksComplement() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.infinitiveAfterOnTrackReadAsANoun.examples[0], model: model).first).repaired()
        let resume = try #require(p.words.first { $0.form == "resume" })
        #expect(resume.upos == "VERB")
        #expect(t.head(p, "resume") == "track" && t.rel(p, "resume") == "xcomp")
        #expect(t.head(p, "production") == "resume" && t.rel(p, "production") == "obj")
        #expect(t.head(p, "24") == "resume")
    }

    @Test func theResumptionIsExpectedOnItsDay() {
        let ms = EventFixtures.extract("The company said it remains on track to resume production by ⟦August 24⟧.",
                                       values: ["2026-08-24"], published: "2026-08-12")
        let resumption = ms.first { ["resume", "production"].contains($0.mention.triggerText) }
        #expect(resumption?.mention.modality == .expected, "\(ms.map { ($0.summary, $0.mention.modality) })")
        #expect(resumption?.mention.date.value == "2026-08-24")
        // (the saying is not of the day the resumption is due)
        #expect(ms.first { $0.mention.triggerText == "said" }?.mention.date.value != "2026-08-24")
    }
}
