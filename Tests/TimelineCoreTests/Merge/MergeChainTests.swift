import Testing
@testable import TimelineCore

/// What keeps two happenings apart when a third mention pairs with both (`GroupConstraints`, `MentionMerger.strength`).
struct MergeChainTests {
    @Test func anUndatedLineDoesNotJoinTwoDaysApart() throws {
        let c = ParaphraseMergeTests.chronology([
            ("y.md", "---\npublished: 2025-07-17\n---\nSanta Fe.\n\nNMLP restored power to Santa Fe on Wednesday.\n"),
            ("z.md", "---\npublished: 2025-07-19\n---\nAlbuquerque.\n\nNMLP restored power to Albuquerque on Friday.\n"),
            ("x.md", "---\npublished: 2025-07-21\n---\nWeekly.\n\nNMLP restored power in Santa Fe and Albuquerque in two stages.\n"),
        ])
        let restored = c.events.filter { $0.mentions.contains { $0.triggerText == "restored" } }
        #expect(!restored.contains { Set($0.documentIDs).isSuperset(of: ["y", "z"]) }, "\(restored.map(\.documentIDs))")
        #expect(restored.allSatisfy { !$0.conflict })
    }

    @Test func countsOfDaysApartAndABatchCountedAsMoreAreThreeStages() throws {
        let c = ParaphraseMergeTests.chronology([
            ("a.md", "---\npublished: 2025-07-16\n---\nUpdates.\n\nCrews brought back 150,000 customers overnight, most of them in Santa Fe, the utility said.\n"),
            ("b.md", "---\npublished: 2025-07-17\n---\nSanta Fe.\n\nThe lights came back on across Santa Fe early on Wednesday.\n"),
            ("c.md", "---\npublished: 2025-07-18\n---\nAlbuquerque.\n\nThe utility restored power to its final 38,000 customers at 11:40 p.m. on Thursday.\n\n"
                + "Another 110,000 customers were restored on Wednesday afternoon.\n"),
        ])
        let first = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "came" } }, "\(c.events.map(\.summary))")
        #expect(Set(first.documentIDs) == ["a", "b"])
        #expect(!first.conflict)
        #expect(c.events.filter { $0.documentIDs.contains("c") && $0.mentions.contains { $0.triggerText == "restored" } }.count == 2)
    }

    @Test func largeCountsStayApart() {
        #expect(MergeFeatures.countKey(110_000) != MergeFeatures.countKey(150_000))
        #expect(MergeFeatures.countKey(110_000) == MergeFeatures.countKey(110_000))
        #expect(MergeFeatures.countKey(38) == 38 && MergeFeatures.countKey(0) == 0)
        #expect(MergeFeatures.countKey(1_000_000) != 0)
    }
}
