import Testing
@testable import TimelineCore

/// Rules of session 31 (branch story23): people ordered out of a town, or a mishap forcing them to flee, is an
/// evacuation, and so is an evacuation order widened to another place; a fire known by its name that breaks out, starts
/// or ignites is the fire.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ForcedFromTownTests {
    @Test(arguments: ["The sheriff ordered all 900 residents out of Millbrook on Friday.",
                      "The mayor ordered 300 families out of three villages on Friday.",
                      "The flood, the worst in decades, forced some 900 residents of the valley to flee on Friday."])
    func peopleOrderedOutOrForcedToFleeAreAnEvacuation(_ sentence: String) throws {
        let m = EventFixtures.extract(sentence, values: [], published: "2025-04-12")
        #expect(m.contains { $0.lemma == "evacuate" && $0.triggerClass == .evacuation }, "\(m.map(\.lemma))")
    }

    @Test(arguments: ["The judge ordered the reporters out of the courtroom on Friday.",
                      "The coach ordered the players out of the locker room on Friday.",
                      "The fire forced the closure of the road on Friday."])
    func thingsOrderedOutAreNone(_ sentence: String) throws {
        let m = EventFixtures.extract(sentence, values: [], published: "2025-04-12")
        #expect(!m.contains { $0.lemma == "evacuate" }, "\(m.map(\.lemma))")
    }

    @Test func theTownOrderedOutAndTheResidentsToldToLeaveAreOneEvacuation() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-04-12\n---\nWire.\n\nThe sheriff ordered residents of Millbrook to leave their homes on Friday evening.\n"),
            ("weekly.md", "---\npublished: 2025-04-30\n---\nWeekly.\n\nOn Friday, April 11, the sheriff ordered all 900 residents out of Millbrook.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "weekly"] }, "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }

    @Test(arguments: ["The Dixie Fire broke out on Sunday in the hills.", "The Dixie Fire started on Sunday in the hills."])
    func aNamedFireBreakingOutIsTheFire(_ sentence: String) throws {
        let m = EventFixtures.extract(sentence, values: [], published: "2025-04-12")
        #expect(m.contains { $0.triggerClass == .blaze && $0.mention.triggerText == "Fire" }, "\(m.map { ($0.lemma, $0.triggerClass) })")
    }

    @Test func aTeamNamedForFireIsNone() throws {
        let m = EventFixtures.extract("The Chicago Fire won on Sunday.", values: [], published: "2025-04-12")
        #expect(!m.contains { $0.triggerClass == .blaze }, "\(m.map { ($0.lemma, $0.triggerClass) })")
    }

    @Test func aNamedFireStartingAndTheBlazeIgnitingAreOneFire() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-04-08\n---\nWire.\n\nThe Dixie Fire broke out on Sunday afternoon in the national forest.\n"),
            ("trade.md", "---\npublished: 2025-04-17\n---\nTrade.\n\nThe blaze ignited on April 6 on private land near the forest.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "trade"] }, "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }

    /// An order to leave widened to another place, in an article that tells of an evacuation, is that place's
    /// evacuation; widened to a day it is none.
    @Test func anEvacuationOrderExtendedToAVillageIsItsEvacuation() throws {
        let c = ParaphraseMergeTests.chronology([
            ("wire.md", "---\npublished: 2025-04-09\n---\nWire.\n\nThe sheriff ordered the evacuation of Alden on Monday. On Tuesday the order was extended to the village of Corfu.\n"),
            ("weekly.md", "---\npublished: 2025-04-25\n---\nWeekly.\n\nOn Tuesday, April 8, Corfu was evacuated too.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["wire", "weekly"] && $0.mentions.contains { $0.triggerText == "extended" } },
                "\(c.events.map { ($0.summary, $0.documentIDs) })")
        let m = EventFixtures.extract("The sheriff ordered the evacuation of Alden on Monday. On Tuesday the order was extended to Friday.",
                                      values: [], published: "2025-04-09")
        #expect(!m.contains { $0.mention.triggerText == "extended" && $0.triggerClass == .evacuation }, "\(m.map { ($0.lemma, $0.triggerClass) })")
    }
}
