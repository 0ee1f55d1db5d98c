import Testing
@testable import TimelineCore

/// Summaries that stay whole English where the parse goes astray, and frames that keep their verbs.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SummaryRepairTests {
    typealias F = EventFixtures

    /// A finite verb left without a subject by the parse takes the noun phrase just before it.
    @Test func aFiniteVerbTakesTheNounPhraseBeforeItAsItsSubject() throws {
        let ms = F.extract("Peace talks set to resume as Kyiv recaptures villages ⟦on Sunday⟧.", values: ["2022-03-27"], published: "2022-03-27")
        let m = try #require(ms.first { $0.mention.triggerText == "recaptures" })
        #expect(m.summary.hasPrefix("Kyiv recaptures villages"), "\(m.summary)")
    }

    /// A degree before the preposition of a date goes with the date.
    @Test func aDegreeBeforeADatesPrepositionGoesWithIt() throws {
        let ms = F.extract("The last boy emerged shortly before ⟦8 p.m.⟧, officials said.", values: ["2018-07-09T20:00"], published: "2018-07-10")
        let m = try #require(ms.first { $0.mention.triggerText == "emerged" }, "\(ms.map(\.summary))")
        #expect(m.summary == "The last boy emerged", "\(m.summary)")
        let conj = F.extract("The second phase began ⟦at 11 a.m.⟧, and the last boy emerged shortly before ⟦8 p.m.⟧, officials said.",
                             values: ["2018-07-09T11:00", "2018-07-09T20:00"], published: "2018-07-10")
        let c = try #require(conj.first { $0.mention.triggerText == "emerged" }, "\(conj.map(\.summary))")
        #expect(c.summary == "The last boy emerged", "\(c.summary)")
    }

    /// A participle set off by commas after its noun is an aside of the main verb's summary, and told alone it is a
    /// passive; its date is its own.
    @Test func aSetOffParticipleIsAPassiveOfItsNoun() throws {
        let ms = F.extract("The city's botanical garden, founded in ⟦1931⟧, was almost entirely destroyed, its director said ⟦on Saturday⟧.",
                           values: ["1931", "2024-02-03"], published: "2024-02-03")
        let founded = try #require(ms.first { $0.mention.triggerText == "founded" }, "\(ms.map(\.summary))")
        #expect(founded.summary == "The city's botanical garden was founded", "\(founded.summary)")
        #expect(founded.mention.date.value == "1931")
        let destroyed = try #require(ms.first { $0.mention.triggerText == "destroyed" }, "\(ms.map(\.summary))")
        #expect(destroyed.summary == "The city's botanical garden was almost entirely destroyed", "\(destroyed.summary)")
        #expect(destroyed.mention.date.value != "1931")
    }

    /// "And that" opens a second reported clause, not a clause of the relative clause before it; the second half of
    /// a comparison stays.
    @Test func aSecondThatClauseIsItsOwnHappening() throws {
        let ms = F.extract("Boric said ⟦on Monday⟧ the government would provide bonds to the families who lost their homes and that reconstruction would begin \"as soon as possible\".",
                           values: ["2024-02-05"], published: "2024-02-05")
        let provide = try #require(ms.first { $0.mention.triggerText == "provide" }, "\(ms.map(\.summary))")
        #expect(provide.summary == "The government would provide bonds to the families who lost their homes", "\(provide.summary)")
        #expect(ms.contains { $0.summary.hasSuffix("would begin as soon as possible") }, "\(ms.map(\.summary))")
    }

    /// A perfect the parse read as a noun phrase ("it had delivered payments") keeps its subject and its verb.
    @Test func aPerfectKeepsItsSubject() throws {
        let ms = F.extract("The government said ⟦in March⟧ it had delivered emergency payments to 9,000 families.", values: ["2024-03"], published: "2024-03-16")
        #expect(ms.contains { $0.summary == "The government had delivered emergency payments to 9,000 families" }, "\(ms.map(\.summary))")
    }

    /// A quotation's speaker after the verb ends at the comma of a clause about the speaker and leaves the date out;
    /// that clause is not quoted, and the saying is told in a sentence's order.
    @Test func aSpeakerAfterTheQuotation() throws {
        let ms = F.extract("\"It is a disaster,\" said the mayor ⟦on Friday⟧. \"We have waited six weeks for this,\" said Marta Rojas, whose mother died in the fire.",
                           values: ["2024-02-02"], published: "2024-02-04")
        let mayor = try #require(ms.first { $0.mention.attribution == "the mayor" }, "\(ms.map { ($0.summary, $0.mention.attribution) })")
        #expect(mayor.summary == "The mayor said it is a disaster", "\(mayor.summary)")
        let before = F.extract("\"We are facing a tragedy,\" he said in a televised address.", values: [], published: "2024-02-04")
        #expect(before.contains { $0.summary == "He said we are facing a tragedy in a televised address" }, "\(before.map(\.summary))")
        let died = try #require(ms.first { $0.mention.triggerText == "died" }, "\(ms.map(\.summary))")
        #expect(died.mention.attribution == nil)
        #expect(died.summary == "Marta Rojas' mother died in the fire", "\(died.summary)")
    }

    /// A quotation told after its speaker keeps its own commas and its last word, but not the comma that closed it.
    @Test func aQuotationKeepsItsInnerPunctuation() throws {
        let ms = F.extract("\u{201C}Their determination, heroism and firmness are astonishing,\u{201D} Zelensky said.",
                           values: [], published: "2022-03-28")
        #expect(ms.contains { $0.summary == "Zelensky said their determination, heroism and firmness are astonishing" }, "\(ms.map(\.summary))")
        let aside = F.extract("Nadhim Zahawi warned of further atrocities. \"The important thing to remember is that there is evidence that war crimes have been committed in Ukraine, the targeting of civilian areas,\" he said.",
                              values: [], published: "2022-03-28")
        #expect(aside.contains { $0.summary.hasSuffix("in Ukraine, the targeting of civilian areas") }, "\(aside.map(\.summary))")
    }

    /// "Where" opening a clause set beside its noun goes; appearing in court is a happening.
    @Test func aClauseOpenedByWhereAndAnAppearanceInCourt() throws {
        let ms = F.extract("The two men are due to appear in court ⟦on Sunday⟧, where prosecutors will ask that they be held in custody.",
                           values: ["2024-03-17"], published: "2024-03-16")
        #expect(ms.contains { $0.mention.triggerText == "appear" && $0.summary == "The two men are due to appear in court" }, "\(ms.map(\.summary))")
        #expect(!ms.contains { $0.summary.hasPrefix("Where") }, "\(ms.map(\.summary))")
    }

    /// What a suspect is suspected of stays in the arrest's summary and is no happening of the arrest's day; a
    /// reporting verb closing the sentence attributes the main clause.
    @Test func whatASuspectIsSuspectedOf() throws {
        let ms = F.extract("Police have arrested a forestry official suspected of starting the fires, prosecutors said ⟦on Saturday⟧.",
                           values: ["2024-03-16"], published: "2024-03-16")
        let arrested = try #require(ms.first { $0.mention.triggerText == "arrested" }, "\(ms.map(\.summary))")
        #expect(arrested.summary == "Police have arrested a forestry official suspected of starting the fires", "\(arrested.summary)")
        #expect(arrested.mention.attribution == "prosecutors")
        #expect(!ms.contains { $0.mention.triggerText == "fires" || $0.mention.triggerText == "starting" }, "\(ms.map(\.summary))")
        #expect(!ms.contains { $0.summary == "Prosecutors said" }, "\(ms.map(\.summary))")
    }

    /// A participle left with nothing but its date is left out with the date; an order's content is the order's.
    @Test func aParticipleWithOnlyADateAndAnOrdersContent() throws {
        let ms = F.extract("President Gabriel Boric announced two days of national mourning starting ⟦on Monday⟧.", values: ["2024-02-05"], published: "2024-02-05")
        let announced = try #require(ms.first { $0.mention.triggerText == "announced" }, "\(ms.map(\.summary))")
        #expect(announced.summary == "President Gabriel Boric announced two days of national mourning", "\(announced.summary)")
        let order = F.extract("Thousands of residents were ordered to leave their homes ⟦on Saturday⟧.", values: ["2024-02-03"], published: "2024-02-03")
        #expect(order.map(\.mention.triggerText) == ["ordered"], "\(order.map(\.summary))")
    }

    /// What broke out is the happening, and a beginning told of it in a relative clause is keyed by it, so the
    /// outlets' mentions can merge.
    @Test func aFireThatBrokeOutAndAFireThatBeganShareTheirKey() throws {
        let broke = F.extract("A fire broke out at the plant ⟦on Friday⟧.", values: ["2024-02-02"], published: "2024-02-03")
        let b = try #require(broke.first, "\(broke.map(\.summary))")
        #expect(b.mention.triggerText == "fire")
        let began = F.extract("The fire, which began ⟦on Friday⟧, destroyed the plant.", values: ["2024-02-02"], published: "2024-02-05")
        let g = try #require(began.first { $0.mention.triggerText == "began" }, "\(began.map(\.summary))")
        #expect(g.lemma == b.lemma, "\(g.lemma) \(b.lemma)")
        // (Only with the particle a light verb needs: talks that broke down collapsed, they were not held.)
        let down = F.extract("The talks, which broke down ⟦on Friday⟧, will not resume. Talks were held ⟦on Friday⟧.",
                             values: ["2024-02-02", "2024-02-02"], published: "2024-02-05")
        let brokeDown = try #require(down.first { $0.mention.triggerText?.hasPrefix("broke") == true }, "\(down.map(\.summary))")
        let held = try #require(down.first { $0.mention.triggerText == "Talks" }, "\(down.map(\.summary))")
        #expect(brokeDown.lemma != held.lemma, "\(brokeDown.lemma)")
    }

    /// "It" opening a subordinate clause with no object is the thing the main clause is about; one with an object is
    /// left to the reporting rules.
    @Test func itInASubordinateClauseIsTheMainClausesThing() throws {
        let ms = F.extract("A regional jet flipped upside down as it landed at the airport ⟦on Monday⟧. The company said profit rose as it cut costs.",
                           values: ["2025-02-17"], published: "2025-02-18")
        #expect(ms.contains { $0.summary == "A regional jet landed at the airport" }, "\(ms.map(\.summary))")
        #expect(!ms.contains { $0.summary.hasPrefix("Profit cut") }, "\(ms.map(\.summary))")
    }

    /// A noun whose possessive date is left out of its summary takes "the".
    @Test func aNounWithoutItsPossessiveDateTakesThe() throws {
        let ms = F.extract("The party quadrupled its seats to 28 in ⟦last month⟧'s vote.", values: ["2024-10"], published: "2024-11-11")
        #expect(ms.contains { $0.summary == "The party quadrupled its seats to 28 in the vote" }, "\(ms.map(\.summary))")
        // (before the words the noun's phrase keeps ahead of it)
        let snap = F.extract("The ruling party lost its majority in ⟦Sunday⟧'s snap election.", values: ["2024-10-27"], published: "2024-10-28")
        #expect(snap.contains { $0.summary == "The ruling party lost its majority in the snap election" }, "\(snap.map(\.summary))")
        #expect(snap.contains { $0.summary == "The snap election" }, "\(snap.map(\.summary))")
    }

    /// A party's leader named beside his description speaks, and his "he" is his.
    @Test func aLeaderNamedBesideItsDescriptionSpeaks() throws {
        let ms = F.extract("Shigeru Ishiba was re-elected ⟦on Monday⟧. Its leader, Yuichiro Tamaki, has said he will not join the coalition.",
                           values: ["2024-11-11"], published: "2024-11-12")
        let join = try #require(ms.first { $0.summary.hasSuffix("will not join the coalition") }, "\(ms.map(\.summary))")
        #expect(join.summary == "Yuichiro Tamaki will not join the coalition", "\(join.summary)")
        #expect(join.mention.attribution == "Yuichiro Tamaki")
    }

    /// A participle completing a linking verb is told with the verb.
    @Test func aLinkingVerbStaysWithItsParticiple() throws {
        let ms = F.extract("The youth football team became trapped ⟦on June 23⟧.", values: ["2018-06-23"], published: "2018-07-09")
        let m = try #require(ms.first { $0.mention.triggerText == "trapped" }, "\(ms.map(\.summary))")
        #expect(m.summary == "The youth football team became trapped", "\(m.summary)")
    }

    /// "at least" opening a summary is a count, not a preposition to trim.
    @Test func atLeastStaysWithItsCount() throws {
        let ms = F.extract("Six people were killed and at least 58 injured in a car bomb attack ⟦on Friday⟧.", values: ["2024-11-01"], published: "2024-11-02")
        let m = try #require(ms.first { $0.mention.triggerText == "injured" }, "\(ms.map(\.summary))")
        #expect(m.summary.hasPrefix("At least 58"), "\(m.summary)")
    }

    /// The second of two participle adjuncts is told with the clause they hang on, even when the parse hung them on
    /// the reporting verb after it.
    @Test func aSecondParticipleIsToldWithItsClause() throws {
        let ms = F.extract("A magnitude 6.4 earthquake struck the hills of western Nepal shortly before ⟦midnight on Friday⟧, killing at "
                           + "least 153 people and flattening thousands of mud-brick homes, officials said ⟦on Monday⟧.",
                           values: ["2024-11-01", "2024-11-04"], published: "2024-11-04")
        let m = try #require(ms.first { $0.mention.triggerText == "flattening" }, "\(ms.map(\.summary))")
        #expect(m.summary.hasPrefix("A magnitude 6.4 earthquake struck"), "\(m.summary)")
        #expect(m.summary.hasSuffix(", flattening thousands of mud-brick homes"), "\(m.summary)")
    }

    /// A degree of the date ("late on Sunday night") goes with the date.
    @Test func aDegreeOfTheDateGoesWithIt() throws {
        let ms = F.extract("Thousands of opposition supporters gathered in central Tbilisi late ⟦on Sunday night⟧.", values: ["2024-10-27"],
                           published: "2024-10-29")
        let m = try #require(ms.first { $0.mention.triggerText == "gathered" })
        #expect(!m.summary.hasSuffix("late"), "\(m.summary)")
    }

    /// A preposition opening an oblique of the predicate stays: the summary keeps the phrase whole.
    @Test func aFrontedObliqueKeepsItsPreposition() throws {
        let ms = F.extract("In Chernihiv in the north, Ukrainian soldiers repelled Russian attacks ⟦on Sunday⟧.", values: ["2022-03-27"], published: "2022-03-28")
        let m = try #require(ms.first { $0.mention.triggerText == "repelled" })
        #expect(m.summary.hasPrefix("In Chernihiv"), "\(m.summary)")
    }

    /// A verb of obligation lends the infinitive its frame: auxiliaries, subject and modality come with it.
    @Test(arguments: [
        ("Officials said residents would have to leave the valley ⟦on Friday⟧.", "leave", "Residents would have to leave the valley", Modality.planned),
        ("Residents had to leave the valley ⟦on Friday⟧.", "leave", "Residents had to leave the valley", Modality.happened),
    ])
    func obligationLendsItsFrame(_ text: String, _ trigger: String, _ summary: String, _ modality: Modality) throws {
        let ms = F.extract(text, values: ["2024-07-12"], published: "2024-07-14")
        let m = try #require(ms.first { $0.mention.triggerText == trigger }, "\(ms.map(\.summary))")
        #expect(m.summary == summary)
        #expect(m.mention.modality == modality)
        #expect(!ms.contains { $0.mention.triggerText == "have" || $0.mention.triggerText == "had" })
    }

    /// A relative clause with its own subject is told with the noun it modifies as its object.
    @Test(arguments: [
        ("The report cited satellite images the agency had reviewed ⟦on Monday⟧.", "reviewed", "The agency had reviewed satellite images"),
        ("Officials described the plan the council set up ⟦on Monday⟧.", "set", "The council set up the plan"),
    ])
    func aRelativeClauseGapIsFilledByItsNoun(_ text: String, _ trigger: String, _ summary: String) throws {
        let ms = F.extract(text, values: ["2024-07-08"], published: "2024-07-14")
        let m = try #require(ms.first { $0.mention.triggerText?.hasPrefix(trigger) == true }, "\(ms.map(\.summary))")
        #expect(m.summary == summary)
    }

    /// Not when the clause has its object, or the noun is no object ("the way he spoke").
    @Test func aRelativeClauseWithItsObjectIsLeftAlone() throws {
        let ms = F.extract("Residents recalled the day the river burst its banks ⟦on Monday⟧.", values: ["2024-07-08"], published: "2024-07-14")
        let m = try #require(ms.first { $0.mention.triggerText == "burst" }, "\(ms.map(\.summary))")
        #expect(m.summary == "The river burst its banks")
    }

    /// A name the parse made the subject of a relative clause keeps the common noun it names.
    @Test func aNamedShipKeepsItsTitle() throws {
        let ms = F.extract("The bridge collapsed ⟦early on Tuesday⟧ after the container ship Kandy struck one of its piers.",
                           values: ["2024-05-07"], published: "2024-05-07")
        let m = try #require(ms.first { $0.mention.triggerText == "struck" }, "\(ms.map(\.summary))")
        #expect(m.summary.hasPrefix("The container ship Kandy struck"), "\(m.summary)")
    }

    /// A demand is one event told with what it demands; the demanded act is no event of its own.
    @Test func aDemandIsToldWithWhatItDemands() throws {
        let ms = F.extract("Moscow is demanding that Ukraine: renounce any hopes of NATO membership.", values: [], published: "2022-03-28")
        #expect(!ms.contains { $0.mention.triggerText == "renounce" }, "\(ms.map(\.summary))")
        let m = try #require(ms.first { $0.mention.triggerText == "demanding" }, "\(ms.map(\.summary))")
        #expect(m.summary.contains("renounce any hopes of NATO membership"), "\(m.summary)")
    }

    /// A noun the parse coordinated with the verb before is the next verb's subject, not the first verb's.
    @Test func aCoordinatedClauseKeepsItsOwnSubject() throws {
        let ms = F.extract("Only one in three trains ran, and several stations in Leeds and Manchester closed ⟦by mid-morning⟧.",
                           values: ["2025-03-03TMO"], published: "2025-03-04")
        let m = try #require(ms.first { $0.mention.triggerText == "closed" }, "\(ms.map(\.summary))")
        #expect(m.summary.hasPrefix("Several stations in Leeds and Manchester closed"), "\(m.summary)")
    }

    /// A relative clause set off by commas is an aside: the main clause is told without it, the relative clause with
    /// the noun it describes as its subject, and neither lends the other its date.
    @Test func aRelativeClauseBetweenCommasIsAnAside() throws {
        let ms = F.extract("Paul Wetzel, who led the company for two years, left ⟦on Wednesday⟧. Orbis, which went public ⟦in 2011⟧, "
                           + "supplies chips to carmakers. Chen, who has led the company since ⟦2015⟧, will be succeeded by David Moreau.",
                           values: ["2009-06-10", "2011", "2015"], published: "2009-06-11")
        let left = try #require(ms.first { $0.mention.triggerText == "left" }, "\(ms.map(\.summary))")
        #expect(left.summary == "Paul Wetzel left", "\(left.summary)")
        #expect(left.mention.date.value == "2009-06-10")
        let led = try #require(ms.first { $0.mention.triggerText == "led" })
        #expect(led.summary.hasPrefix("Paul Wetzel led the company"), "\(led.summary)")
        let went = try #require(ms.first { $0.mention.triggerText == "went" })
        #expect(went.summary == "Orbis went public", "\(went.summary)")
        // "supplies" is the simple present of a description: no happening, and never one of 2011.
        #expect(!ms.contains { $0.mention.triggerText == "supplies" && $0.mention.date.value == "2011" })
        let succeeded = try #require(ms.first { $0.mention.triggerText == "succeeded" })
        #expect(succeeded.summary == "Chen will be succeeded by David Moreau", "\(succeeded.summary)")
    }

    /// A pronoun subject of a reported clause is whoever reports it, not the organisation or person named before.
    @Test func aReportedPronounIsTheReporter() throws {
        let ms = F.extract("The Nasdaq fell 1.2 percent ⟦on Thursday⟧. Toyota said ⟦on Tuesday⟧ it would halt two assembly lines ⟦next week⟧. "
                           + "Judge Arthur Hale approved the request ⟦on Friday⟧. Chief executive Paul Wetzel said he would step down.",
                           values: ["2021-03-11", "2021-03-09", "2021-W11", "2021-03-12"], published: "2021-03-12")
        let halt = try #require(ms.first { $0.mention.triggerText == "halt" }, "\(ms.map(\.summary))")
        #expect(halt.mention.actors == ["Toyota"], "\(halt.mention.actors)")
        #expect(halt.summary.hasPrefix("Toyota would halt"), "\(halt.summary)")
        // ("His lawyer, Karen Liu, said he would appeal": "he" is whoever "his" is, not the lawyer.)
        let appeal = F.extract("Morrow showed no emotion. His lawyer, Karen Liu, said he would appeal.", values: [], published: "2025-06-06")
        #expect(!appeal.contains { $0.mention.actors.contains("Karen Liu") && $0.summary.hasSuffix("appeal") }, "\(appeal.map(\.summary))")
        let stepDown = try #require(ms.first { $0.summary.hasSuffix("would step down") }, "\(ms.map(\.summary))")
        #expect(stepDown.mention.actors.contains { $0.hasSuffix("Paul Wetzel") }, "\(stepDown.mention.actors)")
    }

    /// A relative clause's summary never opens with its relative word: the word stands for its noun ("someone who
    /// gave it" → "Someone gave it"), goes when the clause has a subject of its own ("where pebbles are thrown",
    /// "in which 1,426 pilgrims were trampled"), gives its possessive ("whose boat sank" → "the asylum seekers' boat"),
    /// or, for a whole clause, brings that clause ("…, which has affected the routes").
    @Test(arguments: [
        ("A sensitive document was found on an Ottawa street by someone who gave it to the CBC ⟦on Friday⟧.", "gave", "Someone gave it to the CBC"),
        ("The stampede happened at the bridge, where pebbles are thrown at a pillar.", "thrown", "Pebbles are thrown at a pillar"),
        ("It was the worst crush since ⟦1990⟧, in which 1,426 pilgrims were trampled.", "trampled", "1,426 pilgrims were trampled"),
        ("⟦On Friday⟧, fishermen rescued over 700 asylum seekers whose boat sank.", "sank", "The asylum seekers' boat sank"),
        ("Thailand cracked down on human trafficking, which has affected the routes smugglers use.", "affected",
         "Thailand cracked down on human trafficking, which has affected the routes"),
    ])
    func aRelativeWordNeverOpensTheSummary(_ text: String, _ trigger: String, _ summary: String) throws {
        let values = text.contains("1990") ? ["1990"] : text.contains("⟦") ? ["2015-05-15"] : []
        let ms = F.extract(text, values: values, published: "2015-05-16")
        let m = try #require(ms.first { $0.mention.triggerText == trigger }, "\(ms.map(\.summary))")
        #expect(m.summary == summary)
    }

    /// A present participle completing a verb is told with that verb and is in its time: "He was found clinging to an
    /// inner tube", not "He clinging to an inner tube" on the day of the report.
    @Test func aParticipleIsToldWithTheVerbItCompletes() throws {
        let ms = F.extract("His relatives have cared for him since ⟦November⟧, when he was found clinging to an inner tube.",
                           values: ["1999-11"], published: "2000-04-17")
        let m = try #require(ms.first { $0.mention.triggerText == "clinging" }, "\(ms.map(\.summary))")
        #expect(m.summary == "He was found clinging to an inner tube")
        #expect(m.mention.date.value == "1999-11")
    }

    /// "be to" tells an arrangement: planned, told with its "to".
    @Test(arguments: [
        ("Mohamed and his father are to travel to the United Nations ⟦on Monday⟧.", "travel", "Mohamed and his father are to travel to the United Nations"),
        ("The first referendum is to be held ⟦on November 20⟧.", "held", "The first referendum is to be held"),
    ])
    func beToIsAnArrangement(_ text: String, _ trigger: String, _ summary: String) throws {
        let ms = F.extract(text, values: [text.contains("Monday") ? "2015-05-11" : "2015-11-20"], published: "2015-05-07")
        let m = try #require(ms.first { $0.mention.triggerText == trigger || $0.summary == summary }, "\(ms.map(\.summary))")
        #expect(m.summary == summary)
        #expect(m.mention.modality == .planned)
    }

    /// Infinitives coordinated under one governor are one happening told whole, dated by the date hung on the last;
    /// a participle adjunct the parse made a conjunct stays apart.
    @Test func coordinatedInfinitivesAreToldWithTheirGovernor() throws {
        let ms = F.extract("Residents were forced to leave their homes and abandon their cattle ⟦on Monday⟧.", values: ["2017-07-17"], published: "2017-07-21")
        #expect(ms.count == 1, "\(ms.map(\.summary))")
        let m = try #require(ms.first)
        #expect(m.summary == "Residents were forced to leave their homes and abandon their cattle")
        #expect(m.mention.date.value == "2017-07-17")
        let list = F.extract("The robots were required to recognize, pick up, carry, and deposit balls ⟦on Tuesday⟧.", values: ["2017-07-18"], published: "2017-07-21")
        #expect(list.count == 1 && list.first?.mention.modality == .expected, "\(list.map(\.summary))")
    }

    /// A participle told with its clause leaves out that clause's subordinator; a relative pronoun the parse left
    /// without its clause stands for the noun before its comma.
    @Test func aToldClauseLosesItsSubordinatorAndAStrandedRelativeItsPronoun() throws {
        let ms = F.extract("The stampede began ⟦on Thursday⟧ when luggage from a bus tripped pilgrims at the wall, causing a bottleneck.",
                           values: ["2006-01-12"], published: "2006-01-12")
        let causing = try #require(ms.first { $0.mention.triggerText == "causing" }, "\(ms.map(\.summary))")
        #expect(!causing.summary.hasPrefix("When"), "\(causing.summary)")
        let rel = F.extract("NASA held a ceremony ⟦on Tuesday⟧ for Space Shuttle Atlantis, which is being prepped for its final mission.",
                            values: ["2011-04-12"], published: "2011-04-13")
        #expect(!rel.contains { $0.summary.hasPrefix("Which") }, "\(rel.map(\.summary))")
    }

    /// A conjunct borrows the passive's auxiliary only when it may be a participle ("was arrested, charged and jailed");
    /// an irregular past tense is active ("was motivated … and came upon a blog").
    @Test func onlyAParticipleBorrowsThePassive() throws {
        let ms = F.extract("Montalvo was motivated to look for information and came upon a blog ⟦on Monday⟧.", values: ["2010-10-04"], published: "2010-10-09")
        let came = try #require(ms.first { $0.mention.triggerText == "came" }, "\(ms.map(\.summary))")
        #expect(came.summary == "Montalvo came upon a blog")
    }

    /// "once the company emerged": a subordinator the parse took for an adverb does not open the summary.
    @Test func aLeadingSubordinatorGoes() throws {
        let ms = F.extract("Wetzel said he would step down once the company emerged from bankruptcy.", values: [], published: "2009-05-01")
        for m in ms { #expect(!m.summary.hasPrefix("Once"), "\(m.summary)") }
    }

    /// A length measuring another happening goes with it: "emerged on Wednesday, 42 days after it filed".
    @Test func aLengthMeasuringAnotherHappeningGoesWithIt() throws {
        let ms = F.extract("Carver Motors emerged from bankruptcy ⟦on Wednesday⟧, 42 days after it filed.", values: ["2009-06-10"],
                           published: "2009-06-11")
        let m = try #require(ms.first { $0.mention.triggerText == "emerged" })
        #expect(m.summary == "Carver Motors emerged from bankruptcy", "\(m.summary)")
    }

    /// A headline's infinitive after the noun it tells of is a plan of that noun's: "…, chief executive to step down".
    @Test func aHeadlineInfinitiveAfterItsNounIsItsPlan() throws {
        let ms = F.extract("Orbis Semiconductor cuts outlook after plant fire, chief executive to step down", values: [],
                           published: "2021-03-10", headline: true)
        let m = try #require(ms.first { $0.mention.triggerText?.hasPrefix("step") == true }, "\(ms.map(\.summary))")
        #expect(m.mention.modality == .planned)
        #expect(m.summary == "Chief executive to step down", "\(m.summary)")
    }
    /// A report set off after the clause it reports, whose content gave no mention, is told with that clause.
    @Test func aReportAfterItsDeniedContentIsToldWithIt() throws {
        let ms = F.extract("No one was killed in the aftershock, officials said.", values: [], published: "2024-11-06")
        #expect(ms.contains { $0.summary == "Officials said no one was killed in the aftershock" }, "\(ms.map(\.summary))")
    }
}

