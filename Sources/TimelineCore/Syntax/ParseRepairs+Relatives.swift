/// Repairs of relative clauses and appositions the greedy parser reads apart (6 Dec, session 23, from the rows of a
/// held-out story).
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "The magnitude 6.6 quake ⟦hit⟧ yesterday at 10:48 a.m., and the president declared …": a past tense read as the
    /// last noun of its subject's phrase, with a bare day right after it. A noun phrase does not end in a past form
    /// followed by "yesterday" or a day's name: the form is the verb, the noun before it the subject's head, what the
    /// phrase held after it the verb's; a verb the phrase was the subject of is a second clause coordinated with it.
    static let pastTenseReadIntoItsSubjectBeforeADay = ParseRepair(
        name: "past tense read into its subject before a day",
        examples: ["The magnitude 6.6 quake hit yesterday at 10:48 a.m., and the president declared a state of emergency last night.",
                   "The magnitude 6.6 quake hit yesterday at 10:48 a.m.",
                   "Here's what we know: the magnitude 6.6 quake hit yesterday at 10:48 a.m., and the president declared a state of emergency last night."]
    ) { t in
        for verb in t.indices where t.words[verb].upos == "NOUN" && verb >= 1 && verb + 1 < t.words.count
            && (samePastAndParticiple.contains(t.lower(verb)) || pastOnly.contains(t.lower(verb)))
            && ["NOUN", "PROPN"].contains(t.words[verb - 1].upos) && bareDays.contains(t.lower(verb + 1)) {
            // the phrase: the words from its first to the form, and the one of them that hangs outside it
            var first = verb - 1
            while first >= 1, ["DET", "ADJ", "NUM", "NOUN", "PROPN"].contains(t.words[first - 1].upos) { first -= 1 }
            let phrase = Array(first...verb)
            // (no verb before it in its clause: after a colon a clause begins, "Here's what we know: the quake hit …")
            let colon = (0..<first).last(where: { [":", ";"].contains(t.words[$0].form) })
            guard let top = phrase.first(where: { w in t.head(w).map { !phrase.contains($0) } ?? true }),
                  !((colon.map { $0 + 1 } ?? 0)..<first).contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) }) else { continue }
            var outer = t.head(top)
            let rel = t.words[top].deprel
            if let o = outer, t.words[o].upos == "PUNCT" { outer = t.head(o) }
            let subject = verb - 1
            // (what the phrase's words held after the form is the verb's: "yesterday", "at 10:48 a.m.")
            let after = phrase.flatMap { t.children($0) }.filter { $0 > verb }
            t.retag(verb, upos: "VERB", xpos: "VBD")
            t.setLemma(verb, VerbLemmas.shared.mend(t.lower(verb), form: t.lower(verb)))
            if let outer, outer > verb, t.words[outer].upos == "VERB", ["nsubj", "nsubj:pass"].contains(rel) {
                // the phrase was the subject of a later verb: that verb is a second clause
                t.attach(verb, to: t.head(outer) ?? -1, rel: t.head(outer) == nil ? "root" : t.words[outer].deprel)
                t.attach(outer, to: verb, rel: "conj")
                for c in t.children(outer) where c < outer && c > verb && ["cc", "punct"].contains(String(t.base(c))) { t.attach(c, to: outer) }
            } else if outer == nil {
                t.attach(verb, to: -1, rel: "root")
            } else if let colon, let o = outer, o < colon {
                // (the clause after a colon, which the parse hung on the clause before it)
                t.attach(verb, to: o, rel: "parataxis")
            } else { continue }
            for w in phrase where w != verb && w != subject {
                let r = t.words[w].upos == "DET" ? "det" : t.words[w].upos == "NUM" ? "nummod" : t.words[w].upos == "ADJ" ? "amod" : "compound"
                t.attach(w, to: subject, rel: r)
            }
            t.attach(subject, to: verb, rel: "nsubj")
            for c in after { t.attach(c, to: verb, rel: t.base(c) == "nmod" ? "obl" : t.base(c) == "nmod:unmarked" ? "obl:unmarked" : nil) }
            return true
        }
        return false
    }

    /// "reached Chacabamba, ⟦the village cut off by landslides⟧ since the quake, on Friday": an apposition of the
    /// object whose noun is described by a past participle, read as a clause of its own coordinated with the verb, the
    /// noun its subject. A definite noun phrase right after the comma closing the object, and a participle with a "by"
    /// agent, no object and no auxiliary of its own, is the object's apposition and the participle describes it; a date
    /// set off by a comma after it is the verb's ("on Friday" had dated the cutting off, and left the arrival undated).
    /// (A clause with "and" before its subject stays a clause: "reached the village, and the road was cut by slides".)
    static let appositionWithItsParticipleReadAsAClause = ParseRepair(
        name: "apposition with its participle read as a clause",
        examples: ["An air force helicopter finally reached Chacabamba, the village cut off by landslides since the quake, on Friday, bringing in food.",
                   "Engineers reopened the road to Chacabamba, cut by three landslides, on Sunday."]
    ) { t in
        var changed = false
        for participle in t.indices where t.words[participle].upos == "VERB" && ["VBD", "VBN"].contains(t.words[participle].xpos)
            && ["conj", "parataxis"].contains(t.base(participle)) {
            guard let verb = t.head(participle), verb < participle, t.isFinite(verb),
                  let object = t.children(verb).first(where: { ["obj", "obl"].contains(t.base($0)) && $0 < participle }),
                  let objectEnd = t.subtreeEnd(object), objectEnd + 1 < participle, t.words[objectEnd + 1].form == ",",
                  let noun = t.children(participle).first(where: { t.base($0) == "nsubj" && $0 < participle }),
                  t.subtreeStart(noun) == objectEnd + 2, t.subtreeEnd(noun) == participle - 1,
                  t.children(noun).contains(where: { t.base($0) == "det" && ["the", "a", "an"].contains(t.lower($0)) }),
                  !(objectEnd + 1..<participle).contains(where: { t.words[$0].upos == "CCONJ" }),
                  t.children(participle).contains(where: { t.words[$0].deprel == "obl:agent" }),
                  !t.children(participle).contains(where: { ["obj", "aux", "aux:pass", "cop", "cc"].contains(String(t.base($0))) })
            else { continue }
            t.attach(noun, to: object, rel: "appos")
            t.attach(objectEnd + 1, to: noun, rel: "punct")
            t.retag(participle, upos: "VERB", xpos: "VBN")
            t.attach(participle, to: noun, rel: "acl")
            // (a date set off by a comma after the apposition: the verb's)
            // (and what is set off after that date: "…, on Friday, ⟦bringing⟧ in food")
            let end = t.subtreeEnd(participle) ?? participle
            for date in participle + 1...max(participle + 1, end) where date <= end && dateHeads.contains(t.lower(date))
                && t.ancestors(date).contains(participle) {
                guard let first = t.firstWord(date), first >= 1, t.words[first - 1].form == ",",
                      t.children(date).contains(where: { t.base($0) == "case" && $0 == first }) || first == date else { continue }
                t.attach(date, to: verb, rel: "obl")
                for c in t.children(participle) where c > date { t.attach(c, to: verb) }
                break
            }
            changed = true
        }
        // (a participle set off by commas after the object, read as the verb's adverbial clause, with the date set off
        // after it: "Engineers reopened the road to Chacabamba, ⟦cut by three landslides⟧, on Sunday" reopened it on
        // Sunday; the participle describes the object)
        for participle in t.indices where t.words[participle].upos == "VERB" && t.words[participle].xpos == "VBN" && t.base(participle) == "advcl" {
            guard let verb = t.head(participle), verb < participle, t.isFinite(verb), participle >= 1, t.words[participle - 1].form == ",",
                  let object = t.children(verb).first(where: { t.base($0) == "obj" && $0 < participle }), t.subtreeEnd(object) == participle - 2,
                  t.children(participle).contains(where: { t.words[$0].deprel == "obl:agent" }),
                  !t.children(participle).contains(where: { ["obj", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc"].contains(String(t.base($0))) }),
                  let date = t.children(participle).last(where: { $0 > participle && dateHeads.contains(t.lower($0)) && t.base($0) == "obl" }),
                  let first = t.firstWord(date), first >= 1, t.words[first - 1].form == ",",
                  t.children(participle).allSatisfy({ $0 < date || $0 == date || t.words[$0].upos == "PUNCT" })
            else { continue }
            t.attach(participle, to: object, rel: "acl")
            t.attach(date, to: verb, rel: "obl")
            changed = true
        }
        return changed
    }

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

extension ParseRepair {
    /// "The family of Harold Briggs, ⟦the outbreak's first victim⟧, sued the owner on Wednesday": a subject with an
    /// apposition set off by commas, read as a verbless clause (the apposition its root, the subject that root's subject)
    /// with the sentence's verb hung on it after the second comma. A noun phrase set off after a subject is its
    /// apposition; a verb in a tense after it, with no subject, conjunction or copula of its own, is the sentence's verb.
    static let appositionReadAsTheRoot = ParseRepair(
        name: "apposition read as the root",
        examples: ["The family of Harold Briggs, the outbreak's first victim, sued the owner on Wednesday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN"].contains(t.words[root].upos),
              !t.children(root).contains(where: { ["cop", "aux", "aux:pass"].contains(String(t.base($0))) }),
              let subject = t.children(root).first(where: { $0 < root && t.base($0) == "nsubj" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
              let last = t.subtreeWords(subject).filter({ t.words[$0].upos != "PUNCT" }).max(), last + 1 < root,
              t.words[last + 1].form == ",",
              let verb = t.children(root).first(where: { v in v > root + 1 && t.words[v].upos == "VERB"
                  && ["VBD", "VBZ", "VBP"].contains(t.words[v].xpos) && ["parataxis", "conj"].contains(String(t.base(v)))
                  && t.words[v - 1].form == ","
                  && !t.children(v).contains { ["nsubj", "nsubj:pass", "cc", "mark"].contains(String(t.base($0))) } }),
              // (the apposition ends at the comma before the verb)
              (root + 1..<verb - 1).allSatisfy({ t.ancestors($0).contains(root) && !t.ancestors($0).contains(verb) })
        else { return false }
        t.attach(verb, to: -1, rel: "root")
        t.attach(subject, to: verb, rel: "nsubj")
        t.attach(root, to: subject, rel: "appos")
        for c in t.children(root) where c > verb { t.attach(c, to: verb) }
        return true
    }
}

extension ParseRepair {
    /// Verbs taking an infinitive whose third person is also a plural noun: "⟦plans⟧ to reopen", "⟦hopes⟧ to hire".
    static let infinitiveVerbsSpelledAsNouns: Set<String> = ["plans", "hopes", "aims", "wants", "needs", "vows", "pledges",
                                                              "promises", "offers"]

    /// "Keystone Realty Partners, the building's owner, ⟦plans⟧ to reopen the building on Monday": the sentence's verb,
    /// spelled as a plural noun, read as a conjunct of the apposition before it (or of a date), its infinitive hung on
    /// the apposition. After a subject and its apposition set off by commas, such a word followed by "to" and a bare
    /// verb is the verb: its subject is the noun the apposition describes, the infinitive its complement, and it takes
    /// that noun's place in the sentence (the root, or a clause coordinated with the verb before it).
    static let verbAfterAnAppositionReadAsANoun = ParseRepair(
        name: "verb after an apposition read as a noun",
        examples: ["Keystone Realty Partners, the building's owner, plans to reopen the building on Monday.",
                   "The tower was drained on Wednesday, and Keystone, the owner, plans to reopen the building on Monday."]
    ) { t in
        var changed = false
        for w in t.indices where w >= 4 && w + 2 < t.words.count && t.words[w].upos == "NOUN"
            && infinitiveVerbsSpelledAsNouns.contains(t.lower(w)) && t.words[w - 1].form == "," {
            let to = w + 1, verb = w + 2
            guard t.lower(to) == "to", t.words[verb].upos == "VERB", t.words[verb].xpos == "VB",
                  // the apposition ends right before the comma, and describes the subject
                  // (its own words: not the word and the infinitive the parse hung on it)
                  let apposition = t.indices.first(where: { a in
                      let misread = Set(t.subtreeWords(w) + t.subtreeWords(verb))
                      return a < w && t.base(a) == "appos"
                          && t.subtreeWords(a).filter({ t.words[$0].upos != "PUNCT" && !misread.contains($0) }).max() == w - 2 }),
                  let subject = t.head(apposition), subject < apposition, ["NOUN", "PROPN"].contains(t.words[subject].upos),
                  t.children(w).allSatisfy({ ["punct", "cc"].contains(String(t.base($0))) })
            else { continue }
            let stem = String(t.lower(w).dropLast())
            t.retag(w, upos: "VERB", xpos: "VBZ")
            t.setLemma(w, stem)
            if t.head(subject) == nil {
                t.attach(w, to: -1, rel: "root")
                for c in t.children(subject) where c > w { t.attach(c, to: w) }
            } else if t.base(subject) == "conj", let v = t.ancestors(subject).first(where: { t.words[$0].upos == "VERB" }) {
                // (a clause coordinated with the verb before it: "…, and Keystone, the owner, plans to …")
                t.attach(w, to: v, rel: "conj")
                for c in t.children(subject) where t.base(c) == "cc" { t.attach(c, to: w) }
            } else {
                continue
            }
            t.attach(subject, to: w, rel: "nsubj")
            t.attach(verb, to: w, rel: "xcomp")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "denied a claim (by a former employee) ⟦that⟧ engineers had warned managers about a faulty valve": a "that"
    /// read as the relative pronoun of a clause whose verb has its subject and its object already. A relative pronoun
    /// fills a place the clause leaves empty; with none empty, "that" opens the content of the noun of saying before it
    /// (a claim, a report, an allegation), the noun it hangs on or the one whose "by" or "from" phrase that noun is.
    static let contentClauseReadAsARelative = ParseRepair(
        name: "content clause read as a relative",
        examples: ["The company denied a claim that engineers had warned managers about a faulty valve.",
                   "On Thursday the company denied a claim by a former employee that engineers had warned managers about a faulty valve."]
    ) { t in
        var changed = false
        for that in t.indices where t.lower(that) == "that" && t.words[that].upos == "PRON" {
            guard let verb = t.head(that), verb > that, t.words[verb].upos == "VERB", t.base(verb) == "acl",
                  t.words[verb].deprel == "acl:relcl", let noun = t.head(verb), noun < that else { continue }
            let rel = t.base(that)
            let filled: Set<Substring> = rel == "obj" ? ["obj"] : ["nsubj"]
            guard rel == "obj" || rel == "nsubj",
                  t.children(verb).contains(where: { $0 != that && filled.contains(t.base($0)) }),
                  t.children(verb).contains(where: { $0 != that && t.base($0) == "nsubj" }) else { continue }
            // (the noun of saying: the noun itself, or the one whose "by" phrase it is)
            var said: Int? = contentNouns.contains(t.words[noun].lemma.lowercased()) ? noun : nil
            if said == nil, t.base(noun) == "nmod", let h = t.head(noun), contentNouns.contains(t.words[h].lemma.lowercased()),
               t.children(noun).contains(where: { ["by", "from"].contains(t.lower($0)) }) { said = h }
            guard let said else { continue }
            t.retag(that, upos: "SCONJ", xpos: "IN")
            t.attach(that, to: verb, rel: "mark")
            t.attach(verb, to: said, rel: "acl")
            changed = true
        }
        return changed
    }

    /// "rejected ⟦claims that⟧ it ignored a warning": a "that" clause right after a noun of saying that is the verb's
    /// object, read as an adverbial clause of the verb. A verb takes no adverbial clause opened by "that" alone; the
    /// clause tells the claim's content ("so that", "now that" and "such that" keep their reading).
    static let contentClauseReadAsAnAdverbial = ParseRepair(
        name: "content clause read as an adverbial",
        examples: ["The company rejected claims that it ignored a security warning.",
                   "Northvale Markets today rejected claims that it disregarded a security warning before the incident."]
    ) { t in
        var changed = false
        for that in t.indices where t.lower(that) == "that" && that >= 1 && t.base(that) == "mark" {
            guard let verb = t.head(that), verb > that, t.base(verb) == "advcl",
                  t.children(verb).filter({ t.base($0) == "mark" }) == [that], let governor = t.head(verb), governor < that,
                  t.base(that - 1) == "obj", t.head(that - 1) == governor,
                  contentNouns.contains(t.words[that - 1].lemma.lowercased()) else { continue }
            t.attach(verb, to: that - 1, rel: "acl")
            changed = true
        }
        return changed
    }

    /// "denied reports ⟦circulating online⟧ that the levee had been breached": the content clause of a noun of saying
    /// with a participle between them, read as the participle's complement. A "that" clause right after a participle
    /// describing such a noun (and the participle's own adverbs or phrases) tells the noun's content whatever the
    /// participle ("rumours spreading on social media that …", "reports circulating online that …"), so what a denied
    /// report says is no happening (the participle keeps its noun).
    static let contentClauseReadAsAParticiplesComplement = ParseRepair(
        name: "content clause read as a participle's complement",
        examples: ["The mayor denied reports circulating online that the dam had been breached.",
                   "Police dismissed rumours spreading on social media that a second gunman had escaped."]
    ) { t in
        var changed = false
        for that in t.indices where t.lower(that) == "that" && that >= 2 && t.base(that) == "mark" {
            guard let verb = t.head(that), verb > that, t.base(verb) == "ccomp",
                  t.children(verb).filter({ t.base($0) == "mark" }) == [that],
                  let participle = t.head(verb), participle < that, t.base(participle) == "acl",
                  ["VBG", "VBN"].contains(t.words[participle].xpos),
                  let noun = t.head(participle), noun == participle - 1,
                  contentNouns.contains(t.words[noun].lemma.lowercased()),
                  // (only the participle's own words between it and "that": "circulating ⟦online⟧", "spreading ⟦on social media⟧")
                  (participle + 1..<that).allSatisfy({ w in t.ancestors(w).contains(participle) && !t.ancestors(w).contains(verb) && w != verb })
            else { continue }
            t.attach(verb, to: noun, rel: "acl")
            changed = true
        }
        return changed
    }

    /// "Online ⟦rumours⟧ that the levee had failed were false": a plural noun of saying opening the sentence, read as
    /// its verb (or left the root as a noun) with the "that" clause as its complement and the sentence's own predicate
    /// ("were false") hung on that clause. A present tense with no subject is no sentence's verb: the word is the noun, the clause its content,
    /// and the predicate with its copula the sentence's root (what else hung on the clause after the predicate goes
    /// with it: "…, parish officials insisted").
    static let claimNounReadAsTheRoot = ParseRepair(
        name: "noun of saying read as the root",
        examples: ["Online rumours that the levee had failed were false, parish officials insisted.",
                   "Reports that the mayor had resigned were untrue, his office said."]
    ) { t in
        var changed = false
        for r in t.indices where t.base(r) == "root" && ["VBZ", "VBP", "NNS"].contains(t.words[r].xpos) && t.lower(r).hasSuffix("s") {
            guard contentNouns.contains(t.words[r].lemma.lowercased()),
                  !t.children(r).contains(where: { ["nsubj", "nsubj:pass", "expl"].contains(String(t.base($0))) }),
                  let clause = t.children(r).first(where: { $0 > r && t.base($0) == "ccomp" }),
                  t.children(clause).contains(where: { t.base($0) == "mark" && t.lower($0) == "that" && $0 == r + 1 }),
                  let predicate = t.children(clause).first(where: { p in p > clause && ["xcomp", "obl", "conj"].contains(String(t.base(p)))
                      && t.children(p).contains(where: { t.base($0) == "cop" && $0 > clause }) })
            else { continue }
            t.retag(r, upos: "NOUN", xpos: "NNS")
            t.attach(predicate, to: -1, rel: "root")
            t.attach(r, to: predicate, rel: "nsubj")
            t.attach(clause, to: r, rel: "acl")
            for c in t.children(clause) where c > predicate { t.attach(c, to: predicate) }
            for c in t.children(r) where t.base(c) == "punct" && c == t.words.count - 1 { t.attach(c, to: predicate) }
            changed = true
        }
        return changed
    }

    /// Nouns of what is said or known, whose content a "that" clause tells ("a claim that …", "reports that …").
    static let contentNouns: Set<String> = ["claim", "report", "allegation", "accusation", "suggestion", "assertion", "rumor",
                                            "rumour", "charge", "warning", "news", "fear", "belief", "statement"]
}

extension ParseRepair {
    /// "…, destroying the weather satellite ⟦it was carrying⟧": a relative clause without "that" after its noun, read as
    /// a conjunct of an earlier verb (and taking clauses of that verb as its own). A verb with a pronoun subject right
    /// after a noun, joined to nothing by a conjunction or a comma and with no object of its own, is that noun's relative
    /// clause; what the parse hung on it before the noun goes back to the verb it was coordinated with.
    static let contactRelativeReadAsAConjunct = ParseRepair(
        name: "relative clause without 'that' read as a conjunct",
        examples: ["A rocket exploded about 40 seconds after lifting off on Tuesday, destroying the satellite it was carrying."]
    ) { t in
        let pronouns: Set<String> = ["it", "he", "she", "they", "we", "i", "you"]
        var changed = false
        for v in t.indices where t.base(v) == "conj" && t.words[v].upos == "VERB" {
            guard let h = t.head(v), h < v,
                  let s = t.children(v).first(where: { t.base($0) == "nsubj" && pronouns.contains(t.lower($0)) }), s >= 1,
                  (s + 1..<v).allSatisfy({ t.head($0) == v && ["aux", "aux:pass", "advmod"].contains(String(t.base($0))) }),
                  ["NOUN", "PROPN"].contains(t.words[s - 1].upos), !dateUnits.contains(t.lower(s - 1)),
                  !t.ancestors(s - 1).contains(v) || t.children(v).contains(where: { c in c < s - 1 && t.subtreeWords(c).contains(s - 1) }),
                  !t.children(v).contains(where: { c in ["obj", "ccomp", "xcomp", "cc"].contains(String(t.base(c)))
                      || t.base(c) == "punct" && c < v })
            else { continue }
            let noun = s - 1
            for c in t.children(v) where c < noun { t.attach(c, to: h) }
            t.attach(v, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "rejected a newspaper report that ⟦managers⟧ at HMP Kirkhill ⟦ignored⟧ warnings": the subject of the content
    /// clause after a noun of saying read as the head of a relative clause, with "that" its subject and the clause's
    /// verb its complement. A noun is no relative clause: the verb is the clause that tells the report's content, the
    /// noun its subject, and "that" opens it.
    static let subjectOfAContentClauseReadAsARelative = ParseRepair(
        name: "subject of a content clause read as a relative",
        examples: ["The prison service rejected a newspaper report that managers at the jail ignored warnings from staff."]
    ) { t in
        var changed = false
        for noun in t.indices where ["NOUN", "PROPN"].contains(t.words[noun].upos) && t.words[noun].deprel == "acl:relcl" {
            guard let said = t.head(noun), said < noun, contentNouns.contains(t.words[said].lemma.lowercased()),
                  let that = t.children(noun).first(where: { $0 < noun && t.lower($0) == "that" && t.base($0) == "nsubj" }),
                  let verb = t.children(noun).first(where: { v in v > noun && t.words[v].upos == "VERB"
                      && ["VBD", "VBZ", "VBP"].contains(t.words[v].xpos) && ["ccomp", "conj", "parataxis", "dep"].contains(String(t.base(v))) }),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) })
            else { continue }
            t.attach(verb, to: said, rel: "acl")
            t.attach(noun, to: verb, rel: "nsubj")
            t.retag(that, upos: "SCONJ", xpos: "IN")
            t.attach(that, to: verb, rel: "mark")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "rejected a report ⟦in the Glasgow Clarion⟧ that warnings about broken cameras had been ignored": the content
    /// clause of a noun of saying with a phrase between them, read as a relative clause of the phrase's noun (or the
    /// noun as the clause's subject). A "that" whose clause has a subject of its own and leaves no place empty opens no
    /// relative clause: it tells what the claim, the report or the allegation said, whatever phrase names where or by
    /// whom it was made. (A clause whose verb takes the report itself and has no object of its own is a relative: "a
    /// report in the Times that the ministry published".)
    static let contentClauseAfterAPhraseReadOnThePhrase = ParseRepair(
        name: "content clause after a phrase read on the phrase",
        examples: ["The SPS on Wednesday rejected a report in the Glasgow Clarion that warnings about broken cameras had been ignored.",
                   "The ministry rejected claims by opposition lawmakers that ballots had been destroyed.",
                   "The police dismissed a claim on social media that officers had fired on the crowd.",
                   "The company denied a report in the Financial Times that its chief executive would resign."]
    ) { t in
        var changed = false
        for that in t.indices where t.lower(that) == "that" && that >= 3 {
            // The noun of saying, and a preposition phrase of nouns between it and "that".
            guard let said = (max(0, that - 9)..<that - 2).reversed().first(where: { n in
                      t.words[n].upos == "NOUN" && contentNouns.contains(t.words[n].lemma.lowercased())
                          // (not "the officer in ⟦charge⟧ of the wing")
                          && !(n >= 1 && t.lower(n - 1) == "in")
                          && t.words[n + 1].upos == "ADP"
                          && (n + 1..<that).allSatisfy { phraseTags.contains(t.words[$0].upos) }
                  }),
                  ["NOUN", "PROPN"].contains(t.words[that - 1].upos),
                  // ("that" before a bare singular noun is its determiner: "the wing ⟦that night⟧ was suspended")
                  t.words[that + 1].xpos != "NN",
                  // The clause's verb: the first after its subject, with tense or an auxiliary.
                  let verb = (that + 1..<t.words.count).first(where: { t.words[$0].upos == "VERB" }),
                  verb >= that + 2, (that + 1..<verb).allSatisfy({ clauseOpeningTags.contains(t.words[$0].upos) }),
                  (that + 1..<verb).contains(where: { ["NOUN", "PROPN", "PRON", "NUM", "ADJ"].contains(t.words[$0].upos) && t.words[$0].xpos != "PRP$" }),
                  ["VBD", "VBZ", "VBP", "VBN", "VB"].contains(t.words[verb].xpos),
                  (that + 1..<verb).contains(where: { t.words[$0].upos == "AUX" }) || ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos),
                  let governor = t.head(verb),
                  !(t.head(verb) == said && t.base(verb) == "acl" && t.head(that) == verb && t.base(that) == "mark")
            else { continue }
            // (a relative clause whose verb takes the report: "a report in the Times that the ministry published")
            let hasObject = t.children(verb).contains { $0 != that && ["obj", "ccomp", "xcomp"].contains(String(t.base($0))) }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            if !hasObject, !passive, reportTakingVerbs.contains(t.words[verb].lemma.lowercased()) { continue }
            // The noun of saying, if the parse put it under the clause, goes to the clause's governor as its object.
            if t.ancestors(said).contains(verb) {
                guard !t.ancestors(governor).contains(said) else { continue }
                t.attach(said, to: governor, rel: "obj")
            }
            guard !t.ancestors(said).contains(verb) else { continue }
            t.attach(verb, to: said, rel: "acl")
            t.retag(that, upos: "SCONJ", xpos: "IN")
            t.attach(that, to: verb, rel: "mark")
            // The words between "that" and the verb hung elsewhere: the auxiliaries go to the verb, the rest make its
            // subject (its last noun heads it).
            let span = that + 1..<verb
            let tops = span.filter { w in t.head(w).map { !span.contains($0) && $0 != verb } ?? true }
            let auxiliaries = tops.filter { t.words[$0].upos == "AUX" }
            for a in auxiliaries { t.attach(a, to: verb) }
            let nominal = tops.filter { t.words[$0].upos != "AUX" }
            let subjects = span.filter { t.head($0) == verb && ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }
            if let subject = nominal.last(where: { ["NOUN", "PROPN", "PRON", "NUM", "ADJ"].contains(t.words[$0].upos) }) ?? (nominal.isEmpty ? nil : nominal.last) {
                for w in nominal where w != subject { t.attach(w, to: subject) }
                for s in subjects { t.attach(s, to: subject, rel: "compound") }
                let rel = t.children(verb).contains(where: { t.words[$0].deprel == "aux:pass" }) ? "nsubj:pass" : "nsubj"
                t.attach(subject, to: verb, rel: rel)
            } else if let subject = subjects.last {
                // (a noun phrase's words hung on the verb beside its head: "that ⟦its chief⟧ executive would resign")
                for w in span where w < subject && t.head(w) == verb && ["det", "amod", "compound", "nmod", "nummod"].contains(String(t.base(w))) {
                    t.attach(w, to: subject)
                }
            }
            changed = true
        }
        return changed
    }

    /// Parts of speech of a preposition phrase naming where or by whom something was said ("in the Glasgow Clarion",
    /// "by opposition lawmakers", "on social media").
    static let phraseTags: Set<String> = ["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"]
    /// Parts of speech that open a clause before its verb: its subject and auxiliaries.
    static let clauseOpeningTags: Set<String> = ["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "AUX", "ADV", "ADP", "PART"]
    /// Verbs that take a report, a claim or an allegation as their object: a clause of one with no object of its own
    /// after such a noun is a relative clause ("a claim by a former employee that the company later withdrew").
    static let reportTakingVerbs: Set<String> = [
        "make", "publish", "print", "carry", "run", "air", "broadcast", "withdraw", "retract", "repeat", "write", "file", "issue",
        "deny", "reject", "dismiss", "investigate", "post", "share", "circulate", "spread", "lodge", "submit", "raise", "level",
        "bring", "commission", "produce", "prepare", "release", "leak", "obtain", "send", "present", "review", "examine", "study",
        "accept", "welcome", "criticise", "criticize", "support", "back", "question", "challenge", "ignore", "take", "do", "have",
        "get", "find", "trust", "believe", "dispute", "confirm", "cite", "quote", "mention", "see", "read", "hear", "receive",
        "describe", "call", "label", "rebut", "refute", "contest", "verify", "check", "debunk", "correct", "update", "amend",
    ]
}

extension ParseRepair {
    /// "The mayor, who on Monday ⟦ordered⟧ an audit of the contract, says the council will vote next week": a relative
    /// clause between the subject and its verb, with a date opening it, read as the main verb's adverbial clause or
    /// as its reported content (the noun the clause describes made the relative verb's subject or left the main
    /// verb's). A clause opened by "who" or "which" after a comma describes the noun before the comma: that noun is the
    /// main verb's subject, and the clause is its relative clause (so what the mayor ordered is no saying of his).
    static let relativeClauseReadAsAClauseOfTheMainVerb = ParseRepair(
        name: "relative clause read as a clause of the main verb",
        examples: ["The mayor, who on Monday ordered an audit of the contract, says the council will vote next week.",
                   "Transport Secretary Paul Dunne, who on Tuesday ordered a review of the contract, says the findings will be published."]
    ) { t in
        var changed = false
        for pronoun in t.indices where ["who", "which"].contains(t.lower(pronoun)) && ["WP", "WDT"].contains(t.words[pronoun].xpos)
            && t.base(pronoun) == "nsubj" && pronoun >= 2 && t.words[pronoun - 1].form == "," {
            guard let relative = t.head(pronoun), relative > pronoun, t.words[relative].upos == "VERB",
                  ["advcl", "ccomp"].contains(t.base(relative)),
                  let main = t.head(relative), main > relative, t.words[main].upos == "VERB", t.isFinite(main),
                  // (the clause closes with a comma, and the main verb comes after it)
                  let end = t.subtreeEnd(relative), end < main,
                  t.words[end].form == "," || end + 1 < main && t.words[end + 1].form == ","
            else { continue }
            // The noun phrase the clause describes: the word before the comma, up through its nominal heads (and the
            // title a name is the apposition of: "Health Minister ⟦Ana Ruiz⟧").
            var noun = t.nounPhraseHead(endingAt: pronoun - 2, before: pronoun - 1)
            while t.base(noun) == "appos", let h = t.head(noun), h < noun { noun = h }
            guard ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.head(noun) == relative && t.base(noun) == "nsubj" || t.head(noun) == main && t.base(noun) == "nsubj",
                  t.children(main).allSatisfy({ $0 == noun || !["nsubj", "expl", "csubj"].contains(t.base($0)) })
            else { continue }
            t.attach(noun, to: main, rel: "nsubj")
            t.attach(relative, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }
}
