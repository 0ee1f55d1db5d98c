import Testing
@testable import TimelineCore

/// Clauses the parser folds into a noun phrase, told as clauses again (6 Dec): each summary a whole English sentence
/// about the right subject, each date the clause's own.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct FoldedClauseTests {
    typealias F = EventFixtures

    func mention(_ ms: [ExtractedMention], _ trigger: String) throws -> ExtractedMention { try F.mention(ms, trigger) }

    /// "…, and opposition lawmakers walked out …": a clause of its own with its own date, which the first clause
    /// does not share.
    @Test func aCoordinatedClauseWithItsOwnSubjectKeepsItsDate() throws {
        let ms = F.extract("Critics in parliament accused the government of moving too slowly, and opposition lawmakers walked out of a session ⟦on Thursday⟧ in protest.",
                           values: ["2024-11-07"], published: "2024-11-12")
        let walked = try mention(ms, "walked")
        #expect(walked.summary == "Opposition lawmakers walked out of a session in protest", "\(walked.summary)")
        #expect(walked.mention.date.value == "2024-11-07")
        let accused = try mention(ms, "accused")
        #expect(accused.summary == "Critics in parliament accused the government of moving too slowly", "\(accused.summary)")
        #expect(accused.mention.date.isFallback, "\(accused.mention.date.value)")
        #expect(!ms.contains { $0.mention.triggerText == "moving" })
    }

    /// "Flags flew … in Kathmandu and schools across the country closed": two clauses, each with its subject.
    @Test func aSubjectWithItsPrepositionPhraseAfterAnd() throws {
        let ms = F.extract("Flags flew at half-mast in Kathmandu and schools across the country closed.", values: [], published: "2024-11-06")
        #expect(try mention(ms, "flew").summary == "Flags flew at half-mast in Kathmandu")
        #expect(try mention(ms, "closed").summary == "Schools across the country closed")
        // (a preposition that opens a clause stays the clause's: "after rebels attacked")
        let after = F.extract("The ceasefire ended ⟦on Friday⟧ after rebels attacked a convoy.", values: ["2024-11-01"], published: "2024-11-04")
        #expect(try mention(after, "attacked").summary == "Rebels attacked a convoy")
    }

    /// A "whose" clause told about its owner, whose age set off by commas is no part of the name.
    @Test func aWhoseClauseIsToldOfItsOwner() throws {
        let ms = F.extract("\"We have been sleeping under plastic sheets for five nights,\" said Bimala Khadka, 34, whose house in the hills collapsed on top of her cattle.",
                           values: [], published: "2024-11-06")
        #expect(try mention(ms, "collapsed").summary == "Bimala Khadka's house in the hills collapsed on top of her cattle")
    }

    /// A relative clause on a happening named inside a time phrase is told of the happening alone; the time phrase
    /// is no part of the main clause's summary, and "has yet to" is not done.
    @Test func aTimeSetByAnotherHappening() throws {
        let ms = F.extract("Ten days after the earthquake that killed 157 people in western Nepal, the government has yet to publish its plan to rebuild the homes.",
                           values: [], published: "2024-11-12")
        #expect(try mention(ms, "killed").summary == "The earthquake killed 157 people in western Nepal")
        let publish = ms.first { $0.mention.triggerText == "publish" }
        #expect(publish == nil || publish?.mention.modality == .expected, "\(publish?.summary ?? "")")
        #expect(!ms.contains { $0.mention.triggerText == "government" })
    }

    /// A dated happening before its verb with no preposition is the verb's subject, and what it did, it did that day.
    @Test func aDatedHappeningIsTheSubjectOfWhatItDid() throws {
        let ms = F.extract("The ⟦August 7, 1998⟧, bombings killed more than 200 people, including 12 Americans.", values: ["1998-08-07"], published: "1999-06-07")
        let killed = try mention(ms, "killed")
        #expect(killed.mention.date.value == "1998-08-07")
        #expect(killed.summary.hasPrefix("The bombings killed more than 200 people"), "\(killed.summary)")
    }

    /// An event whose first mention is the noun a clause of the same sentence tells is summarised by that clause.
    @Test func anEventIsToldByTheClauseItsNounIsTheSubjectOf() throws {
        let c = Self.chronology([("daily.md", "---\npublished: 2024-11-06\n---\nThe earthquake on Friday destroyed 26,000 homes in the district.\n")])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "destroyed" } })
        #expect(e.summary == "The earthquake destroyed 26,000 homes in the district", "\(e.summary)")
    }

    /// A time that is the verb's object stays in its summary; a time that only dates it does not.
    @Test func aTimeAsTheObjectIsTold() throws {
        let ms = F.extract("\"No family will spend ⟦the winter⟧ without a roof,\" he told villagers.", values: ["2024-12-01/2025-02-28"], published: "2024-11-04")
        #expect(try mention(ms, "spend").summary == "No family will spend the winter without a roof")
        let dated = F.extract("He spent three days in hospital ⟦last week⟧.", values: ["2024-W44"], published: "2024-11-04")
        #expect(try mention(dated, "spent").summary == "He spent three days in hospital")
    }

    static func chronology(_ files: [(String, String)]) -> Chronology {
        let today = Day(year: 2026, month: 1, day: 1)!
        let corpus = CorpusLoader(today: today).load(contents: files.map { (path: "corpus/" + $0.0, bytes: Array($0.1.utf8)) })
        return TimelinePipeline(today: today).build(corpus: corpus)
    }

    /// A happening that strikes is the happening, and WordNet's synonyms of an event noun are one predicate: a storm
    /// that hit, and "Saturday's nuptials" beside "the wedding".
    @Test func aHappeningThatStrikesAndSynonymsOfItsNoun() throws {
        let ms = F.extract("A powerful storm hit the coast of Kerala ⟦on Sunday⟧, flooding hundreds of homes.", values: ["2024-11-03"], published: "2024-11-04")
        let storm = try mention(ms, "storm")
        #expect(storm.summary.hasPrefix("A powerful storm hit the coast of Kerala"), "\(storm.summary)")
        #expect(!ms.contains { $0.mention.triggerText == "hit" })
        let c = Self.chronology([
            ("a.md", "---\npublished: 2024-06-10\n---\nThe wedding of the singer took place in Pokhara on Saturday.\n"),
            ("b.md", "---\npublished: 2024-06-11\n---\nSaturday's nuptials of the singer drew large crowds in Pokhara.\n"),
        ])
        let wedding = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "wedding" } })
        #expect(Set(wedding.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
    }

    /// A happening a dated one of a day came "after" was on that day or before it, wherever the parse hung the phrase;
    /// one after which a month's happening came shares the month.
    @Test func aHappeningNamedAfterPrecedesTheClause() throws {
        let ms = F.extract("The boys entered the cave ⟦on June 23⟧ with their coach after football practice.", values: ["2018-06-23"], published: "2018-07-10")
        let practice = try mention(ms, "practice")
        #expect(practice.mention.date.isFallback && practice.mention.date.value == "2018-06-23", "\(practice.mention.date)")
        let month = F.extract("The minister resigned ⟦in March⟧ after a scandal over expenses.", values: ["2018-03"], published: "2018-07-10")
        if let scandal = month.first(where: { $0.mention.triggerText == "scandal" }) { #expect(scandal.mention.date.value == "2018-03") }
    }

    /// A second date after a relative clause is the relative clause's; an infinitive after a control verb's object
    /// and a phrase of place is its complement.
    @Test func aSecondDateAndAControlVerbsInfinitive() throws {
        let ms = F.extract("Crews ⟦on Monday afternoon⟧ began burning toxic chemicals from five tanker cars of a train that derailed in East Palestine, Ohio, ⟦last week⟧, sending a black plume into the sky.",
                           values: ["2023-02-06TAF", "2023-01-30/2023-02-05"], published: "2023-02-07")
        #expect(try mention(ms, "derailed").mention.date.value == "2023-01-30/2023-02-05")
        #expect(try mention(ms, "burning").mention.date.value == "2023-02-06TAF")
        #expect(!ms.contains { $0.summary.hasPrefix("Sending") }, "\(ms.map(\.summary))")
        let order = F.extract("Officials ordered about 2,000 residents within a mile of the site to leave their homes.", values: [], published: "2023-02-04")
        #expect(try mention(order, "ordered").summary == "Officials ordered about 2,000 residents within a mile of the site to leave their homes")
    }

    /// A participle adjunct is told with the clause that has a subject, through the participles before it and from
    /// inside the object's phrase where the parse hung it.
    @Test func aParticipleAdjunctIsToldWithItsClause() throws {
        let ms = F.extract("A gunman opened fire inside a crowded shopping mall in Riverside ⟦late on Saturday⟧, killing two people and wounding five others before fleeing on foot, police said ⟦on Sunday⟧.",
                           values: ["2024-06-08", "2024-06-09"], published: "2024-06-09")
        #expect(try mention(ms, "fleeing").summary == "A gunman opened fire inside a crowded shopping mall in Riverside before fleeing on foot")
        let trial = F.extract("A federal jury ⟦on Thursday⟧ convicted former Springfield mayor Daniel Morrow of taking more than $400,000 in bribes from contractors, ending a five-week trial.",
                              values: ["2025-06-05"], published: "2025-06-06")
        let ending = try #require(trial.first { $0.summary.hasSuffix("ending a five-week trial") }, "\(trial.map(\.summary))")
        #expect(ending.summary.hasPrefix("A federal jury convicted former Springfield mayor Daniel Morrow"))
        #expect(ending.mention.date.value == "2025-06-05")
    }

    /// A title right before the speaker's name is the name's, and the recipient comes before what was told; a base
    /// form after a preposition is a noun.
    @Test func aSpeakersTitleAndANounAfterAPreposition() throws {
        let ms = F.extract("\"We have given the company every chance,\" union leader Karen Pryce told reporters.", values: [], published: "2025-02-28")
        #expect(try mention(ms, "told").summary == "Union leader Karen Pryce told reporters we have given the company every chance")
        let strike = F.extract("Thousands of commuters were stranded ⟦on Monday⟧ as train drivers began a two-day strike over pay.", values: ["2025-03-03"], published: "2025-03-03")
        #expect(!strike.contains { $0.mention.triggerText == "pay" }, "\(strike.map(\.summary))")
        #expect(strike.contains { $0.summary == "Train drivers began a two-day strike over pay" }, "\(strike.map(\.summary))")
    }

    /// A relative clause on the thing a measure of time counts from is about that thing; an apposition with a clause
    /// of its own after an object is left out; an adjective read on a bare day completes the verb.
    @Test func antecedentsAppositionsAndAnAdjectiveBeforeADay() throws {
        let call = F.extract("Police Chief Maria Gomez told reporters that officers arrived within four minutes of the first call, which came at ⟦8:42 p.m.⟧",
                             values: ["2024-06-08T20:42"], published: "2024-06-09")
        #expect(try mention(call, "came").summary == "The first call came")
        let verdict = F.extract("Daniel Morrow was found guilty ⟦Friday⟧ of taking bribes while he led Springfield, a verdict that stunned many in the city he ran for eight years.",
                                values: ["2025-06-06"], published: "2025-06-07")
        #expect(try mention(verdict, "led").summary == "Daniel Morrow led Springfield")
        let found = try mention(verdict, "found")
        #expect(found.summary.hasPrefix("Daniel Morrow was found guilty"), "\(found.summary)")
        #expect(found.mention.date.value == "2025-06-06")
    }

    /// "His lawyer, Karen Liu, said he would appeal": "he" is the person named before, never the speaker whose
    /// description says she is someone else's.
    @Test func aPronounIsNotTheSpeakerWhoseDescriptionNamesAnother() throws {
        let ms = F.extract("Former mayor Daniel Morrow showed no emotion as the verdict was read. His lawyer, Karen Liu, said he would appeal.",
                           values: [], published: "2025-06-06")
        let appeal = try mention(ms, "appeal")
        #expect(!appeal.summary.contains("Karen Liu"), "\(appeal.summary)")
        #expect(appeal.summary == "Daniel Morrow would appeal" || appeal.summary == "He would appeal", "\(appeal.summary)")
    }

    /// A name standing for "it" keeps the article its sentence gives it; a preposition the parse took from its date
    /// goes with the date.
    @Test func aNameKeepsItsArticleAndAPrepositionGoesWithItsDate() throws {
        let ms = F.extract("The White House said ⟦on Monday⟧ it was following the rescue.", values: ["2018-07-09"], published: "2018-07-09")
        #expect(try mention(ms, "following").summary == "The White House was following the rescue")
        let ship = F.extract("The ship Dali left the port of Baltimore on ⟦Tuesday⟧ bound for Colombo.", values: ["2024-03-26"], published: "2024-03-27")
        #expect(try mention(ship, "left").summary == "The ship Dali left the port of Baltimore bound for Colombo")
    }

    /// A noun read as a verb after its adjective, "the week" as a subject, and "last week" opening a sentence as its date.
    @Test func aNounAfterItsAdjectiveATimeAsSubjectAndADateOpeningTheSentence() throws {
        let deal = F.extract("Halvorsen first approached Greenmeadow ⟦in June⟧, but the British company rejected two lower offers ⟦in August⟧.",
                             values: ["2025-06", "2025-08"], published: "2025-09-15")
        let rejected = try mention(deal, "rejected")
        #expect(rejected.summary == "The British company rejected two lower offers" && rejected.mention.date.value == "2025-08", "\(rejected.summary)")
        let week = F.extract("⟦The week⟧ opened ⟦on Monday⟧ with IndiGo's order for 500 jets.", values: ["2023-W25", "2023-06-19"], published: "2023-06-23")
        #expect(try mention(week, "opened").summary == "The week opened with IndiGo's order for 500 jets")
        let prices = F.extract("⟦Last week⟧ prices fell sharply.", values: ["2023-06-12/2023-06-18"], published: "2023-06-23")
        #expect(try mention(prices, "fell").mention.date.value == "2023-06-12/2023-06-18")
    }

    /// A participle set off after the object, with an adverb of its own, is a passive of the object, whose phrase keeps
    /// its conjuncts; the verb's own summary leaves it out.
    @Test func aSetOffParticipleAfterTheObject() throws {
        let ms = F.extract("⟦On Tuesday⟧, Air India finalised its order for 470 Airbus and Boeing aircraft, first announced ⟦in February⟧.",
                           values: ["2023-06-20", "2023-02"], published: "2023-06-23")
        #expect(try mention(ms, "finalised").summary == "Air India finalised its order for 470 Airbus and Boeing aircraft")
        let announced = try mention(ms, "announced")
        #expect(announced.summary.hasPrefix("Its order for 470 Airbus and Boeing aircraft") && announced.summary.hasSuffix("announced"), "\(announced.summary)")
        #expect(announced.mention.date.value == "2023-02")
    }
}
