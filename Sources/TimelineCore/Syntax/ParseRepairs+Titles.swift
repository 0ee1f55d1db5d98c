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

extension ParseRepair {
    /// "The blast … happened ⟦at about 2:40 a.m.⟧ in a unit that makes synthetic rubber, the company ⟦said⟧": a clock
    /// time inside the clause read as the content of the report after it ("at" as its subordinator), the report hung
    /// on the clause's verb as a conjunct. A clock time is no clause: it is the time of the verb before it.
    static let clockTimeReadAsTheReportsContent = ParseRepair(
        name: "clock time read as the report's content",
        examples: ["The blast at Corliss Chemical's plant in Baytown happened at about 2:40 a.m. in a unit that makes synthetic rubber, the company said."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" && PredicateRules.reporting.contains(t.words[say].lemma.lowercased()) {
            guard let time = t.children(say).first(where: { c in c < say && t.base(c) == "ccomp" && t.words[c].upos == "NUM" }),
                  t.children(time).contains(where: { ["a.m.", "p.m.", "am", "pm"].contains(t.lower($0)) }) || t.words[time].form.contains(":"),
                  let verb = t.head(say), verb < time, t.words[verb].upos == "VERB"
            else { continue }
            t.attach(time, to: verb, rel: "obl")
            // (and a report after its clause with no conjunction is set beside it, as UD has it)
            if t.base(say) == "conj", !t.children(say).contains(where: { t.base($0) == "cc" }) { t.attach(say, to: verb, rel: "parataxis") }
            for m in t.children(say) where m < time && t.base(m) == "mark" && ["at", "by", "around", "about"].contains(t.lower(m)) {
                t.attach(m, to: time, rel: "case")
                t.retag(m, upos: "ADP", xpos: "IN")
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "… and grounded its fleet, ⟦and on Wednesday, Aug. 13, the National Bureau of Investigation arrested⟧ the
    /// captain": a clause of its own coordinated after a date that opens it, read as the date of the verb before with
    /// the clause's subject as an apposition of the date, and its verb left with no subject. A verb in a tense has a
    /// subject: the noun phrase right before it; the date and the conjunction before the date are the clause's.
    static let clauseAfterItsDateReadIntoIt = ParseRepair(
        name: "clause after its date read into it",
        examples: ["MARINA suspended the operator's permit the next day and grounded its fleet, and on Wednesday, Aug. 13, the National Bureau of Investigation arrested the captain."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)
            && t.base(verb) == "conj" && verb >= 4 {
            guard !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "cc", "mark"].contains(String(t.base($0))) }),
                  let subject = t.indices.first(where: { s in s < verb && ["NOUN", "PROPN"].contains(t.words[s].upos)
                      && ["appos", "conj", "nmod"].contains(String(t.base(s))) && t.subtreeEnd(s) == verb - 1 }),
                  let start = t.firstWord(subject), start >= 2, t.words[start - 1].form == ",",
                  let date = t.head(subject), date < start, ["obl", "obl:tmod"].contains(t.words[date].deprel),
                  Lexicon.weekdays[t.lower(date)] != nil || Lexicon.months[t.lower(date)] != nil
                    || t.children(date).contains(where: { Lexicon.weekdays[t.lower($0)] != nil || Lexicon.months[t.lower($0)] != nil }),
                  let cc = t.children(date).first(where: { t.base($0) == "cc" && $0 < date })
            else { continue }
            t.attach(subject, to: verb, rel: "nsubj")
            t.attach(date, to: verb, rel: "obl")
            t.attach(cc, to: verb, rel: "cc")
            if let comma = t.children(subject).first(where: { $0 == start - 1 }) { t.attach(comma, to: verb) }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "called off the search for the 18 people ⟦still missing⟧ from the ferry on Thursday": "missing" after a noun,
    /// with no object, read as a clause of the sentence's verb that takes the date after it. It describes the noun (an
    /// adjective in news: "the missing", "two still missing"); a day after it is the sentence verb's.
    static let missingReadAsAClause = ParseRepair(
        name: "'missing' read as a clause",
        examples: ["The coast guard called off the search for the 18 people still missing from the ferry MV Santa Lucia on Thursday, telling families that there was no longer any hope."]
    ) { t in
        var changed = false
        for m in t.indices where t.lower(m) == "missing" && t.words[m].upos == "VERB" && ["advcl", "acl", "conj"].contains(String(t.base(m))) {
            guard let verb = t.head(m), t.words[verb].upos == "VERB", verb < m,
                  !t.children(m).contains(where: { ["obj", "aux", "aux:pass", "nsubj", "mark"].contains(t.words[$0].deprel) }),
                  let noun = (verb + 1..<m).reversed().first(where: { ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos) }),
                  (noun + 1..<m).allSatisfy({ t.words[$0].upos == "ADV" })
            else { continue }
            t.retag(m, upos: "ADJ", xpos: "JJ")
            t.attach(m, to: noun, rel: "amod")
            for c in t.children(m) where c > m && t.base(c) == "obl"
                && (Lexicon.weekdays[t.lower(c)] != nil || Lexicon.months[t.lower(c)] != nil) { t.attach(c, to: verb) }
            changed = true
        }
        return changed
    }
}
