import Testing
@testable import TimelineCore

/// The allocation-free lookups answer exactly as the general candidate list does.
@Suite struct GazetteerLookupTests {
    let g = Gazetteer.shared

    /// The reference: the best of `candidates(folded:)` by rank, the first on ties.
    func reference(_ key: String, _ context: Set<String>) -> (Int, Bool)? {
        var best: (Int, Bool)?
        var bestRank = Int.min
        for c in g.candidates(folded: key) {
            let r = Gazetteer.rank(g.all[c.index], c.primary, context, town: g.towns[c.index])
            if r > bestRank { bestRank = r; best = (g.all[c.index].id, c.primary) }
        }
        return best
    }

    @Test func resolveAndHasNameAgreeWithTheCandidateList() {
        var keys = Set<String>()
        for p in g.all.prefix(4000) { keys.insert(Gazetteer.fold(p.name)) }
        // (towns, and towns named like larger places: "Scotland", Pennsylvania, yields to the region)
        for (k, p) in g.all.enumerated() where g.towns[k] && k % 97 == 0 { keys.insert(Gazetteer.fold(p.name)) }
        keys.formUnion(["scotland", "castle douglas", "lockerbie"])
        keys.formUnion(["moscow", "paris", "london", "springfield", "san jose", "georgia", "kiev", "kyiv", "no such place", ""])
        let contexts: [Set<String>] = [[], ["US"], ["RU", "UA"], ["GB"]]
        for key in keys {
            #expect(g.hasName(folded: key, towns: true) == !g.candidates(folded: key).isEmpty)
            #expect(g.hasName(folded: key) == g.candidates(folded: key).contains { !g.towns[$0.index] })
            for context in contexts {
                let got = g.resolveCandidate(key, contextCountries: context)
                let want = reference(key, context)
                #expect(got?.place.id == want?.0 && got?.primary == want?.1, "\(key) in \(context)")
            }
        }
    }

    @Test func aTownYieldsToALargerPlaceOfItsName() throws {
        let scotland = try #require(g.resolve("Scotland"))
        #expect(scotland.kind == .region && !g.isTown(scotland))
        #expect(g.places(named: "Scotland").contains { g.isTown($0) })
        let lockerbie = try #require(g.resolve("Lockerbie"))
        #expect(g.isTown(lockerbie) && lockerbie.country == "GB")
        #expect(!g.hasName(folded: "lockerbie") && g.hasName(folded: "lockerbie", towns: true))
    }

    @Test func foldLeavesFoldedTextAloneAndFoldsTheRest() {
        #expect(Gazetteer.fold("kyiv") == "kyiv")
        #expect(Gazetteer.fold("san jose") == "san jose")
        #expect(Gazetteer.fold("San  José") == "san jose")
        #expect(Gazetteer.fold(" kyiv") == "kyiv")
        #expect(Gazetteer.fold("kyiv ") == "kyiv")
        #expect(Gazetteer.fold("'s-Gravenhage") == "s gravenhage")
        #expect(Gazetteer.isFolded("a b1"))
        #expect(!Gazetteer.isFolded("a  b"))
        #expect(!Gazetteer.isFolded(""))
        #expect(!Gazetteer.isFolded("Kyiv"))
    }
}
