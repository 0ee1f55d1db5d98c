import Testing
@testable import TimelineCore

/// Wire copy's bare days and figures that the parser reads into noun phrases, read as English has them (6 Dec,
/// session 19): each happening with its own date.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct WireDateReadingsTests {
    typealias F = EventFixtures

    func mention(_ ms: [ExtractedMention], _ trigger: String) throws -> ExtractedMention {
        try #require(ms.first { $0.mention.triggerText == trigger }, "no '\(trigger)' in \(ms.map(\.summary))")
    }

    /// "The government ⟦Saturday⟧ condemned … attacks in Kenya and Tanzania ⟦Friday⟧": the condemnation is Saturday's,
    /// the attacks Friday's, and no day is in a summary or a subject.
    @Test func twoBareDaysDateTheVerbAndItsObject() throws {
        for tail in [".", ", calling them an atrocious crime."] {
            let ms = F.extract("The Cypriot government ⟦Saturday⟧ strongly condemned two terrorist bomb attacks in Kenya and Tanzania ⟦Friday⟧" + tail,
                               values: ["1998-08-08", "1998-08-07"], published: "1998-08-08")
            let condemned = try mention(ms, "condemned")
            #expect(condemned.mention.date.value == "1998-08-08")
            #expect(condemned.summary.hasPrefix("The Cypriot government strongly condemned"), "\(condemned.summary)")
            let attacks = try mention(ms, "attacks")
            #expect(attacks.mention.date.value == "1998-08-07", "\(attacks.mention.date.value)")
        }
    }

    /// "Personal spending ⟦rose⟧ 0.2% in September": the irregular past tense is the verb, not a noun.
    @Test func anIrregularPastTenseHeadsTheSentence() throws {
        let ms = F.extract("Personal spending rose 0.2% in ⟦September⟧, the smallest gain in a year.", values: ["1989-09"], published: "1989-10-30")
        let rose = try mention(ms, "rose")
        #expect(rose.mention.date.value == "1989-09")
        #expect(rose.summary.hasPrefix("Personal spending rose 0.2%"), "\(rose.summary)")
    }
}
