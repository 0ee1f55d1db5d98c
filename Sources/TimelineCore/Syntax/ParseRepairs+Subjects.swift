/// Repairs of the subjects and clauses the greedy parser misplaces in news sentences (6 Dec afternoon, from the
/// story corpora's rows): a name after "called", a participle describing the subject, "those" with a participle, a
/// subordinate clause read as a preposition phrase or as a conjunct, an opening phrase read as a second subject, a
/// report read as a clause of the speaker's title. `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "a group ⟦called⟧ Black Lantern claimed the attack": a noun named by a participle of naming ("called", "named",
    /// "dubbed") before the verb, with the name read as the verb's subject and the noun hung elsewhere. The name
    /// completes the participle; the noun it names is the subject.
    static let nameReadAsTheSubject = ParseRepair(
        name: "name read as the subject",
        examples: ["Here is what we know: the attack began over the weekend, and a group called Black Lantern claimed the attack on Wednesday.",
                   "A man named John Hill was arrested on Friday."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" {
            guard let name = t.children(verb).first(where: { ["nsubj", "nsubj:pass"].contains(t.base($0)) && $0 < verb && t.words[$0].upos == "PROPN" }),
                  let start = t.subtreeStart(name), start >= 2,
                  ["call", "name", "dub"].contains(t.words[start - 1].lemma.lowercased()), t.words[start - 1].xpos == "VBN",
                  let noun = t.head(start - 1), noun == start - 2 || t.subtreeEnd(noun).map({ $0 < start - 1 }) == true || t.head(start - 1) == start - 2,
                  ["NOUN"].contains(t.words[noun].upos), noun < start - 1, t.base(start - 1) == "acl",
                  !t.ancestors(verb).contains(noun), !["nsubj", "nsubj:pass"].contains(t.base(noun)) || t.head(noun) != verb
            else { continue }
            let rel = String(t.words[name].deprel)
            t.attach(name, to: start - 1, rel: "xcomp")
            t.attach(noun, to: verb, rel: rel)
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "Several people ⟦injured⟧ in the blast ⟦were taken⟧ to hospital": a participle describing the subject read as
    /// an adjunct clause with the subject as its own, the sentence's verb left with an auxiliary and no subject. A
    /// verb in a tense has a subject; the noun before the participle is it, and the participle describes the noun.
    static let participleReadAsAClauseBeforeTheVerb = ParseRepair(
        name: "participle read as a clause before the verb",
        examples: ["Several people injured in the blast were taken to hospital.",
                   "Two men arrested after the raid have been released."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" {
            let aux = t.children(verb).filter { ["aux", "aux:pass"].contains(t.base($0)) && $0 < verb }
            guard let firstAux = aux.min(),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "csubj", "expl"].contains(String(t.base($0))) }),
                  let participle = t.children(verb).first(where: { p in
                      p < firstAux && t.base(p) == "advcl" && t.words[p].upos == "VERB" && ["VBN", "VBD"].contains(t.words[p].xpos)
                          && (t.lower(p).hasSuffix("ed") || t.lower(p).hasSuffix("en") || t.words[p].xpos == "VBN")
                          && t.subtreeEnd(p) == firstAux - 1 }),
                  let noun = t.children(participle).first(where: { t.base($0) == "nsubj" && $0 < participle }),
                  ["NOUN", "PROPN", "PRON"].contains(t.words[noun].upos),
                  t.subtreeEnd(noun) == participle - 1,
                  !t.children(participle).contains(where: { ["aux", "aux:pass", "obj", "mark", "ccomp", "xcomp"].contains(String(t.base($0))) })
            else { continue }
            let passive = aux.contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(participle, to: noun, rel: "acl")
            t.retag(participle, upos: "VERB", xpos: "VBN")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "notifying ⟦those affected⟧ and offering credit monitoring": "those" with a participle after it, read as a
    /// clause of its own (subject and past tense) completing the verb before it. "Those affected", "those killed in the
    /// fire" are noun phrases: the pronoun is the verb's object, the participle describes it, and a verb coordinated
    /// with the participle in the same form as the verb before is that verb's conjunct.
    static let participleAfterThoseReadAsAClause = ParseRepair(
        name: "participle after 'those' read as a clause",
        examples: ["Lakeshore said it was notifying those affected and offering credit monitoring.",
                   "Officials named those killed in the fire on Sunday."]
    ) { t in
        var changed = false
        for those in t.indices where ["those", "anyone", "everyone", "all"].contains(t.lower(those)) && those + 1 < t.words.count {
            let participle = those + 1
            guard t.words[participle].upos == "VERB", ["VBN", "VBD"].contains(t.words[participle].xpos),
                  t.head(those) == participle, ["nsubj", "nsubj:pass"].contains(String(t.base(those))),
                  let governor = t.head(participle), governor < those, t.words[governor].upos == "VERB",
                  ["xcomp", "ccomp"].contains(String(t.base(participle))),
                  !t.children(participle).contains(where: { ["aux", "aux:pass", "obj", "mark"].contains(String(t.base($0))) })
            else { continue }
            t.attach(those, to: governor, rel: "obj")
            t.attach(participle, to: those, rel: "acl")
            t.retag(participle, upos: "VERB", xpos: "VBN")
            for c in t.children(participle) where c > participle && t.base(c) == "conj" && t.words[c].xpos == t.words[governor].xpos {
                t.attach(c, to: governor)
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "began diverting ambulances on Monday ⟦after a ransomware attack shut down its computer systems⟧, the network
    /// said": a subordinate clause read as a preposition phrase ("after" + noun with a participle), its object hung on
    /// the reporting verb as a second subject. A verb has one subject: the noun after the subordinator is the clause
    /// verb's subject and the phrase before the comma its object.
    static let clauseReadAsAPrepositionPhrase = ParseRepair(
        name: "clause read as a preposition phrase",
        examples: ["Lakeshore Health began diverting ambulances on Monday after a ransomware attack shut down its computer systems, the network said."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" {
            let subjects = t.children(verb).filter { t.base($0) == "nsubj" }
            guard subjects.count == 2, let object = subjects.first, object < subjects[1], object < verb,
                  let start = t.subtreeStart(object), start >= 2,
                  let clauseVerb = (0..<start).reversed().first(where: { t.words[$0].upos == "VERB" }),
                  (clauseVerb + 1..<start).allSatisfy({ t.head($0) == clauseVerb && t.words[$0].deprel == "compound:prt" }),
                  t.words[clauseVerb].deprel == "acl", ["VBN", "VBD"].contains(t.words[clauseVerb].xpos),
                  t.children(clauseVerb).allSatisfy({ $0 > clauseVerb }),
                  let noun = t.head(clauseVerb), noun == clauseVerb - 1 || t.subtreeEnd(noun) == clauseVerb - 1 || noun < clauseVerb,
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 < noun }),
                  ["after", "before", "since", "until", "as"].contains(t.lower(marker)),
                  let host = t.head(noun), t.words[host].upos == "VERB"
            else { continue }
            t.attach(clauseVerb, to: host, rel: "advcl")
            t.attach(noun, to: clauseVerb, rel: "nsubj")
            t.attach(marker, to: clauseVerb, rel: "mark")
            t.attach(object, to: clauseVerb, rel: "obj")
            t.retag(clauseVerb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "Her deputy quit on Monday ⟦as the row deepened⟧": a clause after a word that is a preposition too ("as",
    /// "after", "before", "since", "until"), read as a preposition phrase of the verb before (the clause's subject its
    /// noun) with the clause's verb, left with no subject, a complement of that verb (so "quit" had a clause for its
    /// object). The noun right before the verb is its subject, the word its subordinator, the clause an adverbial one.
    static let clauseReadAsAPhraseAndAComplement = ParseRepair(
        name: "clause read as a phrase and a complement",
        examples: ["Her deputy quit on Monday as the row deepened."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos) && t.base(verb) == "ccomp" {
            guard let host = t.head(verb), host < verb, t.words[host].upos == "VERB",
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "mark", "expl"].contains(String(t.base($0))) }),
                  let noun = t.children(host).first(where: { n in n < verb && t.base(n) == "obl" && t.subtreeEnd(n) == verb - 1
                      && ["NOUN", "PROPN", "PRON"].contains(t.words[n].upos) }),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 < noun }),
                  ["as", "after", "before", "since", "until"].contains(t.lower(marker)),
                  // (the phrase is the marker and its noun phrase alone: "as ⟦the row⟧")
                  t.subtreeStart(noun) == marker
            else { continue }
            t.subordinate(verb, to: host, subject: noun, marker: marker)
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "reached the family on Monday, the first news ⟦since the Ocean Star was seized⟧ in June": a clause after a noun
    /// set off by a comma, opened by "since", "after", "before" or "until", read as a preposition phrase of that noun
    /// with the noun the clause's subject (and the clause a conjunct of the sentence's verb). The noun in the phrase is the clause's subject, the word its subordinator, and the clause
    /// describes the noun before it (which takes the verb's place in the sentence).
    static let clauseAfterANounReadAsItsPhrase = ParseRepair(
        name: "clause after a noun read as its phrase",
        examples: ["The letter reached the family on Monday, the first news since the Ocean Star was seized in June."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBN", "VBD"].contains(t.words[verb].xpos) {
            let subjects = t.children(verb).filter { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && $0 < verb }
            guard subjects.count == 1, let noun = subjects.first, t.words[noun].upos == "NOUN",
                  let inner = t.children(noun).first(where: { c in c > noun && t.base(c) == "nmod" && ["NOUN", "PROPN"].contains(t.words[c].upos) }),
                  let marker = t.children(inner).first(where: { t.base($0) == "case" && $0 < inner }),
                  ParseRepair.temporalSubordinators.contains(t.lower(marker)), t.subtreeStart(inner) == marker,
                  let end = t.subtreeEnd(inner), end < verb,
                  // (only the verb's auxiliaries between the phrase and the verb: "since the Solvik Dawn ⟦was⟧ hijacked")
                  (end + 1..<verb).allSatisfy({ t.head($0) == verb && t.base($0) == "aux" }), end + 1 < verb,
                  t.subtreeEnd(noun) == end,
                  // (the noun set off by a comma after the sentence's verb, and no conjunction of its own: "prices since the
                  // crisis have risen" and ", and prices since the crisis have risen" are the nouns' own clauses)
                  t.words[verb].head != 0, t.base(verb) == "conj", !t.children(verb).contains(where: { t.base($0) == "cc" }),
                  let start = t.subtreeStart(noun), t.words[start].form == "," || start >= 1 && t.words[start - 1].form == ","
            else { continue }
            let passive = (end + 1..<verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: t.head(verb) ?? -1, rel: t.words[verb].head == 0 ? "root" : t.words[verb].deprel)
            t.attach(verb, to: noun, rel: "acl")
            t.attach(inner, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            t.retag(marker, upos: "SCONJ", xpos: "IN")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "⟦Since the beginning of the war⟧, at least 143 children have been killed": a preposition phrase opening the
    /// sentence, read as a subordinate clause's marker and a second subject. A verb has one subject: the phrase set off
    /// by the comma is an oblique of the verb, its preposition its case.
    static let openingPhraseReadAsASecondSubject = ParseRepair(
        name: "opening phrase read as a second subject",
        examples: ["Since the beginning of the Russian war in Ukraine, at least 143 children have been killed, the commissioner said."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" {
            let subjects = t.children(verb).filter { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && $0 < verb }
            guard subjects.count == 2, let first = subjects.first, first < subjects[1],
                  let marker = t.children(verb).first(where: { t.base($0) == "mark" && $0 < first }),
                  ["since", "after", "before", "until", "following", "during"].contains(t.lower(marker)),
                  t.firstWord(marker) == marker, (marker + 1..<first).allSatisfy({ t.head($0) == first }),
                  let end = t.subtreeEnd(first), end + 1 < subjects[1], t.words[end + 1].form == ","
            else { continue }
            t.attach(first, to: verb, rel: "obl")
            t.attach(marker, to: first, rel: "case")
            t.retag(marker, upos: "ADP", xpos: "IN")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "“Today they will probably not continue there,” Kremlin ⟦spokesperson⟧ Dmitry Peskov ⟦said⟧ on Monday": the
    /// speaker's title read as an oblique of the quotation's verb, and the reporting verb as a relative clause of the
    /// title. The title is the name's; the reporting verb heads the sentence and reports the quotation.
    static let reportReadAsAClauseOfTheTitle = ParseRepair(
        name: "report read as a clause of the title",
        examples: ["“Today they will probably not continue there,” Kremlin spokesperson Dmitry Peskov said on Monday."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" && PredicateRules.reporting.contains(t.words[say].lemma.lowercased()) {
            guard ["acl", "acl:relcl"].contains(t.words[say].deprel),
                  let name = t.children(say).first(where: { t.base($0) == "nsubj" && $0 < say && t.words[$0].upos == "PROPN" }),
                  let title = t.head(say), title == name - 1, t.words[title].upos == "NOUN",
                  let quoted = t.head(title), quoted < title, t.words[quoted].upos == "VERB",
                  t.subtreeStart(quoted).map({ ["\"", "“", "``"].contains(t.words[$0].form) }) == true
            else { continue }
            t.attach(say, to: t.head(quoted) ?? -1, rel: t.words[quoted].deprel)
            t.attach(quoted, to: say, rel: "ccomp")
            t.attach(title, to: name, rel: "compound")
            for c in t.children(title) where c > title { t.attach(c, to: say) }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The news came hours ⟦after a third worker⟧, Luis Herrera, ⟦died⟧ at a Houston burn center": a subordinate
    /// clause read as a preposition phrase, its verb hung on the main verb as a conjunct with no subject. A past
    /// tense right after a noun phrase opened by a subordinator is that clause's verb, the noun its subject.
    static let subordinateVerbReadAsAConjunct = ParseRepair(
        name: "subordinate verb read as a conjunct",
        examples: ["The news came hours after a third worker, 44-year-old pipefitter Luis Herrera of La Porte, died at a Houston burn center."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBD" && t.words[verb].deprel == "conj" {
            guard !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "cc", "mark"].contains(String(t.base($0))) }),
                  let main = t.head(verb), main < verb,
                  let noun = (0..<verb).reversed().first(where: { n in
                      ["NOUN", "PROPN"].contains(t.words[n].upos) && t.children(n).contains { c in
                          t.base(c) == "case" && c < n && ["after", "before", "since", "until"].contains(t.lower(c)) } }),
                  noun > main, let end = t.subtreeEnd(noun),
                  (end + 1..<verb).allSatisfy({ t.words[$0].upos == "PUNCT" }),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 < noun })
            else { continue }
            t.subordinate(verb, to: main, subject: noun, marker: marker)
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "An explosion tore through a chemical plant early on Tuesday, ⟦killing⟧ two workers": a participle adjunct of
    /// a verb labelled as a clause modifying a noun. In UD a clause hung on a verb by no relation but its own is an
    /// adverbial clause: "acl" is for nominals.
    static let adjunctOfAVerbReadAsAdnominal = ParseRepair(
        name: "adjunct of a verb read as adnominal",
        examples: ["An explosion tore through a chemical plant east of Houston early on Tuesday, killing two workers and forcing thousands of residents to leave their homes."]
    ) { t in
        var changed = false
        for clause in t.indices where t.words[clause].deprel == "acl" && t.words[clause].upos == "VERB" && t.words[clause].xpos == "VBG" {
            guard let head = t.head(clause), head < clause, t.words[head].upos == "VERB",
                  clause > 0, t.words[clause - 1].form == ","
            else { continue }
            t.attach(clause, to: head, rel: "advcl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "Hundreds of families ⟦were back⟧ in their homes on Thursday night ⟦after⟧ the judge ⟦lifted⟧ the order": a main
    /// clause read into the subordinate clause after it, the subordinate verb made the sentence's head with two subjects
    /// (the main clause's and its own) and the main clause's predicate hung on it. A verb has one subject: the words
    /// before the subordinator are the main clause, headed by its predicate (after its copula) or its own verb, and
    /// the subordinate clause modifies it.
    static let mainClauseReadIntoItsSubordinate = ParseRepair(
        name: "main clause read into its subordinate clause",
        examples: ["Hundreds of Baytown families were back in their homes on Thursday night after Harris County Judge Elena Marquez lifted the evacuation order at 3 p.m."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb) {
            let subjects = t.children(verb).filter { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) && $0 < verb }
            guard subjects.count == 2, let first = subjects.first, let own = subjects.last,
                  let marker = t.children(verb).first(where: { m in m > first && m < own && t.base(m) == "mark"
                      && (clauseOpeners.contains(t.lower(m)) || t.lower(m) == "because") }),
                  t.subtreeEnd(first).map({ $0 < marker }) == true
            else { continue }
            let between = t.children(verb).filter { $0 > first && $0 < marker }
            // The main clause's head: a verb of its own, else the predicate after its copula.
            let head: Int
            if let v = between.first(where: { t.words[$0].upos == "VERB" && t.isFinite($0) }) {
                head = v
            } else if let cop = between.first(where: { t.base($0) == "cop" }),
                      let p = between.first(where: { $0 > cop && ["ADV", "ADJ", "NOUN", "PROPN"].contains(t.words[$0].upos)
                          && ["advmod", "obl", "xcomp", "amod", "obj"].contains(String(t.base($0))) }) {
                head = p
            } else { continue }
            let upper = (head: t.words[verb].head, rel: t.words[verb].deprel)
            for c in between where c != head { t.attach(c, to: head) }
            t.attach(head, to: upper.head - 1, rel: upper.rel)
            t.attach(first, to: head, rel: t.words[first].deprel)
            for c in t.children(verb) where c > verb && t.words[c].upos == "PUNCT" && c == t.words.count - 1 { t.attach(c, to: head) }
            t.attach(verb, to: head, rel: "advcl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "lifted the order at 3 p.m., two days ⟦after the explosion⟧ that killed two workers": a preposition phrase set
    /// off by a comma, read as a clause beside the verb (parataxis). A noun opened by a preposition, with no copula or
    /// subject of its own, is no clause: it is an oblique of the verb.
    static let prepositionPhraseReadAsAClause = ParseRepair(
        name: "preposition phrase read as a clause",
        examples: ["Harris County Judge Elena Marquez lifted the evacuation order at 3 p.m., two days after the explosion that killed two workers."]
    ) { t in
        var changed = false
        for noun in t.indices where ["NOUN", "PROPN"].contains(t.words[noun].upos) && t.words[noun].deprel == "parataxis" {
            guard let verb = t.head(noun), verb < noun, t.words[verb].upos == "VERB",
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 < noun }),
                  ["after", "before", "since", "following", "until"].contains(t.lower(marker)),
                  !t.children(noun).contains(where: { ["cop", "nsubj", "nsubj:pass", "aux", "mark"].contains(String(t.base($0))) })
            else { continue }
            t.attach(noun, to: verb, rel: "obl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "served strike notice on Monday, hours ⟦after negotiations with the employers broke down⟧": a subordinate
    /// clause read as a preposition phrase ("after" + the noun) and its verb as a conjunct of the main verb, with what
    /// stood between them (the noun's own phrase, "with the employers") hung on that verb. A finite verb with no
    /// conjunction of its own, after a noun that "after", "before", "since" or "until" governs on the main verb, is that
    /// noun's verb: the noun its subject, the subordinator its mark, the phrase between them the noun's.
    static let subordinateClauseReadAsAPhraseAndAConjunct = ParseRepair(
        name: "subordinate clause read as a phrase and a conjunct",
        examples: ["Police arrested two men on Friday, hours after talks with the gang's leaders broke down.",
                   "Local 12 of the Pacific Ferry Workers' Union served 48-hour strike notice on Tuesday, hours after negotiations with the Coastal Ferry Operators' Association broke down over wages and the automation of two ticket offices."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)
            && ["conj", "parataxis"].contains(String(t.base(verb))) {
            guard let host = t.head(verb), host < verb, t.words[host].upos == "VERB",
                  t.children(verb).allSatisfy({ t.base($0) != "cc" && t.base($0) != "mark" }),
                  // (the noun: an oblique of the main verb or of the verb, opened by a subordinator, the last before the verb)
                  let noun = (t.children(host) + t.children(verb)).filter({ n in n < verb && t.base(n) == "obl" && ["NOUN", "PROPN"].contains(t.words[n].upos) }).max(),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 < noun }),
                  ["after", "before", "since", "until"].contains(t.lower(marker)),
                  let end = t.subtreeEnd(noun), end < verb,
                  // (nothing between the noun's phrase and the verb but the verb's own left words, each a phrase its
                  // preposition opens: "with the employers")
                  (end + 1..<verb).allSatisfy({ k in t.ancestors(k).contains(verb) }),
                  t.children(verb).filter({ $0 > end && $0 < verb }).allSatisfy({ c in
                      t.firstWord(c).map { t.words[$0].upos == "ADP" && t.head($0) == c } ?? false })
            else { continue }
            for c in t.children(verb) where c > end && c < verb { t.attach(c, to: noun, rel: "nmod") }
            t.subordinate(verb, to: host, subject: noun, marker: marker)
            changed = true
        }
        return changed
    }
}
