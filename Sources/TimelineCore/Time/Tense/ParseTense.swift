import Foundation

/// The tense of a clause read from the sentence's dependency parse: from the expression's first word up its head
/// chain to the verb it modifies, then that verb's auxiliaries ("will meet", "had met", "would be held"), the verb
/// whose complement it is ("plans to meet", "is expected to vote") and its own form (past tense "met"). The parse sees
/// past the words in between ("said the vote, delayed twice by the courts, will be held on Tuesday") and does not
/// take a reporting verb's tense for the tense of what it reports. Where the parse says nothing firm (a present
/// tense, no verb), it returns nil and the words around the expression decide (`WordTense.swift`).
public struct ParseTense: TenseSource {
    /// The sentences of the text, in order; those without tokens or a parse are tokenized and parsed when first
    /// asked about, with `model` (so that only sentences holding an expression whose direction the tense decides are).
    let sentences: [Sentence]
    let cache: ParseCache?

    /// Reads the parses the sentences have (`Sentence.parse`, as the pipeline gives them); with a model, parses the
    /// others of `text` on demand.
    public init(sentences: [Sentence], text: ScalarText? = nil, model: SyntaxModel? = nil) {
        self.sentences = sentences
        self.cache = model.map { ParseCache(model: $0, text: text, count: sentences.count) }
    }

    /// True when some sentence has a parse or can be parsed.
    public var canParse: Bool { cache != nil || sentences.contains { $0.parse != nil } }

    public func tense(ofExpressionAt range: TextRange) -> ClauseTense? {
        // the sentence holding the expression: the last one starting at or before it
        var lo = 0, hi = sentences.count
        while lo < hi { let mid = (lo + hi) / 2; if sentences[mid].range.start <= range.start { lo = mid + 1 } else { hi = mid } }
        let s = lo - 1
        guard s >= 0, range.start < sentences[s].range.end else { return nil }
        guard let sentence = sentences[s].parse != nil ? sentences[s] : cache?.analysed(s, sentences[s]), let parse = sentence.parse,
              let j = sentence.tokens.firstIndex(where: { $0.range.end > range.start }), sentence.tokens[j].range.start < range.end else { return nil }
        return Self.tense(of: j, in: parse)
    }

    /// The tense governing word j (0-based) of a parse.
    static func tense(of j: Int, in parse: ParsedSentence) -> ClauseTense? {
        let words = parse.words
        guard words.indices.contains(j) else { return nil }
        // "said ⟦Friday⟧ they would review …", "announced on ⟦Tuesday⟧ that …": the day of a report in the past
        // tense right after it is past, whatever the parse hung it on
        let before = j > 1 && words[j - 1].form.lowercased() == "on" ? j - 2 : j - 1
        if before >= 0, !(j + 1 < words.count && ["'s", "’s"].contains(words[j + 1].form.lowercased())),
           words[before].xpos == "VBD", PredicateRules.reporting.contains(words[before].lemma.lowercased())
            || PredicateRules.announcing.contains(words[before].lemma.lowercased()) {
            return ClauseTense(direction: -1, strong: true, cue: words[before].form.lowercased())
        }
        // up the head chain to the first predicate: a verb, or a word with an auxiliary or a copula of its own
        var v = j, steps = 0
        while steps < 8 {
            if isPredicate(v, words) { break }
            // a clause of its own with no verb ("…, bank holding company in January"): nothing to read
            if ["parataxis", "appos", "list", "dep", "vocative"].contains(words[v].deprel) { return nil }
            let h = words[v].head - 1
            guard h >= 0, h != v else { return nil }
            v = h; steps += 1
        }
        guard isPredicate(v, words) else { return nil }
        return tense(ofPredicate: v, words) ?? governingTense(of: v, words) ?? infinitiveTense(of: v, words)
    }

    /// An infinitive looks ahead of the verb it completes: "Authorities expect the winds ⟦to ease⟧ on Monday",
    /// "asks the court to rule on Friday". Only a verb in the present or future says so; after a past one ("were
    /// ordered to leave on Monday") the leaving may be over, and the words decide.
    static func infinitiveTense(of v: Int, _ words: [ParsedWord]) -> ClauseTense? {
        guard words[v].xpos == "VB", auxiliaries(of: v, words).isEmpty,
              words.indices.contains(where: { $0 < v && words[$0].head == v + 1 && words[$0].deprel == "mark" && words[$0].form.lowercased() == "to" }),
              ["xcomp", "acl", "advcl", "ccomp"].contains(words[v].deprel.split(separator: ":").first.map(String.init) ?? "") else { return nil }
        // up to the verb above, through a noun the infinitive was hung on ("expect the winds to ease")
        var h = words[v].head - 1, steps = 0
        while h >= 0, words[h].upos != "VERB", steps < 3 { h = words[h].head - 1; steps += 1 }
        // (a verb heading a clause, not a noun the tagger took for one: "extended their ⟦offers⟧ to acquire …")
        guard h >= 0, h != v, words[h].upos == "VERB",
              ["root", "ccomp", "xcomp", "advcl", "conj", "parataxis", "acl", "csubj"].contains(words[h].deprel.split(separator: ":").first.map(String.init) ?? "") else { return nil }
        if let above = tense(ofPredicate: h, words) { return above.direction > 0 ? ClauseTense(direction: 1, strong: true, cue: "to") : nil }
        guard ["VBP", "VBZ"].contains(words[h].xpos) else { return nil }
        return ClauseTense(direction: 1, strong: true, cue: "to")
    }

    /// The tense a participle with no auxiliary of its own takes from the clause it hangs from: "walls already
    /// ⟦cracked⟧ by Friday's earthquake" and "⟦bringing⟧ down walls" in a sentence whose verb "shook" is past. The
    /// answer is weak (a word can still decide), and a past participle never takes a future from above: "crews will
    /// clear roads ⟦damaged⟧ in Friday's storm" tells a storm that is over, so the words decide there.
    static func governingTense(of v: Int, _ words: [ParsedWord], hops: Int = 0) -> ClauseTense? {
        let word = words[v]
        guard hops < 3, word.xpos == "VBN" || word.xpos == "VBG", Self.auxiliaries(of: v, words).isEmpty,
              ["acl", "advcl", "amod", "conj"].contains(word.deprel.split(separator: ":").first.map(String.init) ?? ""),
              !planning.contains(word.lemma.lowercased()), !plans.contains(word.lemma.lowercased()) else { return nil }
        // up to the predicate above it
        var h = word.head - 1, steps = 0
        while h >= 0, !isPredicate(h, words), steps < 6 { h = words[h].head - 1; steps += 1 }
        guard h >= 0, h != v, isPredicate(h, words) else { return nil }
        guard let above = tense(ofPredicate: h, words) ?? governingTense(of: h, words, hops: hops + 1) else { return nil }
        if word.xpos == "VBN" && above.direction > 0 { return nil }
        return ClauseTense(direction: above.direction, strong: false, cue: above.cue)
    }

    static func isPredicate(_ v: Int, _ words: [ParsedWord]) -> Bool {
        words[v].upos == "VERB" || words.contains { $0.head == v + 1 && ($0.deprel.hasPrefix("aux") || $0.deprel == "cop") }
    }

    /// The tense of predicate v from its auxiliaries, the verb of planning it is or complements, and its form.
    static func tense(ofPredicate v: Int, _ words: [ParsedWord]) -> ClauseTense? {
        let auxiliaries = Self.auxiliaries(of: v, words)
        // a likelihood looks ahead, told in the present or in reported speech ("heavy rain ⟦is likely⟧ on Thursday", "more
        // cancellations ⟦were likely⟧ on Wednesday", warned on a Tuesday; the parse may make the day the predicate, with
        // "likely" its adverb)
        let likely = words[v].upos == "ADJ" && likelihoods.contains(words[v].lemma.lowercased()) ? v
            : words.indices.first { words[$0].head == v + 1 && words[$0].deprel == "advmod" && likelihoods.contains(words[$0].form.lowercased()) }
        if let likely, auxiliaries.contains(where: { words[$0].deprel == "cop" }) {
            return ClauseTense(direction: 1, strong: true, cue: words[likely].form.lowercased())
        }
        // "had ruled … and set Friday as the deadline": a conjunct verb shares the auxiliaries of the first
        if auxiliaries.isEmpty, words[v].deprel == "conj", words[v].head > 0, words[words[v].head - 1].upos == "VERB",
           !Self.auxiliaries(of: words[v].head - 1, words).isEmpty {
            return tense(ofPredicate: words[v].head - 1, words)
        }
        // a plan's date lies ahead ("has scheduled a news conference Thursday", "plans to meet on Tuesday", "is expected
        // to vote"), unless the plan is over ("had been scheduled to expire at midnight Friday"); a plan told in the
        // past tense ("planned to pay on Friday") may have been carried out: the words decide
        // ("The inauguration is ⟦set for⟧ Friday", "a hearing has been set for March 3": a date set for something is a plan's)
        let setFor = words[v].lemma.lowercased() == "set" && words[v].xpos == "VBN" && v + 1 < words.count
            && words[v + 1].form.lowercased() == "for" && words.contains { $0.head == v + 1 && $0.deprel == "aux:pass" }
        let plan = plans.contains(words[v].lemma.lowercased()) || setFor ? v
            : words[v].deprel.hasPrefix("xcomp") && words[v].head > 0 && planning.contains(words[words[v].head - 1].lemma.lowercased()) ? words[v].head - 1 : nil
        if let plan {
            // "as previously planned", "originally scheduled": a plan carried out or replaced
            if words.contains(where: { $0.head == plan + 1 && ["previously", "originally", "initially"].contains($0.form.lowercased()) }) { return nil }
            let planAux = Self.auxiliaries(of: plan, words).map { words[$0].form.lowercased() }
            if planAux.contains("had") { return ClauseTense(direction: -1, strong: true, cue: "had") }
            // "A memorial service ⟦planned⟧ for Saturday was canceled": a plan describing a noun is in the time of the
            // clause it belongs to; a plan in a past clause was for a day before it was told.
            if planAux.isEmpty, words[plan].xpos == "VBN", words[plan].deprel.hasPrefix("acl") {
                var h = words[plan].head - 1, steps = 0
                while h >= 0, !isPredicate(h, words), steps < 6 { h = words[h].head - 1; steps += 1 }
                guard h >= 0, h != plan, let above = tense(ofPredicate: h, words) else { return nil }
                return ClauseTense(direction: above.direction, strong: above.strong, cue: above.cue)
            }
            // (but a hope or intention told back in reported speech is the speaker's at the time of saying, its date
            // ahead of it: "the director said the museum ⟦hoped⟧ to reopen on Saturday" is "hopes to reopen"; weakly,
            // for the words to overrule)
            if planAux.isEmpty && words[plan].xpos == "VBD" {
                guard plan != v, words[plan].deprel.hasPrefix("ccomp"), words[plan].head > 0,
                      case let speech = words[plan].head - 1, words[speech].xpos == "VBD",
                      PredicateRules.reporting.contains(words[speech].lemma.lowercased()),
                      intending.contains(words[plan].lemma.lowercased()) else { return nil }
                return ClauseTense(direction: 1, strong: false, cue: words[plan].form.lowercased())
            }
            return ClauseTense(direction: 1, strong: true, cue: words[plan].form.lowercased())
        }
        // the first auxiliary carries the tense ("will have met", "had been scheduled"); a modal before "have" looks
        // back ("may have prevented"); "could" is a past ability as often as a possibility ahead: the words decide
        if let first = auxiliaries.first {
            let aux = words[first].form.lowercased()
            if futureModals.contains(aux) {
                if auxiliaries.dropFirst().contains(where: { words[$0].form.lowercased() == "have" }) { return ClauseTense(direction: -1, strong: true, cue: "have") }
                return aux == "could" ? nil : ClauseTense(direction: 1, strong: true, cue: aux)
            }
            if words[first].xpos == "VBD" || aux == "had" || aux == "has" || aux == "have" { return ClauseTense(direction: -1, strong: true, cue: aux) }
            return nil
        }
        // a verb in the past tense; a regular one ("postponed") is as weak a cue as any word in "-ed", so that a
        // deadline after it ("postponed until Tuesday") still lies ahead
        if words[v].xpos == "VBD" {
            let form = words[v].form.lowercased()
            return ClauseTense(direction: -1, strong: TimeTables.pastCues.contains(form) || !form.hasSuffix("ed"), cue: form)
        }
        return nil
    }

    /// The auxiliaries (and copula) of predicate v that come before it, in order.
    static func auxiliaries(of v: Int, _ words: [ParsedWord]) -> [Int] {
        words.indices.filter { $0 < v && words[$0].head == v + 1 && (words[$0].deprel.hasPrefix("aux") || words[$0].deprel == "cop") }
    }

    /// Adjectives of a likelihood, whose clause lies ahead ("delays are ⟦likely⟧ on Friday").
    static let likelihoods: Set<String> = ["likely", "unlikely"]
    /// Auxiliaries that put a clause ahead.
    static let futureModals: Set<String> = ["will", "'ll", "’ll", "wo", "shall", "would", "could", "might", "may"]
    /// Verbs of planning whose past tense under a past verb of saying is the speaker's present ("said it hoped to").
    static let intending: Set<String> = ["plan", "expect", "intend", "hope", "aim", "want"]
    /// Verbs whose object is a plan, whose date lies ahead ("scheduled a news conference Thursday").
    static let plans: Set<String> = ["plan", "schedule", "slate"]
    /// Verbs whose complement lies ahead ("plans to meet", "is scheduled to open").
    static let planning: Set<String> = ["plan", "expect", "intend", "schedule", "set", "hope", "aim", "want", "seek", "prepare",
                                        "promise", "pledge", "vow", "agree", "propose", "threaten", "due", "slate", "decide"]
}

/// The parses made on demand for one text, sentence by sentence (one text is tagged on one thread; the lock keeps a
/// shared source safe all the same).
final class ParseCache: @unchecked Sendable {
    let model: SyntaxModel
    let text: ScalarText?
    private var done: [Sentence?]
    private let lock = NSLock()

    init(model: SyntaxModel, text: ScalarText?, count: Int) {
        self.model = model; self.text = text; done = Array(repeating: nil, count: count)
    }

    /// Sentence i tokenized (when it has no tokens and the text is known) and parsed.
    func analysed(_ i: Int, _ sentence: Sentence) -> Sentence {
        lock.lock(); defer { lock.unlock() }
        if let s = done[i] { return s }
        let s = (text.map { sentence.tokenized(in: $0) } ?? sentence).parsed(by: model)
        done[i] = s
        return s
    }
}
