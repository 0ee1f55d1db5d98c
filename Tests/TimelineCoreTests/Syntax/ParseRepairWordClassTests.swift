import Testing
@testable import TimelineCore

/// "Returned to work at 7 a.m. today": "work" after a verb of going back is a noun, and the time is the return's
/// (`ParseRepair.backToWorkReadAsAnInfinitive`).
@Suite
struct ParseRepairBackToWorkTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theTimeIsTheReturns() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.backToWorkReadAsAnInfinitive.examples[0], model: model).first).repaired()
        #expect(t.head(p, "work") == "returned" && t.rel(p, "work") == "obl")
        #expect(t.head(p, "today") == "returned")
        let c = ParaphraseMergeTests.chronology([("port.md", "---\npublished: 2026-03-14\n---\nPort.\n\nDock workers returned to work at 7 a.m. today.\n")])
        let mentions = c.events.flatMap(\.mentions)
        #expect(mentions.first { $0.triggerText == "returned" }?.date.value == "2026-03-14T07:00")
        #expect(!mentions.contains { $0.triggerText == "work" })
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aClauseOfPurposeKeepsItsRelation() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("The president returned to work to sign the bill.", model: model).first).repaired()
        #expect(t.head(p, "sign") == "returned" && t.rel(p, "sign") != "obl")
    }
}

/// "order ⟦striking⟧ dock workers back": a participle describing people is no verb taking them as its object
/// (`ParseRepair.participleOfPeopleReadAsAVerb`).
@Suite
struct ParseRepairPeopleParticipleTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theParticipleDescribesThePeople() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.participleOfPeopleReadAsAVerb.examples[0], model: model).first).repaired()
        #expect(t.head(p, "striking") == "workers" && t.rel(p, "striking") == "amod")
        #expect(t.head(p, "workers") == "order" && t.rel(p, "workers") == "obj")
        #expect(t.head(p, "back") == "order")
        // (no strike begins in the threat)
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2026-03-12\n---\nDesk.\n\n" + ParseRepair.participleOfPeopleReadAsAVerb.examples[0] + "\n")])
        #expect(!c.events.flatMap(\.mentions).contains { $0.triggerText == "striking" })
    }

    @Test func aParticipleWithItsOwnObjectAfterAnObjectIsLeftAlone() {
        let read = ParseRepairTests.tree([
            ("Police", "NOUN", "NNS", 2, "nsubj"), ("saw", "VERB", "VBD", 0, "root"), ("men", "NOUN", "NNS", 2, "obj"),
            ("striking", "VERB", "VBG", 2, "xcomp"), ("cars", "NOUN", "NNS", 4, "obj"), (".", "PUNCT", ".", 2, "punct"),
        ])
        #expect(read.repaired() == read)
    }
}

/// "as the number of dead ⟦rose⟧ to 58": a past tense that is also a noun is the verb when a figure it reached follows
/// (`ParseRepair.pastTenseReadAsTheNounOfAnOfPhrase`).
@Suite
struct ParseRepairRoseTests {
    let t = ParseRepairTests()

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func theNounBeforeOfIsTheSubject() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse(ParseRepair.pastTenseReadAsTheNounOfAnOfPhrase.examples[0], model: model).first).repaired()
        #expect(t.head(p, "number") == "rose" && t.rel(p, "number") == "nsubj")
        #expect(t.head(p, "58") == "rose" && t.head(p, "as") == "rose" && t.head(p, "dead") == "number")
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func flowersStayFlowers() throws {
        let model = try #require(SyntaxModel.shared)
        let p = try #require(SyntaxText.analyse("She bought a bunch of roses for her mother.", model: model).first).repaired()
        #expect(t.head(p, "roses") == "bunch")
    }
}

/// "Surrendered ⟦to police⟧ on Friday": a noun whose verb always takes an object is the noun after "to" when nothing
/// follows for it to take (`ParseRepair.destinationNounReadAsAnInfinitive`); "to police the border" stays a verb.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParseRepairDestinationNounTests {
    let t = ParseRepairTests()

    @Test func policeWithNothingToTakeIsTheNoun() throws {
        let model = try #require(SyntaxModel.shared)
        for s in ParseRepair.destinationNounReadAsAnInfinitive.examples {
            let p = try #require(SyntaxText.analyse(s, model: model).first).repaired()
            #expect(t.rel(p, "police") == "obl" && p.words.first { $0.form == "police" }?.upos == "NOUN", "\(s)")
        }
        let kept = try #require(SyntaxText.analyse("The army was sent to police the border on Friday.", model: model).first).repaired()
        #expect(kept.words.first { $0.form == "police" }?.upos == "VERB")
    }

    @Test func twoOutletsSurrendersAreOne() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe suspect surrendered to police on Friday.\n"),
            ("b.md", "---\npublished: 2026-12-07\n---\nA report.\n\nThe suspect turned himself in on Friday.\n"),
        ])
        #expect(c.events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(c.events.map(\.summary))")
    }
}
