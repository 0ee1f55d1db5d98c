import Testing
@testable import TimelineCore

/// A live blog's entries open with a clock time: the time dates the entry and is no part of what it tells.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LiveBlogEntryTests {
    typealias F = EventFixtures

    @Test func anEntrysClockTimeIsNoPartOfItsSummary() throws {
        let out = F.extract("⟦9:40 a.m.⟧ Fire Chief Kenneth Dobbs says the fire is out.", values: ["2025-10-15T09:40"], published: "2025-10-15")
        let says = try F.mention(out, "says")
        #expect(says.summary == "Fire Chief Kenneth Dobbs says the fire is out", "\(says.summary)")
        #expect(says.mention.date.value.hasPrefix("2025-10-15"))
        let denies = try F.mention(F.extract("⟦3:45 p.m.⟧ Corliss Chemical denies that workers warned managers about a leaking valve.",
                                             values: ["2025-10-15T15:45"], published: "2025-10-15"), "denies")
        #expect(denies.summary.hasPrefix("Corliss Chemical denies"), "\(denies.summary)")
        // (an entry below the blog's headline, as a corpus gives it)
        let blog = F.extract("LIVE: Storm updates\n\n⟦9:40 a.m.⟧ Fire Chief Kenneth Dobbs says the fire is out.", values: ["2025-10-15T09:40"],
                             published: "2025-10-15", headline: true)
        let entry = try F.mention(blog, "says")
        #expect(entry.summary == "Fire Chief Kenneth Dobbs says the fire is out", "\(entry.summary)")
    }
}

/// A live blog's entry stamp with the present perfect and a reporting body: the entry's time dates it, and "it" in what
/// a body says is that body.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct LiveBlogStampTests {
    static func blog(_ text: String) -> Chronology {
        let today = Day(year: 2026, month: 1, day: 1)!
        let corpus = CorpusLoader(today: today).load(contents: [(path: "corpus/blog.txt", bytes: Array(text.utf8))],
                                                     sidecar: "blog.txt:\n  published: 2025-10-15\n")
        return TimelinePipeline(today: today).build(corpus: corpus)
    }

    @Test func aStampDatesAPresentPerfectEntry() throws {
        let c = Self.blog("LIVE: Plant explosion, day two\n\n11:05 a.m. The shelter-in-place order for Channelview has been lifted.\n")
        let lifted = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "lifted" }, "\(c.events.map(\.summary))")
        #expect(lifted.date.value == "2025-10-15T11:05")
        #expect(!lifted.date.isFallback)
    }

    @Test func itInWhatABodySaysIsThatBody() throws {
        let c = Self.blog("LIVE: Plant explosion, day two\n\n3:45 p.m. Corliss Chemical denies that workers warned managers.\n\n"
                          + "1:20 p.m. The U.S. Chemical Safety Board says it is sending a team of investigators.\n")
        let sending = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "sending" } }, "\(c.events.map(\.summary))")
        #expect(sending.summary.hasPrefix("The U.S. Chemical Safety Board is sending"), "\(sending.summary)")
    }
}
