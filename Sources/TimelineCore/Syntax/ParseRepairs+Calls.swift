extension ParseRepair {
    /// "That Monday, the transport unions called ⟦a general strike⟧": the object of "call" read as the name it gives
    /// (`xcomp`, as in "called him a hero", "was called a traitor"), though the verb names nothing: active, with a
    /// subject and no object before the noun, the noun with its article is what was called, its object.
    static let objectOfCallReadAsAName = ParseRepair(
        name: "object of 'call' read as a name",
        examples: ["That Monday, the transport unions called a general strike, and police rounded up more than 200 people."]
    ) { t in
        var changed = false
        for v in t.indices where t.words[v].upos == "VERB" && t.words[v].lemma.lowercased() == "call" {
            let kids = t.children(v)
            guard kids.contains(where: { t.words[$0].deprel == "nsubj" }),
                  !kids.contains(where: { ["obj", "iobj", "nsubj:pass", "aux:pass"].contains(t.words[$0].deprel) }),
                  let x = kids.first(where: { $0 > v && t.words[$0].deprel == "xcomp" && t.words[$0].upos == "NOUN" }),
                  t.children(x).contains(where: { t.words[$0].deprel == "det" && ["a", "an", "the"].contains(t.lower($0)) })
            else { continue }
            t.attach(x, to: v, rel: "obj")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "the unions called a general strike, ⟦and police⟧ in Chittagong ⟦rounded up⟧ more than 200 people": a past tense
    /// after ", and" and a noun, read as a clause describing the object before the noun, the noun a conjunct of that
    /// object. A past tense never describes a noun alone: the noun after "and" is its subject and the clause a conjunct
    /// of the sentence's finite clause ("Critics accused the government …, and opposition lawmakers walked out" is
    /// `pastTenseAfterACoordinatedNoun`, whose verb hangs on the noun after "and" itself).
    static let pastTenseAfterANounConjunct = ParseRepair(
        name: "past tense after a noun conjunct",
        examples: ["That Monday, the transport unions called a general strike, and police in Chittagong rounded up more than 200 people."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBD" && t.base(verb) == "acl" {
            guard let first = t.head(verb), first < verb, ["NOUN", "PROPN"].contains(t.words[first].upos),
                  t.children(verb).allSatisfy({ c in !["nsubj", "mark", "aux", "cop"].contains(t.base(c)) && !["WDT", "WP", "WP$"].contains(t.words[c].xpos) }),
                  let noun = t.children(first).last(where: { $0 < verb && t.base($0) == "conj" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  t.subtreeEnd(noun) == verb - 1,
                  let and = t.children(noun).first(where: { $0 < noun && t.base($0) == "cc" }), ["and", "but"].contains(t.lower(and)),
                  let clause = t.ancestors(first).first(where: { t.words[$0].upos == "VERB" && t.isFinite($0) }), clause < first
            else { continue }
            t.attach(verb, to: clause, rel: "conj")
            t.attach(noun, to: verb, rel: "nsubj")
            for c in t.children(noun) where c < noun && (t.base(c) == "cc" || t.base(c) == "punct") { t.attach(c, to: verb) }
            changed = true
        }
        return changed
    }
}
