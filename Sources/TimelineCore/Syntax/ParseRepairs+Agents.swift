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

    /// "A rocket ⟦built⟧ by the company Tasman Orbital ⟦exploded⟧ on Tuesday", "A man ⟦arrested⟧ by police in Paris
    /// ⟦died⟧ in hospital": a clause's subject with a passive participle and its "by" agent right after it, then the
    /// clause's verb with nothing between but the agent's noun phrase, read with the participle as the main verb or the
    /// noun as the root (the verb its conjunct, complement or clausal argument, a name after the agent its subject). The
    /// participle is the noun's, as a passive relative with its words left out; the verb after the agent is the clause's,
    /// the noun its subject, a name right after the agent's noun that noun's apposition.
    static let reducedRelativeWithItsAgentReadApart = ParseRepair(
        name: "reduced relative with its agent read apart",
        examples: ["A rocket built by the company Tasman Orbital exploded on Tuesday.",
                   "A man arrested by police in Paris died in hospital on Monday.",
                   "A ferry operated by the state line Nordic Ferries sank off the coast."]
    ) { t in
        let inAgent: Set<String> = ["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PART"]
        for p in t.indices where p >= 1 && p + 2 < t.words.count && t.lower(p + 1) == "by" && ["VBN", "VBD"].contains(t.words[p].xpos) {
            let form = t.lower(p)
            let noun = p - 1
            guard samePastAndParticiple.contains(form) || form.hasSuffix("ed") || form.hasSuffix("en"),
                  ["NOUN", "PROPN"].contains(t.words[noun].upos), t.words[noun].xpos != "PRP" else { continue }
            // (the noun opens its clause: the sentence, or after a dash, colon or comma, with only its own modifiers before it)
            var start = noun
            while start > 0, ["DET", "ADJ", "NUM", "PROPN", "NOUN"].contains(t.words[start - 1].upos) || t.words[start - 1].xpos == "HYPH" { start -= 1 }
            guard start == 0 || t.words[start - 1].upos == "PUNCT" && t.words[start - 1].xpos != "HYPH" else { continue }
            // (the clause's verb: the first verb after the agent, with nothing but the agent's words before it)
            guard let verb = (p + 2..<t.words.count).first(where: { !inAgent.contains(t.words[$0].upos) && t.words[$0].xpos != "HYPH" }),
                  ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos), t.words[verb].upos == "VERB", verb > p + 2 else { continue }
            let span = p + 2..<verb
            guard let agent = span.first(where: { a in ["NOUN", "PROPN"].contains(t.words[a].upos) && t.children(a).contains(p + 1) }) else { continue }
            // (already the reading: the noun the verb's subject, the participle the noun's)
            if t.head(noun) == verb, t.base(noun) == "nsubj", t.head(p) == noun { continue }
            // (every word of the agent's phrase within it, but for a name right after the agent's noun phrase)
            let agentEnd = t.subtreeEnd(agent) ?? agent
            let loose = span.filter { w in w != agent && !(t.ancestors(w).contains(agent)) }
            guard loose.allSatisfy({ w in w > agentEnd && t.words[w].upos == "PROPN" && (t.ancestors(w).contains(agentEnd + 1) || w == agentEnd + 1) }),
                  !t.ancestors(agent).contains(verb) || t.head(agent) == p || t.head(agent) == verb else { continue }
            let oldRoot = t.indices.first { t.head($0) == nil && t.words[$0].head == 0 }
            t.attach(verb, to: -1, rel: "root")
            if let r = oldRoot, r != verb {
                for c in t.children(r) where c > verb || t.words[c].upos == "PUNCT" && c == t.words.count - 1 { t.attach(c, to: verb) }
                // (a root before the noun's clause, a dateline's place, hangs on the clause: one root a sentence)
                if r < start { t.attach(r, to: verb, rel: "dep") }
            }
            t.attach(noun, to: verb, rel: "nsubj")
            // (what the participle held before its noun, a dateline's place read as its subject, is the clause's)
            for c in t.children(p) where c < start { t.attach(c, to: verb, rel: t.base(c) == "punct" ? "punct" : "dep") }
            t.retag(p, upos: "VERB", xpos: "VBN")
            t.attach(p, to: noun, rel: "acl")
            t.attach(agent, to: p, rel: "obl:agent")
            if agentEnd + 1 < verb, t.words[agentEnd + 1].upos == "PROPN" { t.attach(agentEnd + 1, to: agent, rel: "appos") }
            return true
        }
        return false
    }
}
