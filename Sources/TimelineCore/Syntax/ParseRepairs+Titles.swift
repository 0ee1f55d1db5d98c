extension ParseRepair {
    /// "Corliss chief executive Daniel Ruiz apologized …", "Boeing chief financial officer Brian West said …", "Harris
    /// County Judge Elena Marquez lifted …": a name with its title (and the body the title is of) opening a clause,
    /// read as several phrases: the body as a subject or a clause of its own, the title as an oblique, the name as a
    /// second subject. The words before the verb are one noun phrase: the name heads it (its first word, the rest
    /// `flat`), the title is a compound of the name, and the body a compound of the title.
    static let titledNameReadApart = ParseRepair(
        name: "titled name read apart",
        examples: ["Corliss chief executive Daniel Ruiz apologized at a news conference on Friday afternoon.",
                   "Boeing chief financial officer Brian West said the company would recover.",
                   "Harris County Judge Elena Marquez lifted the evacuation order on Thursday."]
    ) { t in
        var changed = false
        func capitalised(_ i: Int) -> Bool {
            t.words[i].form.unicodeScalars.first.map { $0.properties.isUppercase } == true && t.words[i].upos != "PUNCT"
        }
        func title(_ i: Int) -> Bool { Lexicon.personTitles.contains(t.lower(i)) || Lexicon.titleModifiers.contains(t.lower(i)) }
        for verb in t.indices where verb >= 2 && ["VERB", "AUX"].contains(t.words[verb].upos)
            && ["VBD", "VBZ", "VBP", "MD"].contains(t.words[verb].xpos) {
            // The name: up to three capitalised words right before the verb; then the title; then the body's name.
            var name = verb
            while name > 0, verb - name < 3, capitalised(name - 1), !title(name - 1), t.words[name - 1].upos == "PROPN" { name -= 1 }
            var titleStart = name
            while titleStart > 0, title(titleStart - 1), ["NOUN", "ADJ", "PROPN"].contains(t.words[titleStart - 1].upos) { titleStart -= 1 }
            var start = titleStart
            // (a body's name the tagger took for a verb too: "⟦Boeing⟧ chief financial officer")
            while start > 0, titleStart - start < 4, capitalised(start - 1), !title(start - 1),
                  ["PROPN", "ADJ", "NOUN", "VERB", "X"].contains(t.words[start - 1].upos) { start -= 1 }
            guard name < verb, titleStart < name,
                  (titleStart..<name).contains(where: { Lexicon.personTitles.contains(t.lower($0)) }),
                  // the phrase opens its clause: the sentence's start, after punctuation or a conjunction
                  start == 0 || ["PUNCT", "CCONJ", "SCONJ"].contains(t.words[start - 1].upos) || t.lower(start - 1) == "that"
            else { continue }
            // The verb the subject belongs to: an auxiliary's verb after it.
            var clause = verb
            if t.words[verb].upos == "AUX", let h = t.head(verb), h > verb { clause = h }
            let span = Set(start..<verb)
            // Already one phrase headed by a word of the name, the clause's subject: nothing to do.
            let tops = span.filter { w in t.head(w).map { !span.contains($0) } ?? true }
            let headed = tops.count == 1 && tops.allSatisfy { w in w >= name && t.head(w) == clause && ["nsubj", "nsubj:pass"].contains(t.words[w].deprel) }
            guard !headed, !t.ancestors(clause).contains(where: { span.contains($0) }),
                  !t.children(clause).contains(where: { ["nsubj", "nsubj:pass", "csubj"].contains(String(t.base($0))) && !span.contains($0) })
            else { continue }
            let passive = t.children(clause).contains { t.words[$0].deprel == "aux:pass" }
            // Whatever hung on a word of the phrase from outside it goes to the clause's verb.
            for w in span { for c in t.children(w) where !span.contains(c) { t.attach(c, to: clause) } }
            t.attach(name, to: clause, rel: passive ? "nsubj:pass" : "nsubj")
            for w in name + 1..<verb { t.attach(w, to: name, rel: "flat") }
            let lastTitle = name - 1
            t.attach(lastTitle, to: name, rel: "compound")
            for w in titleStart..<lastTitle { t.attach(w, to: lastTitle, rel: t.words[w].upos == "ADJ" ? "amod" : "compound") }
            if start < titleStart {
                let body = titleStart - 1
                t.attach(body, to: lastTitle, rel: t.words[body].upos == "ADJ" ? "amod" : "compound")
                for w in start..<body { t.attach(w, to: body, rel: "compound") }
                for w in start...body where t.words[w].upos == "VERB" || t.words[w].upos == "X" { t.retag(w, upos: "PROPN", xpos: "NNP") }
            }
            for w in name..<verb where t.words[w].upos != "PROPN" { t.retag(w, upos: "PROPN", xpos: "NNP") }
            changed = true
        }
        return changed
    }
}
