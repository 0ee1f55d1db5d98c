/// Repairs of time phrases the parser reads into a noun phrase. Each with its sentences beside it; `ParseRepair.all`
/// lists them with the others.
extension ParseRepair {
    /// "Teodora grew into a major hurricane ⟦yesterday afternoon⟧": a part of the day after "yesterday", "today",
    /// "tomorrow" (or "this", "last", "that"), read as the head of the noun phrase before it ("a major hurricane …
    /// afternoon", "a man in Leeds … evening"). A day's part so opened is a time phrase of its own: the noun phrase
    /// keeps its head (the verb's object or oblique), and the time phrase tells when the verb happened, so the summary
    /// and the words of the clause keep "into a major hurricane".
    static let dayPartReadAsTheHeadOfTheNounPhraseBefore = ParseRepair(
        name: "part of the day read as the head of the noun phrase before it",
        examples: ["Teodora grew into a major hurricane yesterday afternoon.",
                   "The ship ran aground on a sandbank yesterday morning.",
                   "Police arrested a man in Leeds yesterday evening."]
    ) { t in
        var changed = false
        for part in t.indices where part >= 2 && dayParts.contains(t.lower(part)) && dayOpeners.contains(t.lower(part - 1)) {
            let opener = part - 1
            let before = t.children(part).filter { $0 < opener }
            // (the noun phrase's head: the last noun the part of the day took before the time phrase)
            guard let verb = t.head(part), t.words[verb].upos == "VERB",
                  let noun = before.last(where: { ["NOUN", "PROPN", "NUM"].contains(t.words[$0].upos) && $0 < opener })
            else { continue }
            let hasCase = t.children(noun).contains { t.base($0) == "case" } || before.contains { t.base($0) == "case" }
            let rel = hasCase ? "obl" : t.children(verb).contains(where: { t.base($0) == "obj" }) ? t.words[part].deprel : "obj"
            t.attach(noun, to: verb, rel: rel)
            for c in before where c != noun { t.attach(c, to: noun) }
            t.attach(part, to: verb, rel: "obl:tmod")
            t.attach(opener, to: part, rel: ["this", "that", "last"].contains(t.lower(opener)) ? "det" : "nmod:tmod")
            changed = true
        }
        return changed
    }

    /// Words that open a time phrase of a part of the day: "⟦yesterday⟧ afternoon", "⟦this⟧ morning".
    static let dayOpeners: Set<String> = ["yesterday", "today", "tomorrow", "this", "that", "last"]
}

extension ParseRepair {
    /// "…, and at 6 ⟦a.m.⟧ the next morning the city shut the building": a clock time's "a.m." or "p.m." read as a
    /// compound of the subject after it ("a.m. … city"). A time of day names no thing: the clock time is when the
    /// subject's verb happened (its oblique, headed by its number, as an opening stamp is), and what hung on its "a.m."
    /// ("the next morning") goes with it.
    static let clockSuffixReadAsACompoundOfTheSubject = ParseRepair(
        name: "clock suffix read as a compound of the subject",
        examples: ["Officials named the source on Wednesday, and at 6 a.m. the next morning the city shut the building."]
    ) { t in
        var changed = false
        for w in t.indices where ["a.m.", "p.m.", "am", "pm"].contains(t.lower(w)) && t.base(w) == "compound" {
            guard let subject = t.head(w), subject > w, t.base(subject) == "nsubj", ["NOUN", "PROPN"].contains(t.words[subject].upos),
                  let verb = t.head(subject), verb > subject, t.words[verb].upos == "VERB",
                  let number = t.children(w).first(where: { $0 == w - 1 && t.words[$0].upos == "NUM" })
            else { continue }
            t.attach(number, to: verb, rel: "obl")
            for c in t.children(w) where c != number { t.attach(c, to: number) }
            t.attach(w, to: number, rel: "nmod:unmarked")
            changed = true
        }
        return changed
    }
}
