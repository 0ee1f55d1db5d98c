/// Repairs of the readings a second trained model (the WordNet-classes model of the README's syntax section) gives of
/// plain news sentences, written so that the event rules hold for either model's reading (5 Dec late night). Each is a
/// fact of English grammar with its sentences beside it and its misreading written out in `ParseRepairReadingsTests`;
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "Jobs started the annual conference ⟦by hinting⟧ at the incident": a gerund opened by "by", "while", "without"
    /// (or "after", "before", "since" on a noun that is no length) hung on a noun. Such a gerund tells how or when
    /// something was done: it modifies the verb the noun belongs to ("a year ⟦after launching⟧ the iPhone" measures
    /// from the launch and stays).
    static let adverbialGerundOnANoun = ParseRepair(
        name: "adverbial gerund on a noun",
        examples: ["Jobs started the annual conference by hinting at the incident."]
    ) { t in
        var changed = false
        for gerund in t.indices where t.words[gerund].xpos == "VBG" && t.words[gerund].deprel == "acl" {
            guard let mark = t.children(gerund).first(where: { t.base($0) == "mark" && $0 < gerund }),
                  let noun = t.head(gerund), noun < gerund, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  ["by", "while", "without", "upon"].contains(t.lower(mark))
                    || ["after", "before", "since"].contains(t.lower(mark)) && !lengthUnits.contains(t.words[noun].lemma.lowercased()),
                  let verb = t.ancestors(noun).first(where: { t.words[$0].upos == "VERB" })
            else { continue }
            t.attach(gerund, to: verb, rel: "advcl")
            changed = true
        }
        return changed
    }

    /// "The officer in charge of the wing ⟦that night⟧ was suspended on Wednesday": a time phrase closing the subject's
    /// noun phrase, read as a second subject of the verb. A time word ("night", "day", "week") with "that", "this",
    /// "last", "next" or "same" names no one who acts; right after a subject it tells when what that phrase describes
    /// held, so it modifies the subject's head, and the verb keeps its own date.
    static let timePhraseReadAsASecondSubject = ParseRepair(
        name: "time phrase read as a second subject",
        examples: ["The officer in charge of the wing that night was suspended on Wednesday, 10 September, the union said.",
                   "The nurse on duty that morning resigned on Friday."]
    ) { t in
        var changed = false
        for verb in t.indices where ["VERB", "AUX", "ADJ"].contains(t.words[verb].upos) {
            let subjects = t.children(verb).filter { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) && $0 < verb }
            guard subjects.count == 2, let a = subjects.first, let b = subjects.last,
                  ["NOUN", "PROPN", "PRON"].contains(t.words[a].upos), t.words[b].upos == "NOUN",
                  timePhraseHeads.contains(t.lower(b)),
                  t.children(b).contains(where: { ["det", "amod"].contains(t.base($0)) && timePhraseDeterminers.contains(t.lower($0)) }),
                  let end = t.subtreeEnd(a), let start = t.subtreeStart(b), end + 1 == start
            else { continue }
            t.attach(b, to: a, rel: "nmod:tmod")
            changed = true
        }
        return changed
    }

    /// Time words that head a phrase of when ("that night", "the same day", "last week").
    static let timePhraseHeads: Set<String> = dayParts.union(["day", "week", "weekend", "month", "year"])
    /// Words that make a time word a phrase of when rather than a thing named.
    static let timePhraseDeterminers: Set<String> = ["that", "this", "last", "next", "same"]

    /// "said Chief Executive Lena Chen would step down": a title and the name after it read as two subjects of the
    /// verb. A verb has one subject; two side by side with nothing between them are one noun phrase, the first
    /// modifying the second, or, when the second opens with a preposition, the second telling about the first.
    static let twoSubjectsInARow = ParseRepair(
        name: "two subjects in a row",
        examples: ["Orbis said Chief Executive Lena Chen would step down at the end of the month.",
                   "The strike by Local 273 of the Atlantic Longshore Workers' Union began on March 5."]
    ) { t in
        var changed = false
        for verb in t.indices where ["VERB", "AUX", "ADJ", "NOUN"].contains(t.words[verb].upos) {
            let subjects = t.children(verb).filter { t.words[$0].deprel == "nsubj" && $0 < verb }
            guard subjects.count == 2, let a = subjects.first, let b = subjects.last,
                  ["NOUN", "PROPN"].contains(t.words[a].upos), ["NOUN", "PROPN"].contains(t.words[b].upos),
                  let end = t.subtreeEnd(a), let start = t.subtreeStart(b), end + 1 == start,
                  !(t.subtreeWords(a) + t.subtreeWords(b)).contains(where: { ["PUNCT", "CCONJ"].contains(t.words[$0].upos) })
            else { continue }
            // (the second opened by a preposition tells about the first's last noun: "The strike by Local 273 ⟦of the
            // Atlantic Longshore Workers' Union⟧ began", its "of" read as the possessor's)
            if t.words[start].upos == "ADP", end > a, ["NOUN", "PROPN", "NUM"].contains(t.words[end].upos),
               t.ancestors(end).contains(a) {
                t.attach(start, to: b, rel: "case")
                t.attach(b, to: end, rel: "nmod")
            } else {
                t.attach(a, to: b, rel: "compound")
            }
            changed = true
        }
        return changed
    }

    /// "The group will pay 410 pence per share, ⟦a premium⟧ of 31 percent to …": a noun phrase after a clause and a
    /// comma, read as a conjunct of the clause's verb (or the only conjunct of a noun, its apposition). A verb is coordinated with a verb, and with a conjunction; a
    /// noun phrase set off after the clause with neither is a remark on it.
    static let nounPhraseReadAsAConjunctOfAVerb = ParseRepair(
        name: "noun phrase read as a conjunct of a verb",
        examples: ["The Norwegian group will pay 410 pence per share, a premium of 31 percent to Greenmeadow's closing price on Friday."]
    ) { t in
        var changed = false
        for noun in t.indices where ["NOUN", "PROPN"].contains(t.words[noun].upos) && t.words[noun].deprel == "conj" {
            guard let verb = t.head(noun), verb < noun,
                  !t.children(noun).contains(where: { t.base($0) == "cc" || t.base($0) == "cop" }),
                  let first = t.firstWord(noun), first >= 1, t.words[first - 1].form == ","
            else { continue }
            if t.words[verb].upos == "VERB" {
                t.attach(noun, to: verb, rel: "parataxis")
                changed = true
            } else if ["NOUN", "PROPN"].contains(t.words[verb].upos),
                      t.children(verb).filter({ t.base($0) == "conj" }).count == 1 {
                // (and the only "conjunct" of a noun, with no conjunction, is its apposition: "Steve Jobs, ⟦the Apple
                // Chief Executive Officer⟧, announced": a list has its "and")
                t.attach(noun, to: verb, rel: "appos")
                changed = true
            }
        }
        return changed
    }

    /// "the operating system, ⟦to be released⟧ in mid-2011": an infinitive describing a noun, labelled a relative
    /// clause. A relative clause is finite or opened by a relative word; an infinitive with "to" is an adnominal
    /// clause (`acl`), as the treebanks label it.
    static let infinitiveReadAsARelativeClause = ParseRepair(
        name: "infinitive read as a relative clause",
        examples: ["The event included a preview of Apple's forthcoming operating system, to be released in mid-2011."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].deprel == "acl:relcl" && t.words[verb].xpos != "VBD" && t.words[verb].xpos != "VBZ" {
            guard t.children(verb).contains(where: { t.base($0) == "mark" && t.lower($0) == "to" }),
                  !t.children(verb).contains(where: { ["that", "which", "who", "whom", "whose", "where", "when"].contains(t.lower($0)) })
            else { continue }
            t.attach(verb, to: t.words[verb].head - 1, rel: "acl")
            changed = true
        }
        return changed
    }

    /// "… as prime minister ⟦when⟧ parliament ⟦meets⟧ on November 14": the verb of a "when" clause read as a plural
    /// noun, its subject as the noun's modifier. "when", "while", "whenever" open a clause, and a clause has a verb: a
    /// "noun" in "-s" right after the noun after them, which WordNet knows as a verb, is that verb.
    static let verbAfterWhenReadAsANoun = ParseRepair(
        name: "verb after when read as a noun",
        examples: ["Nino Beridze will be nominated as prime minister when parliament meets on November 14."]
    ) { t in
        var changed = false
        for word in t.indices where t.words[word].upos == "NOUN" && t.words[word].xpos == "NNS" && t.lower(word).hasSuffix("s") {
            guard word >= 2, let opener = t.children(word).first(where: { $0 == word - 2 && ["when", "while", "whenever"].contains(t.lower($0)) }),
                  let subject = t.children(word).first(where: { $0 == word - 1 && t.base($0) == "compound" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  VerbLemmas.shared.contains(String(t.lower(word).dropLast())),
                  let verb = t.ancestors(word).first(where: { t.words[$0].upos == "VERB" })
            else { continue }
            for c in t.children(word) where c > word && t.base(c) == "nmod" { t.attach(c, to: word, rel: "obl") }
            t.attach(subject, to: word, rel: "nsubj")
            t.attach(opener, to: word, rel: "advmod")
            t.attach(word, to: verb, rel: "advcl")
            t.retag(word, upos: "VERB", xpos: "VBZ")
            t.setLemma(word, String(t.lower(word).dropLast()))
            changed = true
        }
        return changed
    }

    /// "He would step down ⟦once⟧ a new government was formed": the subordinator of an adverbial clause read as an
    /// adverb of the verb before it. A word that can open a clause, right before the clause with its subject, opens it.
    static let subordinatorBeforeItsClause = ParseRepair(
        name: "subordinator before its clause",
        examples: ["The prime minister said he would step down once a new government was formed."]
    ) { t in
        var changed = false
        for word in t.indices where t.base(word) == "advmod" && clauseOpeners.contains(t.lower(word)) {
            guard let governor = t.head(word), governor < word,
                  let clause = t.children(governor).first(where: { c in c > word && t.base(c) == "advcl" && t.subtreeStart(c) == word + 1 }),
                  t.children(clause).contains(where: { ["nsubj", "expl"].contains(String(t.base($0))) }),
                  !t.children(clause).contains(where: { t.base($0) == "mark" })
            else { continue }
            if ["when", "where", "whenever"].contains(t.lower(word)) {
                t.attach(word, to: clause)
            } else {
                t.attach(word, to: clause, rel: "mark")
                t.retag(word, upos: "SCONJ", xpos: "IN")
            }
            changed = true
        }
        return changed
    }

    /// Words that open an adverbial clause as well as being adverbs.
    static let clauseOpeners: Set<String> = ["once", "when", "whenever", "where", "while", "until", "before", "after", "as", "since"]

    /// "sparking a huge fire and forcing residents ⟦to evacuate⟧": the infinitive of a verb that makes its object do
    /// something, read as an adverbial clause of purpose. After "force", "allow", "order" and their kind, an infinitive
    /// right after the object (or after a phrase of place set after it) tells what the object does: the verb's
    /// complement.
    static let infinitiveOfAControlVerb = ParseRepair(
        name: "infinitive of a control verb",
        examples: ["A freight train derailed late Friday, sparking a huge fire and forcing residents to evacuate.",
                   "Officials ordered about 2,000 residents within a mile of the site to leave their homes."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].deprel == "advcl"
            && t.children(verb).contains(where: { t.base($0) == "mark" && t.lower($0) == "to" }) {
            guard let governor = t.head(verb), governor < verb, controlVerbs.contains(t.words[governor].lemma.lowercased()),
                  let object = t.children(governor).first(where: { t.base($0) == "obj" && $0 < verb }),
                  let objectEnd = t.subtreeEnd(object), let start = t.subtreeStart(verb), objectEnd < start,
                  // (or with a phrase of place or extent between: "ordered about 2,000 residents ⟦within a mile of the
                  // site⟧ to leave")
                  objectEnd == start - 1 || t.children(governor).filter({ c in t.base(c) == "obl" && c > objectEnd && c < start })
                      .flatMap({ t.subtreeWords($0) }).count == start - 1 - objectEnd
                      && (objectEnd + 1..<start).allSatisfy({ t.words[$0].upos != "VERB" && t.words[$0].form != "," })
            else { continue }
            t.attach(verb, to: governor, rel: "xcomp")
            changed = true
        }
        return changed
    }

    /// Verbs whose object does what the infinitive after it says.
    static let controlVerbs: Set<String> = ["force", "compel", "oblige", "allow", "permit", "order", "urge", "ask", "tell", "require",
                                            "cause", "enable", "prompt", "persuade", "encourage", "invite", "instruct", "direct",
                                            "pressure", "push", "warn", "advise", "authorize", "authorise", "help", "lead", "forbid"]

    /// "… killing two people ⟦at⟧ the Riverside Galleria appeared in court": a preposition read as the subordinator
    /// of the next finite verb, the noun after it as that verb's subject. "at", "in", "on", "with" open no clause
    /// (unlike "after", "before", "as"): the noun is the preposition's object, a modifier of the noun before it.
    static let prepositionReadAsASubordinator = ParseRepair(
        name: "preposition read as a subordinator",
        examples: ["The man accused of killing two people at the Riverside Galleria appeared in court on Tuesday.",
                   "A woman from Kettering died in hospital that night."]
    ) { t in
        var changed = false
        for mark in t.indices where t.base(mark) == "mark" && placePrepositions.contains(t.lower(mark)) {
            guard let verb = t.head(mark), verb > mark, ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos),
                  let subject = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 > mark && $0 < verb }),
                  t.subtreeStart(subject) == mark + 1, t.subtreeEnd(subject) == verb - 1, mark >= 1,
                  let noun = t.indices.last(where: { $0 < mark && ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos)
                      && (t.subtreeEnd($0) == mark - 1
                          // (or the noun right before it, the sentence's head, on which the parse hung the verb: "A woman
                          // ⟦from⟧ Kettering died in hospital")
                          || $0 == mark - 1 && t.head($0) == nil && t.words[$0].head == 0 && t.head(verb) == $0 && t.base(verb) == "acl") })
            else { continue }
            t.attach(mark, to: subject, rel: "case")
            t.attach(subject, to: noun, rel: "nmod")
            // (the verb the noun's phrase held is the sentence's, and the noun its subject)
            if t.head(noun) == nil, t.words[noun].head == 0, t.head(verb) == noun, t.base(verb) == "acl", t.words[verb].xpos == "VBD" {
                for c in t.children(noun) where c > verb { t.attach(c, to: verb) }
                t.attach(verb, to: -1, rel: "root")
                t.attach(noun, to: verb, rel: "nsubj")
            }
            changed = true
        }
        return changed
    }

    /// Prepositions of place and manner: never a clause's subordinator.
    static let placePrepositions: Set<String> = ["at", "in", "on", "with", "from", "near", "into", "onto", "inside", "outside", "across",
                                                 "along", "among", "between", "beside", "beneath", "toward", "towards", "through", "via"]

    /// "The man ⟦accused⟧ of killing two people … ⟦appeared⟧ in court": a participle describing the subject read as
    /// the sentence's past tense, the sentence's verb hung below it with no subject of its own. A finite verb has a
    /// subject; one without, inside the clause of an "-ed" form with no object, is the sentence's verb, and the "-ed"
    /// form a participle describing its subject (a reduced relative clause).
    static let reducedRelativeBeforeTheVerb = ParseRepair(
        name: "reduced relative before the verb",
        examples: ["The man accused of killing two people at the Riverside Galleria appeared in court on Tuesday.",
                   "The 12 boys rescued from a flooded cave in Thailand left hospital on Wednesday and spoke to reporters.",
                   "The roads remain shut, and the fishing ban announced the same day covers the whole bay.",
                   "The six beaches Brighton closed on Wednesday remain shut.",
                   "A curfew clamped on the city on Sunday evening remained in force yesterday."]
    ) { t in
        // (the sentence's head, or a clause coordinated with it by a conjunction: "…, and the fishing ban ⟦announced⟧
        // the same day ⟦covers⟧ the bay")
        let candidates = t.indices.filter { i in
            t.words[i].upos == "VERB" && t.words[i].xpos == "VBD" && t.lower(i).hasSuffix("ed")
                && (t.head(i) == nil && t.words[i].head == 0
                    || t.base(i) == "conj" && t.children(i).contains { c in t.base(c) == "cc" && (t.head(i).map { h in h < c } ?? false) })
        }
        var changed = false
        for root in candidates where reducedRelative(at: root, in: &t) { changed = true }
        return changed
    }

    private static func reducedRelative(at root: Int, in t: inout RepairTree) -> Bool {
        guard t.words[root].xpos == "VBD",
              let subject = t.children(root).first(where: { t.words[$0].deprel == "nsubj" && $0 < root }),
              t.subtreeEnd(subject) == root - 1,
              // (or a tense the parse made an adverb of the participle, which no verb is: "The 12 boys ⟦rescued⟧ from a
              // flooded cave ⟦left⟧ hospital on Wednesday"; or a finite clause it made the participle's own content
              // clause, which with no subject it cannot be: "the fishing ban ⟦announced⟧ the same day ⟦covers⟧ the bay")
              let verb = t.subtreeWords(root).sorted().first(where: { v in v > root && t.words[v].upos == "VERB"
                  && (["VBD", "VBZ", "VBP"].contains(t.words[v].xpos)
                      // (or the past of a verb with no passive, which no participle describing a noun can be: "A curfew
                      // clamped on the city on Sunday evening ⟦remained⟧ in force")
                      || t.words[v].xpos == "VBN" && intransitivePasts.contains(t.words[v].lemma.lowercased())
                          && t.children(v).allSatisfy { !["aux", "aux:pass"].contains(String(t.base($0))) })
                  && (["advcl", "ccomp", "parataxis", "acl"].contains(String(t.base(v))) && t.head(v) != root || t.base(v) == "advmod"
                      || t.base(v) == "ccomp" && t.head(v) == root && t.words[v].xpos != "VBD")
                  && !t.children(v).contains { ["nsubj", "csubj", "expl", "mark", "cc"].contains(String(t.base($0))) } }),
              !t.children(root).contains(where: { $0 != verb && ["obj", "aux", "ccomp", "xcomp", "iobj"].contains(String(t.base($0))) }),
              // (the participle's phrase runs right up to the verb: no comma, no conjunction)
              (root + 1..<verb).allSatisfy({ t.words[$0].form != "," && t.words[$0].upos != "CCONJ" })
        else { return false }
        if t.words[verb].xpos == "VBN" { t.retag(verb, upos: "VERB", xpos: "VBD") }
        // Whatever the parse hung after the verb on the words above it belongs to the verb's clause ("appeared in
        // court … ⟦and was charged⟧").
        for a in [root] + t.ancestors(verb).prefix(while: { $0 != root }) {
            for c in t.children(a) where c > verb { t.attach(c, to: verb) }
        }
        if let head = t.head(root) {
            // (a conjunct's conjunction and comma go with the verb that takes its place)
            for c in t.children(root) where c < subject { t.attach(c, to: verb) }
            t.attach(verb, to: head, rel: "conj")
        } else {
            t.attach(verb, to: -1, rel: "root")
        }
        // (a noun before the subject, hung on the tense with no preposition, is what a relative clause with no "that"
        // describes: "The six beaches ⟦Brighton closed⟧ on Wednesday ⟦remain⟧ shut")
        if let noun = t.children(root).first(where: { n in n < subject && ["NOUN", "PROPN"].contains(t.words[n].upos)
                && t.base(n) != "obl" && t.subtreeEnd(n) == subject - 1 && !t.children(n).contains { t.base($0) == "case" } }) {
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(root, to: noun, rel: "acl:relcl")
            return true
        }
        t.attach(subject, to: verb, rel: "nsubj")
        t.attach(root, to: subject, rel: "acl")
        t.retag(root, upos: "VERB", xpos: "VBN")
        return true
    }

    /// "Negotiators ⟦resumed⟧ talks in Istanbul on Tuesday": the sentence's past tense read as a participle describing
    /// its object, the subject as the sentence's head with the object as its own. A noun takes no object; the "-ed"
    /// form right after the subject, before the object, is the verb.
    static let sentenceVerbReadAsAnAttribute = ParseRepair(
        name: "sentence verb read as an attribute",
        examples: ["Negotiators resumed talks in Istanbul on Tuesday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN"].contains(t.words[root].upos),
              // (or a "conjunct" with no conjunction and no comma before it, which is none)
              // (or a noun modifier with no preposition, which a noun takes none of: "Local media in Kosovo ⟦published⟧
              // images")
              let object = t.children(root).first(where: { o in o > root && (t.base(o) == "obj"
                  || t.base(o) == "conj" && !t.children(o).contains { t.base($0) == "cc" } && !(root..<o).contains { t.words[$0].form == "," }
                  || t.words[o].deprel == "nmod" && t.words[o].upos == "NOUN" && !t.children(o).contains { t.base($0) == "case" }) }),
              let verb = t.indices.first(where: { v in v > root && v < object && ["VERB", "ADJ"].contains(t.words[v].upos)
                  && isPastTenseToo(t.lower(v)) && t.head(v) == object && t.base(v) == "amod" }),
              t.subtreeEnd(root) != nil, (root + 1..<verb).allSatisfy({ t.ancestors($0).contains(root) && !t.ancestors($0).contains(object) }),
              // (no other tense, but for one the parse coordinated with the subject, which is the verb's conjunct)
              !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) && $0 != verb && t.words[$0].xpos != "VBG" && t.words[$0].xpos != "VBN"
                  && !(t.head($0) == root && t.base($0) == "conj" && $0 > object) })
        else { return false }
        for c in t.children(root) where c > verb && c != object {
            t.attach(c, to: verb, rel: t.base(c) == "nmod" ? "obl" : nil)
        }
        t.attach(verb, to: -1, rel: "root")
        t.attach(root, to: verb, rel: "nsubj")
        t.attach(object, to: verb, rel: "obj")
        t.retag(verb, upos: "VERB", xpos: "VBD")
        return true
    }

    /// "Residents recalled the day the river ⟦burst⟧ its banks": a verb read as a noun, the subject before it as the
    /// noun's modifier and its object still its object. A noun takes no object; a word with one, right after a noun
    /// that modifies it, is a verb, that noun its subject, and the clause describes the noun before it ("the day the
    /// river burst …") or completes the verb ("said the river burst …").
    static let verbReadAsANounWithItsSubject = ParseRepair(
        name: "verb read as a noun with its subject",
        examples: ["Residents recalled the day the river burst its banks on Monday."]
    ) { t in
        var changed = false
        for word in t.indices where t.words[word].upos == "NOUN" && isPastTenseToo(t.lower(word)) && t.base(word) == "obj" {
            guard let object = t.children(word).first(where: { t.base($0) == "obj" && $0 > word }),
                  t.children(object).contains(where: { t.words[$0].xpos == "PRP$" || t.words[$0].upos == "DET" }),
                  let subject = t.children(word).last(where: { $0 == word - 1 && t.base($0) == "compound" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  let governor = t.head(word), governor < word, t.words[governor].upos == "VERB"
            else { continue }
            for c in t.children(word) where c < subject { t.attach(c, to: subject) }
            t.attach(subject, to: word, rel: "nsubj")
            // The noun right before the clause, itself hung on the governor, is what it describes.
            if let noun = t.children(governor).last(where: { $0 < (t.subtreeStart(subject) ?? subject) && ["NOUN", "PROPN"].contains(t.words[$0].upos)
                && t.subtreeEnd($0) == (t.subtreeStart(subject) ?? subject) - 1 }) {
                t.attach(word, to: noun, rel: "acl:relcl")
            } else {
                t.attach(word, to: governor, rel: "ccomp")
            }
            t.retag(word, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }

    /// "A man accused of killing two people ⟦appeared⟧ in court on Monday": the sentence's verb read as an auxiliary
    /// of the participle before it, the sentence as a noun phrase. An auxiliary comes before its verb and is "be",
    /// "have", "do", "get" or a modal; a lexical verb after a participle describing the noun that opens the sentence is
    /// the sentence's verb, that noun its subject.
    static let verbReadAsAnAuxiliary = ParseRepair(
        name: "verb read as an auxiliary",
        examples: ["A man accused of killing two people appeared in court on Monday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN", "PRON"].contains(t.words[root].upos),
              let verb = t.indices.first(where: { v in t.words[v].upos == "VERB" && t.base(v) == "aux"
                  && !["be", "have", "do", "get"].contains(t.words[v].lemma.lowercased()) && t.head(v).map { $0 < v } == true
                  && t.ancestors(v).contains(root) }),
              let participle = t.head(verb), root < participle
        else { return false }
        for c in t.children(participle) + t.children(root) where c > verb { t.attach(c, to: verb) }
        t.attach(verb, to: -1, rel: "root")
        t.attach(root, to: verb, rel: "nsubj")
        return true
    }

    /// "The opposition demanded on Monday that the vote ⟦go⟧ ahead": a "that" clause with its subject, read as a
    /// clause describing a noun (`acl`) but hung on a verb. Only nouns take adnominal clauses; a verb's "that" clause is
    /// its complement.
    static let complementReadAsAdnominal = ParseRepair(
        name: "complement read as adnominal",
        examples: ["The opposition demanded on Monday that the vote go ahead on Friday."]
    ) { t in
        var changed = false
        for clause in t.indices where t.words[clause].deprel == "acl" && ["VERB", "AUX"].contains(t.words[clause].upos) {
            guard let head = t.head(clause), head < clause, t.words[head].upos == "VERB",
                  t.children(clause).contains(where: { t.base($0) == "mark" && ["that", "whether"].contains(t.lower($0)) }),
                  t.children(clause).contains(where: { ["nsubj", "expl", "csubj"].contains(String(t.base($0))) })
            else { continue }
            t.attach(clause, to: head, rel: "ccomp")
            changed = true
        }
        return changed
    }

    /// "forced to leave their homes and ⟦abandon⟧ their cattle", "required to recognize, pick up, carry, and
    /// ⟦deposit⟧ balls": a verb coordinated with an infinitive shares its "to" and is an infinitive too. A present
    /// tense without a subject coordinated with one is the base form; a base form the parse coordinated with the
    /// infinitive's governor (a participle or a tense, whose form it does not share) is the infinitive's conjunct.
    static let coordinatedInfinitive = ParseRepair(
        name: "coordinated infinitive",
        examples: ["Residents were forced to leave their homes and abandon their cattle on Monday.",
                   "The robots were required to recognize, pick up, carry, and deposit balls on Tuesday."]
    ) { t in
        var changed = false
        func isInfinitive(_ v: Int) -> Bool {
            t.words[v].upos == "VERB" && t.words[v].xpos == "VB" && t.children(v).contains { t.base($0) == "mark" && t.lower($0) == "to" }
        }
        func hasOwnSubjectOrMark(_ v: Int) -> Bool {
            t.children(v).contains { ["nsubj", "csubj", "expl", "mark", "aux"].contains(String(t.base($0))) }
        }
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "conj" && !hasOwnSubjectOrMark(verb) {
            guard let head = t.head(verb), head < verb else { continue }
            if t.words[verb].xpos == "VBP", isInfinitive(head) {
                t.retag(verb, upos: "VERB", xpos: "VB")
                changed = true
            } else if t.words[verb].xpos == "VB", ["VBN", "VBD", "VBZ", "VBP"].contains(t.words[head].xpos),
                      let infinitive = t.children(head).last(where: { t.base($0) == "xcomp" && $0 < verb && isInfinitive($0) }) {
                t.attach(verb, to: infinitive)
                changed = true
            }
        }
        return changed
    }

    /// "The report cited satellite images ⟦the agency had reviewed⟧": a relative clause without "that" right after
    /// the object of a verb, read as that verb's complement clause. A verb that takes an object and a clause is a verb
    /// of telling ("told reporters the agency had left"); after any other, a clause with a subject but no object of
    /// its own, right after the object, describes that object.
    static let relativeClauseReadAsAComplement = ParseRepair(
        name: "relative clause read as a complement",
        examples: ["The report cited satellite images the agency had reviewed on Monday."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "ccomp" {
            guard let governor = t.head(verb), governor < verb, t.words[governor].upos == "VERB",
                  !tellingVerbs.contains(t.words[governor].lemma.lowercased()),
                  let object = t.children(governor).last(where: { t.base($0) == "obj" && $0 < verb }),
                  ["NOUN", "PROPN"].contains(t.words[object].upos),
                  let subject = t.children(verb).first(where: { ["nsubj", "nsubj:pass"].contains(t.words[$0].deprel) && $0 < verb }),
                  let start = t.subtreeStart(subject), t.subtreeEnd(object) == start - 1,
                  !t.children(verb).contains(where: { ["obj", "ccomp", "xcomp", "mark", "expl"].contains(String(t.base($0))) }),
                  // (a pronoun or a name opens such a clause as well as a noun phrase; "that", "which" are other repairs')
                  !["that", "which", "who", "whom", "what"].contains(t.lower(start))
            else { continue }
            t.attach(verb, to: object, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// Verbs that take an object and a clause of what they tell it.
    static let tellingVerbs: Set<String> = ["tell", "inform", "assure", "warn", "remind", "promise", "notify", "convince", "persuade",
                                            "show", "ask", "teach", "bet", "advise", "reassure", "caution", "alert", "guarantee"]

    /// "…, ⟦which⟧ has affected the routes" and "the bridge, ⟦where⟧ pebbles are thrown": a clause opened by a
    /// relative word after a comma, read as a complement or a conjunct of the verb before. A relative word opens a
    /// relative clause: one opened by "which" (its subject) after a verb's clause tells about that clause; one opened
    /// by "where", "when" or "who" tells about the noun before the comma.
    static let relativeWordOpeningAComplement = ParseRepair(
        name: "relative word opening a complement",
        examples: ["Thailand cracked down on human trafficking, which has affected the routes smugglers use.",
                   "The stampede happened at the bridge, where pebbles are thrown at a pillar.",
                   "Officials will order the relatives to turn the boy over to his father, who could come as early as Tuesday.",
                   // (or as the subject or object of the verb before: ships "are anchored" off the port, the workers did
                   // not)
                   "More than a dozen container ships are anchored off the Port of Carrow Point, in Saint John, New Brunswick, where 1,150 longshore workers walked out on March 5 over pay and automation."]
    ) { t in
        var changed = false
        for verb in t.indices where ["VERB", "AUX"].contains(t.words[verb].upos) && ["ccomp", "conj", "parataxis", "nsubj", "nsubj:pass", "obj", "csubj"].contains(String(t.base(verb))) {
            guard let governor = t.head(verb), governor < verb,
                  let first = t.firstWord(verb), first >= 2, t.words[first - 1].form == ",",
                  t.head(first) == verb
            else { continue }
            let argument = ["nsubj", "nsubj:pass", "obj", "csubj"].contains(String(t.base(verb)))
            if !argument, t.lower(first) == "which", ["nsubj", "nsubj:pass"].contains(t.words[first].deprel), t.words[governor].upos == "VERB" {
                t.attach(verb, to: governor, rel: "advcl:relcl")
                changed = true
            } else if ["where", "when"].contains(t.lower(first)) && t.base(first) == "advmod"
                        // (and one opened by "who", which tells about a person: "to his father, ⟦who⟧ could come …")
                        || ["who", "whom"].contains(t.lower(first)) && ["nsubj", "nsubj:pass", "obj"].contains(t.words[first].deprel),
                      var noun = t.indices.last(where: { $0 < first - 1 && t.subtreeEnd($0) == first - 2 && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                      noun > governor {
                // (of a town and its region, the town: "in Saint John, New Brunswick, ⟦where⟧ 1,150 workers walked out")
                if argument, t.words[noun].upos == "PROPN", let start = t.firstWord(noun), start >= 2, t.words[start - 1].form == ",",
                   t.words[start - 2].upos == "PROPN" {
                    var town = start - 2
                    while let h = t.head(town), h < start - 1, h > governor, ["flat", "compound"].contains(String(t.base(town))) { town = h }
                    if t.words[town].upos == "PROPN", town > governor { noun = town }
                }
                t.attach(verb, to: noun, rel: "acl:relcl")
                changed = true
            }
        }
        return changed
    }

    /// "Six people were killed and at least 58 ⟦injured⟧": a second passive clause that leaves out the auxiliary it
    /// shares with the first, its participle read as an adjective with its subject as a number or a modifier of it. A
    /// conjunct of a passive participle, in the participle's form, with a subject of its own before it is that
    /// participle's second clause.
    static let gappedPassive = ParseRepair(
        name: "gapped passive",
        examples: ["Six people were killed and at least 58 injured in a car bomb attack on Friday."]
    ) { t in
        var changed = false
        for word in t.indices where t.words[word].upos == "ADJ" && t.base(word) == "conj" && t.lower(word).hasSuffix("ed") {
            guard let first = t.head(word), first < word, t.words[first].upos == "VERB", t.words[first].xpos == "VBN",
                  t.children(first).contains(where: { t.words[$0].deprel == "aux:pass" }),
                  let subject = t.children(word).last(where: { $0 < word && ["NUM", "NOUN", "PRON"].contains(t.words[$0].upos)
                      && ["nummod", "nsubj", "obl", "nmod", "amod"].contains(String(t.base($0))) }),
                  t.children(word).contains(where: { t.base($0) == "cc" && $0 < subject })
            else { continue }
            t.retag(word, upos: "VERB", xpos: "VBN")
            // (the verb's lemma, not the adjective's: "injured" → injure)
            t.setLemma(word, VerbLemmas.shared.mend(String(t.lower(word).dropLast(2))))
            t.attach(subject, to: word, rel: "nsubj:pass")
            changed = true
        }
        return changed
    }

    /// "Thousands of people ⟦protested⟧ in central Kigali, witnesses said": a verb with a subject of its own and no
    /// auxiliary, read as a past participle. A participle takes its subject through an auxiliary ("have protested",
    /// "were killed"); alone with one it is the past tense (for a form both can be: "-ed" and the irregular verbs whose
    /// past and participle are one form).
    static let participleWithItsOwnSubject = ParseRepair(
        name: "participle with its own subject",
        examples: ["In addition, thousands of people protested in central Kigali, witnesses said."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBN" && isPastTenseToo(t.lower(verb))
            && t.children(verb).contains(where: { s in t.words[s].deprel == "nsubj" && s < verb
                // (the subject right before it: "Crimea, ⟦annexed⟧ in 2014, be recognized" is a participle set off by
                // commas, whatever the parse hung on it)
                && (s..<verb).allSatisfy { t.words[$0].form != "," && (t.ancestors($0).contains(s) || $0 == s || t.words[$0].upos == "ADV") } })
            && !t.children(verb).contains(where: { ["aux", "cop"].contains(t.base($0)) }) {
            t.retag(verb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }

    /// Whether a form may be a past tense: a regular "-ed" form, an irregular verb whose past and participle are one
    /// form ("made", "held"), or a past tense that is no participle ("ran", "gave"); not "given", "taken", "done".
    /// Verbs with no passive, whose "-ed" form after a noun is the past tense, never a participle describing it.
    static let intransitivePasts: Set<String> = ["remain", "stay", "last", "arrive", "die", "happen", "occur", "appear", "exist", "persist",
                                                 "veer", "career", "careen", "swerve", "skid"]

    /// "A minibus ⟦veered⟧ off the road on Friday": the past of a verb with no passive read as a participle describing
    /// the sentence's only noun phrase, which the parse made the head. Such a verb has no participle describing a noun
    /// ("the road veered" is no phrase), so with no other verb in the sentence it is the sentence's verb and the noun
    /// before it its subject.
    static let pastWithNoPassiveReadAsAParticipleOfTheHead = ParseRepair(
        name: "past with no passive read as a participle of the head",
        examples: ["A minibus veered off the road near the border on Friday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN"].contains(t.words[root].upos),
              let verb = t.children(root).first(where: { v in v > root && t.base(v) == "acl" && t.words[v].upos == "VERB"
                  && t.words[v].xpos == "VBN" && isPastTenseToo(t.lower(v)) && intransitivePasts.contains(t.words[v].lemma.lowercased())
                  && t.children(v).allSatisfy { !["aux", "aux:pass", "nsubj", "mark"].contains(String(t.base($0))) } }),
              // (the noun's phrase runs right up to the verb: no comma, no conjunction)
              (root + 1..<verb).allSatisfy({ t.words[$0].form != "," && t.words[$0].upos != "CCONJ" && t.ancestors($0).contains(root) }),
              // (no other verb outside the participle's own phrase: "Man ⟦veered⟧ … , police said" has one)
              !t.indices.contains(where: { w in ["VERB", "AUX"].contains(t.words[w].upos) && w != verb && !t.ancestors(w).contains(verb) })
        else { return false }
        for c in t.children(root) where c > verb { t.attach(c, to: verb, rel: t.base(c) == "nmod" ? "obl" : nil) }
        t.attach(verb, to: -1, rel: "root")
        t.attach(root, to: verb, rel: "nsubj")
        t.retag(verb, upos: "VERB", xpos: "VBD")
        return true
    }

    static func isPastTenseToo(_ form: String) -> Bool {
        form.hasSuffix("ed") && form.count > 3 || samePastAndParticiple.contains(form) || pastOnly.contains(form)
    }

    /// Irregular verbs whose past tense and past participle are one form.
    static let samePastAndParticiple: Set<String> = [
        "made", "said", "found", "held", "set", "put", "cut", "hit", "let", "left", "kept", "brought", "bought", "built", "sent",
        "spent", "told", "sold", "paid", "met", "led", "lost", "won", "struck", "heard", "felt", "fought", "caught", "taught",
        "thought", "sought", "stood", "understood", "hung", "shot", "meant", "laid", "fled", "fed", "bled", "bent", "lent",
        "slid", "spun", "shut", "spread", "quit", "cast", "broadcast", "forecast", "upset", "burst", "bet", "sat", "slept", "swept", "dealt", "hurt", "had",
        "dug", "stuck", "swung", "wound", "ground", "bound", "lit", "slit", "split", "sped", "upheld", "withheld"]
    /// Irregular past tenses that are no participle ("ran", not "run"; "gave", not "given").
    static let pastOnly: Set<String> = [
        "ran", "gave", "took", "went", "saw", "began", "came", "ate", "fell", "flew", "grew", "knew", "rode", "rose", "sang", "sank",
        "spoke", "stole", "swam", "threw", "woke", "wore", "wrote", "broke", "chose", "drove", "froze", "hid", "shook", "drew", "blew",
        "tore", "swore", "forgot", "forgave", "did", "overran", "overtook", "undertook", "withdrew", "arose", "sprang", "shrank"]

    /// "A gunman ⟦opened⟧ fire inside a mall late on Saturday, police said": the sentence's verb read as a participle
    /// describing its subject, with a noun of the clause (a date, an object) taken for the clause's head. A past
    /// participle describing a noun is passive and has no object ("the fire opened"); one with an object of its own
    /// and no auxiliary, on a noun that is the subject of no verb, is the past tense, that noun its subject, and the
    /// noun the parse made the head is the verb's oblique.
    static let participleWithAnObjectOnASubject = ParseRepair(
        name: "participle with an object on a subject",
        examples: ["A gunman opened fire inside a crowded shopping mall late on Saturday, killing two people and wounding five others before fleeing on foot, police said on Sunday.",
                   "Thousands of people spent a second night without electricity, after a fire at a substation plunged Albuquerque, the state's largest city, into darkness on Tuesday."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].xpos == "VBN" && t.base(verb) == "acl"
            && t.words[verb].deprel == "acl" && isPastTenseToo(t.lower(verb)) {
            guard let noun = t.head(verb), noun < verb, ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.children(verb).contains(where: { t.base($0) == "obj" && $0 > verb }),
                  !t.children(verb).contains(where: { ["aux", "cop", "nsubj", "mark", "csubj"].contains(t.base($0)) || t.words[$0].deprel == "obl:agent" })
            else { continue }
            // (or on the noun after a subordinator the parse took for a preposition: "three days ⟦after⟧ floods
            // ⟦destroyed⟧ much of the port" is a clause of "after")
            if ["nmod", "obl"].contains(String(t.base(noun))), let above = t.head(noun),
               let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) && subordinators.contains(t.lower($0)) }),
               (noun + 1..<verb).allSatisfy({ t.ancestors($0).contains(noun) }) {
                t.attach(verb, to: above, rel: ["NOUN", "PROPN", "NUM"].contains(t.words[above].upos) ? "acl" : "advcl")
                t.attach(marker, to: verb, rel: "mark")
                t.attach(noun, to: verb, rel: "nsubj")
                t.retag(verb, upos: "VERB", xpos: "VBD")
                changed = true
                continue
            }
            // (or on a noun inside such a subject: "⟦after⟧ a fire at a substation ⟦plunged⟧ the city into darkness on
            // Tuesday", the participle hung on "substation": the subject is the whole phrase, and what the parse hung
            // on its head after the verb is the verb's)
            if t.base(noun) == "nmod", let subject = t.head(noun), subject < noun, ["nmod", "obl"].contains(String(t.base(subject))),
               let above = t.head(subject),
               let start = t.subtreeStart(subject),
               // (the first word of the phrase, after a comma the parse hung on it)
               let marker = t.children(subject).first(where: { m in t.base(m) == "case" && subordinators.contains(t.lower(m))
                   && (m == start || m == start + 1 && t.words[start].upos == "PUNCT") }),
               (subject + 1..<verb).allSatisfy({ t.ancestors($0).contains(subject) }) {
                let object = t.children(verb).first { t.base($0) == "obj" }
                for c in t.children(subject) where c > verb {
                    if ["nmod", "obl"].contains(String(t.base(c))) { t.attach(c, to: verb, rel: "obl") }
                    else if let object, ["list", "appos"].contains(String(t.base(c))) { t.attach(c, to: object, rel: "appos") }
                }
                t.attach(verb, to: above, rel: ["NOUN", "PROPN", "NUM"].contains(t.words[above].upos) ? "acl" : "advcl")
                t.attach(marker, to: verb, rel: "mark")
                t.attach(subject, to: verb, rel: "nsubj")
                t.retag(verb, upos: "VERB", xpos: "VBD")
                changed = true
                continue
            }
            guard t.words[noun].deprel == "nsubj", let clause = t.head(noun), clause > verb,
                  ["NOUN", "PROPN", "NUM"].contains(t.words[clause].upos),
                  !t.children(clause).contains(where: { ["cop", "aux"].contains(t.base($0)) }),
                  // (nothing between the noun and its participle but the noun's own words)
                  (noun + 1..<verb).allSatisfy({ t.ancestors($0).contains(noun) })
            else { continue }
            let upper = (head: t.words[clause].head, rel: t.words[clause].deprel)
            // What hung on the clause's head as a clause's words (not the noun's own) goes to the verb.
            for c in t.children(clause) where c != noun && !["case", "det", "amod", "compound", "nummod", "nmod", "flat", "advmod"].contains(String(t.base(c))) {
                t.attach(c, to: verb)
            }
            t.attach(verb, to: upper.head - 1, rel: upper.rel)
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(clause, to: verb, rel: "obl")
            t.retag(verb, upos: "VERB", xpos: "VBD")
            changed = true
        }
        return changed
    }
}
