extension ParseRepair {
    /// "⟦Breaking news:⟧ Darren McKee, one of the two inmates …, has been caught near Castle Douglas": a short label
    /// before a colon opening the sentence ("Breaking news:", "Update:", "Latest:"), read as a clause of the verb with the
    /// name after the colon hung on it. A label names nothing the verb tells of: the noun after the colon is the verb's
    /// subject when the verb has none.
    static let labelBeforeAColonReadAsAClause = ParseRepair(
        name: "label before a colon read as a clause",
        examples: ["Breaking news: Darren McKee, one of the two inmates who broke out on Monday, has been caught near Castle Douglas, police say."]
    ) { t in
        guard let colon = t.indices.first(where: { t.words[$0].form == ":" }), colon >= 1, colon <= 3, colon + 2 < t.words.count,
              let root = t.indices.first(where: { t.words[$0].head == 0 }), root > colon, t.words[root].upos == "VERB",
              !t.children(root).contains(where: { ["nsubj", "nsubj:pass", "csubj"].contains(t.words[$0].deprel) }),
              let label = (0..<colon).first(where: { w in t.head(w).map { $0 > colon } ?? false }),
              (0..<colon).allSatisfy({ w in w == label || t.ancestors(w).contains(label) }),
              let subject = (colon + 1..<root).first(where: { w in
                  ["NOUN", "PROPN", "PRON"].contains(t.words[w].upos) && t.head(w).map { $0 < colon } ?? false })
        else { return false }
        let passive = t.children(root).contains { t.words[$0].deprel == "aux:pass" }
        t.attach(subject, to: root, rel: passive ? "nsubj:pass" : "nsubj")
        t.attach(label, to: root, rel: "discourse")
        return true
    }

    /// "⟦To recap:⟧ the minister resigned yesterday", "⟦To sum up:⟧ the council approved the budget on Tuesday": an
    /// infinitive opening the sentence and set off by a colon or a comma, read as the root with the clause after it as
    /// its complement. Such an infinitive is the writer's word about the sentence ("to recap", "to be clear"), or its
    /// purpose ("To win the seat, she ran"); a clause with a subject of its own after it is the sentence's main
    /// clause, and what it tells is neither said by the infinitive nor its plan. The infinitive hangs on it, a
    /// discourse word before a colon, an adverbial clause before a comma.
    static let openingInfinitiveReadAsTheRoot = ParseRepair(
        name: "opening infinitive read as the root",
        examples: ["To recap: the minister resigned yesterday after a week of protests.",
                   "To sum up: the council approved the budget on Tuesday."]
    ) { t in
        guard t.words.count > 4, t.lower(0) == "to", t.words[0].upos == "PART",
              let root = t.indices.first(where: { t.words[$0].head == 0 }), root >= 1, root <= 3,
              t.head(0) == root, t.words[root].upos != "AUX",
              let separator = (root + 1...min(root + 2, t.words.count - 1)).first(where: { [":", ","].contains(t.words[$0].form) }),
              // (nothing of the infinitive's but a particle or its adjective's copula before the separator)
              (1..<separator).allSatisfy({ $0 == root || t.head($0) == root && ["cop", "compound:prt", "mark"].contains(t.base($0)) || t.head($0) == root && t.base($0) == "compound" }),
              let clause = t.children(root).first(where: { c in c > separator && t.words[c].upos == "VERB" && t.isFinite(c)
                  && ["ccomp", "csubj", "parataxis", "advcl", "dep", "conj"].contains(t.base(c))
                  && t.children(c).contains(where: { ["nsubj", "nsubj:pass", "expl"].contains(t.words[$0].deprel) && $0 > separator }) })
        else { return false }
        let colon = t.words[separator].form == ":"
        t.attach(clause, to: -1, rel: "root")
        for c in t.children(root) where c > separator { t.attach(c, to: clause) }
        t.attach(separator, to: root, rel: "punct")
        t.attach(root, to: clause, rel: colon ? "discourse" : "advcl")
        return true
    }

    /// "Two days later ⟦a third man⟧, Darren Keogh, was held in the same city": the subject after an opening "<length>
    /// later", set off by an apposition, read as the object (or a conjunct) of "later". An adverb takes neither: a noun before the verb, which has no subject of its own, is
    /// its subject.
    static let subjectReadAsTheObjectOfLater = ParseRepair(
        name: "subject read as the object of 'later'",
        examples: ["Two days later a second suspect, Mark Ellis, was arrested in Leeds.",
                   "Three days later a third man, a 40-year-old builder, was charged."]
    ) { t in
        var changed = false
        for adverb in t.indices where t.words[adverb].upos == "ADV" && ["later", "earlier", "afterwards", "afterward", "ago"].contains(t.lower(adverb)) {
            guard let verb = t.head(adverb), verb > adverb, t.words[verb].upos == "VERB",
                  let noun = t.children(adverb).first(where: { $0 > adverb && $0 < verb && ["obj", "conj", "appos", "dep"].contains(t.base($0))
                      && ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos) }),
                  let end = t.subtreeEnd(noun), end < verb,
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "csubj", "expl"].contains(t.words[$0].deprel) }),
                  (end + 1..<verb).allSatisfy({ t.head($0) == verb && ["aux", "aux:pass", "advmod"].contains(t.words[$0].deprel)
                      || t.words[$0].upos == "PUNCT" })
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            changed = true
        }
        return changed
    }

    /// "the jet that ⟦overran⟧ runway 09 on Sunday night": a past tense tagged as a present of the third person. Every
    /// present of the third person singular ends in "s" ("is", "has", "goes", "overruns"); a verb tagged so that does
    /// not is a past tense when it differs from its lemma ("overran", "overrun"), else a present of another person.
    /// (Read as a present, "on Sunday night" had been the next Sunday, a plan.)
    static let pastTenseTaggedAsAPresent = ParseRepair(
        name: "past tense tagged as a present",
        examples: ["Crews hauled the jet that overran runway 09 on Sunday night off the grass.",
                   "The negotiators shook hands on a four-year deal early on Friday.",
                   "The ministry froze the tender last week.",
                   "That afternoon the first booms went into the water, and the first estimate put the leak at 200 tonnes."]
    ) { t in
        var changed = false
        for w in t.indices where t.words[w].xpos == "VBZ" {
            let form = t.lower(w)
            guard let last = form.last, last.isLetter, last != "s" else { continue }
            t.retag(w, upos: t.words[w].upos, xpos: form == t.words[w].lemma.lowercased() ? "VBP" : "VBD")
            changed = true
        }
        // (and a past tense that is never a present, tagged as a present of another person, with its form for a lemma:
        // "the negotiators ⟦shook⟧ hands" is "shake"; "saw" and "fell", verbs of their own too, stay; so is one tagged as
        // a base form with its form for a lemma: "the ministry ⟦froze⟧ the tender" is "freeze")
        for w in t.indices where (t.words[w].xpos == "VBP" || t.words[w].xpos == "VB" && t.words[w].lemma.lowercased() == t.lower(w))
            && pastOnly.contains(t.lower(w)) {
            let lemma = VerbLemmas.shared.mend(t.lower(w), form: t.lower(w))
            guard lemma != t.lower(w) else { continue }
            t.retag(w, upos: "VERB", xpos: "VBD")
            t.setLemma(w, lemma)
            changed = true
        }
        // (and a verb whose past is its base form, tagged as a base form with a subject of its own and no auxiliary, in a
        // clause coordinated with a past tense: "the first booms went into the water, and the first estimate ⟦put⟧ the
        // leak at 200 tonnes"; a base form takes a subject only after an auxiliary)
        for w in t.indices where t.words[w].xpos == "VB" && t.words[w].lemma.lowercased() == t.lower(w)
            && samePastAndParticiple.contains(t.lower(w)) && t.base(w) == "conj" {
            guard let h = t.head(w), t.words[h].xpos == "VBD",
                  t.children(w).contains(where: { t.base($0) == "nsubj" }),
                  !t.children(w).contains(where: { ["aux", "mark"].contains(String(t.base($0))) })
            else { continue }
            t.retag(w, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }

    /// "⟦At 9:47 p.m.⟧ the Airbus A220 touched down far along runway 09": a clock time opening the sentence after its
    /// preposition, with no comma before the subject, read as the sentence's head and the clause hung on it (as a
    /// relative clause, a conjunct …). A time of day heads no clause: the verb with its own subject after the time heads
    /// the sentence, and the time is when it happened.
    static let openingClockTimeReadAsTheRoot = ParseRepair(
        name: "opening clock time read as the root",
        examples: ["At 9:47 p.m. the Airbus A220 touched down far along runway 09 and veered into the grass.",
                   "At 9:47 p.m. the jet touched down far along the runway, skidded across the wet asphalt and veered into the grass."]
    ) { t in
        guard let time = t.indices.first(where: { t.words[$0].head == 0 }), time <= 3, t.words[time].upos == "NUM",
              t.words[time].form.contains(":") || time + 1 < t.words.count && ["a.m.", "p.m.", "am", "pm"].contains(t.lower(time + 1)),
              t.children(time).contains(where: { $0 < time && t.base($0) == "case" }),
              (0..<time).allSatisfy({ ["ADP", "ADV"].contains(t.words[$0].upos) })
        else { return false }
        let own = time + 1 < t.words.count && ["a.m.", "p.m.", "am", "pm"].contains(t.lower(time + 1)) ? time + 1 : time
        if let verb = t.children(time).first(where: { c in
            c > time && t.words[c].upos == "VERB" && t.isFinite(c)
                && ["acl", "parataxis", "ccomp", "dep", "conj", "advcl", "appos", "nmod"].contains(t.base(c))
                && t.children(c).contains { s in s > time && s < c && ["nsubj", "nsubj:pass"].contains(t.words[s].deprel) } }) {
            t.attach(verb, to: -1, rel: "root")
            for c in t.children(time) where c > own && c != verb { t.attach(c, to: verb) }
            t.attach(time, to: verb, rel: "obl")
            return true
        }
        // (the subject read as the time's apposition, its verb as a participle describing it: "the jet ⟦touched⟧ down,
        // ⟦skidded⟧ across …")
        guard let subject = t.children(time).first(where: { s in
                  s > own && ["NOUN", "PROPN"].contains(t.words[s].upos) && ["appos", "dep", "nsubj", "conj", "nmod"].contains(t.base(s)) }),
              let verb = t.children(subject).first(where: { v in v > subject && t.base(v) == "acl" && isBarePastForm(t, v) })
        else { return false }
        t.retag(verb, upos: "VERB", xpos: "VBD")
        t.attach(verb, to: -1, rel: "root")
        t.attach(subject, to: verb, rel: "nsubj")
        for c in t.children(subject) where c > verb && t.base(c) == "acl" && isBarePastForm(t, c) {
            t.retag(c, upos: "VERB", xpos: "VBD")
            t.attach(c, to: verb, rel: "conj")
        }
        for c in t.children(time) where c > own { t.attach(c, to: verb) }
        t.attach(time, to: verb, rel: "obl")
        return true
    }

    /// "At 12:40 a.m. the container ship Kolding ⟦cast⟧ off from the terminal": a past tense that is a noun too ("cast",
    /// "set", "cut"), read as a noun with the subject before it still its subject. A noun takes a subject only with a
    /// copula ("the ship was a wreck"); one with a subject and no copula, auxiliary or determiner is the clause's verb,
    /// and a name right after the subject's noun is that noun's apposition ("the container ship ⟦Kolding⟧").
    static let pastTenseWithItsSubjectReadAsANoun = ParseRepair(
        name: "past tense with its subject read as a noun",
        examples: ["At 12:40 a.m. on Tuesday, October 13, the container ship Kolding cast off from the terminal."]
    ) { t in
        var changed = false
        for w in t.indices where t.words[w].upos == "NOUN" && isPastTenseToo(t.lower(w)) && t.lower(w) == t.words[w].lemma.lowercased() {
            guard let subject = t.children(w).first(where: { $0 < w && t.base($0) == "nsubj" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  !t.children(w).contains(where: { ["cop", "aux", "aux:pass", "det", "nmod:poss"].contains(String(t.base($0))) })
            else { continue }
            t.retag(w, upos: "VERB", xpos: "VBD")
            for c in t.children(w) where c > subject && c < w && t.base(c) == "compound" && t.words[c].upos == "PROPN" {
                t.attach(c, to: subject, rel: "appos")
            }
            changed = true
        }
        return changed
    }

    /// A past form ("touched", "skidded", "ran") with no auxiliary, copula or subject of its own.
    static func isBarePastForm(_ t: RepairTree, _ v: Int) -> Bool {
        t.words[v].upos == "VERB" && (t.words[v].xpos == "VBD" || t.words[v].xpos == "VBN" && isPastTenseToo(t.lower(v)))
            && !t.children(v).contains { ["aux", "cop", "nsubj"].contains(t.base($0)) }
    }
}

extension ParseRepair {
    /// "the A220 touched down far along runway 09, ⟦skidded⟧ across the wet asphalt and veered into the grass": a past
    /// form coordinated with a past tense, tagged as a participle. Coordination joins like with like: a conjunct of a
    /// past tense with no auxiliary of its own or of its head, nor a subject, is a past tense too ("was injured and
    /// ⟦taken⟧ to hospital" shares its auxiliary and stays a participle).
    static let pastTenseCoordinatedAsAParticiple = ParseRepair(
        name: "past tense coordinated as a participle",
        examples: ["The jet touched down late, skidded across the wet asphalt and veered into the grass."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBN" && t.base(verb) == "conj" {
            guard let head = t.head(verb), t.words[head].upos == "VERB", t.words[head].xpos == "VBD",
                  isPastTenseToo(t.lower(verb)),
                  !t.children(verb).contains(where: { ["aux", "nsubj", "cop"].contains(t.base($0)) }),
                  !t.children(head).contains(where: { ["aux", "cop"].contains(t.base($0)) })
            else { continue }
            t.retag(verb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "Estuaire denied the report the next day, ⟦and⟧ the pilots' union ⟦came⟧ to the crew's defence": a clause opening
    /// with "and" or "but" and a subject of its own, read as the complement of the verb before it. A complement never
    /// opens with a coordinating conjunction: the clause is the verb's conjunct (its words were the denial's claim). A
    /// verb with a complement of its own before it keeps the second one ("said the plant had closed, and workers were
    /// sent home" may tell both), and so does a speaker set in the quotation ("Divers would keep working, he said, but
    /// ships were being withdrawn": what he said goes on).
    static let conjunctReadAsAComplement = ParseRepair(
        name: "conjunct read as a complement",
        examples: ["The airline denied the report the next day, and the pilots' union came to the crew's defence in a statement."]
    ) { t in
        var changed = false
        for second in t.indices where t.words[second].upos == "VERB" && t.base(second) == "ccomp" {
            guard let first = t.head(second), first < second, t.words[first].upos == "VERB", t.base(first) != "parataxis",
                  let start = t.firstWord(second), ["and", "but"].contains(t.lower(start)), t.words[start].upos == "CCONJ",
                  start > first, start > 0, t.words[start - 1].form == ",",
                  t.children(second).contains(where: { s in ["nsubj", "nsubj:pass"].contains(t.words[s].deprel) && s < second }),
                  t.children(second).allSatisfy({ t.base($0) != "mark" }),
                  !t.children(first).contains(where: { $0 != second && t.base($0) == "ccomp" })
            else { continue }
            t.attach(second, to: first, rel: "conj")
            t.attach(start, to: second, rel: "cc")
            if t.head(start - 1) != first { t.attach(start - 1, to: second, rel: "punct") }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "denied a report ⟦broadcast⟧ yesterday by Radio-Nord alleging that …": a participle of the form of its past
    /// tense ("broadcast", "put", "set") right after a noun, read as the head of a compound with that noun as its
    /// modifier, when a "by" phrase follows it (after a bare day or right away). A noun phrase ends before an agent: the noun
    /// before is the head (the verb's object), the participle describes it with the day and the agent, and a gerund
    /// after them ("alleging that …") tells what the noun says.
    static let participleReadAsTheHeadOfACompound = ParseRepair(
        name: "participle read as the head of a compound",
        examples: ["The airline denied a report broadcast yesterday by Radio-Nord alleging that a repair had been deferred."]
    ) { t in
        var changed = false
        for word in t.indices where t.words[word].upos == "NOUN" && word + 1 < t.words.count && word > 0
            && samePastAndParticiple.contains(t.lower(word)) {
            let noun = word - 1
            guard t.head(noun) == word, t.base(noun) == "compound", t.words[noun].upos == "NOUN",
                  let verb = t.head(word), t.words[verb].upos == "VERB", ["obj", "nsubj", "nsubj:pass", "obl"].contains(t.words[word].deprel),
                  // (an agent, after a bare day or right away: "the evening broadcast Monday" may be the noun's own)
                  t.lower(word + 1) == "by" || bareDays.contains(t.lower(word + 1)) && word + 2 < t.words.count && t.lower(word + 2) == "by"
            else { continue }
            t.attach(noun, to: verb, rel: t.words[word].deprel)
            for c in t.children(word) where c < noun { t.attach(c, to: noun) }
            t.retag(word, upos: "VERB", xpos: "VBN")
            t.setLemma(word, t.lower(word))
            t.attach(word, to: noun, rel: "acl")
            // (the day and the agent after it, and a gerund right after them, the parse hung on the verb)
            var next = word + 1
            for c in t.children(verb) where c > word {
                guard let start = t.subtreeStart(c), start == next, let end = t.subtreeEnd(c) else { break }
                if bareDays.contains(t.lower(c)) || t.children(c).contains(where: { t.lower($0) == "by" && t.base($0) == "case" }) {
                    t.attach(c, to: word, rel: bareDays.contains(t.lower(c)) ? "obl:tmod" : "obl:agent")
                } else if t.words[c].xpos == "VBG", t.base(c) == "advcl" {
                    t.attach(c, to: noun, rel: "acl")
                } else { break }
                next = end + 1
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "⟦In the early hours of Friday⟧, March 13, after 20 hours of talks, the negotiators ⟦shook⟧ hands on a deal": an
    /// opening phrase of time (a preposition, then a noun of the day's or the week's time) read as the sentence's head
    /// and the clause hung on it. A time heads no clause: the finite verb with its own subject after it heads the
    /// sentence, the time is its oblique, and what the time held after its own "of" phrase (another oblique, the final
    /// stop) is the verb's.
    static let openingTimePhraseReadAsTheRoot = ParseRepair(
        name: "opening time phrase read as the root",
        examples: ["In the early hours of Friday, March 13, after 20 hours of talks, the negotiators shook hands on a tentative four-year deal."]
    ) { t in
        guard let time = t.indices.first(where: { t.words[$0].head == 0 }), time <= 4, t.words[time].upos == "NOUN",
              openingTimeNouns.contains(t.words[time].lemma.lowercased()),
              t.children(time).contains(where: { $0 == 0 && t.base($0) == "case" }),
              (1..<time).allSatisfy({ ["DET", "ADJ", "NUM"].contains(t.words[$0].upos) }),
              let verb = t.children(time).first(where: { c in
                  c > time && t.words[c].upos == "VERB" && t.isFinite(c)
                      && ["acl", "parataxis", "ccomp", "dep", "conj", "advcl", "appos", "nmod"].contains(t.base(c))
                      && t.children(c).contains { s in s > time && s < c && ["nsubj", "nsubj:pass"].contains(t.words[s].deprel) } })
        else { return false }
        t.attach(verb, to: -1, rel: "root")
        for c in t.children(time) where c > time && c != verb {
            // (the time's own "of" phrase stays: "the early hours ⟦of Friday⟧")
            if t.base(c) == "nmod", t.children(c).contains(where: { t.base($0) == "case" && t.lower($0) == "of" }) { continue }
            if c < verb, t.base(c) == "punct" { continue }
            t.attach(c, to: verb, rel: t.base(c) == "nmod" ? "obl" : nil)
        }
        t.attach(time, to: verb, rel: "obl")
        return true
    }

    /// Nouns of a time of day or of the week that open a sentence after a preposition ("In the early ⟦hours⟧ of Friday",
    /// "On the ⟦morning⟧ of the vote", "By the end of the ⟦week⟧" is not one: its noun is "end").
    static let openingTimeNouns: Set<String> = ["hour", "morning", "afternoon", "evening", "night", "day", "weekend", "minute", "moment"]
}

extension ParseRepair {
    /// "On Wednesday ⟦the shipowner⟧, Aegean Crest Shipping, ⟦denied⟧ …": the subject after an opening date read as the
    /// date's apposition, the verb left with no subject. An apposition is set off by a comma; a noun phrase right after
    /// the day or month named, before a finite verb that has no subject, is that verb's subject.
    static let subjectReadAsTheAppositionOfAnOpeningDate = ParseRepair(
        name: "subject read as the apposition of an opening date",
        examples: ["On Wednesday the shipowner, Aegean Crest Shipping, denied that the tanker had left the shipping lane.",
                   "On Monday the employers' association denied a union allegation."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb)
            && !t.children(verb).contains(where: { ["nsubj", "csubj", "expl"].contains(String(t.base($0))) }) {
            guard let date = t.children(verb).first(where: { d in d < verb && t.base(d) == "obl"
                      && (dateUnits.contains(t.lower(d)) || monthNames.contains(t.lower(d))) }),
                  let noun = t.children(date).first(where: { n in n > date && t.words[n].deprel == "appos"
                      && ["NOUN", "PROPN"].contains(t.words[n].upos) && !weekdays.contains(t.lower(n)) && !monthNames.contains(t.lower(n)) }),
                  let start = t.subtreeStart(noun), let end = t.subtreeEnd(noun), end < verb,
                  // (no comma between the date and the noun: "On Monday, the day of the vote, …" is an apposition)
                  !(date + 1..<start).contains(where: { t.words[$0].form == "," })
            else { continue }
            t.attach(noun, to: verb, rel: "nsubj")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "On Sunday, August 30, ⟦inspectors signed off⟧ on the cleanup, and production resumed the next morning": the
    /// first clause after an opening date read as the date's apposition with a participle on it, the date hung on the
    /// verb of the clause after "and". A clause that opens with "and" is never the head of the clause before it: the
    /// participle is the first clause's past tense, the noun its subject, the opening date its time, and the verb after
    /// "and" its conjunct (with its own time, "the next morning", if it has one).
    static let firstClauseAfterAnOpeningDateReadAsItsApposition = ParseRepair(
        name: "first clause after an opening date read as its apposition",
        examples: ["On Sunday, August 30, inspectors signed off on the cleanup, and production resumed the next morning."]
    ) { t in
        guard let root = t.indices.first(where: { t.words[$0].head == 0 }), t.words[root].upos == "VERB",
              let cc = t.children(root).first(where: { $0 < root && t.base($0) == "cc" && ["and", "but"].contains(t.lower($0)) }),
              let date = t.children(root).first(where: { d in d < cc && t.base(d) == "obl"
                  && (dateUnits.contains(t.lower(d)) || monthNames.contains(t.lower(d))) }),
              let noun = t.children(date).first(where: { n in n > date && n < cc && t.base(n) == "appos"
                  && ["NOUN", "PROPN", "PRON"].contains(t.words[n].upos) && !weekdays.contains(t.lower(n)) && !monthNames.contains(t.lower(n)) }),
              let verb = t.children(noun).first(where: { v in v > noun && v < cc && t.base(v) == "acl" && t.words[v].upos == "VERB"
                  && ["VBN", "VBD"].contains(t.words[v].xpos) }),
              !t.children(verb).contains(where: { ["aux", "aux:pass", "nsubj", "mark"].contains(String(t.base($0))) }),
              // (a participle that is also the past tense: "signed", "shut"; "taken" is no past tense)
              t.words[verb].xpos == "VBD" || t.lower(verb).hasSuffix("ed") || samePastAndParticiple.contains(t.lower(verb))
        else { return false }
        t.retag(verb, upos: "VERB", xpos: "VBD")
        t.coordinate(verb, before: root)
        t.attach(noun, to: verb, rel: "nsubj")
        t.attach(date, to: verb, rel: "obl")
        for c in t.children(root) where c < date { t.attach(c, to: verb) }
        return true
    }
}

extension ParseRepair {
    /// "On November 2, ⟦the council⟧, meeting in Leeds, voted to close the harbour", "Two days after the storm, on
    /// Friday, ⟦the town council⟧ voted …": the subject after an opening date set off by commas, read as the date's
    /// apposition, the verb left with no subject (or with the opening length, "Two days", as its subject). What a date
    /// sets beside itself is a word of time ("On Monday, the day of the vote, …"); any other noun between the date and
    /// a verb with no subject of its own is that verb's subject, the date its time, and a length measured "after" or
    /// "before" something the time of the verb too.
    static let subjectSetOffAfterAnOpeningDate = ParseRepair(
        name: "subject set off after an opening date",
        examples: ["On November 2, the council, meeting in Leeds, voted to close the harbour.",
                   "Two days after the storm, on Friday, the town council voted to close the harbour."]
    ) { t in
        func isDay(_ d: Int) -> Bool {
            weekdays.contains(t.lower(d)) || monthNames.contains(t.lower(d))
                || t.words[d].upos == "NUM" && (t.children(d).contains { monthNames.contains(t.lower($0)) } || d >= 1 && monthNames.contains(t.lower(d - 1)))
        }
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb) {
            let subjects = t.children(verb).filter { ["nsubj", "nsubj:pass", "csubj", "expl"].contains(t.words[$0].deprel) }
            // (the opening length the parse made the subject: "⟦Two days⟧ after the storm")
            let length = subjects.count == 1 ? subjects.first.flatMap { s -> Int? in
                s < verb && lengthUnits.contains(t.lower(s)) && t.children(s).contains(where: { t.words[$0].deprel == "nummod" })
                    && t.children(s).contains(where: { c in t.children(c).contains { t.base($0) == "case" && ["after", "before"].contains(t.lower($0)) } })
                    ? s : nil
            } : nil
            guard subjects.isEmpty || length != nil,
                  let date = (0..<verb).first(where: { d in
                      (t.head(d) == verb || length != nil && t.head(d) == length) && isDay(d)
                          && t.children(d).contains { t.base($0) == "case" && t.lower($0) == "on" } }),
                  let noun = t.children(date).first(where: { n in n > date && t.words[n].deprel == "appos"
                      && ["NOUN", "PROPN"].contains(t.words[n].upos) && !timeNouns.contains(t.words[n].lemma.lowercased())
                      && !weekdays.contains(t.lower(n)) && !monthNames.contains(t.lower(n)) && !lengthUnits.contains(t.lower(n)) }),
                  let end = t.subtreeEnd(noun), end < verb
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            if let length { t.attach(length, to: verb, rel: "obl:unmarked") }
            if t.head(date) != verb { t.attach(date, to: verb, rel: "obl") }
            changed = true
        }
        return changed
    }
}
