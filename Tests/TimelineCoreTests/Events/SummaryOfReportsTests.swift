import Testing
@testable import TimelineCore

/// Summaries of reports and of what they report, and sentences whose own verb is denied.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SummaryOfReportsTests {
    typealias F = EventFixtures

    /// A speaker with an aside, moved before the verb, closes the aside with a comma.
    @Test func aSpeakersAsideIsClosed() throws {
        let ms = F.extract("\"We were lucky no one died,\" said Anil Mehta, an emergency physician at the hospital.", values: [], published: "2025-03-14")
        #expect(ms.contains { $0.summary == "Anil Mehta, an emergency physician at the hospital, said we were lucky no one died" },
                "\(ms.map(\.summary))")
    }

    /// What a saying reports stays in its summary whatever its verb ("told" is content here, not a report).
    @Test func aReportedTellingIsContent() throws {
        let ms = F.extract("Nurse Ann Berg said staff had not been told when the systems would return.", values: [], published: "2025-03-06")
        #expect(ms.contains { $0.summary == "Nurse Ann Berg said staff had not been told when the systems would return" }, "\(ms.map(\.summary))")
    }

    /// An object before a complement is the complement's subject, not the verb's subject.
    @Test func anObjectBeforeItsComplementIsItsSubject() throws {
        let ms = F.extract("The suit says she fears her records were stolen.", values: [], published: "2025-03-14")
        let stolen = try F.mention(ms, "stolen")
        #expect(stolen.summary == "Her records were stolen", "\(stolen.summary)")
    }

    /// A length before the clause it measures from goes with that clause.
    @Test func aLengthBeforeItsClauseGoesWithIt() throws {
        let ms = F.extract("The outlook change came a day after patients filed a class action on ⟦Tuesday⟧.", values: ["2025-03-11"], published: "2025-03-13")
        #expect(ms.contains { $0.summary == "The outlook change came" }, "\(ms.map(\.summary))")
    }

    /// A sentence whose verb is denied tells no happening, not even one the trigger table would read in its object.
    @Test func aDeniedVerbLeavesNothingToTheTriggerTable() {
        for text in ["Lakeshore did not confirm the demand.", "Russia did not launch an attack on ⟦Monday⟧."] {
            let ms = F.extract(text, values: text.contains("⟦") ? ["2025-03-10"] : [], published: "2025-03-14")
            #expect(ms.isEmpty, "\(text): \(ms.map(\.summary))")
        }
    }

    /// A report set off after its clause is told speaker first, and the clause keeps its inner punctuation.
    @Test func aReportAfterItsClauseIsToldSpeakerFirst() throws {
        let ms = F.extract("Face-to-face peace negotiations could take place in Istanbul on ⟦Tuesday⟧, says the Kremlin.",
                           values: ["2022-03-29"], published: "2022-03-28")
        #expect(ms.contains { $0.summary == "The Kremlin says face-to-face peace negotiations could take place in Istanbul" }, "\(ms.map(\.summary))")
    }

    /// The part of a happening that times a clause is no row, and a passive's conjunct with its own subject shares
    /// the passive.
    @Test func thePartOfAHappeningTimesItsClause() throws {
        let ms = F.extract("Since the beginning of the Russian war in Ukraine, at least 143 children have been killed and 216 injured, the human rights commissioner said on ⟦Monday⟧.",
                           values: ["2022-03-28"], published: "2022-03-28")
        #expect(!ms.contains { ["beginning", "war"].contains($0.mention.triggerText) }, "\(ms.map(\.summary))")
        #expect(ms.contains { $0.summary == "At least 143 children have been killed" }, "\(ms.map(\.summary))")
        #expect(ms.contains { $0.summary == "216 were injured" }, "\(ms.map(\.summary))")
    }

    /// A complementizer before an aside does not open the summary.
    @Test func noSummaryOpensWithThatAndAComma() throws {
        let ms = F.extract("\u{201C}We expect that, theoretically, it could happen ⟦tomorrow⟧.", values: ["2022-03-29"], published: "2022-03-28")
        #expect(!ms.isEmpty && ms.allSatisfy { !$0.summary.hasPrefix("That") }, "\(ms.map(\.summary))")
    }

    /// A quotation after its saying opens in lowercase, and a length the clause happened within, opening it, is its
    /// time, not its content.
    @Test func quotationsAfterTheirSayingAndOpeningLengths() throws {
        let said = F.extract("However, Peskov also said: \u{201C}So far, unfortunately, we can\u{2019}t foresee any breakthroughs.\u{201D}",
                             values: [], published: "2022-03-28")
        #expect(said.contains { $0.summary.hasPrefix("Peskov said so far, unfortunately") }, "\(said.map(\.summary))")
        let captured = F.extract("During three days of fighting, rebels captured the airport on ⟦Sunday⟧.", values: ["2022-03-27"], published: "2022-03-28")
        #expect(try F.mention(captured, "captured").summary == "Rebels captured the airport")
    }
}
