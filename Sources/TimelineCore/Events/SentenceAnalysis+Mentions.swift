import Foundation

/// Cue words for modality, as tables.
enum ModalityCues {
    static let expected: Set<String> = ["could", "may", "might", "would", "expected", "expect", "expects", "likely",
                                        "probably", "possibly", "theoretically", "hope", "hopes", "hoped"]
    static let planned: Set<String> = ["will", "shall", "ll", "plan", "plans", "planned", "planning", "scheduled",
                                       "intend", "intends", "upcoming"]
    /// Words that plan when followed by "to": "is set to", "is due to".
    static let plannedBeforeTo: Set<String> = ["set", "due", "going"]
    static let negations: Set<String> = ["not", "never", "no", "nt", "n’t", "without"]
    static let stopwords: Set<String> = FunctionWords.determiners.union(FunctionWords.auxiliaries).union(FunctionWords.adverbs)
        .union(FunctionWords.prepositions).union(FunctionWords.subjectPronouns)
        .union(["and", "or", "but", "after", "while", "as", "that", "which", "who", "between", "into", "under", "near",
                "than", "there", "been", "being", "one", "four", "five", "six", "seven", "eight", "nine", "ten", "about", "said",
                "says", "say", "claimed", "reported", "announced", "according", "times", "weeks", "days", "week", "day",
                // (parts of the day and units of the calendar tell when, which the dates compare, and are no evidence of
                // one happening: "spent a second ⟦night⟧ without electricity" and "after spending the ⟦night⟧ in her
                // apartment" share a time, not a happening; a length between two happenings, "seven hours before the
                // ferry left port", stays evidence)
                "night", "nights", "morning", "afternoon", "evening", "month", "months", "year", "years", "weekend",
                // Words too common in news to tie two reports together.
                "cities", "city", "people", "areas", "area", "country", "countries", "forces", "troops", "civilian",
                "civilians", "military", "war", "region", "regions", "parts", "government", "officials", "side", "sides"])
}

extension SentenceAnalysis {
    private func span(_ c: Clause) -> TextRange {
        TextRange(tokens[c.lo].range.start, tokens[c.hi - 1].range.end)
    }

    private func clauseIndex(of token: Int) -> Int? {
        clauses.firstIndex { $0.lo <= token && token < $0.hi }
    }

    /// Reporting verbs that open a complement clause in this sentence.
    private var reportersWithComplement: Set<Int> {
        Set(clauses.compactMap { if case .complement(let v) = $0.kind { return v } else { return nil } })
    }

    /// The trigger candidates of a clause: token index and lexicon entry, in text order.
    func candidates(in c: Clause) -> [(Int, TriggerEntry)] {
        var result: [(Int, TriggerEntry)] = []
        let reporters = reportersWithComplement
        for k in c.lo..<c.hi where tokens[k].isWord {
            guard let entries = TriggerLexicon.forms[tokens[k].norm], !reporters.contains(k) else { continue }
            guard let entry = choose(entries, at: k, clause: c) else { continue }
            result.append((k, entry))
        }
        return result
    }

    /// Picks the verb or noun reading from the neighbours.
    private func choose(_ entries: [TriggerEntry], at k: Int, clause c: Clause) -> TriggerEntry? {
        let prev = k > c.lo ? tokens[k - 1].norm : ""
        let next = k + 1 < c.hi ? tokens[k + 1].norm : ""
        let verbs = entries.filter { $0.pos == .verb }
        let nouns = entries.filter { $0.pos == .noun }
        let form = tokens[k].norm
        let determinerBefore = ["the", "a", "an", "its", "their", "this", "his", "her"].contains(prev)
        if let noun = nouns.first, verbs.isEmpty { return noun }
        if let verb = verbs.first, nouns.isEmpty {
            if determinerBefore && !form.hasSuffix("ed") { return nil }
            // "the negotiating team": an -ing form before a noun modifies it.
            if form.hasSuffix("ing"), !FunctionWords.auxiliaries.contains(prev), k + 1 < c.hi, tokens[k + 1].isWord,
               !tokens[k + 1].isCapitalized, !FunctionWords.determiners.contains(next), !FunctionWords.prepositions.contains(next),
               !["and", "or", "that", "which", "off", "back", "up", "down", "out"].contains(next) { return nil }
            return verb
        }
        guard let verb = verbs.first, let noun = nouns.first else { return nil }
        if form.hasSuffix("ed") { return verb }
        if next == "on" || next == "at" { return verb }
        if FunctionWords.auxiliaries.contains(prev) || FunctionWords.subjectPronouns.contains(prev) { return verb }
        return noun
    }

    /// A negation cue within three words before the trigger ("will not resume", "never reached"), except
    /// "not … until <date>", which dates the event rather than denying it ("would not begin talks until Tuesday").
    func isNegated(_ k: Int, clause c: Clause) -> Bool {
        let window = max(c.lo, k - 3)..<k
        return window.contains(where: { ModalityCues.negations.contains(tokens[$0].norm) })
            && !tokens[k..<c.hi].contains(where: { $0.norm == "until" })
    }

    func mentions(startingAt base: Int, previous: Int?) -> [ExtractedMention] {
        struct Found { var clause: Int; var mention: ExtractedMention }
        var found: [Found] = []
        let reporters = reportersWithComplement
        let candidatesByClause = clauses.map { candidates(in: $0) }
        let sentenceAttribution = accordingTo()
        let postposed: (index: Int, text: String)? = clauses.enumerated().compactMap { (i, c) -> (Int, String)? in
            if case .postposedReporter(let v) = c.kind, let s = subjectPhrase(ofReporter: v) { return (i, s.text) }
            return nil
        }.first
        let textStarts = tokens.first.map { FunctionWords.quoteMarks.contains($0.norm) } ?? false
        // One string for the sentence, shared by its mentions.
        var sentenceText: String?

        for (ci, clause) in clauses.enumerated() {
            var cands = candidatesByClause[ci]
            // An infinitive after an earlier trigger is its purpose, not a new event: "pleaded … to provide … to fight".
            if cands.count > 1 {
                cands = [cands[0]] + cands.dropFirst().filter { $0.0 == 0 || tokens[$0.0 - 1].norm != "to" }
            }
            // A negated trigger is chosen only when the clause has no other: "the talks did not resume, but a
            // truce was signed" reports the truce.
            let positive = cands.filter { !isNegated($0.0, clause: clause) }
            var chosen = positive.first { $0.1.triggerClass != .statement } ?? positive.first
                ?? cands.first { $0.1.triggerClass != .statement } ?? cands.first
            var reporterToken: Int? = nil
            var summaryClause = clause
            if case .complement(let v) = clause.kind { reporterToken = v }
            // A reporting verb whose content holds no trigger is itself the event ("X told Sky News that …").
            if chosen == nil {
                let myReporters = (clause.lo..<clause.hi).filter { reporters.contains($0) }
                if let v = myReporters.first,
                   !clauses.enumerated().contains(where: { (j, c) in
                       if case .complement(let r) = c.kind, r == v { return !candidatesByClause[j].isEmpty } else { return false } }),
                   let lemma = TriggerLexicon.reportingForms[tokens[v].norm] {
                    chosen = (v, TriggerEntry(lemma: lemma, triggerClass: .statement, pos: .verb))
                    reporterToken = nil
                    // The saying's summary includes what was said: "the civil defence service said that … had not detected …".
                    let said = clauses.filter { if case .complement(let r) = $0.kind { return r == v } else { return false } }
                    if let last = said.last { summaryClause = Clause(lo: clause.lo, hi: last.hi, kind: clause.kind) }
                }
            }
            guard let (k, entry) = chosen else { continue }

            // Attribution and whether the content is reported.
            var attribution: String? = nil
            var reported = false
            var reporterBefore: Int? = nil
            if let v = reporterToken {
                attribution = subjectPhrase(ofReporter: v)?.text
                reported = true
            } else if entry.triggerClass != .statement || TriggerLexicon.reportingForms[tokens[k].norm] == nil,
                      let v = (clause.lo..<clause.hi).first(where: { $0 != k && tokens[$0].isWord && TriggerLexicon.reportingForms[tokens[$0].norm] != nil && !reporters.contains($0) }) {
                attribution = subjectPhrase(ofReporter: v)?.text
                reported = true
                if v < k { reporterBefore = v }
            } else if entry.triggerClass == .statement, TriggerLexicon.reportingForms[tokens[k].norm] != nil || true {
                attribution = subjectPhrase(ofReporter: k)?.text
            }
            if attribution == nil, let p = postposed, p.index > ci { attribution = p.text; reported = true }
            if attribution == nil, let a = sentenceAttribution { attribution = a; reported = true }
            if attribution == nil, let q = quoteAttribution, textStarts || sentence.quotation != nil { attribution = q; reported = true }

            // Modality from the clause's cue words.
            // Words inside a temporal expression are no modality cues ("on May 5" is not "may").
            let words = (clause.lo..<clause.hi).map { inTimex(tokens[$0]) ? "" : tokens[$0].norm }
            var modality: Modality = reported && entry.triggerClass != .statement ? .claimed : .happened
            var plannedCue = false
            for (i, w) in words.enumerated() {
                if ModalityCues.planned.contains(w) { plannedCue = true }
                if ModalityCues.plannedBeforeTo.contains(w), i + 1 < words.count, words[i + 1] == "to" { plannedCue = true }
            }
            if words.contains(where: { ModalityCues.expected.contains($0) }) { modality = .expected }
            else if plannedCue { modality = .planned }

            // A denied happening is no event ("Russia did not attack Kyiv"); a denied plan, expectation or claim is
            // one, marked negated ("talks will not resume on Monday").
            let negated = isNegated(k, clause: clause)
            if negated && modality == .happened { continue }

            // The date.
            let date = dateFor(clause: ci, trigger: k, modality: modality, candidatesByClause: candidatesByClause)

            // Places and actors.
            let range = span(clause)
            let governments = recognition.governmentActors.filter { range.overlaps($0.range) }
            var places = recognition.places.filter { pm in range.overlaps(pm.range) && !governments.contains(where: { g in g.range.overlaps(pm.range) }) }
            if places.isEmpty, let v = reporterToken, let rc = clauseIndex(of: v) {
                let rr = span(clauses[rc])
                places = recognition.places.filter { pm in rr.overlaps(pm.range) && !recognition.governmentActors.contains(where: { g in g.range.overlaps(pm.range) }) }
            }
            // "the parliament in Kiev reported fires around the plant": places before the reporting verb locate the reporter.
            if let v = reporterBefore {
                let after = places.filter { $0.range.start > tokens[v].range.start }
                if !after.isEmpty { places = after }
            }
            // "talks between Bangladesh and India", "joined forces with Poland, Lithuania and Ukraine": participants, not locations.
            let participants = places.filter { listOpener($0.range) == .participant || isPossessive($0.range) }
            places.removeAll { p in participants.contains(p) || listOpener(p.range) == .example }
            let excluded = recognition.places.map(\.range) + recognition.adjectives.map(\.range) + governments.map(\.range)
            var actors: [String] = participants.map { $0.place.name }
            var actorKeys = Set<String>()
            for run in actorRuns(clause.lo, clause.hi) {
                let r = TextRange(tokens[run.lowerBound].range.start, tokens[run.upperBound - 1].range.end)
                if excluded.contains(where: { $0.overlaps(r) }) { continue }
                if run.contains(k) { continue }
                let name = text(run)
                if !actors.contains(name) { actors.append(name) }
            }
            for g in governments where !actors.contains(g.name) { actors.append(g.name) }
            for name in actors + (attribution.map { [$0] } ?? []) {
                for t in EventWord.words(of: name)
                where t.isWord && t.isCapitalized && !FunctionWords.nonNames.contains(t.norm) {
                    actorKeys.insert(t.norm)
                }
            }
            for a in recognition.adjectives { actorKeys.remove(TriggerLexicon.normalize(document.text[a.range])) }

            let keywords = Set((clause.lo..<clause.hi).filter { tokens[$0].isWord && !tokens[$0].isCapitalized && !inTimex(tokens[$0]) }
                .map { tokens[$0].norm }
                .filter { $0.count > 2 && !ModalityCues.stopwords.contains($0) && Int($0) == nil })

            let trigger = triggerRange(k, clause: clause, entry: entry)
            if sentenceText == nil { sentenceText = document.text[sentence.range] }
            let mention = Mention(document: document.id, range: sentence.range, text: sentenceText!,
                                  trigger: trigger, date: date.date, timex: date.timex, modality: modality,
                                  attribution: attribution, actors: actors, places: places, negated: negated)
            var em = ExtractedMention(mention: mention, triggerClass: entry.triggerClass, lemma: entry.lemma,
                                      summary: Self.resolvingPronoun(summary(of: summaryClause), attribution: attribution), ordinal: base + found.count, keywords: keywords)
            em.actorKeys = actorKeys
            if words.contains("then"), let p = found.last?.mention.ordinal ?? previous { em.follows.append(p) }
            found.append(Found(clause: ci, mention: em))
        }

        // Mentions of an "after …" clause (and its reported content) come before the sentence's other mentions.
        func group(_ ci: Int) -> Int {
            if case .complement(let v) = clauses[ci].kind, let rc = clauseIndex(of: v), rc != ci { return group(rc) }
            return ci
        }
        let earlier = found.filter { if case .subordinate(let w) = clauses[group($0.clause)].kind { return w == "after" } else { return false } }
        if !earlier.isEmpty {
            for i in found.indices where !earlier.contains(where: { $0.mention.ordinal == found[i].mention.ordinal }) {
                if case .subordinate = clauses[group(found[i].clause)].kind { continue }
                found[i].mention.follows += earlier.map(\.mention.ordinal)
            }
        }
        return found.map(\.mention)
    }

    enum ListRole { case participant, example }

    /// A place in a list opened by "with", "between" or "from" names a party to the event; one opened by
    /// "such as" or "including" is an example, not where the event happens.
    func listOpener(_ range: TextRange) -> ListRole? {
        guard var j = tokens.firstIndex(where: { $0.range.start >= range.start }) else { return nil }
        j -= 1
        while j >= 0 {
            let t = tokens[j]
            if ["with", "between", "from"].contains(t.norm) { return .participant }
            if t.norm == "including" || (t.norm == "as" && j > 0 && tokens[j - 1].norm == "such") { return .example }
            if t.norm == "," || t.norm == "and" || t.norm == "or" || t.isCapitalized { j -= 1; continue }
            return nil
        }
        return nil
    }

    /// "Russia’s faltering invasion": a possessive place is an actor.
    func isPossessive(_ range: TextRange) -> Bool {
        guard let k = tokens.firstIndex(where: { $0.range.contains(range.start) }) else { return false }
        if tokens[k].range.end > range.end { return tokens[k].norm.hasSuffix("’s") || tokens[k].norm.hasSuffix("'s") }
        // The tokenizer splits the clitic off: the place's last token, then "'s" right after it.
        guard let last = tokens[k...].firstIndex(where: { $0.range.end >= range.end }), last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        return next.range.start == range.end && (next.norm == "’s" || next.norm == "'s")
    }

    /// The predicate's own word: the verb or the event noun ("resume peace ⟦talks⟧": the light verb is not the event).
    private func triggerRange(_ k: Int, clause c: Clause, entry: TriggerEntry) -> TextRange {
        tokens[k].range
    }

    private func dateFor(clause ci: Int, trigger k: Int, modality: Modality, candidatesByClause: [[(Int, TriggerEntry)]]) -> (date: EventDate, timex: Timex?) {
        func own(_ c: Int) -> [Timex] { let r = span(clauses[c]); return timexes.filter { r.contains($0.range) } }
        func nearest(_ list: [Timex], to offset: Int) -> Timex? {
            list.min { abs($0.range.start - offset) < abs($1.range.start - offset) }
        }
        let at = tokens[k].range.start
        if let t = nearest(own(ci), to: at) { return (Self.date(from: t, prefix: ""), t) }
        if case .complement(let v) = clauses[ci].kind, let rc = clauseIndex(of: v), let t = nearest(own(rc), to: tokens[v].range.start) {
            return (Self.date(from: t, prefix: "the date of the report: "), t)
        }
        if case .subordinate = clauses[ci].kind {} else {
            let reporters = reportersWithComplement
            let context = clauses.indices.filter { c in
                c != ci && candidatesByClause[c].isEmpty && !(clauses[c].lo..<clauses[c].hi).contains(where: reporters.contains)
                    && { if case .subordinate = clauses[c].kind { return false } else { return true } }()
            }.flatMap(own)
            if let t = nearest(context, to: at) { return (Self.date(from: t, prefix: "from its sentence: "), t) }
        }
        return (fallbackDate(modality: modality), nil)
    }

    static func date(from t: Timex, prefix: String) -> EventDate {
        // (in the expression's two pieces: `DerivationText`)
        let own = t.derivationText
        let derivation = own.isEmpty ? DerivationText(prefix + "'\(t.text)'") : DerivationText(head: prefix + own.head, tail: own.tail)
        if let span = t.span {
            let value = span.start == span.end ? span.start.iso : "\(span.start.iso)/\(span.end.iso)"
            return EventDate(value: value, interval: span, granularity: .day, derivationText: derivation)
        }
        return EventDate(value: t.value, interval: t.interval, granularity: t.granularity ?? .day, derivationText: derivation)
    }

    func fallbackDate(modality: Modality) -> EventDate {
        guard let published = document.published else {
            return EventDate(value: "PAST_REF", interval: nil, granularity: .unknown, isFallback: true,
                             derivation: "no date in its sentence, and the article's publication date is unknown")
        }
        let how = modality == .planned || modality == .expected
            ? "no date given: expected as of publication (\(published.readable))"
            : "no date in its sentence: on or before publication (\(published.readable))"
        return EventDate(value: published.iso, interval: DayInterval(day: published), granularity: .day, isFallback: true, derivation: how)
    }

    /// Whether the UTF-8 of `s` has byte `a` right before byte `b` (two ASCII characters in a row).
    static func hasPair(_ s: String, _ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in s.utf8 {
            if previous == a && byte == b { return true }
            previous = byte
        }
        return false
    }

    /// `s` with every two-byte ASCII sequence `a b` replaced by the byte `c`, left to right without overlaps:
    /// Foundation's literal `replacingOccurrences(of:with:)` for these ASCII pairs (UTF-8 never uses ASCII bytes
    /// inside other characters), without bridging.
    static func replacingPairs(_ s: String, _ a: UInt8, _ b: UInt8, by c: UInt8) -> String {
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + 1 < bytes.count, bytes[i] == a, bytes[i + 1] == b {
                out.append(c)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func trim(_ s: String) -> String {
        let junk: Set<Character> = [" ", ",", ".", ";", ":", "–", "-", "\n"]
        var sub = Substring(s)
        while let f = sub.first, junk.contains(f) { sub = sub.dropFirst() }
        while let l = sub.last, junk.contains(l) { sub = sub.dropLast() }
        return String(sub)
    }

    /// Readable clause text: connectives, leading adverbials, dates and quotation marks left out; never cut.
    /// A summary that opens with a pronoun standing for whoever reported it ("Kyiv claimed that its forces
    /// have re-taken villages" → "Kyiv’s forces have re-taken villages"): "it"/"its" for a government,
    /// organisation or place, "he"/"his"/"she"/"her" for a person. Anything else is left as written.
    static func resolvingPronoun(_ summary: String, attribution: String?) -> String {
        // Only a summary opening with a pronoun changes (most do not: nothing else is computed for them).
        guard let space = summary.firstIndex(of: " ") else { return summary }
        let first = summary[..<space].lowercased(), rest = summary[space...]
        guard ["its", "it", "his", "her", "he", "she"].contains(first),
              let who = attribution?.trimmingCharacters(in: .whitespaces), !who.isEmpty else { return summary }
        let words = who.split(separator: " ")
        let isPerson = words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
            && !["the", "a"].contains(words[0].lowercased())
            && !words.contains { PredicateRules.organisationWords.contains($0.lowercased()) }
        // "it" and "its" stand only for a name or an organisation, never for a source such as "preliminary results".
        let named = words.drop { ["the", "a", "an"].contains($0.lowercased()) }.allSatisfy { $0.first?.isUppercase == true }
            || words.contains { PredicateRules.organisationWords.contains($0.lowercased()) }
        if ["its", "it"].contains(first), !named { return summary }
        let name = who.prefix(1).uppercased() + who.dropFirst()
        let possessive = name.hasSuffix("s") ? name + "’" : name + "’s"
        switch first {
        case "its" where !isPerson: return possessive + rest
        case "it" where !isPerson: return name + rest
        case "his", "her": return isPerson ? possessive + rest : summary
        case "he", "she": return isPerson ? name + rest : summary
        default: return summary
        }
    }

    func summary(of c: Clause) -> String {
        var lo = c.lo
        while lo < c.hi, !tokens[lo].isWord || ["and", "but", "that", "after", "while", "as", "also", "however", "then"].contains(tokens[lo].norm) { lo += 1 }
        // "On Sunday, …", "Later, …", "Also on Monday, …", "Separately, …", "In addition, …"
        if let comma = (lo..<min(c.hi, lo + 7)).first(where: { tokens[$0].norm == "," }),
           (lo..<comma).allSatisfy({ inTimex(tokens[$0]) || FunctionWords.adverbs.contains(tokens[$0].norm) || FunctionWords.prepositions.contains(tokens[$0].norm) || FunctionWords.connectives.contains(tokens[$0].norm) || ["last", "later", "also", "earlier"].contains(tokens[$0].norm) }) {
            lo = comma + 1
        }
        var kept: [Int] = []
        for i in lo..<c.hi {
            let t = tokens[i]
            if inTimex(t) || FunctionWords.quoteMarks.contains(t.norm) { continue }
            if FunctionWords.prepositions.contains(t.norm) || ["last", "until", "since", "between"].contains(t.norm),
               i + 1 < c.hi, inTimex(tokens[i + 1]) { continue }
            kept.append(i)
        }
        // The whole clause: exports carry it entire, and only a screen cuts it to its width.
        var out = ""
        for (n, i) in kept.enumerated() {
            if n > 0 {
                let p = kept[n - 1]
                out += p == i - 1 ? document.text[TextRange(tokens[p].range.end, tokens[i].range.start)] : " "
            }
            out += tokens[i].text
        }
        var s = Self.trim(out)
        // The byte scans skip Foundation's search when there is nothing to replace (nearly always).
        while Self.hasPair(s, 32, 32) && s.contains("  ") { s = Self.replacingPairs(s, 32, 32, by: 32) }
        if Self.hasPair(s, 32, 44) { s = Self.replacingPairs(s, 32, 44, by: 44) }
        if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
        return s
    }
}
