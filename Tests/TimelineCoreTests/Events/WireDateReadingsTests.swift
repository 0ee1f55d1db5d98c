import Testing
@testable import TimelineCore

/// Wire copy's bare days and figures that the parser reads into noun phrases, read as English has them (6 Dec,
/// session 19): each happening with its own date.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct WireDateReadingsTests {
    typealias F = EventFixtures

    func mention(_ ms: [ExtractedMention], _ trigger: String) throws -> ExtractedMention { try F.mention(ms, trigger) }

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

    /// A dated saying whose content tells no happening is the event, even when a happening is named deep inside the
    /// content; a day after "said" is the saying's, not its subject, and a "that" clause hung on it is what was said.
    @Test func aDatedSayingAboutAStateIsTheEvent() throws {
        let c = FoldedClauseTests.chronology([("a.md", "---\npublished: 1998-08-22\n---\nFBI Director Louis Freeh said here Friday that the U.S. air raid is not directly linked with the probe into the August 7 bombings in east Africa.\n")])
        let said = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "said" } }, "\(c.events.map(\.summary))")
        #expect(said.date.value == "1998-08-21")
        #expect(said.summary.hasSuffix("is not directly linked with the probe into the bombings in east Africa"), "\(said.summary)")
        let bombings = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "bombings" } })
        #expect(bombings.date.value == "1998-08-07")
        let source = F.extract("\"The handwriting was on the wall,\" the source said ⟦Monday⟧.", values: ["1991-12-02"], published: "1991-12-03")
        let s = try mention(source, "said")
        #expect(s.mention.attribution == "the source", "\(String(describing: s.mention.attribution))")
        #expect(!s.summary.contains("Monday"), "\(s.summary)")
    }
}
