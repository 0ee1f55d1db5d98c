/// Repairs of time phrases the parser reads into a noun phrase. Each with its sentences beside it; `ParseRepair.all`
/// lists them with the others.
extension ParseRepair {
    /// "Teodora grew into a major hurricane ⟦yesterday afternoon⟧": a part of the day after "yesterday", "today",
    /// "tomorrow" (or "this", "last", "that"), read as the head of the noun phrase before it ("a major hurricane …
    /// afternoon", "a man in Leeds … evening"). A day's part so opened is a time phrase of its own: the noun phrase
    /// keeps its head (the verb's object or oblique), and the time phrase tells when the verb happened, so the summary
    /// and the words of the clause keep "into a major hurricane".
    static let dayPartReadAsTheHeadOfTheNounPhraseBefore = ParseRepair(
        name: "part of the day read as the head of the noun phrase before it",
        examples: ["Teodora grew into a major hurricane yesterday afternoon.",
                   "The ship ran aground on a sandbank yesterday morning.",
                   "Police arrested a man in Leeds yesterday evening."]
    ) { t in
        var changed = false
        for part in t.indices where part >= 2 && dayParts.contains(t.lower(part)) && dayOpeners.contains(t.lower(part - 1)) {
            let opener = part - 1
            let before = t.children(part).filter { $0 < opener }
            // (the noun phrase's head: the last noun the part of the day took before the time phrase)
            guard let verb = t.head(part), t.words[verb].upos == "VERB",
                  let noun = before.last(where: { ["NOUN", "PROPN", "NUM"].contains(t.words[$0].upos) && $0 < opener })
            else { continue }
            let hasCase = t.children(noun).contains { t.base($0) == "case" } || before.contains { t.base($0) == "case" }
            let rel = hasCase ? "obl" : t.children(verb).contains(where: { t.base($0) == "obj" }) ? t.words[part].deprel : "obj"
            t.attach(noun, to: verb, rel: rel)
            for c in before where c != noun { t.attach(c, to: noun) }
            t.attach(part, to: verb, rel: "obl:tmod")
            t.attach(opener, to: part, rel: ["this", "that", "last"].contains(t.lower(opener)) ? "det" : "nmod:tmod")
            changed = true
        }
        return changed
    }

    /// "The planes stayed on the ground until 4:15 p.m., ⟦and by midnight⟧ the airline ⟦had scrapped⟧ 1,140 flights": a
    /// time of day opening a coordinated clause, read as a noun hung on the "and" with the clause as its relative
    /// clause. A bare time of day ("midnight", "dawn", "nightfall") takes no relative clause without a relative word
    /// (only a noun with its article does: "by the time the airline had …"): the clause is a conjunct of the
    /// sentence's clause before it, the time phrase its time, and the "and" and its comma the clause's.
    static let timeOfDayOpeningACoordinatedClause = ParseRepair(
        name: "time of day opening a coordinated clause",
        examples: ["Power returned at 9 p.m., when the last of the lines came back, and by midnight the utility had reconnected 40,000 homes."]
    ) { t in
        var changed = false
        for date in t.indices where t.words[date].upos == "NOUN" && timesOfDay.contains(t.lower(date)) {
            guard let clause = t.children(date).first(where: { t.words[$0].deprel == "acl:relcl" && $0 > date }),
                  t.words[clause].upos == "VERB", t.isFinite(clause),
                  let subject = t.children(clause).first(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }),
                  t.subtreeStart(subject) == date + 1,
                  !t.children(clause).contains(where: { ["mark"].contains(String(t.base($0))) || ["WDT", "WP", "WP$", "WRB"].contains(t.words[$0].xpos) }),
                  !t.children(subject).contains(where: { ["WDT", "WP", "WP$"].contains(t.words[$0].xpos) }),
                  // (bare, its preposition right before it: "by midnight", not "by the time")
                  t.children(date).allSatisfy({ $0 == clause || $0 == date - 1 }),
                  let prep = t.children(date).first(where: { $0 == date - 1 }), ["ADP", "SCONJ"].contains(t.words[prep].upos),
                  let and = prep >= 1 ? prep - 1 : nil, t.words[and].upos == "CCONJ", ["and", "but"].contains(t.lower(and)),
                  let up = t.head(date), ["CCONJ", "PUNCT"].contains(t.words[up].upos) || up == and,
                  // (the clause before: the first verb above the date that no subordinator opens)
                  let verb = t.ancestors(date).first(where: { v in t.words[v].upos == "VERB" && v < and
                      && !["advcl", "acl", "acl:relcl", "ccomp", "xcomp"].contains(t.words[v].deprel) })
            else { continue }
            t.attach(clause, to: verb, rel: "conj")
            t.attach(date, to: clause, rel: "obl")
            t.attach(prep, to: date, rel: "case")
            t.attach(and, to: clause, rel: "cc")
            if and >= 1, t.words[and - 1].form == "," { t.attach(and - 1, to: clause, rel: "punct") }
            changed = true
        }
        return changed
    }

    /// Times of day named bare, as a point: "by ⟦midnight⟧", "at ⟦dawn⟧".
    static let timesOfDay: Set<String> = ["midnight", "noon", "midday", "dawn", "daybreak", "dusk", "nightfall", "sunrise", "sunset",
                                          "lunchtime", "teatime"]

    /// Words that open a time phrase of a part of the day: "⟦yesterday⟧ afternoon", "⟦this⟧ morning".
    static let dayOpeners: Set<String> = ["yesterday", "today", "tomorrow", "this", "that", "last"]
}

extension ParseRepair {
    /// "…, and at 6 ⟦a.m.⟧ the next morning the city shut the building": a clock time's "a.m." or "p.m." read as a
    /// compound of the subject after it ("a.m. … city"). A time of day names no thing: the clock time is when the
    /// subject's verb happened (its oblique, headed by its number, as an opening stamp is), and what hung on its "a.m."
    /// ("the next morning") goes with it.
    static let clockSuffixReadAsACompoundOfTheSubject = ParseRepair(
        name: "clock suffix read as a compound of the subject",
        examples: ["Officials named the source on Wednesday, and at 6 a.m. the next morning the city shut the building."]
    ) { t in
        var changed = false
        for w in t.indices where ["a.m.", "p.m.", "am", "pm"].contains(t.lower(w)) && t.base(w) == "compound" {
            guard let subject = t.head(w), subject > w, t.base(subject) == "nsubj", ["NOUN", "PROPN"].contains(t.words[subject].upos),
                  let verb = t.head(subject), verb > subject, t.words[verb].upos == "VERB",
                  let number = t.children(w).first(where: { $0 == w - 1 && t.words[$0].upos == "NUM" })
            else { continue }
            t.attach(number, to: verb, rel: "obl")
            for c in t.children(w) where c != number { t.attach(c, to: number) }
            t.attach(w, to: number, rel: "nmod:unmarked")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// Prepositions that date what they govern by the happening their noun names: "⟦since⟧ the hearing", "⟦after⟧ the vote".
    static let timeRelations: Set<String> = ["since", "after", "before", "until", "till", "during", "following", "ahead", "prior", "by",
                                             "throughout", "amid"]

    /// "The former director testified before the inquiry ⟦on Tuesday⟧": a day closing the clause, hung on the noun of
    /// the verb's object or oblique. A verb with no date of its own takes the day that ends its clause: the testimony
    /// is of Tuesday, whatever the inquiry's days (a noun's own day comes before its other words or as its
    /// possessive: "Tuesday's inquiry").
    static let closingDayReadOnTheVerbsNoun = ParseRepair(
        name: "closing day read on the verb's noun",
        examples: ["The former director testified before the inquiry on Tuesday.",
                   "The minister visited the flooded villages on Sunday.",
                   "The former director told the inquiry on Tuesday that warnings had been ignored."]
    ) { t in
        var changed = false
        for day in t.indices where weekdays.contains(t.lower(day)) && t.base(day) == "nmod" {
            guard let noun = t.head(day), noun < day, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  ["obj", "obl", "iobj"].contains(String(t.base(noun))), let verb = t.head(noun), verb < noun, t.words[verb].upos == "VERB",
                  // (a clause's own verb, not a participle describing a noun: "investigators ⟦examining⟧ the crash near
                  // the airport on Sunday" tell the crash's day)
                  !["VBG", "VBN"].contains(t.words[verb].xpos) || t.children(verb).contains(where: { ["aux", "aux:pass"].contains(String(t.words[$0].deprel)) }),
                  !["acl", "advcl"].contains(String(t.base(verb))),
                  t.children(day).contains(where: { t.base($0) == "case" && t.lower($0) == "on" }),
                  // (a saying's occasion and its day are one: "said ⟦at a news conference on Monday⟧" is left as read)
                  !(t.base(noun) == "obl" && PredicateRules.reporting.contains(t.words[verb].lemma.lowercased())),
                  // (a noun that itself dates the verb keeps its day: "deliberating ⟦since⟧ the hearing on Monday")
                  !t.children(noun).contains(where: { t.base($0) == "case" && timeRelations.contains(t.lower($0)) })
            else { continue }
            // (what a verb of saying says after the day, read as a relative clause on its noun: "told the inquiry on
            // Tuesday ⟦that warnings had been ignored⟧" has its own subject, no gap for "that" to fill)
            if PredicateRules.reporting.contains(t.words[verb].lemma.lowercased()),
               let clause = t.children(noun).first(where: { c in c > day && t.base(c) == "acl" }),
               let that = t.children(clause).first(where: { t.lower($0) == "that" && $0 == day + 1 }),
               t.children(clause).contains(where: { ["nsubj", "nsubj:pass"].contains(String(t.words[$0].deprel)) && $0 != that }) {
                t.attach(clause, to: verb, rel: "ccomp")
                t.attach(that, to: clause, rel: "mark")
                t.retag(that, upos: "SCONJ", xpos: "IN")
            }
            guard
                  // (the day ends the clause: nothing after it but the closing stop, or what the verb says: "told the
                  // inquiry on Tuesday ⟦that warnings had been ignored⟧")
                  let end = t.subtreeEnd(verb), end >= day,
                  (day + 1..<end + 1).allSatisfy({ w in t.words[w].upos == "PUNCT" && w == end
                      || t.children(verb).contains { c in t.base(c) == "ccomp" && t.subtreeWords(c).contains(w) } }),
                  // (and the verb has no day of its own)
                  !t.children(verb).contains(where: { c in t.subtreeWords(c).contains { weekdays.contains(t.lower($0)) } && c != noun })
            else { continue }
            t.attach(day, to: verb, rel: "obl")
            changed = true
        }
        return changed
    }

    /// "A judge ordered him held in custody ⟦the following day⟧", "The court found the two men guilty ⟦on Tuesday⟧": a
    /// date hung on the second predicate of a small clause (a participle, whether tagged so or as a past tense, or an
    /// adjective its verb's object is said to be, no "to" before it). Such a predicate has no time of its own: the date is when the verb that makes it
    /// happened (the order, the finding).
    static let dateOnTheSecondPredicateOfASmallClause = ParseRepair(
        name: "date on the second predicate of a small clause",
        examples: ["A judge ordered him held in custody the following day.",
                   "The court found the two men guilty on Tuesday."]
    ) { t in
        var changed = false
        for d in t.indices where timeNouns.contains(t.lower(d)) || weekdays.contains(t.lower(d)) {
            guard let x = t.head(d), t.words[x].deprel == "xcomp", x < d,
                  t.base(d) == "obl" || t.base(d) == "nmod" && t.words[x].upos == "ADJ",
                  ["VBN", "VBD"].contains(t.words[x].xpos) || t.words[x].upos == "ADJ",
                  !t.children(x).contains(where: { t.base($0) == "mark" }),
                  let verb = t.head(x), verb < x, t.words[verb].upos == "VERB",
                  t.children(verb).contains(where: { t.base($0) == "obj" && $0 < x }),
                  // (the verb dated already keeps its own date)
                  !t.children(verb).contains(where: { t.base($0) == "obl" && (timeNouns.contains(t.lower($0)) || weekdays.contains(t.lower($0))) })
            else { continue }
            t.attach(d, to: verb, rel: t.base(d) == "nmod" ? "obl" : t.words[d].deprel)
            changed = true
        }
        return changed
    }

    /// Nouns that head a time phrase: "the following ⟦day⟧", "that ⟦morning⟧".
    static let timeNouns: Set<String> = ["day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                                         "today", "yesterday", "tomorrow"]
}
