/// One sentence read for events: its clauses, triggers, speakers, dates.
struct SentenceAnalysis: Sendable {
    let document: Document
    let sentence: Sentence
    let tokens: [EventWord]
    let timexes: [Timex]
    let recognition: PlaceRecognition
    let context: DocumentContext
    let quoteAttribution: String?
    let clauses: [Clause]
    /// Lengths in days or weeks in this sentence ("a day", "three days"), which may measure a happening from its
    /// date ("a day after the protest").
    var measures: [Timex] = []
    /// The way into the rule memo of the load (`RuleMemo`), when it has one: the rules a repeated sentence was read
    /// with before are not run again.
    var rules: RuleMemo.Sentence?
    /// Named people or bodies (two or more capitalised words) who speak in this sentence.
    private(set) var namedSpeakers: [String] = []

    init(document: Document, sentence: Sentence, tokens: [EventWord], timexes: [Timex], recognition: PlaceRecognition,
         context: DocumentContext, quoteAttribution: String?, clauses: [Clause]? = nil) {
        self.document = document
        self.sentence = sentence
        self.tokens = tokens
        self.timexes = timexes
        self.recognition = recognition
        self.context = context
        self.quoteAttribution = quoteAttribution
        self.clauses = clauses ?? ClauseSplitter.split(tokens)
        for (i, t) in tokens.enumerated() where t.isWord && TriggerLexicon.reportingForms[t.norm] != nil {
            if let s = subjectRun(ofReporter: i) { namedSpeakers.append(s) }
        }
    }

    // MARK: names and speakers

    func isNameWord(_ t: EventWord) -> Bool {
        t.isWord && t.isCapitalized && !FunctionWords.nonNames.contains(t.norm) && !FunctionWords.calendarWords.contains(t.norm)
            && !FunctionWords.timeZones.contains(t.norm)
    }

    /// Runs of capitalised words in `lo..<hi` as token index ranges.
    func nameRuns(_ lo: Int, _ hi: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = lo
        while i < hi {
            if isNameWord(tokens[i]) {
                var j = i + 1
                while j < hi, isNameWord(tokens[j]) { j += 1 }
                runs.append(i..<j)
                i = j
            } else { i += 1 }
        }
        return runs
    }

    /// Name runs for actors: runs joined over a lone "of" ("Army Corps of Engineers", "Bank of England"), and a run
    /// that opens the sentence losing its first words while they are common words capitalised only for being first
    /// ("Engineers worked…", "Rescue Divers said…"): words the article also writes in lower case, or a lone word it
    /// never capitalises inside a sentence.
    func actorRuns(_ lo: Int, _ hi: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for run in nameRuns(lo, hi) {
            if let last = runs.last, last.upperBound + 1 == run.lowerBound, tokens[last.upperBound].norm == "of" {
                runs[runs.count - 1] = last.lowerBound..<run.upperBound
            } else {
                runs.append(run)
            }
        }
        return runs.compactMap { run in
            guard opensSentence(run.lowerBound) else { return run }
            var r = run
            while let w = r.first.map({ tokens[$0].norm }),
                  context.lowercaseWords.contains(w) || (r.count == 1 && !context.capitalisedInside.contains(w)) {
                r = r.dropFirst()
            }
            while let w = r.first.map({ tokens[$0].norm }), w == "of" { r = r.dropFirst() }
            return r.isEmpty ? nil : r
        }
    }

    /// Whether token `i` is the first word of its sentence (after any opening quotation marks or dashes).
    func opensSentence(_ i: Int) -> Bool {
        tokens[..<i].allSatisfy { !$0.isWord }
    }

    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return document.text[TextRange(tokens[r.lowerBound].range.start, tokens[r.upperBound - 1].range.end)]
    }

    func inTimex(_ t: EventWord) -> Bool { timexes.contains { $0.range.contains(t.range) } }

    /// A two-word-or-longer capitalised run that is the subject of the reporting verb at `v`.
    func subjectRun(ofReporter v: Int) -> String? {
        guard let np = subjectPhrase(ofReporter: v) else { return nil }
        return np.isName ? np.text : nil
    }

    /// The subject of the reporting verb at `v`: the noun phrase before it in its clause (skipping adverbs and dates),
    /// preferring a full name ("David Arakhamiya, a member of …, said" → "David Arakhamiya").
    func subjectPhrase(ofReporter v: Int) -> (text: String, isName: Bool)? {
        var lo = 0
        for c in clauses where c.lo <= v && v < c.hi { lo = c.lo }
        var end = v
        while end > lo, !tokens[end - 1].isWord || FunctionWords.adverbs.contains(tokens[end - 1].norm) || inTimex(tokens[end - 1]) {
            let w = tokens[end - 1].norm
            if FunctionWords.quoteMarks.contains(w) { break }
            end -= 1
        }
        var start = end
        while start > lo {
            let w = tokens[start - 1].norm
            if w == "," || w == "that" || w == ";" || w == ":" || FunctionWords.quoteMarks.contains(w)
                || ClauseSplitter.subordinators.contains(w) || w == "and" && start - 1 > lo && tokens[start - 2].norm == "," { break }
            start -= 1
        }
        while start < end, ["but", "and", "so", "however", "yet"].contains(tokens[start].norm) { start += 1 }
        let phrase = start..<end
        if phrase.isEmpty {
            // Inverted: ", says the Kremlin."
            // (up to the comma of a clause about the speaker, without a date: "said Marta Rojas, ⟦whose mother
            // died⟧", "said the mayor ⟦on Friday⟧")
            let stop = ((v + 1)..<tokens.count).first { [",", ";", ":", "(", "--", "—", "–"].contains(tokens[$0].norm) } ?? tokens.count
            var words = ((v + 1)..<stop).filter { tokens[$0].isWord }
            while let l = words.last, inTimex(tokens[l]) || FunctionWords.prepositions.contains(tokens[l].norm) { words.removeLast() }
            guard let first = words.first, let last = words.last, words.count <= 8 else { return nil }
            let t = text(first..<(last + 1))
            return (t, nameRuns(first, last + 1).contains { $0.count >= 2 })
        }
        if phrase.count == 1, ["he", "she"].contains(tokens[phrase.lowerBound].norm) {
            return context.lastPerson.map { ($0, true) }
        }
        if phrase.count == 1, FunctionWords.subjectPronouns.contains(tokens[phrase.lowerBound].norm) { return nil }
        if let run = nameRuns(phrase.lowerBound, phrase.upperBound).last(where: { $0.count >= 2 }) {
            return (text(run), true)
        }
        // Apposition: "David Arakhamiya, a member of the … team, today said".
        if phrase.lowerBound > lo, tokens[phrase.lowerBound - 1].norm == ",",
           let run = nameRuns(lo, phrase.lowerBound).last(where: { $0.count >= 2 }), run.upperBound == phrase.lowerBound - 1 {
            return (text(run), true)
        }
        var first = phrase.lowerBound
        while first < phrase.upperBound, FunctionWords.prepositions.contains(tokens[first].norm) || inTimex(tokens[first]) { first += 1 }
        return first < phrase.upperBound ? (text(first..<phrase.upperBound), false) : nil
    }

    /// "“…,” he said" / "…” Zelensky said": the speaker named after the last closing quotation mark.
    func speakerAfterQuote() -> String? {
        guard let q = tokens.lastIndex(where: { FunctionWords.quoteMarks.contains($0.norm) }) else { return nil }
        for v in (q + 1)..<tokens.count where tokens[v].isWord && TriggerLexicon.reportingForms[tokens[v].norm] != nil {
            return subjectPhrase(ofReporter: v)?.text
        }
        // A quotation opened by its speaker: "Peskov also said: “…”".
        if let v = tokens.firstIndex(where: { $0.isWord && TriggerLexicon.reportingForms[$0.norm] != nil }),
           v + 1 < tokens.count, tokens[v + 1].norm == ":" {
            return subjectPhrase(ofReporter: v)?.text
        }
        return nil
    }

    /// "according to X" / "citing X" anywhere in the sentence.
    /// Words that end the name of a source after "according to".
    static let sourceEnders: Set<String> = ["on", "in", "at", "from", "by", "for", "with", "after", "before", "during", "released",
                                            "published", "issued", "compiled", "cited", "seen", "obtained", "which", "that", "who"]

    func accordingTo() -> String? {
        for i in 0..<tokens.count where tokens[i].norm == "according" && i + 1 < tokens.count && tokens[i + 1].norm == "to" {
            var j = i + 2
            // The source's name, up to a phrase or clause about it: "according to preliminary results ⟦released on
            // Monday⟧", "according to figures ⟦from⟧ the ministry".
            while j < tokens.count, tokens[j].isWord, !FunctionWords.adverbs.contains(tokens[j].norm),
                  !(j > i + 2 && (Self.sourceEnders.contains(tokens[j].norm) || tokens[j].norm.hasSuffix("ed") && tokens[j].norm.count > 4
                    && !tokens[j].isCapitalized)) { j += 1 }
            if j > i + 2 {
                let phrase = (i + 2)..<j
                if phrase.count == 1, ["him", "her"].contains(tokens[phrase.lowerBound].norm) { return context.lastPerson }
                return text(phrase)
            }
        }
        return nil
    }
}
