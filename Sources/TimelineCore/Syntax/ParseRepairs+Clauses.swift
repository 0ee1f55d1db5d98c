/// Repairs of clauses the greedy parser misplaces around times and reports (6 Dec, late afternoon, from the story
/// corpora's rows): a clock time read as what a later report says, a clause read into the date that opens it,
/// "missing" read as a clause. `ParseRepair.all` lists them with the others.
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
        examples: ["MARINA suspended the operator's permit the next day and grounded its fleet, and on Wednesday, Aug. 13, the National Bureau of Investigation arrested the captain.",
                   "The government launched an inquiry on Monday, and on Tuesday the operator, Archipelago Sea Lines, denied that the vessel had been overloaded."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)
            && t.base(verb) == "conj" && verb >= 4 {
            guard !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "cc", "mark"].contains(String(t.base($0))) }),
                  // (the subject may close with the comma of its apposition: "the operator, Archipelago Sea Lines⟦,⟧")
                  let subject = t.indices.first(where: { s in s < verb && ["NOUN", "PROPN"].contains(t.words[s].upos)
                      && ["appos", "conj", "nmod"].contains(String(t.base(s)))
                      && (t.subtreeEnd(s) == verb - 1 || t.subtreeEnd(s) == verb - 2 && t.words[verb - 1].form == ",")
                      // (hung on the date: not a phrase of the clause before that holds it, "an inquiry on ⟦Monday⟧")
                      && t.head(s).map { d in ["PROPN", "NUM"].contains(t.words[d].upos) } == true
                      && t.head(s).map { d in Lexicon.weekdays[t.lower(d)] != nil || Lexicon.months[t.lower(d)] != nil
                          || t.children(d).contains(where: { Lexicon.weekdays[t.lower($0)] != nil || Lexicon.months[t.lower($0)] != nil }) } == true }),
                  // (the date set off by a comma, or right before the subject: "and on Tuesday ⟦the operator⟧")
                  let start = t.firstWord(subject), start >= 2, let date = t.head(subject), date < start,
                  t.words[start - 1].form == "," || start - 1 == date,
                  ["obl", "obl:tmod"].contains(t.words[date].deprel) || t.base(date) == "conj" && t.words[date].upos == "PROPN",
                  Lexicon.weekdays[t.lower(date)] != nil || Lexicon.months[t.lower(date)] != nil
                    || t.children(date).contains(where: { Lexicon.weekdays[t.lower($0)] != nil || Lexicon.months[t.lower($0)] != nil }),
                  let cc = t.children(date).first(where: { t.base($0) == "cc" && $0 < date })
            else { continue }
            t.attach(subject, to: verb, rel: "nsubj")
            t.attach(date, to: verb, rel: t.children(date).contains(where: { t.base($0) == "case" }) ? "obl" : "obl:tmod")
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

extension ParseRepair {
    /// "were allowed to return home on Friday morning, ⟦after⟧ county officials lifted the evacuation order": a
    /// subordinator read as the preposition of the next clause's subject, that clause left as a conjunct of the verb
    /// before. A noun with a preposition is no subject: "after" opens the clause, which says what came before.
    static let subordinatorReadAsAPreposition = ParseRepair(
        name: "subordinator read as a preposition",
        examples: ["Thousands of people were allowed to return home on Friday morning, after county officials lifted the evacuation order."]
    ) { t in
        var changed = false
        for mark in t.indices where t.base(mark) == "case" && temporalSubordinators.contains(t.lower(mark)) {
            guard let subject = t.head(mark), subject > mark, ["nsubj", "nsubj:pass"].contains(t.words[subject].deprel),
                  t.subtreeStart(subject) == mark, let verb = t.head(subject), verb > subject,
                  t.words[verb].upos == "VERB", ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)
                    || t.children(verb).contains(where: { ["aux", "aux:pass"].contains(t.words[$0].deprel) })
            else { continue }
            t.attach(mark, to: verb, rel: "mark")
            // (a conjunct with no conjunction of its own is the verb before it's subordinate clause)
            if t.base(verb) == "conj", let before = t.head(verb), before < mark,
               !t.children(verb).contains(where: { t.base($0) == "cc" }) {
                t.attach(verb, to: before, rel: "advcl")
                if mark >= 1, t.words[mark - 1].form == "," { t.attach(mark - 1, to: verb, rel: "punct") }
            }
            changed = true
        }
        return changed
    }

    /// Words that open a clause of time and are prepositions too.
    static let temporalSubordinators: Set<String> = ["after", "before", "since", "until", "till"]
}

extension ParseRepair {
    /// "⟦On April 15⟧ customers moved $1.3 billion out of the bank", "⟦On Wednesday⟧ depositors withdrew …": a date opening
    /// the clause with its preposition, read as a numeral or a modifier of the subject after it ("15 customers",
    /// "Wednesday depositors"). A date after "on" is the time of the verb, not a part of its subject.
    static let openingDateReadIntoTheSubject = ParseRepair(
        name: "opening date read into the subject",
        examples: ["On April 15 customers moved $1.3 billion out of the bank.", "On Wednesday depositors withdrew $2 billion.",
                   "The next day federal investigators climbed aboard the ship.",
                   "The following morning police arrested two men."]
    ) { t in
        var changed = false
        for d in t.indices where ["nummod", "compound", "amod", "nmod"].contains(String(t.base(d))) {
            let word = t.lower(d)
            let isDate = Lexicon.weekdays[word] != nil && t.words[d].upos == "PROPN"
                || t.words[d].upos == "NUM" && t.children(d).contains(where: { c in c < d && Lexicon.months[t.lower(c)] != nil })
            // ("⟦The next day⟧ federal investigators climbed aboard", "⟦That evening⟧ the Coast Guard called off …": a day
            // told from another, opening the sentence with no comma, read as a modifier of the subject: it is the
            // verb's time, as a date after "on" is)
            // (the words before the day may hang on the subject's noun: "⟦The following⟧ morning police arrested")
            let before = t.children(d).filter { $0 < d } + (t.head(d).map { n in t.children(n).filter { $0 < d } } ?? [])
            let dayTold = Self.toldDayNouns.contains(word) && t.words[d].upos == "NOUN" && (before + [d]).min() == 0
                && before.contains(where: { c in ["that", "this"].contains(t.lower(c)) && t.base(c) == "det"
                    || Self.toldDayWords.contains(t.lower(c)) && t.base(c) == "amod" })
            let on = t.children(d).first(where: { $0 < d && t.base($0) == "case" && t.lower($0) == "on" })
            guard isDate && on != nil && t.subtreeStart(d) == on || dayTold,
                  let noun = t.head(d), noun > d, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  ["nsubj", "nsubj:pass"].contains(t.words[noun].deprel),
                  let verb = t.head(noun), verb > noun, t.words[verb].upos == "VERB"
            else { continue }
            if dayTold { for c in before where t.head(c) == noun { t.attach(c, to: d) } }
            t.attach(d, to: verb, rel: dayTold ? "obl:tmod" : "obl")
            changed = true
        }
        return changed
    }

    /// Nouns of a day or a part of one that a sentence opens with, told from another day ("The next ⟦day⟧", "That
    /// ⟦evening⟧", "The following ⟦morning⟧").
    static let toldDayNouns: Set<String> = ["day", "morning", "afternoon", "evening", "night", "week", "weekend"]
    /// Words that tell such a day from another: "The ⟦next⟧ day", "the ⟦following⟧ morning", "the ⟦same⟧ night".
    static let toldDayWords: Set<String> = ["next", "following", "previous", "same", "first", "second"]
}

extension ParseRepair {
    /// "The FDIC ⟦denies⟧ ⟦reports⟧ that it had cut the fee": a verb in the third person read as the subject of the
    /// noun after it that is also a verb ("reports", "claims"), with the name before it a modifier. A verb that is no
    /// noun ("denies", "rejects", "confirms") heads the clause: the noun after it is its object, the name before it its
    /// subject.
    static let verbReadAsTheSubjectOfItsObject = ParseRepair(
        name: "verb read as the subject of its object",
        examples: ["The FDIC denies reports that it had cut the fee."]
    ) { t in
        var changed = false
        for v in t.indices where t.words[v].xpos == "VBZ" && t.base(v) == "nsubj" && verbsThatAreNoNouns.contains(t.lower(v)) {
            guard let noun = t.head(v), noun == v + 1, claimNouns.contains(t.lower(noun)),
                  let name = t.children(v).last(where: { $0 == v - 1 && t.words[$0].form.first?.isUppercase == true
                      && ["amod", "compound", "nsubj", "nmod"].contains(String(t.base($0))) })
            else { continue }
            let head = t.head(noun) ?? -1
            let rel = t.words[noun].deprel
            t.attach(v, to: head, rel: rel)
            t.attach(noun, to: v, rel: "obj")
            t.attach(name, to: v, rel: "nsubj")
            if t.words[name].upos == "ADJ" { t.retag(name, upos: "PROPN", xpos: "NNP") }
            for c in t.children(v) where c < name { t.attach(c, to: name) }
            for c in t.children(noun) where c < v { t.attach(c, to: v) }
            changed = true
        }
        return changed
    }

    /// Verbs in the third person that are never nouns.
    static let verbsThatAreNoNouns: Set<String> = ["denies", "rejects", "confirms", "disputes", "dismisses", "acknowledges", "admits"]

    /// "Nereid categorically rejects ⟦media reports⟧ that the Kolding sailed …": the noun of what is told read as a verb
    /// in the third person with the noun before it its subject, the clause of the verb of denial before them. A verb
    /// of denial ("rejects", "denies") takes what it denies as its object; the word is that noun, the noun before it its
    /// modifier, and the "that" clause tells what the reports say.
    static let claimNounReadAsAVerbAfterADenial = ParseRepair(
        name: "claim noun read as a verb after a denial",
        examples: ["Nereid categorically rejects media reports that the Kolding sailed from the terminal with a known defect."]
    ) { t in
        var changed = false
        for w in t.indices where t.words[w].xpos == "VBZ" && claimNouns.contains(t.lower(w)) && t.base(w) == "ccomp" {
            guard let denial = t.head(w), denial < w, verbsThatAreNoNouns.contains(t.lower(denial)),
                  let subject = t.children(w).first(where: { t.base($0) == "nsubj" && $0 == w - 1 && t.words[$0].upos == "NOUN" }),
                  t.subtreeStart(subject) == denial + 1
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NNS")
            t.attach(w, to: denial, rel: "obj")
            t.attach(subject, to: w, rel: "compound")
            for c in t.children(w) where c > w && t.base(c) == "ccomp" { t.attach(c, to: w, rel: "acl") }
            changed = true
        }
        return changed
    }
    /// Plural nouns of what is told that are verbs in the third person too.
    static let claimNouns: Set<String> = ["reports", "claims", "charges", "plans", "calls", "rumours", "rumors", "suggestions"]
}

extension ParseRepair {
    /// "… suspended its head of safety, ⟦and on Thursday, October 15,⟧ he was arrested": the date that opens a
    /// coordinated clause with a subject of its own, read as the date of the verb before it, with the conjunction on
    /// the date. A date after "and" that opens a clause whose subject follows it is that clause's, and so is the "and".
    static let dateOpeningACoordinatedClauseReadAsTheVerbsBefore = ParseRepair(
        name: "date opening a coordinated clause read as the verb's before",
        examples: ["The next morning the company suspended its head of safety, Huw Lloyd, and on Thursday, October 15, he was arrested.",
                   "Police questioned the driver for hours, and on Tuesday he was charged with murder."]
    ) { t in
        var changed = false
        // (or read as the verb's complement with no "that": "questioned the driver …, and on Tuesday he ⟦was charged⟧")
        for verb in t.indices where t.words[verb].upos == "VERB" && ["conj", "ccomp"].contains(String(t.base(verb))) {
            guard let first = t.head(verb), first < verb,
                  !t.children(verb).contains(where: { ["cc", "mark"].contains(String(t.base($0))) }),
                  let subject = t.children(verb).first(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && $0 < verb }),
                  let start = t.firstWord(subject),
                  // (hung on the verb before or on a noun of its clause: "questioned the driver for ⟦hours, and on Tuesday⟧")
                  let date = t.indices.last(where: { d in first < d && d < start && t.head(d) != verb
                      && ["obl", "obl:tmod", "nmod", "nmod:tmod"].contains(t.words[d].deprel)
                      && (Lexicon.weekdays[t.lower(d)] != nil || Lexicon.months[t.lower(d)] != nil
                          || t.children(d).contains(where: { Lexicon.weekdays[t.lower($0)] != nil || Lexicon.months[t.lower($0)] != nil })) }),
                  // (the date right before the subject, a comma between at most)
                  t.subtreeEnd(date) == start - 1 || t.subtreeEnd(date) == start - 2 && t.words[start - 1].form == ",",
                  let cc = t.children(date).first(where: { t.base($0) == "cc" && $0 < date })
            else { continue }
            t.attach(date, to: verb, rel: t.words[date].deprel.hasSuffix("tmod") ? "obl:tmod" : "obl")
            t.attach(cc, to: verb, rel: "cc")
            if t.base(verb) == "ccomp" { t.attach(verb, to: first, rel: "conj") }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "⟦That evening⟧ several families were moved to a school": a day told from another, opening the sentence with no
    /// comma, read as the head of the subject's noun phrase (the subject its modifier with no preposition, "evening …
    /// families"), the phrase made the verb's subject or a bare oblique. A noun phrase takes a noun with no preposition
    /// only as a compound before it: the noun after the day heads the subject, and the day is the verb's time.
    static let subjectReadIntoAnOpeningDay = ParseRepair(
        name: "subject read into an opening day",
        examples: ["That evening several families were moved to a school.",
                   "That night about 1,200 people from two villages were moved to evacuation centres."]
    ) { t in
        var changed = false
        for d in t.indices where toldDayNouns.contains(t.lower(d)) && t.words[d].upos == "NOUN" {
            let before = t.children(d).filter { $0 < d }
            guard (before + [d]).min() == 0,
                  before.contains(where: { c in ["that", "this"].contains(t.lower(c)) && t.base(c) == "det"
                      || toldDayWords.contains(t.lower(c)) && t.base(c) == "amod" }),
                  let verb = t.head(d), verb > d, t.words[verb].upos == "VERB",
                  ["nsubj", "obl", "obl:unmarked", "obl:tmod"].contains(String(t.base(d))) || t.words[d].deprel == "obl:unmarked",
                  let subject = t.children(d).first(where: { s in s > d && t.base(s) == "nmod" && ["NOUN", "PROPN"].contains(t.words[s].upos)
                      && !t.children(s).contains { t.base($0) == "case" } }),
                  t.children(verb).allSatisfy({ $0 == d || !["nsubj", "expl", "csubj"].contains(String(t.base($0))) })
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(subject, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(d, to: verb, rel: "obl:tmod")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "On Tuesday ⟦Kharkiv⟧ buried its dead": a name right after an opening day with no comma, read as part of the day's
    /// name and the day as the subject. A day opened by "on" is the verb's time: the name after it is the subject.
    static let nameAfterAnOpeningDayReadIntoIt = ParseRepair(
        name: "name after an opening day read into it",
        examples: ["On Tuesday Kharkiv buried its dead.", "On Monday Lindqvist announced a hearing."]
    ) { t in
        var changed = false
        for d in t.indices where d >= 1 && weekdays.contains(t.lower(d)) && t.lower(d - 1) == "on" {
            guard let verb = t.head(d), verb > d, t.words[verb].upos == "VERB", ["nsubj", "nsubj:pass"].contains(t.words[d].deprel),
                  d + 1 < verb, t.words[d + 1].upos == "PROPN", t.head(d + 1) == d,
                  !t.children(d + 1).contains(where: { t.base($0) == "case" }),
                  (d + 1..<verb).allSatisfy({ t.words[$0].upos == "PROPN" && (t.head($0) == d || t.head($0) == d + 1) })
            else { continue }
            let rel = t.words[d].deprel
            let name = d + 1
            for w in name + 1..<verb { t.attach(w, to: name, rel: "flat") }
            t.attach(name, to: verb, rel: rel)
            t.attach(d, to: verb, rel: "obl")
            t.attach(d - 1, to: d, rel: "case")
            t.retag(d - 1, upos: "ADP", xpos: "IN")
            changed = true
        }
        return changed
    }
}
