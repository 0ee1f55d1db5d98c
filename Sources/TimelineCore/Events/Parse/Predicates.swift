/// The happenings of one parsed sentence: which words are predicates, which verbs lend them tense and arguments
/// (their hosts), which reporting verbs govern them, and which temporal expression each one governs.
struct Predicates: Sendable {
    /// What a predicate is.
    enum Kind: Sendable, Equatable {
        case verb
        /// An event noun ("the rescue", "talks").
        case noun
        /// A reporting verb with no happening in its content: the saying is the event.
        case saying
    }

    struct Predicate: Sendable {
        var word: Int
        var kind: Kind
        /// The predicate and the verbs above it that lend it tense, modality and arguments, nearest first:
        /// [talks, held], [reopen, expected], [sell, plans].
        var frame: [Int]
        /// The temporal expression it governs (an index into the sentence's timexes).
        var timex: Int?
    }

    let tree: DependencyTree
    private(set) var predicates: [Predicate] = []
    /// Timexes (by index) governed by a reporting verb (word index): "Peskov said ⟦on Monday⟧".
    private(set) var reporterTimex: [Int: Int] = [:]
    /// Verbs told in the mention of the verb they are coordinated with, under one frame: "required to recognize,
    /// ⟦pick up⟧, ⟦carry⟧ and ⟦deposit⟧ balls".
    private(set) var toldWith: Set<Int> = []

    /// Predicates found before in another printing of the same sentence (`RuleMemo`), over this printing's tree.
    init(tree: DependencyTree, predicates: [Predicate], reporterTimex: [Int: Int], toldWith: Set<Int>) {
        self.tree = tree
        self.predicates = predicates
        self.reporterTimex = reporterTimex
        self.toldWith = toldWith
    }

    /// `timexWord[i]`: the timex (index into `timexRanges`) that covers word i.
    /// `dates[t]`: the days timex t places and how finely (nil for one that gives no calendar position, such as a
    /// duration); of two governed by one predicate, a finer one inside the other dates it ("on 28 March at 10:30
    /// a.m.", "this week … opened on Monday"), else the first ("expects to deliver 720 aircraft this year,
    /// unchanged from its January forecast").
    /// `headline`: the sentence is the article's headline, whose present tense reports news.
    /// (Read through `RuleMemo` for repeated sentences: an input besides those listed in its key goes into the key.)
    init(tree: DependencyTree, timexRanges: [TextRange], dates: [(Granularity, DayInterval)?] = [], headline: Bool = false,
         nouns: EventNounLexicon = .shared) {
        self.tree = tree
        let n = tree.count
        var timexOf = [Int?](repeating: nil, count: n)
        for i in 0..<n {
            guard let r = tree.range(i) else { continue }
            timexOf[i] = timexRanges.firstIndex { $0.overlaps(r) }
        }
        // What takes place is a happening, whatever the lexicon knows of its noun: "the controlled ⟦burn⟧ of vinyl
        // chloride took place on Monday", "the ⟦handover⟧ happened at noon".
        var occurring = Set<Int>()
        for v in 0..<n where tree.words[v].upos == "VERB" {
            let lemma = tree.lemma(v)
            let takesPlace = lemma == "take" && (tree.children(v, ["obj", "compound:prt"]).contains { tree.lower($0) == "place" }
                || v + 1 < n && tree.lower(v + 1) == "place")
            // (and so does a fire known by its name that breaks out, starts or ignites: "the Dixie ⟦Fire⟧ broke out on
            // Sunday" is the fire, as "a ⟦fire⟧ broke out" is; "the Chicago Fire won" is no fire)
            if PredicateRules.isLight(v, tree: tree) || lemma == "ignite" {
                for s in tree.children(v, ["nsubj"]) where tree.words[s].upos == "PROPN" && PredicateRules.namedFireHeads.contains(tree.lower(s))
                    && tree.children(s, ["compound", "amod"]).contains(where: { tree.words[$0].upos == "PROPN" }) {
                    occurring.insert(s)
                }
            }
            guard takesPlace || lemma == "happen" || lemma == "occur" else { continue }
            for s in tree.children(v, ["nsubj"]) where tree.words[s].upos == "NOUN" { occurring.insert(s) }
        }
        // (Each word's answer kept: the rules below ask of the same words many times.)
        var known = [UInt8](repeating: 0, count: n)  // bit 0: asked whether an event noun, bit 1: is; bits 2, 3: a verb
        func isEventNoun(_ i: Int) -> Bool {
            if known[i] & 1 == 0 { known[i] |= eventNoun(i) ? 3 : 1 }
            return known[i] & 2 != 0
        }
        func isVerb(_ i: Int) -> Bool {
            if known[i] & 4 == 0 { known[i] |= verb(i) ? 12 : 4 }
            return known[i] & 8 != 0
        }
        func eventNoun(_ i: Int) -> Bool {
            let w = tree.words[i]
            // A word tagged as a verb but attached as a nominal ("reported ⟦landslides⟧" tagged VBZ) is read as a noun.
            let nominal = w.upos == "NOUN" || w.upos == "VERB" && ["obj", "nsubj", "obl", "nmod"].contains(String(tree.base(i)))
            // A noun modifying another names a kind of thing: "⟦rescue⟧ divers", "an ⟦attack⟧ helicopter".
            guard nominal, timexOf[i] == nil, tree.base(i) != "compound" else { return false }
            let lemma = tree.lemma(i)
            // A part of a period is a time, not a happening: "postponed surgeries for ⟦the rest⟧ of the week", "through
            // ⟦the remainder⟧ of 2025", "for ⟦the duration⟧ of the strike"'s period.
            if PredicateRules.partsOfAPeriod.contains(lemma),
               tree.children(i, ["nmod"]).contains(where: { o in timexOf[o] != nil && tree.children(o, ["case"]).contains { tree.lower($0) == "of" } }) {
                return false
            }
            // A storm a verb's "to", "into" or "as" phrase names is what the storm was or became, its category, not a
            // happening: "weakened ⟦to a tropical storm⟧", "grew ⟦into a major hurricane⟧", "came ashore ⟦as a Category 3
            // storm⟧" (the storm itself: "the ⟦storm⟧ hit the coast").
            if PredicateRules.stormNouns.contains(lemma), tree.base(i) == "obl",
               tree.children(i, ["case"]).contains(where: { ["to", "into", "as"].contains(tree.lower($0)) }) { return false }
            if TriggerLexicon.forms[TriggerLexicon.normalize(w.form)]?.contains(where: { $0.pos == .noun }) == true { return true }
            // The time of a clock is no happening: "opened at ⟦6 a.m. local time⟧ today" (WordNet's "time" is an event).
            if lemma == "time", i >= 1, timexOf[i - 1] != nil || i >= 2 && tree.lower(i - 1) == "local" && timexOf[i - 2] != nil { return false }
            // Things counted are no happening, whatever other senses the word has: "a deal for 500 ⟦jets⟧", "300 ⟦shares⟧".
            // (A year or a day counts nothing: "the 1996 Olympic ⟦bombing⟧", "the Oct. 23 ⟦shooting⟧".)
            if tree.children(i, ["nummod"]).contains(where: { timexOf[$0] == nil }) { return false }
            // (or by its plural, for a noun that has no singular: "⟦nuptials⟧", "⟦hostilities⟧")
            return nouns.isEventNoun(lemma) || nouns.isEventNoun(tree.lower(i)) || WorkStoppage.names.contains(lemma)
        }
        func verb(_ i: Int) -> Bool {
            let w = tree.words[i]
            guard w.upos == "VERB", timexOf[i] == nil, PredicateRules.clausal.contains(String(tree.base(i))) else { return false }
            // A participle with an article of its own and no subject or auxiliary names people, whatever the parse
            // made of it: "flew ⟦the most badly injured⟧ to hospitals", "the ⟦displaced⟧".
            if ["VBN", "VBG"].contains(w.xpos), tree.children(i, ["det"]).contains(where: { ["the", "a", "an"].contains(tree.lower($0)) }),
               tree.children(i, ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj"]).isEmpty { return false }
            // A bare participle after "those" names people by a state: "notifying ⟦those affected⟧" ("those killed in
            // the fire" tells a killing).
            if w.xpos == "VBN", tree.base(i) == "acl", let h = tree.head(i), h == i - 1, ["those", "anyone", "everyone"].contains(tree.lower(h)),
               tree.children[i].allSatisfy({ tree.words[$0].upos == "PUNCT" }) { return false }
            return true
        }
        // Sayings are decided after the content's reporters are known: keep every reporter's own date.
        var sayingTimex: [Int: Int] = [:]
        func hasClausalComplement(_ i: Int) -> Bool {
            tree.children(i, ["ccomp", "parataxis"]).contains { isVerb($0) || isEventNoun($0) }
                || tree.children(i, ["obj"]).contains(where: isEventNoun)
                || tree.children(i, ["xcomp"]).contains { isVerb($0) }
        }
        // Verbs absorbed into another predicate: a light verb with an event noun, a governor with its xcomp.
        var host = [Int?](repeating: nil, count: n)  // predicate word → the verb above it that lends it its frame
        var absorbed = Set<Int>()
        for v in 0..<n where isVerb(v) {
            let lemma = tree.lemma(v)
            let particles = tree.children(v, ["compound:prt"]).map { tree.lower($0) }
            // A happening that strikes is the happening: "a magnitude 6.4 ⟦earthquake⟧ struck the hills", "a ⟦storm⟧
            // hit the coast on Sunday" tell the earthquake and the storm, as "talks took place" tells the talks.
            // (So does a strike of work that shuts or paralyses a place: "the ⟦strike⟧ two days later brought the country to
            // a standstill", "a general ⟦strike⟧ shut down much of the country" tell the strike, `WorkStoppage`.)
            if PredicateRules.occurrenceVerbs.contains(lemma) || WorkStoppage.stoppingVerbs.contains(lemma),
               tree.children(v, ["aux:pass", "xcomp"]).isEmpty,
               let subject = tree.children(v, ["nsubj"]).first, isEventNoun(subject),
               PredicateRules.occurrenceVerbs.contains(lemma) || WorkStoppage.isWorkStrike(subject, tree: tree) {
                host[subject] = v
                absorbed.insert(v)
                continue
            }
            if PredicateRules.isLight(v, tree: tree) && !PhrasalPredicates.takesItsNoun(v, tree: tree)
                || particles.contains("place")
                || PredicateRules.scheduling.contains(lemma) && PhrasalPredicates.meaning(of: v, tree: tree) == nil
                    && !tree.children(v, ["xcomp"]).contains(where: isVerb) {
                // The noun may be the subject of the verb governing it: "a round of talks was planned to ⟦start⟧".
                // (The object before the subject — "the government ⟦staged⟧ celebrations": the government is the doer —
                // the subject when the object names no happening: "talks ⟦took⟧ place".)
                // (Not a verb with two objects, which makes one the other: "making ⟦them⟧ the deadliest fires".)
                if lemma == "make", tree.children(v, ["obj", "iobj", "xcomp"]).count > 1 { continue }
                var arguments = tree.children(v, ["obj"]) + tree.children(v, ["nsubj", "nsubj:pass"])
                if tree.base(v) == "xcomp", tree.children(v, ["nsubj", "nsubj:pass"]).isEmpty, let g = tree.head(v) {
                    arguments += tree.children(g, ["nsubj", "nsubj:pass"])
                }
                // A subject the parse has broken up ("Face - to - face peace negotiations … could take place"): the
                // first event noun inside it.
                let inside = arguments.filter { tree.base($0) == "nsubj" }.flatMap { tree.subtree($0, stop: { c in tree.words[c].upos == "VERB" }) }
                // (An argument counted by a quantity noun is the thing counted: "staged ⟦a number of⟧ celebrations".)
                arguments = arguments.map { a in
                    PredicateRules.quantityNouns.contains(tree.lemma(a))
                        ? tree.children(a, ["nmod"]).first(where: { m in tree.children(m, ["case"]).contains { tree.lower($0) == "of" } && isEventNoun(m) }) ?? a
                        : a
                }
                if let noun = arguments.first(where: isEventNoun) ?? inside.first(where: isEventNoun)
                    ?? arguments.first(where: { occurring.contains($0) && timexOf[$0] == nil }) {
                    host[noun] = v
                    absorbed.insert(v)
                    continue
                }
            }
            // A governor that makes one predicate with its complement lends it its frame: "⟦let⟧ the hostages ⟦go⟧"
            // released them (`PhrasalPredicates`), whichever of the two the date hangs on.
            if let x = tree.children(v, ["xcomp"]).first(where: { isVerb($0) && PhrasalPredicates.entry(of: $0, tree: tree)?.governor == lemma }) {
                host[x] = v
                absorbed.insert(v)
                continue
            }
            // A causative "have" or "get" under a plan or an expectation passes it on to what it brings about: "hopes to
            // ⟦have⟧ them flying again by the end of the week", "expects to ⟦get⟧ the line running by Friday".
            if ["have", "get"].contains(lemma), host[v] != nil, !tree.children(v, ["obj"]).isEmpty,
               let x = tree.children(v, ["xcomp"]).first(where: { isVerb($0) && ["VBG", "VBN"].contains(tree.words[$0].xpos) }) {
                host[x] = v
                absorbed.insert(v)
                continue
            }
            // A body voting to do an act of its office does it by the vote: "the commission ⟦voted⟧ 5-0 on Thursday to
            // ⟦open⟧ an investigation" opened it (the vote's frame, date and subject lent to the act); "the union voted
            // to strike" is a vote, the strike to come.
            if PredicateRules.votingVerbs.contains(lemma),
               let x = tree.children(v, ["xcomp", "advcl"]).first(where: { x in isVerb(x) && PredicateRules.actsOfOffice.contains(tree.lemma(x))
                   && tree.children(x, ["mark"]).contains { tree.lower($0) == "to" } && tree.children(x, ["nsubj", "nsubj:pass"]).isEmpty }) {
                host[x] = v
                absorbed.insert(v)
                continue
            }
            if PredicateRules.plannedGovernors.contains(lemma) || PredicateRules.expectedGovernors.contains(lemma)
                || PredicateRules.aspectualGovernors.contains(lemma) || PredicateRules.obligationGovernors.contains(lemma) {
                let needsTo = PredicateRules.obligationGovernors.contains(lemma)
                // An attempt at a state is the attempt: "⟦sought⟧ to become his legal guardian on Tuesday" (a filing),
                // not an expected becoming.
                let state = { (x: Int) in PredicateRules.stative.contains(tree.lemma(x)) && PhrasalPredicates.meaning(of: x, tree: tree) == nil }
                if PredicateRules.attempting.contains(lemma), tree.children(v, ["xcomp"]).contains(where: { isVerb($0) && state($0) }) { continue }
                // A refusal told in the past is the happening, and what was refused none: "Maria Delgado ⟦refused⟧ to
                // pay on Friday" (not an expected payment); so is one in the present perfect: "the company ⟦has
                // refused⟧ to release the records".
                if PredicateRules.refusals.contains(lemma), Self.toldAsPast(v, tree: tree),
                   let x = tree.children(v, ["xcomp"]).first(where: { isVerb($0) && tree.children($0, ["mark"]).contains { tree.lower($0) == "to" } }),
                   !PredicateRules.reporting.contains(tree.lemma(x)) {
                    absorbed.insert(x)
                    continue
                }
                if let x = tree.children(v, ["xcomp"]).first(where: { isVerb($0) && (!needsTo || tree.children($0, ["mark"]).contains { tree.lower($0) == "to" }) }) {
                    host[x] = v
                    // (an agreement or a decision told in the past is a happening of its own beside what it plans: "On
                    // Sunday night Hennepin National Bank ⟦agreed⟧ to assume its deposits", as "⟦agreed⟧ late on Sunday to
                    // take over the deposits" is)
                    if !(PredicateRules.happeningGovernors.contains(lemma) && Self.toldAsPast(v, tree: tree)) { absorbed.insert(v) }
                    // The infinitives coordinated with it are told with it, one happening under one frame: "were
                    // required to recognize, ⟦pick up⟧, ⟦carry⟧ and ⟦deposit⟧ balls on Tuesday" (the date hung on the
                    // last of them dates it).
                    // (A list closed by "and" or "or": "began burning …, ⟦sending⟧ a plume" is a participle adjunct
                    // the parse made a conjunct.)
                    let conjuncts = tree.children(x, ["conj"])
                    let closed = conjuncts.last.map { tree.children($0, ["cc"]).contains { ["and", "or"].contains(tree.lower($0)) } } ?? false
                    for c in conjuncts where closed && isVerb(c) && host[c] == nil
                        && tree.children(c, ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark"]).isEmpty
                        && tree.words[c].xpos == tree.words[x].xpos {
                        absorbed.insert(c)
                        toldWith.insert(c)
                    }
                }
            }
        }
        // Adjectival governors: "is likely to resign", "is due to land"; and the nouns of "on track to resume", "on
        // schedule to open".
        for a in 0..<n where tree.words[a].upos == "ADJ" || tree.words[a].upos == "NOUN" && ParseRepair.onTrackNouns.contains(tree.lower(a)) {
            let lemma = tree.lemma(a)
            guard PredicateRules.plannedGovernors.contains(lemma) || PredicateRules.expectedGovernors.contains(lemma) else { continue }
            if let x = tree.children(a, ["xcomp"]).first(where: isVerb) { host[x] = a }
        }
        func frame(_ p: Int) -> [Int] {
            var out = [p]
            var k = p
            while let h = host[k], !out.contains(h) { out.append(h); k = h }
            return out
        }
        var isPredicate = [Kind?](repeating: nil, count: n)
        for v in 0..<n where isVerb(v) && !absorbed.contains(v) {
            let lemma = tree.lemma(v)
            // ("⟦called off⟧ the march" is a happening though "call" alone is not.)
            // (A period's result is one: "a year ago, Aetna ⟦had⟧ net income of $132,000", when a date places it.)
            if PredicateRules.stative.contains(lemma), PhrasalPredicates.meaning(of: v, tree: tree) == nil,
               !(lemma == "have" && tree.children(v, ["obj"]).contains { PredicateRules.periodFigures.contains(tree.lemma($0)) }) { continue }
            // "The MV Santa Lucia, ⟦operated⟧ by Archipelago Sea Lines, left …": a participle of standing (owning,
            // running, backing, naming) describing a noun tells what it is, not what happened, unless dated.
            if tree.base(v) == "acl", tree.words[v].xpos == "VBN", PredicateRules.standing.contains(lemma),
               tree.children(v, ["aux", "aux:pass"]).isEmpty, !tree.children(v, ["obl", "obl:tmod"]).contains(where: { timexOf[$0] != nil }) { continue }
            // "are ⟦astonishing⟧": a participle after a copula describes; "the thing ⟦to remember⟧", "joined forces
            // ⟦to set up⟧ a team": an infinitive modifying a noun or giving a purpose has not happened.
            // (Not "be to": "Mohamed and his father ⟦are to travel⟧ to the United Nations", an arrangement.)
            if !tree.children(v, ["cop"]).isEmpty, SentenceAnalysis.beTo(v, tree: tree) == nil { continue }
            let infinitive = tree.children(v, ["mark"]).contains { tree.lower($0) == "to" }
            // (An infinitive set off by a comma after its noun with a date of its own is the noun's plan, planned:
            // "the operating system, ⟦to be released⟧ in mid-2011".)
            let datedAside = tree.base(v) == "acl" && tree.subtree(v).filter({ tree.words[$0].upos != "PUNCT" }).min().map { $0 > 0 && tree.words[$0 - 1].form == "," } == true
                && tree.children(v, ["obl", "obl:tmod"]).contains { c in timexOf[c] != nil }
            if infinitive, tree.base(v) == "acl" || tree.base(v) == "advcl", host[v] == nil, !datedAside, !Self.ranked(v, tree: tree, dated: { timexOf[$0] != nil }) { continue }
            // "⟦Speaking⟧ outside Downing Street, he said …": speaking while saying is the saying.
            if PredicateRules.speaking.contains(lemma), tree.base(v) == "advcl", tree.words[v].xpos == "VBG",
               let h = tree.head(v), PredicateRules.reporting.contains(tree.lemma(h)) || PredicateRules.announcing.contains(tree.lemma(h)) { continue }
            if PredicateRules.reporting.contains(lemma) {
                // (A verb of saying that also names a deed, with a thing or a name for its object and no content: "⟦reported⟧
                // a loss", "⟦added⟧ 500 jobs", "decided to ⟦admit⟧ Poland", "⟦posted⟧ a profit".)
                if PredicateRules.sayingOrDoing.contains(lemma), !hasClausalComplement(v), let o = tree.children(v, ["obj"]).first, !isEventNoun(o),
                   lemma == "report" || tree.words[o].upos != "PRON" {
                    isPredicate[v] = .verb
                }
                // (A claim of a deed is the claiming, not a report of it: "Black Lantern ⟦claimed⟧ the attack on
                // Wednesday", "claimed responsibility", "claimed victory".)
                if Self.claimsADeed(v, tree: tree) { isPredicate[v] = .verb }
                // (A saying that means a happening of its own with its complement is that happening: "two hikers were
                // ⟦reported missing⟧", `PhrasalPredicates`.)
                if !hasClausalComplement(v), PhrasalPredicates.meaning(of: v, tree: tree) != nil { isPredicate[v] = .verb }
                // (Or with its content, a testimony: "⟦told⟧ the inquiry that warnings had been ignored", as "testified
                // that …" is.)
                if PhrasalPredicates.meaning(of: v, tree: tree) == "testify" { isPredicate[v] = .verb }
                continue  // a saying with content is no happening; one without is decided below
            }
            isPredicate[v] = .verb
        }
        // An infinitive modifying a noun or giving a purpose has not happened, nor has what it hosts: "Carver has 30
        // days to complete a ⟦merger⟧", "the company's request to keep ⟦paying⟧ its workers".
        func unrealised(_ v: Int) -> Bool {
            host[v] == nil && tree.children(v, ["mark"]).contains { tree.lower($0) == "to" } && (tree.base(v) == "acl" || tree.base(v) == "advcl")
                && !Self.ranked(v, tree: tree, dated: { timexOf[$0] != nil })
        }
        for v in 0..<n where isPredicate[v] == .verb && tree.base(v) == "xcomp" {
            if let h = tree.head(v), unrealised(h) { isPredicate[v] = nil }
        }
        for i in 0..<n where host[i] != nil && (isEventNoun(i) || occurring.contains(i)) && !unrealised(frame(i).last ?? i) { isPredicate[i] = .noun }
        // An event noun placed in time by a preposition is a happening: "after ⟦talks⟧ with India", "during the
        // ⟦rescue⟧"; so is one that a reporting verb reports: "the army reported several ⟦landslides⟧".
        for i in 0..<n where isPredicate[i] == nil && isEventNoun(i) {
            let rel = tree.base(i)
            func temporal(_ k: Int) -> Bool {
                tree.children(k, ["case"]).contains(where: { PredicateRules.temporalPrepositions.contains(tree.lower($0)) })
            }
            // "after ⟦talks⟧", and "after two weeks of online ⟦talks⟧".
            // A bare "after the ⟦announcement⟧" points back to a happening told elsewhere: no row of its own; unless a
            // length measures it from the sentence's day ("a day after the ⟦protest⟧").
            // (Only where the sentence gives a day to measure from: "bought the handgun legally three weeks before the
            // ⟦attack⟧" measures the buying from the attack told elsewhere.)
            let measured = dates.contains { $0 != nil }
                && tree.children(i, ["case"]).contains { c in c > 0 && ["day", "week", "hour", "month", "year"].contains(tree.lemma(c - 1)) }
            let anaphoric = !measured && tree.children[i].allSatisfy { c in ["det", "case", "punct"].contains(String(tree.base(c)))
                    || ["day", "week", "hour", "month", "year"].contains(tree.lemma(c)) && c < i }
                && tree.children(i, ["det"]).contains { ["the", "this", "that"].contains(tree.lower($0)) }
            // (Nor is a bare noun with nothing of its own inside another phrase: "following a string of
            // ⟦resignations⟧"; "after ⟦talks⟧ with its lenders" tells whose.)
            let bare = !measured && !temporal(i) && tree.children[i].allSatisfy { c in ["case", "punct"].contains(String(tree.base(c))) }
            // (Nor the part of a happening that times the clause, nor the happening it is part of: "⟦since the beginning⟧
            // of the war, at least 143 children have been killed".)
            let partOf = PredicateRules.partsOfAPeriod.contains(tree.lemma(i))
                || rel == "nmod" && tree.head(i).map { PredicateRules.partsOfAPeriod.contains(tree.lemma($0)) } == true
            if rel == "obl" || rel == "nmod", !anaphoric, !bare, !partOf, temporal(i) || rel == "nmod" && (tree.head(i).map(temporal) ?? false) {
                isPredicate[i] = .noun
            } else if rel == "obj", let h = tree.head(i), isVerb(h), !Self.claimsADeed(h, tree: tree),
                      // (not when the report is denied: "Lakeshore did not ⟦confirm⟧ the demand")
                      !tree.children(h, ["advmod"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }),
                      PredicateRules.reporting.contains(tree.lemma(h)) || PredicateRules.announcing.contains(tree.lemma(h)) {
                isPredicate[i] = .noun
                if PredicateRules.announcing.contains(tree.lemma(h)) { isPredicate[h] = nil }
            }
        }
        // A verbless headline or sentence headed by an event noun: "Steve Jobs on medical ⟦leave⟧".
        if let r = (0..<n).first(where: { tree.head($0) == nil }), isEventNoun(r), !(0..<n).contains(where: { isVerb($0) }) {
            isPredicate[r] = .noun
        }
        // Each temporal expression dates the nearest predicate above it; an event noun on the way becomes one.
        var timexOfPredicate: [Int: Int] = [:]
        var seenTimex = Set<Int>()
        var unplaced: [(timex: Int, top: Int)] = []
        // The event nouns a date before them or in the possessive dates ("the ⟦November 8⟧ election", "⟦Sunday⟧'s vote").
        var datedByItsModifier = Set<Int>()
        for i in 0..<n {
            guard let t = timexOf[i], !seenTimex.contains(t) else { continue }
            // The timex's head word: the one whose head lies outside the expression.
            let words = (0..<n).filter { timexOf[$0] == t }
            guard let top = words.first(where: { w in tree.head(w).map { timexOf[$0] != t } ?? true }) else { continue }
            seenTimex.insert(t)
            // The date a record or a first time is measured from dates nothing: "rose to its highest level ⟦since
            // March⟧", "the first time ⟦since 1987⟧ that a government has fallen" (the happening is the sentence's;
            // the date is when it last was so).
            if Self.measuresARecord(from: top, tree: tree) { continue }
            // What remains of a period measures how long, not when: "postponed surgeries for the rest of ⟦the week⟧",
            // "will stay shut for the remainder of ⟦the month⟧".
            if tree.base(top) == "nmod", let h = tree.head(top), ["rest", "remainder"].contains(tree.lemma(h)) { continue }
            // A date qualifying a noun that names no happening measures it and dates nothing: "a fall in ⟦first-half⟧
            // profit", "⟦third-quarter⟧ earnings" ("the ⟦Monday⟧ meeting", "a ⟦Wednesday⟧ media event" date the clause).
            // (The noun a date qualifies is the last of a run of nouns: "the 1998 abortion clinic ⟦bombing⟧".)
            if ["amod", "compound"].contains(String(tree.base(top))), var noun = tree.head(top) {
                while tree.base(noun) == "compound", let h = tree.head(noun), tree.words[h].upos == "NOUN" { noun = h }
                if tree.words[noun].upos == "NOUN", isPredicate[noun] == nil, !isEventNoun(noun) || PredicateRules.periodFigures.contains(tree.lemma(noun)),
                   !PredicateRules.occasionNouns.contains(tree.lemma(noun)) {
                    // …except the figure of a period whose change the clause tells: "⟦third-quarter⟧ net income
                    // rose 11%", "⟦first-half⟧ profit jumped" (not "reported a fall in first-half profit").
                    if PredicateRules.periodFigures.contains(tree.lemma(noun)), tree.base(noun) == "nsubj",
                       let v = tree.head(noun), isPredicate[v] == .verb, timexOfPredicate[v] == nil {
                        timexOfPredicate[v] = t
                    } else if PredicateRules.periodFigures.contains(tree.lemma(noun)), tree.base(noun) == "obj",
                              // (told as a result, in the past: "reported", "posted"; not "expects first-quarter revenue")
                              let v = tree.head(noun), tree.words[v].xpos == "VBD", !PredicateRules.expectationVerbs.contains(tree.lemma(v)) {
                        // (and a period's figure reported is that period's result: "reported a ⟦third-quarter⟧ net
                        // loss of $4.8 million", "reported a third-quarter loss, citing …")
                        isPredicate[noun] = .noun
                        timexOfPredicate[noun] = t
                    } else if PredicateRules.periodFigures.contains(tree.lemma(noun)), ["nmod", "obl"].contains(tree.base(noun)),
                              tree.children(noun, ["case"]).contains(where: { tree.lower($0) == "in" }),
                              // (the parse may hang the figure on the change or on the verb: "posted a gain ⟦in⟧ …")
                              let change = tree.base(noun) == "nmod" ? tree.head(noun)
                                : tree.head(noun).flatMap({ v in tree.children(v, ["obj"]).last(where: { $0 < noun }) }),
                              PredicateRules.changeNouns.contains(tree.lemma(change)),
                              isPredicate[change] != .verb, timexOfPredicate[change] == nil,
                              let v = tree.head(change), tree.words[v].xpos == "VBD", !PredicateRules.expectationVerbs.contains(tree.lemma(v)),
                              // (unless the report has a date of its own: "reported a fall in first-half profit ⟦in July⟧")
                              !(0..<n).contains(where: { w in timexOf[w] != nil && timexOf[w] != t && [v, change, noun].contains(tree.head(w) ?? -1) }) {
                        // A change reported in a period's figure happened over the period: "posted a 20% ⟦gain⟧ in
                        // third-quarter net income".
                        isPredicate[change] = .noun
                        timexOfPredicate[change] = t
                    }
                    continue
                }
            }
            // A year between a determiner and a run of names qualifies the thing named, whatever the parse made of
            // it: "Kopp's ⟦1987⟧ Chevrolet Cavalier was discovered last month" ("the ⟦1996⟧ Olympic bombing" dates
            // the bombing).
            if words.count == 1, let w = words.first, tree.words[w].upos == "NUM", w > 0, w + 1 < n,
               ["DET", "PRON", "PART"].contains(tree.words[w - 1].upos), tree.words[w + 1].upos == "PROPN" {
                var last = w + 1
                while last + 1 < n, ["NOUN", "PROPN"].contains(tree.words[last + 1].upos) { last += 1 }
                if !isEventNoun(last), isPredicate[last] == nil { continue }
            }
            // So does a year before the noun of a period's accounts or plans: the period they cover, not the day anything
            // was done with them ("the auditor refused to sign off on the ⟦2024⟧ accounts" in June 2025, "presented its
            // ⟦2027⟧ budget").
            if words.count == 1, let w = words.first, tree.words[w].upos == "NUM", w > 0, w + 1 < n,
               ["DET", "PRON", "PART"].contains(tree.words[w - 1].upos) || tree.words[w - 1].xpos == "PRP$",
               PredicateRules.periodDocuments.contains(tree.lemma(w + 1)) { continue }
            // "said ⟦Friday⟧ they would review …": a date right after a reporting verb is the report's, whatever
            // the parse hung it on.
            // ("said Friday's vote was fair" names the vote's day.)
            if let first = words.first, let last = words.last, !(last + 1 < n && ["'s", "’s"].contains(tree.lower(last + 1))) {
                let v = first > 1 && tree.lower(first - 1) == "on" ? first - 2 : first - 1
                if v >= 0, isVerb(v) || tree.words[v].upos == "VERB", PredicateRules.reporting.contains(tree.lemma(v)) {
                    if reporterTimex[v] == nil { reporterTimex[v] = t }
                    continue
                }
                if v >= 0, isVerb(v) || tree.words[v].upos == "VERB", Self.confirmsWithItsDate(tree.lemma(v)), reporterTimex[v] == nil {
                    reporterTimex[v] = t
                }
            }
            // "declared ⟦tomorrow⟧ a day of mourning", "named ⟦Friday⟧ a public holiday": a day right after a verb of
            // naming, before what it is named, is the day named, not the naming's.
            if let first = words.first, let last = words.last, first >= 1, tree.words[first - 1].upos == "VERB",
               PredicateRules.namingVerbs.contains(tree.lemma(first - 1)),
               tree.children(first - 1, ["obj", "xcomp"]).contains(where: { $0 > last && PredicateRules.dayNouns.union(["holiday"]).contains(tree.lemma($0)) }) {
                continue
            }
            // An event noun right before the expression takes it, whatever the parse attached it to: "since its
            // launch ⟦in 2003⟧".
            if let first = words.first {
                var j = first - 1
                if j >= 0, tree.words[j].upos == "ADP", ["in", "on", "at"].contains(tree.lower(j)) { j -= 1 }
                if j >= 0, j < first - 1 || tree.words[first].upos == "NUM", isPredicate[j] == .noun, timexOfPredicate[j] == nil {
                    timexOfPredicate[j] = t
                    continue
                }
            }
            // A date in the possessive ("last week's ⟦quake⟧", "Friday's ⟦vote⟧") dates the noun it qualifies and
            // nothing above it: "raising the toll from last week's quake" raised no toll last week. The happening is
            // a mention of its own, dated: "said last month's ⟦discovery⟧ of a rifle was a breakthrough", "protested
            // against Wednesday's ⟦ruling⟧".
            // So does a date before an event noun, as its modifier, at the end of a run of nouns or not: "the ⟦Oct.
            // 23⟧ slaying of Dr. Slepian", "the boy's ⟦Jan. 14⟧ return", "the ⟦1998⟧ abortion clinic bombing";
            // "was charged in the 1988 bombing" was not charged in 1988.
            // When the clause happens at the occasion, it takes the date from it too (below): "lost its majority ⟦in⟧
            // Sunday's snap election".
            // (an oblique relation the parse gave a date before a noun is a noun's all the same)
            var qualified = tree.head(top)
            while let q = qualified, tree.base(q) == "compound", q > top, let h = tree.head(q), h > q, tree.words[h].upos == "NOUN" {
                qualified = h
            }
            let prenominal = ["compound", "amod", "nmod:tmod", "nummod", "nmod:unmarked", "nmod", "obl:unmarked", "obl:tmod"].contains(tree.rel(top))
                && tree.children(top, ["case"]).isEmpty
                // (not a length measured before a preposition: "⟦ten days⟧ after the shooting")
                && qualified.map { n in n > (words.last ?? top) && !((words.last ?? top) + 1..<n).contains { tree.words[$0].upos == "ADP" } && ["NOUN", "PROPN"].contains(tree.words[n].upos) && isEventNoun(n) } == true
                && (t < dates.count ? dates[t] != nil : true)
            // (A period's figure in the possessive is the clause's as above: "⟦Friday⟧'s trading volume totaled 132.8
            // million shares".)
            if tree.rel(top) == "nmod:poss", let noun = tree.head(top), PredicateRules.periodFigures.contains(tree.lemma(noun)),
               tree.base(noun) == "nsubj", let v = tree.head(noun), isPredicate[v] == .verb, timexOfPredicate[v] == nil {
                timexOfPredicate[v] = t
                continue
            }
            if tree.rel(top) == "nmod:poss" || prenominal, let noun = tree.rel(top) == "nmod:poss" ? tree.head(top) : qualified {
                if isPredicate[noun] == nil, isEventNoun(noun) { isPredicate[noun] = .noun }
                if isPredicate[noun] == .noun, timexOfPredicate[noun] == nil { timexOfPredicate[noun] = t; datedByItsModifier.insert(noun) }
                continue
            }
            var placed = false
            defer { if !placed { unplaced.append((t, top)) } }
            var below = top
            for a in tree.ancestors(top) {
                placed = true
                defer { below = a }
                // A happening its own modifier dates takes no other date the parse hung on it: the other is the clause's
                // ("rejected the challenge to the ⟦November 8⟧ election ⟦last week⟧" rejected it last week).
                if datedByItsModifier.contains(a), timexOfPredicate[a] != t {
                    placed = false
                    continue
                }
                // "⟦ten days⟧ after the shooting" measures from the shooting: it dates what the phrase modifies.
                let measure = ["nmod:unmarked", "obl:npmod", "nmod:npmod", "nmod:tmod", "obl:unmarked"].contains(tree.rel(below))
                if measure, tree.children(a, ["case"]).contains(where: { ["after", "before"].contains(tree.lower($0)) }) {
                    placed = false
                    continue
                }
                // A state a relative clause tells as lasting since a date is that clause's, whether or not it tells a
                // happening: "lifted the evacuation order ⟦that had been in place since Tuesday⟧" does not date the
                // lifting. (Another date there may date the clause above when the relative clause tells no event of its
                // own: "software, which will be available on June 17".)
                if tree.rel(below) == "acl:relcl", tree.children(top, ["case", "mark"]).contains(where: { tree.lower($0) == "since" }) { break }
                // A date the parse hung on "following" read as a verb is its happening's: "suspended the permits following
                // the accident on the Prithvi Highway ⟦on November 10⟧" dates the accident.
                if tree.words[a].upos == "VERB", PredicateRules.temporalPrepositions.contains(tree.lower(a)),
                   tree.children(a, ["nsubj", "nsubj:pass", "aux"]).isEmpty,
                   let o = tree.children(a, ["obj"]).first(where: { isEventNoun($0) && isPredicate[$0] != .verb }) {
                    isPredicate[o] = .noun
                    if timexOfPredicate[o] == nil { timexOfPredicate[o] = t }
                    break
                }
                if let p = Self.owner(of: a, isPredicate: isPredicate, host: host, frame: frame) {
                    // A date inside the subject's phrase tells when what the phrase describes held; the verb's own date
                    // is the happening's: "The officer in charge of the wing ⟦that night⟧ was suspended on Wednesday"
                    // was suspended on Wednesday. (A period's figure is measured over its date, which is the
                    // change's: "Quarterly net income ⟦this year⟧ has risen over periods in 1988" rose this year.)
                    // (Inside the subject's phrase: a date the parse made the subject itself is no phrase of it.)
                    if p == a, below != top, ["nsubj", "nsubj:pass"].contains(tree.rel(below)), tree.head(below) == a,
                       !PredicateRules.periodFigures.contains(tree.lemma(below)),
                       tree.children(a, ["obl", "obl:tmod"]).contains(where: { c in timexOf[c] != nil && timexOf[c] != t }) {
                        break
                    }
                    // A participle describing a noun passes the date on to the clause the noun belongs to: "India
                    // sent a plane ⟦carrying⟧ medicines on Sunday" sent it on Sunday.
                    if Self.describes(frame(p).last ?? p, tree: tree),
                       tree.ancestors(a).contains(where: { Self.owner(of: $0, isPredicate: isPredicate, host: host, frame: frame) != nil }) {
                        continue
                    }
                    // A change told from one date to another is dated by where it ended: "jumped from fewer than
                    // 100,000 ⟦in 1980⟧ to more than 300,000 ⟦last year⟧".
                    // (the "from" or "to" nearest before each date, after the predicate: the parse may hang either
                    // on the figure or on a word of it)
                    func side(_ timex: Int) -> String? {
                        guard let first = (0..<n).first(where: { timexOf[$0] == timex }), first > p else { return nil }
                        return (p + 1..<first).reversed().lazy.map { tree.lower($0) }.first { $0 == "from" || $0 == "to" }
                    }
                    // A live blog's stamp opening the sentence ("⟦9:40 a.m.⟧ The ferry overturned early on Monday") yields
                    // to a date of another day; of its own day ("resumed accepting ambulances this afternoon") it is
                    // the finer, but not finer than a clock time of the sentence's own: "⟦7:05 a.m.⟧ The storm came
                    // ashore at 3:40 this morning" came ashore at 3:40.
                    func stamp(_ timex: Int) -> Bool {
                        timexOf[0] == timex && (timex < dates.count ? dates[timex]?.0 == .time : false)
                    }
                    if let old = timexOfPredicate[p], side(old) == "from", side(t) == "to" {
                        timexOfPredicate[p] = t
                    } else if let old = timexOfPredicate[p], stamp(old), !stamp(t), let (g, days) = t < dates.count ? dates[t] : nil,
                              let (_, stampDays) = dates[old], !days.contains(stampDays.start) || g == .time {
                        timexOfPredicate[p] = t
                    } else if let old = timexOfPredicate[p] {
                        if let (g, days) = t < dates.count ? dates[t] : nil {
                            if let (og, odays) = old < dates.count ? dates[old] : nil {
                                if g < og, odays.contains(days.start), odays.contains(days.end) { timexOfPredicate[p] = t }
                            } else {
                                timexOfPredicate[p] = t
                            }
                        }
                    } else {
                        timexOfPredicate[p] = t
                    }
                    break
                }
                // An event noun as the argument of a predicate verb leaves the date to the verb ("attacked a convoy
                // on Friday"); otherwise the noun is dated ("the launch of the store on 28 April").
                // ("following" read as a verb is the preposition all the same: "suspended the permits ⟦following⟧ the
                // accident on November 10" dates the accident, not the suspension)
                let afterAHappening = tree.base(a) == "obj" && tree.head(a).map { h in
                    PredicateRules.temporalPrepositions.contains(tree.lower(h)) && tree.children(h, ["nsubj", "nsubj:pass", "aux"]).isEmpty } == true
                let argument = !afterAHappening && (tree.base(a) == "obj" || tree.base(a) == "obl" && !tree.children(a, ["case"]).contains {
                    PredicateRules.temporalPrepositions.contains(tree.lower($0)) })
                // (So does one in the "of" phrase of the verb's object: "completed the first $50 million of its share
                // ⟦buyback⟧ on Monday".)
                let ofObject = tree.base(a) == "nmod" && tree.children(a, ["case"]).contains { tree.lower($0) == "of" }
                    && tree.head(a).map { o in tree.base(o) == "obj" && (tree.head(o).map { isPredicate[$0] == .verb } ?? false) } == true
                // (A length places nothing: "bowing to ⟦pressure⟧ from his ministers after a chaotic 48 hours".)
                let places = t < dates.count ? dates[t] != nil : true
                // (Not when the verb has a date of its own: "condemned ⟦Saturday⟧ two bomb attacks in Kenya Friday" —
                // the attacks are Friday's.)
                let verbDatedElsewhere = tree.head(a).map { h in tree.children[h].contains { c in timexOf[c] != nil && timexOf[c] != t } } ?? false
                if isEventNoun(a), places, !ofObject,
                   !(argument && !verbDatedElsewhere && (tree.head(a).map { isPredicate[$0] != nil || absorbed.contains($0) } ?? false)) {
                    isPredicate[a] = .noun
                    timexOfPredicate[a] = t
                    break
                }
                if isVerb(a), PredicateRules.reporting.contains(tree.lemma(a)) {
                    if reporterTimex[a] == nil { reporterTimex[a] = t }
                    break
                }
                if isVerb(a), Self.confirmsWithItsDate(tree.lemma(a)), reporterTimex[a] == nil { reporterTimex[a] = t }
                placed = false
            }
        }
        // A clause of the same time hung on the expression dates by it: "on Friday night ⟦as⟧ he stood in his
        // kitchen", "since November, ⟦when⟧ he was found".
        for w in 0..<n {
            guard let t = timexOf[w] else { continue }
            for c in tree.children(w, ["acl", "acl:relcl", "advcl"]) where timexOf[c] == nil {
                guard tree.children(c, ["mark", "advmod"]).contains(where: { PredicateRules.simultaneousMarks.contains(tree.lower($0)) }),
                      let p = Self.owner(of: c, isPredicate: isPredicate, host: host, frame: frame), timexOfPredicate[p] == nil else { continue }
                timexOfPredicate[p] = t
            }
        }
        // A happening told as taking place in a dated occasion takes its date: "was re-elected ⟦in⟧ a parliamentary
        // runoff on Monday".
        // (Not a proceeding over it: "was ⟦charged⟧ in the Dec. 21, 1988, bombing".)
        for p in 0..<n where isPredicate[p] == .verb && timexOfPredicate[p] == nil && !PredicateRules.proceedingVerbs.contains(tree.lemma(p)) {
            if let o = tree.children(p, ["obl"]).first(where: { o in
                isPredicate[o] == .noun && timexOfPredicate[o] != nil
                    && tree.children(o, ["case"]).contains { ["in", "at", "during"].contains(tree.lower($0)) } }) {
                timexOfPredicate[p] = timexOfPredicate[o]
            }
        }
        // The holding of an occasion a dated happening took place at is of its day: "joined NATO ⟦Friday⟧ at a ceremony
        // ⟦held⟧ in Independence".
        for p in 0..<n where isPredicate[p] == .verb && timexOfPredicate[p] == nil && tree.words[p].xpos == "VBN" && tree.rel(p) == "acl" {
            guard let o = tree.head(p), tree.base(o) == "obl",
                  tree.children(o, ["case"]).contains(where: { ["in", "at", "during"].contains(tree.lower($0)) }),
                  let v = tree.head(o), isPredicate[v] == .verb, let t = timexOfPredicate[v] else { continue }
            timexOfPredicate[p] = t
        }
        // A happening told with a dated clause of the same time takes its date: "a jet flipped upside down ⟦as⟧ it
        // landed on Monday afternoon".
        // (So does one told as going on through a part of a day that names no day, "was travelling ⟦through the night⟧
        // when it left the road early on Tuesday": the clause says which night.)
        for p in 0..<n where isPredicate[p] == .verb && tree.words[p].xpos == "VBG" {
            guard let t = timexOfPredicate[p] else { continue }
            let words = (0..<n).filter { timexOf[$0] == t }
            guard let first = words.first, first >= 1, ["through", "throughout"].contains(tree.lower(first - 1)),
                  words.allSatisfy({ w in ["the", "night", "morning", "afternoon", "evening", "day"].contains(tree.lower(w)) }) else { continue }
            // (the parse may hang the clause on the verb's conjunct head: "The coach, run by …, was travelling …")
            let clauses = tree.children(p, ["advcl"]) + (tree.base(p) == "conj" ? tree.head(p).map { tree.children($0, ["advcl"]) } ?? [] : [])
            for c in clauses where c > p && tree.children(c, ["mark", "advmod"]).contains(where: { tree.lower($0) == "when" }) {
                if let q = Self.owner(of: c, isPredicate: isPredicate, host: host, frame: frame), let u = timexOfPredicate[q], u != t {
                    timexOfPredicate[p] = u
                    break
                }
            }
        }
        for p in 0..<n where isPredicate[p] == .verb && timexOfPredicate[p] == nil {
            for c in tree.children(p, ["advcl"]) where c > p && tree.children(c, ["mark"]).contains(where: { PredicateRules.simultaneousMarks.contains(tree.lower($0)) }) {
                if let q = Self.owner(of: c, isPredicate: isPredicate, host: host, frame: frame), let t = timexOfPredicate[q] {
                    timexOfPredicate[p] = t
                    break
                }
            }
        }
        // A temporal expression the parse leaves above every predicate ("On Sunday" taken for the root) dates the
        // sentence's main predicate: the undated one nearest the root.
        // A predicate the date's own word governs comes first, through complements and arguments but not into a clause
        // of its own: "NATO warplanes ⟦helped⟧ end the war almost four years ago and now are poised to intervene" ended
        // the war four years ago ("helped" reports nothing of its own; "poised" is a conjunct).
        for (t, top) in unplaced {
            let depth = { (p: Int) in tree.ancestors(p).count }
            // (not a happening a length measures from the sentence's day, which that dates: "two days ⟦after⟧ the
            // explosion")
            let undated = (0..<n).filter { p in isPredicate[p] != nil && timexOfPredicate[p] == nil
                && !tree.children(p, ["case"]).contains { c in c > 0 && ["after", "before"].contains(tree.lower(c))
                    && ["day", "week", "month", "year"].contains(tree.lemma(c - 1)) } }
            let governed = tree.head(top).map { anchor in
                undated.filter { p in
                    var k = p
                    while k != anchor {
                        guard !["conj", "parataxis", "advcl", "acl:relcl", "ccomp", "acl"].contains(tree.base(k)), let h = tree.head(k)
                        else { return false }
                        k = h
                    }
                    return true
                }
            } ?? []
            // (Nor, outside what the date governs, a clause hung on a predicate dated otherwise: "On Monday, November 23,
            // the judges heard the case; three days later they dismissed it, ⟦ruling⟧ that …" ruled three days later.)
            let free = governed.isEmpty ? undated.filter { p in !tree.ancestors(p).contains { a in isPredicate[a] != nil && timexOfPredicate[a] != nil } } : governed
            if let p = free.min(by: { depth($0) < depth($1) }) {
                timexOfPredicate[p] = t
            }
        }
        // A saying with no happening in its content, and a date of its own, is the event: "X told Sky News on Monday".
        // (Not one a governor frames: "officials ⟦declined⟧ to comment Saturday" said nothing; the refusal is the
        // happening, of that day.)
        var refusalTimex: [Int: Int] = [:]
        for (v, t) in reporterTimex where isPredicate[v] == nil && !hasClausalComplement(v) {
            if let h = host[v] {
                if PredicateRules.refusals.contains(tree.lemma(h)), isPredicate[h] == nil { refusalTimex[h] = t }
            } else {
                sayingTimex[v] = t
            }
        }
        predicates = (0..<n).compactMap { i in
            isPredicate[i].map { Predicate(word: i, kind: $0, frame: frame(i), timex: timexOfPredicate[i]) }
        }
        // A verb that reports no happening (a state, a description, a capability, a condition: `NonHappening`) is
        // dropped unless a date of its own, or of the verb it shares a subject with, places it.
        let dated = Set(predicates.filter { $0.timex != nil }.map(\.word))
        predicates.removeAll { p in
            // (An event noun told through a light verb that is itself no happening goes with it: "suspected of
            // ⟦starting⟧ the fires".)
            if p.kind == .noun, p.timex == nil, let host = p.frame.last, host != p.word,
               NonHappening.rule(for: host, tree: tree, headline: headline) == .gerundComplement { return true }
            guard p.kind == .verb else { return false }
            // (A period's result no date places is a state.)
            if p.timex == nil, tree.lemma(p.word) == "have", PhrasalPredicates.meaning(of: p.word, tree: tree) == nil { return true }
            let rule = NonHappening.rule(for: p.word, tree: tree, headline: headline)
            // A demand's content has not happened, whatever date it names, and what is denied or left unsaid neither.
            if rule == .subjunctive || rule == .unsaid { return true }
            // So is a condition "if" or "unless" opens, whatever deadline it names: "would stay off the roads ⟦unless⟧ the
            // government ⟦withdrew⟧ the new prices by Tuesday night".
            // (the verb the subordinator opens, not one the parse hung below it: "… if there is no deal by Friday, the
            // minister ⟦warned⟧ on Wednesday" read inside the condition is still her warning)
            if rule == .conditional, tree.base(p.word) == "advcl",
               tree.children(p.word, ["mark"]).contains(where: { ["if", "unless"].contains(tree.lower($0)) }) { return true }
            // So is a comparison's yardstick ("⟦compared⟧ with a year-earlier loss").
            if rule == .comparison, tree.lemma(p.word) == "compare" { return true }
            guard p.timex == nil else { return false }
            // (A past participle describing a state is none, whatever date its clause has.)
            if rule == .participleAdjunct, tree.words[p.word].xpos == "VBN" { return true }
            if tree.base(p.word) == "conj", let h = tree.head(p.word), dated.contains(h),
               tree.children(p.word, ["nsubj", "nsubj:pass"]).isEmpty { return false }
            return rule != nil
        }
        // …unless the parse hung its content elsewhere ("told reporters today that …" under "today").
        let reported = Set(predicates.compactMap { reporter(of: $0.frame.last ?? $0.word) })
        for (v, t) in sayingTimex where !reported.contains(v) {
            predicates.append(Predicate(word: v, kind: .saying, frame: [v], timex: t))
        }
        for (v, t) in refusalTimex { predicates.append(Predicate(word: v, kind: .verb, frame: [v], timex: t)) }
        // A refusal to say told in the past is one too, with no date of its own: "Police ⟦declined⟧ to say whether
        // anyone was arrested" (what it would not say is an open question, no happening).
        for v in 0..<n where refusalTimex[v] == nil && isPredicate[v] == nil && PredicateRules.refusals.contains(tree.lemma(v))
            && Self.toldAsPast(v, tree: tree) && !predicates.contains(where: { $0.word == v }) {
            guard let x = tree.children(v, ["xcomp"]).first, PredicateRules.reporting.contains(tree.lemma(x)),
                  !predicates.contains(where: { p in p.word != v && tree.ancestors(p.word).contains(x) && p.timex != nil }) else { continue }
            predicates.append(Predicate(word: v, kind: .verb, frame: [v], timex: nil))
        }
        predicates.sort { $0.word < $1.word }
    }

    /// A verb in the past tense, or in the present perfect ("⟦has refused⟧", "⟦have declined⟧"): a deed already done.
    static func toldAsPast(_ v: Int, tree: DependencyTree) -> Bool {
        tree.words[v].xpos == "VBD"
            || tree.words[v].xpos == "VBN" && tree.children(v, ["aux"]).contains { ["has", "have", "had", "'s", "'ve"].contains(tree.lower($0)) }
    }

    /// Whether infinitive `v` tells what a noun ranked among others did: "the first three countries ⟦to accede⟧ to
    /// NATO", "the only candidate ⟦to win⟧ twice", "the latest company to cut jobs". Such an infinitive tells a
    /// happening, in its clause's time, not a purpose or a plan ("a plan ⟦to build⟧", "the thing to remember"), when
    /// told in the past or with a date of its own ("He is the last person to leave" has not left).
    /// "claim" with a noun for its object and no clause: taking the credit or the blame for a deed, itself a
    /// happening ("⟦claimed⟧ the attack", "claimed responsibility for the bombing"), not a report of the deed.
    static func claimsADeed(_ v: Int, tree: DependencyTree) -> Bool {
        // (A clause the parse hung before the verb is no content of the claim: "and a ⟦group⟧ called Black Lantern claimed
        // the attack" read with "group" as a complement.)
        tree.lemma(v) == "claim" && !tree.children(v, ["ccomp", "parataxis", "xcomp"]).contains { $0 > v }
            && tree.children(v, ["obj"]).contains { ["NOUN", "PROPN"].contains(tree.words[$0].upos) }
    }

    static func ranked(_ v: Int, tree: DependencyTree, dated: (Int) -> Bool) -> Bool {
        guard tree.base(v) == "acl", let noun = tree.head(v), noun < v,
              tree.children(noun, ["amod", "nummod", "advmod"]).contains(where: { m in
                  m < noun && (PredicateRules.rankWords.contains(tree.lower(m)) || tree.words[m].xpos == "JJS") })
        else { return false }
        let past = ([noun] + tree.ancestors(noun)).contains { w in
            tree.words[w].xpos == "VBD" || tree.children(w, ["cop", "aux"]).contains { tree.words[$0].xpos == "VBD" }
        }
        return past || tree.children(v, ["obl", "obl:tmod", "advmod"]).contains(where: dated)
    }

    /// Whether predicate word `p` (the top of a predicate's frame) is a present participle describing a noun, with no auxiliary or subordinator of its own
    /// ("a plane ⟦carrying⟧ medicines"): what it describes is no happening (`NonHappening.participleAdjunct`).
    private static func describes(_ p: Int, tree: DependencyTree) -> Bool {
        tree.words[p].xpos == "VBG" && tree.base(p) == "acl"
            && tree.children(p, ["aux", "aux:pass", "mark"]).isEmpty
    }

    /// The predicate whose frame holds word `a` (a predicate itself, or a verb lending one its frame).
    private static func owner(of a: Int, isPredicate: [Kind?], host: [Int?], frame: (Int) -> [Int]) -> Int? {
        if isPredicate[a] != nil { return a }
        for p in host.indices where isPredicate[p] != nil && host[p] != nil && frame(p).contains(a) { return p }
        return nil
    }

    /// "Police ⟦confirmed on Tuesday⟧ that they were assessing a complaint": a confirmation's date is also its report's,
    /// as "said on Tuesday" is (the assessing had been at publication); the confirming keeps its date as a happening.
    /// Whether the date at `top`, opened by "since", is the point a superlative or a first time is measured from:
    /// "its ⟦highest⟧ level since March", "the weakest demand since 2023", "the ⟦first⟧ time since 1987 that …", "the
    /// first time a government has been toppled … since 1987" (through the relative clause of "time").
    static func measuresARecord(from top: Int, tree: DependencyTree) -> Bool {
        guard let since = tree.children(top, ["case", "mark"]).first(where: { tree.lower($0) == "since" }) else { return false }
        // (a date that a "when" clause tells of dates that clause: "the worst since August 2017, ⟦when⟧ a fire burned the
        // chalet")
        let words = (since..<tree.count).prefix { w in w == since || tree.ancestors(w).contains(top) || w == top }
        if let last = words.last, let next = (last + 1..<tree.count).first(where: { tree.words[$0].upos != "PUNCT" }),
           ["when", "where"].contains(tree.lower(next)) { return false }
        func record(_ a: Int) -> Bool {
            ["JJS", "RBS"].contains(tree.words[a].xpos)
                || tree.children(a, ["amod", "advmod", "nummod"]).contains { ["JJS", "RBS"].contains(tree.words[$0].xpos) }
                || tree.lemma(a) == "time" && tree.children(a, ["amod"]).contains { ["first", "only"].contains(tree.lower($0)) }
        }
        // (the words of the phrase right before "since", whatever the parse hung the date on: "its largest daily rise
        // since October 2022, and the index closed lower on Thursday")
        var k = since - 1
        while k >= 0, k >= since - 5, tree.words[k].upos != "PUNCT", tree.words[k].upos != "VERB" {
            if ["JJS", "RBS"].contains(tree.words[k].xpos) || tree.lemma(k) == "time" && k >= 1 && ["first", "only"].contains(tree.lower(k - 1)) { return true }
            k -= 1
        }
        var a = top
        while let h = tree.head(a) {
            if record(h) { return true }
            // (up through nouns and the relative clause of a noun, not past the clause the date belongs to)
            if tree.words[h].upos == "VERB" || tree.words[h].upos == "AUX", !["acl:relcl", "acl"].contains(tree.rel(h)) { return false }
            a = h
        }
        return false
    }

    static func confirmsWithItsDate(_ lemma: String) -> Bool { lemma == "confirm" }

    /// The nearest reporting (or announcing) verb whose content holds word `w`, reached through ccomp or parataxis:
    /// "Peskov ⟦said⟧ [talks would resume]".
    /// The content may hang from a word of the reporting clause ("told reporters today that …" parsed under
    /// "today"); an event noun reported as an object counts too ("reported several ⟦landslides⟧").
    func reporter(of w: Int) -> Int? {
        var k = w
        var crossed = tree.base(w) == "obj" && tree.words[w].upos != "PRON"
        for a in tree.ancestors(w) {
            let via = tree.base(k)
            if via == "ccomp" || via == "parataxis" { crossed = true }
            // "told reporters ⟦that the channel would not reopen⟧" parsed as a clause of "reporters".
            if via == "acl", tree.children(k, ["mark"]).contains(where: { ["that", "whether", "if"].contains(tree.lower($0)) }) { crossed = true }
            if tree.words[a].upos == "VERB" {
                let lemma = tree.lemma(a)
                if crossed, PredicateRules.reporting.contains(lemma) || PredicateRules.announcing.contains(lemma), !Self.claimsADeed(a, tree: tree) { return a }
                if crossed { return nil }
            }
            k = a
        }
        // "Police have arrested two men, ⟦prosecutors said⟧ on Saturday": a reporting verb closing the sentence, hung
        // on the main clause as a parataxis (or an adjunct) with no content of its own, reports that clause.
        if !crossed, let root = ([w] + tree.ancestors(w)).last,
           let r = tree.children(root, ["parataxis", "advcl"]).first(where: { r in
               r > w && tree.words[r].upos == "VERB" && PredicateRules.reporting.contains(tree.lemma(r)) && tree.children(r, ["mark"]).isEmpty
                   && tree.children(r, ["ccomp", "xcomp", "obj"]).isEmpty && !tree.children(r, ["nsubj"]).isEmpty
           }) { return r }
        return nil
    }

    /// Reporting verbs with content: "Peskov ⟦said⟧ that …".
    var reporters: [Int] {
        let reported = Set(predicates.compactMap { reporter(of: $0.frame.last ?? $0.word) })
        return (0..<tree.count).filter { v in
            tree.words[v].upos == "VERB" && PredicateRules.reporting.contains(tree.lemma(v)) && !predicates.contains { $0.word == v }
                && !Self.claimsADeed(v, tree: tree)
                && (reported.contains(v) || !tree.children(v, ["ccomp", "parataxis", "obj"]).isEmpty)
                // (not one a governor of plans or expectations frames: "⟦declined⟧ to comment Saturday", "plans to announce")
                && !(tree.base(v) == "xcomp" && tree.head(v).map { h in
                    PredicateRules.expectedGovernors.contains(tree.lemma(h)) || PredicateRules.plannedGovernors.contains(tree.lemma(h)) } == true)
        }
    }
}
