import Testing
@testable import TimelineCore

/// Actors are names: no time zones, no common nouns capitalised only for opening a sentence.
@Suite struct ActorNameTests {
    typealias F = EventFixtures

    func actors(_ text: String, values: [String]) -> [[String]] {
        F.extract(text, values: values).map(\.mention.actors)
    }

    /// "she" stands for a person named before, never for an organisation whose name reads like one ("Church of
    /// Scientology": a person's name has no "of").
    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPronounNeverStandsForAnOrganisationNamedLikeAPerson() throws {
        let ms = F.extract("Valeska Paris told reporters about her past ⟦on Thursday⟧. The Church of Scientology denied the allegations. "
                           + "She joined the Sea Org ⟦in 1992⟧.", values: ["2015-05-07", "1992"], published: "2015-05-08")
        let joined = try #require(ms.first { $0.mention.triggerText == "joined" }, "\(ms.map(\.summary))")
        #expect(!joined.summary.hasPrefix("Church of Scientology"), "\(joined.summary)")
        #expect(!joined.mention.actors.contains("Church of Scientology"), "\(joined.mention.actors)")
    }

    @Test func timeZonesAreNoActors() {
        let a = actors("Troops shelled Siliguri at 06:40 GMT ⟦on Friday⟧, said Arjun Mehta.", values: ["2024-07-12"])
        #expect(!a.joined().contains("GMT"))
    }

    @Test func aNameRunsOnOverOf() {
        let a = actors("The Army Corps of Engineers investigated the collapse ⟦on Friday⟧.", values: ["2024-07-12"])
        #expect(a.joined().contains("Army Corps of Engineers"))
        #expect(!a.joined().contains("Engineers"))
    }

    @Test func aNameRunsOnOverOfIntoANameOfSeveralWords() {
        let a = actors("The Associated Union of Locomotive Engineers called a strike ⟦on Friday⟧.", values: ["2024-07-12"])
        #expect(a.joined().contains("Associated Union of Locomotive Engineers"), "\(a)")
    }

    @Test func aCommonWordOpeningTheSentenceIsNoActor() {
        let text = "Engineers evacuated the pier ⟦on Friday⟧. Rescue Divers evacuated Siliguri ⟦on Saturday⟧. The engineers and the rescue divers were safe."
        let a = actors(text, values: ["2024-07-12", "2024-07-13"])
        #expect(a.count >= 2)
        #expect(a.allSatisfy { $0.isEmpty })
    }

    @Test func aNameOpeningTheSentenceIsAnActorWhenTheArticleNamesItInside() {
        let text = "Police said Governor Mehta toured Siliguri. Mehta evacuated Siliguri ⟦on Friday⟧."
        let a = actors(text, values: ["2024-07-12"])
        #expect(a.joined().contains("Mehta"))
    }
}

/// A public body's name runs over "and"; "the company" and "it" stand for the company, not for the body named since.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct PublicBodyTests {
    @Test func aBodysNameRunsOverAndAndTheCompanyStaysTheCompany() throws {
        let found = EventFixtures.extract("Halvorsen Foods completed its acquisition of Greenmeadow Dairy ⟦on Friday⟧. "
            + "Britain's Competition and Markets Authority approved the takeover ⟦in February⟧. "
            + "The company has already closed two plants in Wales. It plans to close a third site ⟦in June⟧.",
            values: ["2026-03-27", "2026-02", "2026-06"], published: "2026-03-30")
        let approved = try #require(found.first { $0.mention.triggerText == "approved" })
        #expect(approved.mention.actors.contains("Competition and Markets Authority"), "\(approved.mention.actors)")
        let close = try #require(found.first { $0.mention.triggerText == "close" })
        #expect(!close.mention.actors.contains { $0.contains("Authority") }, "\(close.mention.actors)")
        #expect(!close.summary.contains("Authority"), "\(close.summary)")
    }

    @Test func aBodyNamedWithOfIsABodyToo() throws {
        // ("the Public Health ⟦Agency⟧ of Canada": the body's head word is the one before "of")
        let found = EventFixtures.extract("Halvorsen Foods recalled two cheeses ⟦on Monday⟧. "
            + "The Public Health Agency of Canada linked nine illnesses to the cheeses ⟦on Tuesday⟧. "
            + "The company extended the recall ⟦on Thursday⟧. ⟦The following day⟧ it shut down its plant.",
            values: ["2026-08-03", "2026-08-04", "2026-08-06", "2026-08-07"], published: "2026-08-10")
        let shut = try #require(found.first { $0.mention.triggerText?.hasPrefix("shut") == true }, "\(found.map(\.summary))")
        #expect(!shut.summary.contains("Agency"), "\(shut.summary)")
        #expect(!shut.mention.actors.contains { $0.contains("Agency") }, "\(shut.mention.actors)")
    }
}

/// A person named with a title is the person: the actor is the name, and "he" or "she" later stands for it.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TitledNameTests {
    typealias F = EventFixtures

    @Test func aTitledNameIsThePersonHeStandsFor() throws {
        let ms = F.extract("\"We don't know what this is,\" said Rosa Villanueva, who lives nearby. "
            + "Corliss chief executive Daniel Ruiz apologized at a news conference ⟦on Friday afternoon⟧. "
            + "He refused to answer questions about a leaking valve.", values: ["2025-10-17TAF"], published: "2025-10-18")
        let apologized = try F.mention(ms, "apologized")
        #expect(apologized.mention.actors == ["Daniel Ruiz"], "\(apologized.mention.actors)")
        let refused = try F.mention(ms, "refused")
        #expect(refused.mention.actors == ["Daniel Ruiz"], "\(refused.mention.actors)")
        #expect(refused.summary.hasPrefix("Daniel Ruiz refused"), "\(refused.summary)")
    }

    @Test func aTitleAndItsBodyAreNoPartOfTheName() throws {
        let ms = F.extract("Harris County Judge Elena Marquez lifted the evacuation order ⟦on Thursday⟧. She said the air was safe.",
                           values: ["2025-10-16"], published: "2025-10-18")
        #expect(try F.mention(ms, "lifted").mention.actors == ["Elena Marquez"])
        let said = try F.mention(ms, "said")
        #expect(said.summary.hasPrefix("Elena Marquez said"), "\(said.summary)")
    }

    @Test func aNameInAnAppositionWithItsTitleIsTheActor() throws {
        let ms = F.extract("A third worker, 44-year-old pipefitter Luis Herrera, died at a burn center ⟦on Thursday⟧.",
                           values: ["2025-10-16"], published: "2025-10-18")
        #expect(try F.mention(ms, "died").mention.actors == ["Luis Herrera"])
    }
}

