/// A predicate's summary from its own subtree: who did what, where, in plain English. Dates, connectives,
/// subordinate and coordinated clauses (other happenings), quotation marks and "according to …" are left out;
/// a subject pronoun is replaced by the name it stands for when that is safe; nothing is cut.
struct ParseSummary {
    let analysis: SentenceAnalysis
    let tree: DependencyTree
    let predicates: Predicates

    /// The subject a conjunct or complement shares: its head's, or up a chain of conjuncts ("arrested, charged and
    /// jailed": "jailed" is a conjunct of "charged"); `head` becomes the verb that has it.
    static func sharedSubject(from head: inout Int, tree: DependencyTree) -> Int? {
        for _ in 0..<tree.count {
            if let s = tree.children(head, ["nsubj", "nsubj:pass"]).first { return s }
            guard tree.base(head) == "conj", let up = tree.head(head) else { return nil }
            head = up
        }
        return nil
    }

    /// Relations whose subtrees are other happenings or asides.
    static let dropped: Set<String> = ["advcl", "parataxis", "conj", "cc", "discourse", "vocative", "reparandum", "list",
                                       "dep", "punct", "mark", "orphan", "goeswith"]

    /// `it`: the organisation a subject "it" stands for, when the actors resolved it ("It closed two depots" →
    /// "Harbour Lines Ltd closed two depots").
    /// Nouns of a part of a day (the date vocabulary's, `Lexicon.partsOfDay`) or of a day, that an "of" phrase dates:
    /// "the ⟦night⟧ of Oct. 23", "the ⟦eve⟧ of the vote".
    static func isPartOfADay(_ word: String) -> Bool {
        Lexicon.partsOfDay[word] != nil || ["day", "dawn", "eve", "weekend", "hours"].contains(word)
    }

    /// (Read through `RuleMemo` for repeated sentences: an input besides those listed in its key goes into the key.)
    func summary(of p: Predicates.Predicate, person: String?, attribution: String?, it: String? = nil) -> String {
        let top = p.frame.last ?? p.word
        let timexRanges = analysis.timexes.map(\.range)
        // (A time that is the verb's object is what it tells of, not when: "will spend ⟦the winter⟧ without a roof",
        // "spent ⟦three days⟧ in hospital".)
        func inAnyTimex(_ i: Int) -> Bool { tree.range(i).map { r in timexRanges.contains { $0.overlaps(r) } } ?? false }
        // (and so is one that is its subject: "⟦The week⟧ opened with IndiGo's order")
        // (and so is the period a part of it is taken from: "postponed surgeries for the rest ⟦of the week⟧")
        let partTimes = (0..<tree.count).filter { PredicateRules.partsOfAPeriod.contains(tree.lemma($0)) && !inAnyTimex($0) }
            .flatMap { tree.children($0, ["nmod"]).filter(inAnyTimex) }
        let objectTimes = Set((tree.children(top, ["obj", "nsubj"]).filter(inAnyTimex) + partTimes).flatMap { o in tree.subtree(o).filter(inAnyTimex) })
        func inTimex(_ i: Int) -> Bool { !objectTimes.contains(i) && inAnyTimex(i) }
        func keep(_ c: Int) -> Bool {
            let rel = tree.rel(c)
            let base = String(tree.base(c))
            // The word opening the clause ("that", "after") goes; a content word the parse took for one stays.
            // (Not the "to" of "be to": "The first referendum is ⟦to⟧ be held".)
            if base == "mark" { return tree.head(c) != top || !["SCONJ", "ADP", "PART", "PRON", "ADV"].contains(tree.words[c].upos)
                || SentenceAnalysis.beTo(top, tree: tree) == c }
            if base == "punct" { return !FunctionWords.quoteMarks.contains(tree.words[c].form) }
            // The length measuring a subordinate clause from its governor goes with the subordinator: "⟦five days⟧ after
            // the city closed the building" → "The city closed the building".
            if rel == "obl:npmod", tree.head(c) == top, tree.children(top, ["mark"]).contains(where: { $0 > c }) { return false }
            // The reporting clause is the attribution, not the event: "…, Peskov said".
            // (Not the predicate itself under its governor: "has decided to ⟦admit⟧ Poland".)
            // (nor what is refused: "declined to ⟦comment⟧")
            // (Not what this saying reports, whatever its verb: "She said staff had not been ⟦told⟧ when …".)
            if tree.words[c].upos == "VERB", PredicateRules.reporting.contains(tree.lemma(c)), c != top, c != p.word,
               !(tree.base(c) == "xcomp" && tree.head(c) == top),
               !(p.kind == .saying && tree.base(c) == "ccomp" && tree.head(c) == top) { return false }
            // A demand is told with what it demands: "Moscow is demanding that Ukraine: ⟦renounce⟧ any hopes …".
            if base == "parataxis", tree.head(c) == top, NonHappening.mandativeGovernors.contains(tree.lemma(top)),
               tree.words[c].xpos == "VB" { return true }
            // Coordination inside a phrase stays ("India and Bangladesh"); between clauses it is another happening.
            // (Not a verb told with this one: "required to recognize, ⟦pick up⟧ … and ⟦deposit⟧ balls".)
            if base == "conj" || base == "cc" {
                if predicates.toldWith.contains(c) || base == "cc" && tree.head(c).map(predicates.toldWith.contains) == true { return true }
                return !(tree.head(c).map { p.frame.contains($0) } ?? false)
            }
            // What a participle describing a noun says of it stays: "an official suspected ⟦of starting the fires⟧".
            if base == "advcl", c != top, let h = tree.head(c), h != top, tree.base(h) == "acl", tree.words[h].xpos == "VBN",
               tree.children(c, ["mark"]).contains(where: { NonHappening.gerundMarks.contains(tree.lower($0)) }) { return true }
            // The second half of a comparison stays with its degree word: "begin as soon ⟦as possible⟧".
            if base == "advcl", let h = tree.head(c), ["ADV", "ADJ"].contains(tree.words[h].upos), ["ADJ", "ADV"].contains(tree.words[c].upos),
               tree.children(c, ["mark"]).contains(where: { ["as", "than"].contains(tree.lower($0)) }) { return true }
            // A verbless opening that describes the subject stays: "Still unpaid, thousands of workers protested".
            if base == "advcl", tree.words[c].upos == "ADJ", tree.children(c, ["mark"]).isEmpty { return true }
            // The predicate itself under the verb lending it its frame stays: "voted 5-0 on Thursday ⟦to open⟧ a formal
            // investigation".
            if base == "advcl", c == p.word, tree.head(c) == top { return true }
            // An infinitive the parse hung on the verb as an adjunct completes a verb that has no object: "The Supreme
            // Court declined on Tuesday ⟦to hear⟧ an appeal".
            if base == "advcl", tree.head(c) == top, c > top, tree.words[c].xpos == "VB",
               tree.children(c, ["mark"]).contains(where: { tree.lower($0) == "to" }),
               tree.children(top, ["obj", "ccomp", "xcomp"]).isEmpty,
               let first = tree.subtree(c).first,
               (top + 1..<first).allSatisfy({ inTimex($0) || tree.words[$0].upos == "ADV"
                   || tree.base($0) == "case" && tree.head($0).map(inTimex) == true }) {
                return true
            }
            if Self.dropped.contains(base) && !(base == "punct" && isInner(c)) { return false }
            // A length measuring another happening goes with it: "emerged from bankruptcy on Wednesday, ⟦42 days⟧ after
            // it filed".
            if base == "obl" || base == "nmod", ["day", "week", "month", "year", "hour", "minute"].contains(tree.lemma(c)),
               tree.children(c, ["advcl", "acl"]).contains(where: { k in
                   tree.children(k, ["mark"]).contains { ["after", "before", "since"].contains(tree.lower($0)) } }) {
                return false
            }
            // A happening's own measure from the sentence's day goes (its date says it): "⟦two days after⟧ the
            // explosion that killed two workers"; and so does such a phrase set off after a verb: "lifted the order
            // at 3 p.m.⟦, two days after the explosion⟧".
            func measuring(_ k: Int) -> Bool {
                tree.children(k, ["case"]).contains { ["after", "before"].contains(tree.lower($0)) }
                    && tree.children[k].contains { $0 < k && ["day", "week", "month", "year", "hour"].contains(tree.lemma($0)) }
            }
            if tree.head(c) == top, p.kind == .noun, top == p.word, measuring(top), c < top,
               base == "case" || ["day", "week", "month", "year", "hour"].contains(tree.lemma(c)) { return false }
            // (the length may head the phrase: "⟦two days⟧ after the explosion", the happening its modifier)
            func measuresAHappening(_ k: Int) -> Bool {
                ["day", "week", "month", "year", "hour"].contains(tree.lemma(k))
                    && tree.children(k, ["nmod"]).contains { n in n > k && tree.children(n, ["case"]).contains { ["after", "before"].contains(tree.lower($0)) } }
            }
            if base == "obl", tree.head(c) == top, c > top, p.word != c, measuring(c) || measuresAHappening(c),
               let first = tree.subtree(c).first(where: { tree.words[$0].upos != "PUNCT" }), first > 0,
               tree.words[first - 1].form == "," { return false }
            // (and one right before the clause it measures from, hung beside it: "The outlook change came ⟦a day⟧ after
            // patients filed a class action")
            if base == "obl" || base == "nmod", ["day", "week", "month", "year", "hour", "minute"].contains(tree.lemma(c)),
               let h = tree.head(c), let last = tree.subtree(c).last, last + 1 < tree.count,
               ["after", "before", "since"].contains(tree.lower(last + 1)),
               tree.children(h, ["advcl"]).contains(where: { k in k > c && tree.subtree(k).first == last + 1 }) {
                return false
            }
            // A relative clause set off by a comma is an aside about its noun: "Chen, ⟦who has led the company since
            // 2015⟧, will be succeeded by …".
            if rel == "acl:relcl", let first = tree.subtree(c).first(where: { tree.words[$0].upos != "PUNCT" }), first > 0,
               tree.words[first - 1].form == ",", tree.children(c, ["nsubj", "nsubj:pass", "obj", "obl"]).contains(where: {
                   ["who", "which", "whom", "whose"].contains(tree.lower($0)) || tree.children($0, ["nmod:poss"]).contains { tree.lower($0) == "whose" } }) {
                return false
            }
            // An apposition with a clause of its own, after a noun that is no subject, describes the whole sentence or
            // tells more than the event: "while he led Springfield, ⟦a verdict that stunned many⟧".
            // (or hung on the verb as a bare noun phrase after a comma: "led Springfield, ⟦a verdict that stunned many⟧")
            if base == "appos", let h = tree.head(c), !["nsubj", "nsubj:pass"].contains(tree.rel(h)),
               tree.subtree(c).contains(where: { tree.rel($0) == "acl:relcl" }) { return false }
            if rel == "obl:unmarked" || rel == "nmod:unmarked", tree.words[c].upos == "NOUN", !inTimex(c),
               let first = tree.subtree(c).first(where: { tree.words[$0].upos != "PUNCT" }), first >= 1, tree.words[first - 1].form == ",",
               tree.children(c, ["acl:relcl"]).contains(where: { $0 > c }) { return false }
            // So is a participle set off by a comma after its noun: "The Botanical Garden, ⟦founded in 1931⟧, was
            // destroyed".
            if base == "acl", c != top, Self.setOffParticiple(c, tree: tree) { return false }

            // The relative word of a relative clause with a subject of its own goes: "the bridge ⟦where⟧ pebbles are
            // thrown", "a crush ⟦in which⟧ 1,426 pilgrims were trampled" → "Pebbles are thrown", "1,426 pilgrims were trampled".
            if tree.head(c) == top, isRelativeClause(top), Self.relativeWord(c, tree: tree) { return false }
            // (So does one opening a clause the parse set beside its noun: "in court on Sunday, ⟦where⟧ prosecutors will ask".)
            if tree.head(c) == top, tree.base(c) == "advmod", ["where", "whereby", "wherein"].contains(tree.lower(c)),
               tree.subtree(top).first(where: { tree.words[$0].upos != "PUNCT" }) == c, c > 0, tree.words[c - 1].form == ",",
               !tree.children(top, ["nsubj", "nsubj:pass"]).isEmpty { return false }
            // A subordinator the parse took for an adverb goes like one: "⟦once⟧ the company emerged from bankruptcy".
            // (and "⟦when⟧ finance minister Rishi Sunak resigned")
            if base == "advmod", tree.head(c) == top, c < top,
               PredicateRules.temporalMarks.contains(tree.lower(c)) || PredicateRules.simultaneousMarks.contains(tree.lower(c)),
               tree.subtree(top).first(where: { tree.words[$0].upos != "PUNCT" }) == c { return false }
            // An adverb with clauses of its own is a misread sentence before this one: "⟦Here is what we know: …⟧, and a
            // group called Black Lantern claimed the attack".
            if base == "advmod", c < top, tree.subtree(c).contains(where: { $0 != c && ["VERB", "AUX"].contains(tree.words[$0].upos) }) { return false }
            if base == "advmod", FunctionWords.connectives.contains(tree.lower(c)) || ["also", "then", "meanwhile"].contains(tree.lower(c)) { return false }
            // (and a connective phrase the parse hung on the predicate as an oblique: "⟦In addition⟧, thousands of
            // people protested")
            if base == "obl", tree.head(c) == top, c < top, FunctionWords.connectives.contains(tree.lower(c)),
               c + 1 < tree.count, tree.words[c + 1].form == "," { return false }
            // A time set by another happening, opening the clause and set off by a comma, is the clause's date, not
            // its content: "⟦Ten days after the earthquake that killed 157 people⟧, the government has yet to publish".
            // (So is a length the clause happened within: "⟦In more than a month of the war⟧, negotiators have met three
            // times".)
            if base == "obl", tree.head(c) == top, c < top,
               tree.children(c, ["case"]).contains(where: { ["after", "before", "since", "following", "until"].contains(tree.lower($0)) })
                || ["in", "within", "during", "over"].contains(tree.children(c, ["case"]).first.map { tree.lower($0) } ?? "")
                    && ["day", "week", "month", "year", "hour", "decade"].contains(tree.lemma(c)),
               let first = tree.subtree(c).first, tree.subtree(top).first(where: { tree.words[$0].upos != "PUNCT" }) == first,
               let last = tree.subtree(c).last, last + 1 < top, tree.words[last + 1].form == "," { return false }
            if rel == "obl:tmod" || inTimex(c) { return false }
            // "⟦Hours later⟧, police arrested a man": a shift from the time told before, set off before the clause, says
            // when only with the sentence before it; the mention's date says it.
            if base == "advmod", c < top, ["later", "earlier", "afterwards", "afterward"].contains(tree.lower(c)),
               tree.children[c].contains(where: { ["minute", "hour", "day", "week", "month", "year", "moment"].contains(tree.lemma($0)) }),
               let last = tree.subtree(c).last(where: { tree.words[$0].upos != "PUNCT" }), last + 1 < top, tree.words[last + 1].form == "," { return false }
            // "collapsed ⟦early⟧ on Monday": a degree of the date left out goes with it.
            if base == "advmod", ["early", "late", "earlier", "later", "about", "around", "approximately", "roughly"].contains(tree.lower(c)), let h = tree.head(c),
               tree.children[h].contains(where: inTimex) { return false }
            // (and "as early as" a date: "could come ⟦as early as⟧ Tuesday")
            if base == "advmod", ["early", "late", "soon"].contains(tree.lower(c)), tree.children[c].contains(where: inTimex) { return false }
            // A part of a day named by its date goes with it: "was shot to death ⟦on the night of⟧ Oct. 23".
            if base == "obl" || base == "nmod", tree.words[c].upos == "NOUN", Self.isPartOfADay(tree.lower(c)),
               tree.children(c, ["nmod"]).contains(where: inTimex) { return false }
            // (a preposition of a date the parse made an adverb goes too: "emerged shortly ⟦before⟧ 8 p.m.")
            if ["before", "after", "until", "since", "by"].contains(tree.lower(c)), c + 1 < tree.count, inTimex(c + 1),
               tree.words[c].upos == "ADV" { return false }
            // (and one before the preposition of a date: "emerged ⟦shortly⟧ before 8 p.m.", "⟦just⟧ after midnight")
            if ["shortly", "just", "soon", "right", "well", "long", "immediately"].contains(tree.lower(c)), c + 2 < tree.count,
               tree.base(c + 1) == "case" || tree.base(c + 1) == "mark", inTimex(c + 2) { return false }
            // (and one right before the date it qualifies: "gathered ⟦late⟧ on Sunday night")
            if ["early", "late"].contains(tree.lower(c)), c + 1 < tree.count,
               inTimex(c + 1) || c + 2 < tree.count && ["on", "in", "at"].contains(tree.lower(c + 1)) && inTimex(c + 2) { return false }
            // "according to Reuters", "on Monday" (a timex under its preposition).
            if base == "obl" || base == "nmod" {
                if tree.children(c, ["case"]).contains(where: { tree.lower($0) == "according" }) { return false }
            }
            if base == "case", let h = tree.head(c), inTimex(h) { return false }
            // (and one right before a date the parse hung it apart from: "left the port on ⟦Tuesday⟧ bound for Colombo",
            // where "on" went to "bound"; not "before ⟦Monday's⟧ vote")
            if base == "case", c + 1 < tree.count, inTimex(c + 1), ["on", "in", "at", "during"].contains(tree.lower(c)),
               let h = tree.head(c), h != c + 1, !inTimex(h), !tree.subtree(h).contains(c + 1) { return false }
            return true
        }
        // (`keep` reads only what this call fixes: each word's answer is kept, the subtrees below ask it again)
        var keepAnswers = [Int8](repeating: -1, count: tree.count)
        func keeps(_ c: Int) -> Bool {
            if keepAnswers[c] >= 0 { return keepAnswers[c] == 1 }
            let k = keep(c)
            keepAnswers[c] = k ? 1 : 0
            return k
        }
        var words = tree.subtree(top, stop: { !keeps($0) }).filter { !inTimex($0) }
        // A participle that says nothing after it but a date goes (its subject stays): "announced two days of national
        // mourning ⟦starting⟧ on Monday".
        words.removeAll { c in
            c != top && ["acl", "ccomp", "advcl", "xcomp"].contains(String(tree.base(c))) && tree.words[c].upos == "VERB"
                && ["VBG", "VBN"].contains(tree.words[c].xpos) && tree.children[c].contains(where: { $0 > c })
                && tree.children[c].allSatisfy({ $0 < c || inTimex($0) || tree.base($0) == "punct" })
                // (not a verb in a tense of its own: "firmness ⟦are astonishing⟧,”")
                && tree.children(c, ["aux", "aux:pass"]).isEmpty
        }
        // A headline's own root is told by the whole headline: its telegraphic grammar defeats the parse ("IndiGo
        // ⟦orders⟧ 500 Airbus jets in record deal" read as a noun with a list).
        if tree.head(top) == nil, analysis.document.headline.map({ $0.overlaps(analysis.sentence.range) }) ?? false {
            words = (0..<tree.count).filter { !inTimex($0) && !(tree.base($0) == "case" && tree.head($0).map(inTimex) == true) }
        }
        // A coordinated verb or an xcomp shares its head's subject: "Apple unveiled X and ⟦released Y⟧".
        var prefix: String?
        var passiveBe: String?
        // (A borrowed subject is told without the comma that set the conjunct off: "He was arrested, ⟦charged⟧" →
        // "He was charged".)
        var borrowedSubject = false
        // A noun the parse coordinated with the verb before this one is this one's subject: "trains ran, and
        // ⟦several stations⟧ in Leeds closed".
        if tree.children(top, ["nsubj", "nsubj:pass", "csubj"]).isEmpty, tree.base(top) == "conj", let h = tree.head(top),
           tree.words[h].upos == "VERB",
           // (or an oblique with no preposition that opens with the conjunction: "trains ran, ⟦and several stations⟧")
           let noun = tree.children(h, ["conj", "obl"]).last(where: { $0 > h && $0 < top && ["NOUN", "PROPN"].contains(tree.words[$0].upos)
               && (tree.base($0) == "conj" || tree.children($0, ["case"]).isEmpty && !tree.children($0, ["cc"]).isEmpty) }),
           !(noun + 1..<top).contains(where: { tree.words[$0].upos == "VERB" }) {
            words = Array(Set(tree.subtree(noun, stop: { !keeps($0) }) + words)).sorted()
        } else if tree.children(top, ["nsubj", "nsubj:pass", "csubj"]).isEmpty, tree.base(top) == "xcomp", let h = tree.head(top),
                  let o = tree.children(h, ["obj"]).last(where: { $0 < top }), tree.words[o].upos != "PRON" || !tree.children(top, ["aux", "aux:pass"]).isEmpty {
            // An object before the complement is the complement's subject: "fears ⟦her records⟧ were stolen", "found
            // the boys alive".
            words = Array(Set(tree.subtree(o, stop: { !keeps($0) }) + words)).sorted()
            // (a participle so completed is a passive: "had ⟦their chemotherapy⟧ delayed" → "Their chemotherapy was
            // delayed")
            if tree.words[top].xpos == "VBN", tree.children(top, ["aux", "aux:pass"]).isEmpty {
                passiveBe = tree.words[o].xpos.hasSuffix("S") ? "were" : "was"
            }
        } else if tree.children(top, ["nsubj", "nsubj:pass", "csubj"]).isEmpty, var h = tree.head(top),
           tree.base(top) == "conj" || tree.base(top) == "xcomp",
           let s = Self.sharedSubject(from: &h, tree: tree) {
            let subject = tree.subtree(s, stop: { !keeps($0) })
            borrowedSubject = true
            // (and the passive's auxiliary the conjuncts share: "He was arrested on Monday, charged and ⟦jailed⟧" → "He
            // was jailed")
            // (Only for what may be a participle: "was motivated to seek … and ⟦came⟧ upon a blog" is "Montalvo came upon a
            // blog".)
            if tree.base(top) == "conj", tree.children(top, ["aux", "aux:pass"]).isEmpty,
               tree.words[top].xpos == "VBN" || ["ed", "en", "wn"].contains(where: { tree.lower(top).hasSuffix($0) }) {
                words = (words + tree.children(h, ["aux:pass"])).sorted()
            }
            // (and the progressive's: "it was notifying those affected and ⟦offering⟧ credit monitoring" → "It was
            // offering credit monitoring")
            if tree.base(top) == "conj", tree.children(top, ["aux", "aux:pass"]).isEmpty, tree.words[top].xpos == "VBG",
               tree.words[h].xpos == "VBG" {
                words = (words + tree.children(h, ["aux"]).filter { tree.lemma($0) == "be" }).sorted()
            }
            if subject.count == 1, PredicateRules.personPronouns.contains(tree.lower(s)), let who = person { prefix = who }
            else { words = (subject + words).sorted() }
            // A linking verb the participle completes is told with it: "the team ⟦became⟧ trapped".
            if tree.base(top) == "xcomp", Self.linkingVerbs.contains(tree.lemma(h)), !words.contains(h) {
                words = (words + [h]).sorted()
            }
            // So is the verb a present participle completes, with its auxiliaries: "he was found ⟦clinging⟧ to an inner
            // tube" → "He was found clinging to an inner tube" (not "He clinging …").
            if tree.base(top) == "xcomp", tree.words[top].xpos == "VBG", tree.words[h].upos == "VERB", !words.contains(h),
               tree.head(top) == h, h < top {
                words = Array(Set(words + [h] + tree.children(h, ["aux", "aux:pass"]).filter { $0 < h }
                    + tree.children(h, ["advmod"]).filter { $0 < h && PredicateRules.negators.contains(tree.lower($0)) })).sorted()
            }
        }
        // A passive's conjunct with a subject of its own and no auxiliary shares the passive: "143 children have been
        // killed and ⟦216 injured⟧" → "216 were injured".
        if passiveBe == nil, tree.base(top) == "conj", tree.words[top].xpos == "VBN", tree.children(top, ["aux", "aux:pass"]).isEmpty,
           let s = tree.children(top, ["nsubj:pass", "nsubj"]).first(where: { $0 < top }), let h = tree.head(top),
           !tree.children(h, ["aux:pass"]).isEmpty {
            passiveBe = tree.words[s].xpos.hasSuffix("S") || tree.words[s].upos == "NUM" && tree.lower(s) != "1" ? "were" : "was"
        }
        // A headline's infinitive after the noun it tells of takes that noun: "…, ⟦chief executive⟧ to step down".
        if prefix == nil, tree.children(top, ["nsubj", "nsubj:pass"]).isEmpty,
           tree.children(top, ["mark"]).contains(where: { tree.lower($0) == "to" }), let h = tree.head(top), h < top,
           ["NOUN", "PROPN", "ADJ"].contains(tree.words[h].upos),
           analysis.document.headline.map({ $0.overlaps(analysis.sentence.range) }) ?? false {
            let noun = tree.subtree(h, stop: { $0 == top || $0 > top || SentenceAnalysis.isClausal(tree.rel($0)) || !keeps($0) })
            words = Array(Set(noun + words + tree.children(top, ["mark"]))).sorted()
        }
        // A ranked noun's infinitive keeps its "to": "the first three countries ⟦to⟧ accede to NATO".
        if Predicates.ranked(top, tree: tree, dated: { _ in true }) { words = Array(Set(words + tree.children(top, ["mark"]))).sorted() }
        // A participle adjunct with no subject of its own is told with the clause it hangs on, never alone: "The
        // dams collapsed, ⟦sending⟧ a wall of water through the city", "The storm hit the coast before ⟦moving⟧ east".
        // (The clause's subject may be that of the verb it is coordinated with: "The storm made landfall and hit the
        // coast before ⟦moving⟧ east".)
        // (So is the second of two: "killing 153 people and ⟦flattening⟧ homes"; and a clause the parse hung on the
        // reporting verb after it goes with the reported clause: "struck …, ⟦killing⟧ 153 people, officials said".)
        var participle = top
        if tree.base(top) == "conj", tree.words[top].xpos == "VBG", tree.children(top, ["nsubj", "nsubj:pass", "mark"]).isEmpty,
           let h = tree.head(top), tree.words[h].xpos == "VBG", tree.base(h) == "advcl" {
            participle = h
        }
        var commaBefore: Int?
        if tree.base(participle) == "advcl", tree.words[participle].xpos == "VBG", tree.children(participle, ["nsubj", "nsubj:pass"]).isEmpty,
           var h = tree.head(participle), tree.words[h].upos == "VERB" {
            // (through the participles it follows, to the clause with a subject: "opened fire, killing two people and
            // wounding five others before ⟦fleeing⟧ on foot")
            while tree.words[h].xpos == "VBG", tree.children(h, ["nsubj", "nsubj:pass"]).isEmpty, ["advcl", "conj"].contains(String(tree.base(h))),
                  let up = tree.head(h), tree.words[up].upos == "VERB", up < h { h = up }
            if PredicateRules.reporting.contains(tree.lemma(h)),
               let c = tree.children(h, ["ccomp", "parataxis"]).last(where: { $0 < participle && tree.words[$0].upos == "VERB" }) {
                h = c
            }
            let own = tree.children(h, ["nsubj", "nsubj:pass"])
            let shared = own.isEmpty && tree.base(h) == "conj" ? (tree.head(h).map { tree.children($0, ["nsubj", "nsubj:pass"]) } ?? []) : []
            if !own.isEmpty || !shared.isEmpty {
                // (without the clause's own subordinator: "began ⟦when⟧ luggage tripped pilgrims, causing a bottleneck")
                let governor = tree.subtree(h, stop: { c in !keeps(c) || tree.base(c) == "cc" && tree.head(c) == h
                    || tree.head(c) == h && c < h && (tree.base(c) == "mark" || tree.base(c) == "advmod"
                        && (PredicateRules.temporalMarks.contains(tree.lower(c)) || PredicateRules.simultaneousMarks.contains(tree.lower(c)))) })
                    .filter { !inTimex($0) }
                    // (or hung on its subject: "⟦when⟧ luggage from a bus tripped pilgrims")
                    .filter { c in !(c == tree.subtree(h).first && ["ADV", "SCONJ"].contains(tree.words[c].upos)
                        && (PredicateRules.temporalMarks.contains(tree.lower(c)) || PredicateRules.simultaneousMarks.contains(tree.lower(c)))) }
                let subject = shared.flatMap { tree.subtree($0, stop: { !keeps($0) }) }
                words = Array(Set(subject + governor + words + tree.children(top, ["mark"]))).sorted()
                // (no comma before a subordinator: "opened fire ⟦before⟧ fleeing on foot")
                if participle != top || tree.head(participle) != h, tree.children(participle, ["mark"]).isEmpty {
                    commaBefore = words.first { $0 >= (tree.subtree(top).first ?? top) }
                }
            }
        }
        // A relative clause about a whole clause is told with that clause: "Thailand has cracked down on trafficking,
        // ⟦which has affected⟧ the routes" (its "which" stands for the crackdown).
        if tree.rel(top) == "advcl:relcl", let h = tree.head(top), tree.words[h].upos == "VERB",
           let which = tree.children(top, ["nsubj", "nsubj:pass"]).first(where: { tree.lower($0) == "which" }),
           !tree.children(h, ["nsubj", "nsubj:pass"]).isEmpty {
            let governor = tree.subtree(h, stop: { !keeps($0) || tree.base($0) == "cc" && tree.head($0) == h }).filter { !inTimex($0) }
            words = Array(Set(governor + words + [which])).sorted()
            commaBefore = which
        }
        // A participle or relative clause is about the noun it modifies: "the channel ⟦reopened⟧", "the bridge,
        // ⟦which collapsed⟧".
        // (Not a date the parse hung it on: "sentenced on ⟦Thursday⟧ for taking bribes".)
        // (A pronoun too: "⟦someone⟧ who gave it to the CBC"; and a clause the parse took for a sentential relative:
        // "alt.religion.scientology, ⟦which posted⟧ internal church documents".)
        if tree.base(top) == "acl" || tree.rel(top) == "advcl:relcl", let h = tree.head(top), !inTimex(h),
           tree.words[h].upos == "NOUN" || tree.words[h].upos == "PROPN"
               || tree.words[h].upos == "PRON" && !PredicateRules.personPronouns.contains(tree.lower(h)) && !["who", "which", "that", "whom", "whose"].contains(tree.lower(h)),
           !tree.children(top, ["nsubj", "nsubj:pass"]).contains(where: { !["which", "that", "who"].contains(tree.lower($0)) }) {
            let relative = tree.children(top, ["nsubj", "nsubj:pass"]).filter { ["which", "that", "who"].contains(tree.lower($0)) }
            words.removeAll { relative.contains($0) }
            // The whole nominal: "Thousands of people ⟦protested⟧" parsed as "people" + acl.
            var noun = h
            // (A "that" right after its noun restricts that noun: "five tanker cars of ⟦a train⟧ that derailed".)
            // (Unless it tells the harm a happening did to it: "the bombing of an abortion clinic ⟦that killed⟧ an
            // officer" is about the bombing.)
            let harmed = tree.head(h).map { e in predicates.predicates.contains { $0.word == e && $0.kind == .noun }
                && SentenceAnalysis.harmDoneBy(e, clause: top, on: h, tree: tree) } ?? false
            let restrictive = !harmed && relative.contains { tree.lower($0) == "that" && $0 == h + 1 }
            // (Through a part, a place or an origin — "divers ⟦from⟧ the Thai navy, who trained", "house ⟦in⟧ the hills
            // collapsed" — not a purpose: "a vigil ⟦for⟧ the two people killed" is about the people.)
            // (Not up to a measure of time: "within four minutes of ⟦the first call⟧, which came at 8:42 p.m.")
            while !restrictive, tree.base(noun) == "nmod", tree.children(noun, ["case"]).contains(where: { ["of", "in", "at", "on", "from", "near", "inside", "outside"].contains(tree.lower($0)) }),
                  let up = tree.head(noun), ["NOUN", "PROPN", "NUM", "PRON"].contains(tree.words[up].upos),
                  !["second", "minute", "hour", "day", "week", "month", "year", "decade"].contains(tree.lemma(up)),
                  // (nor through a preposition made of a bare noun: "filed on ⟦behalf⟧ of a woman who was treated at St.
                  // Clare", "in ⟦memory⟧ of the victims who died")
                  !(tree.words[up].upos == "NOUN" && !tree.children(up, ["case"]).isEmpty
                      && tree.children(up, ["det", "nmod:poss", "amod", "nummod"]).isEmpty) { noun = up }
            let path = Set(tree.ancestors(top))
            let own = Set(tree.subtree(top))
            // (The noun's own preposition and a length measured from it are no part of it: "Ten days ⟦after⟧ the
            // earthquake that killed 157 people" → "The earthquake killed 157 people".)
            let placing = Set(tree.children[noun].filter { c in c < noun && (tree.base(c) == "case" && tree.words[c].upos == "ADP"
                || tree.rel(c) == "nmod:unmarked" && tree.children(noun, ["case"]).contains { $0 > c }) })
            // (a noun's conjunct is part of the phrase: "470 Airbus ⟦and Boeing⟧ aircraft")
            let phrase = tree.subtree(noun, stop: { c in c != top && !path.contains(c) && (SentenceAnalysis.isClausal(tree.rel(c))
                && !(tree.base(c) == "conj" && ["NOUN", "PROPN"].contains(tree.words[c].upos)) || !keeps(c) || placing.contains(c)) })
                .filter { !own.contains($0) }
            words = Array(Set(phrase + words)).sorted()
            // A past participle set off after its noun is a passive: "The Botanical Garden, ⟦founded⟧ in 1931," → "The
            // Botanical Garden was founded".
            // (So is one right after a noun that is another verb's argument or occasion: "All 21 people ⟦taken⟧ to
            // hospital have been released" → "All 21 people were taken to hospital", "joined NATO at a ceremony
            // ⟦held⟧ in Independence" → "A ceremony was held in Independence".)
            let argument = tree.base(top) == "acl" && tree.words[top].upos == "VERB" && h == top - 1 && tree.children(top, ["obj", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark"]).isEmpty
                && (["nsubj", "nsubj:pass", "obj", "obl"].contains(String(tree.base(h))) && tree.head(h).map { tree.words[$0].upos == "VERB" } == true
                    // (or of a noun: "a vigil for the two people ⟦killed⟧ in Saturday's shooting" → "The two people were
                    // killed in the shooting")
                    // (not the "of" phrase of a count, which a misparse makes of a sentence's subject: "thousands of people
                    // ⟦protested⟧")
                    || tree.base(h) == "nmod" && tree.head(h).map { tree.words[$0].upos == "NOUN" } == true
                        && tree.children(h, ["case"]).contains { !["of"].contains(tree.lower($0)) })
            if tree.words[top].xpos == "VBN", Self.setOffParticiple(top, tree: tree) || argument {
                words.removeAll { $0 < top && tree.words[$0].form == "," && ($0 == top - 1 || tree.head($0) == top) }
                passiveBe = tree.words[h].xpos.hasSuffix("S") || ["those", "these", "they", "all", "both", "many", "some"].contains(tree.lower(h)) ? "were" : "was"
            }
        }
        // A finite verb the parse left without a subject takes the noun phrase just before it, as English puts its
        // subject there: "Talks set to resume as ⟦Kyiv⟧ recaptures villages" (the parse hung "Kyiv" on "resume").
        if prefix == nil, let np = subjectBefore(top, words: words, inTimex: inTimex) { words = (np + words).sorted() }
        // (never a time: "⟦10:50 a.m.⟧ Maria Delgado said")
        if let title = namedSubjectTitle(top), !title.contains(where: inAnyTimex) { words = Array(Set(title + words)).sorted() }
        // A conjunction the parse hung on the verb between two kept words stays: "The boys ⟦and⟧ their coach went missing".
        let kept = Set(words)
        for c in tree.children(top, ["cc"]) where ["and", "or", "&"].contains(tree.lower(c)) && kept.contains(c - 1) && kept.contains(c + 1)
            && !kept.contains(c) && c + 1 != top && tree.words[c + 1].upos != "VERB" && tree.words[c - 1].upos != "VERB" {
            words.insert(c, at: words.firstIndex { $0 > c } ?? words.count)
        }
        words = trimEdges(words, top: top)
        // A punctuation mark beside a gap (a clause left out) is left out too.
        // (A date left out is no gap: "return home ⟦on Wednesday⟧, officials said".)
        func dateOnly(_ r: Range<Int>) -> Bool {
            r.allSatisfy { inTimex($0) || tree.base($0) == "case" && tree.head($0).map(inTimex) == true }
        }
        words = words.enumerated().filter { (n, i) in
            guard tree.words[i].upos == "PUNCT" else { return true }
            let before = n > 0 ? words[n - 1] : -2, after = n + 1 < words.count ? words[n + 1] : -2
            // (The comma setting off the participle told with its clause stays: "collapsed, ⟦sending⟧ …".)
            // (Not the comma closing a relative clause left out: "Paul Wetzel, ⟦who led the company⟧, left".)
            if after == top, top == i + 1, tree.head(i) == top, n > 0, !borrowedSubject,
               !(max(before + 1, 0)..<i).contains(where: { tree.rel($0) == "acl:relcl" }) { return true }
            // (Nor the comma closing an aside of the noun a relative clause tells of: "Kevin Doyle, 61, ⟦who⟧ worked"
            // → "Kevin Doyle, 61, worked".)
            if after == top, before == i - 1, top > i + 1, (i + 1..<top).allSatisfy({ ["who", "which"].contains(tree.lower($0)) }),
               words[..<n].filter({ tree.words[$0].form == "," }).count % 2 == 1 { return true }
            return before >= 0 && (before == i - 1 || dateOnly(before + 1..<i))
                && (after == i + 1 || after == -2 || after > i && dateOnly(i + 1..<after))
        }.map(\.1)
        words = trimEdges(words, top: top)
        // A saying after its quotation, its speaker after the verb, is told in a sentence's order: "“It is a disaster,”
        // said the mayor" → "The mayor said it is a disaster".
        // (With the speaker before the verb, what else the saying has follows the content: "“…,” he said in a televised
        // address" → "He said … in a televised address".)
        var lowered: Int?
        if p.kind == .saying, let subject = tree.children(top, ["nsubj"]).first,
           let said = tree.children(top, ["ccomp", "parataxis"]).first(where: { $0 < top && $0 < subject }),
           let first = words.first, tree.subtree(said).contains(first) {
            let speaker = Set(tree.subtree(subject))
            let content = Set(tree.subtree(said))
            let verb = words.filter { !speaker.contains($0) && !content.contains($0) && ($0 == top || $0 < top && tree.head($0) == top && tree.base($0) == "aux") }
            // (whom it was told to comes before what: "“…,” she told reporters" → "She told reporters …")
            let recipient = Set(tree.children(top, ["iobj", "obj"]).flatMap { tree.subtree($0) })
            let rest = words.filter { !speaker.contains($0) && !content.contains($0) && !verb.contains($0) && tree.words[$0].upos != "PUNCT" }
            // (The content keeps its inner punctuation, not the comma that closed the quotation: "“Their
            // determination, heroism and firmness are astonishing,” Zelensky said".)
            var said = words.filter(content.contains)[...]
            while let l = said.last, tree.words[l].upos == "PUNCT" { said = said.dropLast() }
            while let f = said.first, tree.words[f].upos == "PUNCT" { said = said.dropFirst() }
            let told = words.filter { speaker.contains($0) } + verb + rest.filter(recipient.contains)
                + said + rest.filter { !recipient.contains($0) }
            if let c = told.first(where: content.contains), tree.words[c].upos != "PROPN", tree.words[c].form != "I" { lowered = c }
            // (A speaker with an aside of their own, now before the verb, closes it with a comma: "“…,” said Dr. Anil
            // Mehta, an emergency physician" → "Dr. Anil Mehta, an emergency physician, said …".)
            if let lastSpeaker = told.last(where: speaker.contains), let v = verb.first,
               tree.children(subject, ["appos"]).contains(where: { tree.subtree($0).contains(lastSpeaker) }) {
                commaBefore = v
            }
            words = told
        } else if p.kind == .saying, tree.base(top) == "parataxis" || tree.base(top) == "advcl" && tree.children(top, ["mark"]).isEmpty,
                  let h = tree.head(top), h < top,
                  let subject = tree.children(top, ["nsubj"]).first, subject > h {
            // A report set off after the clause it reports ("No one was killed in the aftershock, ⟦officials said⟧") is
            // told in a sentence's order with that clause: "Officials said no one was killed in the aftershock".
            // (The clause keeps its inner punctuation, "Face-to-face peace negotiations"; the report is told speaker
            // first: "…, says the Kremlin" → "The Kremlin says …".)
            var content = tree.subtree(h, stop: { $0 == top || tree.base($0) == "conj" && $0 > top })
                .filter { !inTimex($0) && !FunctionWords.quoteMarks.contains(tree.words[$0].form)
                    && !(tree.base($0) == "case" && tree.head($0).map(inTimex) == true)
                    // (nor a degree of the time left out: "happened at ⟦about⟧ 2:40 a.m.")
                    && !(tree.base($0) == "advmod" && tree.head($0).map { h in inTimex(h) || tree.children[h].contains(where: inTimex) } == true
                         && ["about", "around", "approximately", "roughly", "early", "late"].contains(tree.lower($0))) }[...]
            while let l = content.last, tree.words[l].upos == "PUNCT" { content = content.dropLast() }
            while let f = content.first, tree.words[f].upos == "PUNCT" { content = content.dropFirst() }
            if let c = content.first, tree.words[c].upos != "PROPN", tree.words[c].form != "I" { lowered = c }
            let report = words.filter { $0 > h }
            let speaker = Set(tree.subtree(subject))
            words = report.filter(speaker.contains) + report.filter { !speaker.contains($0) } + content
        }
        // A quotation after its saying opens in lowercase: "Peskov also said: “⟦So⟧ far, …”" → "Peskov said so far, …".
        if p.kind == .saying, lowered == nil, let c = tree.children(top, ["ccomp", "parataxis"]).first(where: { $0 > top }),
           let first = words.first(where: { $0 > top && tree.subtree(c).contains($0) && tree.words[$0].upos != "PUNCT" }),
           tree.words[first].upos != "PROPN", tree.words[first].form != "I" {
            lowered = first
        }
        // Nouns whose possessive date is left out, by the first word kept of their phrase.
        var articleBefore = Set<Int>()
        let keptWords = Set(words)
        for h in words where ["NOUN", "PROPN"].contains(tree.words[h].upos) && tree.children(h, ["det"]).isEmpty
            && tree.children(h, ["nmod:poss"]).contains(where: inTimex) && !tree.children(h, ["nmod:poss"]).contains(where: { !inTimex($0) }) {
            let first = tree.subtree(h).first { $0 <= h && keptWords.contains($0) && !inTimex($0) && tree.words[$0].upos != "PUNCT" && !["case", "cc", "mark"].contains(String(tree.base($0))) } ?? h
            articleBefore.insert(first)
        }
        var out = ""
        let gap = objectGap(top, inTimex: inTimex)
        for (n, i) in words.enumerated() {
            guard let r = tree.range(i) else { continue }
            defer { if let gap, gap.after == i { out += " " + gap.text } }
            var text = analysis.document.text[r]
            if n == 0, PredicateRules.personPronouns.contains(tree.lower(i)), tree.base(i) == "nsubj", let who = person ?? attribution,
               who.split(separator: " ").count >= 2,
               // (a plural stands for no "he": "Recent reports say he was interrogated")
               !Self.pluralNoun(who) {
                text = who
            }
            if n == 0, tree.lower(i) == "it", tree.base(i) == "nsubj", let it { text = withArticle(it) }
            // "it" opening a clause subordinate to one whose subject is a thing is that thing: "A regional jet flipped
            // upside down as ⟦it⟧ landed" → "A regional jet landed".
            // (Only a clause with no object: "profit rose as ⟦it⟧ cut costs" is the company's doing.)
            else if n == 0, tree.lower(i) == "it", tree.base(i) == "nsubj", let v = tree.head(i), tree.base(v) == "advcl",
                    !tree.children(v, ["mark"]).isEmpty, tree.children(v, ["obj", "iobj", "ccomp", "xcomp"]).isEmpty,
                    let h = tree.ancestors(v).first(where: { tree.words[$0].upos == "VERB" }), h < v,
                    let s = tree.children(h, ["nsubj", "nsubj:pass"]).first(where: { tree.words[$0].upos == "NOUN" && ["NN", "NNP"].contains(tree.words[$0].xpos) }),
                    let phrase = nounPhrase(s),
                    // (from the first word of every subject the parse gave that verb: "A Delta Air ⟦Lines⟧ regional ⟦jet⟧")
                    let first = tree.children(h, ["nsubj", "nsubj:pass"]).compactMap({ tree.subtree($0).first }).min(),
                    first <= phrase[0], let a = tree.range(first), let b = tree.range(phrase[phrase.count - 1]) {
                text = analysis.document.text[TextRange(a.start, b.end)]
            }
            // A relative pronoun the parse left without its clause stands for the noun before its comma: "a ceremony for
            // Space Shuttle Atlantis, ⟦which⟧ is being prepped" (read as a conjunct of "held") → "Space Shuttle Atlantis is …".
            if n == 0, ["which", "who"].contains(tree.lower(i)), tree.base(i) == "nsubj", i >= 2, tree.words[i - 1].form == ",",
               ["NOUN", "PROPN"].contains(tree.words[i - 2].upos), let phrase = nounPhrase(i - 2), phrase.last == i - 2,
               let a = tree.range(phrase[0]), let b = tree.range(i - 2) {
                text = analysis.document.text[TextRange(a.start, b.end)]
            }
            // "whose boat sank" → "the asylum seekers' boat sank".
            if tree.lower(i) == "whose", let owner = whoseOwner(i, top: top, told: words) { text = owner }
            if FunctionWords.quoteMarks.contains(text) { continue }
            if i == top, let passiveBe { text = passiveBe + " " + text }
            if i == lowered, let f = text.first, f.isUppercase { text = f.lowercased() + text.dropFirst() }
            // A noun whose possessive date is left out takes "the": "quadrupled its seats in ⟦last month's⟧ vote" → "in
            // the vote".
            // (before the words the noun's phrase keeps ahead of it: "in Sunday's snap election" → "in the snap
            // election")
            if articleBefore.contains(i), !(n > 0 && tree.words[words[n - 1]].upos == "DET") {
                text = (n == 0 ? "The " : "the ") + text
            }
            if n > 0, let prev = tree.range(words[n - 1]) {
                // (none when the word is that comma: "exploded about 40 seconds⟦,⟧ destroying a satellite")
                if i == commaBefore, !out.hasSuffix(","), text != "," { out += "," }
                out += prev.end == r.start ? "" : (words[n - 1] == i - 1 ? analysis.document.text[TextRange(prev.end, r.start)] : " ")
            }
            out += text
        }
        if let prefix { out = prefix + " " + out }
        var s = SentenceAnalysis.trim(out)
        // (Foundation's search only where the bytes hold the pair: most summaries have neither.)
        if SentenceAnalysis.hasPair(s, 32, 32) { while s.contains("  ") { s = s.replacingOccurrences(of: "  ", with: " ") } }
        if SentenceAnalysis.hasPair(s, 32, 44) { s = s.replacingOccurrences(of: " ,", with: ",") }
        if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
        // (the article looked up only for a summary opening with a pronoun, as `resolvingPronoun` changes no other)
        let opensWithPronoun = s.split(separator: " ", maxSplits: 1).first.map { ["its", "it", "his", "her", "he", "she"].contains($0.lowercased()) } ?? false
        return SentenceAnalysis.resolvingPronoun(s, attribution: opensWithPronoun ? attribution.map(withArticle) : attribution)
    }

    /// A name standing for a pronoun, with the article its sentence gives it: "The White House said it was following"
    /// → "The White House was following", not "White House was following".
    func withArticle(_ name: String) -> String {
        guard let first = name.split(separator: " ").first, !["the", "a", "an"].contains(first.lowercased()) else { return name }
        let sentence = analysis.document.text[analysis.sentence.range]
        return sentence.contains("the " + name) || sentence.hasPrefix("The " + name) || sentence.contains(" The " + name) ? "the " + name : name
    }

    /// A past or present participle set off by a comma right after the noun phrase it describes: "the garden, ⟦founded⟧
    /// in 1931, …".
    static func setOffParticiple(_ c: Int, tree: DependencyTree) -> Bool {
        guard tree.base(c) == "acl", tree.words[c].upos == "VERB", ["VBN", "VBG"].contains(tree.words[c].xpos),
              let h = tree.head(c), h < c, ["NOUN", "PROPN"].contains(tree.words[h].upos),
              let first = tree.subtree(c).first(where: { tree.words[$0].upos != "PUNCT" }), c >= 1,
              // (an adverb of its own may open it: "its order, ⟦first⟧ announced in February")
              first == c || tree.base(first) == "advmod" && tree.head(first) == c && (first + 1..<c).allSatisfy({ tree.head($0) == c && tree.base($0) == "advmod" }),
              first >= 1, tree.words[first - 1].form == ",",
              tree.children(c, ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark"]).isEmpty else { return false }
        return true
    }

    /// Whether a phrase ends with a lowercase plural noun: "Recent reports", "local officials".
    static func pluralNoun(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last, let f = last.first, f.isLowercase else { return false }
        return Plurals.looksPlural(String(last))
    }

    /// Whether `top` is a relative clause (of a noun, or of a clause: "…, which affected the routes").
    private func isRelativeClause(_ top: Int) -> Bool {
        tree.rel(top).hasSuffix(":relcl") || tree.base(top) == "acl" && tree.head(top).map { $0 < top } == true
    }

    /// A relative adverb ("where", "when", "whereby") or a phrase of a relative pronoun ("in which", "by whom") that
    /// opens a relative clause.
    static func relativeWord(_ c: Int, tree: DependencyTree) -> Bool {
        let base = tree.base(c)
        if base == "advmod", ["where", "when", "whereby", "wherein"].contains(tree.lower(c)) { return true }
        if base == "obl" || base == "nmod", ["which", "whom"].contains(tree.lower(c)), !tree.children(c, ["case"]).isEmpty { return true }
        return false
    }

    /// The possessive of the noun a "whose" clause modifies: "asylum seekers ⟦whose⟧ boat sank" → "the asylum seekers'".
    /// (Only when the summary does not tell that noun itself: "families whose homes were destroyed would receive".)
    private func whoseOwner(_ whose: Int, top: Int, told: [Int]) -> String? {
        // (The noun right before it where the parse missed the relative clause: "asylum seekers whose boat ⟦sank⟧" read
        // as a complement of "rescued".)
        let clauseNoun = isRelativeClause(top) && tree.subtree(top).contains(whose) ? tree.head(top) : nil
        guard let h = clauseNoun ?? (whose > 0 ? whose - 1 : nil), h < whose, !told.contains(h),
              ["NOUN", "PROPN"].contains(tree.words[h].upos),
              // (its count left out: "over 700 asylum seekers" → "the asylum seekers'")
              let phrase = nounPhrase(h).map({ p in Array(p.drop { tree.rel($0) == "nummod" || tree.words[$0].upos == "DET" && tree.lower($0) != "the" }) }),
              !phrase.isEmpty, let a = tree.range(phrase[0]), let b = tree.range(phrase[phrase.count - 1]) else { return nil }
        var text = analysis.document.text[TextRange(a.start, b.end)]
        if tree.words[phrase[0]].upos != "PROPN", let c = text.first, c.isUppercase, phrase[0] == 0 || tree.words[phrase[0]].upos == "DET" {
            text = c.lowercased() + text.dropFirst()
        }
        if tree.words[phrase[0]].upos != "DET", tree.words[phrase[0]].upos != "PROPN", tree.words[h].upos != "PROPN" { text = "the " + text }
        return text + (text.hasSuffix("s") ? "'" : "'s")
    }

    /// Verbs that link their subject to the state a participle names: "became trapped", "got stuck".
    static let linkingVerbs: Set<String> = ["become", "get", "remain", "stay", "grow", "fall"]

    /// Nouns a relative clause may modify without being its object: "the ⟦way⟧ he spoke", "the ⟦reason⟧ she left".
    static let adverbialNouns: Set<String> = ["way", "reason", "time", "day", "place", "moment", "year", "week", "month",
                                              "extent", "manner", "point", "night", "morning", "evening", "hour"]

    /// A relative clause with a subject of its own and no object leaves its object out: the noun it modifies fills
    /// the gap after the verb ("satellite images ⟦it had reviewed⟧" → "it had reviewed satellite images"). The word
    /// after which the noun phrase goes, and its text; nil when the clause has its object or the phrase is broken up.
    private func objectGap(_ top: Int, inTimex: (Int) -> Bool) -> (after: Int, text: String)? {
        let relatives: Set<String> = ["that", "which", "whom", "who"]
        guard tree.base(top) == "acl", tree.words[top].upos == "VERB", let h = tree.head(top), h < top, !inTimex(h),
              ["NOUN", "PROPN"].contains(tree.words[h].upos), !Self.adverbialNouns.contains(tree.lemma(h)),
              tree.children(top, ["nsubj"]).contains(where: { !relatives.contains(tree.lower($0)) }),
              // (a "whose" clause's noun is the possessor, no gap: "Rojas, whose mother died")
              !tree.subtree(top).contains(where: { tree.lower($0) == "whose" }),
              tree.children(top, ["aux:pass", "nsubj:pass", "expl"]).isEmpty,
              // (a "whose" clause has no gap: its noun is the owner of the subject, "seekers ⟦whose boat sank⟧")
              !tree.children(top, ["nsubj", "obj", "obl"]).contains(where: { tree.children($0, ["nmod:poss"]).contains { tree.lower($0) == "whose" } }),
              tree.children(top, ["obj", "iobj", "ccomp", "xcomp"]).allSatisfy({ relatives.contains(tree.lower($0)) }),
              // A saying hung on a noun is a parse gone astray ("Kremlin spokesperson Dmitry Peskov ⟦said⟧"), and a
              // gap after a preposition is no object ("the order which the airline had ⟦hinted⟧ at").
              !PredicateRules.reporting.contains(tree.lemma(top)), !PredicateRules.announcing.contains(tree.lemma(top)),
              !tree.children[top].contains(where: { c in
                  relatives.contains(tree.lower(c)) && tree.base(c) != "obj" && tree.base(c) != "nsubj"
                      || tree.words[c].upos == "ADP" && tree.rel(c) != "compound:prt" && tree.children[c].isEmpty }),
              // (A stranded preposition the parse gave the next phrase: "hinted ⟦at⟧ in May".)
              !(top + 1 < tree.count && tree.words[top + 1].upos == "ADP" && tree.rel(top + 1) != "compound:prt"
                && (top + 2 >= tree.count || ["ADP", "PUNCT"].contains(tree.words[top + 2].upos))),
              !tree.children(top, ["advmod", "obl"]).contains(where: { ["where", "when", "why", "how", "whereby"].contains(tree.lower($0)) })
        else { return nil }
        guard let phrase = nounPhrase(h), let first = phrase.first, let last = phrase.last,
              let a = tree.range(first), let b = tree.range(last) else { return nil }
        var text = analysis.document.text[TextRange(a.start, b.end)]
        if first == 0 || tree.words[first].upos == "DET", let c = text.first, c.isUppercase, tree.words[first].upos != "PROPN" {
            text = c.lowercased() + text.dropFirst()
        }
        // After the verb, or after its particle: "the plan they ⟦set up⟧".
        let particle = tree.children(top, ["compound:prt"]).first { $0 == top + 1 }
        return (particle ?? top, text)
    }

    /// The noun at `h` with its determiners, modifiers, compounds and possessor (not its clauses or prepositional
    /// phrases), when those words are one unbroken stretch of the sentence.
    private func nounPhrase(_ h: Int) -> [Int]? {
        let phraseRelations: Set<String> = ["det", "amod", "compound", "nummod", "flat", "nmod:poss"]
        // (an age or a title set off by commas after the name is no part of it: "Bimala Khadka, ⟦34⟧,")
        let phrase = tree.subtree(h, stop: { c in
            !phraseRelations.contains(tree.rel(c)) && !phraseRelations.contains(String(tree.base(c)))
                && !(tree.rel(c) == "case" && ["'s", "’s", "'", "’"].contains(tree.lower(c)))
                || c > h && c >= 1 && tree.words[c - 1].form == "," && tree.words[c].upos == "NUM"
        })
        guard let first = phrase.first, let last = phrase.last, last - first + 1 == phrase.count else { return nil }
        return phrase
    }

    /// A name the parse took for the subject of a relative clause right after a common noun is that noun's name:
    /// "after the container ship ⟦Kandy⟧ struck one of its piers" — the subject is "the container ship Kandy".
    /// (Only where the verb has its object, so that the noun is not the object a relative clause leaves out: "the
    /// report Smith wrote".)
    private func namedSubjectTitle(_ top: Int) -> [Int]? {
        guard let s = tree.children(top, ["nsubj", "nsubj:pass"]).first, tree.words[s].upos == "PROPN",
              let start = tree.subtree(s).first, start > 0, tree.words[start - 1].upos == "NOUN",
              tree.head(start - 1) != s, !tree.children(top, ["obj", "ccomp", "xcomp"]).isEmpty,
              let phrase = nounPhrase(start - 1), phrase.last == start - 1 else { return nil }
        return phrase
    }

    /// The words of the noun phrase right before a finite verb `top` that has no subject in the parse nor any
    /// noun before it in `words`; nil when there is none or the verb has its subject.
    private func subjectBefore(_ top: Int, words: [Int], inTimex: (Int) -> Bool) -> [Int]? {
        let finite: Set<String> = ["VBD", "VBZ", "VBP", "MD"]
        guard tree.words[top].upos == "VERB", tree.children(top, ["nsubj", "nsubj:pass", "csubj", "expl"]).isEmpty,
              !["acl", "xcomp", "conj"].contains(tree.base(top)) else { return nil }
        let auxiliaries = tree.children(top, ["aux", "aux:pass"])
        guard finite.contains(tree.words[top].xpos) || auxiliaries.contains(where: { finite.contains(tree.words[$0].xpos) }) else { return nil }
        // The verb group: the verb and its auxiliaries and adverbs right before it ("has not yet ⟦left⟧").
        var start = top
        while start > 0, tree.head(start - 1) == top,
              ["aux", "aux:pass", "advmod"].contains(tree.base(start - 1)) || tree.lower(start - 1) == "not" { start -= 1 }
        guard !words.contains(where: { $0 < start && ["NOUN", "PROPN", "PRON"].contains(tree.words[$0].upos) }) else { return nil }
        var phrase: [Int] = []
        var k = start - 1
        while k >= 0, !inTimex(k), ["PROPN", "NOUN", "DET", "ADJ", "NUM"].contains(tree.words[k].upos) || tree.words[k].xpos == "POS"
                || tree.words[k].upos == "PRON" && phrase.isEmpty && ["he", "she", "they", "we", "i", "it"].contains(tree.lower(k)) {
            phrase.append(k)
            if tree.words[k].upos == "PRON" { break }
            k -= 1
        }
        guard phrase.contains(where: { ["NOUN", "PROPN", "PRON"].contains(tree.words[$0].upos) }) else { return nil }
        return phrase.filter { !words.contains($0) }
    }

    /// Punctuation inside a phrase ("Apple Inc.", "U.S."), kept; at the edges it is trimmed anyway.
    private func isInner(_ c: Int) -> Bool {
        let f = tree.lower(c)
        return f == "-" || f == "'" || f == "’" || f == "/" || f == "&"
    }

    /// No leading connective, preposition or comma, no trailing comma.
    /// (A preposition opening an oblique the summary keeps stays: "⟦In⟧ Chernihiv, soldiers repelled attacks"; one the
    /// parse hung on the subject is a misread conjunction: "⟦After⟧ heavy rain flooded the cave".)
    private func trimEdges(_ words: [Int], top: Int) -> [Int] {
        let kept = Set(words)
        var w = words[...]
        while let f = w.first, tree.words[f].upos == "PUNCT" || tree.words[f].upos == "CCONJ" || tree.words[f].upos == "SCONJ"
                || tree.words[f].upos == "ADP" && tree.base(f) != "compound"
                    && !(tree.base(f) == "case" && tree.head(f).map { $0 != top && kept.contains($0) && $0 < top && tree.base($0) == "obl" && tree.head($0) == top } == true)
                    // ("⟦at⟧ least 58 injured" counts)
                    && !(tree.lower(f) == "at" && f + 1 < tree.count && ["least", "most"].contains(tree.lower(f + 1)))
                || FunctionWords.connectives.contains(tree.lower(f))
                // A complementizer before an aside: "⟦that⟧, theoretically, it could happen".
                || tree.lower(f) == "that" && f + 1 < tree.count && tree.words[f + 1].form == ","
                // A relative pronoun opening a relative clause: "⟦that⟧ Air India ordered", "⟦which⟧ the airline hinted at".
                || tree.words[f].upos == "PRON" && ["that", "which", "whom"].contains(tree.lower(f)) && tree.head(f).map({ tree.base($0) == "acl" }) == true {
            w = w.dropFirst()
        }
        // (A verb's particle stays: "the council ⟦set up⟧".)
        while let l = w.last, tree.words[l].upos == "PUNCT" || tree.words[l].upos == "CCONJ"
                || tree.words[l].upos == "ADP" && tree.rel(l) != "compound:prt" { w = w.dropLast() }
        return Array(w)
    }
}
