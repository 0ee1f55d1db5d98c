import Testing
@testable import TimelineCore

/// Rules of 7 Dec (session 29, branch story19), from `StoryCorpora/storm-landfall`; each on sentences of its own.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct StormStoryTests {
    static let today = Day(year: 2026, month: 1, day: 1)!

    static func chronology(_ files: [(String, String)], sidecar: String = "") -> Chronology {
        let corpus = CorpusLoader(today: today).load(contents: files.map { (path: "corpus/" + $0.0, bytes: Array($0.1.utf8)) },
                                                     sidecar: sidecar)
        return TimelinePipeline(today: today).build(corpus: corpus)
    }

    /// A clock time of the sentence's own is as fine as a live blog's stamp and is the happening's: "⟦7:05 a.m.⟧ The
    /// ferry docked at 3:40 this morning" docked at 3:40, not at 7:05.
    @Test func aClockTimeOfTheSentenceBeatsTheEntryStamp() throws {
        let text = "LIVE: Ferry updates\n\n9:10 a.m. The ferry left Calapan at 6:15 a.m., the coast guard says.\n\n"
            + "7:05 a.m. The cargo ship docked in Batangas at 3:40 this morning.\n\n6:30 a.m. Good morning.\n"
        let c = Self.chronology([("blog.txt", text)], sidecar: "blog.txt:\n  published: 2025-08-12\n")
        let docked = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "docked" }, "\(c.events.map(\.summary))")
        #expect(docked.date.value == "2025-08-12T03:40", "\(docked.date.value)")
        let left = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == "left" }, "\(c.events.map(\.summary))")
        #expect(left.date.value == "2025-08-12T06:15", "\(left.date.value)")
    }

    static func md(_ published: String, _ body: String) -> String { "---\npublished: \(published)\n---\nStorm news.\n\n\(body)\n" }

    /// A storm reaching land is one happening however it is told: "made landfall" (the noun), "came ashore", "hit the
    /// coast", "the eye crossed the coast".
    @Test func theLandfallIsOneEventWhateverTheWords() throws {
        let c = Self.chronology([
            ("a.md", Self.md("2025-10-06", "Typhoon Kiko made landfall near Aparri at 2:10 a.m. on Monday, officials said.")),
            ("b.md", Self.md("2025-10-06", "Kiko came ashore near Aparri early on Monday with winds of 180 km/h.")),
            ("c.md", Self.md("2025-10-20", "At 2:10 a.m. on Monday, October 6, the eye of Kiko crossed the coast near Aparri.")),
        ])
        let landfall = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "landfall" } }, "\(c.events.map(\.summary))")
        #expect(Set(landfall.documentIDs) == ["a", "b", "c"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(!landfall.conflict)
    }

    /// A storm weakening or a storm named as a category ("weakened to a tropical storm") is not the storm's landfall.
    @Test func aStormWeakeningIsNotItsLandfall() throws {
        let c = Self.chronology([
            ("a.md", Self.md("2025-10-06", "The typhoon made landfall near Aparri on Monday morning.")),
            ("b.md", Self.md("2025-10-06", "The storm weakened to a tropical storm on Monday afternoon as it moved over Tuguegarao.")),
        ])
        let weakened = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "weakened" } }, "\(c.events.map(\.summary))")
        #expect(weakened.documentIDs == ["b"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(!c.events.contains { $0.mentions.contains { $0.triggerText == "storm" && $0.text.contains("weakened") } })
    }

    /// What reports "circulating online" say is the content of the reports, so what is denied is no happening.
    @Test func aDeniedReportsContentAfterAParticipleIsNoHappening() throws {
        let c = Self.chronology([("a.md", Self.md("2025-10-06",
            "The mayor on Monday denied reports circulating online that the dam above the town had been breached."))])
        #expect(!c.events.contains { $0.mentions.contains { $0.triggerText == "breached" } }, "\(c.events.map(\.summary))")
        #expect(c.events.contains { $0.mentions.contains { $0.triggerText == "denied" } })
    }

    /// An evacuation order is the evacuation ordered, whichever way it is told: "Monday's mandatory evacuation order", "the
    /// evacuation order issued on Monday", "ordered the evacuation of the town on Monday", "ordered the town emptied".
    @Test func anEvacuationOrderIsTheEvacuationOrdered() throws {
        let c = Self.chronology([
            ("a.md", Self.md("2025-10-08", "Residents who fled under Monday's mandatory evacuation order began returning on Wednesday.")),
            ("b.md", Self.md("2025-10-07", "The mandatory evacuation order issued on Monday remains in effect.")),
            ("c.md", Self.md("2025-10-07", "The province ordered the evacuation of Aparri on Monday.")),
            ("d.md", Self.md("2025-10-20", "On Sunday, October 5, forecasters raised a typhoon warning. The next day the province ordered Aparri emptied.")),
        ])
        let order = try #require(c.events.first { $0.mentions.contains { $0.document == "c" && $0.triggerText == "evacuation" } }, "\(c.events.map(\.summary))")
        #expect(Set(order.documentIDs) == ["a", "b", "c", "d"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(!order.conflict)
        // (the order as a state is not its issuing)
        let state = Self.chronology([
            ("c.md", Self.md("2025-10-07", "The province ordered the evacuation of Aparri on Monday.")),
            ("e.md", Self.md("2025-10-07", "The governor says the evacuation order will stay in place overnight.")),
        ])
        #expect(!state.events.contains { Set($0.documentIDs) == ["c", "e"] }, "\(state.events.map { ($0.summary, $0.documentIDs) })")
    }

    /// Approving or signing a declaration is declaring: one happening, and a day apart by two outlets, a conflict.
    @Test func approvingAndSigningADeclarationAreOneDeclaration() throws {
        let c = Self.chronology([
            ("a.md", Self.md("2025-10-09", "The president approved a major disaster declaration for the province on Thursday.")),
            ("b.md", Self.md("2025-10-09", "The president signed a disaster declaration for the province on Wednesday, freeing federal money.")),
        ])
        let declaration = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "approved" } }, "\(c.events.map(\.summary))")
        #expect(Set(declaration.documentIDs) == ["a", "b"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
        #expect(declaration.conflict)
    }

    /// A storm growing into a hurricane strengthens.
    @Test func aStormGrowingIntoAHurricaneStrengthens() throws {
        let c = Self.chronology([
            ("a.md", Self.md("2025-10-09", "Kiko strengthened into a Category 3 typhoon on Tuesday over warm waters.")),
            ("b.md", Self.md("2025-10-09", "Kiko grew into a major typhoon on Tuesday, forecasters said.")),
        ])
        let grew = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "grew" } }, "\(c.events.map(\.summary))")
        #expect(Set(grew.documentIDs) == ["a", "b"], "\(c.events.map { ($0.summary, $0.documentIDs) })")
    }

    /// "St." for "Saint" opens a town's name the gazetteer knows only as "Saint …": "in St. Martinville, Louisiana" is Saint
    /// Martinville (was Louisiana alone).
    @Test func stForSaintFindsATownKnownOnlyAsSaint() throws {
        let c = Self.chronology([("a.md", Self.md("2025-10-09", "Supply trucks arrived at a staging area in St. Martinville, Louisiana, on Saturday."))])
        let arrived = try #require(c.events.first { $0.mentions.contains { $0.triggerText == "arrived" } }, "\(c.events.map(\.summary))")
        #expect(arrived.places.map(\.name).contains("Saint Martinville"), "\(arrived.places.map(\.name))")
    }

    /// Rumours or reports said to be false tell no happening, whether the parse read their noun as the sentence's verb
    /// ("Online ⟦rumours⟧ that …": a present tense with no subject) or as a noun.
    @Test func aClaimSaidToBeFalseIsNoHappening() throws {
        let c = Self.chronology([("a.md", Self.md("2025-10-09",
            "Online rumours that the levee had failed were false, parish officials insisted on Tuesday. "
            + "Reports that the mayor had resigned were untrue, his office said."))])
        #expect(!c.events.contains { $0.mentions.contains { ["failed", "resigned"].contains($0.triggerText) } }, "\(c.events.map(\.summary))")
    }
}
