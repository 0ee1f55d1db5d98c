import Testing
@testable import TimelineCore

/// "claim" with a noun for its object takes the credit or the blame for a deed: the claiming is the happening, of its
/// own day, and it reports nothing (the deed it names happened earlier, told elsewhere).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ClaimOfADeedTests {
    typealias F = EventFixtures

    @Test func claimingAnAttackIsTheClaimNotTheAttack() throws {
        let ms = F.extract("The Black Lantern group claimed the attack on ⟦Wednesday⟧.", values: ["2025-03-05"], published: "2025-03-07")
        let claimed = try F.mention(ms, "claimed")
        #expect(claimed.mention.modality == .happened)
        #expect(claimed.mention.date.value == "2025-03-05")
        #expect(claimed.summary == "The Black Lantern group claimed the attack", "\(claimed.summary)")
        #expect(!ms.contains { $0.mention.triggerText == "attack" }, "\(ms.map(\.summary))")
        let responsibility = F.extract("A militant group claimed responsibility for the bombing on ⟦Friday⟧.", values: ["2025-03-07"], published: "2025-03-08")
        #expect(try F.mention(responsibility, "claimed").mention.date.value == "2025-03-07")
    }

    /// A claim with a clause for its content stays a report of that clause.
    @Test func aClaimWithAClauseStaysAReport() throws {
        let ms = F.extract("The group claimed that it had copied patient files on ⟦Monday⟧.", values: ["2025-03-03"], published: "2025-03-07")
        let copied = try F.mention(ms, "copied")
        #expect(copied.mention.modality == .claimed)
        #expect(!ms.contains { $0.mention.triggerText == "claimed" })
    }

    /// A clause coordinated with a claim of a deed is not attributed to the claimant; a noun named by "called" is the
    /// claimant, and a sentence misread before it stays out of the claim's summary.
    @Test func aClaimantNamedByCalled() throws {
        let ms = F.extract("Here is what we know: the attack began over ⟦the weekend⟧, and a group called Black Lantern claimed the attack on ⟦Wednesday⟧.",
                           values: ["2025-W09-WE", "2025-03-05"], published: "2025-03-07")
        let claimed = try F.mention(ms, "claimed")
        #expect(claimed.summary == "A group called Black Lantern claimed the attack", "\(claimed.summary)")
        let began = try #require(ms.first { $0.summary == "The attack began over the weekend" }, "\(ms.map(\.summary))")
        #expect(began.mention.attribution == nil && began.mention.modality == .happened)
    }

    /// A live blog's clock time before a speaker is no title of the speaker.
    @Test func aClockTimeIsNoTitle() throws {
        let ms = F.extract("⟦10:50 a.m.⟧ Maria Delgado said the network had restored its e-mail.", values: ["2025-03-07T10:50"], published: "2025-03-07")
        #expect(ms.allSatisfy { !$0.summary.contains("a.m.") }, "\(ms.map(\.summary))")
    }

    /// Finding a happening is another happening than it: "the attack was discovered on Sunday" is not the attack's
    /// day.
    @Test func aDiscoveryIsNotTheHappeningFound() throws {
        let ms = F.extract("Lakeshore said the attack was discovered on ⟦Sunday⟧.", values: ["2025-03-02"], published: "2025-03-06")
        let found = try F.mention(ms, "discovered")
        #expect(found.triggerClass == .other && found.lemma == "discover", "\(found.triggerClass) \(found.lemma)")
    }

    /// A part of a period is its time, not a happening, and it stays in the summary with its period.
    @Test func thePartOfAPeriodIsNoHappening() throws {
        let ms = F.extract("Lakeshore also postponed all elective surgeries for the rest of ⟦the week⟧.", values: ["2025-W10"], published: "2025-03-04")
        #expect(!ms.contains { $0.mention.triggerText == "rest" }, "\(ms.map(\.summary))")
        #expect(try F.mention(ms, "postponed").summary == "Lakeshore postponed all elective surgeries for the rest of the week")
    }

    /// A relative clause after "on behalf of" tells of the noun after "of"; "those affected" names people; the
    /// conjunct of a progressive shares its "was".
    @Test func nounsAfterComplexPrepositionsAndThose() throws {
        let ms = F.extract("The suit was filed on ⟦Tuesday⟧ on behalf of a woman who was treated at the hospital in ⟦January⟧.",
                           values: ["2025-03-11", "2025-01"], published: "2025-03-13")
        #expect(try F.mention(ms, "treated").summary == "A woman was treated at the hospital")
        let those = F.extract("Lakeshore said on ⟦Thursday⟧ that it was notifying those affected and offering credit monitoring.",
                              values: ["2025-03-13"], published: "2025-03-14")
        #expect(!those.contains { $0.mention.triggerText == "affected" }, "\(those.map(\.summary))")
        #expect(try F.mention(those, "offering").summary == "Lakeshore was offering credit monitoring")
    }
}
