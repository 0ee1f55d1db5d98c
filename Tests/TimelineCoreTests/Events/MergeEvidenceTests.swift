import Testing
@testable import TimelineCore

/// What two outlets' clauses must share to be one happening, and what keeps two like happenings apart: a noun that
/// is only spelled like a verb of the trigger table is a thing both can name; the noun a clause describes is that
/// clause's participant; two people of different ages dying are two deaths.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct MergeEvidenceTests {
    typealias F = EventFixtures
    static let chronology = ParaphraseMergeTests.chronology

    /// "closed the ⟦building⟧" and "shut the ⟦building⟧": the noun is no form of "build" but the thing both closed.
    @Test func aNounSpelledLikeATableVerbIsEvidenceBothShare() throws {
        #expect(!TriggerLexicon.isTriggerWord(lemma: "building"))
        #expect(TriggerLexicon.isTriggerWord(lemma: "build") && TriggerLexicon.isTriggerWord(lemma: "meeting"))
        let c = Self.chronology([
            ("daily.md", "---\npublished: 2025-09-05\n---\nNews.\n\nOfficials closed the office building on Thursday.\n"),
            ("weekly.md", "---\npublished: 2025-09-19\n---\nReview.\n\nInspectors shut the building at 6 a.m. on Thursday, Sept. 4.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["daily", "weekly"] }, "\(c.events.map(\.summary))")
    }

    /// A part of the day or a unit of the calendar tells when, not what: two outlets' clauses of one verb that share only
    /// "night" are two happenings (a day apart they had been one, and a false conflict).
    @Test func aTimeSharedIsNoEvidence() throws {
        let c = Self.chronology([
            ("desk.md", "---\npublished: 2025-07-17\n---\nNews.\n\nHundreds of thousands of people spent a second night without electricity after a fire on Tuesday.\n"),
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nA 79-year-old woman was taken to hospital this morning after spending the night in her apartment.\n"),
        ])
        #expect(!c.events.contains { Set($0.documentIDs) == ["desk", "blog"] }, "\(c.events.map(\.summary))")
        #expect(!c.events.contains { $0.conflict })
    }

    /// An undated line of a weekly given its story's day is another outlet's telling of that day when the two tell one
    /// predicate and share a word ("the grid"); sharing nothing, it stays apart.
    @Test func anUndatedLineOnItsStorysDayJoinsThatDaysTelling() throws {
        let weekly = "---\npublished: 2025-07-25\n---\nReview.\n\nDemand peaked on Monday, July 14. The next afternoon, at 4:52, a fire broke out at the substation.\n\nWithin seconds, "
        let joined = Self.chronology([
            ("weekly.md", weekly + "the grid across three counties went dark.\n"),
            ("wire.md", "---\npublished: 2025-07-16\n---\nNews.\n\nA transformer fire knocked out the grid across the region on Tuesday.\n"),
        ])
        let e = try #require(joined.events.first { $0.mentions.contains { $0.triggerText == "went" } }, "\(joined.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["weekly", "wire"], "\(joined.events.map { ($0.summary, $0.documentIDs) })")
        let apart = Self.chronology([
            ("weekly.md", weekly + "the lights went dark.\n"),
            ("wire.md", "---\npublished: 2025-07-16\n---\nNews.\n\nA storm knocked out power to 5,000 homes in Ohio on Tuesday.\n"),
        ])
        #expect(!apart.events.contains { Set($0.documentIDs) == ["weekly", "wire"] }, "\(apart.events.map(\.summary))")
    }

    /// An undated line of the day of publication ("has issued") is another outlet's telling dated that day when both
    /// tell one predicate and share a word and a place.
    @Test func anUndatedLineOfItsPublicationDayJoinsThatDaysTellingWithAWordAndAPlace() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nThe water authority has issued a boil-water advisory for Kolkata after pumps failed.\n"),
            ("daily.md", "---\npublished: 2025-07-18\n---\nNews.\n\nThe boil-water advisory issued for Kolkata on Wednesday remains in effect.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["blog", "daily"] }, "\(c.events.map(\.summary))")
        let apart = Self.chronology([
            ("blog.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nThe water authority has issued a boil-water advisory for Kolkata after pumps failed.\n"),
            ("daily.md", "---\npublished: 2025-07-18\n---\nNews.\n\nThe heat advisory issued for Dhaka on Wednesday remains in effect.\n"),
        ])
        #expect(!apart.events.contains { Set($0.documentIDs) == ["blog", "daily"] }, "\(apart.events.map(\.summary))")
    }

    /// "the Harmon Building, which the city ⟦closed⟧ on Thursday" names what was closed by the noun it describes.
    @Test func aRelativeClauseSharesTheNounItDescribes() throws {
        let c = Self.chronology([
            ("desk.md", "---\npublished: 2025-09-05\n---\nNews.\n\nInvestigators suspect a cooling tower on the roof of the Harmon Building, which the city closed on Thursday.\n"),
            ("blog.md", "---\npublished: 2025-09-05\n---\nUpdates.\n\nThe Harmon Building was shut at 6 a.m. on Thursday.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["desk", "blog"] }, "\(c.events.map(\.summary))")
        let ms = F.extract("The family's lawsuit, filed ⟦on Sept. 10⟧, seeks $5 million.", values: ["2025-09-10"], published: "2025-09-19")
        let filed = try F.mention(ms, "filed")
        #expect(filed.keywords.contains("lawsuit") && filed.lemma == "sue", "\(filed.keywords) \(filed.lemma)")
    }

    @Test(arguments: [
        ("Harold Briggs, 71, died on Wednesday.", "71"),
        ("A 64-year-old woman died overnight.", "64"),
        ("A man aged 58 was killed on Monday.", "58"),
    ])
    func anAgeIsReadWhereNewsWritesIt(_ s: String, _ age: String) throws {
        let ms = F.extract(s, values: [])
        #expect(ms.contains { $0.keywords.contains("stage:age" + age) }, "\(ms.map(\.keywords))")
    }

    @Test func twoPeopleOfDifferentAgesDyingAreTwoDeaths() throws {
        let c = Self.chronology([
            ("wire.md", "---\npublished: 2025-09-04\n---\nNews.\n\nHarold Briggs, 71, died at the hospital on Wednesday.\n"),
            ("blog.md", "---\npublished: 2025-09-05\n---\nUpdates.\n\nA 64-year-old woman died at the hospital on Thursday night.\n"),
            ("desk.md", "---\npublished: 2025-09-05\n---\nNews.\n\nHarold Briggs died on Tuesday at the hospital.\n"),
        ])
        let briggs = try #require(c.events.first { $0.documentIDs.contains("wire") }, "\(c.events.map(\.summary))")
        #expect(!briggs.documentIDs.contains("blog"), "\(c.events.map(\.summary))")
        // (one man dated a day apart by two outlets is still one death, with a conflict)
        #expect(briggs.documentIDs.contains("desk") && briggs.conflict, "\(c.events.map(\.summary))")
    }

    /// "the Harmon ⟦Building⟧ was shut" and "closed the ⟦building⟧": a site word closing a name is the thing's noun.
    @Test func aSiteWordClosingANameIsTheThingsNoun() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-09-05\n---\nUpdates.\n\nThe Harmon Building was shut at 6 a.m. on Thursday.\n"),
            ("weekly.md", "---\npublished: 2025-09-19\n---\nReview.\n\nInspectors closed the building on Thursday, Sept. 4.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["blog", "weekly"] }, "\(c.events.map(\.summary))")
    }

    /// A night runs past midnight: "died overnight", told on Friday, and "died early on Friday" are one day's death.
    @Test func aNightAndTheMorningAfterDoNotDisagree() throws {
        let c = Self.chronology([
            ("blog.md", "---\npublished: 2025-09-05\n---\nUpdates.\n\nA 64-year-old woman died at the hospital overnight.\n"),
            ("weekly.md", "---\npublished: 2025-09-19\n---\nReview.\n\nMaria Lopez, 64, died at the hospital early on Friday, Sept. 5.\n"),
        ])
        let death = try #require(c.events.first { Set($0.documentIDs) == ["blog", "weekly"] }, "\(c.events.map(\.summary))")
        #expect(!death.conflict, "\(death.date.value)")
        // (a night named by its day is that day's: "on Sunday night" and "early on Monday" disagree)
        let named = Self.chronology([
            ("blog.md", "---\npublished: 2025-09-06\n---\nUpdates.\n\nMaria Lopez, 64, died at the hospital on Thursday night.\n"),
            ("weekly.md", "---\npublished: 2025-09-19\n---\nReview.\n\nMaria Lopez, 64, died at the hospital early on Friday, Sept. 5.\n"),
        ])
        let named1 = try #require(named.events.first { Set($0.documentIDs) == ["blog", "weekly"] }, "\(named.events.map(\.summary))")
        #expect(named1.conflict, "\(named1.date.value)")
    }

    /// Filing a lawsuit is suing, however the lawsuit is told: its object, its passive subject, the noun of its participle.
    @Test func filingALawsuitIsSuing() throws {
        for s in ["The family filed a lawsuit against the owner on Wednesday.", "A lawsuit was filed against the owner on Wednesday."] {
            let ms = F.extract(s, values: [])
            #expect(ms.contains { $0.lemma == "sue" }, "\(s): \(ms.map(\.lemma))")
        }
    }
}
