/// Repairs of a participle and its "by" agent (7 Dec, session 27, from the rows of a held-out story).
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "were assessing a complaint ⟦laid⟧ by opposition leader Rawiri Manning on Monday": a past participle right after
    /// the verb's object, with "by" right after it, read as an adjective hung on the verb (its agent a conjunct of it).
    /// It describes the object, as a passive relative with its words left out: the participle is the noun's, the "by"
    /// phrase its agent, and a day that phrase held is the participle's ("on Monday" had dated the assessing, which the
    /// daily told of Tuesday).
    static let participleWithItsAgentReadAsAPredicative = ParseRepair(
        name: "participle with its agent read as a predicative",
        examples: ["Police confirmed on Tuesday that they were assessing a complaint laid by opposition leader Rawiri Manning on Monday."]
    ) { t in
        for w in t.indices where w >= 1 && w + 1 < t.words.count && t.lower(w + 1) == "by"
            && ["JJ", "VBN", "VBD"].contains(t.words[w].xpos)
            && ["xcomp", "advcl", "conj", "dep", "parataxis"].contains(String(t.base(w))) {
            let form = t.lower(w)
            let noun = w - 1
            guard samePastAndParticiple.contains(form) || form.hasSuffix("ed") || form.hasSuffix("en"),
                  let verb = t.head(w), t.base(noun) == "obj", t.head(noun) == verb, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let agent = t.children(w).first(where: { c in c > w && t.subtreeWords(c).contains(w + 1) }) else { continue }
            let lemma = VerbLemmas.shared.mend(form, form: form)
            guard VerbLemmas.shared.contains(lemma) else { continue }
            t.retag(w, upos: "VERB", xpos: "VBN")
            t.setLemma(w, lemma)
            t.attach(w, to: noun, rel: "acl")
            // (a day the agent's phrase held: "… Rawiri Manning ⟦on Monday⟧")
            let days = t.subtreeWords(agent).filter { $0 != agent && t.base($0) == "nmod" && dateUnits.contains(t.lower($0)) }
            t.attach(agent, to: w, rel: "obl:agent")
            for d in days { t.attach(d, to: w, rel: "obl") }
            return true
        }
        return false
    }
}
