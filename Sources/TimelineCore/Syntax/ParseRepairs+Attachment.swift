/// Repairs of where the greedy parser attaches a phrase or a clause in news sentences, written from TBAQ's remaining
/// errors (6 Dec night): a date set off between "the" and its noun, a date opening a coordinated clause, a restrictive
/// relative clause inside the subject, the figure a change reaches. Each is a fact of English grammar with the
/// sentences it was written for beside it; `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "charged in the ⟦Dec. 21, 1988,⟧ bombing of Pan Am Flight 103", "since the Sept. 11, 2001, attacks": a full
    /// date set off by commas between an article and a noun, read as the phrase's head with the noun a conjunct or an
    /// apposition after it. A date that follows "the" and closes with a comma before a noun qualifies that noun: the
    /// noun takes the date's place and the date modifies it.
    static let dateSetOffBeforeANoun = ParseRepair(
        name: "date set off before a noun",
        examples: ["Two men were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.",
                   "Security was tightened after the Sept. 11, 2001, attacks on New York and Washington."]
    ) { t in
        var changed = false
        let count = t.words.count
        for month in t.indices where month >= 1 && month + 5 < count && monthNames.contains(t.lower(month))
            && ["the", "its", "their", "his", "her"].contains(t.lower(month - 1)) {
            let day = month + 1, year = month + 3
            guard t.words[day].upos == "NUM", t.words[month + 2].form == ",", t.words[year].form.count == 4,
                  t.words[year].form.allSatisfy(\.isNumber), t.words[year + 1].form == ","
            else { continue }
            // The noun: the last of the run of nouns and adjectives after the closing comma.
            var noun = year + 2
            guard ["NOUN", "ADJ", "PROPN"].contains(t.words[noun].upos) else { continue }
            while noun + 1 < count, ["NOUN", "ADJ"].contains(t.words[noun + 1].upos) { noun += 1 }
            guard t.words[noun].upos == "NOUN",
                  // (the date read as the phrase's head: the article and the noun hang from within it)
                  let top = [month, day, year].first(where: { w in t.head(w).map { $0 < month - 1 || $0 > noun } ?? true }),
                  t.head(month - 1).map({ (month...year).contains($0) }) == true,
                  t.head(noun).map({ (month - 1...year + 1).contains($0) || $0 == t.head(top) }) == true
            else { continue }
            let upper = (head: t.words[top].head, rel: t.words[top].deprel)
            if upper.head == 0 { continue }
            t.attach(noun, to: upper.head - 1, rel: upper.rel)
            for w in month - 1...year + 1 where w != top {
                for c in t.children(w) where c < month - 1 || c > year + 1 { if c != noun { t.attach(c, to: noun) } }
            }
            for c in t.children(top) where c < month - 1 || c > year + 1 { if c != noun { t.attach(c, to: noun) } }
            t.attach(month - 1, to: noun, rel: t.lower(month - 1) == "the" ? "det" : "nmod:poss")
            t.attach(day, to: noun, rel: "compound")
            t.attach(month, to: day, rel: "nmod:unmarked")
            t.attach(year, to: day, rel: "nmod:unmarked")
            t.attach(month + 2, to: year, rel: "punct")
            t.attach(year + 1, to: year, rel: "punct")
            for k in year + 2..<noun where t.head(k) != noun || !["amod", "compound"].contains(t.words[k].deprel) {
                t.attach(k, to: noun, rel: t.words[k].upos == "ADJ" ? "amod" : "compound")
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "County officials lifted the evacuation order ⟦that⟧ had been in place since Tuesday": a clause whose subject is
    /// the relative pronoun right after a noun of the verb's, read as the verb's complement. A complement's "that" is
    /// no subject: the clause describes the noun before it, and its date ("since Tuesday") is its own, not the verb's.
    static let relativeThatReadAsAComplement = ParseRepair(
        name: "relative that read as a complement",
        examples: ["County officials lifted the evacuation order that had been in place since Tuesday."]
    ) { t in
        var changed = false
        for clause in t.indices where ["ccomp", "parataxis", "dep"].contains(t.base(clause)) {
            guard let pronoun = t.children(clause).first(where: { ["nsubj", "nsubj:pass"].contains(t.base($0)) && t.words[$0].upos == "PRON"
                      && ["that", "which"].contains(t.lower($0)) }),
                  pronoun >= 1, pronoun == t.subtreeStart(clause), let governor = t.head(clause), governor < pronoun,
                  ["NOUN", "PROPN"].contains(t.words[pronoun - 1].upos), t.ancestors(pronoun - 1).contains(governor)
            else { continue }
            t.attach(clause, to: pronoun - 1, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// "The US Chemical Safety Board, ⟦which⟧ investigates industrial accidents, said on Wednesday it was sending a
    /// team": a relative clause set off after the subject, read as the reported clause of the verb after it with the
    /// subject hung on it. The noun before the comma is the verb's subject, and the clause describes it.
    static let relativeClauseAfterTheSubject = ParseRepair(
        name: "relative clause after the subject",
        examples: ["The US Chemical Safety Board, which investigates industrial accidents, said on Wednesday it was sending a team."]
    ) { t in
        var changed = false
        for clause in t.indices where ["ccomp", "parataxis", "conj", "dep"].contains(String(t.base(clause))) {
            guard let verb = t.head(clause), verb > clause, t.words[verb].upos == "VERB",
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) }),
                  let pronoun = t.children(clause).first(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && ["which", "who"].contains(t.lower($0)) }),
                  pronoun >= 2, t.words[pronoun - 1].form == ",",
                  let noun = t.children(clause).first(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && $0 < pronoun - 1
                      && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  t.subtreeEnd(noun) == pronoun - 2
            else { continue }
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(clause, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// "…, and ⟦the following year⟧ he was appointed attache", "…, and the next day they charged him": a date opening
    /// a coordinated clause, read as a noun hung on the "and" or its comma with the clause as its relative clause. A
    /// clause whose date stands on no verb or preposition is no description of that date ("on the day he was born",
    /// "the day he died, it rained" keep their reading): the clause is the sentence's next clause, the date its time.
    static let dateOpeningAClause = ParseRepair(
        name: "date opening a clause",
        examples: ["On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed military attache.",
                   "Police questioned the man on Monday, and the next day they charged him with murder."]
    ) { t in
        var changed = false
        for date in t.indices where t.words[date].upos == "NOUN" && (dateUnits.contains(t.lower(date)) || t.lower(date) == "day") {
            guard let clause = t.children(date).first(where: { t.words[$0].deprel == "acl:relcl" && $0 > date }),
                  t.words[clause].upos == "VERB", t.isFinite(clause),
                  let subject = t.children(clause).first(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }),
                  t.subtreeStart(subject) == date + 1,
                  !t.children(clause).contains(where: { t.base($0) == "mark" }),
                  t.children(date).allSatisfy({ $0 == clause || $0 < date }),
                  t.children(date).contains(where: { t.words[$0].deprel == "det" || ["next", "following", "previous", "same"].contains(t.lower($0)) }),
                  let up = t.head(date), ["CCONJ", "PUNCT"].contains(t.words[up].upos),
                  let verb = t.ancestors(date).first(where: { t.words[$0].upos == "VERB" }), verb < date
            else { continue }
            t.attach(clause, to: verb, rel: "conj")
            t.attach(date, to: clause, rel: "obl:unmarked")
            // The "and" and its comma belong to the clause.
            for w in [up] + (t.head(up).map { t.words[$0].upos == "PUNCT" ? [$0] : [] } ?? []) where w < date {
                t.attach(w, to: clause, rel: t.words[w].upos == "CCONJ" ? "cc" : "punct")
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "Hundreds of fighters in the revolution that brought Castro to power 42 years ago ⟦gathered⟧ Wednesday night":
    /// a relative clause inside the subject, with no comma, and the sentence's own verb after it read as a second
    /// verb of the relative clause (a conjunct with no "and") while the subject stays the root. The verb is the
    /// sentence's, the noun its subject; a time phrase between the two verbs belongs to the relative clause.
    static let restrictiveRelativeBeforeMainVerb = ParseRepair(
        name: "restrictive relative clause before the main verb",
        examples: ["Hundreds of former fighters in the revolution that brought Castro to power 42 years ago gathered Wednesday night.",
                   "The men who fled the town returned on Monday.",
                   "A container ship that had lost power slammed into a support pier of the bridge early on Tuesday.",
                   "A container ship that had lost power slammed into a pier early on Tuesday, collapsing most of the span, officials said."]
    ) { t in
        var changed = false
        for pronoun in t.indices where ["that", "who", "which"].contains(t.lower(pronoun)) && ["WP", "WDT"].contains(t.words[pronoun].xpos)
            && t.base(pronoun) == "nsubj" && pronoun >= 1 && t.words[pronoun - 1].form != "," {
            guard let relative = t.head(pronoun), relative > pronoun, t.words[relative].upos == "VERB",
                  t.words[relative].deprel == "acl:relcl", let noun = t.head(relative),
                  ["NOUN", "PROPN", "PRON"].contains(t.words[noun].upos)
            else { continue }
            // (the noun is the root, or the subject of a report set off after the sentence, "…, officials said", that
            // the sentence's verb is the content of)
            let reportAfter = t.head(noun).flatMap { r in
                t.base(noun) == "nsubj" && r > noun && t.words[r].upos == "VERB" && PredicateRules.reporting.contains(t.words[r].lemma.lowercased()) ? r : nil }
            guard t.head(noun) == nil || reportAfter != nil else { continue }
            // (or a past tense the parse took for a participle describing the clause's last noun: "The men who fled
            // the town ⟦returned⟧ on Monday")
            let conjuncts = t.children(relative).filter { t.base($0) == "conj" && $0 > relative }
            let described = t.subtreeWords(relative).filter { v in
                v > relative && t.words[v].xpos == "VBN" && t.words[v].upos == "VERB" && t.words[v].deprel == "acl"
                    && t.head(v) == v - 1 && ["NOUN", "PROPN"].contains(t.words[v - 1].upos) && t.children(v).allSatisfy { t.base($0) != "aux" }
            }
            // (or a past tense the parse hung on the relative verb as its complement, right after the relative verb's
            // object: "A container ship that had lost power ⟦slammed⟧ into a pier" — no verb takes a bare past tense
            // after its object as a complement)
            let complemented = t.children(relative).filter { v in
                v > relative && t.base(v) == "xcomp" && t.words[v].upos == "VERB" && ["VBN", "VBD"].contains(t.words[v].xpos)
                    && isPastTenseToo(t.lower(v)) && t.children(v).allSatisfy { !["aux", "aux:pass", "mark", "nsubj"].contains(t.base($0)) }
                    && t.children(relative).contains { o in o < v && t.base(o) == "obj" && t.subtreeEnd(o) == v - 1 }
            }
            let hung = described.count == 1 ? described : complemented
            guard let main = conjuncts.count == 1 ? conjuncts.first : (conjuncts.isEmpty && hung.count == 1 ? hung.first : nil),
                  t.isFinite(main),
                  t.children(main).allSatisfy({ !["cc", "nsubj", "expl", "csubj", "mark"].contains(t.base($0)) }),
                  !(relative + 1..<main).contains(where: { [",", ";", ":", "--"].contains(t.words[$0].form) || t.words[$0].upos == "CCONJ" })
            else { continue }
            if t.words[main].deprel == "acl" || t.words[main].deprel == "xcomp" { t.retag(main, upos: "VERB", xpos: "VBD") }
            let passive = t.children(main).contains { t.words[$0].deprel == "aux:pass" }
            for c in t.children(main) where c > relative && c < main && (t.base(c) == "obl" || t.lower(c) == "ago") {
                t.attach(c, to: relative)
            }
            if complemented.contains(main) {
                // (what the parse hung on the relative verb after the sentence's verb is the sentence's: "… slammed into a
                // pier ⟦early on Tuesday⟧, ⟦collapsing⟧ most of the span")
                for c in t.children(relative) where c > main { t.attach(c, to: main) }
            }
            if let r = reportAfter {
                for c in t.children(noun) where c > main && c < r { t.attach(c, to: main) }
                t.attach(main, to: r, rel: "ccomp")
                // (the report's subject, after the sentence, is its own: "officials")
                if let s = t.children(r).first(where: { $0 > main && ["nsubj"].contains(String(t.base($0))) }) { t.attach(s, to: r, rel: "nsubj") }
            } else {
                for c in t.children(noun) where c > main { t.attach(c, to: main) }
                t.attach(main, to: -1, rel: "root")
            }
            t.attach(noun, to: main, rel: passive ? "nsubj:pass" : "nsubj")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "raising the toll from last week's quake ⟦to 157⟧", "cut its forecast from $2 billion ⟦to $1.5 billion⟧": the
    /// figure a change reaches, read as a phrase of the noun in the "from" phrase before it. A "to" phrase with a
    /// number after a verb's "from" phrase tells where the verb's change ended: it is the verb's.
    static let figureAfterAFromPhrase = ParseRepair(
        name: "figure after a from phrase",
        examples: ["Two more bodies were recovered on Tuesday, raising the toll from last week's quake to 157."]
    ) { t in
        var changed = false
        for source in t.indices where t.base(source) == "obl" && t.children(source).contains(where: { t.base($0) == "case" && t.lower($0) == "from" }) {
            guard let verb = t.head(source), t.words[verb].upos == "VERB", verb < source,
                  let figure = t.children(source).first(where: { m in
                      m > source && t.base(m) == "nmod" && t.children(m).contains { t.base($0) == "case" && t.lower($0) == "to" }
                          && (t.words[m].upos == "NUM" || t.children(m).contains { t.words[$0].upos == "NUM" }) })
            else { continue }
            t.attach(figure, to: verb, rel: "obl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "No one was killed, district officials ⟦said⟧, but two more bodies were recovered on Tuesday": a report set off
    /// in the middle of a sentence, read as the first clause's conjunct with the clause after "but" its complement. A
    /// clause opening with "but" or "and" completes no verb: it is the first clause's conjunct, and the report is a
    /// parenthetical of the first clause.
    static let clauseAfterAParentheticalReport = ParseRepair(
        name: "clause after a parenthetical report",
        examples: ["No one was killed in the aftershock, district officials said, but two more bodies were recovered on Tuesday."]
    ) { t in
        var changed = false
        for report in t.indices where t.words[report].upos == "VERB" && PredicateRules.reporting.contains(t.words[report].lemma.lowercased())
            && t.words[report].deprel == "conj" {
            guard let first = t.head(report), first < report, t.words[first].upos == "VERB",
                  t.children(report).contains(where: { t.base($0) == "nsubj" }),
                  let clause = t.children(report).first(where: { c in
                      c > report && t.base(c) == "ccomp" && t.children(c).contains { cc in
                          t.base(cc) == "cc" && cc == t.firstWord(c) && cc > report + 1 && t.words[cc - 1].form == "," } })
            else { continue }
            t.attach(clause, to: first, rel: "conj")
            t.attach(report, to: first, rel: "parataxis")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The company ⟦on Wednesday⟧ denied a report", "Police ⟦on Monday night⟧ arrested two men": a date between a
    /// subject and its verb, read as a modifier of the subject's noun. Wire style puts the day there; a day names no
    /// kind of company or police force: it dates the verb that follows it (a happening's day is its own: "the
    /// shelling of the town on Tuesday wounded nine").
    static let dateBetweenSubjectAndVerb = ParseRepair(
        name: "date between subject and verb",
        examples: ["The company on Wednesday denied a report by a television station.",
                   "Police on Monday night arrested two men.",
                   "The ministry on March 3 said it would appeal."]
    ) { t in
        var changed = false
        for day in t.indices where t.base(day) == "nmod" && (dateHeads.contains(t.lower(day))
            // ("on March ⟦3⟧": the day's number heads its month)
            || t.words[day].upos == "NUM" && t.children(day).contains(where: { monthNames.contains(t.lower($0)) })) {
            guard let noun = t.head(day), noun < day, ["nsubj", "nsubj:pass"].contains(t.words[noun].deprel),
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  // (a happening has a day: "the shelling of the town ⟦on Tuesday⟧ wounded nine")
                  !(t.words[noun].upos == "NOUN" && (EventNounLexicon.shared.isEventNoun(t.words[noun].lemma)
                      || TriggerLexicon.forms[TriggerLexicon.normalize(t.words[noun].form)]?.contains(where: { $0.pos == .noun }) == true)),
                  let verb = t.head(noun), verb > day, let end = t.subtreeEnd(day), end < verb,
                  // (a day part names its day: "on Monday ⟦night⟧"; "on the day" is no date)
                  !dayParts.contains(t.lower(day)) || t.children(day).contains(where: { weekdays.contains(t.lower($0)) }),
                  // (nothing but the verb's own auxiliaries and adverbs between the date and the verb)
                  (end + 1..<verb).allSatisfy({ t.head($0) == verb && ["aux", "aux:pass", "advmod"].contains(t.words[$0].deprel) })
            else { continue }
            let marked = t.children(day).contains { t.base($0) == "case" }
            t.attach(day, to: verb, rel: marked ? "obl" : "obl:tmod")
            changed = true
        }
        return changed
    }

    /// "its three colleagues abducted in Balochistan, Pakistan, ⟦on 13 October⟧ were released this morning": a date
    /// right after a participle that restricts the subject, read as the main verb's. What a participle phrase holds
    /// until the verb is the participle's (the men "arrested in Leeds on Tuesday" were arrested then), unless commas
    /// set the participle off ("The workers, hired last year, on Tuesday walked out") or it describes where something
    /// is ("a company based in Ohio on Monday said").
    static let dateAfterTheSubjectsParticiple = ParseRepair(
        name: "date after the subject's participle",
        examples: ["Nordlys Relief confirmed that its three colleagues abducted in Balochistan, Pakistan, on 13 October were released this morning.",
                   "The two men arrested in Leeds on Tuesday were charged with murder."]
    ) { t in
        var changed = false
        for day in t.indices where t.base(day) == "obl" && (dateHeads.contains(t.lower(day))
            || t.words[day].upos == "NUM" && t.children(day).contains(where: { monthNames.contains(t.lower($0)) })) {
            guard let verb = t.head(day), verb > day, t.words[verb].upos == "VERB", let start = t.subtreeStart(day), let end = t.subtreeEnd(day),
                  let subject = t.children(verb).first(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) && $0 < start }),
                  let participle = t.children(subject).first(where: { p in p > subject && p < start && t.base(p) == "acl" && t.words[p].xpos == "VBN"
                      && !PredicateRules.descriptiveParticiples.contains(t.words[p].lemma.lowercased()) }),
                  let first = t.subtreeStart(participle), first >= 1, t.words[first - 1].form != ",",
                  let last = t.subtreeEnd(participle), last == start - 1 || last == start - 2 && t.words[start - 1].form == ",",
                  // (nothing but the verb's own auxiliaries and adverbs between the date and the verb)
                  (end + 1..<verb).allSatisfy({ t.head($0) == verb && ["aux", "aux:pass", "advmod"].contains(t.words[$0].deprel) })
            else { continue }
            t.attach(day, to: participle)
            changed = true
        }
        return changed
    }

    /// "Detectives investigating the burglary at the museum ⟦on 3 November⟧ today charged a man": a date closing the
    /// subject, read as the main verb's when the verb has a day of its own right after it ("today", "yesterday"). A
    /// verb has one day; the first date belongs to the happening the subject names, the nearest event noun or
    /// participle before it (the burglary was on 3 November, the charging today).
    static let dateOfTheSubjectsHappening = ParseRepair(
        name: "date of the subject's happening",
        examples: ["Investigators examining the crash near the airport on Sunday today published their first report.",
                   "Detectives investigating the robbery at the bank on 2 May yesterday arrested a second man."]
    ) { t in
        var changed = false
        let deictic: Set<String> = ["today", "yesterday", "tonight"]
        for verb in t.indices where t.words[verb].upos == "VERB" {
            guard let own = t.children(verb).first(where: { $0 < verb && deictic.contains(t.lower($0)) }) else { continue }
            for day in t.children(verb) where day < own && day >= 2 && t.lower(day - 1) == "on" && !deictic.contains(t.lower(day))
                && (dateHeads.contains(t.lower(day)) || t.words[day].upos == "NUM" && t.children(day).contains(where: { monthNames.contains(t.lower($0)) })) {
                let on = day - 1
                guard let end = t.subtreeEnd(day), end == own - 1,
                      let subject = t.children(verb).first(where: { s in s < on && ["nsubj", "nsubj:pass"].contains(t.words[s].deprel)
                          && t.subtreeEnd(s) == on - 1 }),
                      let host = t.subtreeWords(subject).filter({ $0 < on }).sorted(by: >).first(where: { w in
                          t.words[w].upos == "NOUN" && (EventNounLexicon.shared.isEventNoun(t.words[w].lemma)
                              || TriggerLexicon.forms[TriggerLexicon.normalize(t.words[w].form)]?.contains(where: { $0.pos == .noun }) == true)
                          || t.words[w].upos == "VERB" && ["VBN", "VBG"].contains(t.words[w].xpos) })
                else { continue }
                t.attach(day, to: host, rel: t.words[host].upos == "NOUN" ? "nmod" : "obl")
                t.attach(on, to: day, rel: "case")
                t.retag(on, upos: "ADP", xpos: "IN")
                changed = true
            }
        }
        return changed
    }

    /// Words that head a date phrase: the days of the week, the months, "today" and its kin, and a day's parts.
    static let dateHeads: Set<String> = weekdays.union(monthNames).union(["today", "yesterday", "tonight"]).union(dayParts)
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]
}

extension ParseRepair {
    /// "It went ⟦down⟧ in the early hours of Monday": a particle the tagger knows (RP) right after its verb, read as
    /// the verb's adverb. A particle completes its verb (`compound:prt`): the summary keeps it, and a phrasal
    /// predicate reads it.
    static let particleReadAsAnAdverb = ParseRepair(
        name: "particle read as an adverb",
        examples: ["It went down in the early hours of Monday in the Verde Island Passage."]
    ) { t in
        var changed = false
        for w in t.indices where w >= 1 && t.words[w].xpos == "RP" && t.words[w].deprel == "advmod" && t.head(w) == w - 1
            && t.words[w - 1].upos == "VERB" && t.children(w).isEmpty {
            t.attach(w, to: w - 1, rel: "compound:prt")
            changed = true
        }
        return changed
    }

    /// "Riot police fired tear gas late on Tuesday to disperse supporters who had rallied against the result of the
    /// election, ⟦detaining⟧ at least 40 people": a participle with an object, set off by a comma and closing the
    /// sentence, hung inside a relative clause (on its verb or on a noun there) or on a noun deep in a prepositional
    /// phrase (a noun's "of" or "against" phrase). Such a participle tells what the sentence's subject did besides, as
    /// "struck on Friday, ⟦killing⟧ 153 people" does: it is the main verb's adjunct. (Not a word that works as a
    /// preposition: "including", "according", "following".)
    static let setOffParticipleClosingTheSentenceOnANoun = ParseRepair(
        name: "set-off participle closing the sentence on a noun",
        examples: ["Soldiers fired rubber bullets early on Friday to scatter hundreds of farmers who had gathered in Melton's Market Square against the closure of Thursday's cattle auction, arresting at least 12 people.",
                   "Police used batons late on Monday to break up crowds of fans who had massed outside the stadium before the start of the cup final, detaining 25 people.",
                   "The board said on Friday that the union had won 61 percent of the vote against 39 percent for the management, ending a long dispute."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "VERB",
              let last = t.indices.last(where: { t.words[$0].upos != "PUNCT" }) else { return false }
        for w in t.indices where w >= 2 && t.words[w].xpos == "VBG" && ["acl", "advcl"].contains(t.words[w].deprel) && t.words[w - 1].form == "," {
            guard let h = t.head(w), h < w, h != root, t.subtreeEnd(w) == last, t.ancestors(w).contains(root),
                  // (a relative clause opened by its relative subject, "who had rallied", not a misreading: "said that
                  // Verescu ⟦had⟧ won" read as a relative clause of "Monday")
                  ([h] + t.ancestors(h)).contains(where: { r in t.words[r].deprel == "acl:relcl"
                      && t.children(r).contains { s in ["nsubj", "nsubj:pass"].contains(String(t.base(s))) && ["WP", "WDT"].contains(t.words[s].xpos) } })
                    || t.words[w].deprel == "acl" && ["NOUN", "PROPN"].contains(t.words[h].upos) && t.base(h) == "nmod",
                  !prepositionLikeParticiples.contains(t.lower(w)),
                  t.children(w).contains(where: { t.base($0) == "obj" }),
                  t.children(w).allSatisfy({ !["nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cc"].contains(t.base($0)) })
            else { continue }
            // (the verb of a content clause before it, when the main verb reports one: "said on Monday that Verescu had
            // ⟦won⟧ 52.3 percent of the vote against 44.1 percent for Sarkova, handing him a third term")
            let content = t.children(root).last(where: { c in t.base(c) == "ccomp" && c < w && t.words[c].upos == "VERB" && t.ancestors(w).contains(c) })
            t.attach(w, to: content ?? root, rel: "advcl")
            return true
        }
        return false
    }

    /// Participles that work as prepositions: what they open is no adjunct of the verb.
    static let prepositionLikeParticiples: Set<String> = ["including", "according", "following", "involving", "concerning",
        "regarding", "excluding", "pending", "depending", "beginning", "starting", "ending", "totalling", "totaling",
        "surrounding", "representing", "belonging", "containing", "comprising", "excepting", "barring", "considering"]
}

