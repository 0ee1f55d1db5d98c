/// Event mentions of one sentence read from its parse: one per predicate, each with the date it governs, its
/// actors, places, negation, modality and attribution.
extension SentenceAnalysis {
    /// What a parsed sentence gives: its mentions and the person it names as a subject (for "he" further on).
    struct ParsedResult {
        var mentions: [ExtractedMention]
        var lastPerson: String?
        /// The people it names in full as subjects (`DocumentContext.persons`).
        var persons: [String] = []
        /// The sites it names with their places, by noun (`DocumentContext.sites`).
        var sites: [String: [PlaceMention]] = [:]
        var lastOrganisation: String?
        var itIsOrganisation = false
        /// The noun of its main clause's subject, or the one before when that subject is "it" or there is none
        /// (`DocumentContext.lastThing`).
        var lastThing: String?
        /// The plural noun of its main clause's subject, or the one before (`DocumentContext.lastGroup`).
        var lastGroup: String?
        /// The noun of what a closing verb last closed, or the one before (`DocumentContext.lastClosed`).
        var lastClosed: String?
        /// Whether the parse found only a saying that is denied ("Investigators have not said how the attackers got
        /// in"): no mention, and no reading by the trigger table either.
        var onlyDenied = false
        /// Mentions (indices into `mentions`) whose day is no day the story is at: dated by the start of a state ("had
        /// found no harmful readings ⟦since Wednesday⟧"), or told in a relative clause as background ("revised its
        /// outlook on Wednesday, saying the attack ⟦that began on March 2⟧ would weigh on revenue").
        var notInFocus: Set<Int> = []
    }

    func parsedMentions(_ parse: ParsedSentence, startingAt base: Int, previous: Int?) -> ParsedResult {
        let tree = DependencyTree(parse)
        let headline = document.headline.map { $0.overlaps(sentence.range) } ?? false
        let found = predicates(tree, headline: headline)
        var result = ParsedResult(mentions: [])
        let sitesNamed = namedSites(tree)
        for (w, places) in sitesNamed.sorted(by: { $0.key < $1.key }) { result.sites[tree.lemma(w)] = places }
        var ordinalOf: [Int: Int] = [:]  // predicate word → ordinal
        var sentenceText: String?
        let sentenceAttribution = accordingTo()
        let textStarts = tokens.first.map { FunctionWords.quoteMarks.contains($0.norm) } ?? false
        // Where the quotation opening the sentence closes.
        let quoteClose = textStarts ? tokens.dropFirst().first(where: { FunctionWords.quoteMarks.contains($0.norm) })?.range.start : nil
        let governments = recognition.governmentActors
        // Subjects that name a person, for "he" in this and later sentences.
        var person = context.lastPerson
        let personBefore = person
        // The organisation last named, and whether it was the last subject (for "the company" and "it").
        var organisation = context.lastOrganisation
        var itIsOrganisation = context.itIsOrganisation
        var reportersWithMentions = Set<Int>()
        // …and those whose content tells something that happened (not only a plan or an expectation).
        var reportersOfHappenings = Set<Int>()
        // The story's day in focus, for a sentence that gives no date of its own; one that opens "Hours later," is
        // on the day of the last happening the article dated, however long before publication.
        let hoursLater = timexes.allSatisfy({ $0.type == .duration }) ? hoursAfterTheLastDay(tree) : nil
        // (a length, or what remains of a period, places the sentence nowhere: "also postponed all surgeries for the
        // rest of the week" is told of the story's day)
        // (nor does a date inside a relative clause, which dates what the clause tells of its noun: "Ilona Sarkova, who had
        // lost to him in the election ⟦of 2019⟧, refused to concede", the day after the vote)
        let placed = timexes.contains { t in t.type != .duration && !Self.measuresTheRest(t, tree: tree) && !Self.inARelativeClause(t, tree: tree) }
        // (nor is a sentence opening with days or more "later" of the story's day: "⟦Several weeks later⟧ the crowd ran
        // for cover" is told of a day after it)
        let focus = placed ? nil : hoursLater ?? (Self.opensDaysLater(tree) ? nil : context.focus)
        // A date opening the sentence ("⟦In 1996⟧, …", "⟦On Monday⟧, …") dates every clause of it.
        var pastOnlyOpening = false
        let opening = openingTimex(tree, pastOnlyOpening: &pastOnlyOpening)
        // The timex each predicate took from a clause it shares its time with, for a clause hanging on it in turn
        // ("struck on Friday, killing 153 people and flattening homes").
        var borrowed: [Int: Int] = [:]
        // The dates measured from the sentence's day ("two days after ⟦the explosion⟧"), for a relative clause of
        // the happening ("the explosion that ⟦killed⟧ two workers").
        var measuredOf: [Int: EventDate] = [:]
        // Each predicate's modality, for a clause of the same time hanging on it.
        var modalityOf: [Int: Modality] = [:]
        func timexOf(predicate h: Int, before w: Int? = nil) -> Int? {
            guard let q = found.predicates.first(where: { $0.word == h || $0.frame.contains(h) }) else {
                // A clause the parse hung on the reporting verb after it ("struck on Friday, ⟦killing⟧ 153 people,
                // officials said") goes with the reported clause before it.
                guard let w, tree.words[h].upos == "VERB", PredicateRules.reporting.contains(tree.lemma(h)),
                      let c = tree.children(h, ["ccomp", "parataxis"]).last(where: { $0 < w }),
                      found.predicates.contains(where: { $0.word == c || $0.frame.contains(c) }) else { return nil }
                return timexOf(predicate: c)
            }
            return q.timex ?? borrowed[q.word]
        }

        // The timex of the first conjunct a conjunct with no subject of its own is told with, through conjuncts that
        // date nothing: "He appeared in court ⟦the following day⟧, made no plea and was ⟦remanded⟧ in custody" (the
        // parse hangs "remanded" on "made", a denied happening with no date).
        func conjunctTimex(_ top: Int) -> Int? {
            var c = top
            while let h = tree.head(c), tree.base(c) == "conj", tree.children(c, ["nsubj", "nsubj:pass"]).isEmpty {
                if found.predicates.contains(where: { $0.word == h || $0.frame.contains(h) }), let t = timexOf(predicate: h) { return t }
                c = h
            }
            return nil
        }

        // The timex of a clause of one day that the verb's "after" or "before" clause, a few seconds, minutes or hours
        // apart, carries: "exploded ⟦about 40 seconds after⟧ lifting off … at 10:42 a.m. on Tuesday".
        func dateOfAClauseMomentsApart(_ v: Int) -> Int? {
            for c in tree.children(v, ["advcl"]) {
                guard let mark = tree.children(c, ["mark"]).first(where: { ["after", "before"].contains(tree.lower($0)) }), mark >= 1,
                      ["second", "minute", "hour", "moment"].contains(tree.lemma(mark - 1)) || tree.lower(mark - 1) == "shortly",
                      let t = timexOf(predicate: c), let iv = timexes[t].interval, iv.dayCount == 1 else { continue }
                return t
            }
            return nil
        }

        for p in found.predicates {
            let frame = p.frame
            let top = frame.last ?? p.word
            // Negation on the predicate or a verb of its frame, unless "not … until <date>" dates it.
            let negated = frame.contains { f in
                tree.children(f, ["advmod", "neg", "det", "aux"]).contains { PredicateRules.negators.contains(tree.lower($0)) }
            } && !frame.contains { f in tree.children(f, ["obl", "advcl"]).contains { c in tree.children(c, ["case", "mark"]).contains { tree.lower($0) == "until" } } }
                // a clause told as not done: "left ⟦without⟧ paying", "hold the phone ⟦without⟧ covering the antenna"
                || tree.children(top, ["mark"]).contains { tree.lower($0) == "without" }
                // a subject that denies it: "⟦No one⟧ was killed", "⟦nobody⟧ was hurt"
                || tree.children(top, ["nsubj", "nsubj:pass"]).contains { s in
                    PredicateRules.negativeSubjects.contains(tree.lower(s)) || tree.children(s, ["det"]).contains { tree.lower($0) == "no" }
                }

            // Attribution: the reporting verb whose content holds the predicate, "according to", a quotation's speaker.
            var attribution: String?
            var reported = false
            let reporter = found.reporter(of: top)
            if let r = reporter {
                attribution = speaker(of: r, tree: tree, person: person, organisation: organisation)
                reported = true
            }
            // A statement ("pleaded", "urged", "warned") is attributed to whoever makes it.
            if attribution == nil, p.kind == .saying || p.kind == .verb && triggerClass(of: p, tree: tree) == .statement {
                attribution = speaker(of: p.word, tree: tree, person: person, organisation: organisation)
            }
            if attribution == nil, let a = sentenceAttribution { attribution = a; reported = true }
            // (inside the quotation: not a clause after its closing mark, "…," said Rojas, whose mother ⟦died⟧ in the fire")
            if attribution == nil, let q = quoteAttribution,
               sentence.quotation != nil || textStarts && (quoteClose.map { c in tree.range(top).map { $0.start < c } ?? true } ?? true) {
                attribution = q; reported = true
            }

            // Modality from auxiliaries and governing verbs.
            var modality: Modality = .happened
            for f in frame {
                var auxes = tree.children(f, ["aux"]).map { tree.lower($0) }
                // Reported speech moves "will" back to "would": "Peskov said talks ⟦would⟧ resume" reports a plan.
                if reporter != nil { auxes = auxes.map { PredicateRules.reportedFuture.contains($0) ? "will" : $0 } }
                if auxes.contains(where: PredicateRules.expectedAux.contains) { modality = .expected }
                else if modality == .happened, auxes.contains(where: PredicateRules.plannedAux.contains) { modality = .planned }
                if f != p.word {
                    let lemma = tree.lemma(f)
                    // "has ⟦yet⟧ to publish", "is yet to decide": not done so far.
                    if ["have", "be"].contains(lemma), tree.children(f, ["advmod"]).contains(where: { tree.lower($0) == "yet" }) { modality = .expected }
                    if PredicateRules.expectedGovernors.contains(lemma) { modality = .expected }
                    else if modality == .happened, PredicateRules.plannedGovernors.contains(lemma) { modality = .planned }
                }
            }
            // "be to": an arrangement ("The first referendum ⟦is to be held⟧ from November 20", "The Home Office is to begin
            // issuing questionnaires").
            if modality == .happened, Self.beTo(top, tree: tree) != nil { modality = .planned }
            // Expecting something is no happening of its own: "approval, which Halvorsen ⟦expects⟧ by the end of
            // March", "analysts ⟦forecast⟧ a cut in March" tell what is expected.
            if p.kind == .verb, PredicateRules.expectationVerbs.contains(tree.lemma(p.word)) { modality = .expected }
            // A headline's bare infinitive: "Apple to lower UK iTunes prices", and one after the noun it tells of: "…,
            // chief executive ⟦to step down⟧".
            if modality == .happened, tree.children(top, ["mark"]).contains(where: { tree.lower($0) == "to" }),
               tree.children(top, ["aux"]).isEmpty,
               tree.head(top) == nil || headline && tree.head(top).map({ ["NOUN", "PROPN", "ADJ"].contains(tree.words[$0].upos) }) == true {
                modality = .planned
            }
            // A clause placing a possibility or a plan in time is one too: "the toll was likely to rise ⟦as⟧ teams
            // reached remote settlements", "would step down ⟦once⟧ a new government was formed", "will be nominated
            // ⟦when⟧ parliament meets".
            // (The parse may make a "when" clause a relative clause of a noun of the clause: the predicate above.)
            // (Not a past tense under a future: "will walk out on Monday ⟦after⟧ talks over pay ⟦broke⟧ down on Thursday"
            // tells what happened; under "would" a past tense is the future told in the past, "would step down once a
            // new government was formed".)
            let pastUnderAFuture = (tree.words[top].xpos == "VBD" || tree.children(top, ["aux", "aux:pass"]).contains { tree.words[$0].xpos == "VBD" })
                && tree.ancestors(top).first(where: { tree.words[$0].upos == "VERB" }).map { v in
                    tree.children(v, ["aux"]).contains { ["will", "shall", "'ll"].contains(tree.lower($0)) } } == true
            if modality == .happened || modality == .claimed, !pastUnderAFuture, ["advcl", "acl"].contains(String(tree.base(top))),
               tree.children(top, ["mark", "advmod"]).contains(where: { PredicateRules.simultaneousMarks.contains(tree.lower($0))
                   || PredicateRules.temporalMarks.contains(tree.lower($0)) }),
               let m = tree.ancestors(top).lazy.compactMap({ h in found.predicates.first(where: { $0.word == h || $0.frame.contains(h) }) }).first
                   .flatMap({ modalityOf[$0.word] }) ?? Self.auxiliaryModality(of: tree.head(top), tree: tree),
               m == .expected || m == .planned {
                // (The clause may hang on a verb of state, no predicate of its own: "would ⟦remain⟧ in office until a
                // new leader was chosen".)
                modality = m
            }
            modalityOf[p.word] = modality
            var cls = triggerClass(of: p, tree: tree)
            if reported && modality == .happened && cls != .statement { modality = .claimed }
            // A denied happening is no event; a denied plan, expectation or claim is one, marked negated.
            // A happening the reporter denies ("said that images had not detected any heat") leaves the saying as the event.
            if negated && (modality == .happened || modality == .claimed && reporter != nil) { continue }

            // The date: the temporal expression it governs, that of the verb it is coordinated with, that of the report.
            var date: (date: EventDate, timex: Timex?)
            if p.kind == .verb, tree.rel(top) == "acl:relcl", let h = tree.head(top), let d = measuredOf[h],
               NonHappening.isNarrativePast(top, tree: tree),
               p.timex.map({ t in tree.subtree(top).allSatisfy { tree.range($0).map { !$0.overlaps(timexes[t].range) } ?? true } }) ?? true {
                // "two days after the explosion that ⟦killed⟧ two workers": what a measured happening did, it did that day.
                var d = d
                d.derivationText = DerivationText(head: "from the happening it tells of: " + d.derivationText.head, tail: d.derivationText.tail)
                date = (d, nil)
            } else if let t = p.timex, Self.namesOnlyAPartOfTheDay(timexes[t]),
                      let measured = measuredDate(of: p.word, predicates: found.predicates, tree: tree) {
                // "canceled 640 flights yesterday, a day after its systems ⟦crashed overnight⟧": a part of the day with no
                // day of its own is of the day the length measures, not of the day in focus.
                date = measured
                measuredOf[p.word] = measured.date
            } else if let t = p.timex, let r = tree.range(p.word),
                      measures.contains(where: { d in timexes[t].range.end <= d.range.start && d.range.end <= r.start }),
                      let measured = measuredDate(of: p.word, predicates: found.predicates, tree: tree) {
                // "was remanded in custody ⟦this afternoon⟧, two days after police ⟦detained⟧ him": a day named before the
                // length that measures the happening is the day it is measured from, not the happening's own (the parse
                // may hang it on the measured verb).
                date = measured
                measuredOf[p.word] = measured.date
            } else if let t = p.timex {
                // A length of time places nothing: quoted talk measured by one is talk still ("“We have been
                // sleeping under plastic sheets for five nights,” she said").
                if timexes[t].interval == nil, inQuotation(top, tree: tree) { continue }
                let timex = onStoryDay(timexes[t], past: NonHappening.isNarrativePast(top, tree: tree) || NonHappening.isNarrativePast(p.word, tree: tree))
                date = (Self.date(from: timex, prefix: ""), timex)
            } else if let t = conjunctTimex(top) {
                // (The conjunct may be the verb lending the predicate its frame: "sparking a fire and ⟦forcing⟧
                // residents to evacuate".)
                date = (Self.date(from: timexes[t], prefix: "from the clause it shares: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, tree.base(top) == "xcomp", tree.words[top].xpos == "VBG", let h = tree.head(top),
                      tree.children(top, ["mark", "nsubj", "nsubj:pass"]).isEmpty, let t = timexOf(predicate: h) {
                // A participle completing a verb is in that verb's time: "in November, when he was found ⟦clinging⟧ to
                // an inner tube", "began on Monday, ⟦working⟧ through the night".
                date = (Self.date(from: timexes[t], prefix: "from the verb it completes: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, let s = tree.children(top, ["nsubj", "nsubj:pass"]).first,
                      let q = found.predicates.first(where: { $0.word == s && $0.kind == .noun }), let t = q.timex,
                      !Self.toldInThePresent(p.word, tree: tree) {
                // "An aftershock on Tuesday ⟦damaged⟧ a health post": what a dated happening did, it did that day.
                // ("The overrun … on Oct. 5 ⟦has renewed⟧ calls for longer safety areas" is told of now: the present
                // and the present perfect keep their own time.)
                date = (Self.date(from: timexes[t], prefix: "from its subject: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, tree.rel(top) == "acl:relcl", let h = tree.head(top),
                      let q = found.predicates.first(where: { $0.kind == .noun && ($0.word == h || Self.harmDoneBy($0.word, clause: top, on: h, tree: tree)) }),
                      let t = q.timex, NonHappening.isNarrativePast(top, tree: tree) {
                // "the 1996 Olympic bombing that ⟦killed⟧ one person": what a dated happening did, it did that day.
                date = (Self.date(from: timexes[t], prefix: "from the happening it tells of: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, NonHappening.isNarrativePast(top, tree: tree),
                      let c = tree.children(top, ["conj"]).first(where: { c in c > top && tree.children(c, ["mark"]).isEmpty
                          // (a passive or perfect of the past tells in the same breath: "Two people were killed and 14 ⟦were⟧
                          // injured on Saturday"; "will", "has" do not)
                          && tree.children(c, ["aux", "aux:pass"]).allSatisfy { ["was", "were", "had", "been"].contains(tree.lower($0)) }
                          // (a past tense with a subject of its own is a sentence of its own: "Critics accused the
                          // government, and lawmakers ⟦walked⟧ out on Thursday")
                          && !(tree.words[c].xpos == "VBD" && tree.children(c, ["nsubj"]).contains { tree.words[$0].upos != "NUM" }) }),
                      let q = found.predicates.first(where: { $0.word == c }), let t = q.timex,
                      !tree.children(top, ["obl", "obl:tmod", "advcl"]).contains(where: { tree.children($0, ["case", "mark"]).contains { c in
                          PredicateRules.temporalMarks.contains(tree.lower(c)) || PredicateRules.temporalPrepositions.contains(tree.lower(c)) } }) {
                // "Six people were ⟦killed⟧ and 58 injured in a car bomb attack on Friday": coordinated happenings told
                // in one breath share the date the parse hung on the last of them.
                date = (Self.date(from: timexes[t], prefix: "from the clause it is told with: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, NonHappening.isNarrativePast(top, tree: tree), let t = dayBesideADate(top, tree: tree) {
                // "plunged on Monday, the day its ferry ⟦sank⟧": what the day set beside a date is told by happened
                // on that date.
                date = (Self.date(from: timexes[t], prefix: "from the day it tells of: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, NonHappening.isNarrativePast(top, tree: tree), let t = mediumTimex(top, tree: tree) {
                // "⟦In a video sent to journalists on Saturday⟧, the kidnappers demanded a ransom": what was said or done
                // in a video, a statement or a letter was said or done when it came out.
                date = (Self.date(from: timexes[t], prefix: "from the medium it was told in: "), timexes[t])
                borrowed[p.word] = t
            } else if let measured = measuredDate(of: p.word, predicates: found.predicates, tree: tree) {
                date = measured
                measuredOf[p.word] = measured.date
            } else if p.kind == .verb, tree.base(top) == "conj", tree.children(top, ["nsubj", "nsubj:pass"]).isEmpty,
                      let h = tree.head(top), var d = measuredOf[h], NonHappening.isNarrativePast(top, tree: tree) {
                // "resigned on Friday, a day after the government backed down and ⟦suspended⟧ the rise": a conjunct with
                // no subject of its own is told of the day its first conjunct was measured to.
                d.derivationText = DerivationText(head: "from the clause it is told with: " + d.derivationText.head, tail: d.derivationText.tail)
                date = (d, nil)
                measuredOf[p.word] = d
            } else if p.kind == .verb, tree.base(top) == "conj", let h = tree.head(top), Self.opensHoursLater(top, tree: tree),
                      NonHappening.isNarrativePast(top, tree: tree),
                      let t = timexOf(predicate: h, before: top), let g = timexes[t].granularity, g <= .day,
                      let iv = timexes[t].interval, iv.dayCount == 1 {
                // "That afternoon the president walked through the ruins, and ⟦a few hours later⟧ rescue teams landed":
                // hours after a happening of one day are of that day (the tagger leaves "hours later" a length).
                date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day,
                                  derivation: "hours after '\(timexes[t].text)', the clause it is told with: \(iv.start.readable)"), nil)
            } else if p.kind == .verb, tree.head(top) == nil, let within = Self.withinHoursPhrase(top, tree: tree),
                      NonHappening.isNarrativePast(top, tree: tree), let day = context.narrativeDay {
                // "The Coast Guard shut the river to shipping ⟦within hours⟧, and that morning the governor declared …":
                // a main clause told within hours of the happening the article dated last, with no date of its own, is of
                // that day (the date of the clause after it is that clause's).
                date = (EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day, isFallback: true,
                                  derivation: EventDate.ownDateMissing + "\(within)\(EventDate.afterTheLastDatedDerivation)\(day.readable)"), nil)
            } else if p.kind == .verb, NonHappening.isNarrativePast(top, tree: tree),
                      let t = followedHappeningTimex(top, predicates: found.predicates, tree: tree) {
                // "Two workers were ⟦killed⟧ and thousands were ordered from their homes after an explosion early on
                // Tuesday": what came of a dated happening, told with no date of its own, came in its time.
                date = (Self.date(from: timexes[t], prefix: "from the happening it came after: "), timexes[t])
                borrowed[p.word] = t
            } else if let h = tree.head(top), tree.base(top) == "advcl",
                      tree.children(top, ["mark"]).contains(where: { PredicateRules.simultaneousMarks.contains(tree.lower($0)) })
                        // ("⟦when⟧ reporters asked": the parse makes "when" an adverb of its clause)
                        || tree.children(top, ["advmod"]).contains(where: { ["when", "while"].contains(tree.lower($0)) })
                        // (or opening the clause where the parse took it for a preposition of the subject: "⟦as⟧ train
                        // drivers began a strike")
                        || tree.subtree(top).first.map({ f in ["ADP", "SCONJ"].contains(tree.words[f].upos) && tree.base(f) == "case"
                            && PredicateRules.simultaneousMarks.contains(tree.lower(f)) }) == true
                        // (or a participle with no subordinator: "struck on Friday, ⟦killing⟧ 153 people"; or one right
                        // before or after it: "killing two people before ⟦fleeing⟧ on foot")
                        || tree.words[top].xpos == "VBG" && tree.children(top, ["aux", "aux:pass"]).isEmpty
                            && tree.children(top, ["mark"]).allSatisfy({ ["before", "after"].contains(tree.lower($0)) }),
                      let t = timexOf(predicate: h, before: top) {
                // "died on Friday ⟦while placing⟧ oxygen tanks": a clause of the same time takes its governor's date.
                date = (Self.date(from: timexes[t], prefix: "from the clause it happened during: "), timexes[t])
                borrowed[p.word] = t
            } else if p.kind == .verb, let h = tree.head(top), tree.base(top) == "advcl",
                      let mark = tree.children(top, ["mark"]).first(where: { ["after", "before"].contains(tree.lower($0)) }), mark >= 1,
                      ["hour", "minute", "moment"].contains(tree.lemma(mark - 1)) || tree.lower(mark - 1) == "shortly",
                      NonHappening.isNarrativePast(top, tree: tree),
                      let t = timexOf(predicate: h, before: top), let g = timexes[t].granularity, g <= .day,
                      let iv = timexes[t].interval, iv.dayCount == 1 {
                // "he told the Chronicle last night, ⟦hours after⟧ he resigned as minister", "served strike notice on
                // Monday, ⟦hours after⟧ negotiations broke down": what came hours or minutes before or after a happening
                // of one day is of that day (it had been dated at publication).
                date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day,
                                  derivation: "hours \(tree.lower(mark)) '\(timexes[t].text)', the clause it is told with: \(iv.start.readable)"), nil)
            } else if p.kind == .verb, let t = dateOfAClauseMomentsApart(top) {
                // "exploded about 40 seconds ⟦after lifting off⟧ … at 10:42 a.m. on Tuesday": what came seconds, minutes
                // or hours after or before a happening of one day is of that day.
                date = (Self.date(from: timexes[t], prefix: "moments from the clause it is told with: "), timexes[t])
                borrowed[p.word] = t
            } else if let h = tree.head(top), tree.base(top) == "advcl",
                      let after = tree.children(top, ["mark"]).first(where: { tree.lower($0) == "after" }),
                      // (not one a length measures: "in March 2023, ⟦two weeks⟧ after he was indicted")
                      after == 0 || !["minute", "hour", "day", "week", "month", "year", "decade"].contains(tree.lemma(after - 1)),
                      !tree.children(top, ["nsubj", "nsubj:pass"]).isEmpty, NonHappening.isNarrativePast(top, tree: tree),
                      let t = timexOf(predicate: h, before: top), let g = timexes[t].granularity, g > .week, g != .unknown {
                // "was rescued last November ⟦after⟧ the boat he was in capsized": what a happening came after fell
                // in the same month or year, when that is all the sentence says (a day is too fine to share: it may
                // have come days before).
                date = (Self.date(from: timexes[t], prefix: "from the clause it came before: "), timexes[t])
                borrowed[p.word] = t
            } else if let h = tree.head(top), tree.base(top) == "advcl",
                      let after = tree.children(top, ["mark"]).first(where: { tree.lower($0) == "after" }),
                      after == 0 || !["minute", "hour", "day", "week", "month", "year", "decade"].contains(tree.lemma(after - 1)),
                      !tree.children(top, ["nsubj", "nsubj:pass"]).isEmpty, NonHappening.isNarrativePast(top, tree: tree),
                      let t = timexOf(predicate: h, before: top), let g = timexes[t].granularity, g <= .day,
                      let day = timexes[t].interval?.start, timexes[t].interval?.dayCount == 1 {
                // "concluded on Wednesday ⟦after⟧ the Netherlands gave its go-ahead": what a happening of one day came
                // after was on that day or before it, an undated "on or before" the day (it may have come days before).
                date = (EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day, isFallback: true,
                                  derivationText: DerivationText(head: "no date of its own: on or before \(day.readable), the day of what it came before",
                                                                 tail: " ('\(timexes[t].text)')")), nil)
            } else if p.kind == .noun, top == p.word, ["obl", "nmod"].contains(String(tree.base(top))),
                      // (the verb above it, wherever the parse hung the phrase: "with their coach after football practice")
                      let h = tree.ancestors(top).first(where: { tree.words[$0].upos == "VERB" }),
                      let after = tree.children(top, ["case"]).first(where: { ["after", "following"].contains(tree.lower($0)) }),
                      after == 0 || !["minute", "hour", "day", "week", "month", "year", "decade"].contains(tree.lemma(after - 1)),
                      NonHappening.isNarrativePast(h, tree: tree),
                      let t = timexOf(predicate: h, before: top), let g = timexes[t].granularity, g != .unknown,
                      let iv = timexes[t].interval {
                // "entered the cave on June 23 with their coach ⟦after⟧ football practice": what a happening came after
                // shares its month or year, and a day's happening came on that day or before it (undated).
                if g > .week {
                    date = (Self.date(from: timexes[t], prefix: "from the clause it came before: "), timexes[t])
                    borrowed[p.word] = t
                } else if g <= .day, iv.dayCount == 1 {
                    date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day, isFallback: true,
                                      derivationText: DerivationText(head: "no date of its own: on or before \(iv.start.readable), the day of what it came before",
                                                                     tail: " ('\(timexes[t].text)')")), nil)
                } else {
                    date = (fallbackDate(modality: modality), nil)
                }
            } else if p.kind == .verb, top == p.word, modality == .happened || modality == .claimed,
                      NonHappening.isNarrativePast(top, tree: tree),
                      let (clause, mark) = tree.children(top, ["advcl"]).lazy.compactMap({ c in
                          tree.children(c, ["mark", "advmod"]).first(where: { tree.lower($0) == "when" || tree.lower($0) == "after" && tree.base($0) == "mark" }).map { (c, $0) } }).first,
                      // (not one a length measures: "resigned ⟦two days⟧ after the report was published on Monday")
                      mark == 0 || !["minute", "hour", "day", "week", "month", "year", "decade"].contains(tree.lemma(mark - 1)),
                      NonHappening.isNarrativePast(clause, tree: tree),
                      let t = found.predicates.first(where: { $0.word == clause })?.timex, let g = timexes[t].granularity, g <= .day,
                      let day = timexes[t].interval?.start, timexes[t].interval?.dayCount == 1 {
                // "More than a hundred passengers ⟦escaped⟧ down inflatable slides after their plane skidded off a wet
                // runway … on Sunday night": a happening with no date of its own that came after one of a day came that
                // day or the next ("spent a second night without electricity … after a fire … plunged Albuquerque into
                // darkness on Tuesday"), never after publication; one that came "when" it did, that day.
                let next = tree.lower(mark) == "after" ? day.adding(days: 1).flatMap { d in document.published.map { d <= $0 } == false ? nil : d } : nil
                let text = "\(tree.lower(mark)) … '\(timexes[t].text)'"
                date = (EventDate(value: next.map { "\(day.iso)/\($0.iso)" } ?? day.iso, interval: DayInterval(day, next ?? day), granularity: .day,
                                  derivationText: DerivationText(head: "no date of its own: " + (next == nil ? "the day of the clause it came with, " : "the day of the clause it came after or the next, ")
                                                                 + day.readable, tail: " (\(text))")), nil)
            } else if let r = reporter, let t = found.reporterTimex[r], modality == .claimed || modality == .happened,
                      p.kind == .verb, Self.pastPerfect(top, tree: tree), let iv = timexes[t].interval, iv.dayCount == 1,
                      // (a report of the publication day keeps it: "The army today claimed that it had re-taken villages")
                      let published = document.published, iv.start < published,
                      // (a tally is the report's news, of its day: "said on Tuesday that the flood had killed ⟦40⟧ people")
                      !tree.children(top, ["obj", "nsubj", "nsubj:pass"]).contains(where: { o in
                          tree.words[o].upos == "NUM" || tree.children(o, ["nummod"]).contains { tree.words[$0].upos == "NUM" } }) {
                // "The company said on Thursday that the contract ⟦had been signed⟧ by its own managers": what a report
                // tells in the past perfect came before the report, on that day or earlier (undated), not on its day.
                date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day, isFallback: true,
                                  derivationText: DerivationText(head: "no date of its own: on or before \(iv.start.readable), the day it was reported",
                                                                 tail: " ('\(timexes[t].text)')")), nil)
            } else if let r = reporter, let t = found.reporterTimex[r], modality == .claimed || modality == .happened {
                date = (Self.date(from: timexes[t], prefix: "the date of the report: "), timexes[t])
            } else if let t = opening, modality == .happened || modality == .claimed,
                      let q = tree.ancestors(top).lazy.compactMap({ a in found.predicates.first(where: { $0.word == a || $0.frame.contains(a) }) }).first,
                      let at = q.timex, at != t {
                // A clause hung on a predicate with a date of its own is of that predicate's time, not of the date opening
                // the sentence: "On Tuesday, May 5, the council heard the appeal; two days later it rejected the plan,
                // ordering a new ⟦survey⟧".
                date = (Self.date(from: timexes[at], prefix: "from the clause it is told with: "), timexes[at])
                borrowed[p.word] = at
            } else if let t = opening, modality == .happened || modality == .claimed,
                      !pastOnlyOpening || ["VBD", "VBN"].contains(tree.words[p.word].xpos) && !Self.toldInThePresent(p.word, tree: tree) {
                date = (Self.date(from: timexes[t], prefix: "the date opening the sentence: "), timexes[t])
            } else if modality == .planned || modality == .expected,
                      let window = windowOfAPlan(p, frame: frame, tree: tree, reportedOn: reporter.flatMap { found.reporterTimex[$0] }) {
                // "The board will publish a preliminary report ⟦within 30 days⟧", "expects to clear the backlog ⟦within
                // two weeks⟧": a plan given a length from the day it is told falls in that window.
                date = (window, nil)
            } else if modality == .planned, let r = reporter, let t = found.reporterTimex[r], let iv = timexes[t].interval, iv.dayCount == 1,
                      let published = document.published, iv.start < published, !inQuotation(top, tree: tree) {
                // "It said ⟦on Monday⟧ that it would seek compensation", in Tuesday's paper: a plan nothing dates is
                // planned as of the day it was told, not as of publication (the release of that Monday says "will seek").
                // (Words in quotation marks stay talk, as below: "“I intend to earn back their trust,” he said on Tuesday".)
                date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day, isFallback: true,
                                  derivationText: DerivationText(head: "no date given: planned as of the day it was said, \(iv.start.readable)",
                                                                 tail: " ('\(timexes[t].text)')")), nil)
            } else if modality == .expected {
                // A possibility nothing dates ("could ⟦watch⟧ the films", "may have a large ⟦impact⟧") is no event
                // of a timeline; a dated one is ("could resume as early as Monday").
                continue
            } else if !headline, modality == .happened || modality == .claimed, let focus,
                      NonHappening.isNarrativePast(p.word, tree: tree)
                        // ("⟦Within 90 seconds⟧ the crew ⟦had evacuated⟧ all 118 passengers": a past perfect placed by its
                        // opening's length is done by then)
                        || hoursLater != nil && Self.pastPerfect(p.word, tree: tree)
                        // ("Hours later, the judge ended the ⟦evacuation⟧": a happening named by the object of a past verb)
                        || hoursLater != nil && p.kind == .noun && tree.head(p.word).map({ NonHappening.isNarrativePast($0, tree: tree) }) == true {
                date = (focus, nil)
            } else if !headline, modality == .happened || modality == .claimed, placed, p.kind == .verb, tree.base(top) == "conj",
                      NonHappening.isNarrativePast(p.word, tree: tree), !inQuotation(top, tree: tree),
                      // (and no time of its own, a length either: "but the board rejected it ⟦within weeks⟧")
                      !tree.subtree(top).contains(where: { w in Lexicon.units[tree.lower(w)] != nil
                          || tree.range(w).map { r in timexes.contains { $0.range.overlaps(r) } } ?? false }),
                      let h = tree.head(top), h < top, NonHappening.isNarrativePast(h, tree: tree), let t = timexOf(predicate: h),
                      let iv = timexes[t].interval, iv.dayCount == 1, let published = document.published, iv.start <= published {
                // "Aldaria's negotiators walked out ⟦that evening⟧, and Kesh ⟦denied⟧ firing on the city": a past clause of
                // its own told after a past clause of one day, with no date of its own, is told of that day as the story's
                // day is (on or before it: never a conflict between outlets).
                date = (EventDate(value: iv.start.iso, interval: DayInterval(day: iv.start), granularity: .day, isFallback: true,
                                  derivationText: DerivationText(head: EventDate.storyDayDerivation + iv.start.readable,
                                                                 tail: " ('\(timexes[t].text)', the clause it is told after)")), nil)
            } else {
                // What a speaker says in quotation marks with no date of its own is talk, not a happening a timeline
                // can place: "“We have given the company every chance,” she said".
                if inQuotation(top, tree: tree) { continue }
                date = (fallbackDate(modality: modality), nil)
            }

            // A plan told in the future tense cannot have happened before the article: a past date it seems to
            // govern belongs to a phrase the parse hung on it ("will pay 410 pence, a premium to the closing price
            // ⟦on Friday⟧").
            if modality == .planned, reporter == nil, date.timex != nil, let published = document.published,
               let end = date.date.interval?.end, end < published,
               frame.contains(where: { f in tree.children(f, ["aux"]).contains { PredicateRules.plannedAux.contains(tree.lower($0)) } }) {
                date = (fallbackDate(modality: modality), nil)
            }

            // Nothing told outside the past tense and dated after the article has happened: "City ⟦face⟧ Real Madrid
            // on Wednesday", "United ⟦travel⟧ to Arsenal next weekend" (a fixture, read as a noun or a verb).
            if modality == .happened, date.timex != nil, let published = document.published,
               let start = date.date.interval?.start, start > published, tree.words[top].xpos != "VBD",
               !frame.contains(where: { f in tree.children(f, ["aux", "aux:pass"]).contains {
                   ["was", "were", "had", "has", "have", "did", "'d", "’d"].contains(tree.lower($0)) } }) {
                modality = .planned
            }

            // Actors: the subject (or agent) when it is a name, then named objects.
            var actors: [String] = []
            var itStandsFor: String?
            var subject = subjectName(of: p.word, frame: frame, tree: tree, person: person, organisation: organisation,
                                      itIsOrganisation: itIsOrganisation)
            // A pronoun subject of a reported clause stands for whoever reports it, when it can: "Toyota said on Tuesday
            // ⟦it⟧ would halt two lines" (not the company named before), "Chief executive Paul Wetzel said ⟦he⟧ would
            // step down" (not the judge named before).
            if let r = reporter, let w = subjectWord(of: p.word, frame: frame, tree: tree), ["it", "he", "she"].contains(tree.lower(w)),
               let rs = subjectWord(of: r, tree: tree), tree.words[rs].upos != "PRON",
               // ("⟦His⟧ lawyer, Karen Liu, said he would appeal": "he" is whoever "his" is; not "⟦Its⟧ leader, Yuichiro
               // Tamaki, said he would not join": a party has no "he".)
               !tree.children(rs, ["nmod:poss"]).contains(where: { ["his", "her"].contains(tree.lower($0)) }),
               !(tree.head(rs).map { h in tree.base(rs) == "appos" && tree.children(h, ["nmod:poss"]).contains { ["his", "her"].contains(tree.lower($0)) } } ?? false),
               let speaker = subjectName(of: r, tree: tree, person: person, organisation: organisation, itIsOrganisation: itIsOrganisation),
               // ("it": an organisation, or any one thing named that is no person: "The U.S. Chemical Safety ⟦Board⟧
               // says it is sending a team")
               tree.lower(w) == "it" ? speaker.isOrganisation || !speaker.isPerson && ["NN", "NNP"].contains(tree.words[rs].xpos) : speaker.isPerson {
                subject = speaker
            }
            // A subject "it" of a verb undoing a closure stands for what the article last told closed, not for the
            // organisation named since: "The airport suspended operations on Tuesday. The ash advisory centre issued a
            // warning. ⟦It⟧ reopened on Friday" is the airport reopening (`DocumentContext.lastClosed`).
            var reopened: String?
            if p.kind == .verb, let closed = self.context.lastClosed, PredicateRules.reopenings.contains(tree.lemma(p.word)),
               let w = subjectWord(of: p.word, frame: frame, tree: tree), tree.lower(w) == "it" {
                subject = nil
                reopened = closed
            }
            if let s = subject {
                actors.append(s.text)
                if s.isPerson {
                    person = s.text
                    if s.text.contains(" "), !result.persons.contains(s.text) { result.persons.append(s.text) }
                }
                // A public body ("the Competition and Markets Authority") is no "company" a later description or
                // "it" may stand for: the company last named stays the one they refer to.
                // (its head word: the last, or the last before "of": "the Public Health ⟦Agency⟧ of Canada")
                let nameWords = s.text.split(separator: " ")
                let head = nameWords.firstIndex(where: { $0 == "of" }).flatMap { $0 > 0 ? nameWords[$0 - 1] : nil } ?? nameWords.last
                let body = s.isOrganisation && head.map { PredicateRules.publicBodyWords.contains($0.lowercased()) } == true
                if s.isOrganisation, !body { organisation = s.text }
                if s.isOrganisation, let w = subjectWord(of: p.word, frame: frame, tree: tree), tree.lower(w) == "it" { itStandsFor = s.text }
                itIsOrganisation = s.isOrganisation && !body
            } else if let w = subjectWord(of: p.word, frame: frame, tree: tree), tree.words[w].upos != "PRON" {
                // Another thing is the subject now: "it" no longer stands for the organisation.
                itIsOrganisation = false
            }
            for f in frame {
                for c in tree.children(f, ["obl:agent", "obj", "iobj", "nmod:poss"]) + agentPhrases(f, tree: tree) {
                    // A place undergoing the event is where it happened, not who acted ("evacuated Siliguri").
                    if let r = tree.range(c), tree.base(c) == "obj", recognition.places.contains(where: { $0.range.overlaps(r) }) { continue }
                    if let name = name(at: c, tree: tree), !actors.contains(name) { actors.append(name) }
                }
            }
            for g in governments where frameRange(frame, tree: tree).contains(where: { $0.overlaps(g.range) }) && !actors.contains(g.name) {
                actors.append(g.name)
            }

            // Places: those in the predicate's own oblique and nominal modifiers.
            // Another happening's phrase is its own ("attacked towns … ⟦after talks with India in Dhaka⟧").
            let otherPredicates = Set(found.predicates.map(\.word)).subtracting(frame)
            let placeWords = frame.flatMap { f in
                tree.children(f, ["obl", "nmod", "obl:npmod", "advmod"]).filter { tree.rel($0) != "obl:agent" }
                    .filter { !otherPredicates.contains($0) }
                    .flatMap { tree.subtree($0, stop: { c in Self.isClausal(tree.rel(c)) && tree.words[c].upos == "VERB" || otherPredicates.contains(c) }) }
            }
            // A place that undergoes the happening is where it happened: "shelled ⟦Kharkiv⟧", "⟦Crimea⟧, annexed
            // by Russia", "named ⟦Istanbul⟧ the venue".
            // A past participle without "have" is passive whatever the parse says: its subject undergoes it.
            let passive = tree.words[p.word].xpos == "VBN" && !tree.children(p.word, ["aux"]).contains { tree.lemma($0) == "have" }
            let patients = frame.flatMap { f in tree.children(f, ["obj", "nsubj:pass", "xcomp"]) }
                + (passive ? tree.children(p.word, ["nsubj"]) : [])
                + (tree.base(top) == "acl" ? [tree.head(top)].compactMap { $0 } : [])
            // The patient's own modifiers locate it too: "met three times ⟦in the border region of Belarus⟧"; so do
            // those of whom it is told to ("told the Senate committee ⟦in Washington⟧ that …").
            let patientRanges = (patients + frame.flatMap { f in tree.children(f, ["iobj"]) }).flatMap { tree.subtree($0, stop: { c in Self.isClausal(tree.rel(c)) && tree.words[c].upos == "VERB" }) }
                .compactMap { tree.range($0) }
            let placeRanges = placeWords.compactMap { tree.range($0) } + patientRanges
            var places = recognition.places.filter { pm in
                placeRanges.contains { $0.overlaps(pm.range) } && !governments.contains { $0.range.overlaps(pm.range) }
            }
            // With no place of its own, the place its subject is in: "Markets ⟦in Baghdad⟧ reopened", "Officials ⟦in
            // Washington⟧ condemned the attack in Kabul" (a subject "from" or "of" a place may have left it).
            if !places.contains(where: { pl in !governments.contains { $0.range.overlaps(pl.range) } }),
               let s = subjectWord(of: p.word, frame: frame, tree: tree) {
                // (or that what it is a part of is in: "two classrooms of the school ⟦in Huanta⟧ caved in", "the roof of
                // a church in Lviv collapsed")
                let parts = tree.children(s, ["nmod"]).filter { m in tree.children(m, ["case"]).contains { tree.lower($0) == "of" } }
                let ranges = (tree.children(s, ["nmod"]) + parts.flatMap { tree.children($0, ["nmod"]) })
                    .filter { m in tree.children(m, ["case"]).contains { PredicateRules.locatingPrepositions.contains(tree.lower($0)) } }
                    .flatMap { tree.subtree($0, stop: { c in Self.isClausal(tree.rel(c)) }) }
                    .compactMap { tree.range($0) }
                places += recognition.places.filter { pm in
                    ranges.contains { $0.overlaps(pm.range) } && !governments.contains { $0.range.overlaps(pm.range) } && !places.contains(pm)
                }
                // So does a town naming the local body that acts, which sits there: "a ⟦Munich⟧ court issued a warrant",
                // "⟦Leeds⟧ magistrates remanded him" (not a lawyer or a reporter, whose town is whose they are:
                // `affiliation`).
                if places.isEmpty, PredicateRules.localBodies.contains(tree.lemma(s)) {
                    let named = tree.children(s, ["compound", "amod"]).filter { $0 < s }
                        .flatMap { tree.subtree($0, stop: { _ in false }) }.compactMap { tree.range($0) }
                    places = recognition.places.filter { pm in
                        pm.place.kind == .city && named.contains { $0.overlaps(pm.range) } && !governments.contains { $0.range.overlaps(pm.range) }
                    }
                }
                // A site as the subject is where its happening is: "⟦St. Clare⟧ followed on Monday", "⟦the Key Bridge⟧
                // collapsed" (the site and the town it is in).
                if places.isEmpty, let r = tree.range(s),
                   recognition.places.contains(where: { $0.place.kind == .site && $0.range.overlaps(r) }) {
                    places = recognition.places.filter { $0.range.overlaps(r) }
                }
                // So is a town as the subject, standing for its people: "⟦Itogon⟧ buried 14 of its dead", "⟦Kherson⟧
                // woke to sirens" (not a capital, which stands for its government: "⟦Washington⟧ imposed sanctions";
                // nor a country or a region, which acts abroad: "Russia invaded Ukraine").
                if places.isEmpty, let r = tree.range(s), tree.words[s].upos == "PROPN",
                   let town = recognition.places.first(where: { pl in pl.place.kind == .city && pl.range == r }),
                   Gazetteer.shared.capitalCountry(of: town.place) == nil {
                    places = [town]
                }
            }
            // An event noun in the clause of a town standing for its people is there too: "⟦Itogon⟧ buried 14 of its dead
            // after a ⟦funeral⟧ Mass", "⟦Kherson⟧ held a vigil after the ⟦shelling⟧".
            if places.isEmpty, p.kind == .noun, !Self.isClausal(tree.rel(p.word)),
               let v = tree.ancestors(p.word).first(where: { tree.words[$0].upos == "VERB" }),
               !([p.word] + tree.ancestors(p.word).prefix(while: { $0 != v })).contains(where: { Self.isClausal(tree.rel($0)) || tree.base($0).hasPrefix("nsubj") }),
               let s = tree.children(v, ["nsubj"]).first, tree.words[s].upos == "PROPN", let r = tree.range(s),
               let town = recognition.places.first(where: { pl in pl.place.kind == .city && pl.range == r }),
               Gazetteer.shared.capitalCountry(of: town.place) == nil {
                places = [town]
            }
            // A happening told as coming about "when" another did is where that one was: "the worst overrun ⟦came⟧ in 2005,
            // when a jet ran off a runway ⟦at Toronto's⟧ Pearson airport".
            if places.isEmpty, p.kind == .verb, PredicateRules.occurringVerbs.contains(tree.lemma(p.word)),
               let c = tree.children(p.word, ["advcl"]).first(where: { c in tree.children(c, ["mark", "advmod"]).contains { tree.lower($0) == "when" } }) {
                let ranges = tree.subtree(c, stop: { k in k != c && Self.isClausal(tree.rel(k)) }).compactMap { tree.range($0) }
                places = recognition.places.filter { pl in ranges.contains { $0.overlaps(pl.range) } && !governments.contains { $0.range.overlaps(pl.range) } }
            }
            // A clause of "where" on a place happened there: "In ⟦Huanta⟧, where the school collapsed on Tuesday, …".
            if places.isEmpty, tree.rel(top) == "acl:relcl", tree.children(top, ["advmod"]).contains(where: { tree.lower($0) == "where" }),
               let h = tree.head(top), let r = tree.range(h) {
                places = recognition.places.filter { pl in pl.range.overlaps(r) && !governments.contains { $0.range.overlaps(pl.range) } }
            }
            // The ends of a journey the happening interrupted are not where it happened: "overturned on its way from
            // Batangas ⟦to Calapan⟧".
            places.removeAll { Self.endOfARoute($0.range, tree: tree) }
            // A place that only qualifies a news outlet or a person by their role is whose they are, not where the
            // happening was: "denied a report by a ⟦Houston⟧ television station", "a ⟦Chicago⟧ lawyer filed suit".
            places.removeAll { Self.affiliation($0.range, tree: tree) }
            // (A possessive place is a participant, "Russia's army", unless what it possesses is a part of it or a site in
            // it: "on ⟦Albuquerque's⟧ west side", "at ⟦Toronto's⟧ Pearson airport" happened there.)
            let participants = places.filter { pl in
                listOpener(pl.range) == .participant || isPossessive(pl.range) && !Self.possessesAPartOfIt(pl.range, tree: tree, places: recognition.places)
            }
            places.removeAll { pl in participants.contains(pl) || listOpener(pl.range) == .example }
            for pl in participants where !actors.contains(pl.place.name) { actors.append(pl.place.name) }
            // With no place yet, that of a site it is at, named here or before ("⟦The airport⟧ reopened that afternoon").
            if places.isEmpty {
                places = sitePlaces(of: frame, subject: subjectWord(of: p.word, frame: frame, tree: tree), tree: tree, named: sitesNamed)
            }

            // The trigger, with a particle ("step ⟦down⟧", "take … ⟦away⟧").
            guard let triggerRange = tree.range(p.word) else { continue }
            var trigger = triggerRange
            var parts: [TextRange] = []
            if let prt = tree.children(p.word, ["compound:prt"]).first, let pr = tree.range(prt), tree.lower(prt) != "place" {
                if prt > p.word + 1 { parts = [triggerRange, pr] }
                trigger = TextRange(min(triggerRange.start, pr.start), max(triggerRange.end, pr.end))
            }

            var lemma = predicateKey(p, tree: tree)
            // Capturing a person is arresting them: "McKee was ⟦recaptured⟧ on Thursday" is the arrest another outlet
            // tells as "was detained" ("troops recaptured the town" stays a capture).
            // (Kidnapping someone is never arresting them: "gunmen ⟦abducted⟧ him".)
            if cls == .capture, p.kind == .verb, !Self.abductions.contains(lemma), patientIsPerson(of: p.word, tree: tree, person: person) {
                cls = .arrest
                lemma = "arrest"
            }
            // "Talks ⟦shifted⟧ online", "the rescue ⟦ended⟧": a verb outside the table whose subject is a table
            // event noun reports that event.

            if cls == .other, p.kind == .verb, !PredicateRules.aboutAHappening.contains(tree.lemma(p.word)),
               !PredicateRules.changingAHappening.contains(tree.lemma(p.word)),
               let s = tree.children(p.word, ["nsubj", "nsubj:pass"]).first(where: { tree.words[$0].upos == "NOUN" }),
               let e = TriggerLexicon.forms[TriggerLexicon.normalize(tree.words[s].form)]?.first(where: { $0.pos == .noun }) {
                cls = e.triggerClass
                lemma = e.lemma
            }
            var keywords = Set<String>()
            // A subject "it" that stands for no organisation is the thing the article last told of as a subject: "the
            // rocket lifted off. About 40 seconds later ⟦it⟧ blew apart" is known by "rocket" too.
            if let reopened { keywords.insert(reopened) } else if !itIsOrganisation, let thing = self.context.lastThing,
               tree.children(top, ["nsubj", "nsubj:pass"]).contains(where: { tree.lower($0) == "it" }) { keywords.insert(thing) }
            // (and "they" the plural it last told of: "Three Norwegian hostages were freed … ⟦They⟧ were released on
            // Friday" is known by "hostage")
            if let group = self.context.lastGroup,
               tree.children(top, ["nsubj", "nsubj:pass"]).contains(where: { tree.lower($0) == "they" }) { keywords.insert(group) }
            // An event noun with few words of its own ("since its launch") is known by its clause's words too.
            let context = p.kind == .noun && frame.count == 1 ? (tree.head(top) ?? top) : top
            // (A site word closing a name is the thing's common noun: "the Harmon ⟦Building⟧" is "the building".)
            for w in tree.subtree(context, stop: { c in Self.isClausal(tree.rel(c)) }) where !frame.contains(w)
                && (["NOUN", "VERB", "ADJ", "ADV"].contains(tree.words[w].upos) || Self.isSiteWordOfAName(w, tree: tree)) {
                let l = tree.words[w].upos == "PROPN" ? tree.lower(w) : tree.lemma(w)
                // (an acronym before a name is part of the name, no word of the clause: "⟦HMP⟧ Kirkhill")
                if Self.isAcronymOfAName(w, tree: tree) { continue }
                if l.count > 2, !ModalityCues.stopwords.contains(l), tree.range(w).map({ r in !timexes.contains { $0.range.overlaps(r) } }) ?? true {
                    keywords.insert(l)
                }
            }
            // A denial is known by what it denies, not by who denies it ("Norland ⟦Chemical⟧ denies …" shares no claim
            // with another of its denials): the clause it takes ("denies ⟦that workers warned managers⟧"), or the
            // clause of the claim it takes as object ("denied a report ⟦that workers had warned managers⟧").
            if p.kind == .verb, NonHappening.denials.contains(tree.lemma(p.word)) {
                let claims = tree.children(p.word, ["ccomp"])
                    + tree.children(p.word, ["obj"]).flatMap { tree.children($0, ["acl", "ccomp"]) }
                    + tree.children(p.word, ["obj", "obl"]).flatMap { o in tree.children(o, ["acl"]).filter { c in tree.children(c, ["mark"]).contains { tree.lower($0) == "that" } } }
                var claimed = Set<String>()
                for c in claims {
                    for w in tree.subtree(c, stop: { Self.isClausal(tree.rel($0)) }) where ["NOUN", "VERB", "ADJ"].contains(tree.words[w].upos) {
                        let l = tree.lemma(w)
                        if l.count > 2, !ModalityCues.stopwords.contains(l) { claimed.insert(l) }
                    }
                }
                if !claimed.isEmpty { keywords = claimed }
                // (a claim named before and denied as "the report", "the allegations": the denial names nothing of its
                // own, and may be any denial of that speaker's on that day: "The Sentinel reported on Wednesday that
                // the transformer had failed an inspection. NMLP ⟦denied⟧ the report the same day.")
                else if let o = tree.children(p.word, ["obj"]).first, PredicateRules.claimNouns.contains(tree.lemma(o)),
                        tree.children[o].allSatisfy({ c in ["det", "punct"].contains(String(tree.base(c))) }),
                        tree.children(o, ["det"]).contains(where: { ["the", "these", "those", "this", "that", "such"].contains(tree.lower($0)) }) {
                    keywords = []
                }
            }
            // A clause describing a noun is about that noun ("the Harmon Building, which the city ⟦closed⟧ on Thursday",
            // "the family's lawsuit, ⟦filed⟧ on Sept. 10"): the noun's words and names are the clause's too.
            let described = p.kind == .verb && ["acl", "acl:relcl"].contains(tree.rel(top)) ? tree.head(top).map { [$0] } ?? [] : []
            var describedNames = Set<String>()
            for n in described {
                for w in tree.subtree(n, stop: { c in Self.isClausal(tree.rel(c)) }) where tree.range(w).map({ r in !timexes.contains { $0.range.overlaps(r) } }) ?? true {
                    let l = tree.lemma(w)
                    if ["NOUN", "ADJ"].contains(tree.words[w].upos), l.count > 2, !ModalityCues.stopwords.contains(l) { keywords.insert(l) }
                    if Self.isSiteWordOfAName(w, tree: tree) { keywords.insert(tree.lower(w)) }
                    if tree.words[w].upos == "PROPN", !FunctionWords.nonNames.contains(tree.lower(w)) { describedNames.insert(TriggerLexicon.normalize(tree.words[w].form)) }
                }
            }
            // The stage it tells of: a stage word modifying the predicate's subject or object, or those it went to
            // ("power was restored ⟦to all⟧ customers", "restored power ⟦to its final 38,000⟧ customers"), or the event noun
            // and whom it befell ("the evacuation ⟦of about 6,000⟧ residents").
            func linked(_ w: Int, _ rel: String, by preposition: String = "to") -> [Int] {
                tree.children(w, [rel]).filter { o in tree.children(o, ["case"]).contains { tree.lower($0) == preposition } }
            }
            let staged = frame.flatMap { v in
                let args = tree.children(v, ["obj", "nsubj", "nsubj:pass"])
                return args + linked(v, "obl") + tree.children(v, ["obj"]).flatMap { linked($0, "nmod") }
            } + (p.kind == .noun ? [p.word] + linked(p.word, "nmod", by: "of") : [])
            // (and the age of whom it befell: "Harold Briggs, ⟦71⟧, died" is not "a ⟦64⟧-year-old woman died")
            for w in staged + described {
                for k in tree.subtree(w, stop: { c in Self.isClausal(tree.rel(c)) }) {
                    if let age = PredicateRules.age(at: k, tree: tree) { keywords.insert("stage:age" + age) }
                }
            }
            // (and how many it counts: "recovered ⟦seven⟧ bodies", "⟦Four⟧ more were rescued"; two outlets' counts that
            // differ on days that differ are two batches, `MentionMerger.compatible`)
            // (a clock time or a date is no count: "at ⟦9⟧ p.m. on Sunday, officers locked …")
            let inTimex = { (w: Int) in tree.range(w).map { r in timexes.contains { $0.range.overlaps(r) } } ?? false }
            // (nor is a length of time the parse made an argument: "exploded about ⟦40⟧ seconds after lifting off")
            let lengthOfTime = { (w: Int) in Lexicon.units[tree.lower(w)] != nil || Self.withinADayUnits.contains(tree.lower(w)) }
            if let n = staged.lazy.filter({ !lengthOfTime($0) }).flatMap({ w in [w] + tree.children(w, ["nummod"]) }).filter({ !inTimex($0) })
                .compactMap({ PredicateRules.count(at: $0, tree: tree) }).first {
                keywords.insert(MergeFeatures.countPrefix + String(n))
            } else if let n = staged.lazy.compactMap({ w -> Int? in
                // (or a list of names counts them: "⟦Ingrid Solberg, Erik Haugland and Mari Lunde⟧ walked free" is three,
                // as "its ⟦three⟧ colleagues were released" is)
                // (the parse may make the second name an apposition of the first, with the third its conjunct)
                let listed = tree.children(w, ["appos"]).filter { a in tree.words[a].upos == "PROPN" && !tree.children(a, ["conj"]).isEmpty }
                let names = tree.children(w, ["conj"]) + listed + listed.flatMap { tree.children($0, ["conj"]) }
                guard tree.words[w].upos == "PROPN", !names.isEmpty, names.allSatisfy({ tree.words[$0].upos == "PROPN" }) else { return nil }
                return names.count + 1
            }).first {
                keywords.insert(MergeFeatures.countPrefix + String(n))
            }
            // (The stage word may head the phrase itself: "freed ⟦the last⟧ of the 12 boys".)
            for w in staged {
                for c in tree.children(w, ["amod", "advmod", "nummod", "det"]) + [w] where !Self.opensABound(c, tree: tree) {
                    if let stage = PredicateRules.stage(of: tree.lower(c)) { keywords.insert("stage:" + stage) }
                }
            }
            // (and the country whose people or envoys it befell, by an adjective or a name modifying them: "expelled
            // three ⟦Kazakh⟧ diplomats" / "expelled three ⟦Norwegian⟧ diplomats", "summoned ⟦Norway's⟧ ambassador";
            // two sides of a tit-for-tat are two happenings however alike their words and days, `MergeFeatures.sides`)
            for w in staged {
                for c in tree.children(w, ["amod", "nmod:poss", "compound"]) {
                    if let code = Self.countrySide(c, tree: tree) { keywords.insert(MergeFeatures.sidePrefix + code) }
                }
            }
            // A definite event noun with nothing of its own points back to the happening its article tells: "⟦the
            // launch⟧, at 1:47 a.m., came after two scrubbed attempts" is the rocket's lifting off that day.
            if p.kind == .noun,
               tree.children(p.word, ["det", "nmod:poss"]).contains(where: { ["the", "this", "that", "its", "their"].contains(tree.lower($0)) }),
               tree.children[p.word].allSatisfy({ c in ["det", "nmod:poss", "punct", "case", "amod", "compound"].contains(String(tree.base(c)))
                   || timexes.contains { t in tree.range(c).map(t.range.overlaps) ?? false } }) {
                keywords.insert(MergeFeatures.definiteKeyword)
            }
            // (or a stage word right after a number subject that the parse hung on the verb: "Four ⟦more⟧ were rescued")
            for v in frame {
                for c in tree.children(v, ["advmod", "amod"]) where c > 0 && c < v && tree.words[c - 1].upos == "NUM"
                    && tree.head(c - 1) == v && !Self.opensABound(c, tree: tree) {
                    if let stage = PredicateRules.stage(of: tree.lower(c)) { keywords.insert("stage:" + stage) }
                }
            }
            // Ending what an event noun names is that happening's end: "called off the ⟦search⟧ on Thursday" and "ended
            // the search on Friday" tell one ending (on two days: a conflict), not a cancelling beside a search.
            if p.kind == .verb, PredicateRules.endingAHappening.contains(lemma),
               // (the object, or the noun after a particle the parse made its preposition: "called ⟦off⟧ the search"; or,
               // passive, the subject: "⟦the search⟧ was called off on Wednesday" is that end too)
               let o = tree.children(p.word, ["obj", "obl", "nsubj:pass"]).first(where: { c in
                   (tree.base(c) == "obj" || tree.rel(c) == "nsubj:pass" || tree.children(c, ["case"]).contains(p.word + 1))
                       && tree.words[c].upos == "NOUN" && !EventNounLexicon.shared.synsets(ofWord: tree.lower(c)).isEmpty }) {
                // (a predicate of its own, "search:end", that joins only another telling of that end: not the search,
                // nor a strike called off before it began)
                lemma = EventNounLexicon.shared.predicateKey(noun: tree.lemma(o)) + ":end"
                cls = .other
            } else if p.kind == .noun, tree.base(p.word) == "obj", let h = tree.head(p.word), frame.contains(h),
                      PredicateRules.endingAHappening.contains(tree.lemma(h)) {
                lemma += ":end"
                cls = .other
            } else if p.kind == .verb, tree.lemma(p.word) == "lift",
                      // Lifting an order for a happening ends it: "lifted the ⟦evacuation⟧ order" is the evacuation's
                      // end, as "ended the evacuation" is (the order its object or, passive, its subject).
                      let order = tree.children(p.word, ["obj", "nsubj:pass"]).first(where: { PredicateRules.orders.contains(tree.lemma($0)) }),
                      let e = tree.children(order, ["compound"]).first(where: { tree.words[$0].upos == "NOUN"
                          && !EventNounLexicon.shared.synsets(ofWord: tree.lower($0)).isEmpty }) {
                lemma = EventNounLexicon.shared.predicateKey(noun: tree.lemma(e)) + ":end"
                cls = .other
            } else if let refused = Self.refusedVerb(p.word, tree: tree) {
                // A refusal is known by what it refuses, and is said: "refused to pay" and "says the network will not
                // pay" tell one refusal (by one speaker, `MentionMerger`'s sayings).
                lemma = "refuse:" + refused
                cls = .statement
            }
            // A death toll told ("the death toll ⟦rose⟧ to 47", "the number of people killed has ⟦risen⟧ to 64") is a
            // telling of the toll, one event with the disaster's killing whatever its count and day: its own predicate,
            // its count the number it reached, its date on or before the day it was told (`TollTelling`).
            if let n = TollTelling.count(p.word, tree: tree), n > 0 {
                lemma = TollTelling.key
                cls = .casualties
                keywords = keywords.filter { !$0.hasPrefix(MergeFeatures.countPrefix) && !$0.hasPrefix("stage:") }
                keywords.insert(MergeFeatures.countPrefix + String(n))
                if !date.date.isFallback, let iv = date.date.interval, iv.dayCount <= 3 {
                    date = (EventDate(value: iv.end.iso, interval: DayInterval(day: iv.end), granularity: .day, isFallback: true,
                                      derivation: "a death toll told: on or before \(iv.end.readable), the day of its telling"), date.timex)
                }
            }
            if sentenceText == nil { sentenceText = document.text[sentence.range] }
            let mention = Mention(document: document.id, range: sentence.range, text: sentenceText!, trigger: trigger,
                                  date: date.date, timex: date.timex, modality: modality, attribution: attribution,
                                  actors: actors, places: places, triggerParts: parts, negated: negated)
            // ("⟦His⟧ lawyer, Karen Liu, said he would appeal": "he" is whoever "his" is, the person named before the
            // sentence, not the speaker.)
            let speakerIsAnothers = reporter.flatMap { r in subjectWord(of: r, tree: tree) }.map { rs in
                tree.children(rs, ["nmod:poss"]).contains(where: { ["his", "her"].contains(tree.lower($0)) })
                    || tree.head(rs).map { h in tree.base(rs) == "appos" && tree.children(h, ["nmod:poss"]).contains { ["his", "her"].contains(tree.lower($0)) } } == true
            } ?? false
            let summary = summary(of: p, tree: tree, predicates: found,
                                  person: speakerIsAnothers ? personBefore : person, attribution: speakerIsAnothers ? nil : attribution,
                                  it: itStandsFor)
            if let t = date.timex, let w = (0..<tree.count).last(where: { tree.range($0).map { $0.end <= t.range.start } ?? false }),
               tree.lower(w) == "since" {
                result.notInFocus.insert(result.mentions.count)
            }
            if ([top] + tree.ancestors(top)).contains(where: { tree.rel($0) == "acl:relcl" }) { result.notInFocus.insert(result.mentions.count) }
            var em = ExtractedMention(mention: mention, triggerClass: cls, lemma: lemma, summary: summary,
                                      ordinal: base + result.mentions.count, keywords: keywords)
            for name in actors + (attribution.map { [$0] } ?? []) {
                for t in EventWord.words(of: name)
                where t.isWord && t.isCapitalized && !FunctionWords.nonNames.contains(t.norm) {
                    em.actorKeys.insert(t.norm)
                }
            }
            em.actorKeys.formUnion(describedNames)
            // A body known by its initials is the same actor told either way: "The Scottish Prison Service ⟦(SPS)⟧ today
            // rejected …" / "⟦The SPS⟧ on Wednesday rejected …" (an acronym subject the tagger read as a common noun too).
            for name in actors { if let a = Self.acronym(after: name, in: sentence.range, of: document) { em.actorKeys.insert(a) } }
            if let w = subjectWord(of: p.word, frame: frame, tree: tree), let a = Self.acronym(tree.words[w].form) { em.actorKeys.insert(a) }
            if frame.contains(where: { f in tree.children(f, ["advmod"]).contains { tree.lower($0) == "then" } }),
               let prev = result.mentions.last?.ordinal ?? previous {
                em.follows.append(prev)
            }
            ordinalOf[p.word] = em.ordinal
            if let r = reporter {
                // (A happening named deep inside the content is not what the saying reports: "said Friday that the air
                // raid is not linked with the probe into the Aug. 7 ⟦bombings⟧" is a statement of Friday.)
                if p.kind != .noun || tree.head(top) == r { reportersWithMentions.insert(r) }
                if modality != .planned && modality != .expected { reportersOfHappenings.insert(r) }
            }
            result.mentions.append(em)
        }
        // A reporting verb whose content gave no mention (none, or only denied happenings) is itself the event:
        // "the service said that satellite images had not detected any heat sources".
        // So is a dated one announcing only a plan or an expectation: "In July 1997, the alliance ⟦announced⟧ it would
        // accept Poland" is an event of July 1997 beside the plan it announces.
        for r in found.reporters where !reportersWithMentions.contains(r)
            || found.reporterTimex[r] != nil && !reportersOfHappenings.contains(r) {
            guard let range = tree.range(r) else { continue }
            // A saying denied is none, nor is what it would not tell: "Investigators have ⟦not⟧ said how the attackers
            // got in", "Police did not say whether anyone was arrested".
            if tree.children(r, ["advmod", "neg", "aux"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }) {
                result.onlyDenied = result.mentions.isEmpty
                continue
            }
            // (A saying told as a participle of the clause before it is in that clause's time: "issued a joint statement
            // Friday ⟦saying⟧ …".)
            let adjunctTimex = tree.base(r) == "advcl" && tree.words[r].xpos == "VBG"
                && tree.children(r, ["nsubj", "nsubj:pass", "mark", "aux"]).isEmpty
                ? tree.head(r).flatMap { timexOf(predicate: $0) } : nil
            let p = Predicates.Predicate(word: r, kind: .saying, frame: [r], timex: found.reporterTimex[r] ?? adjunctTimex)
            let date: (date: EventDate, timex: Timex?) = p.timex.map { t in (Self.date(from: timexes[t], prefix: ""), timexes[t]) }
                ?? (fallbackDate(modality: .happened), nil)
            let who = speaker(of: r, tree: tree, person: person, organisation: organisation)
            if sentenceText == nil { sentenceText = document.text[sentence.range] }
            // Where it was said: a place in its own oblique or in whom it was told to ("told ⟦an industry breakfast in
            // Auckland⟧ that …", "said ⟦in Wellington⟧"), never in what it says.
            let toldWhere = tree.children(r, ["obl", "iobj"]).filter { tree.rel($0) != "obl:agent" }
                .flatMap { tree.subtree($0, stop: { c in Self.isClausal(tree.rel(c)) }) }.compactMap { tree.range($0) }
            let saidAt = recognition.places.filter { pm in
                toldWhere.contains { $0.overlaps(pm.range) } && !recognition.governmentActors.contains { $0.range.overlaps(pm.range) }
                    && !Self.affiliation(pm.range, tree: tree)
            }
            let mention = Mention(document: document.id, range: sentence.range, text: sentenceText!, trigger: range,
                                  date: date.date, timex: date.timex, modality: .happened, attribution: who,
                                  actors: subjectName(of: r, tree: tree, person: person, organisation: organisation,
                                                           itIsOrganisation: itIsOrganisation).map { [$0.text] } ?? [], places: saidAt)
            let summary = summary(of: p, tree: tree, predicates: found, person: person, attribution: who)
            // Known by what it says, so that two sayings of one speaker stay apart.
            var said = Set<String>()
            let content = tree.children(r, ["ccomp", "parataxis", "xcomp", "obj"]).flatMap { tree.subtree($0) }
            for w in content where ["NOUN", "VERB", "ADJ", "ADV"].contains(tree.words[w].upos) {
                let l = tree.lemma(w)
                if l.count > 2, !ModalityCues.stopwords.contains(l), !PredicateRules.reporting.contains(l) { said.insert(l) }
            }
            // ("says the network will not pay": a refusal, one with "refused to pay")
            var em = ExtractedMention(mention: mention, triggerClass: .statement,
                                      lemma: Self.refusedVerb(r, tree: tree).map { "refuse:" + $0 } ?? tree.lemma(r), summary: summary,
                                      ordinal: base + result.mentions.count, keywords: said)
            for t in EventWord.words(of: who ?? "")
            where t.isWord && t.isCapitalized && !FunctionWords.nonNames.contains(t.norm) { em.actorKeys.insert(t.norm) }
            // (and by its initials: "The Scottish Prison Service ⟦(SPS)⟧ said …" / "⟦The SPS⟧ said …")
            if let who, let a = Self.acronym(after: who, in: sentence.range, of: document) { em.actorKeys.insert(a) }
            if let w = subjectWord(of: r, tree: tree), let a = Self.acronym(tree.words[w].form) { em.actorKeys.insert(a) }
            ordinalOf[r] = em.ordinal
            result.mentions.append(em)
        }
        // "after X, Y": X comes first.
        for k in result.mentions.indices {
            guard let word = ordinalOf.first(where: { $0.value == result.mentions[k].ordinal })?.key,
                  let p = found.predicates.first(where: { $0.word == word }) else { continue }
            for f in p.frame {
                for c in tree.children(f, ["advcl", "obl"]) where tree.children(c, ["mark", "case"]).contains(where: { tree.lower($0) == "after" }) {
                    // The first mention inside the "after" phrase.
                    let inside = Set(tree.subtree(c))
                    if let o = ordinalOf.filter({ inside.contains($0.key) }).min(by: { $0.key < $1.key })?.value, o != result.mentions[k].ordinal {
                        result.mentions[k].follows.append(o)
                    }
                }
            }
        }
        // A sentence whose own verb is denied and that tells nothing else leaves nothing for the trigger table either:
        // "Lakeshore did not confirm the demand", "Russia did not launch an attack".
        if result.mentions.isEmpty, let root = (0..<tree.count).first(where: { tree.head($0) == nil }), tree.words[root].upos == "VERB",
           tree.children(root, ["advmod", "aux"]).contains(where: { PredicateRules.negators.contains(tree.lower($0)) }) {
            result.onlyDenied = true
        }
        // (nor one that says a claim false: "Reports that the mayor had resigned were ⟦untrue⟧, his office said")
        if result.mentions.isEmpty, let root = (0..<tree.count).first(where: { tree.head($0) == nil }),
           NonHappening.falsehoods.contains(tree.lemma(root)),
           tree.children(root, ["nsubj"]).contains(where: { PredicateRules.claimNouns.contains(tree.lemma($0)) }) {
            result.onlyDenied = true
        }
        // (and anyone else it names in full: "officers locked ⟦Darren McKee⟧ and ⟦Liam Forsyth⟧ into their cells")
        for w in 0..<tree.count where tree.words[w].upos == "PROPN" && !["flat", "compound"].contains(String(tree.base(w))) {
            if let named = subjectLike(w, tree: tree, person: nil), named.isPerson, named.text.contains(" "),
               !result.persons.contains(named.text) { result.persons.append(named.text) }
        }
        result.lastPerson = person
        result.lastOrganisation = organisation
        result.itIsOrganisation = itIsOrganisation
        result.lastThing = context.lastThing
        result.lastGroup = context.lastGroup
        result.lastClosed = context.lastClosed
        // What a closing verb closed: its object or passive subject ("the operator ⟦shut⟧ the airport", "the road was
        // closed"), or its subject when what it stopped is an output ("the ⟦airport⟧ suspended operations"); the noun
        // that a later "it reopened" stands for.
        for p in found.predicates where p.kind == .verb && PredicateRules.closings.contains(tree.lemma(p.word)) {
            let undergoer = tree.children(p.word, ["obj", "nsubj:pass"]).first
            let thing = undergoer.flatMap { o in PhrasalPredicates.outputs.contains(tree.lemma(o)) ? nil : o }
                ?? tree.children(p.word, ["nsubj"]).first
            if let t = thing, ["NOUN", "PROPN"].contains(tree.words[t].upos) { result.lastClosed = tree.lower(t) }
        }
        if let root = (0..<tree.count).first(where: { tree.head($0) == nil && tree.words[$0].upos == "VERB" }),
           let s = tree.children(root, ["nsubj", "nsubj:pass"]).first {
            if tree.lower(s) != "it" {
                result.lastThing = tree.words[s].upos == "NOUN" && !PredicateRules.personPronouns.contains(tree.lower(s)) ? tree.lemma(s) : nil
            }
            if tree.lower(s) != "they" {
                result.lastGroup = tree.words[s].xpos == "NNS" ? tree.lemma(s) : tree.words[s].xpos == "NNPS" ? tree.lower(s) : nil
            }
        }
        return result
    }

    /// The temporal expression that opens the sentence, set off by a comma: "⟦In 1996⟧, following …, Jobs returned".
    /// Whether relative clause `clause`, hung on noun `noun`, tells the harm done by happening `event` whose "of" phrase
    /// the noun is: "the January 1998 bombing of a Birmingham abortion clinic that ⟦killed⟧ an officer" (a clinic
    /// kills no one; the bombing did).
    static func harmDoneBy(_ event: Int, clause: Int, on noun: Int, tree: DependencyTree) -> Bool {
        tree.head(noun) == event && tree.base(noun) == "nmod" && tree.children(noun, ["case"]).contains { tree.lower($0) == "of" }
            && PredicateRules.harmVerbs.contains(tree.lemma(clause))
    }

    /// The day of a sentence opening "Hours later," ("Minutes later", "Two hours later", "Within hours,"): the day of
    /// the last happening the article dated (`DocumentContext.narrativeDay`), as an undated "on or about" that day.
    /// Whether a timex names the period of which the rest is meant ("for the rest of ⟦the week⟧"): how long, not when.
    static func measuresTheRest(_ t: Timex, tree: DependencyTree) -> Bool {
        guard let top = (0..<tree.count).first(where: { w in tree.range(w).map { t.range.overlaps($0) } == true
            && tree.head(w).map { h in tree.range(h).map { !t.range.overlaps($0) } ?? true } ?? true }) else { return false }
        return tree.base(top) == "nmod" && tree.head(top).map { ["rest", "remainder"].contains(tree.lemma($0)) } == true
    }

    /// Whether a date lies inside a relative clause ("the minister, ⟦who resigned in May⟧, …").
    static func inARelativeClause(_ t: Timex, tree: DependencyTree) -> Bool {
        guard let top = (0..<tree.count).first(where: { w in tree.range(w).map { t.range.overlaps($0) } == true
            && tree.head(w).map { h in tree.range(h).map { !t.range.overlaps($0) } ?? true } ?? true }) else { return false }
        return ([top] + tree.ancestors(top)).contains { tree.rel($0) == "acl:relcl" }
    }

    /// The comma is not needed, and seconds and moments are lengths of that day too ("⟦About 40 seconds later⟧ it blew
    /// apart", "⟦Moments later⟧ the roof fell in").
    func hoursAfterTheLastDay(_ tree: DependencyTree) -> EventDate? {
        guard let day = context.narrativeDay, let end = Self.hoursLaterOpening(tree) else { return nil }
        return EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day, isFallback: true,
                         derivation: EventDate.ownDateMissing + "\(tree.words[0..<end].map(\.form).joined(separator: " "))\(EventDate.afterTheLastDatedDerivation)\(day.readable)")
    }

    /// Whether a verb is in the past perfect: "⟦had evacuated⟧", "⟦had been⟧ closed".
    static func pastPerfect(_ w: Int, tree: DependencyTree) -> Bool {
        tree.words[w].upos == "VERB" && tree.words[w].xpos == "VBN" && tree.children(w, ["aux"]).contains { tree.lower($0) == "had" }
    }

    /// Verbs of taking people by force that no capture by the police tells: "gunmen ⟦kidnapped⟧ him" is no arrest.
    static let abductions: Set<String> = ["kidnap", "abduct"]

    /// Words of a rough count, whatever the tagger made of them ("⟦About⟧ 40 seconds later").
    static let approximators: Set<String> = ["about", "around", "some", "nearly", "almost", "roughly", "barely", "just", "only"]
    /// Units of a length that stays within one day, before "later".
    static let withinADayUnits: Set<String> = ["hours", "hour", "minutes", "minute", "seconds", "second", "moments", "moment"]

    /// The end (exclusive) of a sentence's opening "Hours later" ("Two hours later,", "About 40 seconds later",
    /// "Moments afterwards,", "Within 90 seconds"): a length within a day, then "later", with only numbers, determiners,
    /// adjectives and adverbs before it; or "Within" and such a length.
    static func hoursLaterOpening(_ tree: DependencyTree) -> Int? {
        // ("⟦Within 90 seconds⟧ the crew had evacuated all 118 passengers", "⟦Within hours⟧, the river had burst its
        // banks": a length within a day after "Within")
        if tree.count > 2, tree.lower(0) == "within",
           let unit = (1..<min(tree.count, 5)).first(where: { withinADayUnits.contains(tree.lower($0)) }),
           (1..<unit).allSatisfy({ ["NUM", "DET", "ADJ", "ADV"].contains(tree.words[$0].upos) || approximators.contains(tree.lower($0)) }) {
            return unit + 1
        }
        // ("⟦Forty-four minutes later⟧, the ship went dark": a number written in words with a hyphen, whatever the
        // tagger made of its parts)
        guard let later = (1..<min(tree.count, 8)).first(where: { ["later", "afterwards", "afterward"].contains(tree.lower($0)) }),
              withinADayUnits.contains(tree.lower(later - 1)),
              (0..<later - 1).allSatisfy({ ["NUM", "DET", "ADJ", "ADV"].contains(tree.words[$0].upos) || approximators.contains(tree.lower($0))
                  || Lexicon.numbers.contains(tree.lower($0)) || tree.words[$0].form == "-" && $0 > 0 && Lexicon.numbers.contains(tree.lower($0 - 1)) })
        else { return nil }
        return later + 1
    }

    /// Whether the sentence opens with a length of days or more and "later" ("⟦Several weeks later⟧ the crowd ran for
    /// cover", "⟦Months afterwards⟧ …"): it is told of a day after the one the article told last.
    static func opensDaysLater(_ tree: DependencyTree) -> Bool {
        guard let later = (1..<min(tree.count, 6)).first(where: { ["later", "afterwards", "afterward"].contains(tree.lower($0)) }) else { return false }
        return daysOrMoreUnits.contains(tree.lower(later - 1))
    }

    /// Lengths of a day or more.
    static let daysOrMoreUnits: Set<String> = ["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
                                               "decade", "decades"]

    /// Whether a conjunct clause opens with a length in hours or minutes and "later" ("…, and ⟦a few hours later⟧ rescue
    /// teams landed"), before its verb, or tells its happening "within" such a length after its verb ("raised its offer
    /// on Monday, but the board rejected it ⟦within hours⟧").
    static func opensHoursLater(_ v: Int, tree: DependencyTree) -> Bool {
        let words = tree.subtree(v).sorted()
        return words.contains { k in k >= 1 && k < v && ["later", "afterwards", "afterward"].contains(tree.lower(k))
            && withinADayUnits.contains(tree.lower(k - 1)) }
            || words.contains { k in k > v && tree.lower(k) == "within"
                && (k + 1..<min(k + 4, tree.count)).contains { withinADayUnits.contains(tree.lower($0)) } }
    }

    /// The words that tell a verb's happening "within" a length of hours or minutes among its own words, not those of a
    /// clause coordinated with it ("shut the river to shipping ⟦within hours⟧, and that morning …"), from "within" to
    /// its unit; nil when there are none.
    static func withinHoursPhrase(_ v: Int, tree: DependencyTree) -> String? {
        let conjuncts = tree.children(v, ["conj"]).flatMap { tree.subtree($0) }
        let own = Set(tree.subtree(v)).subtracting(conjuncts)
        for k in own.sorted() where k > v && tree.lower(k) == "within" {
            if let u = (k + 1..<min(k + 4, tree.count)).first(where: { own.contains($0) && withinADayUnits.contains(tree.lower($0)) }) {
                return tree.words[k...u].map(\.form).joined(separator: " ")
            }
        }
        return nil
    }

    /// Whether word `c` opens a bound with "than": "⟦More⟧ than a hundred passengers" counts no more of a batch told
    /// before ("four ⟦more⟧ boys"); it is about a hundred.
    static func opensABound(_ c: Int, tree: DependencyTree) -> Bool {
        c + 1 < tree.count && tree.lower(c + 1) == "than"
    }

    func openingTimex(_ tree: DependencyTree, pastOnlyOpening: inout Bool) -> Int? {
        // (after a connective: "⟦But⟧ in June last year, …", "⟦Also⟧ on Friday morning, …")
        let connectives: Set<String> = ["also", "meanwhile", "then", "earlier", "later", "separately"]
        guard var first = (0..<tree.count).first(where: { tree.words[$0].upos != "PUNCT" }) else { return nil }
        while first + 1 < tree.count, tree.words[first].upos == "CCONJ" || connectives.contains(tree.lower(first)) {
            first += 1
            if tree.words[first].upos == "PUNCT", first + 1 < tree.count { first += 1 }
        }
        guard let firstRange = tree.range(first) else { return nil }
        // (after its preposition and a word of degree: "At ⟦about⟧ 1:10 a.m. on Monday, …")
        var afterPreposition = first + 1
        while afterPreposition + 1 < tree.count, Self.degreeWords.contains(tree.lower(afterPreposition)) { afterPreposition += 1 }
        for (k, t) in timexes.enumerated() {
            // The expression starts the sentence, or right after its preposition.
            let opensAt = t.range.start == firstRange.start
                || tree.words[first].upos == "ADP" && afterPreposition < tree.count && tree.range(afterPreposition)?.start == t.range.start
            guard opensAt else { continue }
            guard let next = (0..<tree.count).first(where: { tree.range($0).map { $0.start >= t.range.end } ?? false }) else { return nil }
            // (or "on" a day with the subject right after it, no comma between: "⟦On Wednesday⟧ the agency suspended the
            // tender and the opposition tabled a motion", where the second clause had been dated at publication)
            // (its clauses told in the past only, and none after a semicolon: "…; he ⟦is recovering⟧ in hospital" is now)
            // (or "at" a time of a day: "⟦At about 2:20 p.m.⟧ the crowd at Gate 7 surged and five people were crushed")
            // (or a day told with no preposition: "⟦That afternoon⟧ the first booms went into the water, and the first
            // estimate put the leak at 200 tonnes", "⟦Yesterday⟧ the minister resigned and her deputy took over"; not a
            // live blog's clock stamp, "⟦11:00 a.m.⟧ Police reopened the road, but the beach stays closed")
            let onADayBeforeTheSubject = (tree.lower(first) == "on" && t.granularity.map { $0 <= .day } == true
                                          || tree.lower(first) == "at" && t.type == .time && t.interval?.dayCount == 1
                                          || t.range.start == firstRange.start && tree.words[first].upos != "ADP"
                                              && t.granularity.map { $0 <= .day && $0 != .time } == true)
                && ["DET", "PROPN", "NOUN", "PRON"].contains(tree.words[next].upos) && !(0..<tree.count).contains { tree.words[$0].form == ";" }
            if tree.words[next].form != ",", onADayBeforeTheSubject { pastOnlyOpening = true }
            return tree.words[next].form == "," || onADayBeforeTheSubject ? k : nil
        }
        return nil
    }

    /// The date a clause tells the day of, set beside it: "on Monday, ⟦the day⟧ its ferry sank". The day noun, with
    /// "the", comes right before the clause's subject (however the parse hung it: in apposition to the date with the
    /// clause describing it, or as a bare nominal of the clause), and right after the date and a comma.
    func dayBesideADate(_ v: Int, tree: DependencyTree) -> Int? {
        guard let s = tree.children(v, ["nsubj", "nsubj:pass"]).first, let first = tree.subtree(s).min(), first >= 4,
              PredicateRules.dayNouns.contains(tree.lemma(first - 1)), tree.lower(first - 2) == "the",
              tree.words[first - 3].form == ",", let r = tree.range(first - 4) else { return nil }
        return timexes.firstIndex { $0.range.overlaps(r) }
    }

    /// The timex of a participle dating a medium the verb's clause names after "in": "⟦in a video released on October
    /// 17⟧", "in a statement issued on Monday" (whatever the parse hung the phrase on).
    func mediumTimex(_ v: Int, tree: DependencyTree) -> Int? {
        for m in tree.subtree(v) where m >= 1 && m + 1 < tree.count && Self.media.contains(tree.lemma(m)) {
            let x = m + 1
            guard x != v, tree.words[x].xpos == "VBN", tree.head(x) == m || tree.head(m) == x,
                  // ("in a video", "in a recorded statement": the phrase opens with "in")
                  let open = (max(0, m - 3)..<m).last(where: { tree.lower($0) == "in" }),
                  (open + 1..<m).allSatisfy({ ["DET", "ADJ", "NUM"].contains(tree.words[$0].upos) })
            else { continue }
            for w in tree.subtree(x).filter({ $0 > x }).sorted() {
                guard let r = tree.range(w), let t = timexes.firstIndex(where: { $0.range.overlaps(r) }), timexes[t].interval != nil else { continue }
                return t
            }
        }
        return nil
    }

    /// Media a happening is told or done in: "demanded a ransom ⟦in a video⟧", "⟦in a statement⟧".
    static let media: Set<String> = ["video", "statement", "letter", "message", "recording", "broadcast", "interview", "speech",
                                     "post", "tweet", "email", "communique", "communiqué", "audio", "tape", "footage"]

    /// Whether a verb is told in the present or the present perfect ("⟦renews⟧", "⟦has renewed⟧", "⟦have been⟧ closed").
    static func toldInThePresent(_ v: Int, tree: DependencyTree) -> Bool {
        let present: Set<String> = ["VBZ", "VBP"]
        if present.contains(tree.words[v].xpos) { return true }
        return tree.children(v, ["aux", "aux:pass"]).contains { present.contains(tree.words[$0].xpos) && tree.lemma($0) == "have" }
    }

    /// Whether the place at `range` is where a journey named by a noun goes or comes from ("on its ⟦way⟧ from Batangas
    /// to Calapan", "on the ⟦crossing⟧ to Calapan"): an end of the route, not a place of what happened on it.
    static func endOfARoute(_ range: TextRange, tree: DependencyTree) -> Bool {
        guard let w = (0..<tree.count).first(where: { tree.range($0).map { $0.overlaps(range) } ?? false && ["NOUN", "PROPN"].contains(tree.words[$0].upos) }) else { return false }
        var n = w
        // (the name's head: "to ⟦Calapan⟧ City")
        while tree.words[n].upos == "PROPN", ["flat", "compound"].contains(String(tree.base(n))), let h = tree.head(n) { n = h }
        let ends = { (x: Int) in tree.children(x, ["case"]).contains(where: { ["to", "from", "toward", "towards"].contains(tree.lower($0)) }) }
        guard ends(n), var h = tree.head(n) else { return false }
        // (or on the other end, as the parse may hang it: "from Batangas ⟦to Calapan⟧" on "Batangas")
        while !routeNouns.contains(tree.lemma(h)), ["NOUN", "PROPN"].contains(tree.words[h].upos), ends(h), let above = tree.head(h) { h = above }
        return routeNouns.contains(tree.lemma(h))
    }

    /// Whether a place names only the home of an outlet or of a person named by role: the place's name modifies that
    /// noun ("a ⟦Houston⟧ television station", "a ⟦Baltimore⟧ city official"), the noun is not a site.
    static func affiliation(_ range: TextRange, tree: DependencyTree) -> Bool {
        guard let w = (0..<tree.count).first(where: { tree.range($0).map { $0.overlaps(range) } ?? false && tree.words[$0].upos == "PROPN" }) else { return false }
        var n = w
        // (the name's head: "⟦New⟧ York")
        while tree.base(n) == "flat", let h = tree.head(n), tree.range(h).map({ $0.overlaps(range) }) == true { n = h }
        guard ["compound", "amod"].contains(String(tree.base(n))), var h = tree.head(n), h > n else { return false }
        // (through the nouns between: "a Houston ⟦television⟧ station")
        while tree.base(h) == "compound", let above = tree.head(h), above > h { h = above }
        return tree.words[h].upos == "NOUN" && PredicateRules.affiliationNouns.contains(tree.lemma(h))
    }

    /// Nouns of a journey whose ends a place after "to" or "from" names.
    static let routeNouns: Set<String> = ["way", "journey", "route", "crossing", "voyage", "trip", "flight", "passage", "run"]

    /// Words of degree between a preposition and its time ("at ⟦about⟧ 2 a.m.", "⟦shortly⟧ after noon").
    static let degreeWords: Set<String> = ["about", "around", "approximately", "roughly", "nearly", "almost", "just", "shortly"]

    /// A capitalised site word closing a proper name: "the Harmon ⟦Building⟧", "the Key ⟦Bridge⟧", "St. Brendan Medical
    /// ⟦Center⟧". Another outlet calls the thing by that word: "the building", "the bridge".
    /// An acronym the parse made a common noun, right before a name: "⟦HMP⟧ Kirkhill", "⟦RAF⟧ Lossiemouth".
    static func isAcronymOfAName(_ w: Int, tree: DependencyTree) -> Bool {
        let form = tree.words[w].form
        return tree.words[w].upos == "NOUN" && form.count >= 2 && form.allSatisfy(\.isUppercase)
            && w + 1 < tree.count && tree.words[w + 1].upos == "PROPN"
    }

    static func isSiteWordOfAName(_ w: Int, tree: DependencyTree) -> Bool {
        tree.words[w].upos == "PROPN" && w > 0 && (tree.words[w - 1].upos == "PROPN" || tree.words[w - 1].xpos == "NNP") && PlaceRecognizer.siteWords.contains(tree.lower(w))
    }

    static func isClausal(_ rel: String) -> Bool {
        switch rel.split(separator: ":", maxSplits: 1).first ?? Substring(rel) {
        case "advcl", "ccomp", "parataxis", "acl", "csubj", "conj", "list": return true
        default: return false
        }
    }

    /// The ranges of the frame's words.
    func frameRange(_ frame: [Int], tree: DependencyTree) -> [TextRange] { frame.compactMap { tree.range($0) } }

    /// "by X" under a passive verb: the agent.
    func agentPhrases(_ f: Int, tree: DependencyTree) -> [Int] {
        guard tree.children(f, ["aux:pass"]).count > 0 || tree.words[f].upos == "NOUN" else { return [] }
        return tree.children(f, ["obl", "nmod"]).filter { c in tree.children(c, ["case"]).contains { tree.lower($0) == "by" } }
    }

    /// Whether a timex names a part of the day and no day: "overnight", "in the morning", "that night" does not qualify
    /// ("that" names the day in focus).
    static func namesOnlyAPartOfTheDay(_ t: Timex) -> Bool {
        guard ["TMO", "TAF", "TEV", "TNI"].contains(where: { t.value.hasSuffix($0) }) else { return false }
        let words = t.text.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.isEmpty && words.allSatisfy { partOfTheDayWords.contains(String($0)) }
    }
    static let partOfTheDayWords: Set<String> = ["overnight", "in", "the", "during", "early", "late", "morning", "afternoon", "evening",
                                                 "night", "at"]

    /// The merge key of a predicate: a verb's lemma, an event noun's verb.
    /// A happening measured from the sentence's date: "cut on Tuesday night, a day after ⟦the protest⟧" (the
    /// Monday), "reached Derna on Wednesday, three days after floods ⟦destroyed⟧ the port" (the Sunday), "on 1 May,
    /// two weeks before ⟦the vote⟧". The first predicate after "<length> after/before", when a day named earlier in
    /// the sentence anchors it; lengths in days and weeks. Read from the words, not the parse, which seldom gets
    /// such a phrase right.
    func measuredDate(of word: Int, predicates: [Predicates.Predicate], tree: DependencyTree) -> (date: EventDate, timex: Timex?)? {
        guard let r = tree.range(word) else { return nil }
        for d in measures where d.range.end <= r.start {
            guard let days = Self.days(in: d.value),
                  let w = (0..<tree.count).first(where: { tree.range($0).map { $0.start >= d.range.end } ?? false }),
                  ["after", "before"].contains(tree.lower(w)), w < word,
                  let first = predicates.first(where: { $0.word > w })?.word,
                  // (or the event noun a light verb takes: "after the center ⟦issued⟧ a ⟦warning⟧")
                  first == word || tree.head(word) == first && tree.base(word) == "obj" && tree.words[word].upos == "NOUN",
                  let (from, anchorText) = anchorDay(before: d.range, tree: tree),
                  let day = from.adding(days: tree.lower(w) == "after" ? -days : days) else { continue }
            let derivation = "'\(d.text) \(tree.lower(w))' \(anchorText)"
            return (EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day, derivation: derivation), nil)
        }
        // "on April 14, ⟦the day after⟧ it reported a loss": the day set beside a date, and what came the day before it
        // (or the day after: "⟦the day before⟧ the vote").
        for k in 3..<max(3, tree.count - 1) where tree.lemma(k) == "day" && tree.lower(k - 1) == "the" && tree.lower(k - 2) == ","
            && ["after", "before"].contains(tree.lower(k + 1)) && k + 1 < word {
            guard predicates.first(where: { $0.word > k + 1 })?.word == word, let before = tree.range(k - 3),
                  let anchor = timexes.last(where: { $0.range.overlaps(before) && $0.type == .date && $0.interval?.dayCount == 1 }),
                  let day = anchor.interval?.start.adding(days: tree.lower(k + 1) == "after" ? -1 : 1) else { continue }
            let derivation = "'the day \(tree.lower(k + 1))' \(anchor.derivation.isEmpty ? "'\(anchor.text)'" : anchor.derivation)"
            return (EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day, derivation: derivation), nil)
        }
        return nil
    }

    /// The day a length before `measure` is measured from: a day named earlier in the sentence, in the measured clause's
    /// own ("denied ⟦on Wednesday⟧ a report that workers had warned managers a week before the blast" measures the
    /// warning, which that day does not date); else the day of a definite event noun heading the sentence, which its
    /// article has dated before: "The bank was shut down late on Friday. ⟦The closure⟧ came a day after the chief
    /// executive stepped down" (the Thursday).
    func anchorDay(before measure: TextRange, tree: DependencyTree) -> (Day, String)? {
        if let anchor = timexes.last(where: { $0.range.end <= measure.start && ($0.type == .date || $0.type == .time) && $0.interval?.dayCount == 1 }) {
            guard let day = anchor.interval?.start, !Self.contentBetween(measure: measure, anchor: anchor.range, tree: tree) else { return nil }
            return (day, anchor.derivation.isEmpty ? "'\(anchor.text)'" : anchor.derivation)
        }
        // (the subject of the sentence's root, an event noun with "the", "this" or "that", before the length)
        guard let root = (0..<tree.count).first(where: { tree.head($0) == nil }),
              let s = tree.children(root, ["nsubj"]).first, tree.words[s].upos == "NOUN",
              tree.range(s).map({ $0.end <= measure.start }) == true,
              tree.children(s, ["det"]).contains(where: { ["the", "this", "that"].contains(tree.lower($0)) }),
              EventNounLexicon.shared.isEventNoun(tree.lemma(s)) else { return nil }
        let key = EventNounLexicon.shared.predicateKey(noun: tree.lemma(s))
        guard let day = context.predicateDays[key] else { return nil }
        return (day, "'\(tree.words[s].form.lowercased())' of \(day.readable), told before")
    }

    /// The timex of a happening of one day that the verb, or the verb it is coordinated with, came after: an "after"
    /// or "following" phrase headed by an event noun with a date of its own ("after an explosion ⟦early on Tuesday⟧"),
    /// also where the parse hung the phrase on the verb's oblique ("were taken to the hospital after the evacuation ⟦on
    /// Sunday⟧"). Not one a length measures ("two days after the blast on Monday" is `measuredDate`'s), nor an "after"
    /// clause: "spent a second night without electricity … after a fire plunged the city into darkness ⟦on Tuesday⟧"
    /// was not that Tuesday.
    func followedHappeningTimex(_ verb: Int, predicates: [Predicates.Predicate], tree: DependencyTree) -> Int? {
        var verbs = [verb] + tree.children(verb, ["conj"]).filter { tree.words[$0].upos == "VERB" }
        if tree.base(verb) == "conj", let h = tree.head(verb), tree.words[h].upos == "VERB" { verbs.append(h) }
        func oneDay(_ t: Int) -> Bool {
            // (a day: what came after a happening of some year may have come years later, "After a flood at
            // Jalpaiguri in 1968, a new embankment was built")
            timexes[t].interval?.dayCount == 1 && timexes[t].granularity.map { $0 <= .day } == true
        }
        func unmeasured(_ mark: Int) -> Bool {
            mark == 0 || !["minute", "hour", "day", "week", "month", "year"].contains(tree.lemma(mark - 1))
        }
        for v in verbs {
            let obliques = tree.children(v, ["obl"]) + tree.children(v, ["obl"]).flatMap { tree.children($0, ["nmod"]) }
            for o in obliques {
                guard let mark = tree.children(o, ["case"]).first(where: { ["after", "following"].contains(tree.lower($0)) }),
                      unmeasured(mark),
                      let q = predicates.first(where: { $0.word == o && $0.kind == .noun }), let t = q.timex, oneDay(t) else { continue }
                return t
            }
        }
        return nil
    }

    /// What a verb refuses: the infinitive of "refused to pay", "declined to comment"; or, for a saying, the verb its
    /// content says will not be done ("says the network ⟦will not pay⟧ the ransom", "said it would never sell").
    static func refusedVerb(_ v: Int, tree: DependencyTree) -> String? {
        if PredicateRules.refusals.contains(tree.lemma(v)),
           let x = tree.children(v, ["xcomp"]).first(where: { tree.words[$0].upos == "VERB" && tree.children($0, ["mark"]).contains { tree.lower($0) == "to" } }) {
            return tree.lemma(x)
        }
        guard tree.words[v].upos == "VERB", PredicateRules.reporting.contains(tree.lemma(v)),
              let c = tree.children(v, ["ccomp"]).first(where: { tree.words[$0].upos == "VERB" }),
              tree.children(c, ["aux"]).contains(where: { ["will", "would", "wo", "shall"].contains(tree.lower($0)) }),
              tree.children(c, ["advmod", "aux"]).contains(where: { ["not", "n't", "never"].contains(tree.lower($0)) })
        else { return nil }
        return tree.lemma(c)
    }

    /// Whether the length measuring a happening sits in a clause told as the content of a report or claim (or of a
    /// noun) under the clause its anchoring day dates: the day dates the telling, not what is measured.
    static func contentBetween(measure: TextRange, anchor: TextRange, tree: DependencyTree) -> Bool {
        func word(_ r: TextRange) -> Int? { (0..<tree.count).first { tree.range($0).map { $0.overlaps(r) } ?? false } }
        guard let m = word(measure), let a = word(anchor) else { return false }
        var above: Set<Int> = [a]
        var k = a
        while let h = tree.head(k) { above.insert(h); k = h }
        k = m
        while !above.contains(k), let h = tree.head(k) {
            if ["ccomp", "acl"].contains(String(tree.base(k))), tree.words[k].upos == "VERB" { return true }
            k = h
        }
        return false
    }

    /// The days of a duration value in days or weeks ("P3D" → 3, "P2W" → 14); a few minutes or hours are none: "a
    /// minute after a reactor exploded", told of 2:41 a.m. on Tuesday, is Tuesday's ("PT1M" → 0).
    /// The days a plan falls in when a length "within" or "in" which it is to happen hangs on it: from the day it is
    /// told (the report's, else publication) to that length later ("will publish … ⟦within 30 days⟧", "expects to clear
    /// the backlog ⟦within two weeks⟧"; `PlanWindowTests`).
    func windowOfAPlan(_ p: Predicates.Predicate, frame: [Int], tree: DependencyTree, reportedOn report: Int?) -> EventDate? {
        guard let told = report.flatMap({ timexes[$0].interval?.start }) ?? document.published else { return nil }
        for d in measures where d.type == .duration {
            guard let n = Self.days(in: d.value), n > 0,
                  let w = (0..<tree.count).last(where: { k in tree.range(k).map { d.range.contains($0) } ?? false }),
                  tree.children(w, ["case"]).contains(where: { ["within", "in"].contains(tree.lower($0)) }),
                  let h = tree.head(w), frame.contains(h) || h == p.word,
                  let end = told.adding(days: n) else { continue }
            return EventDate(value: "\(told.iso)/\(end.iso)", interval: DayInterval(told, end), granularity: .day,
                             derivationText: DerivationText(head: "within '\(d.text)' of \(told.readable)", tail: ""))
        }
        return nil
    }

    static func days(in value: String) -> Int? {
        if value.hasPrefix("PT"), let unit = value.last, unit == "M" || unit == "H",
           let n = Int(value.dropFirst(2).dropLast()), n > 0, unit == "M" ? n < 60 : n < 6 { return 0 }
        guard value.hasPrefix("P"), let unit = value.last, unit == "D" || unit == "W",
              let n = Int(value.dropFirst().dropLast()), n > 0, n <= 366 else { return nil }
        return unit == "W" ? n * 7 : n
    }

    func predicateKey(_ p: Predicates.Predicate, tree: DependencyTree) -> String {
        let lemma = tree.lemma(p.word)
        if p.kind == .noun, WorkStoppage.isStrike(p.word, tree: tree) { return "strike" }
        if let c = Self.orderedHappening(of: p.word, tree: tree) { return EventNounLexicon.shared.predicateKey(noun: tree.lemma(c)) }
        if p.kind == .noun { return EventNounLexicon.shared.predicateKey(noun: lemma) }
        if let noun = Self.relativeEventNoun(of: p.word, tree: tree) { return EventNounLexicon.shared.predicateKey(noun: tree.lemma(noun)) }
        return PhrasalPredicates.meaning(of: p.word, tree: tree) ?? lemma
    }

    /// The happening an order names by the noun before it: "Monday's ⟦evacuation⟧ order" orders the evacuation, one
    /// happening with "ordered the evacuation of Morgan City on Monday"; so does the light verb that issues it ("the
    /// evacuation order ⟦issued⟧ on Monday", "an evacuation order was ⟦issued⟧"). Nil for an order of no happening ("a
    /// purchase order" is a purchase noun too, "a court order" is not). An order the subject of its clause (or what a
    /// saying is about) is the order as a state, not its issuing: "says the evacuation order will stay in place overnight".
    static func orderedHappening(of w: Int, tree: DependencyTree) -> Int? {
        var noun = w
        if tree.words[w].upos == "VERB" {
            guard PredicateRules.isLight(w, tree: tree) else { return nil }
            if tree.base(w) == "acl", let h = tree.head(w), h < w { noun = h }
            else if let o = tree.children(w, ["obj", "nsubj:pass"]).first { noun = o } else { return nil }
        } else if !["obl", "nmod", "obj"].contains(String(tree.base(w)))
                    || tree.head(w).map({ PredicateRules.reporting.contains(tree.lemma($0)) }) == true { return nil }
        guard PredicateRules.orderNouns.contains(tree.lemma(noun)) else { return nil }
        return tree.children(noun, ["compound"]).last { c in
            c < noun && TriggerLexicon.forms[TriggerLexicon.normalize(tree.words[c].form)]?.contains(where: { $0.pos == .noun }) == true
        }
    }

    /// The event noun a light verb's relative pronoun stands for: "the fires, ⟦which⟧ began on Feb. 2" is the fires'
    /// beginning, one happening with "the fires broke out" (the noun stays its own clause's argument: "…, destroyed
    /// 7,000 homes").
    static func relativeEventNoun(of v: Int, tree: DependencyTree) -> Int? {
        guard PredicateRules.isLight(v, tree: tree), tree.base(v) == "acl", let h = tree.head(v), h < v, tree.words[h].upos == "NOUN",
              tree.children(v, ["nsubj", "nsubj:pass"]).contains(where: { ["which", "that"].contains(tree.lower($0)) }),
              tree.children(v, ["obj"]).isEmpty else { return nil }
        let lemma = tree.lemma(h)
        let known = TriggerLexicon.forms[TriggerLexicon.normalize(tree.words[h].form)]?.contains(where: { $0.pos == .noun }) == true
        return known || EventNounLexicon.shared.isEventNoun(lemma) ? h : nil
    }

    /// The modality a verb's own auxiliary gives it ("⟦will⟧ remain" planned, "⟦would⟧ remain" reported future,
    /// "⟦could⟧ remain" expected), or nil.
    static func auxiliaryModality(of verb: Int?, tree: DependencyTree) -> Modality? {
        guard let verb else { return nil }
        let aux = tree.children(verb, ["aux"]).map { tree.lower($0) }
        if aux.contains(where: { PredicateRules.plannedAux.contains($0) || PredicateRules.reportedFuture.contains($0) }) { return .planned }
        if aux.contains(where: PredicateRules.expectedAux.contains) { return .expected }
        return nil
    }

    /// The trigger table's class of the predicate, `.statement` for a saying, `.other` otherwise.
    func triggerClass(of p: Predicates.Predicate, tree: DependencyTree) -> TriggerClass {
        if p.kind == .saying { return .statement }
        // A strike of work is no attack but a protest by stopping work: "a general ⟦strike⟧", "the ⟦hartal⟧" and "dock
        // workers ⟦walked out⟧" are one stoppage, never the shooting or the air strike of that day (`WorkStoppage`).
        // (and the strike a light verb's relative pronoun stands for: "the strike, which ⟦began⟧ eight days ago")
        if let noun = p.kind == .noun ? p.word : p.kind == .verb ? Self.relativeEventNoun(of: p.word, tree: tree) : nil,
           WorkStoppage.isWorkStrike(noun, tree: tree) { return .protest }
        if p.kind == .verb, PhrasalPredicates.meaning(of: p.word, tree: tree) == "strike" { return .protest }
        let pos: TriggerEntry.POS = p.kind == .noun ? .noun : .verb
        let form = TriggerLexicon.normalize(tree.words[p.word].form)
        if p.kind == .verb, let m = PhrasalPredicates.meaning(of: p.word, tree: tree) {
            // (a phrasal verb's meaning spelled as one noun: "black out" is a "blackout")
            return TriggerLexicon.forms[m]?.first(where: { $0.pos == .verb })?.triggerClass
                ?? TriggerLexicon.forms[m.split(separator: " ").joined()]?.first(where: { $0.pos == .noun })?.triggerClass ?? .other
        }
        if let c = Self.orderedHappening(of: p.word, tree: tree),
           let e = TriggerLexicon.forms[TriggerLexicon.normalize(tree.words[c].form)]?.first(where: { $0.pos == .noun }) { return e.triggerClass }
        if p.kind == .verb, let noun = Self.relativeEventNoun(of: p.word, tree: tree),
           let e = TriggerLexicon.forms[TriggerLexicon.normalize(tree.words[noun].form)]?.first(where: { $0.pos == .noun }) { return e.triggerClass }
        if let e = TriggerLexicon.forms[form]?.first(where: { $0.pos == pos }) { return e.triggerClass }
        if let e = TriggerLexicon.forms[tree.lemma(p.word)]?.first(where: { $0.pos == pos }) { return e.triggerClass }
        if p.kind == .noun, let e = TriggerLexicon.forms[predicateKey(p, tree: tree)]?.first(where: { $0.pos == .verb }) { return e.triggerClass }
        return .other
    }

    /// The name heading the nominal at word `i`: a proper noun with its flat and compound proper nouns
    /// ("Steve Jobs", "Apple Inc."), a government ("Moscow" for the Kremlin), not a time zone or a date.
    func name(at i: Int, tree: DependencyTree) -> String? {
        let w = tree.words[i]
        guard w.upos == "PROPN", w.form.unicodeScalars.first.map({ $0.properties.isUppercase }) == true else { return nil }
        var span = [i]
        // "United Nations": a capitalised modifier the tagger gave a proper noun's tag but an adjective's class.
        // (Only right before the name and not opening the sentence, where any word is capitalised: "Former" of
        // "Former Rockford mayor Daniel Morrow" is no part of it.)
        func isNamePart(_ c: Int) -> Bool {
            tree.words[c].upos == "PROPN" || tree.rel(c) == "amod" && c == i - 1 && c > 0 && tree.words[c].xpos.hasPrefix("NNP")
                && tree.words[c].form.unicodeScalars.first.map({ $0.properties.isUppercase }) == true
        }
        for c in tree.children[i] where ["flat", "compound", "flat:name", "amod"].contains(tree.rel(c)) && isNamePart(c) {
            span.append(c)
            span += tree.children[c].filter { ["flat", "compound"].contains(tree.rel($0)) && tree.words[$0].upos == "PROPN" }
        }
        // "Army Corps ⟦of Engineers⟧", "Bank ⟦of England⟧": a name runs on over "of" into the next one.
        // ("Associated Union ⟦of Locomotive Engineers⟧": the next name may be several words.)
        for c in tree.children(i, ["nmod"]) where tree.words[c].upos == "PROPN"
            && tree.children(c, ["case"]).contains(where: { tree.lower($0) == "of" }) {
            let parts = [c] + tree.children[c].filter { ["flat", "compound"].contains(tree.rel($0)) && tree.words[$0].upos == "PROPN" }
            let end = span.max() ?? i
            guard parts.min() == end + 2, tree.lower(end + 1) == "of", parts.max()! - parts.min()! + 1 == parts.count else { continue }
            span += parts
            span.append(end + 1)
        }
        guard var lo = span.min(), var hi = span.max() else { return nil }
        // "Harris County Judge ⟦Elena Marquez⟧": a person's full name after a title is the name, without the title and
        // the body it is of ("President Zelensky", one word after it, keeps it).
        if let title = (lo..<i).last(where: { Lexicon.personTitles.contains(tree.lower($0)) }), hi - title >= 2 { lo = title + 1 }
        // "Competition ⟦and⟧ Markets Authority", "Food and Drug Administration": a body's name runs back over "and"
        // between capitalised words, whatever the parse made of them (never "Britain and France").
        func capitalised(_ k: Int) -> Bool {
            k >= 0 && ["PROPN", "NOUN"].contains(tree.words[k].upos) && tree.words[k].form.unicodeScalars.first.map({ $0.properties.isUppercase }) == true
        }
        // (and on to the body's word from its first word, where the parse coordinated the two: "⟦Competition⟧ and
        // Markets Authority" read as "Competition" and "Markets Authority")
        if !PredicateRules.organisationWords.contains(tree.lower(hi)),
           let body = tree.children(i, ["conj"]).first(where: { c in c > hi && PredicateRules.organisationWords.contains(tree.lower(c))
               && (hi + 1..<c).allSatisfy { capitalised($0) || tree.lower($0) == "and" } && (hi + 1..<c).contains { tree.lower($0) == "and" } }) {
            hi = body
        }
        guard let b = tree.range(hi) else { return nil }
        if PredicateRules.organisationWords.contains(tree.lower(hi)) {
            var k = lo
            while k - 2 >= 0, capitalised(k - 1) || tree.lower(k - 1) == "and" && capitalised(k - 2) {
                k -= tree.lower(k - 1) == "and" ? 2 : 1
            }
            if (k..<lo).contains(where: { tree.lower($0) == "and" }) { lo = k }
        }
        guard let a = tree.range(lo) else { return nil }
        let r = TextRange(a.start, b.end)
        if timexes.contains(where: { $0.range.overlaps(r) }) { return nil }
        let text = document.text[r]
        let words = text.split(separator: " ").map { TriggerLexicon.normalize(String($0)) }
        if words.allSatisfy({ FunctionWords.timeZones.contains($0) || FunctionWords.calendarWords.contains($0) }) { return nil }
        if let g = recognition.governmentActors.first(where: { $0.range.overlaps(r) }) { return g.name }
        return text
    }

    /// A clock time with no day of its own ("the first call, which came ⟦at 8:42 p.m.⟧") is read on the day of
    /// publication; in a past clause of an article whose story is at an earlier day (the day in focus: "opened fire
    /// late on Saturday", told on Sunday) it is that day's.
    func onStoryDay(_ t: Timex, past: Bool) -> Timex {
        guard past, t.granularity == .time, let published = document.published, let focus = context.focus?.interval,
              focus.dayCount == 1, focus.start < published, t.interval?.start == published,
              // (not a time the tagger placed past midnight after the one before it: "left at 11:40 p.m. on Sunday. It
              // overturned at 1:10 a.m.")
              !t.derivation.contains(FocusTracker.pastMidnight),
              // (nor a live blog's stamp on its entry: "⟦9:05 a.m.⟧ Five more bodies were recovered overnight")
              !t.derivation.contains(FocusTracker.entryTime),
              let clock = t.value.firstIndex(of: "T"),
              t.text.lowercased().split(whereSeparator: { !$0.isLetter }).allSatisfy({ Self.clockWords.contains(String($0)) })
        else { return t }
        var moved = t
        moved.value = focus.start.iso + t.value[clock...]
        moved.interval = focus
        moved.setDerivation(quotingTextThen: " on the day the article's story is at, \(focus.start.readable)")
        return moved
    }

    /// Words a clock time may hold besides its digits.
    static let clockWords: Set<String> = ["a", "m", "p", "am", "pm", "noon", "midnight", "o", "clock", "gmt", "utc", "et", "edt", "est",
                                          "bst", "cet", "cest", "pt", "pdt", "pst", "local", "time"]

    /// Who a reporting verb quotes: its subject's name ("Nadhim Zahawi" of "British minister Nadhim Zahawi"), else
    /// the subject as written ("the water ministry", "The ministry in Dhaka"); "he"/"she" as the person last named.
    func speaker(of r: Int, tree: DependencyTree, person: String?, organisation: String? = nil) -> String? {
        var subjects = tree.children(r, ["nsubj", "nsubj:pass"])
        // (a conjunct without a subject speaks with its first conjunct's: "Pryce said … and ⟦warned⟧ that …")
        if subjects.isEmpty, tree.base(r) == "conj", let h = tree.head(r), h < r, tree.words[h].upos == "VERB" {
            subjects = tree.children(h, ["nsubj", "nsubj:pass"])
        }
        guard let s = subjects.first(where: { tree.words[$0].upos == "PROPN" }) ?? subjects.first else { return nil }
        if PredicateRules.personPronouns.contains(tree.lower(s)) { return person }
        if let o = organisation, isOrganisationDescription(s, tree: tree) { return o }
        if tree.words[s].upos == "PRON" { return nil }
        if let n = name(at: s, tree: tree) { return n }
        // A description with the speaker's name beside it is the name: "Its leader, ⟦Yuichiro Tamaki⟧, has said".
        if let a = tree.children(s, ["appos"]).first(where: { $0 > s && tree.words[$0].upos == "PROPN" }), let n = name(at: a, tree: tree) { return n }
        // (not a date the parse hung on the speaker: "said the mayor ⟦on Friday⟧")
        let words = tree.subtree(s, stop: { c in ["appos", "acl", "punct", "advcl", "parataxis"].contains(String(tree.base(c)))
            || tree.range(c).map { r in timexes.contains { $0.range.overlaps(r) } } == true })
        // A long phrase or one holding a verb is a misparse, not a speaker.
        guard words.count <= 8, !words.contains(where: { tree.words[$0].upos == "VERB" }) else { return nil }
        guard let lo = words.first.flatMap({ tree.range($0) }), let hi = words.last.flatMap({ tree.range($0) }) else { return nil }
        return document.text[TextRange(lo.start, hi.end)]
    }

    /// The "to" of a "be to" arrangement on `top` ("is ⟦to⟧ be held", "are ⟦to⟧ travel"): a finite "be" right before it.
    static func beTo(_ top: Int, tree: DependencyTree) -> Int? {
        guard let to = tree.children(top, ["mark"]).first(where: { tree.lower($0) == "to" }), to > 0,
              ["is", "are", "was", "were", "am", "'s", "'re"].contains(tree.lower(to - 1)),
              tree.head(to - 1) == top, ["aux", "cop"].contains(tree.rel(to - 1)) else { return nil }
        return to
    }

    /// Whether what the verb at `v` is done to (its object, or its subject in the passive) is a person: "he", "him",
    /// "her", the person last named or a part of that name ("McKee" after "Darren McKee"), or a name of two to four
    /// words that is no place and no organisation ("Darren McKee"); an age beside a noun ("a 34-year-old man", "McKee,
    /// 34") tells a person too.
    func patientIsPerson(of v: Int, tree: DependencyTree, person: String?) -> Bool {
        guard let o = tree.children(v, ["obj", "nsubj:pass"]).first else { return false }
        if ["him", "her", "he", "she"].contains(tree.lower(o)) { return true }
        // ("a 34-year-old man": "old" measured in years)
        if tree.words[o].upos == "NOUN", tree.children(o, ["amod", "compound"]).contains(where: { a in
            tree.lower(a).hasSuffix("-old") || tree.lower(a) == "old" && tree.children[a].contains { ["year", "years"].contains(tree.lower($0)) } }) {
            return true
        }
        // ("McKee, 34": a name with an age set off after it)
        if tree.children(o, ["appos", "amod", "nummod"]).contains(where: { c in tree.words[c].upos == "NUM" && tree.lower(c).count <= 3 && c > o }) {
            return true
        }
        // (a name told with "the" is a thing's, a ship's or a plane's, no person's: "pirates seized ⟦the Solvik Dawn⟧")
        if tree.words[o].upos == "PROPN", tree.children(o, ["det"]).contains(where: { tree.lower($0) == "the" }) { return false }
        guard let subject = subjectLike(o, tree: tree, person: person) else { return false }
        if subject.isPerson { return true }
        if let person, !subject.isOrganisation, subject.text.split(separator: " ").allSatisfy({ w in person.split(separator: " ").contains(w) }) { return true }
        return false
    }

    /// The subject of a predicate's frame when it names someone ("Steve Jobs", "he" → the last person named),
    /// falling back to the subject of the verb it is coordinated with.
    /// `organisation`: the organisation last named, for "the company"; `itIsOrganisation`: it was also the last
    /// subject, so that "it" stands for it.
    func subjectName(of p: Int, frame: [Int]? = nil, tree: DependencyTree, person: String?, organisation: String? = nil,
                     itIsOrganisation: Bool = false) -> Subject? {
        guard let s = subjectWord(of: p, frame: frame, tree: tree) else { return nil }
        if PredicateRules.personPronouns.contains(tree.lower(s)) { return person.map { Subject(text: $0, isPerson: true) } }
        // "It said …" right after the organisation was the subject; "the company", "the firm": the one last named.
        if let o = organisation {
            if tree.lower(s) == "it", itIsOrganisation { return Subject(text: o, isPerson: false, isOrganisation: true) }
            if isOrganisationDescription(s, tree: tree) { return Subject(text: o, isPerson: false, isOrganisation: true) }
        }
        // "⟦Peru's prime minister⟧ denied …" with "Prime Minister Eduardo Salinas" named in the article: the person.
        if let named = titledPerson(s, tree: tree) { return Subject(text: named, isPerson: true) }
        // "Bangladesh’s army", "the Apple board": the name inside a common-noun subject; a name following a title
        // first ("Rockford mayor ⟦Daniel Morrow⟧", not "Rockford").
        return subjectLike(s, tree: tree, person: person)
    }

    /// The person a subject that is a title alone stands for: the one the article names with that title ("the prime
    /// minister", "Peru's prime minister" → "Eduardo Salinas" of "Prime Minister Eduardo Salinas"; "the minister" when
    /// one minister is named). Not a title with a name of its own ("Prime Minister Eduardo Salinas"), nor another
    /// title ("the foreign minister" is not the prime minister), nor one two people share.
    func titledPerson(_ s: Int, tree: DependencyTree) -> String? {
        guard !context.titled.isEmpty, tree.words[s].upos == "NOUN", Lexicon.personTitles.contains(tree.lower(s)),
              !tree.children(s, ["flat", "appos", "compound"]).contains(where: { tree.words[$0].upos == "PROPN" && $0 > s })
        else { return nil }
        let modifiers = tree.children(s, ["amod", "compound"]).filter { $0 < s && tree.words[$0].upos != "PROPN" }.sorted()
        let key = (modifiers.map { tree.lower($0) } + [tree.lower(s)]).joined(separator: " ")
        guard let name = context.titled[key], !name.isEmpty else { return nil }
        return name
    }

    /// The name the nominal at `s` gives, as a subject: a person's (two to four words, no place, no organisation), an
    /// organisation's, or neither.
    func subjectLike(_ s: Int, tree: DependencyTree, person: String?) -> Subject? {
        let inner = tree.words[s].upos == "PROPN" ? nil
            : tree.children(s, ["flat", "appos"]).first { tree.words[$0].upos == "PROPN" && $0 > s }
                ?? tree.children(s, ["nmod:poss", "compound"]).first { c in tree.words[c].upos == "PROPN"
                    // ("a ⟦Chicago⟧ lawyer": a person's home town does not act)
                    && !(tree.base(c) == "compound" && PredicateRules.affiliationNouns.contains(tree.lemma(s))
                         && recognition.places.contains { pl in tree.range(c).map { pl.range.overlaps($0) } ?? false }) }
                // (or named in an apposition by its title: "a third worker, 44-year-old pipefitter ⟦Luis Herrera⟧, died")
                ?? tree.children(s, ["appos"]).lazy.filter { tree.words[$0].upos == "NOUN" }
                    .compactMap({ a in tree.children(a, ["flat", "appos", "compound"]).first { tree.words[$0].upos == "PROPN" && $0 > a } }).first
        guard let text = name(at: s, tree: tree) ?? inner.flatMap({ name(at: $0, tree: tree) }) else { return nil }
        let words = text.split(separator: " ")
        let isPlace = recognition.places.contains { pl in tree.range(s).map { pl.range.overlaps($0) } ?? false }
            || recognition.governmentActors.contains { g in g.name == text }
        let organisational = words.contains { PredicateRules.organisationWords.contains($0.lowercased()) }
            || words.contains { PredicateRules.nameJoiners.contains(String($0)) }
        // (a surname alone of someone the article named in full is that person: "Liam Forsyth … ⟦Forsyth⟧ was spotted")
        // (the person last named first, with the title they were named with: "President Gabriel Boric … ⟦Boric⟧ declared")
        if words.count == 1, !isPlace, !organisational, inner == nil,
           let full = ([person].compactMap { $0 } + context.persons.reversed()).first(where: { $0.contains(" ") && $0.split(separator: " ").last == words[0] }) {
            return Subject(text: full, isPerson: true)
        }
        let isPerson = words.count >= 2 && words.count <= 4 && !organisational && !isPlace
        // A one-word name that is no part of the person last named ("Apple", not "Jobs" after "Steve Jobs").
        let isOrganisation = !isPerson && !isPlace && inner == nil
            && (organisational || words.count == 1 && !(person ?? "").split(separator: " ").contains(words[0]))
        return Subject(text: text, isPerson: isPerson, isOrganisation: isOrganisation)
    }

    /// Whether the possessive name at `range` possesses a part of a place or a site in it ("Albuquerque's ⟦west side⟧",
    /// "Toronto's Pearson ⟦airport⟧", "the city's ⟦outskirts⟧"), or a place named in it (`places`: "in Albuquerque's
    /// ⟦South Valley⟧", a district the gazetteer knows by its own name).
    static func possessesAPartOfIt(_ range: TextRange, tree: DependencyTree, places: [PlaceMention] = []) -> Bool {
        guard let w = (0..<tree.count).first(where: { k in tree.rel(k) == "nmod:poss" && tree.range(k).map { $0.overlaps(range) } == true }),
              let h = tree.head(w) else { return false }
        if let r = tree.range(h), tree.words[h].upos == "PROPN",
           places.contains(where: { !$0.range.overlaps(range) && $0.range.overlaps(r) }) { return true }
        // (or a site its name closes with a site's noun: "Baltimore's Francis Scott Key ⟦Bridge⟧", "Dhaka's Shahjalal
        // International ⟦Airport⟧")
        let head = tree.lemma(tree.children(h, ["flat"]).max() ?? h).lowercased()
        return PredicateRules.partsOfAPlace.contains(head) || PredicateRules.siteNouns.contains(head)
    }

    /// "the company", "the firm": a definite description by an organisation noun with no name or clause of its own
    /// ("the Beatles' record company" names its own).
    func isOrganisationDescription(_ s: Int, tree: DependencyTree) -> Bool {
        tree.words[s].upos == "NOUN" && PredicateRules.organisationNouns.contains(tree.lemma(s))
            && tree.children(s, ["det"]).contains(where: { tree.lower($0) == "the" })
            && !tree.children(s, ["compound", "amod", "nmod", "nmod:poss", "acl", "appos"]).contains(where: {
                tree.words[$0].upos == "PROPN" || tree.base($0) == "acl" || tree.base($0) == "appos" })
    }

    /// A subject as the actors read it.
    struct Subject {
        var text: String
        var isPerson: Bool
        var isOrganisation = false
    }

    /// The subject word of a predicate's frame, or of the verb it is coordinated with.
    /// Initials standing for no body: roles, time zones, figures ("the CEO", "GMT", "GDP").
    static let commonInitials: Set<String> = ["ceo", "cfo", "coo", "cto", "md", "mp", "mps", "mep", "pm", "gp", "vp", "dj", "gdp", "dna",
                                              "am", "tv", "pr", "hr", "it", "ok", "usa", "uk", "us", "eu", "un", "ai", "vip", "atm",
                                              "suv", "ceos", "id", "iq", "phd", "mba", "hq"]

    /// The lowercase key of a word written in initials ("SPS", "FDIC"; two to six capitals, no lowercase), or nil.
    static func acronym(_ form: String) -> String? {
        let u = form.unicodeScalars
        guard (2...6).contains(u.count), u.allSatisfy({ $0.properties.isUppercase || $0 == "&" }),
              u.filter({ $0.properties.isUppercase }).count >= 2 else { return nil }
        let key = form.lowercased()
        return commonInitials.contains(key) || FunctionWords.timeZones.contains(key) ? nil : key
    }

    /// The initials a sentence gives in brackets right after a name: "The Scottish Prison Service ⟦(SPS)⟧".
    static func acronym(after name: String, in range: TextRange, of document: Document) -> String? {
        let text = document.text[range]
        guard let r = text.range(of: name + " ("), let close = text[r.upperBound...].firstIndex(of: ")"),
              text.distance(from: r.upperBound, to: close) <= 6 else { return nil }
        return acronym(String(text[r.upperBound..<close]))
    }

    func subjectWord(of p: Int, frame: [Int]? = nil, tree: DependencyTree) -> Int? {
        var candidates = (frame ?? [p]).flatMap { tree.children($0, ["nsubj", "nsubj:pass", "csubj"]) }
        if candidates.isEmpty, let h = tree.head(p), tree.base(p) == "conj" || tree.base(p) == "xcomp" {
            candidates = tree.children(h, ["nsubj", "nsubj:pass"])
        }
        // Two subjects side by side ("the European judicial authority Eurojust") are one: the name counts.
        let chosen = candidates.first(where: { tree.words[$0].upos == "PROPN" }) ?? candidates.first
        // A relative pronoun stands for the noun its clause describes: "Lena Chen, ⟦who⟧ left the company".
        if let s = chosen, tree.words[s].upos == "PRON", ["who", "which", "that"].contains(tree.lower(s)),
           let clause = tree.head(s), tree.base(clause) == "acl", let noun = tree.head(clause),
           ["NOUN", "PROPN"].contains(tree.words[noun].upos) {
            return noun
        }
        return chosen
    }

    /// Whether word `w` lies inside quotation marks: the sentence is inside a quotation that spans several, or a
    /// quotation opened before the word in the sentence is still open ("“…” Zelensky ⟦said⟧" is outside).
    func inQuotation(_ w: Int, tree: DependencyTree) -> Bool {
        if sentence.quotation != nil { return true }
        var open = false
        for k in 0..<min(w, tree.count) {
            switch tree.words[k].form {
            case "“", "«": open = true
            case "”", "»": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }
}

extension SentenceAnalysis {
    /// The country (its ISO code) a modifier names, by its adjective ("⟦Norwegian⟧ diplomats", "⟦Kazakh⟧ envoys") or,
    /// a name, by the country's own name ("⟦Norway's⟧ ambassador", "the ⟦Kazakhstan⟧ embassy"); nil for anything else.
    static func countrySide(_ w: Int, tree: DependencyTree) -> String? {
        let form = tree.lower(w)
        if tree.words[w].upos == "ADJ" || tree.words[w].upos == "PROPN", let country = Gazetteer.shared.countryForAdjective(form) {
            return country.country
        }
        guard tree.words[w].upos == "PROPN" else { return nil }
        // (a name of two words or more: "⟦South Africa's⟧ envoy")
        let parts = tree.children(w, ["compound", "flat"]).filter { $0 < w && tree.words[$0].upos == "PROPN" }.map { tree.lower($0) }
        let name = (parts + [form]).joined(separator: " ")
        return Gazetteer.shared.places(named: name).first(where: { $0.kind == .country })?.country
    }
}
