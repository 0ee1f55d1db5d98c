import Testing
@testable import TimelineCore

/// Which clause a date belongs to when the parse hangs it low: on a possessive noun, on a participle describing a
/// noun, or on the clause a participle adjunct elaborates. Our own sentences, in the style of wire copy.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ClauseDatingTests {
    typealias F = EventFixtures

    func dates(_ text: String, values: [String], published: String = "2024-11-06") -> [String: String] {
        var out: [String: String] = [:]
        for m in F.extract(text, values: values, published: published) {
            if let t = m.mention.triggerText { out[t] = m.mention.date.isFallback ? "fallback" : m.mention.date.value }
        }
        return out
    }

    /// A date inside the subject's phrase tells when what the phrase describes held: the verb's own date is the
    /// happening's ("the officer in charge ⟦that night⟧ was suspended ⟦on Wednesday⟧"); with no date of its own the
    /// verb still takes it.
    @Test func aDateInsideTheSubjectYieldsToTheVerbsOwn() {
        let own = dates("The nurse on duty ⟦that night⟧ was suspended ⟦on Wednesday, 10 September⟧, the union said.",
                        values: ["2025-09-09TNI", "2025-09-10"], published: "2025-09-19")
        #expect(own["suspended"] == "2025-09-10", "\(own)")
        let only = dates("The nurse on duty ⟦that night⟧ was suspended, the union said.", values: ["2025-09-09TNI"], published: "2025-09-19")
        #expect(only["suspended"] == "2025-09-09TNI", "\(only)")
        // A period's figure is measured over its date, which is the change's, whatever the comparison's date.
        let figure = dates("Quarterly net income ⟦this year⟧ has risen over comparable periods in ⟦1988⟧.",
                           values: ["1989", "1988"], published: "1989-10-20")
        #expect(figure["risen over"] == "1989", "\(figure)")
    }

    /// What remains of a period is how long, not when: "postponed all surgeries for the rest of the week" is told of
    /// the story's day, not dated to the week.
    @Test func theRestOfAPeriodDatesNothing() {
        let rest = dates("Ambulances were diverted ⟦on Monday⟧. The network also postponed all surgeries for the rest of ⟦the week⟧.",
                         values: ["2025-03-03", "2025-W10"], published: "2025-03-05")
        #expect(rest["postponed"] == "fallback", "\(rest)")
    }

    /// What came of a happening of one day, told after it with no date of its own, came that day (both clauses of a
    /// coordination); after a happening of some year it may have come years later, and stays undated.
    @Test func whatCameAfterADatedHappeningCameThatDay() {
        let day = dates("Two workers were killed and thousands of people were ordered from their homes after an explosion at a chemical plant in Siliguri, India, ⟦early on Tuesday⟧, the latest in a string of accidents.",
                        values: ["2025-10-14"], published: "2025-10-15")
        #expect(day["explosion"] == "2025-10-14" && day["killed"] == "2025-10-14" && day["ordered"] == "2025-10-14", "\(day)")
        let year = dates("After a flood at Jalpaiguri in ⟦1968⟧, a new embankment was built along the river.", values: ["1968"], published: "2024-07-14")
        #expect(year["built"] == "fallback", "\(year)")
    }

    /// A change told from one date to another is dated where it ended; a happening told with a dated "as" clause
    /// takes that clause's day.
    @Test func aChangeFromOneDateToAnotherAndAnAsClause() {
        let change = dates("Visitors to the park rose from fewer than 100,000 in ⟦1980⟧ to more than 300,000 ⟦last year⟧.",
                           values: ["1980", "1997"], published: "1998-09-07")
        #expect(change["rose"] == "1997", "\(change)")
        let flipped = dates("A jet flipped upside down as it landed at the airport ⟦on Monday afternoon⟧.", values: ["2025-02-17TAF"], published: "2025-02-18")
        #expect(flipped["flipped"] == "2025-02-17TAF", "\(flipped)")
    }

    /// What the day set beside a date tells happened on that date; a time opening the sentence after its preposition
    /// and a word of degree dates every clause of it.
    @Test func theDayBesideADateAndATimeOpeningTheSentence() {
        let day = dates("Shares of the operator plunged 14 percent ⟦on Monday⟧, the day its ferry sank off the coast, before trading was halted.",
                        values: ["2025-08-11"], published: "2025-08-14")
        #expect(day["sank"] == "2025-08-11" || day["sank off"] == "2025-08-11", "\(day)")
        let night = dates("The blaze was put out ⟦on Friday⟧, the night the storm reached the town, officials said.", values: ["2025-08-08"], published: "2025-08-12")
        #expect(night["reached"] == "2025-08-08", "\(night)")
        let unset = dates("The day the ferry sank was the worst of her life, she said ⟦on Monday⟧.", values: ["2025-08-11"], published: "2025-08-14")
        #expect(unset["sank"] != "2025-08-11", "\(unset)")
        let opening = dates("At about ⟦noon on Monday⟧, the cargo broke loose, and the ferry rolled over and sank within minutes.",
                            values: ["2025-08-11"], published: "2025-08-22")
        #expect(opening["broke"] == "2025-08-11", "\(opening)")
        #expect(opening["rolled over"] == "2025-08-11" || opening["rolled"] == "2025-08-11", "\(opening)")
        #expect(opening["sank"] == "2025-08-11", "\(opening)")
    }

    /// A happening in a dated occasion takes its date.
    @Test func aHappeningInADatedOccasion() {
        let found = dates("Ishiba was re-elected as prime minister in a parliamentary runoff ⟦on Monday⟧.", values: ["2024-11-11"], published: "2024-11-12")
        #expect(found["re-elected"] == "2024-11-11", "\(found)")
    }

    /// "last week's quake" dates the quake, a mention of its own, and not the toll it raised.
    @Test func aPossessiveDateDatesItsNounOnly() {
        let found = dates("Two more bodies were recovered ⟦on Tuesday⟧, raising the toll from ⟦last week⟧'s quake to 157.",
                          values: ["2024-11-05", "2024-W44"])
        #expect(found["recovered"] == "2024-11-05", "\(found)")
        #expect(found["raising"] != "2024-W44", "\(found)")
        // The quake itself is a happening of last week, a mention of its own.
        #expect(found["quake"] == "2024-W44", "\(found)")
        #expect(found.filter { $0.key != "quake" }.values.allSatisfy { $0 != "2024-W44" }, "\(found)")
    }

    /// A date before an event noun, as its modifier, dates the noun, a mention of its own: at the end of a run of
    /// nouns, with the noun's own possessive, after an article with the date set off by commas. A proceeding over it
    /// does not take its date; a length measured before a preposition qualifies no noun.
    @Test func aDateBeforeAnEventNounDatesTheNoun() {
        let bombing = dates("A nurse who was injured in the ⟦1998⟧ abortion clinic bombing attended the ceremony.",
                            values: ["1998"], published: "1999-10-24")
        #expect(bombing["bombing"] == "1998", "\(bombing)")
        let returned = dates("The family is fighting the boy's ⟦January 14⟧ return to Cuba.", values: ["2000-01-14"], published: "2000-01-06")
        #expect(returned["return"] == "2000-01-14", "\(returned)")
        #expect(returned["fighting"] != "2000-01-14", "\(returned)")
        let charged = dates("Two men were charged in the ⟦December 21, 1988⟧, bombing of Pan Am Flight 103.",
                            values: ["1988-12-21"], published: "1999-06-07")
        #expect(charged["bombing"] == "1988-12-21", "\(charged)")
        #expect(charged["charged"] != "1988-12-21", "\(charged)")
    }

    /// The holding of the occasion a dated happening took place at is of its day, told as a passive.
    @Test func anOccasionHeldIsOfItsHappeningsDay() {
        let ms = F.extract("The three countries ⟦on Friday⟧ formally joined NATO at a ceremony held in Independence, Missouri.",
                           values: ["1999-03-12"], published: "1999-03-13")
        let held = ms.first { $0.mention.triggerText == "held" }
        #expect(held?.mention.date.value == "1999-03-12", "\(ms.map { ($0.mention.triggerText, $0.mention.date.value) })")
        #expect(held?.summary == "A ceremony was held in Independence, Missouri", "\(ms.map(\.summary))")
    }

    /// An infinitive after a ranked noun tells what the noun did, when told in the past or dated; a purpose or a plan
    /// does not.
    @Test func aRankedNounsInfinitiveHappened() {
        let first = dates("She became the first woman to win the prize ⟦in 1998⟧.", values: ["1998"], published: "1999-03-13")
        #expect(first["win"] == "1998", "\(first)")
        let last = dates("He is the last person to leave.", values: [], published: "1999-03-13")
        #expect(last["leave"] == nil, "\(last)")
        let plan = dates("The government announced a plan to build a bridge ⟦on Friday⟧.", values: ["1999-03-12"], published: "1999-03-13")
        #expect(plan["build"] == nil, "\(plan)")
    }

    /// What a happening of one day came after was on that day or before it: an undated "on or before" that day.
    @Test func whatADatedHappeningCameAfterIsOnOrBeforeItsDay() {
        let ms = F.extract("A man was arrested ⟦on Saturday⟧ after police found weapons in his car.", values: ["2024-03-02"], published: "2024-03-04")
        let found = ms.first { $0.mention.triggerText == "found" }
        #expect(found?.mention.date.value == "2024-03-02", "\(ms.map { ($0.mention.triggerText, $0.mention.date.value) })")
        #expect(found?.mention.date.isFallback == true)
        #expect(ms.first { $0.mention.triggerText == "arrested" }?.mention.date.isFallback == false)
    }

    /// A period's figure dated in the possessive dates what the clause tells of it.
    @Test func aPossessivelyDatedFigureDatesItsClause() {
        let found = dates("⟦Friday⟧'s trading volume totaled 132.8 million shares.", values: ["1989-10-27"], published: "1989-10-30")
        #expect(found["totaled"] == "1989-10-27", "\(found)")
    }

    /// A possessively dated happening that tells what happened is a dated mention wherever it stands.
    @Test func aPossessivelyDatedHappeningIsAMention() {
        let found = dates("Investigators said ⟦last month⟧'s discovery of a rifle near the house was a breakthrough.",
                          values: ["2024-10"])
        #expect(found["discovery"] == "2024-10", "\(found)")
    }

    /// …but a clause that happened at the dated happening shares its day.
    @Test func aClauseAtAPossessivelyDatedHappeningSharesItsDay() {
        let found = dates("The ruling party lost its majority in ⟦Sunday⟧'s snap election.", values: ["2024-10-27"], published: "2024-10-28")
        #expect(found["lost"] == "2024-10-27", "\(found)")
    }

    /// A participle describing a noun passes the date to the clause the noun belongs to.
    @Test func aDescribingParticiplePassesItsDateUp() {
        let found = dates("India sent a plane carrying medicines and blankets ⟦on Sunday⟧.", values: ["2024-11-03"])
        #expect(found["sent"] == "2024-11-03", "\(found)")
        #expect(found["carrying"] == nil, "\(found)")
    }

    /// A participle adjunct happens with the clause it hangs on, and so does its conjunct.
    @Test func aParticipleAdjunctTakesItsClausesDate() {
        let found = dates("A strong earthquake struck western Nepal ⟦on Friday⟧, killing 153 people and flattening thousands of homes.",
                          values: ["2024-11-01"], published: "2024-11-04")
        // (the earthquake that struck is the happening told)
        #expect(found["earthquake"] == "2024-11-01", "\(found)")
        for t in ["killing", "flattening"] where found[t] != nil { #expect(found[t] == "2024-11-01", "\(t): \(found)") }
    }

    /// A participle the parse hung on the reporting verb after it goes with the reported clause.
    @Test func aParticipleOnTheReportingVerbTakesTheReportedClausesDate() {
        let found = dates("A magnitude 6.4 earthquake struck the hills of western Nepal shortly before ⟦midnight on Friday⟧, killing at "
                          + "least 153 people and flattening thousands of mud-brick homes, officials said ⟦on Monday⟧.",
                          values: ["2024-11-01", "2024-11-04"], published: "2024-11-04")
        #expect(found["killing"] == "2024-11-01", "\(found)")
    }

    /// A date qualifying a noun of no happening measures it: the report is dated by its own phrase.
    @Test func aPeriodQualifyingANounDatesNothing() {
        let found = dates("Greenmeadow reported a 9 percent fall in ⟦first-half⟧ profit ⟦in July⟧.", values: ["2025-01-01/2025-06-30", "2025-07"],
                          published: "2025-09-15")
        #expect(!found.values.contains("2025-01-01/2025-06-30"), "\(found)")
    }

    /// A plan in the future tense takes no date before the article.
    @Test func aFuturePlanTakesNoPastDate() {
        let found = dates("The group will pay 410 pence per share, a premium of 31 percent to the closing price ⟦on Friday⟧.",
                          values: ["2025-09-12"], published: "2025-09-15")
        #expect(found["pay"] == "fallback", "\(found)")
    }

    /// Expecting something is no happening: the expectation is what is told.
    @Test func anExpectationVerbIsExpected() throws {
        let found = F.extract("Analysts forecast a cut in interest rates ⟦in March⟧.", values: ["2026-03"], published: "2026-01-10")
        let m = try #require(found.first { $0.mention.triggerText == "forecast" || $0.mention.triggerText == "cut" })
        #expect(m.mention.modality == .expected, "\(m.mention.triggerText ?? "")")
    }

    /// A clause of the same time as a possibility is a possibility.
    @Test func aClauseOfTheSameTimeAsAPossibilityIsOne() {
        let found = F.extract("The ministry said the death toll was likely to rise as teams reached remote settlements.", values: [])
        #expect(!found.contains { $0.mention.triggerText == "reached" && $0.mention.modality != .expected }, "\(found.map(\.summary))")
    }

    /// A happening scheduled is planned for the date it is scheduled for.
    @Test func aScheduledHearingIsPlanned() throws {
        let found = F.extract("A hearing on the motion is scheduled for ⟦August 4⟧.", values: ["2025-08-04"], published: "2025-07-15")
        let m = try #require(found.first { $0.mention.triggerText == "hearing" }, "\(found.map(\.summary))")
        #expect(m.mention.modality == .planned)
        #expect(m.mention.date.value == "2025-08-04")
        let fire = F.extract("Protesters set fire to the mayor's house ⟦on Monday⟧.", values: ["2025-07-14"], published: "2025-07-15")
        #expect(!fire.contains { $0.mention.modality == .planned }, "\(fire.map(\.summary))")
    }

    /// "said Friday they would …": the day is the report's, not the plan's (which is planned as of that day, no more:
    /// `PlanOfADatedSayingTests`).
    @Test func aDateRightAfterAReportingVerbIsTheReports() {
        let found = F.extract("City council members said ⟦Friday⟧ they would review every contract.", values: ["2025-06-06"], published: "2025-06-07")
        #expect(!found.contains { $0.mention.triggerText == "review" && $0.mention.date.value == "2025-06-06" && !$0.mention.date.isFallback },
                "\(found.map(\.summary))")
    }

    /// "found guilty" is a conviction.
    @Test func foundGuiltyIsAConviction() throws {
        let found = F.extract("The former mayor was found guilty of taking bribes ⟦on Friday⟧.", values: ["2025-06-06"], published: "2025-06-07")
        let m = try #require(found.first { $0.mention.triggerText?.hasPrefix("found") == true }, "\(found.map(\.summary))")
        #expect(m.lemma == "convict")
    }

    /// A clause placing a plan in time is planned too.
    @Test func aClausePlacingAPlanInTimeIsPlanned() {
        let found = F.extract("The prime minister said he would step down once a new government was formed.", values: [])
        #expect(!found.contains { $0.mention.triggerText == "formed" && !$0.mention.modality.isFuture }, "\(found.map(\.summary))")
        let meets = F.extract("Nino Beridze will be nominated as prime minister when parliament meets ⟦on November 14⟧.",
                              values: ["2024-11-14"], published: "2024-11-08")
        #expect(!meets.contains { $0.mention.triggerText == "meets" && !$0.mention.modality.isFuture }, "\(meets.map(\.summary))")
    }

    /// A present tense dated after the article is a fixture: planned.
    @Test func aPresentTenseDatedAheadIsPlanned() {
        let found = F.extract("United travel to Arsenal ⟦next weekend⟧.", values: ["2025-03-15/2025-03-16"], published: "2025-03-10")
        #expect(!found.contains { $0.mention.triggerText == "travel" && $0.mention.modality == .happened }, "\(found.map(\.mention.modality))")
    }

    /// A subject that denies the happening leaves no happened event.
    @Test func aNegativeSubjectDeniesTheHappening() {
        for text in ["No one was killed in the aftershock, district officials said.", "Nobody was hurt when the wall fell on Monday."] {
            let found = dates(text, values: [])
            #expect(found["killed"] == nil && found["hurt"] == nil, "\(text): \(found)")
        }
        #expect(dates("Two people were killed in the aftershock.", values: [])["killed"] != nil)
    }

    /// "the injured" names people; what a dated happening did, it did that day.
    @Test func theDateGoesToTheClauseNotToANounInIt() {
        let flew = dates("Army helicopters flew the most badly injured to hospitals in Nepalgunj ⟦on Saturday⟧.", values: ["2024-11-02"])
        #expect(flew["flew"] == "2024-11-02" && flew["injured"] == nil, "\(flew)")
        let damaged = dates("An aftershock ⟦on Tuesday⟧ damaged a health post in Nepalgunj, officials said.", values: ["2024-11-05"])
        #expect(damaged["damaged"] == "2024-11-05", "\(damaged)")
    }

    /// A participle right before or after its clause's happening shares its day: "killing two people before fleeing on
    /// foot, police said on Sunday" fled on Saturday, not on the day of the report.
    @Test func aParticipleBeforeOrAfterTakesItsClausesDate() {
        let found = dates("A gunman opened fire inside a crowded shopping mall ⟦late on Saturday⟧, killing two people and wounding five others "
                          + "before fleeing on foot, police said ⟦on Sunday⟧.", values: ["2024-06-08", "2024-06-09"], published: "2024-06-09")
        #expect(found["fleeing"] == "2024-06-08", "\(found)")
        #expect(found["opened"] == "2024-06-08", "\(found)")
    }

    /// A clock time with no day of its own in a past clause is on the story's day, not the day of publication.
    @Test func aClockTimeIsOnTheStorysDay() {
        let found = dates("A gunman opened fire inside a crowded shopping mall ⟦late on Saturday⟧. Officers arrived within minutes of the "
                          + "first call, which came at ⟦8:42 p.m.⟧.", values: ["2024-06-08", "2024-06-09T20:42"], published: "2024-06-09")
        #expect(found["came"] == "2024-06-08T20:42", "\(found)")
        // With no earlier day in the story, it stays on the day of publication.
        let alone = dates("The first call came at ⟦8:42 p.m.⟧.", values: ["2024-06-09T20:42"], published: "2024-06-09")
        #expect(alone["came"] == "2024-06-09T20:42", "\(alone)")
    }

    /// An event noun in the "of" phrase of a verb's object leaves a date the parse hung on it to the verb, as the
    /// object itself does: "completed the first $50 million of its share buyback on Monday" completed it on Monday.
    @Test func aDateOnTheObjectsOfPhraseDatesTheVerb() {
        let found = dates("Orbis completed the first $50 million of its share buyback ⟦on Monday⟧.", values: ["2021-03-29"],
                          published: "2021-04-02")
        #expect(found["completed"] == "2021-03-29", "\(found)")
        #expect(found["buyback"] == nil, "\(found)")
    }

    /// A year or a day before a run of nouns dates the happening at its end, and what it did, it did then.
    @Test func aDateBeforeAnEventNounDatesItAndItsRelativeClause() {
        let a = dates("He is charged in three attacks, including the ⟦1996⟧ Olympic bombing that killed one person.",
                      values: ["1996"], published: "1999-05-06")
        #expect(a["bombing"] == "1996", "\(a)")
        #expect(a["killed"] == "1996", "\(a)")
        let harm = dates("He has been on the run since the ⟦January 1998⟧ bombing of an abortion clinic that killed an officer.",
                         values: ["1998-01"], published: "1999-05-06")
        #expect(harm["killed"] == "1998-01", "\(harm)")
        let b = dates("A nurse who was injured in the ⟦1998⟧ abortion clinic bombing attended the ceremony.",
                      values: ["1998"], published: "1999-10-24")
        #expect(b.values.contains("1998"), "\(b)")
        #expect(b["attended"] != "1998", "\(b)")
        let c = dates("Police obtained a warrant for him as a witness in the ⟦October 23⟧ sniper shooting of the doctor.",
                      values: ["1998-10-23"], published: "1999-01-22")
        #expect(c["shooting"] == "1998-10-23", "\(c)")
        #expect(c["obtained"] != "1998-10-23", "\(c)")
        // (and a verb whose object it is does not take its date: the investigation goes on now)
        let d = dates("Police are investigating the ⟦October 23⟧ slaying of Dr. Barnett Slepian.", values: ["1998-10-23"], published: "1998-11-20")
        #expect(d["slaying"] == "1998-10-23", "\(d)")
        #expect(d["investigating"] != "1998-10-23", "\(d)")
    }

    /// A date opening the sentence after a connective dates every clause of it.
    @Test func anOpeningDateAfterAConnectiveDatesEveryClause() {
        let a = dates("But ⟦in June last year⟧, the leadership had a falling out, and the general was arrested.",
                      values: ["2023-06"])
        #expect(a["arrested"] == "2023-06", "\(a)")
    }

    /// What a period's figure did, it did over the period; a figure of a period in a report dates nothing.
    @Test func aPeriodsFigureDatesItsChange() {
        let a = dates("The insurer's ⟦third-quarter⟧ net income rose 11 percent.", values: ["2024-07-01/2024-09-30"])
        #expect(a["rose"] == "2024-07-01/2024-09-30", "\(a)")
        let b = dates("The company reported a fall in ⟦first-half⟧ profit.", values: ["2024-H1"])
        #expect(b["reported"] != "2024-H1", "\(b)")
        // A period's figure with its amount, reported, is that period's result; one expected is not.
        let c = dates("Kemper Corp. reported a ⟦third-quarter⟧ net loss of $4.8 million.", values: ["2024-07-01/2024-09-30"])
        #expect(c["loss"] == "2024-07-01/2024-09-30", "\(c)")
        #expect(c["reported"] != "2024-07-01/2024-09-30", "\(c)")
        let e = dates("Orbis now expects ⟦first-quarter⟧ revenue of $410 million.", values: ["2024-01-01/2024-03-31"])
        #expect(e["revenue"] == nil, "\(e)")
    }

    /// A period's figure reported without its amount is the period's result too, and so is a change reported in it,
    /// however the parse hangs the figure; a report with a date of its own keeps it.
    @Test func aPeriodsResultAndItsChangeReported() {
        let a = dates("Coast Savings Financial Inc. reported a ⟦third-quarter⟧ loss, citing a restructuring program.",
                      values: ["2024-07-01/2024-09-30"])
        #expect(a["loss"] == "2024-07-01/2024-09-30", "\(a)")
        let b = dates("Despite problems in its newsprint business, Kimberly-Clark Corp. posted a 20% gain in ⟦third-quarter⟧ net income.",
                      values: ["2024-07-01/2024-09-30"])
        #expect(b["gain"] == "2024-07-01/2024-09-30", "\(b)")
        let c = dates("The retailer reported an 8 percent drop in ⟦first-half⟧ sales.", values: ["2024-01-01/2024-06-30"])
        #expect(c["drop"] == "2024-01-01/2024-06-30", "\(c)")
        let d = dates("The retailer expects an 8 percent drop in ⟦first-half⟧ sales.", values: ["2024-01-01/2024-06-30"])
        #expect(d["drop"] != "2024-01-01/2024-06-30", "\(d)")
    }

    /// A date on a verb that reports nothing of its own dates the happening it governs, not the clause coordinated
    /// with it.
    @Test func aDateOnAGoverningVerbDatesItsComplement() {
        let a = dates("NATO warplanes helped end the war in Bosnia ⟦almost four years ago⟧ and now are poised to intervene in Yugoslavia.",
                      values: ["1995"], published: "1999-03-12")
        #expect(a["war"] == "1995", "\(a)")
        #expect(a["poised"] == nil && a["intervene"] != "1995", "\(a)")
    }

    /// Declining to comment is no saying: the refusal is the happening, of its day; a verb of saying that names a
    /// deed done to a name is that deed.
    @Test func aRefusalToCommentIsNoSaying() {
        let a = dates("Amherst police officials declined to comment ⟦Saturday⟧.", values: ["1998-11-20"], published: "1998-11-21")
        #expect(a["comment"] == nil, "\(a)")
        #expect(a["declined"] == "1998-11-20", "\(a)")
        let admit = dates("NATO has decided to admit Poland, Hungary and the Czech Republic in ⟦early March⟧.", values: ["1999-03"], published: "1999-02-10")
        #expect(admit["admit"] == "1999-03", "\(admit)")
        let b = dates("A spokesman for the company told reporters ⟦on Saturday⟧.", values: ["1998-11-21"], published: "1998-11-23")
        #expect(b["told"] == "1998-11-21", "\(b)")
    }

    /// A light verb's object names the happening before its subject does ("the government ⟦staged⟧ … celebrations": the
    /// government is the doer, through "a number of"); describing someone's deed, dated, is a statement of that day.
    @Test func aLightVerbsObjectIsTheHappeningAndDescribingIsAStatement() {
        let a = dates("The Hungarian government staged a number of celebrations ⟦on Friday⟧.", values: ["1999-03-12"], published: "1999-03-13")
        #expect(a["celebrations"] == "1999-03-12", "\(a)")
        #expect(a["government"] == nil, "\(a)")
        let b = dates("In a televised address ⟦on Friday⟧, President Arpad Gencz described the entry as a historic event.",
                      values: ["1999-03-12"], published: "1999-03-13")
        #expect(b["described"] == "1999-03-12", "\(b)")
    }

    /// A saying named as an occasion is a happening a clause can take place at.
    @Test func aClauseAtADatedDebateSharesItsDay() {
        let a = dates("In ⟦Sunday⟧'s debate against the governor, the senator attacked him over the budget.",
                      values: ["2024-11-03"])
        #expect(a["attacked"] == "2024-11-03", "\(a)")
    }

    /// Happenings coordinated in one breath share the date the parse hung on the last of them.
    @Test func coordinatedHappeningsShareTheirDate() {
        let a = dates("Six people were killed and at least 58 injured in a car bomb attack ⟦on Friday⟧.", values: ["2024-11-01"])
        #expect(a["killed"] == "2024-11-01", "\(a)")
        // (not one with a time of its own)
        let b = dates("He was arrested ⟦in May⟧ and charged ⟦on Friday⟧.", values: ["2024-05", "2024-11-01"])
        #expect(b["arrested"] == "2024-05", "\(b)")
        // (also with the second clause's own past auxiliary; not a future one)
        let c = dates("Two people were killed and 14 were injured ⟦on Saturday⟧.", values: ["2024-11-02"])
        #expect(c["killed"] == "2024-11-02", "\(c)")
        let d = dates("Two people were killed and a memorial will be held ⟦on Saturday⟧.", values: ["2024-11-09"])
        #expect(d["killed"] != "2024-11-09", "\(d)")
    }

    /// A model year names a thing, not the day of the clause.
    @Test func aYearBeforeANameQualifiesIt() {
        let a = dates("Police said his ⟦1987⟧ Chevrolet Cavalier was discovered ⟦last month⟧ at the airport.",
                      values: ["1987", "2024-10"])
        #expect(a["discovered"] == "2024-10", "\(a)")
    }

    /// A clause told as happening at the same time ("as", "when", "while") shares the date it hangs on.
    @Test func aClauseOfTheSameTimeSharesItsDate() {
        let a = dates("The doctor was shot ⟦on Friday night⟧ as he stood in his kitchen.", values: ["2024-11-01"])
        #expect(a["stood"] == "2024-11-01", "\(a)")
        let b = dates("The minister hinted as much ⟦yesterday⟧ when reporters asked about the ban.", values: ["2024-11-05"])
        #expect(b["asked"] == "2024-11-05", "\(b)")
        // (a clause placed before or after is not of the same time)
        let c = dates("The ceasefire ended ⟦on Friday⟧ after rebels attacked a convoy.", values: ["2024-11-01"])
        #expect(c["attacked"] != "2024-11-01", "\(c)")
    }
}

/// Two words of one trigger class on one day in one article are two happenings unless they share something.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SameArticleClassTests {
    @Test func twoTravelsOfOneDayInOneArticleStayApart() {
        let found = EventFixtures.extract("Army helicopters flew the injured to hospitals in Nepalgunj ⟦on Saturday⟧. "
            + "Prime Minister Pushpa Kamal Dahal visited the worst-hit villages ⟦on Saturday⟧.", values: ["2024-11-02", "2024-11-02"],
            id: "a", published: "2024-11-04")
        let events = MentionMerger(within: EventFixtures.within).merge(found, documents: [])
        let travel = events.filter { $0.mentions.contains { ["flew", "visited"].contains($0.triggerText ?? "") } }
        #expect(travel.count == 2, "\(travel.map(\.summary))")
    }
}
