extension ParseRepair {
    /// "⟦More than a hundred passengers⟧ escaped down inflatable slides": a subject opened by a comparative of quantity
    /// ("More than", "Fewer than", "Less than"), read as the comparative's oblique with the clause's verb a participle
    /// of the noun, the comparative the sentence's root. The verb heads the sentence, the noun is its subject and the
    /// comparative modifies the noun's count.
    static let countingSubjectReadAsTheRoot = ParseRepair(
        name: "counting subject read as the root",
        examples: ["More than a hundred passengers escaped down inflatable slides after their plane skidded off a wet runway in Quebec on Sunday night.",
                   "More than a hundred passengers escaped down inflatable slides after their plane skidded off a wet runway on Sunday night, and nine of them were taken to hospital."]
    ) { t in
        guard t.words.count > 4, ["more", "fewer", "less"].contains(t.lower(0)) else { return false }
        // (or the noun read as an oblique of the verb, which has no subject: "⟦More than two hundred fans⟧ escaped
        // through a side gate")
        if let h = t.head(0), t.words[h].upos == "VERB", t.base(0) == "advmod",
           !t.children(h).contains(where: { ["nsubj", "nsubj:pass", "csubj", "expl"].contains(String(t.base($0))) }),
           let noun = t.children(h).first(where: { n in n < h && t.base(n) == "obl" && ["NOUN", "PROPN"].contains(t.words[n].upos)
               && t.children(n).contains { t.base($0) == "case" && t.lower($0) == "than" } }) {
            let passive = t.children(h).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: h, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(0, to: noun, rel: "amod")
            return true
        }
        // (or the comparative hung on a later clause coordinated with this one, the sentence's root: "…, ⟦and⟧ nine of
        // them were taken to hospital"; that clause is then the verb's conjunct)
        let root = 0
        let later = t.head(0).flatMap { h in t.head(h) == nil && t.base(0) == "advmod"
            && t.children(h).contains(where: { t.base($0) == "cc" && $0 < h }) ? h : nil }
        guard t.head(root) == nil || later != nil,
              let noun = t.children(root).first(where: { n in ["obl", "nmod"].contains(String(t.base(n))) && ["NOUN", "PROPN"].contains(t.words[n].upos)
                  && t.children(n).contains { t.base($0) == "case" && t.lower($0) == "than" } }),
              let verb = t.children(noun).first(where: { v in v > noun && t.words[v].upos == "VERB" && t.base(v) == "acl"
                  && ["VBD", "VBN"].contains(t.words[v].xpos)
                  && !t.children(v).contains { ["aux", "aux:pass", "nsubj", "nsubj:pass", "mark"].contains(String(t.base($0))) } }),
              later.map({ verb < $0 }) ?? true
        else { return false }
        t.attach(verb, to: -1, rel: "root")
        for c in t.children(root) where c != noun { t.attach(c, to: verb) }
        t.attach(noun, to: verb, rel: "nsubj")
        t.attach(root, to: noun, rel: "amod")
        if let later { t.attach(later, to: verb, rel: "conj") }
        t.retag(verb, upos: "VERB", xpos: "VBD")
        return true
    }
}

extension ParseRepair {
    /// "escaped down inflatable slides ⟦after their plane skidded off a wet runway⟧": a clause after a word that is a
    /// preposition too, read as a preposition phrase (the clause's subject its noun) and the clause's verb, a past
    /// tense with an object or a particle, a participle of the noun or of the noun before it. A participle hung on a
    /// noun takes no object of its own; the verb is the clause's, the noun its subject, the word its subordinator, and
    /// the clause modifies the verb above. ("after the meeting ⟦held⟧ in Paris", a participle with no object, is left.)
    static let clauseAfterASubordinatorReadAsAnAttribute = ParseRepair(
        name: "clause after a subordinator read as an attribute",
        examples: ["More than a hundred passengers escaped down inflatable slides after their plane skidded off a wet runway in Quebec on Sunday night.",
                   "Laboratory results released on Tuesday confirmed the tower as the source, five days after the city closed the building."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "acl" && ["VBD", "VBN"].contains(t.words[verb].xpos) {
            guard !t.children(verb).contains(where: { ["aux", "aux:pass", "nsubj", "nsubj:pass", "mark", "cc"].contains(String(t.base($0))) }),
                  t.children(verb).contains(where: { v in v > verb && ["obj", "compound:prt"].contains(String(t.words[v].deprel)) }),
                  let attribute = t.head(verb),
                  // (the noun it is hung on, or that noun's last phrase, right before the verb: "slides ⟦after their plane⟧")
                  let noun = [attribute].flatMap({ a in [a] + t.children(a).filter { n in n > a && n < verb && ["nmod", "obl"].contains(String(t.base(n))) } }).last(where: { n in
                      ["NOUN", "PROPN", "PRON"].contains(t.words[n].upos) && n < verb
                      && t.subtreeWords(n).filter({ !t.subtreeWords(verb).contains($0) }).max() == verb - 1 }),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) }),
                  subordinators.contains(t.lower(marker)),
                  let host = t.ancestors(noun).first(where: { t.words[$0].upos == "VERB" && $0 < marker })
            else { continue }
            t.subordinate(verb, to: host, subject: noun, marker: marker)
            t.retag(verb, upos: "VERB", xpos: "VBD")
            // (a length before the subordinator measures the clause: "confirmed the tower as the source, ⟦five days⟧
            // after the city closed the building")
            if marker >= 1, ["second", "minute", "hour", "day", "week", "month", "year"].contains(t.words[marker - 1].lemma),
               t.subtreeEnd(marker - 1) == marker - 1, !t.ancestors(host).contains(marker - 1) {
                t.attach(marker - 1, to: verb, rel: "obl:npmod")
            }
            changed = true
        }
        return changed
    }
}
