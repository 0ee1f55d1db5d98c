import Testing
@testable import TimelineCore

/// Summaries told as clauses (6 Dec, session 19): phrases that only carry a date leave with it, a relative clause
/// after a comma tells of the noun before the comma, a participle describing a noun is told as a passive, and a
/// headline's verbless second half is no happening.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ToldAsClauseTests {
    typealias F = EventFixtures

    func mention(_ ms: [ExtractedMention], _ trigger: String) throws -> ExtractedMention { try F.mention(ms, trigger) }

    /// "on the night of Oct. 23" and "as early as Tuesday" go whole, not leaving "on the night" or "as early".
    @Test func aPartOfADayAndAnEarliestDateGoWithTheDate() throws {
        let shot = F.extract("Slepian was shot to death on the night of ⟦October 23⟧ as he stood in the kitchen.",
                             values: ["1998-10-23"], published: "1999-05-05")
        let s = try mention(shot, "shot")
        #expect(s.summary == "Slepian was shot to death", "\(s.summary)")
        // (the night of that day: `EventExtractor.namedNights`)
        #expect(s.mention.date.value == "1998-10-23TNI")
        let come = F.extract("His father could come to the United States from Cuba as early as ⟦Tuesday⟧.",
                             values: ["2000-04-04"], published: "2000-04-03")
        let c = try mention(come, "come")
        #expect(c.summary == "His father could come to the United States from Cuba", "\(c.summary)")
        #expect(c.mention.modality == .expected)
    }

    /// ", who could come …" is a clause about the father, not a second thing the relatives are ordered to do.
    @Test func aWhoClauseAfterACommaIsRelative() throws {
        let ms = F.extract("Officials will order the relatives to turn the boy over to his father, who could come to the United States as early as ⟦Tuesday⟧.",
                           values: ["2000-04-04"], published: "2000-04-03")
        let order = try mention(ms, "order")
        #expect(order.summary == "Officials will order the relatives to turn the boy over to his father", "\(order.summary)")
        let come = try mention(ms, "come")
        #expect(come.mention.date.value == "2000-04-04")
        #expect(come.summary == "His father could come to the United States", "\(come.summary)")
    }

    /// "a vigil for the two people ⟦killed⟧ in Saturday's shooting": the killing told as a passive, of Saturday.
    @Test func aParticipleOnANounIsToldAsAPassive() throws {
        let ms = F.extract("Hundreds of people gathered on Wednesday evening for a candlelit vigil for the two people killed in ⟦Saturday⟧'s shooting.",
                           values: ["2024-06-08"], published: "2024-06-13")
        let killed = try mention(ms, "killed")
        #expect(killed.summary == "The two people were killed in the shooting", "\(killed.summary)")
        #expect(killed.mention.date.value == "2024-06-08")
    }

    /// "Two killed in shooting at Riverside mall, suspect at large": one happening; "suspect" is no verb.
    @Test func aHeadlinesVerblessSecondHalfIsNoHappening() throws {
        let ms = F.extract("Two killed in shooting at Riverside mall, suspect at large", values: [], published: "2024-06-09")
        #expect(ms.contains { $0.mention.triggerText == "killed" }, "\(ms.map(\.summary))")
        #expect(!ms.contains { $0.mention.triggerText == "suspect" }, "\(ms.map(\.summary))")
    }

    /// A second saying coordinated after the first is the same speaker's, and so is what it reports.
    @Test func aSecondSayingIsTheSpeakers() throws {
        let ms = F.extract("Union leader Karen Pryce said the strike had been solid and warned that further walkouts could follow in ⟦April⟧.",
                           values: ["2025-04"], published: "2025-03-04")
        let warned = try mention(ms, "warned")
        #expect(warned.summary.hasPrefix("Union leader Karen Pryce warned"), "\(warned.summary)")
        let follow = try mention(ms, "follow")
        #expect(follow.mention.attribution == "Karen Pryce", "\(String(describing: follow.mention.attribution))")
        #expect(follow.mention.modality == .expected)
    }

    /// The comma closing an aside of the noun a relative clause tells of stays: "Kevin Doyle, 61, who worked …".
    @Test func anAsideOfTheRelativesNounIsClosed() throws {
        let ms = F.extract("The victims were named as Ana Ruiz, 34, a nurse, and Kevin Doyle, 61, who worked as a security guard at the mall, on ⟦Monday⟧.",
                           values: ["2024-06-10"], published: "2024-06-10")
        let worked = try mention(ms, "worked")
        #expect(worked.summary.hasPrefix("Kevin Doyle, 61, worked as a security guard"), "\(worked.summary)")
    }
}
