import Testing
@testable import TimelineCore

/// A tremor is an earthquake, as a temblor is: one outlet's "tremor struck" and another's "quake struck" on one day are
/// one mishap (`TriggerLexicon.nouns`, its kinds).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TremorTests {
    @Test func aTremorAndAQuakeOfOneDayAreOneEvent() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2026-03-12\n---\nDesk.\n\nThe magnitude 6.6 tremor struck on Tuesday close to the town of Huanta.\n"),
            ("b.md", "---\npublished: 2026-03-11\n---\nWire.\n\nThe quake struck at 10:48 a.m. on Tuesday about 14 km northeast of Huanta.\n"),
        ])
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "tremor" } }, "\(c.events.map(\.summary))")
        #expect(Set(e.documentIDs) == ["a", "b"], "\(c.events.map(\.summary))")
        #expect(TriggerLexicon.forms["tremor"]?.contains { $0.triggerClass == .accident } == true)
    }
}
