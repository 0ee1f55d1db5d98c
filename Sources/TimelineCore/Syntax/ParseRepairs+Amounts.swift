/// Repairs of how the parser reads prices and the verbs around them in business news, written from a takeover story
/// (7 Dec, session 32): a rate after an amount ("465 pence ⟦a share⟧") taking the verb's date, an amount written with
/// its unit ("⟦465p⟧", "⟦12bn⟧") read as a verb, and a particle after the object read as the preposition of the date
/// after it ("waved the deal ⟦through⟧ on Tuesday"). Each is a fact of English grammar with the sentences it was
/// written for beside it; `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "raised its proposal to 465 pence ⟦a share⟧ on Monday", "tabled its offer of 465p a share on October 5": a rate
    /// ("a share", "a barrel", "per tonne") right after an amount, read as the verb's complement with the verb's date
    /// hung on it. A rate measures the amount before it; a date after it is the verb's, not the rate's.
    static let rateAfterAnAmount = ParseRepair(
        name: "rate after an amount",
        examples: ["Norrvik raised its takeover proposal for Ashcombe Group to 465 pence a share on Monday.",
                   "Norrvik tabled its formal hostile offer of 465p a share on October 5.",
                   "The refiner raised its offer to $12 a barrel on Tuesday."]
    ) { t in
        var changed = false
        for rate in t.indices where rate >= 2 && t.words[rate].upos == "NOUN" && ["a", "an", "per"].contains(t.lower(rate - 1))
            && t.head(rate - 1) == rate && isAmount(t, rate - 2) {
            let amount = rate - 2
            let dates = t.children(rate).filter { d in d > rate && ["nmod", "obl"].contains(String(t.base(d))) && isDatePhrase(t, d) }
            guard !dates.isEmpty, !t.ancestors(amount).contains(rate),
                  let verb = t.ancestors(rate).first(where: { t.words[$0].upos == "VERB" })
            else { continue }
            for d in dates { t.attach(d, to: verb, rel: "obl") }
            t.attach(rate, to: amount, rel: "nmod:npmod")
            changed = true
        }
        return changed
    }

    /// "sweetened the proposal to ⟦465p⟧ at a news conference": an amount written with its unit after "to", tagged as an
    /// infinitive verb. A word that opens with a digit is no verb: it is the amount a change reaches, the verb's.
    static let amountReadAsAVerb = ParseRepair(
        name: "amount read as a verb",
        examples: ["Henrik Sandell sweetened the proposal to 465p at a news conference in Gothenburg."]
    ) { t in
        var changed = false
        for w in t.indices where w >= 1 && t.words[w].upos == "VERB" && t.words[w].form.first?.isNumber == true && t.lower(w - 1) == "to" {
            guard let h = t.head(w), let verb = ([h] + t.ancestors(h)).first(where: { t.words[$0].upos == "VERB" && $0 < w }) else { continue }
            t.retag(w, upos: "NUM", xpos: "CD")
            t.retag(w - 1, upos: "ADP", xpos: "IN")
            t.attach(w - 1, to: w, rel: "case")
            t.attach(w, to: verb, rel: "obl")
            // (what hung on it, a place or a time, is the verb's)
            for c in t.children(w) where c > w && t.words[c].upos != "PUNCT" { t.attach(c, to: verb, rel: t.base(c) == "obj" ? "obl" : nil) }
            changed = true
        }
        return changed
    }

    /// "The regulator waved the merger ⟦through⟧ on Tuesday", "the rebels handed the hostages ⟦over⟧ on Friday": a
    /// particle after the object, read as a second preposition of the date phrase after it. A phrase has one
    /// preposition; a particle word right before another preposition completes the verb (`compound:prt`).
    static let particleBeforeAPreposition = ParseRepair(
        name: "particle before a preposition",
        examples: ["The Competition and Markets Authority waved the deal through on November 17.",
                   "The rebels handed the hostages over on Friday."]
    ) { t in
        var changed = false
        for p in t.indices where p + 1 < t.words.count && particleWords.contains(t.lower(p)) && t.base(p) == "case" && t.base(p + 1) == "case"
            // ("out of the cave", "up to 40 people" are prepositions of their own)
            && !["of", "to"].contains(t.lower(p + 1)) {
            guard let noun = t.head(p), t.head(p + 1) == noun, noun > p + 1,
                  let verb = t.ancestors(noun).first(where: { t.words[$0].upos == "VERB" }), verb < p,
                  // (the verb's object closes right before the particle)
                  t.children(verb).contains(where: { o in t.base(o) == "obj" && o < p && (t.subtreeWords(o).filter { $0 < p }.max() ?? o) == p - 1 })
            else { continue }
            t.retag(p, upos: "ADP", xpos: "RP")
            t.attach(p, to: verb, rel: "compound:prt")
            changed = true
        }
        return changed
    }

    /// "The directors turned that ⟦down⟧ the same afternoon": a word the tagger knows as a particle (RP) read as the
    /// preposition of the date after it. "Down", "off", "out", "away", "back" open no date phrase: the word completes the
    /// verb, and the date is the verb's.
    static let particleReadAsThePrepositionOfADate = ParseRepair(
        name: "particle read as the preposition of a date",
        examples: ["Ashcombe's directors turned that down the same afternoon.", "The council called the vote off the next day."]
    ) { t in
        var changed = false
        for p in t.indices where ["down", "off", "out", "away", "back"].contains(t.lower(p)) && t.base(p) == "case" {
            guard let noun = t.head(p), noun > p, isDatePhrase(t, noun) || dateUnitWords.contains(t.lower(noun)),
                  let verb = t.ancestors(p).first(where: { t.words[$0].upos == "VERB" }), verb < p
            else { continue }
            t.retag(p, upos: "ADP", xpos: "RP")
            t.attach(p, to: verb, rel: "compound:prt")
            t.attach(noun, to: verb, rel: "obl:tmod")
            changed = true
        }
        return changed
    }

    /// Nouns that head a date phrase with an article: "the same ⟦afternoon⟧", "the next ⟦day⟧".
    static let dateUnitWords: Set<String> = ["day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"]

    /// Words that complete a verb as its particle after its object.
    static let particleWords: Set<String> = ["through", "over", "back", "out", "off", "up", "down", "away", "in"]

    /// Whether the word at `i` is an amount: a number, a number written with its unit ("465p", "12bn"), or a unit of money
    /// after one ("465 ⟦pence⟧").
    static func isAmount(_ t: RepairTree, _ i: Int) -> Bool {
        if t.words[i].upos == "NUM" || t.words[i].form.first?.isNumber == true { return true }
        return moneyUnits.contains(t.lower(i)) && i >= 1 && (t.words[i - 1].upos == "NUM" || t.words[i - 1].form.first?.isNumber == true)
    }

    static let moneyUnits: Set<String> = ["pence", "penny", "pounds", "pound", "dollars", "dollar", "cents", "cent", "euros", "euro",
                                          "yen", "francs", "kronor", "krona", "crowns", "rupees", "yuan", "percent", "points"]

    /// Whether the word at `d` heads a date: a day name, a month, "today" and its kin, or a day number with its month.
    static func isDatePhrase(_ t: RepairTree, _ d: Int) -> Bool {
        dateHeads.contains(t.lower(d))
            || t.words[d].upos == "NUM" && t.children(d).contains(where: { monthNames.contains(t.lower($0)) })
    }
}

extension ParseRepair {
    /// "The board rebuffed ⟦that proposal⟧ the next day, calling it opportunistic": a demonstrative "that" before a
    /// singular noun, read as a complementizer with the noun run onto it. A complementizer opens a clause and takes no
    /// noun of its own: "that" is the noun's determiner, the noun the verb's object, and what hung on the noun (a date,
    /// a set-off participle) is the verb's.
    static let demonstrativeReadAsAComplementizer = ParseRepair(
        name: "demonstrative read as a complementizer",
        examples: ["Ashcombe's board rebuffed that proposal the next day, calling it opportunistic.",
                   "Ashcombe's directors turned that down the same afternoon."]
    ) { t in
        var changed = false
        for w in t.indices where w >= 1 && w + 1 < t.words.count && t.lower(w) == "that" && t.words[w].upos == "SCONJ"
            && t.words[w].deprel == "obj" && !(t.words[w + 1].xpos == "NN" && t.head(w + 1) == w) {
            // ("turned ⟦that⟧ down the same afternoon": the pronoun, the verb's object, with the date the verb's)
            guard let verb = t.head(w), verb == w - 1, t.words[verb].upos == "VERB",
                  !t.subtreeWords(w).contains(where: { t.words[$0].upos == "VERB" })
            else { continue }
            t.retag(w, upos: "PRON", xpos: "DT")
            for c in t.children(w) { t.attach(c, to: verb, rel: isDatePhrase(t, c) || dateUnitWords.contains(t.lower(c)) ? "obl:tmod" : nil) }
            changed = true
        }
        for w in t.indices where w >= 1 && w + 1 < t.words.count && t.lower(w) == "that" && t.words[w].upos == "SCONJ"
            && t.words[w + 1].xpos == "NN" && t.head(w + 1) == w {
            let noun = w + 1
            guard let verb = t.head(w), verb == w - 1, t.words[verb].upos == "VERB",
                  // (no clause under it: "said that police had …" has its verb)
                  !t.subtreeWords(w).contains(where: { t.words[$0].upos == "VERB" && t.isFinite($0) })
            else { continue }
            let rel = t.words[w].deprel == "mark" ? "obj" : t.words[w].deprel
            t.attach(noun, to: verb, rel: rel)
            t.retag(w, upos: "DET", xpos: "DT")
            for c in t.children(w) where c != noun { t.attach(c, to: noun) }
            t.attach(w, to: noun, rel: "det")
            for c in t.children(noun) where c > noun {
                if t.words[c].upos == "VERB" { t.attach(c, to: verb, rel: "advcl") }
                else if t.base(c) == "obl" || t.words[c].deprel == "nmod:unmarked" { t.attach(c, to: verb, rel: "obl:tmod") }
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The chief executive ⟦stepped⟧ down on Tuesday", "The chief executive ⟦resigned⟧ on Tuesday": a subject whose
    /// noun the tagger read as an adjective ("chief ⟦executive⟧"), so that the determiner and the adjectives hang on the
    /// verb, or the verb on the determiner. A determiner opens a noun phrase: the last word before the verb is its
    /// noun, the phrase the verb's subject, and the verb heads the clause.
    static let subjectNounReadAsAnAdjective = ParseRepair(
        name: "subject noun read as an adjective",
        examples: ["The chief executive stepped down on Tuesday.", "The chief executive resigned on Tuesday."]
    ) { t in
        var changed = false
        for d in t.indices where ["the", "a", "an", "its", "his", "her", "their", "this"].contains(t.lower(d)) && ["DET", "PRON"].contains(t.words[d].upos) {
            var v = d + 1
            while v < t.words.count, t.words[v].upos == "ADJ" { v += 1 }
            guard v >= d + 2, v < t.words.count, t.words[v].upos == "VERB", ["VBD", "VBN", "VBZ", "VBP"].contains(t.words[v].xpos),
                  !t.children(v).contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass"].contains(String(t.base($0))) && ($0 < d || $0 > v) }),
                  // (the phrase hangs together on the verb or on its own words)
                  (d..<v).allSatisfy({ w in t.head(w).map { (d...v).contains($0) } ?? true })
            else { continue }
            let noun = v - 1
            let top = (d...v).first { w in t.head(w).map { !(d...v).contains($0) } ?? true }
            let upper = top.map { (head: t.words[$0].head, rel: t.words[$0].deprel) }
            t.retag(noun, upos: "NOUN", xpos: "NN")
            t.setLemma(noun, t.lower(noun))
            if let upper, top != v {
                t.attach(v, to: upper.head - 1, rel: upper.head == 0 ? "root" : upper.rel)
            }
            t.attach(noun, to: v, rel: "nsubj")
            for w in d..<noun { t.attach(w, to: noun, rel: w == d ? (t.words[d].upos == "DET" ? "det" : "nmod:poss") : "amod") }
            if t.words[v].xpos == "VBN" { t.retag(v, upos: "VERB", xpos: "VBD") }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The New York private equity firm, which said on September 29 that it was weighing a rival offer, ⟦told⟧ the stock
    /// exchange that …": a relative clause set off after the subject, with the main verb after it read as the relative
    /// verb's conjunct and the subject left as the root. The verb after the closing comma, with no subject of its own,
    /// is the sentence's, the noun its subject; what hung on that verb from inside the relative clause is the relative
    /// verb's.
    static let mainVerbReadAsAConjunctOfARelativeClause = ParseRepair(
        name: "main verb read as a conjunct of a relative clause",
        examples: ["The New York private equity firm, which said on September 29 that it was weighing a rival offer, told the stock exchange that it did not intend to make a bid."]
    ) { t in
        var changed = false
        for noun in t.indices where t.head(noun) == nil && ["NOUN", "PROPN"].contains(t.words[noun].upos) {
            guard let r = t.children(noun).first(where: { $0 > noun && t.words[$0].deprel == "acl:relcl" && t.words[$0].upos == "VERB" }),
                  let pronoun = t.children(r).first(where: { ["nsubj", "nsubj:pass"].contains(String(t.base($0))) && ["which", "who"].contains(t.lower($0)) }),
                  pronoun == noun + 2, t.words[noun + 1].form == ",",
                  let c = t.children(r).first(where: { $0 > r && t.base($0) == "conj" && t.words[$0].upos == "VERB" && t.isFinite($0) }),
                  // (one verb after it: three joined by "and" are the clause's own list, "who founded Orbis, ran it and
                  // sold it", left as read)
                  t.children(r).filter({ t.base($0) == "conj" }).count == 1,
                  c >= 1, t.words[c - 1].form == ",",
                  !t.children(c).contains(where: { ["nsubj", "nsubj:pass", "cc"].contains(String(t.base($0))) })
            else { continue }
            // (what hung on the verb from inside the relative clause is the relative verb's; what hung on the noun after
            // the verb is the verb's)
            for k in t.children(c) where k < c - 1 { t.attach(k, to: r) }
            if let p = t.children(c).first(where: { $0 == c - 1 }) { t.attach(p, to: r, rel: "punct") }
            for k in t.children(noun) where k > c { t.attach(k, to: c) }
            t.attach(c, to: -1, rel: "root")
            t.attach(noun, to: c, rel: "nsubj")
            changed = true
        }
        return changed
    }
}
