import Testing
@testable import TimelineCore

/// A surname alone stands for the person the article named in full with it, and "he" after it is that person.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SurnameReferenceTests {
    static func mentions(_ text: String) -> [Mention] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-09-16\n---\nDesk.\n\n" + text + "\n")])
        return c.events.flatMap(\.mentions)
    }

    @Test func heAfterASurnameIsThatPerson() {
        let m = Self.mentions("Officers locked Darren McKee and Liam Forsyth into their cells on Sunday. Prison governor Morag Baird said the search "
            + "would go on. Forsyth was spotted in Carlisle on Saturday. He appeared in court on Monday.")
        let appeared = m.first { $0.triggerText == "appeared" }
        #expect(appeared?.actors.contains("Liam Forsyth") == true, "\(appeared.map(\.actors) ?? [])")
    }

    @Test func theSurnameOfAPersonNamedBeforeIsThatPerson() {
        let m = Self.mentions("President Gabriel Boric visited Viña del Mar on Saturday. Boric declared a state of emergency on Friday.")
        let declared = m.first { $0.triggerText == "declared" }
        #expect(declared?.actors.contains { $0.hasSuffix("Gabriel Boric") } == true, "\(declared.map(\.actors) ?? [])")
    }

    @Test func aOneWordNameNobodyWasNamedWithIsNoPerson() {
        let m = Self.mentions("Liam Forsyth escaped on Sunday. Apple said on Monday it would cut prices.")
        #expect(!m.contains { $0.actors.contains("Liam Forsyth") && $0.triggerText == "cut" })
    }
}
