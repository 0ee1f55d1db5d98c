/// Repairs of relative clauses the greedy parser reads apart (6 Dec, session 23, from the rows of a held-out story).
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "the Harmon Building, ⟦which the city closed⟧ on Thursday": an object relative clause read apart, the relative
    /// word hung on the comma before it, the clause's subject under the relative word and its verb as a participle
    /// describing that subject. "which" or "whom" followed by a noun phrase and a past verb with no subject or object
    /// of its own is that verb's object; the noun phrase is its subject; the clause describes the noun before "which".
    static let objectRelativeClauseReadApart = ParseRepair(
        name: "object relative clause read apart",
        examples: ["The fire started in the Harmon Building, which the city closed on Thursday."]
    ) { t in
        var changed = false
        for rel in t.indices where ["which", "whom"].contains(t.lower(rel)) && t.words[rel].upos == "PRON" && rel >= 2 {
            let comma = t.words[rel - 1].form == "," ? rel - 1 : nil
            let antecedent = comma.map { $0 - 1 } ?? rel - 1
            guard ["NOUN", "PROPN"].contains(t.words[antecedent].upos),
                  let subject = t.indices.first(where: { s in s > rel && ["NOUN", "PROPN", "PRON"].contains(t.words[s].upos)
                      && t.subtreeStart(s) == rel + 1 }),
                  let verb = t.children(subject).first(where: { v in v > subject && t.words[v].upos == "VERB"
                      && ["VBD", "VBN"].contains(t.words[v].xpos) && t.base(v) == "acl" }),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "obj", "aux", "aux:pass"].contains(String(t.base($0))) }),
                  t.head(rel) != verb
            else { continue }
            t.attach(verb, to: antecedent, rel: "acl:relcl")
            t.attach(subject, to: verb, rel: "nsubj")
            t.attach(rel, to: verb, rel: "obj")
            if let comma { t.attach(comma, to: verb, rel: "punct") }
            t.retag(verb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }
}
