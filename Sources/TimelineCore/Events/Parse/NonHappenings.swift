/// Verbs a parse finds that report no happening a timeline can place, unless a temporal expression of their own
/// dates them (a dated clause is always kept: "the suit, ⟦filed⟧ in September 2003"). Each rule is read from the
/// grammar alone, never from the words of one story; the ⟦word⟧ in each example is no event.
enum NonHappening: String, CaseIterable, Sendable {
    /// The simple present outside a headline describes a state or a habit, not a happening:
    /// "the phone ⟦features⟧ a larger screen", "a metal strip that ⟦wraps⟧ around the device",
    /// "the store ⟦sells⟧ music"; so does a present passive relative clause: "the plant, which is ⟦controlled⟧ by
    /// Russian troops". A headline's present reports
    /// the news ("Apple ⟦unveils⟧ iPod nano") and stays.
    case genericPresent
    /// A participle adjunct with no subordinator elaborates the clause it hangs on: "a frame that acts as an antenna,
    /// ⟦boosting⟧ reception", "videos ⟦demonstrating⟧ a drop", "⟦Speaking⟧ for the company, X said"; so does one
    /// bringing a count up to date: "recovered two bodies, ⟦raising⟧ the toll to 157".
    /// "by ⟦walking⟧ onto the stage", "while ⟦introducing⟧ the phone" (a subordinator) stay.
    case participleAdjunct
    /// A past participle modifying a noun with its agent (a reduced passive relative) names a thing by what was done
    /// to it: "problems ⟦experienced⟧ by those who have had transplants", "access ⟦provided⟧ by the old models"; so
    /// does one after a noun of a count: "the number ⟦rescued⟧", and one of naming, place or look: "the headquarters
    /// ⟦located⟧ in Mountain View", "a robot ⟦named⟧ Better Idea".
    case reducedRelative
    /// What a governor allows, enables or helps is a capability: "allows users to ⟦make⟧ calls", "enabling users to
    /// ⟦access⟧ the internet".
    case enabled
    /// A condition or an open question: "if there ever ⟦came⟧ a day", "did not say whether he ⟦decided⟧ to leave".
    case conditional
    /// What a speaker declines or fails to say is an open question, and what a speaker denies a claim the text does
    /// not make its own, dated or not: "declined to say what had ⟦caused⟧ the explosion", "denies that workers
    /// ⟦warned⟧ managers".
    case unsaid
    /// A capitalised word inside a sentence tagged as a verb is a name the tagger misread: "Timothy D. ⟦Cook⟧".
    case misreadName
    /// A bare verb opening a sentence with no subject of its own is an imperative ("⟦Read⟧ more"), or a noun the tagger
    /// misread ("⟦Rescue⟧ divers brought four boys out"): neither is a happening. Nor is a bare verb set off after a
    /// past tense with nothing of a clause's own, a noun of a verbless clause ("Two killed in shooting, ⟦suspect⟧ at large").
    case imperative
    /// A demand's content is in the subjunctive (a bare verb with a subject) and has not happened, dated or not:
    /// "Moscow is demanding that Ukraine ⟦renounce⟧ any hopes of membership and that Crimea be ⟦recognized⟧ as part
    /// of Russia", "insisted that the vote ⟦go⟧ ahead on Friday".
    case subjunctive
    /// A clause of comparison measures one happening against another that is only a yardstick: "the tents arrived a
    /// day earlier than aid agencies had ⟦planned⟧", "more than analysts had ⟦forecast⟧".
    case comparison
    /// A gerund after "of", "for", "with" or "about" tells what a charge, a judgement or a talk is about, not a
    /// happening of its own day: "convicted of ⟦taking⟧ bribes", "accused the government of ⟦moving⟧ too slowly",
    /// "arrested for ⟦driving⟧ drunk"; so does one completing a verb of attitude or talk: "favoured ⟦changing⟧ the flag".
    /// ("after ⟦taking⟧ office" places a happening in time and stays.)
    case gerundComplement

    static let examples: [NonHappening: [String]] = [
        .genericPresent: ["The new phone ⟦features⟧ a larger screen.", "The antenna is a metal strip that ⟦wraps⟧ around the device.",
                          "The fires broke out near the plant, which is largely ⟦controlled⟧ by Russian troops."],
        .participleAdjunct: ["The frame acts as an antenna, ⟦boosting⟧ reception.", "He showed videos ⟦demonstrating⟧ a drop in signal.",
                             "Two more bodies were recovered, ⟦raising⟧ the toll to 157.",
                             "The toll rose to 112, officials said, ⟦making⟧ them the deadliest fires in the country's history.",
                             "Four more boys were rescued on Monday, bringing the number ⟦freed⟧ to eight."],
        .reducedRelative: ["It doubles the speed of the access ⟦provided⟧ by the old models.",
                           "The man ⟦accused⟧ of killing two people at the Riverside Galleria appeared in court on Tuesday.",
                           "A driver ⟦suspected⟧ of drunk driving was arrested on Friday.",
                           "Divers brought out four more boys, raising the number ⟦rescued⟧ to eight.",
                           "The finalists met at Google's headquarters ⟦located⟧ in Mountain View, California.",
                           "In their first match, the team's robot, ⟦named⟧ Better Idea, scored two points on Tuesday."],
        .enabled: ["The kit will allow developers to ⟦create⟧ applications."],
        .conditional: ["If the talks ⟦fail⟧, the strike will go on.", "Carver's bankruptcy: what ⟦happens⟧ next"],
        .unsaid: ["A spokeswoman declined to say what had ⟦caused⟧ the explosion.",
                  "The company refused to say what had caused the fire or which chemicals were ⟦burning⟧.",
                  "The company denies that workers ⟦warned⟧ managers about a leaking valve.",
                  "The company on Wednesday denied a report that workers had ⟦warned⟧ managers about a leaking valve.",
                  "The company denied a report by a Houston television station that workers had ⟦warned⟧ managers a week before the blast.",
                  "Any suggestion that the airline ⟦ignored⟧ the warning is simply false.",
                  "The claim that the mayor ⟦knew⟧ of the leak is not true.",
                  "The judges ruled that the plaintiffs had not shown that any fraud had ⟦changed⟧ the outcome.",
                  "Prosecutors could not prove that the treasurer ⟦took⟧ the money."],
        .misreadName: [],
        .imperative: ["⟦Rescue⟧ divers brought four boys out of the cave on Monday.",
                      "Two killed in shooting at Riverside mall, ⟦suspect⟧ at large"],
        .subjunctive: ["Moscow is demanding that Ukraine ⟦renounce⟧ any hopes of membership.",
                       "The opposition insisted that the vote ⟦go⟧ ahead on Friday.",
                       "They demanded that Crimea be ⟦recognized⟧ as part of Russia.",
                       "The judge ordered him ⟦held⟧ without bail until his next hearing.",
                       "Thousands of residents were ordered to ⟦leave⟧ their homes."],
        .gerundComplement: ["A federal jury convicted the former mayor of ⟦taking⟧ bribes from contractors.",
                            "Critics accused the government of ⟦moving⟧ too slowly.",
                            "A recent poll found only a quarter of citizens favoured ⟦changing⟧ the flag."],
        .comparison: ["The first tents reached survivors on Wednesday, a day earlier than aid agencies had ⟦planned⟧.",
                      "The company had a loss in the third quarter, ⟦compared⟧ with a profit a year earlier.",
                      "Sales rose faster than analysts had ⟦forecast⟧."],
    ]

    /// Governors whose `xcomp` is a capability, not a happening.
    static let enablingGovernors: Set<String> = ["allow", "enable", "let", "help", "permit"]
    /// Verbs whose clausal complement is a demand, in the subjunctive: "demand that he ⟦resign⟧".
    static let mandativeGovernors: Set<String> = ["demand", "insist", "require", "ask", "urge", "propose", "recommend",
        "suggest", "request", "order", "stipulate", "press", "move", "petition", "decree",
        // (an instruction or advice to someone: "told customers to ⟦hold⟧ the phone without covering the antenna")
        "tell", "instruct", "advise", "direct", "encourage", "invite"]
    /// Orders whose passive subject is told what to do ("residents were ⟦ordered⟧ to leave"); not an invitation or a
    /// request, whose date is often the complement's ("were invited to join NATO in July 1997").
    static let passiveOrders: Set<String> = ["order", "tell", "instruct", "direct", "command"]
    /// Verbs of attitude and talk whose gerund is what they favour or weigh (`gerundComplement`).
    static let attitudeVerbs: Set<String> = ["favour", "favor", "consider", "deny", "avoid", "recommend", "suggest", "propose",
        "admit", "risk", "resist", "oppose", "support", "discuss", "mention", "regret", "like", "enjoy", "hate", "mind",
        "imagine", "contemplate", "advocate", "rule", "prefer", "fear", "dislike", "justify", "defend", "envisage", "debate"]
    /// Prepositions before a gerund that tells what something is about (`gerundComplement`).
    static let gerundMarks: Set<String> = ["of", "for", "with", "about", "against"]
    /// Subordinators of a condition or an open question.
    static let conditionMarks: Set<String> = ["if", "unless", "whether"]
    /// Verbs denying what their clause, or the claim they take as object, says.
    static let denials: Set<String> = ["deny", "dismiss", "reject", "dispute", "refute", "rebut"]
    /// Verbs of showing a claim true: what they did not show is no happening (`unsaid`).
    static let unproven: Set<String> = ["show", "prove", "establish", "demonstrate", "substantiate", "verify"]
    /// What a claim is said to be when it is denied: "reports that … were ⟦false⟧".
    static let falsehoods: Set<String> = ["false", "untrue", "baseless", "unfounded", "groundless", "wrong", "fake", "inaccurate",
                                          "incorrect", "nonsense", "absurd", "ridiculous", "fabricated", "misleading"]
    /// Words opening an embedded question ("declined to say ⟦what⟧ had caused the explosion").
    static let questionWords: Set<String> = ["what", "which", "who", "whom", "whose", "how", "why", "where", "when"]

    /// The first rule that makes the verb at `p` no happening, or nil. `headline`: the sentence is the headline.
    static func rule(for p: Int, tree: DependencyTree, headline: Bool) -> NonHappening? {
        let w = tree.words[p]
        guard w.upos == "VERB" else { return nil }
        // The first conjunct lends a coordinated verb its relation and subordinator: "boosting … and ⟦reducing⟧".
        var first = p
        while tree.base(first) == "conj", let h = tree.head(first), h != first { first = h }
        let auxes = tree.children(p, ["aux", "aux:pass"]) + (first != p ? tree.children(first, ["aux", "aux:pass"]) : [])
        let marked = !tree.children(first, ["mark"]).isEmpty
        let rel = tree.base(first)

        if !headline, let s = w.form.unicodeScalars.first, s.properties.isUppercase,
           (0..<p).contains(where: { tree.words[$0].upos != "PUNCT" }) {
            return .misreadName
        }
        if !headline, w.xpos == "VB", tree.head(p) == nil, tree.children(p, ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark"]).isEmpty,
           !(0..<p).contains(where: { tree.words[$0].upos != "PUNCT" }) {
            return .imperative
        }
        if w.xpos == "VB", tree.base(p) == "conj", let h = tree.head(p), h < p, ["VBD", "VBN"].contains(tree.words[h].xpos),
           tree.children(h, ["aux", "aux:pass"]).isEmpty, p >= 1, tree.words[p - 1].form == ",",
           tree.children(p, ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj", "cc"]).isEmpty {
            return .imperative
        }
        if isSubjunctive(p, first: first, auxes: auxes, tree: tree) { return .subjunctive }
        if w.xpos == "VBG", auxes.isEmpty, tree.children(p, ["nsubj", "nsubj:pass"]).isEmpty,
           tree.children(first, ["mark", "case"]).contains(where: { gerundMarks.contains(tree.lower($0)) }) {
            return .gerundComplement
        }
        // A gerund completing a verb of attitude or talk tells what is favoured or weighed: "favoured ⟦changing⟧ the flag",
        // "considered ⟦leaving⟧", "denied ⟦taking⟧ the money".
        if w.xpos == "VBG", auxes.isEmpty, ["xcomp", "ccomp", "obj"].contains(String(tree.base(p))),
           tree.children(p, ["nsubj", "nsubj:pass", "mark"]).isEmpty, let h = tree.head(p), attitudeVerbs.contains(tree.lemma(h)) {
            return .gerundComplement
        }
        // "a loss in the third quarter, ⟦compared⟧ with a year-earlier loss of $26,956": a participle of comparison
        // names the yardstick, whatever date it carries.
        if w.xpos == "VBN", auxes.isEmpty, tree.lemma(p) == "compare", ["advcl", "acl", "conj"].contains(String(tree.base(p))) {
            return .comparison
        }
        // "than aid agencies had planned": "than" marks the clause, or the parse made it its subject's preposition
        if ["advcl", "ccomp", "acl", "obl"].contains(rel),
           tree.children(first, ["mark"]).contains(where: { tree.lower($0) == "than" })
            || tree.children[first].contains(where: { c in c < first && tree.children(c, ["case", "mark"]).contains { tree.lower($0) == "than" } }) {
            return .comparison
        }
        // A question: "What ⟦happens⟧ next", "Who ⟦won⟧ the vote?" (a subject asking, not a relative clause's).
        if ["what", "who"].contains(where: { w in tree.children(p, ["nsubj", "nsubj:pass"]).contains { tree.lower($0) == w && tree.words[$0].xpos == "WP" } }),
           !["acl", "ccomp", "xcomp", "advcl", "csubj"].contains(rel) {
            return .conditional
        }
        // The clause, or one above it, is a condition: "if there ever ⟦came⟧ a day when I could no longer meet …".
        for a in [first] + tree.ancestors(first) where ["advcl", "ccomp"].contains(tree.base(a)) {
            if tree.children(a, ["mark"]).contains(where: { conditionMarks.contains(tree.lower($0)) }) { return .conditional }
            // What a speaker would not say is an open question: "declined to say what had ⟦caused⟧ the explosion or
            // which chemicals were ⟦burning⟧", "did not say who ⟦fired⟧ first".
            if tree.base(a) == "ccomp", let start = tree.subtree(a).min(), questionWords.contains(tree.lower(start)),
               let say = tree.head(a), PredicateRules.reporting.contains(tree.lemma(say)),
               tree.head(say).map({ r in tree.base(say) == "xcomp" && PredicateRules.refusals.contains(tree.lemma(r)) }) ?? false
                || tree.children(say, ["advmod"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }) {
                return .unsaid
            }
        }
        // What is denied is a claim the text does not make its own: "Corliss denies that workers ⟦warned⟧ managers",
        // "denied a report that workers had ⟦warned⟧ managers" (the content of a claim, a report or a rumour it denies).
        for a in [first] + tree.ancestors(first) where ["ccomp", "acl"].contains(tree.base(a)) {
            guard tree.children(a, ["mark"]).contains(where: { tree.lower($0) == "that" }) || tree.base(a) == "ccomp",
                  let h = tree.head(a) else { continue }
            if denials.contains(tree.lemma(h)) { return .unsaid }
            // (and what was not shown or proven: "ruled that the opposition had not shown that any fraud had ⟦changed⟧
            // the outcome", "Prosecutors could not prove that he ⟦took⟧ the money")
            if tree.base(a) == "ccomp", unproven.contains(tree.lemma(h)),
               tree.children(h, ["advmod", "neg", "aux"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }) { return .unsaid }
            // (the claim's noun, or a noun the parse hung the clause on beside it: "denied a report by a Houston
            // television ⟦station⟧ that …")
            if tree.base(a) == "acl", tree.words[h].upos == "NOUN", ["obj", "obl", "nmod"].contains(String(tree.base(h))),
               let v = tree.ancestors(h).first(where: { tree.words[$0].upos == "VERB" }), denials.contains(tree.lemma(v)) { return .unsaid }
            // (and a claim said to be false: "Online rumours that the levee had ⟦failed⟧ were false", "reports that …
            // are untrue", "Any suggestion that we ⟦sat⟧ on test results is simply false"; or not true: "The claim that the
            // mayor ⟦knew⟧ is not true")
            if tree.base(a) == "acl", tree.words[h].upos == "NOUN", tree.base(h) == "nsubj", let f = tree.head(h),
               tree.children(f, ["cop"]).count == 1,
               falsehoods.contains(tree.lemma(f))
                || tree.lemma(f) == "true" && tree.children(f, ["advmod"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }) {
                return .unsaid
            }
        }
        if !headline, ["VBZ", "VBP"].contains(w.xpos), auxes.isEmpty, !PredicateRules.reporting.contains(tree.lemma(p)),
           !PredicateRules.announcing.contains(tree.lemma(p)),
           // (A toll told in the present is the day's news, not a habit: "INDECI now ⟦puts⟧ the death toll at 41".)
           (TollTelling.count(p, tree: tree) ?? 0) == 0 {
            return .genericPresent
        }
        // A present passive relative clause describes its noun: "the plant, which is largely ⟦controlled⟧ by Russian
        // troops". (Elsewhere it may tell news of the day: "the phone is ⟦priced⟧ at $199".)
        if !headline, w.xpos == "VBN", !auxes.isEmpty,
           auxes.allSatisfy({ tree.rel($0) == "aux:pass" && ["is", "are", "am", "'s", "'re", "’s", "’re"].contains(tree.lower($0)) }),
           tree.children(p, ["nsubj:pass", "nsubj"]).contains(where: { ["which", "that", "who"].contains(tree.lower($0)) }) {
            return .genericPresent
        }
        // A participle modifying a noun describes it; one hanging on a clause elaborates it, unless that clause
        // narrates in the past: "attacked a convoy, ⟦killing⟧ two drivers" reports a second happening.
        // …and what the count is brought to: "bringing the number ⟦freed⟧ to eight".
        if rel == "xcomp", let h = tree.head(p), tree.words[h].xpos == "VBG", tree.base(h) == "advcl",
           tree.children(h, ["obj"]).contains(where: { PredicateRules.countNouns.contains(tree.lemma($0)) }) {
            return .participleAdjunct
        }
        if w.xpos == "VBG", auxes.isEmpty, !marked {
            if rel == "acl" { return .participleAdjunct }
            // "…, ⟦making⟧ them the deadliest fires in its history": what the clause makes of something describes it
            if rel == "advcl", tree.lemma(p) == "make", tree.children(p, ["obj", "iobj", "xcomp"]).count > 1 { return .participleAdjunct }
            // "…, ⟦raising⟧ the toll to 157", "⟦bringing⟧ the total to eight": a count brought up to date
            if rel == "advcl", tree.children(p, ["obj"]).contains(where: { PredicateRules.countNouns.contains(tree.lemma($0)) }) {
                return .participleAdjunct
            }
            if rel == "advcl", let h = tree.head(first), !isNarrativePast(h, tree: tree) { return .participleAdjunct }
        }
        // A past participle after a comma describes the state its clause left someone in: "They were discovered on 2
        // July, ⟦huddled⟧ on a muddy ledge".
        // (The parse often makes it a second verb of the clause, with no conjunction: "were found on Monday, ⟦trapped⟧
        // in a flooded chamber"; not one of a list, "was arrested, ⟦charged⟧ and jailed".)
        if w.xpos == "VBN", tree.children(p, ["aux", "aux:pass", "mark"]).isEmpty, let h = tree.head(p), h < p, p > 0,
           tree.base(p) == "advcl"
            || tree.base(p) == "conj" && tree.children(p, ["cc"]).isEmpty
                && !tree.children(h, ["conj"]).contains(where: { $0 > p && !tree.children($0, ["cc"]).isEmpty }),
           tree.children(p, ["nsubj", "nsubj:pass"]).isEmpty,
           tree.subtree(p).first(where: { tree.words[$0].upos != "PUNCT" }).map({ $0 > 0 && tree.words[$0 - 1].form == "," }) == true {
            return .participleAdjunct
        }
        // Only a participle with its agent is surely passive ("problems ⟦experienced⟧ by those who …"): a tagger
        // reads many a past tense as a participle ("thousands of people protested").
        if w.xpos == "VBN", auxes.isEmpty, tree.rel(first) == "acl", let h = tree.head(first),
           PredicateRules.countNouns.contains(tree.lemma(h)) {
            return .reducedRelative
        }
        // A participle of naming, place or look: "Google's headquarters ⟦located⟧ in Mountain View", "the robot,
        // ⟦named⟧ Better Idea".
        if w.xpos == "VBN", auxes.isEmpty, tree.base(first) == "acl", PredicateRules.descriptiveParticiples.contains(tree.lemma(p)) {
            return .reducedRelative
        }
        // A participle naming someone by a charge: "the man ⟦accused⟧ of killing two people", "a driver ⟦suspected⟧ of
        // drunk driving".
        if w.xpos == "VBN", auxes.isEmpty, tree.rel(first) == "acl",
           tree.children(first, ["advcl", "obl"]).contains(where: { c in tree.children(c, ["mark", "case"]).contains { tree.lower($0) == "of" } }) {
            return .reducedRelative
        }
        if w.xpos == "VBN", auxes.isEmpty, tree.rel(first) == "acl", !tree.children(first, ["obl:agent"]).isEmpty
            || tree.children(first, ["obl"]).contains(where: { o in tree.children(o, ["case"]).contains { tree.lower($0) == "by" } }) {
            return .reducedRelative
        }
        // (unless the two mean a happening of their own: "⟦let⟧ the hostages ⟦go⟧" released them, `PhrasalPredicates`)
        if rel == "xcomp", let h = tree.head(first), enablingGovernors.contains(tree.lemma(h)),
           PhrasalPredicates.entry(of: first, tree: tree)?.governor == nil { return .enabled }
        // What an order or a request has someone do or be is the order's content: "the judge ordered him ⟦held⟧",
        // "residents were ordered to ⟦leave⟧".
        if rel == "xcomp", let h = tree.head(first), mandativeGovernors.contains(tree.lemma(h)),
           (!tree.children(h, ["obj", "iobj"]).isEmpty
            // (a passive order, not an obligation that frames its complement: "were required to ⟦recognize⟧")
            || !tree.children(h, ["nsubj:pass", "aux:pass"]).isEmpty && passiveOrders.contains(tree.lemma(h))) {
            return .subjunctive
        }
        return nil
    }

    /// Whether the verb at `p` (or, through coordination, `first`) is a bare verb with a subject in the complement of
    /// a verb of demanding: "demanding that Ukraine ⟦renounce⟧ …", "… and that Crimea be ⟦recognized⟧".
    static func isSubjunctive(_ p: Int, first: Int, auxes: [Int], tree: DependencyTree) -> Bool {
        let w = tree.words[p]
        let bare = w.xpos == "VB" && auxes.isEmpty
            || w.xpos == "VBN" && !auxes.isEmpty && auxes.allSatisfy { tree.rel($0) == "aux:pass" && tree.lower($0) == "be" }
        // (With its subject, or with none after a colon: "demanding that Ukraine: ⟦renounce⟧ any hopes …".)
        guard bare, !tree.children(p, ["mark"]).contains(where: { tree.lower($0) == "to" }) else { return false }
        // Up through complements and coordination (a list of demands the parse chained: "that Ukraine renounce …;
        // that the regions be recognized …") to a governor that demands.
        var c = p
        for _ in 0..<4 {
            guard ["ccomp", "parataxis", "conj"].contains(tree.base(c)), let g = tree.head(c), g != c else { return false }
            if mandativeGovernors.contains(tree.lemma(g)) { return true }
            c = g
        }
        return false
    }

    /// Whether the verb at `w` narrates in the simple past ("⟦showed⟧", "was ⟦praised⟧", "while ⟦introducing⟧" under
    /// a past verb). The present perfect ("has ⟦sold⟧"), the past perfect ("had ⟦left⟧") and modals do not.
    static func isNarrativePast(_ w: Int, tree: DependencyTree) -> Bool {
        guard tree.words[w].upos == "VERB" else { return false }
        let auxes = tree.children(w, ["aux", "aux:pass"])
        if auxes.contains(where: { tree.lemma($0) == "have" || PredicateRules.plannedAux.contains(tree.lower($0))
            || PredicateRules.expectedAux.contains(tree.lower($0)) }) { return false }
        switch tree.words[w].xpos {
        case "VBD": return true
        // A clause's head "participle" with a subject and no auxiliary is a past tense the tagger misread:
        // "the dams ⟦collapsed⟧ early on Monday, sending …".
        case "VBN": return auxes.contains { ["was", "were"].contains(tree.lower($0)) }
            || auxes.isEmpty && !tree.children(w, ["nsubj"]).isEmpty && ["root", "ccomp", "conj", "parataxis"].contains(String(tree.base(w)))
        case "VBG":
            if auxes.contains(where: { ["was", "were"].contains(tree.lower($0)) }) { return true }
            guard auxes.isEmpty, ["advcl", "conj"].contains(String(tree.base(w))), let h = tree.head(w) else { return false }
            return isNarrativePast(h, tree: tree)
        default: return false
        }
    }
}
