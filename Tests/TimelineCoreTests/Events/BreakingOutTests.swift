import Testing
@testable import TimelineCore

/// People who break out escape, named (two words or more) or by what they are; panic, fighting or a disease breaking
/// out erupts (`PhrasalPredicates`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct BreakingOutTests {
    typealias F = EventFixtures

    func lemma(_ text: String) throws -> String {
        let found = F.extract(text, values: [])
        return try #require(found.first { $0.mention.triggerText?.hasPrefix("broke") == true }, "\(found.map(\.lemma))").lemma
    }

    @Test(arguments: ["The cameras had not been repaired when Maria Lopez and Ana Ruiz broke out overnight.",
                      "Three prisoners broke out before dawn."])
    func peopleWhoBreakOutEscape(_ text: String) throws {
        #expect(try lemma(text) == "escape")
    }

    @Test(arguments: ["Ebola broke out in the north of the country.", "Fighting broke out in the capital."])
    func whatBreaksOutIsNoEscape(_ text: String) throws {
        #expect(try lemma(text) != "escape")
    }
}

/// A bank or a company that collapses fails; a roof or a bridge that collapses falls down (`PhrasalPredicates.firms`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct FailingFirmTests {
    typealias F = EventFixtures

    func lemma(_ text: String) throws -> String {
        let found = F.extract(text, values: [])
        return try #require(found.first { $0.mention.triggerText == "collapsed" }, "\(found.map(\.lemma))").lemma
    }

    @Test func aLenderThatCollapsesFails() throws {
        #expect(try lemma("The regional lender collapsed in October 2010.") == "fail")
        #expect(try lemma("Harbor Savings Bank collapsed in October 2010.") == "fail")
    }

    @Test func aRoofThatCollapsesFallsDown() throws {
        #expect(try lemma("The roof of the school collapsed in October 2010.") == "collapse")
    }
}
