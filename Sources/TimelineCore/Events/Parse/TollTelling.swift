/// A death toll told: "the death toll ⟦rose⟧ to 47", "the toll had ⟦reached⟧ 23", "the number of people killed has
/// ⟦risen⟧ to 64", "officials ⟦put⟧ the death toll at 41". A running total told on many days is one event (the dead
/// of one disaster), not a happening of each day it was told: its telling gets a predicate of its own
/// (`TollTelling.key`), its count as the clause's count, and its date "on or before" the day told
/// (`SentenceAnalysis.tollDate`), so that two tellings of two days never conflict.
enum TollTelling {
    /// The predicate key of a toll's telling.
    static let key = "toll"

    /// Verbs telling a total rising or standing ("rose to", "stood at", "reached"), with the toll their subject.
    static let risingOrStanding: Set<String> = ["rise", "climb", "reach", "stand", "hit", "top", "pass", "jump", "increase",
                                                "exceed", "surpass", "soar", "grow", "mount",
                                                // (or falling, a total revised down: "the toll ⟦fell⟧ to 16")
                                                "fall", "drop", "decrease"]
    /// Verbs putting a total ("put the toll at 41", "raised the death toll to 58"), with the toll their object.
    /// (Or lowering it: "officials ⟦lowered⟧ the number of dead to 16 from 19", "⟦cut⟧ the death toll from 19 to 16": a
    /// total revised down is the same toll.)
    static let putting: Set<String> = ["put", "raise", "revise", "lower", "cut", "reduce"]
    /// Words after "number of" naming the dead: "the number of ⟦dead⟧", "of people ⟦killed⟧", "of ⟦deaths⟧".
    static let deadWords: Set<String> = ["dead", "death", "kill", "die", "fatality", "victim"]

    /// Whether the noun at `n` names a death toll: "toll", "death toll", "the number of dead / of people killed".
    static func isToll(_ n: Int, tree: DependencyTree) -> Bool {
        let l = tree.lemma(n)
        if l == "toll" { return true }
        guard l == "number" else { return false }
        return tree.children(n, ["nmod", "acl"]).contains { c in
            tree.subtree(c).contains { deadWords.contains(tree.lemma($0)) || deadWords.contains(tree.lower($0)) }
        }
    }

    /// The count a verb tells of a toll (0 when it names none), or nil when the verb tells no toll.
    static func count(_ v: Int, tree: DependencyTree) -> Int? {
        let verb = lemma(v, tree: tree)
        let toll: Int?
        if risingOrStanding.contains(verb) {
            // (or a headline's present the parse made a noun after its subject: "Quake toll ⟦reaches⟧ 64")
            let headline = tree.words[v].upos == "NOUN" && tree.lower(v).hasSuffix("s") && v > 0 && tree.head(v - 1) == v
                && tree.base(v - 1) == "compound" ? [v - 1] : []
            toll = (tree.children(v, ["nsubj"]) + headline).first { isToll($0, tree: tree) }
        } else if putting.contains(verb) {
            toll = tree.children(v, ["obj", "nsubj:pass"]).first { isToll($0, tree: tree) }
        } else {
            return nil
        }
        guard let toll else { return nil }
        // (the number it reached: its object, or after "to" / "at", or a number the parse hung on the toll)
        // (the number it went to before the one it came from: "from 19 ⟦to 16⟧")
        let from = { (w: Int) in tree.children(w, ["case"]).contains { tree.lower($0) == "from" } }
        let all = tree.children(v, ["obj", "obl", "nummod", "xcomp", "flat"]).filter { $0 != toll } + tree.children(toll, ["nmod"])
        let places = all.filter { !from($0) } + all.filter(from)
        for w in places {
            if let n = ([w] + tree.children(w, ["nummod"])).lazy.compactMap({ PredicateRules.count(at: $0, tree: tree) }).first { return n }
        }
        return 0
    }

    /// The verb's lemma, or the lemma of its regular form when the lemmatizer missed it ("climbed" read as "clim").
    static func lemma(_ v: Int, tree: DependencyTree) -> String {
        let l = tree.lemma(v)
        if risingOrStanding.contains(l) || putting.contains(l) { return l }
        let w = tree.lower(v)
        for suffix in ["ed", "s", "ing", "d"] where w.hasSuffix(suffix) {
            let stem = String(w.dropLast(suffix.count))
            if risingOrStanding.contains(stem) || putting.contains(stem) { return stem }
        }
        return l
    }
}
