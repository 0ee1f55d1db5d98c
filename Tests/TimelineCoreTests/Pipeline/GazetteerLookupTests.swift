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
            let r = Gazetteer.rank(g.all[c.index], c.primary, context)
            if r > bestRank { bestRank = r; best = (g.all[c.index].id, c.primary) }
        }
        return best
    }

    @Test func resolveAndHasNameAgreeWithTheCandidateList() {
        var keys = Set<String>()
        for p in g.all.prefix(4000) { keys.insert(Gazetteer.fold(p.name)) }
        keys.formUnion(["moscow", "paris", "london", "springfield", "san jose", "georgia", "kiev", "kyiv", "no such place", ""])
        let contexts: [Set<String>] = [[], ["US"], ["RU", "UA"], ["GB"]]
        for key in keys {
            #expect(g.hasName(folded: key) == !g.candidates(folded: key).isEmpty)
            for context in contexts {
                let got = g.resolveCandidate(key, contextCountries: context)
                let want = reference(key, context)
                #expect(got?.place.id == want?.0 && got?.primary == want?.1, "\(key) in \(context)")
            }
        }
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
