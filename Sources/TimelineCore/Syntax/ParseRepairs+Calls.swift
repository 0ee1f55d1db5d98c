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
