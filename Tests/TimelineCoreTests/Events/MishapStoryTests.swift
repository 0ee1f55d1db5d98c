import Testing
@testable import TimelineCore

/// A flood story of our own told by several outlets: a storm, the dams that burst under it and the floods after
/// are separate events however close their days; outlets naming the collapse differently ("gave way",
/// "collapsed") and dating it differently make one event with a conflict; an aspectual verb and its
/// complement are one event.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct MishapStoryTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    /// Each phrasal predicate's own example is read as the predicate it means.
    @Test(arguments: PhrasalPredicates.entries.map(\.example))
    func phrasalExamplesMeanTheirPredicate(_ example: String) throws {
        let entry = try #require(PhrasalPredicates.entries.first { $0.example == example })
        let text = example.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
        let verbForm = String(example.split(separator: "⟦")[1].split(separator: "⟧")[0].split(separator: " ")[0])
        let found = F.extract(text, values: [])
        let m = try #require(found.first { $0.mention.triggerText?.hasPrefix(verbForm) == true }, "\(found.map(\.lemma))")
        // (ending what an event noun names is that happening's end: "called off the strike" is "strike:end")
        #expect(m.lemma == entry.means || PredicateRules.endingAHappening.contains(entry.means) && m.lemma.hasSuffix(":end"), "\(example)")
    }

    @Test func oneArticleDatingTwoMishapsOnTwoDaysReportsTwoEvents() {
        let a = F.extract("The storm made landfall ⟦on Sunday⟧ near the port. The two dams above the town collapsed ⟦early on Monday⟧.",
                          values: ["2023-09-10", "2023-09-11"], id: "a", published: "2023-09-12")
        let events = merge(a)
        #expect(events.count == 2, "\(events.map(\.summary))")
        #expect(events.allSatisfy { !$0.conflict })
    }

    @Test func aStormAndACollapseOnOneDayAreTwoEvents() {
        let a = F.extract("The storm hit the coast ⟦on Sunday⟧.", values: ["2023-09-10"], id: "a", published: "2023-09-12")
        let b = F.extract("A dam collapsed ⟦on Sunday⟧.", values: ["2023-09-10"], id: "b", published: "2023-09-12")
        let c = F.extract("The collapse of the dam ⟦on Sunday⟧ flooded the valley.", values: ["2023-09-10"], id: "c", published: "2023-09-13")
        let events = merge(a + b + c)
        let collapse = events.filter { $0.mentions.contains { ["collapsed", "collapse"].contains($0.triggerText ?? "") } }
        #expect(collapse.count == 1)
        #expect(Set(collapse.first?.documentIDs ?? []) == ["b", "c"])
    }

    @Test func outletsNamingAndDatingTheCollapseDifferentlyGiveOneConflictedEvent() throws {
        let a = F.extract("Two dams outside the city gave way ⟦on Sunday night⟧, according to the Red Crescent.",
                          values: ["2023-09-10"], id: "a", published: "2023-09-14")
        let b = F.extract("The two dams above the city collapsed ⟦early on Monday⟧, residents said.",
                          values: ["2023-09-11"], id: "b", published: "2023-09-12")
        let events = merge(a + b)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "collapsed" } })
        #expect(Set(e.documentIDs) == ["a", "b"])
        #expect(e.conflict)
    }

    /// A vessel capsizing is told with other verbs by other outlets ("capsized", "sank", "overturned", "rolled over"):
    /// one event; a court overturning a ruling is none of them.
    @Test func outletsTellingACapsizingWithOtherVerbsGiveOneEvent() throws {
        let a = F.extract("A ferry capsized off the coast ⟦early on Monday⟧, officials said.", values: ["2025-03-10"], id: "a", published: "2025-03-10")
        let b = F.extract("The overloaded ferry sank ⟦on Monday⟧ in heavy seas.", values: ["2025-03-10"], id: "b", published: "2025-03-11")
        let c = F.extract("The ferry overturned ⟦on Monday⟧ as it neared the harbour.", values: ["2025-03-10"], id: "c", published: "2025-03-12")
        let d = F.extract("The ferry rolled over in heavy swells ⟦on Monday⟧.", values: ["2025-03-10"], id: "d", published: "2025-03-14")
        let events = merge(a + b + c + d)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "capsized" } })
        #expect(Set(e.documentIDs) == ["a", "b", "c", "d"], "\(events.map(\.summary))")
        let court = F.extract("The appeals court overturned the ruling ⟦on Monday⟧.", values: ["2025-03-10"], published: "2025-03-11")
        #expect(court.first { $0.mention.triggerText == "overturned" }?.lemma == "overturn")
        let passive = F.extract("The ruling was overturned ⟦on Monday⟧.", values: ["2025-03-10"], published: "2025-03-11")
        #expect(passive.first { $0.mention.triggerText == "overturned" }?.lemma == "overturn")
    }

    /// Leaving port, setting out and sailing from a port are one departure; setting out a plan is none.
    @Test func leavingPortSettingOutAndSailingFromAreOneDeparture() throws {
        let a = F.extract("The ferry left the port of Dhaka ⟦late on Sunday⟧.", values: ["2025-03-09"], id: "a", published: "2025-03-10")
        let b = F.extract("The ship had set out from Dhaka ⟦late on Sunday⟧.", values: ["2025-03-09"], id: "b", published: "2025-03-11")
        let c = F.extract("The ferry sailed from Dhaka ⟦on Sunday⟧ with 200 people on board.", values: ["2025-03-09"], id: "c", published: "2025-03-14")
        let events = merge(a + b + c)
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "left" } })
        #expect(Set(e.documentIDs) == ["a", "b", "c"], "\(events.map(\.summary))")
        let plans = F.extract("The minister set out her plans for the port ⟦on Monday⟧.", values: ["2025-03-10"], published: "2025-03-11")
        #expect(!plans.contains { $0.lemma == "depart" }, "\(plans.map(\.lemma))")
    }

    @Test func anAspectualVerbAndItsComplementAreOneEvent() throws {
        let found = F.extract("Aid began to reach the city ⟦on Wednesday⟧.", values: ["2023-09-13"], published: "2023-09-14")
        #expect(found.count == 1, "\(found.map(\.summary))")
        let m = try #require(found.first)
        #expect(m.summary == "Aid began to reach the city")
        #expect(m.mention.date.value == "2023-09-13")
        #expect(m.mention.modality == .happened)
    }

    @Test func anOrganisationNamedWithAnAdjectiveStandsForIt() throws {
        let found = F.extract("The United Nations said it would launch an emergency appeal ⟦on Thursday⟧.",
                              values: ["2023-09-14"], published: "2023-09-12")
        let m = try #require(found.first { $0.mention.triggerText == "appeal" })
        #expect(m.summary == "The United Nations would launch an emergency appeal")
        #expect(m.mention.attribution == "United Nations")
    }

    @Test func aDegreeOfTheDateGoesWithTheDate() throws {
        let found = F.extract("The dams collapsed ⟦early on Monday⟧.", values: ["2023-09-11"], published: "2023-09-12")
        #expect(found.first?.summary == "The dams collapsed")
    }

    @Test(arguments: [
        ("The two dams collapsed ⟦early on Monday⟧, sending a wall of water through the city.", ["2023-09-11"], "sending",
         "The two dams collapsed, sending a wall of water through the city"),
        ("The storm hit the coast near Benghazi ⟦on Sunday⟧ before moving east.", ["2023-09-10"], "moving",
         "The storm hit the coast near Benghazi before moving east"),
        ("The storm made landfall ⟦on Sunday⟧ and hit the coast before moving east.", ["2023-09-10"], "moving",
         "The storm hit the coast before moving east"),
    ])
    func aParticipleAdjunctIsToldWithItsClause(_ text: String, _ values: [String], _ trigger: String, _ summary: String) throws {
        let found = F.extract(text, values: values, published: "2023-09-12")
        let m = try #require(found.first { $0.mention.triggerText == trigger }, "\(found.map(\.summary))")
        #expect(m.summary == summary)
    }

    @Test func theFinerOfTwoDatesOfOnePredicateDatesIt() throws {
        let found = F.extract("⟦The week⟧ opened ⟦on Monday⟧ with the airline's order.", values: ["2023-W25", "2023-06-19"],
                              published: "2023-06-23")
        let m = try #require(found.first { $0.mention.triggerText == "opened" })
        #expect(m.mention.date.value == "2023-06-19")
    }

    @Test func thingsCountedAreNoHappening() {
        let found = F.extract("The airline signed a deal for 500 jets ⟦on Monday⟧.", values: ["2023-06-19"], published: "2023-06-20")
        #expect(found.map(\.mention.triggerText) == ["signed"])
        #expect(found.first?.mention.date.value == "2023-06-19")
    }

    @Test func aRelativeClauseSummaryOpensWithItsSubject() throws {
        let found = F.extract("The order tops the 470 jets that Air India ordered ⟦in February⟧.", values: ["2023-02"],
                              published: "2023-06-20")
        let m = try #require(found.first { $0.mention.triggerText == "ordered" })
        #expect(m.summary.hasPrefix("Air India ordered"), "\(m.summary)")
    }

    @Test func aFinerDateOutsideTheFirstDoesNotReplaceIt() throws {
        let found = F.extract("Airbus expects to deliver 720 aircraft ⟦this year⟧, unchanged from its ⟦January⟧ forecast.",
                              values: ["2023", "2024-01"], published: "2023-06-23")
        let m = try #require(found.first { $0.mention.triggerText == "deliver" })
        #expect(m.mention.date.value == "2023")
    }

    @Test func aHeadlineRootIsToldByTheWholeHeadline() throws {
        let found = F.extract("IndiGo orders 500 Airbus jets in record deal\nThe airline signed the deal ⟦on Monday⟧.",
                              values: ["2023-06-19"], published: "2023-06-19", headline: true)
        let first = try #require(found.first)
        #expect(first.summary == "IndiGo orders 500 Airbus jets in record deal")
    }
}

/// Reports naming one happening with synonymous verbs are one event.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SynonymMergeTests {
    typealias F = EventFixtures

    @Test func theShippedTableLinksSynonymsNotStrangers() {
        let s = VerbSenses.shared
        #expect(s.areSynonyms("find", "discover"))
        #expect(s.areSynonyms("die", "perish"))
        #expect(s.areSynonyms("free", "release"))
        #expect(!s.areSynonyms("find", "rescue"))
        #expect(!s.areSynonyms("die", "arrive"))
    }

    @Test func outletsUsingSynonymsReportOneEvent() throws {
        let a = F.extract("Divers found the missing boys alive in the cave ⟦on Monday⟧.", values: ["2018-07-02"], id: "a",
                          published: "2018-07-03")
        let b = F.extract("British divers discovered the boys in the cave ⟦late on Monday⟧.", values: ["2018-07-02"], id: "b",
                          published: "2018-07-03")
        let events = MentionMerger(within: F.within).merge(a + b, documents: [])
        let e = try #require(events.first { $0.mentions.contains { $0.triggerText == "found" } })
        #expect(Set(e.documentIDs) == ["a", "b"])
    }

    @Test func differentHappeningsOfOneDayStayApart() {
        let a = F.extract("Divers found the boys in the cave ⟦on Monday⟧.", values: ["2018-07-02"], id: "a", published: "2018-07-03")
        let b = F.extract("Divers rescued the boys from the cave ⟦on Monday⟧.", values: ["2018-07-02"], id: "b", published: "2018-07-03")
        let events = MentionMerger(within: F.within).merge(a + b, documents: [])
        #expect(events.count == 2)
    }
}

/// The stages of one operation told by different outlets stay apart; clauses of the same time share a date.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct OperationStageTests {
    typealias F = EventFixtures

    @Test func stagesOfARescueOnConsecutiveDaysAreDifferentEvents() {
        let a = F.extract("Rescue divers brought four more boys out of the cave ⟦on Monday⟧.", values: ["2018-07-09"], id: "a",
                          published: "2018-07-09")
        let b = F.extract("The last four boys were brought out of the cave ⟦on Tuesday⟧.", values: ["2018-07-10"], id: "b",
                          published: "2018-07-10")
        let events = MentionMerger(within: F.within).merge(a + b, documents: [])
        let brought = events.filter { $0.mentions.contains { $0.triggerText == "brought" } }
        #expect(brought.count == 2)
        #expect(events.allSatisfy { !$0.conflict })
    }

    /// Outlets telling one stage with different verbs ("brought out", "extracted", "freed") make one event; a chain
    /// of stageless reports on neighbouring days does not join the stages, nor one article's two days.
    @Test func aRescueToldWithDifferentVerbsIsOneEventPerStage() throws {
        let a = F.extract("The first four boys were brought out of the cave ⟦on Sunday⟧. The last four boys and their coach were freed ⟦on Tuesday⟧.",
                          values: ["2018-07-08", "2018-07-10"], id: "a", published: "2018-07-11")
        let b = F.extract("Divers rescued four boys ⟦on Sunday⟧.", values: ["2018-07-08"], id: "b", published: "2018-07-10")
        let c = F.extract("Four more were rescued ⟦on Monday⟧.", values: ["2018-07-09"], id: "c", published: "2018-07-10")
        let d = F.extract("Rescuers extracted the final four boys and their coach from the cave ⟦on Tuesday⟧.",
                          values: ["2018-07-10"], id: "d", published: "2018-07-10")
        let events = MentionMerger(within: F.within).merge(a + b + c + d, documents: [])
        func event(_ doc: String, _ trigger: String) throws -> Event {
            try #require(events.first { $0.mentions.contains { $0.document == doc && $0.triggerText == trigger } })
        }
        #expect(Set(try event("a", "brought").documentIDs) == ["a", "b"])
        #expect(Set(try event("a", "freed").documentIDs) == ["a", "d"])
        #expect(try event("c", "rescued").documentIDs == ["c"])
        #expect(events.allSatisfy { !$0.conflict }, "\(events.map { ($0.summary, $0.documentIDs) })")
    }

    /// What a clause hung on a future verb of state waits for is planned, not reported as done: "would remain in
    /// office until a new leader was chosen"; speaking while saying is the saying.
    @Test func aClauseAwaitedByAFutureStateIsPlannedAndSpeakingIsTheSaying() throws {
        let found = F.extract("Johnson said he would remain in office until a new leader was chosen.", values: [], published: "2022-07-08")
        let chosen = try #require(found.first { $0.mention.triggerText == "chosen" })
        #expect(chosen.mention.modality == .planned)
        let said = F.extract("Speaking outside Downing Street ⟦on Thursday⟧, Johnson said it was the will of the party.",
                             values: ["2022-07-07"], published: "2022-07-08")
        #expect(!said.contains { $0.mention.triggerText == "Speaking" }, "\(said.map(\.summary))")
    }

    /// "The launch" with nothing of its own is its article's launch that day; a launch described ("the launch of a
    /// second satellite") is not.
    @Test func aDefiniteEventNounIsItsArticlesHappeningOfThatDay() throws {
        let a = F.extract("The rocket lifted off from Florida ⟦on Wednesday⟧. The launch, ⟦at 1:47 a.m.⟧, came after two scrubbed attempts.",
                          values: ["2022-11-16", "2022-11-16T01:47"], id: "a", published: "2022-11-17")
        let events = MentionMerger(within: F.within).merge(a, documents: [])
        let launch = try #require(events.first { $0.mentions.contains { $0.triggerText == "launch" } })
        #expect(launch.mentions.contains { $0.triggerText == "lifted off" }, "\(events.map(\.summary))")
        let b = F.extract("The rocket lifted off from Florida ⟦on Wednesday⟧. The launch of a second satellite ⟦on Wednesday⟧ was delayed.",
                          values: ["2022-11-16", "2022-11-16"], id: "b", published: "2022-11-17")
        let apart = MentionMerger(within: F.within).merge(b, documents: [])
        #expect(!apart.contains { e in e.mentions.contains { $0.triggerText == "launch" } && e.mentions.contains { $0.triggerText == "lifted off" } })
    }

    /// What a happening came after fell in the same year or month when that is all the sentence says; a day is too
    /// fine to share: what came after it is on or before it, undated.
    @Test func anAfterClauseSharesAYearButNotADay() throws {
        let year = F.extract("The administration embarked on the expansion of NATO ⟦in 1993⟧ after Clinton met with President Havel.",
                             values: ["1993"], published: "1999-03-12")
        let met = try #require(year.first { $0.mention.triggerText == "met" })
        #expect(met.mention.date.value == "1993")
        let day = F.extract("The ratification process concluded ⟦on Wednesday⟧ after the Netherlands ratified the treaty.",
                            values: ["1998-12-02"], published: "1998-12-03")
        let ratified = try #require(day.first { $0.mention.triggerText == "ratified" })
        #expect(ratified.mention.date.isFallback)
        #expect(ratified.mention.date.value == "1998-12-02")
        // (nor one a length measures)
        let measured = F.extract("Morrow resigned as mayor ⟦in March 2023⟧, two weeks after he was indicted.", values: ["2023-03"],
                                 published: "2025-06-07")
        let indicted = try #require(measured.first { $0.mention.triggerText == "indicted" })
        #expect(indicted.mention.date.value != "2023-03")
    }

    /// A bare event noun inside another phrase is no row ("following a string of resignations").
    @Test func aBareNounInAPhraseIsNoRow() throws {
        let found = F.extract("Johnson stepped down as party leader ⟦last Thursday⟧ following a string of resignations.",
                              values: ["2022-07-07"], published: "2022-07-12")
        #expect(!found.contains { $0.mention.triggerText == "resignations" }, "\(found.map(\.summary))")
    }

    /// A year is no day of another article's happening for being of the same class: it needs something in common.
    @Test func aYearAndAnotherArticlesDayOfOneClassNeedMore() {
        let a = F.extract("A nurse was badly injured ⟦in 1998⟧.", values: ["1998"], id: "a", published: "1999-10-24")
        let b = F.extract("More than 1,000 people were injured ⟦on Friday⟧ outside the embassy.", values: ["1998-08-07"], id: "b",
                          published: "1998-08-08")
        let events = MentionMerger(within: F.within).merge(a + b, documents: [])
        #expect(events.count == 2, "\(events.map(\.summary))")
    }

    /// A period's result a date places is a happening of that period; undated, having is a state.
    @Test func aDatedPeriodsResultIsAHappening() throws {
        let dated = F.extract("⟦Last year⟧, Aetna had net income of $132,000.", values: ["1988"], published: "1989-11-01")
        let had = try #require(dated.first { $0.mention.triggerText == "had" })
        #expect(had.mention.date.value == "1988")
        #expect(!F.extract("Aetna had net income of $132,000.", values: [], published: "1989-11-01").contains { $0.mention.triggerText == "had" })
    }

    /// A past participle after a comma describes a state, even where the parse makes it a second verb; one of a
    /// list of verbs is a happening.
    @Test func aParticipleOfStateAfterACommaIsNoHappening() {
        let state = F.extract("The boys were found ⟦on Monday⟧, trapped in a flooded chamber.", values: ["2018-07-09"], published: "2018-07-11")
        #expect(!state.contains { $0.mention.triggerText == "trapped" }, "\(state.map(\.summary))")
        let list = F.extract("He was arrested ⟦on Monday⟧, charged and jailed.", values: ["2018-07-09"], published: "2018-07-11")
        #expect(list.contains { $0.mention.triggerText == "charged" })
        // (told with the subject and the passive they share)
        #expect(list.first { $0.mention.triggerText == "charged" }?.summary == "He was charged")
        #expect(list.first { $0.mention.triggerText == "jailed" }?.summary == "He was jailed")
    }

    @Test func aClauseOfTheSameTimeTakesItsGovernorsDate() throws {
        let found = F.extract("A former navy diver died ⟦on Friday⟧ while placing oxygen tanks along the route.",
                              values: ["2018-07-06"], published: "2018-07-09")
        let placing = try #require(found.first { $0.mention.triggerText == "placing" })
        #expect(placing.mention.date.value == "2018-07-06")
    }

    @Test func aNounModifyingAnotherIsNoHappening() {
        let found = F.extract("Rescue divers brought four boys out of the cave ⟦on Monday⟧.", values: ["2018-07-09"],
                              published: "2018-07-09")
        #expect(!found.contains { $0.mention.triggerText == "Rescue" })
    }

    @Test func aConjunctionBetweenTwoSubjectsStaysInTheSummary() throws {
        let found = F.extract("The 12 boys and their football coach went missing ⟦on June 23⟧.", values: ["2018-06-23"],
                              published: "2018-07-09")
        let m = try #require(found.first)
        #expect(m.summary.hasPrefix("The 12 boys and their football coach"), "\(m.summary)")
    }

    @Test(arguments: [
        ("Communications were cut across the city ⟦on Tuesday night⟧, ⟦a day⟧ after the protest.", ["2023-09-19", "P1D"],
         "protest", "2023-09-18"),
        ("Aid reached the city ⟦on Wednesday⟧, ⟦three days⟧ after floods destroyed much of the port.", ["2023-09-13", "P3D"],
         "destroyed", "2023-09-10"),
        ("The party held a rally ⟦on 1 May⟧, ⟦two weeks⟧ before the vote.", ["2023-05-01", "P2W"], "vote", "2023-05-15"),
        // (the day set beside a date: "on April 14, the day after …")
        ("The run followed a plunge in its shares ⟦on April 14⟧, the day after it reported a loss on property loans.", ["2023-04-14"],
         "reported", "2023-04-13"),
        // (a length the parse read as the clause's oblique, its subordinator on the clause's subject)
        ("The storm strengthened into a hurricane ⟦on Tuesday⟧ over the Gulf, ⟦a day⟧ after the hurricane center issued a warning "
         + "for the coast.", ["2023-09-19", "P1D"], "warning", "2023-09-18"),
    ])
    func aHappeningMeasuredFromTheSentencesDayIsDatedFromIt(_ text: String, _ values: [String], _ trigger: String,
                                                            _ day: String) throws {
        let found = F.extract(text, values: values, published: "2023-09-20")
        let m = try #require(found.first { $0.mention.triggerText == trigger }, "\(found.map(\.summary))")
        #expect(m.mention.date.value == day, "\(m.mention.date.derivation)")
    }

    @Test func aBareNounPointingBackIsNoRowOfItsOwn() {
        let found = F.extract("Airbus shares rose 1.2 percent ⟦on Monday⟧ after the announcement.", values: ["2023-06-19"],
                              published: "2023-06-20")
        #expect(found.map(\.mention.triggerText) == ["rose"])
        let named = F.extract("Shares rose ⟦on Monday⟧ after the announcement of the order.", values: ["2023-06-19"],
                              published: "2023-06-20")
        #expect(named.contains { $0.mention.triggerText == "announcement" })
    }

    @Test func aClauseTheParseHungOnADateIsNotAboutTheDate() throws {
        let found = F.extract("The former mayor was sentenced to six years in prison ⟦on Thursday⟧ for taking bribes from contractors.",
                              values: ["2023-11-09"], published: "2023-11-09")
        // What the sentence was for is no happening of its own (`NonHappening.gerundComplement`); the sentencing is,
        // on its day, and no summary tells of the date.
        #expect(!found.contains { $0.mention.triggerText == "taking" }, "\(found.map(\.summary))")
        let sentenced = try #require(found.first { $0.mention.triggerText == "sentenced" })
        #expect(sentenced.mention.date.value == "2023-11-09")
        #expect(found.allSatisfy { !$0.summary.contains("Thursday") }, "\(found.map(\.summary))")
    }
}
