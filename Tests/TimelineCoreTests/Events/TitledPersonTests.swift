import Testing
@testable import TimelineCore

/// A subject that is a title alone stands for the person the article names with that title
/// (`DocumentContext.titled`, `SentenceAnalysis.titledPerson`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TitledPersonTests {
    static func actors(_ body: String) -> [String: [String]] {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2026-03-12\n---\nDesk.\n\n" + body + "\n")])
        var out: [String: [String]] = [:]
        for e in c.events { for m in e.mentions { if let t = m.triggerText { out[t] = e.actors } } }
        return out
    }

    @Test func theTitleIsThePersonNamedWithIt() {
        let a = Self.actors("Peru's prime minister denied on Thursday that the government had been slow to help survivors. Prime Minister Eduardo Salinas told reporters in Lima that the state reached every district.")
        #expect(a["denied"]?.contains("Eduardo Salinas") == true, "\(a)")
    }

    @Test func anotherTitleOrASharedOneIsNoOne() {
        let other = Self.actors("Prime Minister Eduardo Salinas visited Huanta on Tuesday. The foreign minister resigned on Wednesday.")
        #expect(other["resigned"]?.contains("Eduardo Salinas") != true, "\(other)")
        let shared = Self.actors("Labour Minister Claire Dubois met the union on Monday. Finance Minister Paul Roy met the banks on Monday. The minister resigned on Wednesday.")
        #expect(shared["resigned"].map { !$0.contains("Claire Dubois") && !$0.contains("Paul Roy") } ?? true, "\(shared)")
    }
}
