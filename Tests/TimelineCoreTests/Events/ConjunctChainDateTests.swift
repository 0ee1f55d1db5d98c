import Testing
@testable import TimelineCore

/// A conjunct with no subject of its own is told in the time of the first conjunct, through conjuncts between them
/// that date nothing ("made no plea": a denied happening, no event).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ConjunctChainDateTests {
    @Test func aConjunctAfterADeniedOneTakesTheFirstConjunctsDate() throws {
        let ms = EventFixtures.extract("He appeared at Dumfries Sheriff Court ⟦on Friday⟧, made no plea and was remanded in custody.",
                                       values: ["2025-09-12"], published: "2025-09-20")
        #expect(try EventFixtures.mention(ms, "appeared").mention.date.value == "2025-09-12")
        #expect(try EventFixtures.mention(ms, "remanded").mention.date.value == "2025-09-12", "\(ms.map { ($0.summary, $0.mention.date.value) })")
    }

    @Test func aConjunctWithASubjectOfItsOwnKeepsItsOwnTime() throws {
        let ms = EventFixtures.extract("He appeared in court ⟦on Friday⟧, and his lawyer was arrested.",
                                       values: ["2025-09-12"], published: "2025-09-20")
        // (it is placed at that day as an undated line is at its story's day, on or before it: never dated there)
        let arrested = try EventFixtures.mention(ms, "arrested").mention.date
        #expect(arrested.value != "2025-09-12" || arrested.isFallback)
    }
}

/// What a clause is known by for the merge leaves out what only names or times it: an acronym before a name ("HMP
/// Kirkhill") is no word of the clause, and a clock time is no count.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ClauseWordsTests {
    @Test func aClockTimeIsNoCountAndAnAcronymBeforeANameNoWord() throws {
        let ms = EventFixtures.extract("⟦At 9 p.m. on Sunday⟧, officers at HMP Kirkhill locked Darren McKee into his cell.",
                                       values: ["2025-09-07T21:00"], published: "2025-09-20")
        let locked = try EventFixtures.mention(ms, "locked")
        #expect(!locked.keywords.contains { $0.hasPrefix(MergeFeatures.countPrefix) }, "\(locked.keywords)")
        #expect(!locked.keywords.contains("hmp"), "\(locked.keywords)")
        #expect(locked.keywords.contains("cell"), "\(locked.keywords)")
        // (a count of its own stays: "locked ⟦two⟧ men")
        let counted = EventFixtures.extract("Officers locked two men into their cells ⟦on Sunday⟧.", values: ["2025-09-07"], published: "2025-09-20")
        #expect(try EventFixtures.mention(counted, "locked").keywords.contains(MergeFeatures.countPrefix + "2"))
    }
}

/// A verb whose "after" or "before" clause, seconds, minutes or hours apart, is dated to one day is of that day.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct MomentsApartTests {
    @Test func whatCameSecondsAfterADatedClauseIsOfItsDay() throws {
        let c = ParaphraseMergeTests.chronology([("wire.md", "---\npublished: 2026-09-09\n---\nWire.\n\nThe rocket exploded about 40 seconds after lifting off from the spaceport at 10:42 a.m. on Tuesday.\n")])
        let exploded = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "exploded" } }, "\(c.events.map(\.summary))")
        #expect(exploded.date.value.hasPrefix("2026-09-08") && !exploded.date.isFallback, "\(exploded.date.value) \(exploded.date.derivation)")
        // (weeks apart is no moment: "resigned two weeks after losing a vote on Tuesday")
        let w = ParaphraseMergeTests.chronology([("wire.md", "---\npublished: 2026-09-20\n---\nWire.\n\nThe mayor resigned two weeks after losing a confidence vote on Tuesday.\n")])
        let resigned = try #require(w.events.first { $0.mentions.contains { $0.triggerText == "resigned" } }, "\(w.events.map(\.summary))")
        #expect(!resigned.date.value.hasPrefix("2026-09-15"), "\(resigned.date.value)")
    }
}
