/// Repairs of words the tagger gave another class than their sentence needs: "to ⟦work⟧" after a verb of going back
/// read as an infinitive, a participle describing people read as a verb ("order ⟦striking⟧ workers back"), a past tense
/// that is also a noun read as one ("the number of dead ⟦rose⟧ to 58"). Each with the sentences it was written for;
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "Dock workers ⟦returned to work⟧ at 7 a.m. today": going back to work read as a verb of purpose, "to work", with
    /// the time hung on "work". "Work" after a verb of going back is the place of work, a noun; the time is the return's.
    static let backToWorkReadAsAnInfinitive = ParseRepair(
        name: "back to work read as an infinitive",
        examples: ["Dock workers returned to work at 7 a.m. today."]
    ) { t in
        var changed = false
        for w in t.indices where t.lower(w) == "work" && t.words[w].upos == "VERB" && w > 1 && t.lower(w - 1) == "to" {
            guard let v = t.head(w), v < w - 1, t.base(w) == "xcomp" || t.base(w) == "advcl",
                  ["return", "go", "get", "head", "come", "report", "send", "order"].contains(t.words[v].lemma.lowercased()),
                  !t.children(w).contains(where: { ["nsubj", "obj"].contains(t.words[$0].deprel) && !isTimeWord(t.lower($0)) })
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NN")
            t.retag(w - 1, upos: "ADP", xpos: "IN")
            t.setLemma(w, "work")
            t.attach(w - 1, to: w, rel: "case")
            t.attach(w, to: v, rel: "obl")
            // (what hung on "work" hangs on the verb: its object a time, "at 7 ⟦a.m.⟧ ⟦today⟧"; a clause keeps its relation)
            for c in t.children(w) where c > w && t.words[c].upos != "PUNCT" {
                if ["obj", "obl:unmarked", "obl:tmod"].contains(t.words[c].deprel) {
                    t.attach(c, to: v, rel: isTimeWord(t.lower(c)) ? "obl:tmod" : "obl")
                } else {
                    t.attach(c, to: v)
                }
            }
            changed = true
        }
        return changed
    }

    /// "The suspect surrendered ⟦to police⟧ on Friday": a noun whose verb always takes an object ("to police the
    /// border", "to house the homeless", "to court voters") read as an infinitive with nothing to take, the day hung on
    /// it. With no object it is the noun: "to" is its preposition, and it and the rest hang on the verb before.
    static let destinationNounReadAsAnInfinitive = ParseRepair(
        name: "destination noun read as an infinitive",
        examples: ["The suspect surrendered to police on Friday.", "The man was handed to police at the border."]
    ) { t in
        var changed = false
        for w in t.indices where transitiveOnlyNouns.contains(t.lower(w)) && t.words[w].upos == "VERB" && w > 1 && t.lower(w - 1) == "to" {
            guard let v = t.head(w), v < w - 1, t.words[v].upos == "VERB", t.base(w) == "xcomp" || t.base(w) == "advcl",
                  !t.children(w).contains(where: { ["obj", "iobj", "ccomp", "xcomp", "nsubj"].contains(t.words[$0].deprel) })
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NN")
            t.retag(w - 1, upos: "ADP", xpos: "IN")
            t.setLemma(w, t.lower(w))
            t.attach(w - 1, to: w, rel: "case")
            t.attach(w, to: v, rel: "obl")
            for c in t.children(w) where c > w && t.words[c].upos != "PUNCT" { t.attach(c, to: v) }
            changed = true
        }
        return changed
    }

    /// Nouns whose verb is never used without its object.
    static let transitiveOnlyNouns: Set<String> = ["police", "house", "court"]

    /// "threatened to order ⟦striking⟧ dock workers back to their jobs": a participle that describes people ("striking",
    /// "protesting", "remaining" …) read as a verb taking them as its object, with what the governing verb says of them
    /// hung on it. The participle describes the noun, the noun is the governing verb's object, and the rest is the
    /// verb's again.
    static let participleOfPeopleReadAsAVerb = ParseRepair(
        name: "participle of people read as a verb",
        examples: ["Canada's government has threatened to order striking dock workers back to their jobs if they do not settle."]
    ) { t in
        var changed = false
        for g in t.indices where t.words[g].xpos == "VBG" && peopleParticiples.contains(t.lower(g)) {
            guard let v = t.head(g), v == g - 1, t.words[v].upos == "VERB", ["xcomp", "ccomp", "obj"].contains(t.words[g].deprel),
                  !t.children(v).contains(where: { ["obj", "iobj"].contains(t.words[$0].deprel) && $0 != g }),
                  let noun = t.children(g).first(where: { $0 > g && t.words[$0].deprel == "obj" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  (g + 1..<noun).allSatisfy({ t.head($0) == noun })
            else { continue }
            t.attach(noun, to: v, rel: "obj")
            for c in t.children(g) where c != noun { t.attach(c, to: v) }
            t.attach(g, to: noun, rel: "amod")
            changed = true
        }
        return changed
    }

    /// "as the number of dead ⟦rose⟧ to 58": a past tense that is also a noun ("rose", "fell") read as the noun of an
    /// "of" phrase, with the figure it reached hung on it. A noun takes no "to 58": the word is the verb, the noun before
    /// "of" its subject, and a subordinator on that noun ("as") is the clause's.
    static let pastTenseReadAsTheNounOfAnOfPhrase = ParseRepair(
        name: "past tense read as the noun of an of phrase",
        examples: ["Rescuers kept digging as the number of dead rose to 58."]
    ) { t in
        let pasts = ["rose": "rise", "fell": "fall"]
        for x in t.indices where t.words[x].upos == "NOUN" && pasts[t.lower(x)] != nil && t.words[x].deprel == "nmod" {
            guard let n = t.head(x), n < x, t.words[n].upos == "NOUN",
                  let of = t.children(x).first(where: { $0 < x && t.lower($0) == "of" && t.base($0) == "case" }),
                  let figure = (t.children(x) + t.children(n)).first(where: { c in c > x && t.children(c).contains { ["to", "by", "from"].contains(t.lower($0)) }
                      && (t.words[c].upos == "NUM" || t.children(c).contains { t.words[$0].upos == "NUM" }) })
            else { continue }
            var (nHead, nRel) = (t.head(n), t.words[n].deprel)
            // (the noun hung on its subordinator, "as" read as a preposition taking it: the clause hangs on the verb the
            // subordinator's phrase is on, else on the sentence's head)
            var subordinator: Int?
            if let h = nHead, h < n, ["as", "while", "after", "when", "until"].contains(t.lower(h)) {
                subordinator = h
                // (set off by a comma at the end of the sentence, it is the main clause's: "…, as the number of dead rose")
                let setOff = h > 0 && t.words[h - 1].form == ","
                let above = (setOff ? nil : t.ancestors(h).first { t.words[$0].upos == "VERB" }) ?? t.indices.first { t.words[$0].head == 0 }
                (nHead, nRel) = (above, "advcl")
            }
            t.retag(x, upos: "VERB", xpos: "VBD")
            t.setLemma(x, pasts[t.lower(x)]!)
            // (what "of" governs: the word right after it and before the verb, "dead")
            if let dead = t.children(x).filter({ $0 > of && $0 < x }).max() {
                t.attach(of, to: dead, rel: "case")
                for c in t.children(x) where c > of && c < x && c != dead { t.attach(c, to: dead) }
                t.attach(dead, to: n, rel: "nmod")
            }
            t.attach(figure, to: x, rel: "obl")
            if let h = nHead {
                t.attach(x, to: h, rel: ["obl", "nmod", "obj"].contains(nRel) ? "advcl" : nRel)
            } else {
                t.attach(x, to: -1, rel: "root")
            }
            // (a subordinator on the noun, "as", opens the clause)
            if let s = subordinator { t.attach(s, to: x, rel: "mark") }
            for c in t.children(n) where c < n && ["case", "mark"].contains(t.base(c)) && ["as", "while", "after", "when", "until"].contains(t.lower(c)) {
                t.attach(c, to: x, rel: "mark")
            }
            t.attach(n, to: x, rel: "nsubj")
            return true
        }
        return false
    }

    /// Participles that describe people before their noun: "⟦striking⟧ workers", "⟦protesting⟧ students".
    static let peopleParticiples: Set<String> = ["striking", "protesting", "remaining", "demonstrating", "rioting", "fleeing",
                                                 "waiting", "returning", "visiting", "missing", "working"]

    /// Words of a time of day or a day read as nouns: "7 ⟦a.m.⟧", "⟦today⟧".
    private static func isTimeWord(_ w: String) -> Bool {
        ["a.m.", "p.m.", "am", "pm", "today", "tonight", "yesterday", "tomorrow", "noon", "midnight"].contains(w)
    }
}

extension ParseRepair {
    /// "The beaches are ⟦due to⟧ reopen on Friday": "due to" read as the compound preposition ("due to the storm") on
    /// the verb after it. A preposition takes a noun, not a bare infinitive: "due" is the predicate, with the copula and
    /// the subject, and the verb its complement ("are due to reopen", as "are set to reopen").
    static let dueToBeforeAVerbReadAsAPreposition = ParseRepair(
        name: "'due to' before a verb read as a preposition",
        examples: ["The beaches are due to reopen on Friday, the council said."]
    ) { t in
        var changed = false
        for due in t.indices where t.lower(due) == "due" && t.base(due) == "case" && due + 1 < t.words.count && t.lower(due + 1) == "to" {
            guard let verb = t.head(due), t.words[verb].xpos == "VB", verb > due + 1, t.head(due + 1) == due || t.head(due + 1) == verb,
                  t.children(verb).contains(where: { c in c < due && t.base(c) == "cop" })
            else { continue }
            if let h = t.head(verb) { t.attach(due, to: h, rel: t.words[verb].deprel) } else { t.attach(due, to: -1, rel: "root") }
            // (the subject, the copula and what the parse hung on the verb beside the clause go with "due")
            for c in t.children(verb) where c < due || t.base(c) == "parataxis" || t.base(c) == "punct" && c == t.words.count - 1 {
                t.attach(c, to: due)
            }
            t.attach(verb, to: due, rel: "xcomp")
            t.attach(due + 1, to: verb, rel: "mark")
            t.retag(due, upos: "ADJ", xpos: "JJ")
            t.retag(due + 1, upos: "PART", xpos: "TO")
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The Ontario creamery ⟦shut⟧ its plant on Thursday": a past tense of the form of its participle ("shut", "closed",
    /// "cut") read as an adjective with the noun before it its subject and the noun after it its object. An adjective
    /// takes no object: a word with both, and no copula, is the clause's verb in the past tense ("The plant is shut" keeps
    /// its adjective; so does "the shut plant", with no object).
    static let pastTenseWithAnObjectReadAsAnAdjective = ParseRepair(
        name: "past tense with an object read as an adjective",
        examples: ["The Ontario creamery shut its plant on Thursday, August 6, the same day it expanded its recall to 40 products."]
    ) { t in
        var changed = false
        for a in t.indices where t.words[a].upos == "ADJ" {
            let form = t.lower(a)
            guard samePastAndParticiple.contains(form) || pastOnly.contains(form) || form.hasSuffix("ed") && form.count > 4,
                  t.children(a).contains(where: { o in o > a && t.base(o) == "obj" && ["NOUN", "PROPN", "PRON"].contains(t.words[o].upos) }),
                  t.children(a).contains(where: { s in s < a && t.base(s) == "nsubj" && ["NOUN", "PROPN", "PRON"].contains(t.words[s].upos) }),
                  !t.children(a).contains(where: { ["cop", "aux", "aux:pass"].contains(String(t.base($0))) })
            else { continue }
            let stem = form.hasSuffix("ed") && !VerbLemmas.shared.contains(form) ? String(form.dropLast(2)) : form
            let lemma = VerbLemmas.shared.mend(stem, form: form)
            guard VerbLemmas.shared.contains(lemma) else { continue }
            t.retag(a, upos: "VERB", xpos: "VBD")
            t.setLemma(a, lemma)
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "said it remains on track ⟦to resume⟧ production by August 24": the infinitive after "on track", "on course",
    /// "on schedule" read as a preposition and a noun modifying the noun after it. "On track to" is followed by what is
    /// on track: the verb (a bare form WordNet knows, the noun's complement), with what came after it in the clause (its
    /// object, its date). (What is on track is expected: `PredicateRules.expectedGovernors`.)
    static let infinitiveAfterOnTrackReadAsANoun = ParseRepair(
        name: "infinitive after on track read as a noun",
        examples: ["The company said it remains on track to resume production by August 24."]
    ) { t in
        var changed = false
        for to in t.indices where t.lower(to) == "to" && t.words[to].upos == "ADP" && to >= 2 && to + 2 < t.words.count {
            let track = to - 1, verb = to + 1
            guard onTrackNouns.contains(t.lower(track)), t.lower(track - 1) == "on",
                  t.words[verb].upos == "NOUN", VerbLemmas.shared.contains(t.lower(verb)),
                  let object = t.head(verb), object > verb, t.base(verb) == "compound", t.head(to) == object,
                  ["NOUN", "PROPN"].contains(t.words[object].upos),
                  let governor = t.head(track)
            else { continue }
            t.retag(verb, upos: "VERB", xpos: "VB")
            t.setLemma(verb, t.lower(verb))
            t.retag(to, upos: "PART", xpos: "TO")
            t.attach(verb, to: track, rel: "xcomp")
            t.attach(to, to: verb, rel: "mark")
            t.attach(object, to: verb, rel: "obj")
            // (what the parse hung on the verb governing "on track" after the infinitive is the infinitive's: "by
            // August 24")
            for c in t.children(governor) where c > object && ["obl", "obl:tmod", "obl:unmarked"].contains(t.words[c].deprel) {
                t.attach(c, to: verb)
            }
            changed = true
        }
        return changed
    }

    /// Nouns of "on … to" that say something is going as planned ("on track to", "on course to").
    static let onTrackNouns: Set<String> = ["track", "course", "schedule", "pace"]
}

extension ParseRepair {
    /// "The regulator grounded all 40 Skyline ⟦coaches⟧ last week": a plural noun after a figure read as a present tense,
    /// the sentence's verb's content clause, with the figure and the name before it as its own. A verb takes no figure
    /// of its own ("12 … planes" counts a noun), so the word is the plural object of the verb before it, which has
    /// none, and the name before it its compound; a date after it is the verb's.
    static let pluralNounAfterAFigureReadAsAClause = ParseRepair(
        name: "plural noun after a figure read as a clause",
        examples: ["The regulator grounded all 40 Skyline coaches last week."]
    ) { t in
        var changed = false
        for w in t.indices where t.words[w].upos == "VERB" && t.words[w].xpos == "VBZ" && t.lower(w).hasSuffix("s") {
            let singular = String(t.lower(w).dropLast()), singularEs = String(t.lower(w).dropLast(2))
            guard canBeNoun(singular) || canBeNoun(singularEs),
                  let verb = t.head(w), t.words[verb].upos == "VERB", ["ccomp", "xcomp", "parataxis"].contains(String(t.base(w))),
                  verb < w, !t.children(verb).contains(where: { ["obj", "ccomp", "xcomp"].contains(String(t.base($0))) && $0 != w }),
                  // (a figure of its own before it, and nothing before it that a clause has: no subordinator, auxiliary,
                  // pronoun or determiner subject)
                  t.children(w).contains(where: { $0 < w && t.words[$0].upos == "NUM" }),
                  !t.children(w).contains(where: { $0 < w && (["mark", "aux", "aux:pass", "cop", "expl"].contains(String(t.base($0)))
                      || t.base($0) == "nsubj" && !["NOUN", "PROPN"].contains(t.words[$0].upos)) }),
                  (verb + 1..<w).allSatisfy({ t.ancestors($0).contains(w) && ["NUM", "PROPN", "NOUN", "DET", "ADJ", "ADV"].contains(t.words[$0].upos) })
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NNS")
            t.setLemma(w, canBeNoun(singular) ? singular : singularEs)
            t.attach(w, to: verb, rel: "obj")
            for c in t.children(w) {
                if c < w {
                    if t.words[c].upos == "NUM" { t.attach(c, to: w, rel: "nummod") }
                    else if ["NOUN", "PROPN"].contains(t.words[c].upos) { t.attach(c, to: w, rel: "compound") }
                } else if !["punct"].contains(String(t.base(c))) {
                    t.attach(c, to: verb)
                }
            }
            changed = true
        }
        return changed
    }

    /// "Lava ⟦flows⟧ from the crater on Tuesday destroyed 52 homes": a plural noun in the form of a present tense read
    /// as the sentence's verb, with the noun before it its subject, and the past tense after it, with an object and no
    /// subject of its own, hung inside its phrase. A present tense takes no past tense of the same clause as a
    /// modifier: the word is a plural noun, the noun before it its compound, and the whole phrase the past tense's
    /// subject; a date in the phrase is the clause's ("Aid convoys from Turkey on Monday reached Idlib"). Not "Lava flows
    /// down the slope" (no second verb), nor "Lava flows, which destroyed 52 homes" (a relative clause after a comma).
    static let pluralNounReadAsAPresentTense = ParseRepair(
        name: "plural noun read as a present tense",
        examples: ["Lava flows from the crater on Tuesday destroyed 52 homes in the village.",
                   "Aid convoys from Turkey on Monday reached the city.",
                   "On Wednesday lava flows destroyed dozens of homes in two villages."]
    ) { t in
        for w in t.indices where t.words[w].xpos == "VBZ" && t.head(w) == nil && w >= 1 && t.lower(w).hasSuffix("s") {
            let singular = String(t.lower(w).dropLast())
            guard canBeNoun(singular) || canBeNoun(t.lower(w)),
                  let subject = t.children(w).first(where: { $0 == w - 1 && t.base($0) == "nsubj" && ["NOUN", "PROPN"].contains(t.words[$0].upos) }),
                  t.children(subject).isEmpty,
                  // (the past tense: after the word, with an object, no subject, auxiliary or subordinator, hung on a noun or
                  // a figure of the word's phrase, with no comma, verb or subordinator between)
                  let verb = (w + 1..<t.words.count).first(where: { t.words[$0].upos == "VERB" }),
                  ["VBD", "VBN"].contains(t.words[verb].xpos), t.ancestors(verb).contains(w),
                  t.children(verb).contains(where: { t.base($0) == "obj" }),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop"].contains(String(t.base($0))) }),
                  // (or on the word itself, as its complement: "Lava flows ⟦destroyed⟧ dozens of homes")
                  t.head(verb).map({ h in h != w && ["NOUN", "PROPN", "NUM"].contains(t.words[h].upos)
                      || h == w && ["xcomp", "ccomp"].contains(String(t.base(verb))) }) == true,
                  (w + 1..<verb).allSatisfy({ ["NOUN", "PROPN", "NUM", "ADP", "DET", "ADJ"].contains(t.words[$0].upos) })
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NNS")
            t.setLemma(w, canBeNoun(singular) ? singular : t.lower(w))
            t.attach(verb, to: -1, rel: "root")
            t.attach(w, to: verb, rel: "nsubj")
            t.attach(subject, to: w, rel: "compound")
            // (a date of the phrase is the clause's; the rest describes the noun)
            func isDate(_ c: Int) -> Bool {
                dayWords.contains(t.lower(c)) || t.words[c].upos == "NUM" && c > 0 && monthNames.contains(t.lower(c - 1))
            }
            for c in t.children(w) where c > w && c < verb { t.attach(c, to: isDate(c) ? verb : w, rel: isDate(c) ? "obl" : "nmod") }
            // (wherever in the phrase the parse hung it: "from the crater ⟦on Tuesday⟧")
            for c in w + 1..<verb where isDate(c) && t.head(c) != verb && t.children(c).contains(where: { t.base($0) == "case" }) {
                t.attach(c, to: verb, rel: "obl")
            }
            for c in t.children(w) where c > verb { t.attach(c, to: verb) }
            // (what opened the sentence before the subject is the clause's: "⟦On Wednesday⟧ lava flows destroyed …",
            // a preposition the parse hung on the word going with its noun)
            let opening = t.children(w).filter { $0 < subject }
            for c in opening where t.base(c) != "case" { t.attach(c, to: verb) }
            for c in opening where t.base(c) == "case" {
                if let noun = opening.first(where: { $0 > c && t.base($0) != "case" }) { t.attach(c, to: noun) } else { t.attach(c, to: verb) }
            }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "The airport operator ⟦shut⟧ Yogyakarta International Airport at 8 a.m.": a past tense of the form of its
    /// participle read as an adjective of the name after it, in a sentence with no verb, its subject the root. A
    /// sentence needs a verb: the word is the past tense, the noun phrase before it its subject, the name after it its
    /// object, and what hung on the subject after the word (the time) the verb's.
    static let pastTenseReadAsAnAdjectiveOfItsObject = ParseRepair(
        name: "past tense read as an adjective of its object",
        examples: ["The airport operator shut Yogyakarta International Airport at 8 a.m."]
    ) { t in
        guard !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) }),
              let root = t.indices.first(where: { t.head($0) == nil }), ["NOUN", "PROPN"].contains(t.words[root].upos) else { return false }
        for a in t.indices where a > root && t.words[a].upos == "ADJ" && t.base(a) == "amod" {
            let form = t.lower(a)
            guard samePastAndParticiple.contains(form) || pastOnly.contains(form),
                  let object = t.head(a), object > a, ["NOUN", "PROPN"].contains(t.words[object].upos), t.head(object) == root,
                  // (the subject's phrase ends right before the word)
                  (root..<a).allSatisfy({ $0 == root || t.ancestors($0).contains(root) && !t.ancestors($0).contains(object) })
            else { continue }
            let lemma = VerbLemmas.shared.mend(form, form: form)
            guard VerbLemmas.shared.contains(lemma) else { continue }
            t.retag(a, upos: "VERB", xpos: "VBD")
            t.setLemma(a, lemma)
            t.attach(a, to: -1, rel: "root")
            t.attach(root, to: a, rel: "nsubj")
            t.attach(object, to: a, rel: "obj")
            for c in t.children(root) where c > a && c != object { t.attach(c, to: a, rel: t.words[c].upos == "PUNCT" ? "punct" : "obl") }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "Shortly afterwards the vessel ⟦made⟧ contact with a pier": a past tense read as a participle modifying the noun
    /// after it, with the noun phrase before it another modifier, in a sentence with no finite verb, the object the
    /// root. A sentence needs a verb: the participle with its own subject's noun right before it is the past tense, that
    /// noun (with its determiner) its subject, the root its object, and the adverbs before the subject the verb's.
    static let pastTenseReadAsAModifierOfItsObject = ParseRepair(
        name: "past tense read as a modifier of its object",
        examples: ["Shortly afterwards the vessel made contact with a pier of the bridge.",
                   "Shortly afterwards the vessel made contact with a pier of the bridge, which partially collapsed.",
                   "The retailer shut 40 shops on Tuesday."]
    ) { t in
        // (a relative clause on a noun of the sentence has its own verb: "…, ⟦which partially collapsed⟧")
        let relative = Set(t.indices.filter { t.words[$0].deprel == "acl:relcl" }.flatMap { t.subtreeWords($0) })
        guard !t.indices.contains(where: { !relative.contains($0) && (t.isFinite($0) && ["VBD", "VBZ", "VBP"].contains(t.words[$0].xpos) || t.words[$0].upos == "AUX") }),
              let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "NOUN" else { return false }
        // (or as an adjective, when its form is a past tense too: "The retailer ⟦shut⟧ 40 shops on Tuesday")
        for a in t.indices where a > 0 && a < root && t.base(a) == "amod" && t.head(a) == root
            && (t.words[a].upos == "VERB" && t.words[a].xpos == "VBN" && isPastTenseToo(t.lower(a))
                || t.words[a].upos == "ADJ" && (samePastAndParticiple.contains(t.lower(a)) || pastOnly.contains(t.lower(a)))) {
            let subject = a - 1
            guard ["NOUN", "PROPN"].contains(t.words[subject].upos), t.head(subject) == root,
                  ["amod", "compound", "nsubj"].contains(String(t.base(subject))),
                  t.children(subject).contains(where: { t.words[$0].upos == "DET" || t.words[$0].xpos == "PRP$" }),
                  // (nothing between the verb and its object but the object's own words: "made ⟦contact⟧", "shut ⟦40⟧ shops")
                  (a + 1..<root).allSatisfy({ t.head($0) == root && ["DET", "ADJ", "NOUN", "NUM"].contains(t.words[$0].upos) })
            else { continue }
            if t.words[a].upos == "ADJ" {
                let lemma = VerbLemmas.shared.mend(t.lower(a), form: t.lower(a))
                guard VerbLemmas.shared.contains(lemma) else { continue }
                t.setLemma(a, lemma)
            }
            t.retag(a, upos: "VERB", xpos: "VBD")
            t.attach(a, to: -1, rel: "root")
            t.attach(subject, to: a, rel: "nsubj")
            t.attach(root, to: a, rel: "obj")
            for c in t.children(root) where c < subject { t.attach(c, to: a) }
            for c in t.children(root) where t.words[c].upos == "PUNCT" && c > root { t.attach(c, to: a, rel: "punct") }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "The owner expressed ⟦its regret⟧ the same day": a word after a possessive determiner read as a past participle
    /// though its form is its lemma's ("regret", not "regretted"), the clause of the verb before. A possessive opens a
    /// noun phrase and a participle has its own form (those whose past is their base form aside: "its ⟦cut⟧ stones"):
    /// the word is a noun, the verb's object, and the time hung on it the verb's.
    static let nounAfterAPossessiveReadAsAParticiple = ParseRepair(
        name: "noun after a possessive read as a participle",
        examples: ["The owner expressed its regret the same day."]
    ) { t in
        var changed = false
        for w in t.indices where w >= 1 && ["VBN", "VBD"].contains(t.words[w].xpos)
            && ["its", "their", "his", "our", "my", "your"].contains(t.lower(w - 1)) && t.head(w - 1) == w
            && t.words[w].lemma.lowercased() == t.lower(w) && !samePastAndParticiple.contains(t.lower(w)) {
            guard let v = t.head(w), v < w - 1, ["VERB", "AUX"].contains(t.words[v].upos),
                  ["ccomp", "xcomp", "obj"].contains(String(t.base(w))),
                  !t.children(w).contains(where: { ["nsubj", "nsubj:pass", "obj", "aux", "aux:pass", "mark"].contains(String(t.base($0))) })
            else { continue }
            t.retag(w, upos: "NOUN", xpos: "NN")
            t.attach(w, to: v, rel: "obj")
            for c in t.children(w) where c > w && ["obl", "obl:unmarked", "obl:tmod", "advmod"].contains(t.words[c].deprel) {
                t.attach(c, to: v, rel: t.words[c].deprel == "obl:unmarked" ? "obl:tmod" : nil)
            }
            changed = true
        }
        return changed
    }
}

extension ParseRepair {
    /// "The bank ⟦raised⟧ interest rates on Monday": a past tense read as a participle modifying its object, the object
    /// the root with the subject hung on it. A noun with a subject and no copula is no clause: the participle is the
    /// verb in the past tense, the noun its object, and what hung on the noun after it (the date) the verb's.
    static let pastTenseReadAsAParticipleOfItsObject = ParseRepair(
        name: "past tense read as a participle of its object",
        examples: ["The bank raised interest rates on Monday.",
                   "Ghana and Brazil established diplomatic relations in 1960 and signed a cultural agreement in 1972."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "NOUN",
              !t.children(root).contains(where: { ["cop", "aux", "aux:pass"].contains(String(t.base($0))) }),
              let subject = t.children(root).first(where: { $0 < root && t.base($0) == "nsubj" && ["NOUN", "PROPN", "PRON"].contains(t.words[$0].upos) }),
              !t.indices.contains(where: { $0 != root && t.words[$0].upos == "AUX" }) else { return false }
        // (a verb the parse coordinated with the noun after it, "… relations in 1960 ⟦and signed⟧ a cultural agreement",
        // is the second predicate of the clause, no verb of its own sentence: a noun is not coordinated with a verb)
        let coordinated = Set(t.children(root).filter { c in c > root && t.base(c) == "conj" && t.words[c].upos == "VERB"
            && t.children(c).contains { t.base($0) == "cc" } }.flatMap { t.subtreeWords($0) })
        for a in t.indices where a > subject && a < root && t.head(a) == root && t.base(a) == "amod"
            && t.words[a].upos == "VERB" && t.words[a].xpos == "VBN" {
            // (the subject's phrase ends right before the word, and no other verb is in the sentence)
            guard t.subtreeEnd(subject) == a - 1,
                  !t.indices.contains(where: { $0 != a && t.words[$0].upos == "VERB" && !coordinated.contains($0) }) else { continue }
            t.makePastTenseRoot(a, subject: subject, object: root)
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "The next day ⟦shelling⟧ near the road ⟦halted⟧ deliveries": a gerund subject read as the root verb, with the
    /// past tense after it read as a participle modifying its object ("halted deliveries" a noun phrase hung on the
    /// gerund's phrase). A root gerund with no subject, auxiliary or verb after it but a past participle in its phrase
    /// before a noun: the past form is the verb, the gerund its subject (a noun: the happening that did it), the noun
    /// its object, and the date that opened the sentence the verb's.
    static let gerundSubjectReadAsTheRoot = ParseRepair(
        name: "gerund subject read as the root",
        examples: ["The next day shelling near the road halted deliveries for several hours."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "VERB", t.words[root].xpos == "VBG",
              !t.children(root).contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark", "obj"].contains(String(t.base($0))) }),
              !t.indices.contains(where: { $0 != root && ["VBD", "VBZ", "VBP"].contains(t.words[$0].xpos) || t.words[$0].upos == "AUX" })
        else { return false }
        for a in t.indices where a > root + 1 && t.words[a].xpos == "VBN" && t.base(a) == "amod" && t.lower(a).hasSuffix("ed") {
            // (its noun right after it, inside the gerund's phrase, and no comma between the gerund and it)
            guard let object = t.head(a), object == a + 1, t.words[object].upos == "NOUN", t.ancestors(object).contains(root),
                  !(root..<a).contains(where: { t.words[$0].upos == "PUNCT" }) else { continue }
            t.retag(root, upos: "NOUN", xpos: "NN")
            t.setLemma(root, t.lower(root))
            let opening = t.children(root).filter { $0 < root }
            t.makePastTenseRoot(a, subject: root, object: object)
            // (the date before the gerund is the verb's; its modifiers after it stay the subject's)
            for c in opening where ["obl", "obl:unmarked", "obl:tmod", "advmod"].contains(t.words[c].deprel) {
                t.attach(c, to: a, rel: t.words[c].deprel == "obl:unmarked" ? "obl:tmod" : nil)
            }
            for c in t.children(root) where c > root && t.base(c) == "obl" { t.attach(c, to: root, rel: "nmod") }
            if let last = t.indices.last, t.words[last].upos == "PUNCT" { t.attach(last, to: a, rel: "punct") }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "The central bank ⟦cut⟧ interest rates on Thursday": a past tense whose form is also a noun ("cut", "hit", "set")
    /// read into a run of compound nouns, the whole sentence one noun phrase. A sentence with no verb whose root noun
    /// has such a word in its run after a noun: the word is the verb, the phrase before it its subject (headed by the noun
    /// right before it), the rest of the run its object, and what hung on the root after it (the date) the verb's.
    static let pastTenseReadIntoACompound = ParseRepair(
        name: "past tense read into a compound",
        examples: ["The central bank cut interest rates on Thursday."]
    ) { t in
        guard !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) }),
              let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "NOUN",
              t.words.last?.upos == "PUNCT" else { return false }
        for c in t.indices where c > 1 && c < root && t.words[c].upos == "NOUN" && t.base(c) == "compound"
            && samePastAndParticiple.contains(t.lower(c)) {
            let subject = c - 1
            // (a noun right before it, the run from the sentence's start to the root one phrase: no comma, no clause)
            guard t.words[subject].upos == "NOUN" || t.words[subject].upos == "PROPN",
                  (0..<root).allSatisfy({ t.ancestors($0).contains(root) && t.words[$0].upos != "PUNCT" }),
                  t.words[0].upos == "DET" || t.words[0].upos == "PROPN" || t.words[0].upos == "NOUN" || t.words[0].upos == "ADJ",
                  let lemma = Optional(VerbLemmas.shared.mend(t.lower(c), form: t.lower(c))), VerbLemmas.shared.contains(lemma)
            else { continue }
            t.setLemma(c, lemma)
            t.makePastTenseRoot(c, subject: subject, object: root)
            // (the subject's words: those before it, hung on its noun; the object's: those after it up to the root)
            for w in 0..<subject where t.head(w).map({ $0 >= subject && $0 != subject }) ?? true {
                t.attach(w, to: subject, rel: t.words[w].deprel)
            }
            for w in (c + 1)..<root where t.head(w) == c { t.attach(w, to: root, rel: "compound") }
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "Police charged a man ⟦with murder⟧ on Sunday": the day hung on the offence a proceeding names. What someone is
    /// charged with, accused, convicted or suspected of, or arrested for is no happening of that day; the day is the
    /// proceeding's.
    static let dayOfAProceedingReadOnItsOffence = ParseRepair(
        name: "day of a proceeding read on its offence",
        examples: ["Police charged a 34-year-old man with murder on Sunday."]
    ) { t in
        var changed = false
        for v in t.indices where t.words[v].upos == "VERB" && PredicateRules.offenceVerbs.contains(t.words[v].lemma.lowercased()) {
            let holders = t.children(v).filter { ["obj", "nsubj:pass", "obl"].contains(String(t.base($0))) }
            for o in holders {
                for n in [o] + t.children(o).filter({ t.base($0) == "nmod" }) where n == o ? t.base(o) == "obl" : true {
                    guard t.children(n).contains(where: { t.base($0) == "case" && ["with", "of", "for"].contains(t.lower($0)) }) else { continue }
                    for d in t.children(n) where t.base(d) == "nmod" && d > n
                        && (Lexicon.weekdays[t.lower(d)] != nil || Lexicon.months[t.lower(d)] != nil)
                        && t.children(d).contains(where: { t.base($0) == "case" && ["on", "in"].contains(t.lower($0)) }) {
                        t.attach(d, to: v, rel: "obl")
                        changed = true
                    }
                }
            }
        }
        return changed
    }
}

extension ParseRepair {
    /// "Talks between the two sides ⟦broke⟧ down late on Thursday": the sentence's verb in the past tense read as a clause
    /// on the last noun of its subject ("sides"), the subject the root. A past tense (not a participle) with no subject
    /// of its own, right after the noun phrase that is the root, is the sentence's verb; the phrase its subject, and
    /// what hung on the root after the verb (the date) the verb's.
    static let verbReadAsAClauseOfItsSubjectsLastNoun = ParseRepair(
        name: "verb read as a clause of its subject's last noun",
        examples: ["Talks between the two sides broke down late on Thursday."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil }), ["NOUN", "PROPN"].contains(t.words[root].upos),
              !t.children(root).contains(where: { ["cop", "aux", "aux:pass", "nsubj"].contains(String(t.base($0))) }) else { return false }
        for v in t.indices where v > root && t.words[v].upos == "VERB" && t.words[v].xpos == "VBD" && t.base(v) == "acl" {
            guard let n = t.head(v), n != v, t.ancestors(n).contains(root) || n == root,
                  !t.children(v).contains(where: { ["nsubj", "nsubj:pass", "mark"].contains(String(t.base($0))) }),
                  // (the subject's phrase runs from the sentence's start to the word before the verb)
                  (0..<v).allSatisfy({ $0 == root || t.ancestors($0).contains(root) && !t.ancestors($0).contains(v) }),
                  !t.indices.contains(where: { $0 != v && t.words[$0].upos == "VERB" && !t.ancestors($0).contains(v) })
            else { continue }
            t.attach(v, to: -1, rel: "root")
            t.attach(root, to: v, rel: "nsubj")
            t.hangDependents(of: root, after: v, on: v)
            return true
        }
        return false
    }
}

extension ParseRepair {
    /// "its booking and ⟦check-in⟧ systems crashed overnight", "payroll and ⟦log-in⟧ systems": a verb joined by a hyphen
    /// to the particle after it ("check - in", as the words are split), read after "and" as a verb coordinated with the
    /// noun before. A verb and its particle joined by a hyphen make a noun ("a check-in", "a sit-in", "a shake-up"),
    /// and before a noun they qualify it: the hyphened pair is a conjunct of the noun before "and", both qualify the
    /// noun after the pair, and that noun takes the first noun's place in the sentence.
    static let hyphenedParticleNounReadAsAVerb = ParseRepair(
        name: "hyphened particle noun read as a verb",
        examples: ["The bank said its payroll and log-in systems crashed on Monday."]
    ) { t in
        var changed = false
        for v in t.indices where v >= 2 && v + 3 < t.words.count && t.words[v].upos == "VERB" && t.words[v].xpos == "VB" {
            let particle = v + 2, noun = v + 3
            guard t.words[v + 1].xpos == "HYPH", hyphenedParticles.contains(t.lower(particle)),
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  t.words[v - 1].upos == "CCONJ", ["and", "or"].contains(t.lower(v - 1)),
                  t.base(v) == "conj",
                  // (the first noun right before the "and": "payroll ⟦and⟧", whatever the verb was hung on)
                  ["NOUN", "PROPN"].contains(t.words[v - 2].upos)
            else { continue }
            let first = v - 2
            // The noun after the pair takes the first noun's place; what opened the first noun's phrase is its.
            let place = t.head(first) ?? -1
            let rel = t.words[first].head == 0 ? "root" : t.words[first].deprel
            if place != noun {
                t.attach(noun, to: place == v ? (t.head(v) ?? -1) : place, rel: rel)
            }
            for c in t.children(first) where c < first && ["det", "nmod:poss", "amod", "nummod", "case"].contains(t.words[c].deprel) {
                t.attach(c, to: noun)
            }
            t.retag(v, upos: "NOUN", xpos: "NN")
            t.retag(particle, upos: "NOUN", xpos: "NN")
            t.attach(first, to: noun, rel: "compound")
            t.attach(particle, to: first, rel: "conj")
            t.attach(v - 1, to: particle, rel: "cc")
            t.attach(v, to: particle, rel: "compound")
            t.attach(v + 1, to: v, rel: "punct")
            // (what else hung on the verb is the noun's)
            for c in t.children(v) where c != v + 1 { t.attach(c, to: noun) }
            changed = true
        }
        return changed
    }

    /// Particles that make a noun of a verb with a hyphen: "check-⟦in⟧", "shake-⟦up⟧", "lay-⟦off⟧".
    static let hyphenedParticles: Set<String> = ["in", "out", "off", "up", "down", "over", "on", "back", "away"]
}

extension ParseRepair {
    /// "Police ⟦shot⟧ dead a gunman on Saturday": a past tense before "dead" and its object read as the head noun of a
    /// sentence with no verb ("police shot"), the object hung on it as a bare noun phrase. A noun phrase does not take
    /// "dead" and a second noun phrase: the word is the past tense, the noun before it its subject, "dead" its
    /// complement and the noun phrase after it its object.
    static let pastTenseBeforeDeadReadAsANoun = ParseRepair(
        name: "past tense before dead read as a noun",
        examples: ["The police shot dead a gunman on Saturday.", "Soldiers shot dead two protesters in the capital."]
    ) { t in
        guard !t.indices.contains(where: { ["VERB", "AUX"].contains(t.words[$0].upos) }),
              let root = t.indices.first(where: { t.head($0) == nil }), t.words[root].upos == "NOUN", root >= 1,
              root + 2 < t.words.count, samePastAndParticiple.contains(t.lower(root)) || pastOnly.contains(t.lower(root)),
              t.lower(root + 1) == "dead",
              ["NOUN", "PROPN", "PRON"].contains(t.words[root - 1].upos), t.head(root - 1) == root,
              // (the object: the noun phrase right after "dead", with no preposition of its own)
              let object = t.indices.first(where: { $0 > root + 1 && ["NOUN", "PROPN"].contains(t.words[$0].upos)
                  && (root + 2..<$0).allSatisfy { w in ["DET", "NUM", "ADJ"].contains(t.words[w].upos) } }),
              !t.children(object).contains(where: { t.base($0) == "case" })
        else { return false }
        let lemma = VerbLemmas.shared.mend(t.lower(root), form: t.lower(root))
        guard VerbLemmas.shared.contains(lemma) else { return false }
        let subject = root - 1
        t.retag(root, upos: "VERB", xpos: "VBD")
        t.setLemma(root, lemma)
        for c in t.children(root) where c < subject { t.attach(c, to: subject) }
        t.attach(subject, to: root, rel: "nsubj")
        t.attach(root + 1, to: root, rel: "xcomp")
        for w in root + 2..<object where t.head(w) != object { t.attach(w, to: object) }
        t.attach(object, to: root, rel: "obj")
        for c in t.children(root) where c > object && t.base(c) == "nmod" { t.attach(c, to: root, rel: "obl") }
        return true
    }
}
