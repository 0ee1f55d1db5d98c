/// Corrections of the parser's known, systematic misreadings of news English, applied to every parse the pipeline
/// reads (`SyntaxModel.read`). Each is a grammatical fact of English checked on the tree's shape, never on words of
/// one story, with the sentences it was written for beside it. `tltui parse` prints the model's own analysis.
struct ParseRepair: Sendable {
    let name: String
    /// Sentences the greedy parser misreads this way.
    let examples: [String]
    /// Rewrites the tree in place where the shape is found; returns whether it changed anything.
    let apply: @Sendable (inout RepairTree) -> Bool

    static let all: [ParseRepair] = [nameAfterItsTitle, relativeClauseBeforeMainVerb, subjectOfSubordinateClause, pastTenseReadAsParticiple,
                                     reportedClauseReadAsSubject, speakerAfterTheReport, relativeClauseOnItsNoun,
                                     lengthBeforeASubordinateClause, nounReadAsAnImperative, perfectReadAsAVerb,
                                     subjectSplitAtItsConjunction, participleHungOnADate, townAndStateBeforeANoun,
                                     subjectReadAsAnImperative, objectRunIntoADate, bareDayInANounPhrase,
                                     participleBeforeMainVerb, secondThatClause, perfectReadAsANounPhrase,
                                     whoseClauseOnItsNoun, verbAfterASetOffParticiple, coordinationReadAsComplement,
                                     participleWithItsOwnSubject, participleWithAnObjectOnASubject, gappedPassive,
                                     relativeClauseReadAsAComplement, relativeWordOpeningAComplement,
                                     coordinatedInfinitive, complementReadAsAdnominal,
                                     verbReadAsAnAuxiliary, verbReadAsANounWithItsSubject,
                                     prepositionReadAsASubordinator, reducedRelativeBeforeTheVerb,
                                     sentenceVerbReadAsAnAttribute, subordinatorBeforeItsClause,
                                     infinitiveOfAControlVerb, verbAfterWhenReadAsANoun,
                                     infinitiveReadAsARelativeClause, twoSubjectsInARow,
                                     nounPhraseReadAsAConjunctOfAVerb, adverbialGerundOnANoun]

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

    /// "said Chief Executive Lena Chen would step down": a title and the name after it read as two subjects of the
    /// verb. A verb has one subject; two side by side with nothing between them are one noun phrase, the first
    /// modifying the second.
    static let twoSubjectsInARow = ParseRepair(
        name: "two subjects in a row",
        examples: ["Orbis said Chief Executive Lena Chen would step down at the end of the month."]
    ) { t in
        var changed = false
        for verb in t.indices where ["VERB", "AUX", "ADJ", "NOUN"].contains(t.words[verb].upos) {
            let subjects = t.children(verb).filter { t.words[$0].deprel == "nsubj" && $0 < verb }
            guard subjects.count == 2, let a = subjects.first, let b = subjects.last,
                  ["NOUN", "PROPN"].contains(t.words[a].upos), ["NOUN", "PROPN"].contains(t.words[b].upos),
                  let end = t.subtreeEnd(a), let start = t.subtreeStart(b), end + 1 == start,
                  !(t.subtreeWords(a) + t.subtreeWords(b)).contains(where: { ["PUNCT", "CCONJ"].contains(t.words[$0].upos) })
            else { continue }
            t.attach(a, to: b, rel: "compound")
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
    /// right after the object tells what the object does: the verb's complement.
    static let infinitiveOfAControlVerb = ParseRepair(
        name: "infinitive of a control verb",
        examples: ["A freight train derailed late Friday, sparking a huge fire and forcing residents to evacuate."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && t.words[verb].deprel == "advcl"
            && t.children(verb).contains(where: { t.base($0) == "mark" && t.lower($0) == "to" }) {
            guard let governor = t.head(verb), governor < verb, controlVerbs.contains(t.words[governor].lemma.lowercased()),
                  let object = t.children(governor).first(where: { t.base($0) == "obj" && $0 < verb }),
                  t.subtreeEnd(object) == (t.subtreeStart(verb) ?? verb) - 1
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
        examples: ["The man accused of killing two people at the Riverside Galleria appeared in court on Tuesday."]
    ) { t in
        var changed = false
        for mark in t.indices where t.base(mark) == "mark" && placePrepositions.contains(t.lower(mark)) {
            guard let verb = t.head(mark), verb > mark, ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos),
                  let subject = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 > mark && $0 < verb }),
                  t.subtreeStart(subject) == mark + 1, t.subtreeEnd(subject) == verb - 1, mark >= 1,
                  let noun = t.indices.last(where: { $0 < mark && ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos) && t.subtreeEnd($0) == mark - 1 })
            else { continue }
            t.attach(mark, to: subject, rel: "case")
            t.attach(subject, to: noun, rel: "nmod")
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
        examples: ["The man accused of killing two people at the Riverside Galleria appeared in court on Tuesday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              t.words[root].upos == "VERB", t.words[root].xpos == "VBD", t.lower(root).hasSuffix("ed"),
              let subject = t.children(root).first(where: { t.words[$0].deprel == "nsubj" && $0 < root }),
              t.subtreeEnd(subject) == root - 1,
              !t.children(root).contains(where: { ["obj", "aux", "ccomp", "xcomp", "iobj"].contains(String(t.base($0))) }),
              let verb = t.subtreeWords(root).sorted().first(where: { v in v > root && t.words[v].upos == "VERB"
                  && ["VBD", "VBZ", "VBP"].contains(t.words[v].xpos) && ["advcl", "ccomp", "parataxis", "acl"].contains(String(t.base(v)))
                  && !t.children(v).contains { ["nsubj", "csubj", "expl", "mark", "cc"].contains(String(t.base($0))) }
                  && t.head(v) != root }),
              // (the participle's phrase runs right up to the verb: no comma, no conjunction)
              (root + 1..<verb).allSatisfy({ t.words[$0].form != "," && t.words[$0].upos != "CCONJ" })
        else { return false }
        // Whatever the parse hung after the verb on the words above it belongs to the verb's clause ("appeared in
        // court … ⟦and was charged⟧").
        for a in [root] + t.ancestors(verb).prefix(while: { $0 != root }) {
            for c in t.children(a) where c > verb { t.attach(c, to: verb) }
        }
        t.attach(verb, to: -1, rel: "root")
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
              let object = t.children(root).first(where: { o in o > root && (t.base(o) == "obj"
                  || t.base(o) == "conj" && !t.children(o).contains { t.base($0) == "cc" } && !(root..<o).contains { t.words[$0].form == "," }) }),
              let verb = t.indices.first(where: { v in v > root && v < object && ["VERB", "ADJ"].contains(t.words[v].upos)
                  && isPastTenseToo(t.lower(v)) && t.head(v) == object && t.base(v) == "amod" }),
              t.subtreeEnd(root) != nil, (root + 1..<verb).allSatisfy({ t.ancestors($0).contains(root) && !t.ancestors($0).contains(object) }),
              !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) && $0 != verb && t.words[$0].xpos != "VBG" && t.words[$0].xpos != "VBN" })
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
    /// by "where" or "when" tells about the noun before the comma.
    static let relativeWordOpeningAComplement = ParseRepair(
        name: "relative word opening a complement",
        examples: ["Thailand cracked down on human trafficking, which has affected the routes smugglers use.",
                   "The stampede happened at the bridge, where pebbles are thrown at a pillar."]
    ) { t in
        var changed = false
        for verb in t.indices where ["VERB", "AUX"].contains(t.words[verb].upos) && ["ccomp", "conj", "parataxis"].contains(String(t.base(verb))) {
            guard let governor = t.head(verb), governor < verb,
                  let first = t.firstWord(verb), first >= 2, t.words[first - 1].form == ",",
                  t.head(first) == verb
            else { continue }
            if t.lower(first) == "which", ["nsubj", "nsubj:pass"].contains(t.words[first].deprel), t.words[governor].upos == "VERB" {
                t.attach(verb, to: governor, rel: "advcl:relcl")
                changed = true
            } else if ["where", "when"].contains(t.lower(first)), t.base(first) == "advmod",
                      let noun = t.indices.last(where: { $0 < first - 1 && t.subtreeEnd($0) == first - 2 && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                      noun > governor {
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
    static func isPastTenseToo(_ form: String) -> Bool {
        form.hasSuffix("ed") && form.count > 3 || samePastAndParticiple.contains(form) || pastOnly.contains(form)
    }

    /// Irregular verbs whose past tense and past participle are one form.
    static let samePastAndParticiple: Set<String> = [
        "made", "said", "found", "held", "set", "put", "cut", "hit", "let", "left", "kept", "brought", "bought", "built", "sent",
        "spent", "told", "sold", "paid", "met", "led", "lost", "won", "struck", "heard", "felt", "fought", "caught", "taught",
        "thought", "sought", "stood", "understood", "hung", "shot", "meant", "laid", "fled", "fed", "bled", "bent", "lent",
        "slid", "spun", "shut", "spread", "quit", "cast", "burst", "bet", "sat", "slept", "swept", "dealt", "hurt", "had",
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
        examples: ["A gunman opened fire inside a crowded shopping mall late on Saturday, killing two people and wounding five others before fleeing on foot, police said on Sunday."]
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

    /// "…, more than two weeks after the team became trapped": a length before a subordinate clause, read as the
    /// clause verb's subject with the clause's real subject hung on it by its subordinator. The length measures the
    /// clause; the noun after the subordinator is its subject; the clause modifies the verb it was coordinated with.
    static let lengthBeforeASubordinateClause = ParseRepair(
        name: "length before a subordinate clause",
        examples: ["Divers brought four boys out of the cave on Sunday, more than two weeks after the team became trapped."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos) {
            guard let length = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 < verb
                      && lengthUnits.contains(t.words[$0].lemma.lowercased()) }),
                  let noun = t.children(length).first(where: { t.base($0) == "nmod" && $0 > length && t.subtreeEnd($0) == verb - 1 }),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) }),
                  ["after", "before", "since"].contains(t.lower(marker))
            else { continue }
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            t.attach(length, to: verb, rel: "obl:npmod")
            if t.base(verb) == "conj", let h = t.head(verb) { t.attach(verb, to: h, rel: "advcl") }
            changed = true
        }
        return changed
    }

    /// Units a length before "after" or "before" is counted in.
    static let lengthUnits: Set<String> = ["minute", "hour", "day", "week", "month", "year", "decade", "minutes", "hours", "days",
                                           "weeks", "months", "years", "decades"]

    /// "…, the shooting at the mall that killed two people, police said.": an attribution closing the sentence, its
    /// speaker read as a conjunct of the noun before the comma. A reporting verb with no subject takes the noun phrase
    /// right before it.
    static let speakerAfterTheReport = ParseRepair(
        name: "speaker after the report",
        examples: ["A man was arrested in connection with the shooting that killed two people, police said.",
                   "Investigators began removing the wreckage on Wednesday, two days after the crash, the safety board said.",
                   "Rescuers will try to bring out the remaining boys on Tuesday, the governor of the province, Narongsak Osottanakorn, told reporters."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" && PredicateRules.reporting.contains(t.words[say].lemma.lowercased())
            && say >= 2 && !t.children(say).contains(where: { ["nsubj", "csubj", "expl"].contains(t.base($0)) }) {
            // (or hung on a comma, the parse's last resort: "…, the governor of the province, Narongsak
            // Osottanakorn, told reporters")
            guard let speaker = t.indices.last(where: { $0 < say && ["NOUN", "PROPN"].contains(t.words[$0].upos)
                      && (t.base($0) == "conj" || t.head($0).map { t.words[$0].upos == "PUNCT" } == true
                          // (or as an apposition of the noun before its comma: "two days after the crash, ⟦the safety board⟧
                          // said"; not the name of a speaker found so: "the governor, ⟦Narongsak⟧")
                          || t.base($0) == "appos" && !(t.head($0).map { h in t.base(h) == "conj" || t.head(h).map { t.words[$0].upos == "PUNCT" } == true } ?? false))
                      && (t.subtreeEnd($0) == say - 1 || t.subtreeEnd($0) == say - 2 && t.words[say - 1].form == ",") }),
                  let first = t.firstWord(speaker), first > 0, t.words[first - 1].form == ",",
                  !t.children(speaker).contains(where: { t.base($0) == "cc" })
            else { continue }
            t.attach(speaker, to: say, rel: "nsubj")
            changed = true
        }
        return changed
    }

    /// "the shooting at the Riverside Galleria that killed two people": a relative clause the parser hung on the
    /// clause's verb. It describes the noun phrase right before its pronoun: that noun, or the one a place or
    /// possessor ("at the Galleria", "of the city") modifies.
    static let relativeClauseOnItsNoun = ParseRepair(
        name: "relative clause on its noun",
        examples: ["A man was arrested in connection with the shooting at the Riverside Galleria that killed two people."]
    ) { t in
        var changed = false
        for clause in t.indices where t.words[clause].deprel.hasSuffix(":relcl") && t.base(clause) != "acl" {
            guard let pronoun = t.children(clause).first(where: { ["that", "which", "who"].contains(t.lower($0)) && $0 < clause }),
                  pronoun > 0, var noun = Optional(pronoun - 1), ["NOUN", "PROPN"].contains(t.words[noun].upos) else { continue }
            while t.base(noun) == "nmod" || t.base(noun) == "flat" || t.base(noun) == "compound", let h = t.head(noun), h < noun,
                  ["NOUN", "PROPN"].contains(t.words[h].upos),
                  t.base(noun) != "nmod" || t.children(noun).contains(where: { t.base($0) == "case" && ["at", "in", "on", "of", "near"].contains(t.lower($0)) }) {
                noun = h
            }
            t.attach(clause, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// "A gunman opened fire …, killing two people, police said on Sunday": the reported clause read as a noun
    /// phrase (its verb a participle describing the noun) and made a second subject of the reporting verb. A verb
    /// has one subject: the first is the reported clause's, whose verb is a past tense.
    static let reportedClauseReadAsSubject = ParseRepair(
        name: "reported clause read as a subject",
        examples: ["A gunman opened fire inside a crowded shopping mall late on Saturday, killing two people, police said on Sunday."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" {
            let subjects = t.children(say).filter { t.base($0) == "nsubj" }
            guard subjects.count == 2, let noun = subjects.first, let speaker = subjects.last, noun < speaker, speaker < say,
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let verb = t.children(noun).first(where: { v in
                      v > noun && v < speaker && t.words[v].upos == "VERB" && t.words[v].xpos == "VBN" && t.base(v) == "acl"
                          && t.children(v).allSatisfy { !["aux", "nsubj", "mark"].contains(t.base($0)) && t.words[$0].deprel != "aux:pass" }
                  })
            else { continue }
            // What hung on the noun after the verb (a date, a participle adjunct) belongs to the clause.
            for c in t.children(noun) where c > verb && c < speaker {
                let rel = t.base(c)
                t.attach(c, to: verb, rel: rel == "nmod" ? "obl" : rel == "conj" && t.words[c].xpos == "VBG" ? "advcl" : nil)
            }
            t.attach(verb, to: say, rel: "ccomp")
            t.attach(noun, to: verb, rel: "nsubj")
            changed = true
        }
        return changed
    }

    /// "Production at the Naka plant resumed on March 22": a sentence read as one noun phrase, its only verb a past
    /// participle describing a noun in it (a reduced relative clause, as in "the plant resumed by …"). A sentence is
    /// no noun phrase: the verb is a past tense, and the noun phrase before it its subject.
    static let pastTenseReadAsParticiple = ParseRepair(
        name: "past tense read as a participle",
        examples: ["Production at the Naka plant resumed on March 22, a week earlier than the company had expected.",
                   "A freight train carrying hazardous chemicals derailed late Friday near the Pennsylvania border.",
                   "On Sunday, the Turkish presidential office named Istanbul the venue for the next talks."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN"].contains(t.words[root].upos),
              let verb = t.indices.first(where: { v in
                  v > root && t.words[v].upos == "VERB" && t.words[v].xpos == "VBN" && t.base(v) == "acl"
                      // (a "subject" after the participle is none: "named Istanbul ⟦the venue⟧")
                      && t.children(v).allSatisfy { !(["aux", "mark", "obl:agent"].contains(t.base($0)) || t.base($0) == "nsubj" && $0 < v) && t.words[$0].deprel != "aux:pass" }
                      && !t.children(v).contains { c in t.children(c).contains { t.lower($0) == "by" } }
                      && t.ancestors(v).contains(root)
                      // (telling something: "resumed ⟦on March 22⟧", not a caption's "highly recommended")
                      && t.children(v).contains { $0 > v && ["obj", "obl", "xcomp", "advmod", "ccomp"].contains(t.base($0)) }
              }),
              // A sentence, not a caption or a list entry.
              let last = t.indices.last, [".", "!"].contains(t.words[last].form)
        else { return false }
        // Everything after the verb that hung on the noun phrase belongs to the clause.
        let moved = t.children(root).filter { $0 > verb }
        let inClause = Set(t.subtreeWords(verb) + moved.flatMap { t.subtreeWords($0) })
        // The subject: the noun the participle described, with the phrase it is the modifier of ("⟦Production⟧ at
        // the Naka plant"), or the noun a participle before it describes ("A freight ⟦train⟧ carrying hazardous
        // chemicals derailed": the parse hung "derailed" on the chemicals); a root beside it (a date the parse made
        // the root: "On Sunday, the office named …") is an oblique of the verb.
        guard var subject = t.head(verb) else { return false }
        // (a broken tree's cycle ends the climb)
        for _ in t.indices {
            if t.base(subject) == "nmod", let h = t.head(subject), ["NOUN", "PROPN"].contains(t.words[h].upos) {
                subject = h
            } else if t.base(subject) == "obj", let participle = t.head(subject), ["VBG", "VBN"].contains(t.words[participle].xpos),
                      t.base(participle) == "acl", let h = t.head(participle), h < participle, ["NOUN", "PROPN"].contains(t.words[h].upos) {
                subject = h
            } else {
                break
            }
        }
        guard subject < verb else { return false }
        // No other verb may be the sentence's own (a participle describing the subject is the subject's).
        let inSubject = Set(t.subtreeWords(subject).filter { $0 < verb && !inClause.contains($0) })
        guard !t.indices.contains(where: { !inClause.contains($0) && ["VERB", "AUX"].contains(t.words[$0].upos)
            && !(inSubject.contains($0) && ["VBG", "VBN"].contains(t.words[$0].xpos) && t.base($0) == "acl") }) else { return false }
        for c in moved { t.attach(c, to: verb) }
        for c in t.children(verb) where c > verb && t.base(c) == "nsubj" { t.attach(c, to: verb, rel: "obj") }
        t.attach(verb, to: -1, rel: "root")
        t.attach(subject, to: verb, rel: "nsubj")
        if subject != root { t.attach(root, to: verb, rel: "obl") }
        return true
    }

    /// "Chief executive Paul Wetzel said …": a name right after its title, read as a conjunct of the title. English
    /// coordinates with a conjunction or a comma; with neither between them, the name is the head and the title
    /// its modifier.
    static let nameAfterItsTitle = ParseRepair(
        name: "name after its title",
        examples: ["Chief executive Paul Wetzel said he would step down."]
    ) { t in
        var changed = false
        for name in t.indices where t.words[name].upos == "PROPN" && t.base(name) == "conj" {
            guard let title = t.head(name), title < name, ["NOUN", "PROPN"].contains(t.words[title].upos),
                  !t.children(name).contains(where: { t.base($0) == "cc" }),
                  (title + 1..<name).allSatisfy({ t.words[$0].upos != "PUNCT" && t.words[$0].upos != "CCONJ" && t.head($0).map { $0 == title || $0 == name } == true })
            else { continue }
            let upper = (head: t.words[title].head, rel: t.words[title].deprel)
            for c in t.children(title) where c != name && c > name { t.attach(c, to: name) }
            t.attach(name, to: upper.head - 1, rel: upper.rel)
            t.attach(title, to: name, rel: "compound")
            for w in title + 1..<name where t.head(w) == title && t.base(w) == "amod" { t.attach(w, to: name, rel: "compound") }
            changed = true
        }
        return changed
    }

    /// "NAME, who/which … , VERB …": a non-restrictive relative clause set off by commas after the subject, and the
    /// sentence's own verb after the closing comma. The parser often takes the main verb for a second verb of the
    /// relative clause (a conjunct without "and") and leaves it without a subject, or makes the relative verb the
    /// root with the name as its subject; the date of the relative clause then dates the main clause.
    static let relativeClauseBeforeMainVerb = ParseRepair(
        name: "relative clause before the main verb",
        examples: ["Lena Chen, who left the company on March 31, spent six years at the head of Orbis.",
                   "Paul Wetzel, who led the company for two years, left on Wednesday.",
                   "Orbis, which went public in 2011, supplies chips to carmakers."]
    ) { t in
        var changed = false
        for pronoun in t.indices where ["who", "which"].contains(t.lower(pronoun)) && ["WP", "WDT"].contains(t.words[pronoun].xpos)
            && t.base(pronoun) == "nsubj" && pronoun >= 2 && t.words[pronoun - 1].form == "," {
            guard let relative = t.head(pronoun), relative > pronoun, t.words[relative].upos == "VERB" || t.words[relative].upos == "AUX" else { continue }
            // The noun phrase the clause describes: the word before the comma, up through its nominal heads.
            let noun = t.nounPhraseHead(endingAt: pronoun - 2, before: pronoun - 1)
            guard ["NOUN", "PROPN"].contains(t.words[noun].upos) else { continue }
            // The main verb: a conjunct of the relative verb after a comma, with no "and" and no subject of its own.
            let conjuncts = t.children(relative).filter { t.base($0) == "conj" && $0 > relative }
            guard conjuncts.count == 1, let main = conjuncts.first,
                  t.children(main).allSatisfy({ !["cc", "nsubj", "expl", "csubj", "mark"].contains(t.base($0)) }),
                  t.isFinite(main), (relative + 1..<main).contains(where: { t.words[$0].form == "," }),
                  // the main verb's first word (an auxiliary, an adverb) comes right after the closing comma
                  let first = t.firstWord(main), first > 0, t.words[first - 1].form == ","
            else { continue }
            let nounIsSubjectOfRelative = t.head(noun) == relative && t.base(noun) == "nsubj"
            let nounIsRoot = t.head(noun) == nil && t.head(relative) == noun
            guard nounIsSubjectOfRelative || nounIsRoot else { continue }
            // The clause's place in the sentence passes to the main verb.
            let upper = nounIsRoot ? (head: 0, rel: "root") : (head: t.words[relative].head, rel: t.words[relative].deprel)
            let passive = t.children(main).contains { t.base($0) == "aux" && t.words[$0].deprel == "aux:pass" }
            // Whatever hung on the relative verb or the noun after the main verb belongs to the main clause.
            for c in t.children(relative) + t.children(noun) where c > main { t.attach(c, to: main) }
            t.attach(main, to: upper.head - 1, rel: upper.rel)
            t.attach(noun, to: main, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(relative, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// "after talks with its lenders failed": a finite verb opening no subject of its own right after a noun the
    /// parser took for the object of "after" (a preposition, as it also is in English). The noun is the clause's
    /// subject and "after" opens the clause.
    static let subjectOfSubordinateClause = ParseRepair(
        name: "subject of a subordinate clause",
        examples: ["Carver filed for bankruptcy on Thursday after talks with its lenders failed.",
                   "The plant closed before the storm hit the coast.",
                   "Officials lifted the evacuation order after air and water tests showed no dangerous levels of contaminants.",
                   "Johnson said he would remain in office until a new leader was chosen."]
    ) { t in
        var changed = false
        // (or read as a second verb of the governor's, with no conjunction: "Officials lifted the order after air and
        // water tests showed no danger")
        // (or as a noun of the governor's: "Peace talks set to resume ⟦as⟧ Kyiv ⟦recaptures⟧ villages", the verb
        // read as an oblique; a verb in a tense is no noun)
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb)
            && (t.base(verb) == "advcl" || t.base(verb) == "conj"
                || ["obl", "nmod", "obj"].contains(String(t.base(verb))) && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)) {
            guard !t.children(verb).contains(where: { ["nsubj", "csubj", "expl", "mark", "cc"].contains(t.base($0)) }),
                  let governor = t.head(verb),
                  // (or hung on a noun of the governor's: "remain in office ⟦until⟧ a new leader was chosen")
                  let noun = t.children(governor).last(where: { $0 < verb && t.base($0) == "obl" && ["NOUN", "PROPN"].contains(t.words[$0].upos) })
                      .map({ o in t.children(o).last(where: { n in n > o && n < verb && t.base(n) == "nmod" && ["NOUN", "PROPN"].contains(t.words[n].upos)
                          && t.subtreeEnd(n) == t.subtreeEnd(o) && t.children(n).first.map { t.base($0) == "case" && subordinators.contains(t.lower($0)) } == true }) ?? o }),
                  t.subtreeEnd(noun).map({ $0 + 1 == verb || $0 + 1 == t.subtreeStart(verb) }) == true,
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) }),
                  subordinators.contains(t.lower(marker))
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            if t.base(verb) != "advcl" { t.attach(verb, to: governor, rel: "advcl") }
            changed = true
        }
        return changed
    }

    /// Words that open a clause as well as a noun phrase.
    static let subordinators: Set<String> = ["after", "before", "until", "till", "since", "as", "once"]
}

/// A parse under repair: 0-based indices, heads rewritten in place.
struct RepairTree {
    private(set) var words: [ParsedWord]
    private var lowers: [String]
    /// Each word's dependents in sentence order, kept in step with `attach` (a 2,000-word sentence stays linear).
    private var kids: [[Int]]

    init(_ parse: ParsedSentence) {
        words = parse.words
        lowers = parse.words.map { $0.form.lowercased() }
        var k = [[Int]](repeating: [], count: parse.words.count)
        for (i, w) in parse.words.enumerated() where w.head >= 1 && w.head <= parse.words.count { k[w.head - 1].append(i) }
        kids = k
    }

    var indices: Range<Int> { words.indices }
    func lower(_ i: Int) -> String { lowers[i] }
    func base(_ i: Int) -> Substring { words[i].deprel.split(separator: ":", maxSplits: 1).first ?? Substring(words[i].deprel) }
    func head(_ i: Int) -> Int? {
        let h = words[i].head - 1
        return h >= 0 && h < words.count && h != i ? h : nil
    }
    func children(_ i: Int) -> [Int] { kids[i] }

    /// The first and last word of `i`'s subtree (guarded against cycles), and its first word other than a mark.
    func subtreeStart(_ i: Int) -> Int? { subtree(i).min() }
    func firstWord(_ i: Int) -> Int? { subtree(i).filter { words[$0].upos != "PUNCT" }.min() }
    func subtreeEnd(_ i: Int) -> Int? { subtree(i).max() }
    func subtreeWords(_ i: Int) -> [Int] { subtree(i) }
    /// The heads above `i`, nearest first (guarded against cycles).
    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var k = i
        while let h = head(k), !out.contains(h), out.count < words.count { out.append(h); k = h }
        return out
    }
    private func subtree(_ i: Int) -> [Int] {
        var out: [Int] = [], stack = [i], seen = Set<Int>()
        while let k = stack.popLast() {
            guard seen.insert(k).inserted else { continue }
            out.append(k)
            stack += children(k)
        }
        return out
    }

    /// The head of the noun phrase whose last word is `last`: up through its nominal heads ("the Botanical Garden ⟦of⟧
    /// the city") that come before word `limit`.
    func nounPhraseHead(endingAt last: Int, before limit: Int) -> Int {
        var noun = last
        for _ in indices {
            guard let h = head(noun), h < limit, ["flat", "compound", "nmod", "amod", "det", "nummod"].contains(base(noun)) else { break }
            noun = h
        }
        return noun
    }

    /// A verb that carries tense of its own, or through an auxiliary ("will be succeeded").
    func isFinite(_ i: Int) -> Bool {
        ["VBD", "VBZ", "VBP"].contains(words[i].xpos)
            || words[i].xpos == "VBN" && children(i).allSatisfy { base($0) != "aux" } && words[i].upos == "VERB"
            || children(i).contains { base($0) == "aux" && ["MD", "VBD", "VBZ", "VBP"].contains(words[$0].xpos) }
    }

    /// Gives word `i` another lemma.
    mutating func setLemma(_ i: Int, _ lemma: String) { words[i].lemma = lemma }

    /// Gives word `i` another part of speech (its lemma stays).
    mutating func retag(_ i: Int, upos: String, xpos: String) {
        words[i].upos = upos
        words[i].xpos = xpos
    }

    /// Hangs `i` on `head` (-1: the root), keeping its relation unless one is given.
    mutating func attach(_ i: Int, to head: Int, rel: String? = nil) {
        let old = words[i].head
        if old >= 1 && old <= words.count { kids[old - 1].removeAll { $0 == i } }
        words[i].head = head + 1
        if head >= 0 && head < words.count {
            kids[head].insert(i, at: kids[head].firstIndex { $0 > i } ?? kids[head].count)
        }
        if let rel { words[i].deprel = rel }
    }
}

extension ParsedSentence {
    /// This parse with `ParseRepair.all` applied.
    public func repaired() -> ParsedSentence { repaired(ParseRepair.all) }

    func repaired(_ repairs: [ParseRepair]) -> ParsedSentence {
        var t = RepairTree(self)
        var changed = false
        for r in repairs where r.apply(&t) { changed = true }
        return changed ? ParsedSentence(words: t.words) : self
    }
}

extension SyntaxModel {
    /// The pipeline's reading of a sentence: the model's parse with the repairs of `ParseRepair.all`.
    public func read(_ tokens: [Token]) -> ParsedSentence {
        analyse(tokens).repaired()
    }
}
