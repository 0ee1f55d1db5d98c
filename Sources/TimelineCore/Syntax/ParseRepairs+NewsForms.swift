/// Repairs of the readings news forms give the greedy parser, written from stories of our own told as wire copy
/// (5 Dec evening): a sentence or headline opening with a noun read as a command, an agency's town and state before
/// a noun, a participle hung on a date, the perfect's "had", a subject split at its "and". Each is a fact of English
/// grammar with the sentences it was written for beside it; `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "Officials said ⟦the bridge collapsed⟧ on Tuesday": the reported clause read as the object of "said" with its
    /// verb a participle describing it. "Say" takes a clause, and a noun followed by a past form with nothing of its
    /// own but modifiers is that clause's subject and verb, when nothing later in the sentence is the clause's verb.
    static let reportedClauseReadAsAnObject = ParseRepair(
        name: "reported clause read as an object",
        examples: ["Officials said the bridge collapsed on Tuesday."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" && t.words[say].lemma.lowercased() == "say" {
            guard let noun = t.children(say).first(where: { t.base($0) == "obj" && $0 > say }),
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let verb = t.children(noun).first(where: { v in
                      v > noun && t.base(v) == "acl" && t.words[v].upos == "VERB" && ["VBN", "VBD"].contains(t.words[v].xpos)
                          && isPastTenseToo(t.lower(v))
                          && t.children(v).allSatisfy { !["aux", "aux:pass", "nsubj", "nsubj:pass", "mark", "obl:agent"].contains(t.base($0)) && t.words[$0].deprel != "obl:agent" } }),
                  // (nothing after it that could be the clause's own verb: "said the bridge damaged in the storm would reopen")
                  !(verb + 1..<t.words.count).contains(where: { w in ["VERB", "AUX"].contains(t.words[w].upos) && !t.ancestors(w).contains(verb) })
            else { continue }
            t.attach(verb, to: say, rel: "ccomp")
            t.attach(noun, to: verb, rel: "nsubj")
            t.retag(verb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }

    /// "⟦1:30 p.m.⟧ Minnesota Governor Tim Walz said …": a live blog's clock time opening an entry, read as the
    /// subject with the speaker hung on it. A time of day names no doer: it is the verb's time, and the name after it
    /// the subject.
    /// (or read as a second subject beside the name: "⟦1:20 p.m.⟧ The U.S. Chemical Safety Board says it is sending a
    /// team")
    static let clockTimeReadAsTheSubject = ParseRepair(
        name: "clock time read as the subject",
        examples: ["1:30 p.m. Minnesota Governor Tim Walz said he had spoken with the chief executive.",
                   "1:20 p.m. The U.S. Chemical Safety Board says it is sending a team of investigators."]
    ) { t in
        guard t.words.count > 3, t.words[0].upos == "NUM", t.base(0) == "nsubj", let verb = t.head(0),
              t.words[0].form.contains(":") || ["a.m.", "p.m.", "am", "pm"].contains(t.lower(1))
        else { return false }
        if t.children(verb).contains(where: { $0 > 0 && t.base($0) == "nsubj" && ["PROPN", "NOUN", "PRON"].contains(t.words[$0].upos) && !["a.m.", "p.m."].contains(t.lower($0)) }) {
            t.attach(0, to: verb, rel: "obl:tmod")
            return true
        }
        guard let subject = t.subtreeWords(0).sorted().first(where: { w in
                  w > 0 && ["PROPN", "NOUN"].contains(t.words[w].upos) && !["a.m.", "p.m."].contains(t.lower(w))
                      && t.head(w).map { h in h == 0 || ["a.m.", "p.m.", "am", "pm"].contains(t.lower(h)) } == true }),
              subject < verb
        else { return false }
        t.attach(subject, to: verb, rel: "nsubj")
        t.attach(0, to: verb, rel: "obl:tmod")
        return true
    }

    /// "11:15 ⟦a.m.⟧ Seven of the nine people … have been released": a live blog's stamp whose "a.m." the parse read as
    /// the verb's subject, the real subject hung on it. The "a.m." belongs to its clock time; the word it holds is the
    /// subject.
    static let clockSuffixReadAsTheSubject = ParseRepair(
        name: "clock suffix read as the subject",
        examples: ["11:15 a.m. Seven of the nine people who were taken to hospital overnight have been released."]
    ) { t in
        guard t.words.count > 4, t.words[0].upos == "NUM", ["a.m.", "p.m.", "am", "pm"].contains(t.lower(1)),
              t.base(1) == "nsubj", let verb = t.head(1),
              let subject = t.children(1).filter({ $0 > 1 && t.words[$0].upos != "PUNCT" }).min(),
              ["NUM", "NOUN", "PROPN", "PRON", "DET"].contains(t.words[subject].upos)
        else { return false }
        let rel = t.words[1].deprel
        t.attach(subject, to: verb, rel: rel)
        for c in t.children(1) where c != subject { t.attach(c, to: subject) }
        t.attach(1, to: 0, rel: "nmod:unmarked")
        // (the time may have been the root, the verb hung on it: the verb heads the sentence)
        if t.head(verb) == 0 { t.attach(verb, to: -1, rel: "root") }
        if t.head(0) != verb { t.attach(0, to: verb, rel: "obl:tmod") }
        return true
    }

    /// "⟦9:40 a.m.⟧ Fire Chief Kenneth Dobbs says the fire is out", "⟦3:45 p.m.⟧ Corliss Chemical denies that …": a live
    /// blog's clock time opening an entry, read as the verb's clausal complement or as the root with the verb beside
    /// it. A time of day names no clause of its own: it is the verb's time, and the verb heads the sentence.
    /// (The verb may hang on the time as a modifier of its own: "⟦11:55 a.m.⟧ The judge jailed Pellow for six years".)
    static let clockTimeReadAsAClause = ParseRepair(
        name: "clock time read as a clause",
        examples: ["9:40 a.m. Fire Chief Kenneth Dobbs says the fire is out.",
                   "3:45 p.m. Corliss Chemical denies that workers warned managers.",
                   "11:55 a.m. The judge jailed Pellow for six years."]
    ) { t in
        guard t.words.count > 3, t.words[0].upos == "NUM",
              t.words[0].form.contains(":") && t.words[0].form.first?.isNumber == true
                  || ["a.m.", "p.m.", "am", "pm"].contains(t.lower(1)),
              !["nsubj", "obl", "nummod", "compound"].contains(t.base(0))
        else { return false }
        let stamp = ["a.m.", "p.m.", "am", "pm"].contains(t.lower(1)) ? 1 : 0
        if let h = t.head(0) {
            // (the time as a complement of a verb after it)
            guard h > stamp + 1, ["VERB", "AUX"].contains(t.words[h].upos), ["ccomp", "xcomp", "dep", "advcl", "parataxis"].contains(t.base(0))
            else { return false }
            t.attach(0, to: h, rel: "obl:tmod")
            return true
        }
        // (the time as the root, the verb hung on it)
        guard t.words[0].head == 0,
              let verb = t.children(0).first(where: { c in
                  c > stamp && t.words[c].upos == "VERB" && ["parataxis", "ccomp", "dep", "conj", "acl", "appos", "advcl", "nmod"].contains(t.base(c)) })
        else { return false }
        t.attach(verb, to: -1, rel: "root")
        for c in t.children(0) where c > stamp { t.attach(c, to: verb) }
        t.attach(0, to: verb, rel: "obl:tmod")
        return true
    }

    /// "the January 1998 bombing of a Birmingham, Ala., abortion clinic that killed an officer": a town and its state
    /// set off by commas before a noun, read as a list of three. In the style of news agencies the town and state
    /// modify the noun after them: the noun takes the town's place.
    static let townAndStateBeforeANoun = ParseRepair(
        name: "town and state before a noun",
        examples: ["Eric Rudolph has been on the run since the bombing of a Birmingham, Ala., abortion clinic that killed a police officer."]
    ) { t in
        var changed = false
        for state in t.indices where state >= 2 && state + 2 < t.words.count && t.words[state].form.hasSuffix(".")
            && Tokenizer.capitalisedAbbreviations.contains(String(t.lower(state).dropLast())) {
            let town = state - 2
            guard t.words[state - 1].form == ",", t.words[state + 1].form == ",", t.words[town].upos == "PROPN",
                  let noun = (state + 2..<min(t.words.count, state + 6)).first(where: { k in
                      t.words[k].upos == "NOUN" && !(k + 1 < t.words.count && t.words[k + 1].upos == "NOUN") }),
                  (state + 2..<noun).allSatisfy({ ["NOUN", "ADJ", "PROPN"].contains(t.words[$0].upos) }),
                  t.base(noun) == "conj" || t.base(noun) == "appos" || t.head(noun) != nil && t.head(noun)! < town
            else { continue }
            let upper = (head: t.words[town].head, rel: t.words[town].deprel)
            t.attach(noun, to: upper.head - 1, rel: upper.rel)
            for c in t.children(town) where c < town && ["det", "nmod:poss", "amod", "case"].contains(t.words[c].deprel) { t.attach(c, to: noun) }
            t.attach(town, to: noun, rel: "compound")
            t.attach(state, to: town, rel: "appos")
            changed = true
        }
        return changed
    }

    /// "The rocket lifted off early on Wednesday, sending the capsule on a 25-day trip": a participle after a comma
    /// hung on the date before it. A day names no one who could do anything: the participle tells what the clause's
    /// verb did.
    static let participleHungOnADate = ParseRepair(
        name: "participle hung on a date",
        examples: ["The rocket lifted off from Florida early on Wednesday, sending the capsule on a 25-day trip around the moon."]
    ) { t in
        var changed = false
        for p in t.indices where t.words[p].xpos == "VBG" && t.words[p].upos == "VERB" && p >= 2 && t.words[p - 1].form == "," {
            guard let date = t.head(p), date < p - 1, ["appos", "acl", "conj", "dep", "parataxis"].contains(String(t.base(p))),
                  dayWords.contains(t.lower(date)) || t.words[date].upos == "NUM" && date > 0 && monthNames.contains(t.lower(date - 1)),
                  ["obl", "obl:tmod", "obl:unmarked", "nmod:tmod"].contains(t.words[date].deprel),
                  let verb = t.head(date), t.words[verb].upos == "VERB",
                  !t.children(p).contains(where: { ["nsubj", "nsubj:pass", "aux", "mark"].contains(t.base($0)) })
            else { continue }
            t.attach(p, to: verb, rel: "advcl")
            changed = true
        }
        return changed
    }

    /// "The army mounted an offensive last week": an object run into the date after it ("an offensive last week" read as
    /// one phrase whose head is "week"). A date of "last", "next" or "this" takes no "a": the words from the "a" to the
    /// date are the verb's object.
    static let objectRunIntoADate = ParseRepair(
        name: "object run into a date",
        examples: ["The army mounted an offensive last week.", "Rebels launched a fresh attack this morning."]
    ) { t in
        var changed = false
        for date in t.indices where date >= 3 && t.head(date - 1) == date && dateUnits.contains(t.lower(date))
            && ["last", "next", "this", "past", "coming"].contains(t.lower(date - 1)) {
            guard let det = t.children(date).first(where: { $0 < date - 1 && ["a", "an"].contains(t.lower($0)) }),
                  let verb = t.head(date), t.words[verb].upos == "VERB", verb < det,
                  (det + 1..<date - 1).allSatisfy({ t.head($0) == date && ["ADJ", "NOUN"].contains(t.words[$0].upos) })
            else { continue }
            let noun = date - 2
            if t.words[noun].upos == "ADJ" { t.retag(noun, upos: "NOUN", xpos: "NN") }
            t.attach(noun, to: verb, rel: "obj")
            for k in det..<noun { t.attach(k, to: noun, rel: k == det ? "det" : (t.words[k].upos == "ADJ" ? "amod" : "compound")) }
            changed = true
        }
        return changed
    }

    /// "Poland, Hungary and the Czech Republic ⟦Friday⟧ formally joined NATO", "South Africa deplored ⟦Friday⟧ the bomb
    /// blasts", "issued a joint statement ⟦Friday⟧ saying …": a bare day name, as news agencies set it without "on",
    /// read as part of a noun phrase (the last conjunct, a compound of the next noun, a participle's subject). A day
    /// name with no preposition, article or possessive of its own is a time adjunct of the verb of its clause; the
    /// noun phrase it had swallowed takes its place ("Black Friday", "Bloody Sunday" are names and stay).
    static let bareDayInANounPhrase = ParseRepair(
        name: "bare day in a noun phrase",
        examples: ["Poland, Hungary and the Czech Republic Friday formally joined NATO at a ceremony.",
                   "South Africa deplored Friday the bomb blasts which killed scores of people.",
                   "The ambassadors issued a joint statement Friday saying the entry was historic."]
    ) { t in
        var changed = false
        for w in t.indices where ["PROPN", "NOUN"].contains(t.words[w].upos) && bareDays.contains(t.lower(w)) {
            let rel = t.words[w].deprel
            guard ["conj", "compound", "nsubj", "flat", "appos"].contains(rel), var h = t.head(w),
                  !(w + 1 < t.words.count && ["'s", "’s", "'"].contains(t.lower(w + 1))),
                  !(w > 0 && dayNameWords.contains(t.lower(w - 1))),
                  !t.children(w).contains(where: { ["case", "nmod:poss"].contains(t.words[$0].deprel) || t.words[$0].deprel == "det" && $0 == w - 1 })
            else { continue }
            // (a subject only of a participle with no auxiliary: "statement Friday ⟦saying⟧")
            if rel == "nsubj" && !(t.words[h].xpos == "VBG" && !t.children(h).contains { t.base($0) == "aux" }) { continue }
            // (not the day of the noun right before it: "in a telephone ⟦interview⟧ Monday")
            if h == w - 1 { continue }
            // The noun phrase it swallowed: its last noun before it takes its place and its other words.
            if let n = t.children(w).last(where: { $0 < w && ["PROPN", "NOUN"].contains(t.words[$0].upos)
                && ["compound", "flat"].contains(t.words[$0].deprel) }) {
                t.attach(n, to: h, rel: rel)
                for c in t.children(w) where c != n { t.attach(c, to: n) }
            }
            // The verb of its clause: the first verb above it (a participle's own head when it was the participle's subject).
            var verb: Int?
            var k: Int? = h
            while let a = k, verb == nil { if t.words[a].upos == "VERB" { verb = a } else { k = t.head(a) } }
            if rel == "nsubj", let v = verb, let up = t.head(v), t.words[up].upos == "VERB" { verb = up }
            // (in its own clause: no comma between them — "resumed work in Iraq Friday, nearly two months after his team
            // was blocked" is no blocking on Friday)
            guard let v = verb, !(min(v, w)..<max(v, w)).contains(where: { t.words[$0].form == "," || t.words[$0].form == ";" }) else { continue }
            h = v
            t.attach(w, to: h, rel: "obl:tmod")
            changed = true
        }
        return changed
    }

    /// Day names a news agency sets bare before or after a verb: the weekdays, "today", "yesterday", "tonight".
    static let bareDays: Set<String> = Set(Lexicon.weekdayNames.map { $0.lowercased() }).union(["today", "yesterday", "tonight"])
    /// Words that make a day name a name: "Black Friday", "Good Friday", "Bloody Sunday".
    static let dayNameWords: Set<String> = ["black", "good", "bloody", "cyber", "super", "ash", "holy", "maundy", "palm", "easter",
                                            "giving", "small"]

    /// Units and days a date of "last", "next" or "this" is counted in.
    static let dateUnits: Set<String> = Set(Lexicon.weekdayNames.map { $0.lowercased() }).union(["week", "month", "year", "weekend",
        "quarter", "season", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall", "winter"])

    /// Words naming a day or a part of one.
    static let dayWords: Set<String> = bareDays.union(["morning", "afternoon", "evening", "night", "midnight", "noon", "weekend"])
    /// Month names, in full (`Lexicon.monthNames`) or as the agencies abbreviate them.
    static let monthNames: Set<String> = Set(Lexicon.monthNames.map { $0.lowercased() })
        .union(["jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."])

    /// "More than 50 ministers and aides had quit by Thursday morning": "had" read as a main verb with the participle
    /// its complement. "Have" right before a past participle it governs, with no object of its own, is the perfect's
    /// auxiliary: the participle is the clause's verb.
    static let perfectReadAsAVerb = ParseRepair(
        name: "perfect read as a verb",
        examples: ["More than 50 ministers and aides had quit by Thursday morning."]
    ) { t in
        var changed = false
        for have in t.indices where t.words[have].upos == "VERB" && t.lower(have).hasPrefix("ha") && t.words[have].lemma.lowercased() == "have" {
            guard have + 1 < t.words.count, let verb = Optional(have + 1), t.words[verb].xpos == "VBN", t.words[verb].upos == "VERB",
                  t.head(verb) == have, t.base(verb) == "xcomp",
                  !t.children(have).contains(where: { ["obj", "iobj", "ccomp"].contains(t.base($0)) })
            else { continue }
            let upper = (head: t.words[have].head, rel: t.words[have].deprel)
            for c in t.children(have) where c != verb { t.attach(c, to: verb) }
            t.attach(verb, to: upper.head - 1, rel: upper.rel)
            t.retag(have, upos: "AUX", xpos: t.words[have].xpos == "VBN" ? "VBD" : t.words[have].xpos)
            t.attach(have, to: verb, rel: "aux")
            changed = true
        }
        return changed
    }

    /// "More than 50 ministers and aides had quit": a coordinated subject split at its conjunction, the first noun
    /// hung on the verb with no preposition. A bare noun right before "and" and the subject is the subject's first
    /// conjunct.
    static let subjectSplitAtItsConjunction = ParseRepair(
        name: "subject split at its conjunction",
        examples: ["More than 50 ministers and aides had quit by Thursday morning."]
    ) { t in
        var changed = false
        for subject in t.indices where ["nsubj", "nsubj:pass"].contains(t.words[subject].deprel) && ["NOUN", "PROPN"].contains(t.words[subject].upos) {
            guard let verb = t.head(subject), let cc = t.children(subject).first(where: { t.base($0) == "cc" }),
                  cc == t.subtreeStart(subject), cc >= 1,
                  let first = t.children(verb).first(where: { $0 < cc && t.subtreeEnd($0) == cc - 1 }),
                  ["NOUN", "PROPN"].contains(t.words[first].upos), ["obl", "obl:npmod", "obl:unmarked", "dep"].contains(t.words[first].deprel),
                  !t.children(first).contains(where: { t.base($0) == "case" })
            else { continue }
            t.attach(first, to: verb, rel: t.words[subject].deprel)
            t.attach(subject, to: first, rel: "conj")
            changed = true
        }
        return changed
    }

    /// "Rescue divers brought four more boys out of the cave on Monday": a sentence opening with a noun that modifies
    /// the noun after it, read as an imperative whose complement is the rest of the sentence. An imperative is no
    /// clause's companion in narrative: when the noun after the first word is the subject of a finite verb, the first
    /// word names a kind of it ("rescue divers", "search teams", "protest leaders") and the finite verb is the
    /// sentence's own. Only a word that is a noun as well: an event noun, or one training saw as a noun ("Note prices
    /// rose" is left alone).
    static let nounReadAsAnImperative = ParseRepair(
        name: "noun read as an imperative",
        examples: ["Rescue divers brought four more boys out of a flooded cave on Monday, officials said.",
                   "Search teams found the wreckage on Tuesday."]
    ) { t in
        guard let first = t.indices.first(where: { t.words[$0].upos != "PUNCT" }), first + 2 < t.words.count,
              t.words[first].upos == "VERB", t.words[first].xpos == "VB",
              t.words[first].form.first?.isUppercase == true,
              !t.children(first).contains(where: { ["nsubj", "nsubj:pass", "aux", "mark", "expl"].contains(t.words[$0].deprel) }),
              let noun = Optional(first + 1), t.words[noun].upos == "NOUN", ["nsubj", "nsubj:pass"].contains(t.words[noun].deprel),
              let verb = t.head(noun), verb > noun, t.words[verb].upos == "VERB" || t.words[verb].upos == "AUX", t.isFinite(verb),
              t.ancestors(verb).contains(first) || t.head(first) == verb,
              canBeNoun(t.lower(first))
        else { return false }
        let upper = t.ancestors(verb).contains(first) ? (head: t.words[first].head, rel: t.words[first].deprel) : (head: t.words[verb].head, rel: t.words[verb].deprel)
        for c in t.children(first) where c != noun && c != verb { t.attach(c, to: verb) }
        t.attach(verb, to: upper.head - 1, rel: upper.rel)
        t.retag(first, upos: "NOUN", xpos: "NN")
        t.attach(first, to: noun, rel: "compound")
        return true
    }

    /// "Train derails in Ohio, forcing evacuations": a headline's noun read as an imperative whose object is the
    /// finite verb right after it. No imperative takes a verb in the third person or the past: the first word is
    /// that verb's subject.
    static let subjectReadAsAnImperative = ParseRepair(
        name: "subject read as an imperative",
        examples: ["Train derails in Ohio, forcing evacuations", "Flood hits northern villages"]
    ) { t in
        guard let first = t.indices.first(where: { t.words[$0].upos != "PUNCT" }), first + 1 < t.words.count,
              t.words[first].upos == "VERB", t.words[first].xpos == "VB", t.words[first].form.first?.isUppercase == true,
              !t.children(first).contains(where: { ["nsubj", "nsubj:pass", "aux", "mark", "expl"].contains(t.words[$0].deprel) }),
              let verb = Optional(first + 1), t.words[verb].upos == "VERB", ["VBZ", "VBD"].contains(t.words[verb].xpos),
              !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "expl"].contains(t.words[$0].deprel) }),
              t.head(verb) == first || t.head(first) == verb,
              canBeNoun(t.lower(first))
        else { return false }
        let upper = t.head(verb) == first ? (head: t.words[first].head, rel: t.words[first].deprel) : (head: t.words[verb].head, rel: t.words[verb].deprel)
        for c in t.children(first) where c != verb { t.attach(c, to: verb) }
        t.attach(verb, to: upper.head - 1, rel: upper.rel)
        t.retag(first, upos: "NOUN", xpos: "NN")
        t.attach(first, to: verb, rel: "nsubj")
        return true
    }

    /// A word that can be a noun: an event noun, or one training saw as a noun.
    static func canBeNoun(_ lower: String) -> Bool {
        EventNounLexicon.shared.isEventNoun(lower) || TagSets.shared.seenAs(lower, TagSets.noun)
    }
}

extension ParseRepair {
    /// "The Botanical Garden, founded in 1931, was almost entirely destroyed": a participle set off by commas after
    /// its noun, read as the sentence's verb with the main verb its conjunct. A conjunct with an auxiliary of its own,
    /// no "and" and no subject after the closing comma is the main verb; the participle describes the noun.
    static let participleBeforeMainVerb = ParseRepair(
        name: "participle between commas before the main verb",
        examples: ["The Botanical Garden of the city, founded in 1931, was almost entirely destroyed, its director said.",
                   "All 21 people taken to hospital after the accident have now been released, Delta said late on Tuesday.",
                   "The storm, moving north at 20 km an hour, will reach the coast on Sunday."]
    ) { t in
        var changed = false
        for participle in t.indices where t.words[participle].upos == "VERB" && ["VBN", "VBG"].contains(t.words[participle].xpos)
            && participle >= 2 && t.children(participle).allSatisfy({ !["aux", "cop", "expl", "csubj"].contains(t.base($0)) }) {
            // (or a past participle right after its noun, with no commas: "All 21 people ⟦taken⟧ to hospital after the
            // accident have now been released")
            let setOff = t.words[participle - 1].form == ","
            guard setOff || t.words[participle].xpos == "VBN" && ["NOUN", "PROPN"].contains(t.words[participle - 1].upos) else { continue }
            // the noun phrase before the participle, up through its nominal heads
            let noun = t.nounPhraseHead(endingAt: participle - (setOff ? 2 : 1), before: participle - 1)
            guard ["NOUN", "PROPN"].contains(t.words[noun].upos), t.head(noun) == participle, t.base(noun) == "nsubj",
                  t.children(participle).filter({ t.base($0) == "nsubj" }).count == 1 else { continue }
            // (the clause's own "and that" before its subject goes with the verb: "… and that the peninsula of Crimea,
            // annexed in 2014, be recognized")
            let opening = t.children(participle).filter { ["mark", "cc"].contains(t.base($0)) }
            guard opening.allSatisfy({ $0 < (t.subtreeStart(noun) ?? noun) }) else { continue }
            // the main verb: the one conjunct, with an auxiliary of its own, right after a closing comma
            let conjuncts = t.children(participle).filter { t.base($0) == "conj" && $0 > participle }
            guard conjuncts.count == 1, let main = conjuncts.first,
                  t.children(main).allSatisfy({ !["cc", "expl", "csubj", "mark"].contains(t.base($0)) && !(t.base($0) == "nsubj" && t.words[$0].upos != "VERB") }),
                  let aux = t.children(main).first(where: { ["aux", "cop"].contains(t.base($0)) && $0 < main }),
                  t.isFinite(main) || t.children(main).contains(where: { t.base($0) == "cop" }) || !opening.isEmpty,
                  aux > participle + 1, setOff ? t.words[aux - 1].form == "," : t.words[aux - 1].form != ","
            else { continue }
            // (a reporting clause the parse made the main verb's subject: "…, Delta ⟦said⟧ late on Tuesday")
            for c in t.children(main) where c > main && t.words[c].upos == "VERB" && t.base(c) == "nsubj" { t.attach(c, to: main, rel: "parataxis") }
            let upper = (head: t.words[participle].head, rel: t.words[participle].deprel)
            let passive = t.children(main).contains { t.words[$0].deprel == "aux:pass" }
            for c in t.children(participle) where c > main || opening.contains(c) { t.attach(c, to: main) }
            t.attach(main, to: upper.head - 1, rel: upper.rel)
            t.attach(noun, to: main, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(participle, to: noun, rel: "acl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "said the government would provide bonds to families who lost their homes and that reconstruction would begin":
    /// a clause opened by "and that" read as a conjunct of a relative clause inside the first. "That" after "and"
    /// opens a second complement clause: the conjunct is coordinated with the complement clause it follows.
    static let secondThatClause = ParseRepair(
        name: "second complement clause after \"and that\"",
        examples: ["He said the government would provide bonds to the families who lost their homes and that reconstruction would begin soon."]
    ) { t in
        var changed = false
        for clause in t.indices where t.base(clause) == "conj" && t.words[clause].upos == "VERB" {
            guard let that = t.children(clause).first(where: { t.base($0) == "mark" && t.lower($0) == "that" && $0 < clause }),
                  let and = t.children(clause).first(where: { t.base($0) == "cc" && $0 == that - 1 }), ["and", "or", "but"].contains(t.lower(and)),
                  let h = t.head(clause), t.base(h) != "ccomp" else { continue }
            // the complement clause above the conjunct's head
            guard let complement = t.ancestors(h).first(where: { t.base($0) == "ccomp" && t.words[$0].upos == "VERB" }), complement < clause,
                  t.ancestors(h).prefix(while: { $0 != complement }).allSatisfy({ $0 > complement }) else { continue }
            t.attach(clause, to: complement, rel: "conj")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "said in March it had delivered emergency payments to 9,000 families": a perfect read as a noun phrase, its
    /// participle an adjective of the object and its "had" hung on the noun. "Have" before a past participle is the
    /// perfect's auxiliary: the participle is the verb, the noun its object, a subject pronoun before "had" its subject.
    static let perfectReadAsANounPhrase = ParseRepair(
        name: "perfect read as a noun phrase",
        examples: ["The government said in March it had delivered emergency payments to 9,000 families."]
    ) { t in
        var changed = false
        for aux in t.indices where t.base(aux) == "aux" && ["have", "has", "had"].contains(t.lower(aux)) {
            guard let noun = t.head(aux), noun > aux, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let verb = t.children(noun).first(where: { $0 > aux && $0 < noun && t.base($0) == "amod" && t.words[$0].xpos == "VBN" }),
                  (aux + 1..<verb).allSatisfy({ t.words[$0].upos == "ADV" }) else { continue }
            let upper = (head: t.words[noun].head, rel: t.words[noun].deprel)
            t.attach(verb, to: upper.head - 1, rel: upper.rel)
            t.retag(verb, upos: "VERB", xpos: "VBN")
            t.attach(aux, to: verb)
            t.attach(noun, to: verb, rel: "obj")
            for c in t.children(noun) where c > noun && ["conj", "cc", "advcl", "parataxis"].contains(String(t.base(c))) && (t.base(c) != "conj" || t.words[c].upos == "VERB") {
                t.attach(c, to: verb)
            }
            for c in t.children(noun) where c < aux && t.base(c) != "det" { t.attach(c, to: verb) }
            // the subject pronoun right before the auxiliary, hung elsewhere by the parse
            if aux > 0, t.words[aux - 1].xpos == "PRP", ["it", "he", "she", "they", "we", "i", "you"].contains(t.lower(aux - 1)),
               !t.children(verb).contains(where: { t.base($0) == "nsubj" }) {
                t.attach(aux - 1, to: verb, rel: "nsubj")
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "…," said Marta Rojas, whose mother died in the fire": a "whose" clause read as the clause of the noun before
    /// its comma, that noun its subject beside the subject "whose" opens. A verb has one subject: the clause describes
    /// the noun, which takes the clause's place (or, the clause being the complement of a reporting verb with no
    /// subject, is that verb's speaker).
    static let whoseClauseOnItsNoun = ParseRepair(
        name: "\"whose\" clause on its noun",
        examples: ["\"We have waited six weeks for this,\" said Marta Rojas, whose mother died in the fire."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" {
            let subjects = t.children(verb).filter { t.base($0) == "nsubj" || t.words[$0].deprel == "nsubj:pass" }
            guard subjects.count == 2, let noun = subjects.first, let own = subjects.last, noun < own, own < verb,
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let whose = t.children(own).first(where: { t.lower($0) == "whose" }), whose > 0, t.words[whose - 1].form == ",",
                  t.subtreeEnd(noun) == whose - 2 else { continue }
            let upper = (head: t.words[verb].head, rel: t.words[verb].deprel)
            if upper.head > 0, PredicateRules.reporting.contains(t.words[upper.head - 1].lemma.lowercased()),
               !t.children(upper.head - 1).contains(where: { t.base($0) == "nsubj" }) {
                t.attach(noun, to: upper.head - 1, rel: "nsubj")
            } else {
                t.attach(noun, to: upper.head - 1, rel: upper.rel)
            }
            t.attach(verb, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The CRJ900, operated by Endeavor Air, was arriving from Minneapolis": a sentence read as a noun with a
    /// participle phrase, its verb hung inside that phrase with the agent of the participle for subject. A finite verb
    /// right after the closing comma is the sentence's; the noun before the phrase is its subject, and "by" and the
    /// name after it are the participle's agent.
    static let verbAfterASetOffParticiple = ParseRepair(
        name: "verb after a set-off participle read into it",
        examples: ["The CRJ900, operated by Endeavor Air, was arriving from Minneapolis in gusty winds."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil }), ["NOUN", "PROPN"].contains(t.words[root].upos),
              let participle = t.children(root).first(where: { $0 > root && t.base($0) == "acl" && t.words[$0].xpos == "VBN" && t.words[$0 - 1].form == "," }),
              let verb = t.subtreeWords(participle).first(where: { v in
                  v > participle && t.words[v].upos == "VERB" && t.isFinite(v)
                      && t.children(v).first(where: { ["aux", "cop"].contains(t.base($0)) && $0 < v }).map { t.words[$0 - 1].form == "," } == true
              }) else { return false }
        let subjects = t.children(verb).filter { t.base($0) == "nsubj" || t.words[$0].deprel == "nsubj:pass" }
        // the participle's agent the parse gave the verb: "by ⟦Endeavor Air⟧"
        for s in subjects {
            guard s < verb, let by = t.children(verb).first(where: { t.lower($0) == "by" && $0 < s }) else { return false }
            t.attach(s, to: participle, rel: "obl:agent")
            t.attach(by, to: s, rel: "case")
        }
        if !subjects.isEmpty, let c = t.children(verb).first(where: { t.words[$0].form == "," && $0 < verb }), c > participle { t.attach(c, to: participle) }
        let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
        t.attach(verb, to: -1, rel: "root")
        t.attach(root, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
        for c in t.children(root) where c > verb { t.attach(c, to: verb) }
        return true
    }
}

extension ParseRepair {
    /// "The wing separated from the fuselage and a fire broke out": two clauses joined by "and", the first read as
    /// the complement of the second. A complement is not followed by "and" and its governor's own subject: the first
    /// clause heads the coordination and the second is its conjunct.
    static let coordinationReadAsComplement = ParseRepair(
        name: "coordinated clauses read as a complement",
        examples: ["The aircraft's right wing separated from the fuselage during the hard landing and a fire broke out."]
    ) { t in
        var changed = false
        for second in t.indices where t.words[second].upos == "VERB" {
            guard let first = t.children(second).first(where: { $0 < second && t.base($0) == "ccomp" && t.words[$0].upos == "VERB" }),
                  t.children(first).contains(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }),
                  t.children(first).allSatisfy({ t.base($0) != "mark" }),
                  let end = t.subtreeEnd(first),
                  let cc = t.children(second).first(where: { t.base($0) == "cc" && ($0 == end + 1 || $0 == end + 2 && t.words[end + 1].form == ",") }),
                  t.children(second).contains(where: { ["nsubj", "nsubj:pass", "expl"].contains(t.words[$0].deprel) && $0 > cc && $0 < second })
            else { continue }
            let upper = (head: t.words[second].head, rel: t.words[second].deprel)
            t.attach(first, to: upper.head - 1, rel: upper.rel)
            t.attach(second, to: first, rel: "conj")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The MV Santa Lucia, ⟦operated⟧ by Archipelago Sea Lines, ⟦left⟧ the port": a participle set off by commas after
    /// the subject, read as the sentence's verb with the subject its own and the real verb its conjunct with no
    /// conjunction. A past participle with no auxiliary between commas describes the noun before it; the finite verb
    /// after the closing comma is the sentence's.
    static let setOffParticipleReadAsTheVerb = ParseRepair(
        name: "set-off participle read as the verb",
        examples: ["The MV Santa Lucia, operated by Archipelago Sea Lines, left the port of Batangas at 11:40 p.m. on Sunday."]
    ) { t in
        guard let participle = t.indices.first(where: { t.head($0) == nil }), participle >= 2,
              t.words[participle].xpos == "VBN", t.words[participle - 1].form == ",",
              !t.children(participle).contains(where: { ["aux", "aux:pass", "cop"].contains(t.words[$0].deprel) }),
              let subject = t.children(participle).first(where: { $0 < participle && ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) }),
              ["NOUN", "PROPN"].contains(t.words[subject].upos), t.subtreeEnd(subject) == participle - 2,
              let verb = t.children(participle).first(where: { v in v > participle && t.base(v) == "conj" && t.words[v].upos == "VERB"
                  && ["VBD", "VBZ", "VBP"].contains(t.words[v].xpos) && v >= 1 && t.words[v - 1].form == ","
                  && !t.children(v).contains(where: { ["cc", "nsubj", "nsubj:pass"].contains(String(t.base($0))) }) })
        else { return false }
        t.attach(verb, to: -1, rel: "root")
        t.attach(subject, to: verb, rel: "nsubj")
        t.attach(participle, to: subject, rel: "acl")
        t.attach(participle - 1, to: participle, rel: "punct")
        t.attach(verb - 1, to: participle, rel: "punct")
        for c in t.children(participle) where c > verb { t.attach(c, to: verb) }
        return true
    }
}
