/// Repairs of predicative complements the parser reads as nouns. Each with its sentences beside it; `ParseRepair.all`
/// lists them with the others.
extension ParseRepair {
    /// "The jury found ⟦Harris guilty⟧ on Friday": a verdict adjective after the object of a verb of judging, read as a
    /// noun with the object as its modifier ("Harris guilty" as one noun phrase). "Guilty", "innocent" and "liable" are
    /// never nouns: the adjective is the verb's complement and the name before it its object, so "found guilty" is read
    /// as the conviction it is.
    static let verdictAdjectiveReadAsANoun = ParseRepair(
        name: "verdict adjective read as a noun",
        examples: ["The jury found Harris guilty on Friday.", "A jury found the two men not guilty of murder on Tuesday.",
                   "A jury found the two men guilty of murder on Tuesday."]
    ) { t in
        var changed = false
        for adj in t.indices where verdictAdjectives.contains(t.lower(adj)) && ["NOUN", "PROPN"].contains(t.words[adj].upos) {
            // (or hung on the object as its apposition: "found the two men ⟦not guilty⟧ of murder on Tuesday")
            if ["appos", "amod"].contains(String(t.base(adj))), let object = t.head(adj), object < adj, t.base(object) == "obj",
               let verb = t.head(object), judgingVerbs.contains(t.words[verb].lemma.lowercased()) {
                t.retag(adj, upos: "ADJ", xpos: "JJ")
                t.attach(adj, to: verb, rel: "xcomp")
                // (its date is the verdict's: "on Tuesday")
                for c in t.children(adj) where c > adj && t.base(c) == "nmod" && t.children(c).contains(where: { t.lower($0) != "of" && t.base($0) == "case" }) {
                    t.attach(c, to: verb, rel: "obl")
                }
                changed = true
                continue
            }
            guard let verb = t.head(adj), verb < adj, t.base(adj) == "obj", judgingVerbs.contains(t.words[verb].lemma.lowercased()),
                  let object = t.children(adj).last(where: { $0 < adj && ["compound", "nmod", "appos", "flat", "nsubj"].contains(String(t.base($0)))
                      && ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos) })
            else { continue }
            t.retag(adj, upos: "ADJ", xpos: "JJ")
            t.attach(object, to: verb, rel: "obj")
            for c in t.children(adj) where c < object && t.base(c) != "advmod" { t.attach(c, to: object) }
            t.attach(adj, to: verb, rel: "xcomp")
            changed = true
        }
        return changed
    }

    /// Adjectives of a verdict: what a court finds someone.
    static let verdictAdjectives: Set<String> = ["guilty", "innocent", "liable"]
    /// Verbs that find someone guilty or innocent.
    static let judgingVerbs: Set<String> = ["find", "declare", "pronounce", "rule", "judge", "deem", "hold"]
}
