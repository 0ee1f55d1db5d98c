/// Sites an article names with their place and then by their common noun alone: "the jet skidded off the runway at
/// ⟦Sept-Îles⟧ airport … ⟦The airport⟧ reopened that afternoon" reopened in Sept-Îles.
///
/// Examples (each a test in `SiteReferenceTests`):
/// - "⟦Sept-Îles⟧ airport reopened at 2 p.m." → Sept-Îles (a site as the subject, its place in its own name);
/// - "… was taken to the ⟦Duluth⟧ regional hospital. The hospital released him on Monday" → Duluth;
/// - "… at the prison in ⟦Dumfries⟧ … Guards searched the prison on Tuesday" → Dumfries;
/// - "its plant near ⟦Lyon⟧ … the plant resumed work" → Lyon (the nearest named one of its kind, as a reader takes it).
/// Not: "the Mayo Clinic hospital" (a name of its own), "a hospital" (an indefinite noun names no site told before), "the hospital" in an article that never
/// placed one, or a site named only in a later sentence.
extension SentenceAnalysis {
    /// The places of each site noun of the sentence that names its place: in its own words ("⟦Sept-Îles⟧ airport",
    /// "⟦Toronto's⟧ airport", "the regional hospital ⟦in Duluth⟧"), keyed by the noun's word.
    func namedSites(_ tree: DependencyTree) -> [Int: [PlaceMention]] {
        var out: [Int: [PlaceMention]] = [:]
        for w in 0..<tree.count where PredicateRules.siteNouns.contains(tree.lemma(w)) && tree.words[w].upos == "NOUN" {
            let own = tree.children(w, ["compound", "nmod:poss", "amod", "flat"])
                + tree.children(w, ["nmod"]).filter { m in
                    tree.children(m, ["case"]).contains { PredicateRules.locatingPrepositions.contains(tree.lower($0)) }
                }
            let ranges = own.flatMap { tree.subtree($0, stop: { c in Self.isClausal(tree.rel(c)) }) }.compactMap { tree.range($0) }
            let governments = recognition.governmentActors
            let places = recognition.places.filter { pm in
                ranges.contains { $0.overlaps(pm.range) } && !governments.contains { $0.range.overlaps(pm.range) }
            }
            if !places.isEmpty { out[w] = places }
        }
        return out
    }

    /// The places of the sites a happening is at, names by their noun: its subject, what undergoes it, or a
    /// locative phrase of it ("at the airport", "the hospital released"), each either naming its place here or
    /// standing, with "the" or "its", for the last site of that kind the article placed.
    func sitePlaces(of frame: [Int], subject: Int?, tree: DependencyTree, named: [Int: [PlaceMention]]) -> [PlaceMention] {
        var words = [subject].compactMap { $0 } + frame.flatMap { f in tree.children(f, ["obj", "nsubj:pass"]) }
        words += frame.flatMap { f in
            tree.children(f, ["obl"]).filter { o in
                tree.children(o, ["case"]).contains { PredicateRules.locatingPrepositions.contains(tree.lower($0)) }
            }
        }
        for w in words where PredicateRules.siteNouns.contains(tree.lemma(w)) {
            if let here = named[w] { return here }
            let definite = tree.children(w, ["det", "nmod:poss"]).contains { ["the", "its", "their"].contains(tree.lower($0)) }
            // (a name of its own is another site: "the ⟦Mayo Clinic⟧ hospital")
            let named = tree.children(w, ["compound", "flat"]).contains { tree.words[$0].upos == "PROPN" }
            if definite, !named, let before = context.sites[tree.lemma(w)] { return before }
        }
        return []
    }
}
