import Testing
@testable import TimelineCore

/// "The trouble", "the incident", "the tragedy": a definite general noun with nothing of its own stands for the mishap
/// its article named last, so that an outlet telling "the trouble started late on Saturday" and one telling "the
/// attack began on Sunday" tell one happening (on two days: a conflict).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct GeneralMishapNounTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    func mention(_ ms: [ExtractedMention], trigger: String) throws -> ExtractedMention {
        try #require(ms.first { $0.mention.triggerText == trigger })
    }

    @Test func theTroubleIsTheAttackItsArticleNamed() throws {
        let a = F.extract("Hackers crippled the county's computers in a cyberattack. Staff said the trouble started ⟦late on Saturday⟧.",
                          values: ["2025-03-01"], id: "a", published: "2025-03-05")
        let trouble = try mention(a, trigger: "trouble")
        #expect(trouble.triggerClass == .attack)
        let b = F.extract("The cyberattack began ⟦on Sunday⟧, county officials said.", values: ["2025-03-02"], id: "b",
                          published: "2025-03-05")
        let events = merge(a + b)
        let started = try #require(events.first { $0.mentions.contains { $0.triggerText == "trouble" } })
        #expect(Set(started.documentIDs) == ["a", "b"])
        #expect(started.conflict)
    }

    @Test func theTragedyIsTheSinkingBeforeIt() throws {
        let a = F.extract("A crowded ferry sank in the Meghna river. Survivors said the tragedy happened ⟦before dawn on Tuesday⟧.",
                          values: ["2024-07-16TNI"], id: "a", published: "2024-07-17")
        let tragedy = try mention(a, trigger: "tragedy")
        #expect(tragedy.triggerClass == .accident)
        #expect(TriggerLexicon.accidentKind(of: tragedy.lemma) == TriggerLexicon.accidentKind(of: "sink"))
    }

    @Test func aGeneralNounWithNoMishapBeforeItKeepsItsOwnMeaning() throws {
        let a = F.extract("The incident happened ⟦on Monday⟧, the mayor said.", values: ["2024-07-15"], id: "a", published: "2024-07-17")
        let incident = try mention(a, trigger: "incident")
        #expect(incident.triggerClass == .other)
        #expect(incident.lemma == "incident")
    }

    @Test func aGeneralNounWithWordsOfItsOwnIsNotTheStorysMishap() throws {
        // "a similar incident" is another one; so is an incident with a clause of its own.
        let a = F.extract("A gas explosion tore through the plant ⟦on Tuesday⟧. A similar incident hit a Texas refinery ⟦in 2019⟧.",
                          values: ["2024-07-16", "2019"], id: "a", published: "2024-07-17")
        let incident = try mention(a, trigger: "incident")
        #expect(incident.lemma != "explode")
    }
}
