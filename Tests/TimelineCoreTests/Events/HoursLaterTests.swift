import Testing
@testable import TimelineCore

/// "Hours later, …" tells a happening on the day of the last one the article dated, however long before publication
/// (a weekly retelling a story of the week before), and the summary leaves the phrase out.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct HoursLaterTests {
    typealias F = EventFixtures

    @Test func hoursLaterIsOnTheDayOfTheLastDatedHappening() throws {
        let ms = F.extract("Firefighters put out the fire ⟦on Wednesday, October 15⟧. Hours later, police arrested a man. "
                           + "Minutes later, the judge ended the evacuation.", values: ["2025-10-15"], published: "2025-10-24")
        let arrested = try F.mention(ms, "arrested")
        #expect(arrested.mention.date.value == "2025-10-15", "\(arrested.mention.date.derivation) \(ms.map { ($0.summary, $0.mention.date.value, $0.mention.timex?.value ?? "-", $0.mention.modality) })")
        #expect(arrested.summary == "Police arrested a man", "\(arrested.summary)")
        let evacuation = try F.mention(ms, "evacuation")
        #expect(evacuation.mention.date.value == "2025-10-15", "\(evacuation.mention.date.derivation)")
    }

    /// Without a dated happening before it, or without the shift of hours (in an article a month after the story's
    /// day), a sentence keeps the publication day.
    @Test func withoutADatedHappeningOrHoursNothingChanges() throws {
        let first = F.extract("Hours later, police arrested a man.", values: [], published: "2025-10-24")
        #expect(try F.mention(first, "arrested").mention.date.value == "2025-10-24")
        let plain = F.extract("Firefighters put out the fire ⟦on Wednesday, October 15⟧. Police say they arrested a man.",
                              values: ["2025-10-15"], published: "2025-11-24")
        #expect(try F.mention(plain, "arrested").mention.date.value == "2025-11-24")
        let hours = F.extract("Firefighters put out the fire ⟦on Wednesday, October 15⟧. Hours later, police arrested a man.",
                              values: ["2025-10-15"], published: "2025-11-24")
        #expect(try F.mention(hours, "arrested").mention.date.value == "2025-10-15")
    }

    /// A state's start ("since Wednesday") is no day the story is at: an undated happening after it keeps the day of
    /// the last happening before.
    @Test func aStatesStartLeavesTheStoryWhereItIs() throws {
        let ms = F.extract("The judge lifted the order ⟦on Thursday⟧. She said crews had found no harmful readings since ⟦Wednesday⟧. "
                           + "The news came hours after a third worker died at a burn center.",
                           values: ["2025-10-16", "2025-10-15"], published: "2025-10-17")
        let died = try F.mention(ms, "died")
        #expect(died.mention.date.value == "2025-10-16", "\(died.mention.date.derivation)")
    }

    /// A weekly retelling a story of ten days before keeps the story's day for a line it does not date; a story told a
    /// month later does not.
    @Test func aRetellingOfTheWeekBeforeLastKeepsItsDay() throws {
        let ms = F.extract("A reactor exploded ⟦on Tuesday, October 14⟧. Two operators were killed instantly.",
                           values: ["2025-10-14"], published: "2025-10-24")
        let killed = try F.mention(ms, "killed")
        #expect(killed.mention.date.value == "2025-10-14" && killed.mention.date.isFallback, "\(killed.mention.date.derivation)")
        let late = F.extract("A reactor exploded ⟦on Tuesday, October 14⟧. Two operators were killed instantly.",
                             values: ["2025-10-14"], published: "2025-11-20")
        #expect(try F.mention(late, "killed").mention.date.value == "2025-11-20")
    }

    /// A relative clause's date is background: the story stays at the main clause's day.
    @Test func aRelativeClausesDateIsNoStoryDay() throws {
        let ms = F.extract("Moody's revised its outlook ⟦on Wednesday⟧, saying the attack that began ⟦on March 2⟧ would weigh on revenue. "
                           + "The agency affirmed the rating.", values: ["2025-03-12", "2025-03-02"], published: "2025-03-13")
        let affirmed = try F.mention(ms, "affirmed")
        #expect(affirmed.mention.date.value == "2025-03-12", "\(affirmed.mention.date.derivation)")
    }
}

