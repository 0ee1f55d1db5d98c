import Testing
@testable import TimelineCore

/// Talks opened by a host ("the foreign minister ⟦opened⟧ the talks") are the talks, as "the talks opened" is; a line
/// placed at a site of no town ("at Al Salam Palace") may be in a town another line names ("began talks in Jeddah").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TalksOpeningTests {
    typealias F = EventFixtures

    @Test func talksOpenedByAHostAreTheTalks() throws {
        let ms = F.extract("Saudi Arabia's foreign minister opened the talks ⟦on Monday⟧ with a call for a truce.", values: ["2026-11-09"], published: "2026-11-09")
        let talks = try #require(ms.first { $0.mention.triggerText == "talks" }, "\(ms.map(\.summary))")
        #expect(talks.triggerClass == .talks)
        #expect(!ms.contains { $0.mention.triggerText == "opened" })
        // ("opened fire" stays a shooting)
        let fire = F.extract("Gunmen opened fire on the convoy ⟦on Monday⟧.", values: ["2026-11-09"], published: "2026-11-09")
        #expect(fire.contains { $0.lemma == "shoot" }, "\(fire.map(\.lemma))")
    }

    @Test func aSiteOfNoTownMayBeInATownOfItsCountry() {
        let jeddah = Place(id: 105343, name: "Jeddah", country: "SA", kind: .city)
        let riyadh = Place(id: 108410, name: "Riyadh", country: "SA", kind: .city)
        let palace = Place(id: 960_000_001, name: "Al Salam Palace", country: "SA", kind: .site)
        let cairo = Place(id: 360630, name: "Cairo", country: "EG", kind: .city)
        func at(_ p: Place) -> PlaceMention { PlaceMention(place: p, range: TextRange(0, 1), qualifier: .inside) }
        let merger = MentionMerger(within: { a, b in a.id == b.id })
        #expect(merger.placesCompatible([at(palace)], [at(jeddah)]))
        #expect(!merger.placesCompatible([at(palace)], [at(cairo)]))
        // (a site its line places in a town is in that town only)
        #expect(!merger.placesCompatible([at(palace), at(riyadh)], [at(jeddah)]))
    }
}
