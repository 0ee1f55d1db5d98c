import Testing
@testable import TimelineCore

/// Unrest told by several outlets (`StoryCorpora/fuel-protests`): a general strike is no attack, tear gas fired is no
/// shooting, and the words reporters use for a curfew, arrests, protests and talks are the plain verbs'.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct UnrestStoryTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    /// A strike of work is a protest, in no class of attacks.
    @Test(arguments: WorkStoppage.workStrikeExamples)
    func aStrikeOfWorkIsNoAttack(_ sentence: String) throws {
        let found = F.extract(sentence, values: [])
        let strike = try #require(found.first { $0.lemma == "strike" }, "\(found.map(\.lemma))")
        #expect(strike.triggerClass == .protest, "\(sentence)")
    }

    /// A strike with a weapon or a target is an attack.
    @Test(arguments: WorkStoppage.attackStrikeExamples)
    func aStrikeWithAWeaponOrATargetIsAnAttack(_ sentence: String) throws {
        let found = F.extract(sentence, values: [])
        let strike = try #require(found.first { $0.mention.triggerText?.lowercased().hasPrefix("strike") == true }, "\(found.map(\.lemma))")
        #expect(strike.triggerClass == .attack, "\(sentence)")
    }

    /// A strike of work that shuts or paralyses a place is told as the strike, one with another outlet's strike of that
    /// day; protesters who shut a highway closed it.
    @Test(arguments: WorkStoppage.stoppingExamples)
    func aStrikeThatShutsAPlaceIsTheStrike(_ sentence: String) throws {
        let found = F.extract(sentence, values: [])
        #expect(found.contains { $0.lemma == "strike" && $0.triggerClass == .protest }, "\(found.map(\.lemma))")
        #expect(!found.contains { ["shut", "close", "bring", "cripple"].contains($0.lemma) }, "\(found.map(\.lemma))")
    }

    @Test func theStrikeThatBroughtTheCountryToAStandstillJoinsTheHartal() {
        let a = F.extract("The federation thanks the workers who joined the nationwide hartal ⟦of 11 November⟧.", values: ["2026-11-11"], id: "a",
                          published: "2026-11-15")
        let b = F.extract("The strike ⟦two days later⟧ brought the country to a standstill.", values: ["2026-11-11"], id: "b", published: "2026-11-27")
        #expect(merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] }, "\(merge(a + b).map(\.summary))")
        let c = F.extract("Protesters shut the highway to the port ⟦on Monday⟧.", values: ["2026-11-09"], published: "2026-11-10")
        #expect(c.contains { $0.lemma == "shut" || $0.lemma == "close" }, "\(c.map { ($0.lemma, $0.mention.triggerText ?? "") })")
    }

    /// The live blog's general strike on Monday and the wire's shooting on Monday are two events (they had been one,
    /// flagged as a conflict when a third outlet dated the shooting a day earlier).
    @Test func aGeneralStrikeAndAShootingOfOneDayStayApart() {
        let a = F.extract("The nationwide general strike called by the unions began ⟦on Monday⟧.", values: ["2026-11-09"], id: "a", published: "2026-11-11")
        let b = F.extract("Police opened fire on protesters in the city ⟦on Monday⟧.", values: ["2026-11-09"], id: "b", published: "2026-11-10")
        #expect(!merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] }, "\(merge(a + b).map(\.summary))")
    }

    /// Tear gas fired or used is one dispersal, no shooting.
    @Test func tearGasFiredAndUsedIsOneDispersalNoShooting() throws {
        let a = F.extract("Police fired tear gas at students in the capital ⟦on Saturday⟧.", values: ["2026-11-07"], id: "a", published: "2026-11-08")
        let b = F.extract("Police used tear gas to clear the students from the square in the capital ⟦on Saturday⟧.", values: ["2026-11-07"], id: "b",
                          published: "2026-11-27")
        let c = F.extract("Police opened fire on a crowd in the port ⟦on Saturday⟧.", values: ["2026-11-07"], id: "c", published: "2026-11-08")
        #expect(try F.mention(a, "fired").lemma == "disperse")
        let events = merge(a + b + c)
        let e = try #require(events.first { $0.documentIDs.contains("a") })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(events.map(\.summary))")
    }

    /// A curfew declared or clamped is the curfew imposed.
    @Test func aCurfewDeclaredOrClampedIsImposed() throws {
        let a = F.extract("Authorities imposed a curfew in the city ⟦on Sunday⟧.", values: ["2026-11-08"], id: "a", published: "2026-11-08")
        let b = F.extract("A curfew was declared in the city ⟦on Sunday evening⟧.", values: ["2026-11-08TEV"], id: "b", published: "2026-11-27")
        let c = F.extract("The army clamped a curfew on the city ⟦on Sunday⟧.", values: ["2026-11-08"], id: "c", published: "2026-11-10")
        let events = merge(a + b + c)
        let e = try #require(events.first { $0.documentIDs.contains("a") })
        #expect(Set(e.documentIDs) == ["a", "b", "c"], "\(events.map(\.summary))")
    }

    /// Two men shot dead by police are the two protesters killed that day (the shooting had been a row of its own).
    @Test func shotDeadIsKilled() throws {
        let a = F.extract("Two young men were shot dead by police in the southern city ⟦on Sunday⟧.", values: ["2026-11-08"], id: "a", published: "2026-11-13")
        let b = F.extract("Two protesters were killed in the southern city ⟦on Sunday⟧.", values: ["2026-11-08"], id: "b", published: "2026-11-08")
        #expect(try F.mention(a, "shot").lemma == "kill")
        #expect(merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] }, "\(merge(a + b).map(\.summary))")
    }

    /// People rounded up were arrested; unions who sat down with ministers met them.
    @Test func roundedUpIsArrestedAndSatDownWithIsMet() throws {
        let a = F.extract("Police arrested 212 people in the port city ⟦on Monday⟧.", values: ["2026-11-09"], id: "a", published: "2026-11-10")
        let b = F.extract("Police in the port city rounded up 212 people ⟦on Monday⟧.", values: ["2026-11-09"], id: "b", published: "2026-11-27")
        #expect(try F.mention(b, "rounded up").lemma == "arrest")
        #expect(merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] }, "\(merge(a + b).map(\.summary))")
        let c = F.extract("Union leaders held talks with three ministers ⟦on Tuesday⟧.", values: ["2026-11-17"], id: "c", published: "2026-11-18")
        let d = F.extract("⟦On November 17⟧, union leaders sat down with three ministers.", values: ["2026-11-17"], id: "d", published: "2026-11-27")
        #expect(try F.mention(d, "sat down").lemma == "meet")
        #expect(merge(c + d).contains { Set($0.documentIDs) == ["c", "d"] }, "\(merge(c + d).map(\.summary))")
    }

    /// Calling a strike is a happening of its own, as the call; the strike it calls is for its day.
    @Test func callingAStrikeIsTheCall() throws {
        let a = F.extract("Labour leaders ⟦yesterday⟧ called a nationwide general strike.", values: ["2026-11-09"], id: "a", published: "2026-11-10")
        let b = F.extract("⟦That Monday⟧ the transport unions called a general strike.", values: ["2026-11-09"], id: "b", published: "2026-11-27")
        #expect(try F.mention(a, "called").lemma == "call")
        #expect(try F.mention(b, "called").lemma == "call")
        #expect(merge(a + b).contains { Set($0.documentIDs) == ["a", "b"] && $0.mentions.allSatisfy { $0.triggerText == "called" } },
                "\(merge(a + b).map(\.summary))")
    }

    /// A conjunct with no subject of its own is told of the day its first conjunct was measured to: "a day after the
    /// government backed down and ⟦suspended⟧ the rise" (it had been left at publication).
    @Test func aConjunctSharesTheMeasuredDayOfItsFirstConjunct() throws {
        let a = F.extract("The energy minister resigned ⟦on Friday⟧, ⟦a day⟧ after the government backed down and suspended a steep rise in fuel prices.",
                          values: ["2026-11-13", "P1D"], published: "2026-11-13")
        #expect(try F.mention(a, "backed down").mention.date.value == "2026-11-12")
        #expect(try F.mention(a, "suspended").mention.date.value == "2026-11-12")
    }

    /// A rise, an increase and a hike suspended are one word to the merge: two outlets dating the suspension a day apart
    /// give one event in conflict (they had been two rows, the story's conflict unflagged).
    @Test func anIncreaseAndARiseSuspendedAreOneSuspension() throws {
        let a = F.extract("The government backed down ⟦on Thursday⟧ and suspended a steep rise in fuel prices.", values: ["2026-11-12"], id: "a",
                          published: "2026-11-13")
        let b = F.extract("The increase was suspended ⟦on Friday, November 13⟧.", values: ["2026-11-13"], id: "b", published: "2026-11-18")
        let e = try #require(merge(a + b).first { $0.mentions.contains { $0.triggerText == "suspended" && $0.document == "b" } })
        #expect(Set(e.documentIDs) == ["a", "b"], "\(merge(a + b).map(\.summary))")
        #expect(e.conflict)
    }

    /// A condition "unless" or "if" opens is no happening, whatever deadline it names; a warning the parse hung below a
    /// condition is still one.
    @Test func aConditionWithADeadlineIsNoHappening() {
        let a = F.extract("They said buses would stay off the roads unless the government withdrew the new prices ⟦by Tuesday night⟧.",
                          values: ["2026-11-10TNI"], published: "2026-11-10")
        #expect(!a.contains { $0.mention.triggerText == "withdrew" }, "\(a.map(\.summary))")
        let b = F.extract("The government will legislate the dock workers back to work if there is no deal by Friday, Labour Minister Claire Dubois warned ⟦on Wednesday⟧.",
                          values: ["2026-03-11"], published: "2026-03-12")
        #expect(b.contains { $0.mention.triggerText == "warned" }, "\(b.map(\.summary))")
    }

    /// A weekday a plan is "for" lies ahead of a weak past, as one after "until" does.
    @Test(arguments: [
        ("Unions called a general strike for Wednesday.", "2026-11-11"),
        ("The unions postponed the strike until Wednesday.", "2026-11-11"),
        ("The unions struck on Wednesday.", "2026-11-04"),
    ])
    func aWeekdayAPlanIsForLiesAhead(_ sentence: String, _ value: String) {
        let dct = Day(iso: "2026-11-10")  // a Tuesday
        #expect(TemporalTagger().tag(sentence, dct: dct).first?.value == value, "\(sentence)")
    }
}
