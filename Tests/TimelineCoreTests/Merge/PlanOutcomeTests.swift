import Testing
@testable import TimelineCore

/// A plan and what became of it are two events, linked: the plan's `outcomes` name the happening and the
/// happening's `plans` name the plan; neither is a conflict.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PlanOutcomeTests {
    typealias F = EventFixtures

    /// Mentions of several one-sentence articles, with their documents.
    func corpus(_ articles: [(text: String, values: [String], id: String, published: String)]) -> ([ExtractedMention], [Document]) {
        var mentions: [ExtractedMention] = [], documents: [Document] = []
        for a in articles {
            mentions += F.extract(a.text, values: a.values, id: a.id, published: a.published)
            documents.append(F.document(a.text, id: a.id, published: a.published).0)
        }
        return (mentions, documents)
    }

    func merge(_ c: ([ExtractedMention], [Document])) -> [Event] { MentionMerger(within: F.within).merge(c.0, documents: c.1) }

    func event(_ events: [Event], trigger: String) -> Event? {
        events.first { $0.mentions.contains { $0.triggerText == trigger } }
    }

    @Test func aReopeningExpectedByMayAndReopenedInJuneAreLinked() throws {
        let events = merge(corpus([
            ("The port authority expects to reopen the channel ⟦by the end of May⟧.", ["2024-05-31"], "a", "2024-04-20"),
            ("The port authority reopened the channel ⟦on 10 June⟧.", ["2024-06-10"], "b", "2024-06-11"),
        ]))
        let plan = try #require(event(events, trigger: "reopen"))
        let outcome = try #require(event(events, trigger: "reopened"))
        #expect(plan.id != outcome.id)
        #expect(plan.outcomes == [outcome.id])
        #expect(outcome.plans == [plan.id])
        #expect(!plan.conflict && !outcome.conflict)
    }

    @Test func talksPlannedForTuesdayAndHeldOnTuesdayAreLinked() throws {
        let events = merge(corpus([
            ("Negotiators will resume talks in Istanbul ⟦on Tuesday⟧.", ["2022-03-29"], "a", "2022-03-28"),
            ("Negotiators resumed talks in Istanbul ⟦on Tuesday⟧.", ["2022-03-29"], "b", "2022-03-30"),
        ]))
        let plan = try #require(events.first { $0.documentIDs == ["a"] })
        let outcome = try #require(events.first { $0.documentIDs == ["b"] })
        #expect(plan.outcomes == [outcome.id])
        #expect(outcome.plans == [plan.id])
    }

    /// What happened before the plan was reported is not its outcome, nor is a different happening, nor what
    /// came months after the day planned, nor a plan the text says will not happen.
    @Test(arguments: [
        ("The port authority reopened the channel ⟦on 2 April⟧.", ["2024-04-02"], "2024-04-03"),
        ("The port authority closed the channel ⟦on 10 June⟧.", ["2024-06-10"], "2024-06-11"),
        ("The port authority reopened the channel ⟦on 10 December⟧.", ["2024-12-10"], "2024-12-11"),
    ])
    func notAnOutcome(_ text: String, _ values: [String], _ published: String) throws {
        let events = merge(corpus([
            ("The port authority expects to reopen the channel ⟦by the end of May⟧.", ["2024-05-31"], "a", "2024-04-20"),
            (text, values, "b", published),
        ]))
        let plan = try #require(event(events, trigger: "reopen"))
        #expect(plan.outcomes.isEmpty, "\(events.map(\.summary))")
        #expect(events.allSatisfy { $0.plans.isEmpty })
    }

    @Test func aPlanSaidNotToHappenHasNoOutcome() throws {
        let events = merge(corpus([
            ("Negotiators will not resume talks in Istanbul ⟦on Tuesday⟧.", ["2022-03-29"], "a", "2022-03-28"),
            ("Negotiators resumed talks in Istanbul ⟦on Tuesday⟧.", ["2022-03-29"], "b", "2022-03-30"),
        ]))
        #expect(events.allSatisfy { $0.plans.isEmpty && $0.outcomes.isEmpty }, "\(events.map(\.summary))")
    }

    /// The links survive the cache and reach the JSON export.
    @Test func linksAreStoredAndExported() throws {
        let c = corpus([
            ("The port authority expects to reopen the channel ⟦by the end of May⟧.", ["2024-05-31"], "a", "2024-04-20"),
            ("The port authority reopened the channel ⟦on 10 June⟧.", ["2024-06-10"], "b", "2024-06-11"),
        ])
        let events = merge(c)
        let data = try #require(EventCoding.encode(events, documents: c.1))
        let back = try #require(EventCoding.decode(data, documents: c.1))
        #expect(back.map(\.outcomes) == events.map(\.outcomes))
        #expect(back.map(\.plans) == events.map(\.plans))
        let json = JSONExporter.event(try #require(event(events, trigger: "reopen")))
        guard case .object(let pairs) = json, case .array(let outcomes)? = pairs.first(where: { $0.0 == "outcomes" })?.1 else {
            Issue.record("no outcomes in \(json)"); return
        }
        #expect(outcomes.count == 1)
    }
}
