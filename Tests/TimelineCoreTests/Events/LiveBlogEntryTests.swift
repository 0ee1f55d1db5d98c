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
