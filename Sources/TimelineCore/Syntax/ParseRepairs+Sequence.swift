/// Repairs of a subject's acts told in sequence (7 Dec, session 27, from the rows of a held-out story).
/// `ParseRepair.all` lists them with the others.
extension ParseRepair {
    /// "Harcourt first said the tape had been edited, then ⟦apologised⟧ yesterday": a verb opened by "then" or "later",
    /// with no subject or auxiliary of its own, read as a conjunct inside what the verb before it reports. A subject
    /// that did one thing "first" did the next: the verb is the reporting verb's conjunct (a participle form with no
    /// auxiliary is then its past tense), and what the report's clause held after the verb is the verb's ("yesterday").
    /// The apology had no mention. (Without "first" on the report the reading stands: "said the tape had been edited,
    /// then leaked".)
    static let nextActReadIntoTheReport = ParseRepair(
        name: "next act read into the report",
        examples: ["Harcourt first said the tape had been edited, then apologised yesterday.",
                   "The company first said the files had been stolen, then admitted on Friday that it had lost them."]
    ) { t in
        for verb in t.indices where t.words[verb].upos == "VERB" && t.base(verb) == "conj" {
            guard t.children(verb).contains(where: { ["then", "later"].contains(t.lower($0)) && t.base($0) == "advmod" && $0 < verb }),
                  !t.children(verb).contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass"].contains(t.words[$0].deprel) }),
                  let inner = t.head(verb), inner < verb else { continue }
            // the clause the conjunct was read into, and the report it is the content of
            var content = inner
            while t.base(content) != "ccomp", let h = t.head(content), h < content { content = h }
            guard t.base(content) == "ccomp", let report = t.head(content), report < content, t.words[report].upos == "VERB",
                  t.children(report).contains(where: { t.lower($0) == "first" && t.base($0) == "advmod" }) else { continue }
            let after = t.children(inner).filter { $0 > verb }
            t.attach(verb, to: report, rel: "conj")
            if t.words[verb].xpos == "VBN" { t.retag(verb, upos: "VERB", xpos: "VBD") }
            for c in after { t.attach(c, to: verb) }
            return true
        }
        return false
    }
}
