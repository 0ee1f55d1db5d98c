/// Repairs of clauses the greedy parser folds into a noun phrase (6 Dec, written from the story corpora's remaining
/// garbled rows): a coordinated clause whose subject was read as the object of a phrase before it, a subject read
/// as the object of its own preposition phrase, and a "whose" clause whose verb was hung on a noun inside it. Each is
/// a fact of English grammar with the sentences it was written for beside it; `ParseRepair.all` lists them.
extension ParseRepair {
    /// "Critics accused the government of moving too slowly, and opposition lawmakers ⟦walked⟧ out of a session on
    /// Thursday": a past tense after ", and" and a noun, read as a clause describing that noun (a relative clause
    /// needs a relative word or a subject of its own, and a past tense never describes a noun alone). The noun is the
    /// past tense's subject and the clause is a conjunct of the sentence's last finite clause; what followed the verb
    /// on the phrases it was folded into is the verb's.
    static let pastTenseAfterACoordinatedNoun = ParseRepair(
        name: "past tense after a coordinated noun",
        examples: ["Critics in parliament accused the government of moving too slowly, and opposition lawmakers walked out of a session on Thursday in protest."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBD" && t.base(verb) == "acl" {
            guard let noun = t.head(verb), noun < verb, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.children(verb).allSatisfy({ c in !["nsubj", "mark", "aux", "cop"].contains(t.base(c)) && !["WDT", "WP", "WP$"].contains(t.words[c].xpos) }),
                  t.children(noun).allSatisfy({ $0 < verb || $0 == verb }),
                  let and = t.children(noun).first(where: { t.base($0) == "cc" && t.subtreeStart(noun) == $0 || t.base($0) == "cc" && $0 < noun }),
                  ["and", "but"].contains(t.lower(and)),
                  let clause = t.ancestors(noun).first(where: { t.words[$0].upos == "VERB" && t.isFinite($0) }), clause < and
            else { continue }
            // What the verb was folded into: the phrases between the clause's verb and the noun, whose later
            // dependents are the verb's.
            let folded = t.ancestors(noun).prefix { $0 != clause } + [clause]
            let last = t.indices.last { t.words[$0].upos != "PUNCT" } ?? verb
            for h in folded {
                for c in t.children(h) where c > verb && !(t.words[c].upos == "PUNCT" && c > last) { t.attach(c, to: verb) }
            }
            t.attach(verb, to: clause, rel: "conj")
            t.attach(noun, to: verb, rel: "nsubj")
            for c in t.children(noun) where c < noun && (t.base(c) == "cc" || t.base(c) == "punct") { t.attach(c, to: verb) }
            changed = true
        }
        return changed
    }

    /// "Flags flew at half-mast in Kathmandu and schools ⟦across the country⟧ closed": a subject with a preposition
    /// of its own, the noun before the preposition read as a conjunct of the phrase before it. A subject is never a
    /// preposition's object: when the noun the phrase follows came after "and", it is the subject, the phrase its
    /// modifier, and the clause a conjunct of the verb it hung on.
    static let subjectInsideItsPrepositionPhrase = ParseRepair(
        name: "subject inside its preposition phrase",
        examples: ["Flags flew at half-mast in Kathmandu and schools across the country closed."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb) {
            guard let phrase = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 < verb }),
                  let preposition = t.children(phrase).first(where: { t.base($0) == "case" && t.words[$0].upos == "ADP" }),
                  preposition == t.subtreeStart(phrase), preposition >= 1,
                  t.subtreeEnd(phrase) == verb - 1,
                  case let noun = preposition - 1, ["NOUN", "PROPN", "PRON"].contains(t.words[noun].upos),
                  t.subtreeEnd(noun) == noun || t.children(noun).allSatisfy({ $0 < noun }),
                  !t.ancestors(noun).contains(verb)
            else { continue }
            // (Only after "and": a preposition that can open a clause may be its subordinator, "ended on Friday
            // ⟦after⟧ rebels attacked".)
            guard let and = t.children(noun).first(where: { t.base($0) == "cc" && $0 < noun }),
                  let upper = t.head(verb), upper < and, t.words[upper].upos == "VERB" else { continue }
            t.attach(verb, to: upper, rel: "conj")
            for c in t.children(noun) where c < noun && ["cc", "punct"].contains(t.base(c)) { t.attach(c, to: verb) }
            t.attach(noun, to: verb, rel: t.words[phrase].deprel)
            t.attach(phrase, to: noun, rel: "nmod")
            changed = true
        }
        return changed
    }

    /// "Bimala Khadka, 34, whose house in the hills ⟦collapsed⟧ on top of her cattle, said …": a "whose" clause whose
    /// verb was read as a participle describing a noun inside the clause's subject. A "whose" phrase is the subject or
    /// object of a clause of its own: when it hangs on no verb, the first verb inside it is that clause's, with the
    /// phrase its subject, and the clause describes the noun "whose" stands for.
    static let whoseClauseVerbInsideItsSubject = ParseRepair(
        name: "\"whose\" clause's verb inside its subject",
        examples: ["\"We have been sleeping under plastic sheets for five nights,\" said Bimala Khadka, 34, whose house in the hills collapsed on top of her cattle."]
    ) { t in
        var changed = false
        for whose in t.indices where t.lower(whose) == "whose" && t.words[whose].deprel == "nmod:poss" {
            guard let noun = t.head(whose), noun > whose, let owner = t.head(noun), owner < whose,
                  ["NOUN", "PROPN"].contains(t.words[owner].upos), ["appos", "conj", "nmod", "acl", "dep"].contains(t.base(noun)),
                  let verb = t.subtreeWords(noun).filter({ v in v > noun && t.words[v].upos == "VERB" && t.base(v) == "acl"
                      && t.children(v).allSatisfy { t.base($0) != "nsubj" && t.base($0) != "aux" } }).min()
            else { continue }
            if t.words[verb].xpos == "VBN", isPastTenseToo(t.lower(verb)) { t.retag(verb, upos: "VERB", xpos: "VBD") }
            t.attach(verb, to: owner, rel: "acl:relcl")
            t.attach(noun, to: verb, rel: "nsubj")
            // (the phrases after the verb that the noun's phrase held are the verb's)
            for n in t.subtreeWords(noun) where n > verb && t.head(n).map({ $0 < verb }) == true { t.attach(n, to: verb) }
            changed = true
        }
        return changed
    }

    /// "⟦Ten days after the earthquake⟧ that killed 157 people, the government has yet to publish its plan": a
    /// preposition phrase opening the sentence, read as a second subject of its verb. A phrase with a preposition
    /// of its own is no subject: beside the verb's real subject it is the verb's adverbial.
    static let prepositionPhraseReadAsASecondSubject = ParseRepair(
        name: "preposition phrase read as a second subject",
        examples: ["Ten days after the earthquake that killed 157 people in western Nepal, the government has yet to publish its plan."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" || t.words[verb].upos == "AUX" {
            let subjects = t.children(verb).filter { t.base($0) == "nsubj" && $0 < verb }
            guard subjects.count >= 2, let phrase = subjects.first,
                  t.children(phrase).contains(where: { $0 < phrase && t.base($0) == "case" && t.words[$0].upos == "ADP" })
            else { continue }
            t.attach(phrase, to: verb, rel: "obl")
            changed = true
        }
        return changed
    }

    /// "The Aug. 7, 1998, ⟦bombings⟧ killed more than 200 people": a subject read as an oblique of its verb. A bare noun
    /// phrase right before a finite verb that has no subject, with no preposition and naming no time but as "the
    /// week" names it, is its subject.
    static let subjectReadAsAnOblique = ParseRepair(
        name: "subject read as an oblique",
        examples: ["The Aug. 7, 1998, bombings killed more than 200 people, including 12 Americans."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb) && verb >= 1 {
            guard t.children(verb).allSatisfy({ !["nsubj", "csubj", "expl"].contains(t.base($0)) && t.base($0) != "mark" }),
                  !["acl", "advcl"].contains(String(t.base(verb))) && t.words[verb].deprel != "acl:relcl",
                  let noun = t.children(verb).first(where: { ["obl", "obl:unmarked", "obl:tmod"].contains(t.words[$0].deprel) && $0 < verb && t.subtreeEnd($0) == verb - 1 }),
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.children(noun).allSatisfy({ t.base($0) != "case" }),
                  // (a unit of time with "the" alone is the subject too: "⟦The week⟧ opened with IndiGo's order",
                  // where "last week", "this year" date the verb)
                  !["today", "yesterday", "tonight", "tomorrow"].contains(t.lower(noun)),
                  !monthNames.contains(t.lower(noun)) && !bareDays.contains(t.lower(noun)),
                  !(dateUnits.contains(t.lower(noun)) || ["day", "time", "hour", "minute", "decade", "century"].contains(t.lower(noun)))
                      || t.children(noun).map({ t.lower($0) }) == ["the"]
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            changed = true
        }
        return changed
    }

    /// "began burning toxic chemicals …, ⟦sending⟧ a black plume into the sky": a present participle after a comma, with
    /// no "and" and no subject, read as a conjunct of the verb before it. A conjunct needs its conjunction (or a list
    /// closed by one); alone after a comma the participle is an adjunct of that verb, telling what it brought about.
    static let participleAdjunctReadAsAConjunct = ParseRepair(
        name: "participle adjunct read as a conjunct",
        examples: ["Crews on Monday afternoon began burning toxic chemicals from five tanker cars, sending a black plume into the sky."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].xpos == "VBG" && t.words[verb].upos == "VERB" && t.base(verb) == "conj" && verb >= 1 {
            guard let head = t.head(verb), head < verb, t.words[head].upos == "VERB",
                  t.words[verb - 1].form == ",",
                  t.children(verb).allSatisfy({ !["cc", "nsubj", "nsubj:pass", "aux", "mark"].contains(t.base($0)) }),
                  // (not a list closed by "and" further on: "burning, sending and ⟦leaving⟧")
                  !t.children(head).contains(where: { c in c > verb && t.base(c) == "conj" }),
                  // (nor the last of a list: "killing, injuring and ⟦leaving⟧" has its "and")
                  !t.children(head).contains(where: { c in c < verb && t.base(c) == "conj" })
            else { continue }
            t.attach(verb, to: head, rel: "advcl")
            changed = true
        }
        return changed
    }

    /// "A man appeared in court on Friday ⟦charged⟧ with murder": a past participle right after a clause, read as a
    /// past tense coordinated with its verb (or as its adverbial clause) though no "and" nor comma joins them and it has
    /// no subject. It tells the
    /// subject's state as the clause happens (a participle adjunct), and a date the parse hung before it ("on Friday")
    /// is the clause verb's.
    static let participleReadAsAnUnjoinedConjunct = ParseRepair(
        name: "participle read as an unjoined conjunct",
        examples: ["A man appeared in court on Friday charged with murder."]
    ) { t in
        var changed = false
        // (or as an adverbial clause of the past tense, which has no subject: a participle all the same)
        for verb in t.indices where t.words[verb].xpos == "VBD" && t.words[verb].upos == "VERB" && ["conj", "advcl"].contains(t.base(verb)) && verb >= 1 {
            guard let head = t.head(verb), head < verb, t.words[head].upos == "VERB", ["VBD", "VBZ", "VBP"].contains(t.words[head].xpos),
                  t.words[verb].form.lowercased().hasSuffix("ed"),
                  !["PUNCT", "CCONJ"].contains(t.words[verb - 1].upos),
                  // (no "and" between them: "trains ran, and several stations … ⟦closed⟧" is a clause whose subject the
                  // parse took for a conjunct)
                  !(head + 1..<verb).contains(where: { t.words[$0].upos == "CCONJ" }),
                  // (right after the clause verb's own place or date, "in court", "on Friday", wherever the parse hung
                  // the date; not after a noun of another phrase, "concerns over problems ⟦discovered⟧ with the chip")
                  dateHeads.contains(t.lower(verb - 1)) || t.head(verb - 1) == head && t.base(verb - 1) == "obl",
                  // (and nothing of its own before it but that date: "after one of the lawyers ⟦asked⟧" is a clause)
                  t.children(verb).allSatisfy({ $0 > verb || dateHeads.contains(t.lower($0)) }),
                  t.children(verb).allSatisfy({ !["cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "mark"].contains(t.base($0)) }),
                  // (followed by its preposition: "charged ⟦with⟧", "accused ⟦of⟧", "wanted ⟦for⟧")
                  verb + 1 < t.words.count, t.words[verb + 1].xpos == "IN"
            else { continue }
            for c in t.children(verb) where c < verb { t.attach(c, to: head) }
            t.retag(verb, upos: "VERB", xpos: "VBN")
            t.attach(verb, to: head, rel: "advcl")
            changed = true
        }
        return changed
    }

    /// "burning chemicals from the cars of a train that derailed in East Palestine, Ohio, ⟦last week⟧, sending …": a
    /// second date of a clause that has one already, right after a relative clause set inside it. A clause happens at
    /// one time: the later date is the relative clause's, which ends where it begins.
    static let secondDateAfterARelativeClause = ParseRepair(
        name: "second date after a relative clause",
        examples: ["Crews on Monday afternoon began burning toxic chemicals from five tanker cars of a train that derailed in East Palestine, Ohio, last week."]
    ) { t in
        var changed = false
        for date in t.indices where ["obl:unmarked", "obl:tmod", "nmod:unmarked", "nmod:tmod"].contains(t.words[date].deprel)
            && (dateUnits.contains(t.lower(date)) || monthNames.contains(t.lower(date))) {
            guard let verb = t.head(date), t.words[verb].upos == "VERB", let first = t.subtreeStart(date), first >= 1,
                  // (the clause's own date, on it or on the verb it completes or that completes it)
                  case let frame = [verb] + (t.head(verb).map { t.base(verb) == "xcomp" ? [$0] : [] } ?? [])
                      + t.children(verb).filter { t.base($0) == "xcomp" },
                  frame.contains(where: { f in t.children(f).contains { c in c != date && c < first
                      && (["obl:unmarked", "obl:tmod"].contains(t.words[c].deprel) || dateUnits.contains(t.lower(c)) && t.base(c) == "obl") } }),
                  let relative = t.indices.last(where: { r in r < first && t.words[r].deprel == "acl:relcl" && t.words[r].upos == "VERB"
                      && t.subtreeEnd(r).map { $0 == first - 1 || $0 == first - 2 && t.words[first - 1].form == "," } == true }),
                  t.ancestors(relative).contains(verb), ["VBD", "VBN"].contains(t.words[relative].xpos)
            else { continue }
            t.attach(date, to: relative, rel: "obl:unmarked")
            changed = true
        }
        return changed
    }

    /// "convicted former mayor Daniel Morrow of taking bribes from contractors, ⟦ending⟧ a five-week trial": a
    /// participle set off at the end of the sentence, read as an adjunct of a gerund inside the object's phrase. What
    /// a comma sets off after the whole clause tells what the clause brought about: it is the finite verb's adjunct.
    static let setOffParticipleOnAGerund = ParseRepair(
        name: "set-off participle on a gerund",
        examples: ["A federal jury on Thursday convicted former Springfield mayor Daniel Morrow of taking more than $400,000 in bribes from contractors, ending a five-week trial."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].xpos == "VBG" && t.words[verb].upos == "VERB" && t.base(verb) == "advcl" && verb >= 1 {
            guard t.words[verb - 1].form == ",", let gerund = t.head(verb), gerund < verb,
                  t.words[gerund].xpos == "VBG", ["acl", "nmod", "obl"].contains(String(t.base(gerund))),
                  t.children(verb).allSatisfy({ !["nsubj", "nsubj:pass", "mark", "aux"].contains(t.base($0)) }),
                  let clause = t.ancestors(gerund).first(where: { t.words[$0].upos == "VERB" && t.isFinite($0) }),
                  // (at the end of the sentence: nothing of the clause after it)
                  t.subtreeEnd(verb).map({ end in (end + 1..<t.words.count).allSatisfy { t.words[$0].upos == "PUNCT" } }) == true
            else { continue }
            t.attach(verb, to: clause)
            changed = true
        }
        return changed
    }

    /// "images showing damaged buildings and ⟦crowded⟧ streets", "burned cars and ⟦shattered⟧ windows": a participle
    /// describing a noun, coordinated with a noun phrase that opens with one, read as a past tense with the noun its
    /// object. Coordination joins like with like: after "and" and a noun described by a participle, a past form
    /// right before its noun describes it too, and the two nouns are conjuncts.
    static let participleCoordinatedAsAVerb = ParseRepair(
        name: "participle coordinated as a verb",
        examples: ["Local media published images showing damaged buildings and crowded streets."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBN"].contains(t.words[verb].xpos) && t.base(verb) == "conj" && verb >= 3 {
            let and = verb - 1, before = verb - 2
            guard ["and", "or"].contains(t.lower(and)), t.head(and) == verb,
                  case let noun = verb + 1, noun < t.words.count, t.head(noun) == verb, t.base(noun) == "obj",
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.children(verb).allSatisfy({ $0 == and || $0 == noun || t.words[$0].upos == "PUNCT" }),
                  ["NOUN", "PROPN"].contains(t.words[before].upos),
                  t.children(before).contains(where: { m in t.base(m) == "amod" && m < before && isPastTenseToo(t.lower(m)) }),
                  !t.ancestors(before).contains(verb)
            else { continue }
            let upos = t.words[verb].xpos == "VBN" ? "VERB" : "ADJ"
            t.retag(verb, upos: upos, xpos: upos == "VERB" ? "VBN" : "JJ")
            t.attach(noun, to: before, rel: "conj")
            t.attach(verb, to: noun, rel: "amod")
            t.attach(and, to: noun, rel: "cc")
            changed = true
        }
        return changed
    }

    /// "began a two-day strike over ⟦pay⟧", "a dispute about ⟦work⟧": a base-form verb right after a preposition, read
    /// as a verb. English puts no bare infinitive after a preposition other than "to": the word is a noun, the
    /// object of the preposition, and the phrase qualifies the noun before it. A past tense right after it, read as
    /// its auxiliary ("after talks over ⟦pay⟧ ⟦broke⟧ down"), is the clause's verb, the noun phrase its subject.
    static let nounAfterAPrepositionReadAsAVerb = ParseRepair(
        name: "noun after a preposition read as a verb",
        examples: ["Thousands of commuters were stranded on Monday as train drivers began a two-day strike over pay.",
                   "Talks collapsed on Thursday after talks over pay broke down."]
    ) { t in
        var changed = false
        // (a present tense too when the parse made it a subject: "Fears over ⟦pay⟧ grew")
        for verb in t.indices where t.words[verb].upos == "VERB" && verb >= 2
            && (t.words[verb].xpos == "VB" || t.words[verb].xpos == "VBP" && t.base(verb) == "nsubj") {
            let preposition = verb - 1
            // (a lexical past tense the parse made its auxiliary: no auxiliary is a past tense of another verb)
            let tense = t.children(verb).first { c in
                c == verb + 1 && t.base(c) == "aux" && t.words[c].xpos != "MD" && isPastTenseToo(t.lower(c))
                    && !["be", "have", "do", "get"].contains(t.words[c].lemma.lowercased())
            }
            guard ["over", "about", "for", "of", "with", "against", "on"].contains(t.lower(preposition)),
                  t.children(verb).allSatisfy({ c in c == preposition || c == tense || !["nsubj", "aux", "mark", "obj", "cc"].contains(t.base(c)) }),
                  ["NOUN", "PROPN"].contains(t.words[preposition - 1].upos)
            else { continue }
            // (the noun the phrase qualifies is the one right before it with its own words, not a noun it hangs on:
            // "48 hours after ⟦talks⟧ over pay")
            var noun = preposition - 1
            while let h = t.head(noun), h < preposition, ["flat", "compound"].contains(t.base(noun)) { noun = h }
            let upper = (head: t.head(verb), rel: t.words[verb].deprel)
            t.retag(verb, upos: "NOUN", xpos: "NN")
            t.retag(preposition, upos: "ADP", xpos: "IN")
            t.attach(verb, to: noun, rel: "nmod")
            t.attach(preposition, to: verb, rel: "case")
            changed = true
            // (a noun read as the subject of the verb after it leaves that subject to the noun phrase it is in)
            if upper.rel == "nsubj", let clause = upper.head, clause > verb, noun < verb, t.head(noun) == clause {
                if t.base(noun) == "nsubj" { continue }
            } else if upper.rel == "nsubj", let clause = upper.head, clause > verb {
                t.attach(noun, to: clause, rel: "nsubj")
                continue
            }
            guard let tense, noun != tense, !t.ancestors(noun).contains(tense) else { continue }
            t.retag(tense, upos: "VERB", xpos: "VBD")
            for c in t.children(verb) where c > tense { t.attach(c, to: tense) }
            // The clause stands where the noun phrase stood: after a subordinator the parse took for its preposition
            // it is that subordinator's clause; else where the noun read as a verb hung.
            if let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) && subordinators.contains(t.lower($0)) }),
               let above = t.head(noun) {
                t.attach(tense, to: above, rel: "advcl")
                t.attach(marker, to: tense, rel: "mark")
            } else if let above = upper.head, above != noun, !t.ancestors(above).contains(noun) {
                t.attach(tense, to: above, rel: upper.rel)
            } else if let above = t.head(noun), upper.head != nil {
                t.attach(tense, to: above, rel: t.words[noun].deprel)
            } else {
                t.attach(tense, to: -1, rel: "root")
            }
            t.attach(noun, to: tense, rel: "nsubj")
        }
        return changed
    }

    /// "“We have given the company every chance,” union ⟦leader⟧ Karen Pryce told reporters": a title before the
    /// speaker's name, read as a clause of the verb the name is the subject of, and the quotation before it as an
    /// adverbial clause. A common noun right before the subject's name, with nothing between, is the name's title;
    /// the quotation a reporting verb follows is what it reports.
    static let titleBeforeASpeakersName = ParseRepair(
        name: "title before a speaker's name",
        examples: ["\"We have given the company every chance,\" union leader Karen Pryce told reporters."]
    ) { t in
        var changed = false
        for name in t.indices where t.words[name].upos == "PROPN" && t.base(name) == "nsubj" && name >= 1 {
            guard let verb = t.head(name), verb > name, t.words[verb].upos == "VERB",
                  case let title = name - 1, t.words[title].upos == "NOUN", t.head(title) == verb,
                  ["ccomp", "obj", "dep", "obl", "nsubj"].contains(String(t.base(title))),
                  t.children(title).allSatisfy({ c in c < title })
            else { continue }
            t.attach(title, to: name, rel: "compound")
            for c in t.children(title) where t.words[c].upos == "NOUN" || t.words[c].upos == "ADJ" || t.words[c].upos == "PROPN" {
                t.attach(c, to: name, rel: t.words[c].upos == "ADJ" ? "amod" : "compound")
            }
            for c in t.children(title) where t.words[c].upos == "PUNCT" { t.attach(c, to: verb) }
            // (the quotation before it is the report's content)
            if PredicateRules.reporting.contains(t.words[verb].lemma.lowercased()),
               !t.children(verb).contains(where: { t.base($0) == "ccomp" }),
               let quoted = t.children(verb).first(where: { c in c < title && t.base(c) == "advcl" && t.words[c].upos == "VERB"
                   && t.children(c).allSatisfy { t.base($0) != "mark" } && t.subtreeStart(c).map { ["\"", "“", "``"].contains(t.words[$0].form) } == true }) {
                t.attach(quoted, to: verb, rel: "ccomp")
            }
            changed = true
        }
        return changed
    }

    /// "was found ⟦guilty⟧ Friday of taking bribes": an adjective completing a verb, read as a modifier of the bare day
    /// name after it, with the adjective's own phrase hung on the day. A day name takes no adjective of its own but
    /// the few that make a name of it ("Good Friday", `dayNameWords`): the adjective completes the verb, and what
    /// followed the day is the adjective's.
    static let adjectiveReadOnABareDay = ParseRepair(
        name: "adjective read on a bare day",
        examples: ["Daniel Morrow was found guilty Friday of taking bribes while he led Springfield."]
    ) { t in
        var changed = false
        for day in t.indices where day >= 1 && t.words[day - 1].upos == "ADJ" && bareDays.contains(t.lower(day)) {
            let adjective = day - 1
            guard t.words[adjective].upos == "ADJ", t.head(adjective) == day, t.base(adjective) == "amod",
                  !dayNameWords.contains(t.lower(adjective)),
                  let verb = t.head(day), t.words[verb].upos == "VERB", verb < adjective
            else { continue }
            t.attach(adjective, to: verb, rel: "xcomp")
            for c in t.children(day) where c > day { t.attach(c, to: adjective, rel: t.words[c].upos == "VERB" ? "advcl" : "obl") }
            changed = true
        }
        return changed
    }

    /// "A jury found Graham Pellow, the former chief executive of Tynewell Energy, ⟦guilty⟧ of fraud": the verdict's
    /// adjective after an apposition set off by commas, read as a second apposition of the object. "Guilty", "innocent"
    /// and "liable" name no one: after "find" and its object they complete the verb, whatever comes between.
    static let verdictAfterAnApposition = ParseRepair(
        name: "verdict after an apposition",
        examples: ["A jury on Tuesday found Graham Pellow, the former chief executive of Tynewell Energy, guilty of three counts of fraud."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].lemma.lowercased() == "find" {
            guard !t.children(verb).contains(where: { t.base($0) == "xcomp" }),
                  let object = t.children(verb).first(where: { $0 > verb && t.base($0) == "obj" }),
                  let verdict = t.subtreeWords(object).sorted().first(where: { w in
                      w > object && verdictWords.contains(t.lower(w)) && ["appos", "amod", "conj", "acl"].contains(String(t.base(w)))
                          && w >= 1 && t.words[w - 1].upos == "PUNCT" })
            else { continue }
            t.retag(verdict, upos: "ADJ", xpos: "JJ")
            t.attach(verdict, to: verb, rel: "xcomp")
            changed = true
        }
        return changed
    }

    /// Adjectives of a verdict: what a court or a jury finds someone.
    static let verdictWords: Set<String> = ["guilty", "innocent", "liable"]

    /// "rejected two lower ⟦offers⟧ in August": a plural noun read as a verb after the adjective that modifies it. A
    /// verb takes no adjective as its modifier: the word is the noun, and the number or article before the adjective,
    /// which the parse gave its role, is the noun's.
    static let nounReadAsAVerbAfterItsAdjective = ParseRepair(
        name: "noun read as a verb after its adjective",
        examples: ["Halvorsen first approached Greenmeadow in June, but the British company rejected two lower offers in August."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBZ", "VBP", "VB"].contains(t.words[verb].xpos) && verb >= 2 {
            let adjective = verb - 1
            guard t.words[adjective].upos == "ADJ", t.head(adjective) == verb, t.base(adjective) == "amod",
                  t.children(verb).allSatisfy({ !["nsubj", "nsubj:pass", "aux", "mark", "obj"].contains(t.base($0)) }),
                  case let before = adjective - 1, ["NUM", "DET"].contains(t.words[before].upos),
                  let role = t.head(before), ["obj", "nsubj", "obl", "nsubj:pass"].contains(String(t.base(before))),
                  t.words[role].upos == "VERB"
            else { continue }
            t.retag(verb, upos: "NOUN", xpos: t.lower(verb).hasSuffix("s") ? "NNS" : "NN")
            t.attach(verb, to: role, rel: t.words[before].deprel)
            t.attach(before, to: verb, rel: t.words[before].upos == "NUM" ? "nummod" : "det")
            changed = true
        }
        return changed
    }

    /// "⟦Last week⟧ prices fell sharply": a date opening the sentence, read as modifiers of the subject after it. "last",
    /// "next" or "this" with a unit of time names a time, never a kind of thing: the date is the verb's.
    static let dateReadIntoTheSubject = ParseRepair(
        name: "date read into the subject",
        examples: ["Last week prices fell sharply."]
    ) { t in
        var changed = false
        for unit in t.indices where unit >= 1 && t.base(unit) == "compound" && dateUnits.contains(t.lower(unit)) {
            let modifier = unit - 1
            guard ["last", "next", "this", "past"].contains(t.lower(modifier)),
                  let noun = t.head(unit), noun == unit + 1 || t.subtreeStart(noun) == modifier,
                  t.head(modifier) == noun || t.head(modifier) == unit,
                  ["nsubj", "nsubj:pass"].contains(t.words[noun].deprel), let verb = t.head(noun), verb > noun
            else { continue }
            t.attach(unit, to: verb, rel: "obl:unmarked")
            t.attach(modifier, to: unit, rel: "amod")
            changed = true
        }
        return changed
    }

    /// "finalised its order for 470 Airbus and Boeing ⟦aircraft⟧, ⟦first announced⟧ in February": a preposition's object
    /// whose preposition the parse gave to a modifier inside it, left as a bare oblique; and a past participle set off
    /// after the object, read as a conjunct of the verb. A phrase opening with a preposition is that preposition's
    /// (its head takes it, and the phrase goes on the noun before it); a participle after a comma with no "and", no
    /// auxiliary and no subject describes the object, as a passive.
    static let objectPhraseAndItsSetOffParticiple = ParseRepair(
        name: "object phrase and its set-off participle",
        examples: ["On Tuesday, Air India finalised its order for 470 Airbus and Boeing aircraft, first announced in February."]
    ) { t in
        var changed = false
        for noun in t.indices where t.words[noun].deprel == "obl:unmarked" && t.words[noun].upos == "NOUN" {
            guard !dateUnits.contains(t.lower(noun)), let verb = t.head(noun), verb < noun,
                  let first = t.subtreeStart(noun), first > verb + 1, t.words[first].upos == "ADP", t.base(first) == "case",
                  t.head(first) != noun, let object = t.children(verb).first(where: { t.base($0) == "obj" && $0 < first }),
                  t.subtreeEnd(object) == first - 1
            else { continue }
            t.attach(first, to: noun, rel: "case")
            t.attach(noun, to: object, rel: "nmod")
            changed = true
        }
        for participle in t.indices where t.words[participle].xpos == "VBN" && t.words[participle].upos == "VERB" && t.base(participle) == "conj" {
            guard let verb = t.head(participle), verb < participle, t.isFinite(verb),
                  let comma = t.subtreeStart(participle).flatMap({ s in t.words[s].form == "," ? s : (s >= 1 && t.words[s - 1].form == "," ? s - 1 : nil) }),
                  t.children(participle).allSatisfy({ !["cc", "aux", "aux:pass", "nsubj", "nsubj:pass", "obj"].contains(t.base($0)) }),
                  let object = t.children(verb).first(where: { t.base($0) == "obj" && $0 < comma }),
                  t.subtreeEnd(object) == comma - 1
            else { continue }
            t.attach(participle, to: object, rel: "acl")
            changed = true
        }
        return changed
    }

    /// "Personal spending ⟦rose⟧ 0.2% in September": an irregular past tense that is no participle, read as a noun
    /// heading a sentence with no verb. A form such as "rose" or "fell" after a noun phrase and before a figure, an
    /// adverb or a preposition is the verb, the noun phrase before it its subject. So is a past tense that is also the
    /// participle ("burst", "struck") read as the last noun of a phrase opened by an article, with a preposition or an
    /// adverb after it: "A transformer ⟦burst⟧ into flames on Tuesday", "the levee ⟦burst⟧ early on Tuesday" (a sentence has a verb; "a pipe burst" as a noun is a headline's
    /// or a phrase's, not a sentence of its own).
    static let pastTenseReadAsANounAtTheRoot = ParseRepair(
        name: "past tense read as a noun at the root",
        examples: ["Personal spending rose 0.2% in September, the smallest gain in a year.",
                   "An explosion tore through a chemical plant east of Houston early on Tuesday, killing two workers and forcing thousands of residents to leave their homes as black smoke drifted over the Houston Ship Channel.",
                   "A transformer burst into flames at the substation on Tuesday.",
                   "The levee burst early on Tuesday, flooding the town."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              t.words[root].upos == "NOUN", root >= 1, root + 1 < t.words.count,
              pastOnly.contains(t.lower(root))
                  || samePastAndParticiple.contains(t.lower(root)) && ["ADP", "ADV"].contains(t.words[root + 1].upos)
                      && t.children(root).contains(where: { t.base($0) == "det" && $0 == 0 && ["a", "an", "the"].contains(t.lower($0)) }),
              ["NUM", "ADV", "ADP", "DET", "SYM"].contains(t.words[root + 1].upos),
              // (no verb before it, and none after it in a tense of its own but in a subordinate clause: "An explosion
              // ⟦tore⟧ through a plant early on Tuesday, killing two workers, as black smoke drifted …")
              !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) && ($0 < root
                  || ["VBD", "VBZ", "VBP", "MD"].contains(t.words[$0].xpos) && !t.children($0).contains { t.base($0) == "mark" }) }),
              // (the subject: the noun or name right before it, which the parse hung on it)
              ["NOUN", "PROPN", "PRON"].contains(t.words[root - 1].upos), t.head(root - 1) == root
        else { return false }
        let subject = root - 1
        t.retag(root, upos: "VERB", xpos: "VBD")
        t.setLemma(root, VerbLemmas.shared.mend(t.lower(root), form: t.lower(root)))
        for c in t.children(root) where c < subject { t.attach(c, to: subject) }
        t.attach(subject, to: root, rel: "nsubj")
        for c in t.children(root) where c > root {
            switch t.base(c) {
            // (the figure it rose by: "0.2 ⟦%⟧"; a phrase the parse hung on the figure goes on the verb)
            case "appos" where ["NUM", "SYM"].contains(t.words[c].upos) || ["%", "percent"].contains(t.lower(c)):
                t.attach(c, to: root, rel: "obl:npmod")
                for m in t.children(c) where t.base(m) == "nmod" { t.attach(m, to: root, rel: "obl") }
            case "nmod": t.attach(c, to: root, rel: "obl")
            default: break
            }
        }
        return true
    }

    /// "The Cypriot government ⟦Saturday⟧ condemned two bomb attacks in Kenya and Tanzania ⟦Friday⟧": a bare day name,
    /// as wire copy sets it after the subject or after a place, read as the subject with the subject's noun its
    /// modifier, or as a modifier of the place. A day names a time, never a doer or a kind of place: before the verb
    /// it is the verb's, the noun before it the subject; after a place name it is the place's head's.
    static let dayNameReadIntoANounPhrase = ParseRepair(
        name: "day name read into a noun phrase",
        examples: ["The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania Friday.",
                   "The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania Friday, calling them a crime.",
                   "\"The handwriting was on the wall,\" the source said Monday."]
    ) { t in
        var changed = false
        for day in t.indices where weekdays.contains(t.lower(day)) && t.words[day].upos == "PROPN" && t.children(day).allSatisfy({ t.base($0) != "case" }) {
            if ["nsubj", "nsubj:pass"].contains(t.words[day].deprel), let verb = t.head(day), verb > day,
               let noun = t.children(day).last(where: { $0 == day - 1 && ["NOUN", "PROPN"].contains(t.words[$0].upos) && t.base($0) == "compound" }),
               !t.children(day).contains(where: { $0 > day }) {
                let rel = t.words[day].deprel
                for c in t.children(day) where c < noun { t.attach(c, to: noun) }
                t.attach(noun, to: verb, rel: rel)
                t.attach(day, to: verb, rel: "obl:tmod")
                changed = true
            } else if ["nsubj", "nsubj:pass"].contains(t.words[day].deprel), let verb = t.head(day), verb < day,
                      t.children(verb).contains(where: { $0 < verb && ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }) {
                // (a second subject after the verb: "the source said ⟦Monday⟧")
                t.attach(day, to: verb, rel: "obl:tmod")
                changed = true
            } else if t.words[day].deprel == "nmod", let place = t.head(day), place < day, t.words[place].upos == "PROPN",
                      t.subtreeEnd(place) == day, let head = t.head(place), head < place,
                      ["NOUN", "VERB"].contains(t.words[head].upos) {
                t.attach(day, to: head, rel: t.words[head].upos == "VERB" ? "obl:tmod" : "nmod:tmod")
                changed = true
            } else if t.base(day) == "obl", let verb = t.head(day), verb < day,
                      // (a verb has one day: a second one right after its object is the object's)
                      t.children(verb).contains(where: { $0 != day && weekdays.contains(t.lower($0)) && t.base($0) == "obl" && t.lower($0) != t.lower(day) }),
                      let object = t.children(verb).first(where: { t.base($0) == "obj" && $0 < day }), t.subtreeEnd(object) == day - 1,
                      t.words[object].upos == "NOUN" {
                t.attach(day, to: object, rel: "nmod:tmod")
                changed = true
            }
        }
        return changed
    }

    /// "Freeh said here ⟦Friday⟧ ⟦that⟧ the raid is not linked …": a "that" clause with a subject of its own, hung on the
    /// date after the verb as if it were a relative clause on the day. A clause opened by the conjunction "that" with its
    /// own subject is a complement, the verb's.
    static let thatClauseOnADate = ParseRepair(
        name: "that clause on a date",
        examples: ["Freeh said here Friday that the raid is not linked with the probe.",
                   "Police said the same day that they were assessing the complaint."]
    ) { t in
        var changed = false
        for clause in t.indices where t.base(clause) == "acl" && ["VERB", "AUX", "ADJ", "NOUN"].contains(t.words[clause].upos) {
            // ("said ⟦the same day⟧ that they were assessing the complaint": read as a relative clause on the day, with
            // "that" its object; a clause whose verb has an object and a subject of its own has no gap for "that" to
            // fill, and "that" opens it as it does after "Friday". Only after "day": after "yesterday" or "evening"
            // the same reading, tried, dropped the saying of "Jobs said yesterday that Apple will offer a free case to
            // anyone who has purchased an iPhone 4", which TimeLine's gold counts: Track A 23.96 → 23.59.)
            guard let date = t.head(clause), date < clause,
                  let verb = t.head(date), verb < date, t.words[verb].upos == "VERB",
                  let that = t.children(clause).first(where: { t.lower($0) == "that" && $0 < clause }) else { continue }
            let gapless = t.base(that) == "obj" && t.children(clause).contains(where: { $0 != that && t.base($0) == "obj" })
            guard (dateUnits.contains(t.lower(date)) || ["today", "yesterday", "tonight"].contains(t.lower(date)))
                    && t.words[that].upos == "SCONJ" && t.base(that) == "mark" || gapless && t.lower(date) == "day",
                  t.children(clause).contains(where: { $0 != that && ["nsubj", "nsubj:pass", "expl"].contains(t.words[$0].deprel) })
            else { continue }
            if t.base(that) != "mark" {
                t.retag(that, upos: "SCONJ", xpos: "IN")
                t.attach(that, to: clause, rel: "mark")
            }
            t.attach(clause, to: verb, rel: "ccomp")
            changed = true
        }
        return changed
    }

    /// "Karen Pryce said the strike had been solid and ⟦warned⟧ that further walkouts could follow": a second verb of
    /// saying, with content of its own and no subject, coordinated into what the first one reports. Speakers go on
    /// speaking: it is the first verb's conjunct, with its subject.
    static let sayingCoordinatedIntoItsContent = ParseRepair(
        name: "saying coordinated into its content",
        examples: ["Union leader Karen Pryce said the strike had been solid and warned that further walkouts could follow in April."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "conj" {
            let lemma = t.words[verb].lemma.lowercased()
            guard PredicateRules.reporting.contains(lemma) || PredicateRules.announcing.contains(lemma),
                  t.children(verb).contains(where: { t.base($0) == "ccomp" && $0 > verb }),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }),
                  let content = t.head(verb), t.base(content) == "ccomp", let report = t.head(content), report < content,
                  t.words[report].upos == "VERB",
                  PredicateRules.reporting.contains(t.words[report].lemma.lowercased()) || PredicateRules.announcing.contains(t.words[report].lemma.lowercased()),
                  t.words[report].xpos == t.words[verb].xpos
            else { continue }
            t.attach(verb, to: report, rel: "conj")
            changed = true
        }
        return changed
    }

    /// "Twelve cases had been confirmed by Thursday evening, and ⟦one man⟧, Harold Briggs, 71, has died": the subject of
    /// a second clause, after its "and", read into the first clause (as its oblique, object or a conjunct of one), the
    /// second verb left with no subject. A noun phrase opened by the conjunction, between the first verb and a finite
    /// conjunct of it with no subject and no verb between, is that conjunct's subject.
    static let secondSubjectReadIntoTheFirstClause = ParseRepair(
        name: "second subject read into the first clause",
        examples: ["Twelve cases had been confirmed by Thursday evening, and one man, Harold Briggs, 71, has died."]
    ) { t in
        var changed = false
        // (not "The government launched an inquiry on Monday, and on Tuesday the operator, Archipelago Sea Lines, denied
        // that …", whose "and" opens a preposition's phrase)
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "conj" && t.isFinite(verb) {
            guard let first = t.head(verb), first < verb,
                  !t.children(verb).contains(where: { ["nsubj", "csubj", "expl"].contains(String(t.base($0))) }),
                  !t.children(verb).contains(where: { t.base($0) == "cc" && $0 < verb })
            else { continue }
            // (the noun nearest the verb whose own "and" opens it, hung in the first clause)
            guard let noun = (first + 1..<verb).first(where: { n in
                      ["NOUN", "PROPN", "PRON"].contains(t.words[n].upos) && t.head(n).map { h in h >= first && h < verb && h != n } == true
                          && t.children(n).contains(where: { c in c < n && t.base(c) == "cc" })
                          // (a preposition's phrase is no subject: "and ⟦on Tuesday⟧ the operator denied")
                          && !t.children(n).contains(where: { c in t.base(c) == "case" })
                          && t.ancestors(n).contains(first)
                  }),
                  let cc = t.children(noun).first(where: { $0 < noun && t.base($0) == "cc" }),
                  t.words[cc - 1].form == "," || cc == first + 1,
                  !(noun + 1..<verb).contains(where: { w in ["VERB"].contains(t.words[w].upos) || t.words[w].upos == "AUX" && !t.children(verb).contains(w) })
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(cc, to: verb, rel: "cc")
            changed = true
        }
        return changed
    }

    /// "Lakeshore now expects its records to be back by March 28, and ⟦elective surgeries to resume⟧ on March 17": a
    /// second object and infinitive of one verb, the verb left out, read as a conjunct noun of that verb with an
    /// infinitive describing it. The infinitive is a second complement of the verb, coordinated with its first, the
    /// noun its subject: what is expected of the surgeries is that they resume.
    static let gappedObjectAndInfinitive = ParseRepair(
        name: "gapped object and infinitive",
        examples: ["Lakeshore now expects its electronic records to be back by March 28, and elective surgeries to resume on March 17."]
    ) { t in
        var changed = false
        for noun in t.indices where ["NOUN", "PROPN"].contains(t.words[noun].upos) && t.base(noun) == "conj" {
            guard let verb = t.head(noun), verb < noun, t.words[verb].upos == "VERB",
                  let first = t.children(verb).first(where: { c in t.base(c) == "xcomp" && c < noun
                      && t.children(c).contains { t.lower($0) == "to" && t.base($0) == "mark" } }),
                  t.children(verb).contains(where: { c in t.base(c) == "obj" && c < first }),
                  let cc = t.children(noun).first(where: { $0 < noun && t.base($0) == "cc" }),
                  let infinitive = t.children(noun).first(where: { c in c > noun && t.base(c) == "acl" && t.words[c].upos == "VERB"
                      && t.children(c).contains { m in m == c - 1 && t.lower(m) == "to" } })
            else { continue }
            t.attach(infinitive, to: first, rel: "conj")
            t.attach(noun, to: infinitive, rel: "nsubj")
            t.attach(cc, to: infinitive, rel: "cc")
            changed = true
        }
        return changed
    }

    static let weekdays: Set<String> = Set(Lexicon.weekdayNames.map { $0.lowercased() })
}

extension ParseRepair {
    /// "At about 2:20 p.m. the crowd at Gate 7 ⟦surged⟧ and five people were crushed to death": the first of two
    /// coordinated clauses read as a past tense hung on its subject noun (an attribute, as a participle would be), the
    /// noun an apposition or argument of the second clause's verb. A past tense with no subject, auxiliary or
    /// subordinator of its own right after a noun that opens its clause is that noun's verb: the clause's head, the
    /// second clause its conjunct, and what opened the sentence before the noun the first clause's.
    static let firstClauseReadAsAnAttributeOfItsSubject = ParseRepair(
        name: "first clause read as an attribute of its subject",
        examples: ["At about 2:20 p.m. the crowd at Gate 7 surged and five people were crushed to death."]
    ) { t in
        for v in t.indices where t.words[v].xpos == "VBD" && t.words[v].upos == "VERB" && t.base(v) == "acl" {
            guard let noun = t.head(v), noun < v, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  !t.children(v).contains(where: { ["nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cop"].contains(String(t.base($0))) }),
                  let h = t.head(noun), h > v, t.words[h].upos == "VERB",
                  ["appos", "nsubj", "obl", "dep", "obj", "nmod"].contains(String(t.base(noun))),
                  let cc = t.children(h).first(where: { t.base($0) == "cc" && $0 > v && $0 < h }),
                  (t.subtreeEnd(v) ?? v) < cc,
                  let start = t.subtreeStart(noun),
                  // (the noun opens its clause: the sentence, or after what opens it, hung on the second verb)
                  (0..<start).allSatisfy({ w in t.ancestors(w).contains(h) && !t.ancestors(w).contains(noun) })
            else { continue }
            t.coordinate(v, before: h)
            t.attach(noun, to: v, rel: "nsubj")
            for c in t.children(h) where c < start || t.words[c].upos == "PUNCT" && c == t.words.count - 1 { t.attach(c, to: v) }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "That afternoon police ⟦shut⟧ the coast road and emptied Ohope Beach": the first of two coordinated verbs read as
    /// a noun (its subject a compound before it, its object its own) that is the subject of the second verb. A "noun" in
    /// a past-tense form with an object of its own and a noun right before it, then "and" and a past tense, is the first
    /// verb: the noun before it its subject, the second verb its conjunct, and a time before the subject its time.
    static let firstVerbReadAsTheSubjectOfTheSecond = ParseRepair(
        name: "first verb read as the subject of the second",
        examples: ["That afternoon police shut the coast road and emptied Ohope Beach."]
    ) { t in
        for w in t.indices where t.words[w].upos == "NOUN" && isPastTenseToo(t.lower(w)) && ["nsubj", "nsubj:pass"].contains(t.words[w].deprel) {
            guard let second = t.head(w), second > w, t.words[second].upos == "VERB", t.words[second].xpos == "VBD",
                  let object = t.children(w).first(where: { t.base($0) == "obj" && $0 > w }),
                  t.children(object).contains(where: { t.words[$0].upos == "DET" || t.words[$0].xpos == "PRP$" }),
                  let subject = t.children(w).last(where: { $0 == w - 1 && t.base($0) == "compound" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  t.children(second).contains(where: { t.base($0) == "cc" && $0 > (t.subtreeEnd(object) ?? object) && $0 < second })
            else { continue }
            let lemma = VerbLemmas.shared.mend(t.lower(w), form: t.lower(w))
            guard VerbLemmas.shared.contains(lemma) else { continue }
            t.retag(w, upos: "VERB", xpos: "VBD")
            t.setLemma(w, lemma)
            t.coordinate(w, before: second)
            t.attach(subject, to: w, rel: "nsubj")
            // (a time before the subject, "⟦That afternoon⟧", is the first verb's; its determiner stays with it)
            let before = t.children(w).filter { $0 < subject }
            if let time = before.last(where: { ["NOUN", "PROPN"].contains(t.words[$0].upos) }) {
                t.attach(time, to: w, rel: "obl:tmod")
                for c in before where c < time { t.attach(c, to: time) }
            }
            for c in t.children(second) where c < w || t.words[c].upos == "PUNCT" && c == t.words.count - 1 { t.attach(c, to: w) }
            return true
        }
        return false
    }
}
