/// Corrections of the parser's known, systematic misreadings of news English, applied to every parse the pipeline
/// reads (`SyntaxModel.read`). Each is a grammatical fact of English checked on the tree's shape, never on words of
/// one story, with the sentences it was written for beside it. `tltui parse` prints the model's own analysis.
struct ParseRepair: Sendable {
    let name: String
    /// Sentences the greedy parser misreads this way.
    let examples: [String]
    /// Rewrites the tree in place where the shape is found; returns whether it changed anything.
    let apply: @Sendable (inout RepairTree) -> Bool

    static let all: [ParseRepair] = [hyphenedParticleNounReadAsAVerb, pastTenseTaggedAsAPresent, openingInfinitiveReadAsTheRoot, subjectReadAsTheObjectOfLater, pastTenseWithItsSubjectReadAsANoun, openingClockTimeReadAsTheRoot, openingTimePhraseReadAsTheRoot, nameAfterItsTitle, relativeClauseBeforeMainVerb, subjectOfSubordinateClause, pastTenseReadAsParticiple,
                                     reportedClauseReadAsSubject, speakerAfterTheReport, relativeClauseOnItsNoun, relativeClauseReadAsAClauseOfTheMainVerb,
                                     lengthBeforeASubordinateClause, lengthObliqueBeforeASubordinateClause, nounReadAsAnImperative, perfectReadAsAVerb,
                                     subjectSplitAtItsConjunction, participleHungOnADate, townAndStateBeforeANoun,
                                     subjectReadAsAnImperative, objectRunIntoADate, bareDayInANounPhrase,
                                     participleBeforeMainVerb, secondThatClause, perfectReadAsANounPhrase,
                                     whoseClauseOnItsNoun, verbAfterASetOffParticiple, coordinationReadAsComplement,
                                     participleWithItsOwnSubject, participleWithAnObjectOnASubject, gappedPassive,
                                     relativeClauseReadAsAComplement, relativeWordOpeningAComplement,
                                     coordinatedInfinitive, complementReadAsAdnominal,
                                     verbReadAsAnAuxiliary, verbReadAsANounWithItsSubject,
                                     prepositionReadAsASubordinator, reducedRelativeBeforeTheVerb,
                                     sentenceVerbReadAsAnAttribute, pastWithNoPassiveReadAsAParticipleOfTheHead, subordinatorBeforeItsClause,
                                     infinitiveOfAControlVerb, verbAfterWhenReadAsANoun,
                                     infinitiveReadAsARelativeClause, timePhraseReadAsASecondSubject, twoSubjectsInARow,
                                     nounPhraseReadAsAConjunctOfAVerb, adverbialGerundOnANoun,
                                     dateSetOffBeforeANoun, dateOpeningAClause, restrictiveRelativeBeforeMainVerb,
                                     figureAfterAFromPhrase, clauseAfterAParentheticalReport,
                                     pastTenseAfterACoordinatedNoun, subjectInsideItsPrepositionPhrase, whoseClauseVerbInsideItsSubject,
                                     prepositionPhraseReadAsASecondSubject, subjectReadAsAnOblique,
                                     participleAdjunctReadAsAConjunct, participleReadAsAnUnjoinedConjunct, secondDateAfterARelativeClause, setOffParticipleOnAGerund,
                                     nounAfterAPrepositionReadAsAVerb, titleBeforeASpeakersName, adjectiveReadOnABareDay,
                                     nounReadAsAVerbAfterItsAdjective, verdictAfterAnApposition, dateReadIntoTheSubject, objectPhraseAndItsSetOffParticiple,
                                     pastTenseReadAsANounAtTheRoot, pastTenseBeforeDeadReadAsANoun, dayNameReadIntoANounPhrase,
                                     thatClauseOnADate, sayingCoordinatedIntoItsContent, participleCoordinatedAsAVerb, secondSubjectReadIntoTheFirstClause, gappedObjectAndInfinitive,
                                     labelBeforeAColonReadAsAClause, backToWorkReadAsAnInfinitive, destinationNounReadAsAnInfinitive, dueToBeforeAVerbReadAsAPreposition, participleOfPeopleReadAsAVerb, pastTenseReadAsTheNounOfAnOfPhrase, clockTimeReadAsTheSubject, clockSuffixReadAsTheSubject, clockTimeReadAsAClause, clockSuffixReadAsACompoundOfTheSubject, reportedClauseReadAsAnObject,
                                     nameReadAsTheSubject, participleReadAsAClauseBeforeTheVerb, participleAfterThoseReadAsAClause,
                                     clauseReadAsAPrepositionPhrase, clauseReadAsAPhraseAndAComplement, clauseAfterANounReadAsItsPhrase, openingDateReadIntoTheSubject, subjectReadIntoAnOpeningDay, subjectReadAsTheAppositionOfAnOpeningDate, verbReadAsTheSubjectOfItsObject, claimNounReadAsAVerbAfterADenial, amountBeforeASubordinateClause, relativeThatReadAsAComplement,
                                     relativeClauseAfterTheSubject, openingPhraseReadAsASecondSubject, reportReadAsAClauseOfTheTitle,
                                     subordinateVerbReadAsAConjunct, adjunctOfAVerbReadAsAdnominal, mainClauseReadIntoItsSubordinate, prepositionPhraseReadAsAClause, titledNameReadApart,
                                     clockTimeReadAsTheReportsContent, clauseAfterItsDateReadIntoIt, dateOpeningACoordinatedClauseReadAsTheVerbsBefore, subordinateClauseReadAsAPhraseAndAConjunct,
                                     missingReadAsAClause, dateBetweenSubjectAndVerb, subordinatorReadAsAPreposition, particleReadAsAnAdverb,
                                     setOffParticipleReadAsTheVerb, objectRelativeClauseReadApart, appositionReadAsTheRoot,
                                     verbAfterAnAppositionReadAsANoun, pastTenseCoordinatedAsAParticiple, conjunctReadAsAComplement, participleReadAsTheHeadOfACompound,
                                     appositionWithItsParticipleReadAsAClause, pastTenseReadIntoItsSubjectBeforeADay,
                                     nextActReadIntoTheReport, participleWithItsAgentReadAsAPredicative, contentClauseReadAsARelative, contentClauseReadAsAnAdverbial, contentClauseReadAsAParticiplesComplement, claimNounReadAsTheRoot,
                                     reducedRelativeWithItsAgentReadApart, contactRelativeReadAsAConjunct,
                                     dateAfterTheSubjectsParticiple, dateOfTheSubjectsHappening, firstClauseReadAsAnAttributeOfItsSubject,
                                     firstVerbReadAsTheSubjectOfTheSecond, pastTenseWithAnObjectReadAsAnAdjective,
                                     firstClauseAfterAnOpeningDateReadAsItsApposition, subjectOfAContentClauseReadAsARelative,
                                     infinitiveAfterOnTrackReadAsANoun, countingSubjectReadAsTheRoot, nounAfterAPossessiveReadAsAParticiple, clauseAfterASubordinatorReadAsAnAttribute,
                                     pluralNounReadAsAPresentTense, pluralNounAfterAFigureReadAsAClause, pastTenseReadAsAnAdjectiveOfItsObject, pastTenseReadAsAModifierOfItsObject,
                                     setOffParticipleClosingTheSentenceOnANoun, rateAfterAnAmount, amountReadAsAVerb,
                                     particleBeforeAPreposition, demonstrativeReadAsAComplementizer, particleReadAsThePrepositionOfADate,
                                     subjectNounReadAsAnAdjective, mainVerbReadAsAConjunctOfARelativeClause,
                                     pastTenseReadAsAParticipleOfItsObject, pastTenseReadIntoACompound, gerundSubjectReadAsTheRoot, dayOfAProceedingReadOnItsOffence,
                                     verbReadAsAClauseOfItsSubjectsLastNoun, objectOfCallReadAsAName,
                                     pastTenseAfterANounConjunct, contentClauseAfterAPhraseReadOnThePhrase,
                                     dayPartReadAsTheHeadOfTheNounPhraseBefore, verdictAdjectiveReadAsANoun, timeOfDayOpeningACoordinatedClause, dateOnTheSecondPredicateOfASmallClause,
                                     closingDayReadOnTheVerbsNoun, nameAfterAnOpeningDayReadIntoIt, subjectSetOffAfterAnOpeningDate]

    /// "…, more than two weeks after the team became trapped": a length before a subordinate clause, read as the
    /// clause verb's subject with the clause's real subject hung on it by its subordinator. The length measures the
    /// clause; the noun after the subordinator is its subject; the clause modifies the verb it was coordinated with.
    static let lengthBeforeASubordinateClause = ParseRepair(
        name: "length before a subordinate clause",
        examples: ["Divers brought four boys out of the cave on Sunday, more than two weeks after the team became trapped.",
                   "The closure came a day after chief executive Gregory Alvarsson stepped down."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos) {
            guard let length = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 < verb
                      && lengthUnits.contains(t.words[$0].lemma.lowercased()) }),
                  let noun = t.children(length).first(where: { t.base($0) == "nmod" && $0 > length && t.subtreeEnd($0) == verb - 1 }),
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) }),
                  ["after", "before", "since"].contains(t.lower(marker))
            else { continue }
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            t.attach(length, to: verb, rel: "obl:npmod")
            // (a finite verb is no adverb: "The closure came a day after the chief executive ⟦stepped⟧ down")
            if ["conj", "advmod"].contains(t.base(verb)), let h = t.head(verb) { t.attach(verb, to: h, rel: "advcl") }
            changed = true
        }
        return changed
    }

    /// "…, a day after the hurricane center issued a warning": the same length, read as the clause verb's oblique with
    /// its subordinator hung on the clause's subject. The subordinator marks the clause, and a clause the parse
    /// coordinated with the verb before it modifies that verb.
    static let lengthObliqueBeforeASubordinateClause = ParseRepair(
        name: "length oblique before a subordinate clause",
        examples: ["Teodora strengthened into a hurricane on Tuesday, a day after the hurricane center issued a warning for the coast."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos) {
            guard let subject = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 < verb }),
                  let start = t.subtreeStart(subject), t.subtreeEnd(subject) == verb - 1,
                  let marker = t.children(subject).first(where: { t.base($0) == "case" && $0 == start }),
                  ["after", "before", "since"].contains(t.lower(marker)),
                  let length = t.children(verb).first(where: { $0 < start && t.base($0) == "obl" && t.subtreeEnd($0) == start - 1
                      && lengthUnits.contains(t.words[$0].lemma.lowercased()) })
            else { continue }
            t.attach(marker, to: verb, rel: "mark")
            t.attach(length, to: verb, rel: "obl:npmod")
            // (a clause opened by "after" is no complement either)
            if ["conj", "advmod", "ccomp"].contains(t.base(verb)), let h = t.head(verb) { t.attach(verb, to: h, rel: "advcl") }
            changed = true
        }
        return changed
    }

    /// "The stock slid another 7 percent on Monday after Harris County sued the company": an amount a verb moved by,
    /// read as the subject of the subordinate clause after it, with the clause's real subject hung on the amount (or on
    /// a date after it) by its subordinator. The noun after the subordinator is the clause's subject, the amount and
    /// the date belong to the verb before it, and the clause modifies that verb.
    static let amountBeforeASubordinateClause = ParseRepair(
        name: "amount before a subordinate clause",
        examples: ["The stock slid another 7 percent on Monday after Harris County sued the company."]
    ) { t in
        var changed = false
        for verb in t.indices where t.words[verb].upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos) {
            guard let amount = t.children(verb).first(where: { t.base($0) == "nsubj" && $0 < verb
                      && (t.words[$0].upos == "NUM" || t.children($0).contains { t.base($0) == "nummod" }) }),
                  let governor = t.head(verb), governor < amount, t.words[governor].upos == "VERB",
                  ["ccomp", "conj", "parataxis", "advcl"].contains(t.base(verb)),
                  let noun = t.subtreeWords(amount).sorted().first(where: { n in n > amount && t.base(n) == "nmod" && t.subtreeEnd(n) == verb - 1
                      && t.children(n).contains { t.base($0) == "case" && $0 == t.subtreeStart(n) && ["after", "before", "since", "until"].contains(t.lower($0)) } }),
                  let marker = t.subtreeStart(noun)
            else { continue }
            // (a date between the amount and the clause, "on Monday", is the verb's before it)
            if let between = t.head(noun), between != amount, t.base(between) == "nmod" { t.attach(between, to: governor, rel: "obl") }
            t.attach(noun, to: verb, rel: "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            t.attach(amount, to: governor, rel: "obl:npmod")
            t.attach(verb, to: governor, rel: "advcl")
            changed = true
        }
        return changed
    }

    /// Units a length before "after" or "before" is counted in.
    static let lengthUnits: Set<String> = ["minute", "hour", "day", "week", "month", "year", "decade", "minutes", "hours", "days",
                                           "weeks", "months", "years", "decades"]

    /// "…, the shooting at the mall that killed two people, police said.": an attribution closing the sentence, its
    /// speaker read as a conjunct of the noun before the comma. A reporting verb with no subject takes the noun phrase
    /// right before it.
    static let speakerAfterTheReport = ParseRepair(
        name: "speaker after the report",
        examples: ["A man was arrested in connection with the shooting that killed two people, police said.",
                   "Investigators began removing the wreckage on Wednesday, two days after the crash, the safety board said.",
                   "Rescuers will try to bring out the remaining boys on Tuesday, the governor of the province, Narongsak Osottanakorn, told reporters."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" && PredicateRules.reporting.contains(t.words[say].lemma.lowercased())
            && say >= 2 && !t.children(say).contains(where: { ["nsubj", "csubj", "expl"].contains(t.base($0)) }) {
            // (or hung on a comma, the parse's last resort: "…, the governor of the province, Narongsak
            // Osottanakorn, told reporters")
            guard let speaker = t.indices.last(where: { $0 < say && ["NOUN", "PROPN"].contains(t.words[$0].upos)
                      && (t.base($0) == "conj" || t.head($0).map { t.words[$0].upos == "PUNCT" } == true
                          // (or as an apposition of the noun before its comma: "two days after the crash, ⟦the safety board⟧
                          // said"; not the name of a speaker found so: "the governor, ⟦Narongsak⟧")
                          || t.base($0) == "appos" && !(t.head($0).map { h in t.base(h) == "conj" || t.head(h).map { t.words[$0].upos == "PUNCT" } == true } ?? false))
                      && (t.subtreeEnd($0) == say - 1 || t.subtreeEnd($0) == say - 2 && t.words[say - 1].form == ",") }),
                  let first = t.firstWord(speaker), first > 0, t.words[first - 1].form == ",",
                  !t.children(speaker).contains(where: { t.base($0) == "cc" })
            else { continue }
            t.attach(speaker, to: say, rel: "nsubj")
            changed = true
        }
        return changed
    }

    /// "the shooting at the Riverside Galleria that killed two people": a relative clause the parser hung on the
    /// clause's verb. It describes the noun phrase right before its pronoun: that noun, or the one a place or
    /// possessor ("at the Galleria", "of the city") modifies.
    static let relativeClauseOnItsNoun = ParseRepair(
        name: "relative clause on its noun",
        examples: ["A man was arrested in connection with the shooting at the Riverside Galleria that killed two people."]
    ) { t in
        var changed = false
        for clause in t.indices where t.words[clause].deprel.hasSuffix(":relcl") && t.base(clause) != "acl" {
            guard let pronoun = t.children(clause).first(where: { ["that", "which", "who"].contains(t.lower($0)) && $0 < clause }),
                  pronoun > 0, var noun = Optional(pronoun - 1), ["NOUN", "PROPN"].contains(t.words[noun].upos) else { continue }
            while t.base(noun) == "nmod" || t.base(noun) == "flat" || t.base(noun) == "compound", let h = t.head(noun), h < noun,
                  ["NOUN", "PROPN"].contains(t.words[h].upos),
                  t.base(noun) != "nmod" || t.children(noun).contains(where: { t.base($0) == "case" && ["at", "in", "on", "of", "near"].contains(t.lower($0)) }) {
                noun = h
            }
            t.attach(clause, to: noun, rel: "acl:relcl")
            changed = true
        }
        return changed
    }

    /// "A gunman opened fire …, killing two people, police said on Sunday": the reported clause read as a noun
    /// phrase (its verb a participle describing the noun) and made a second subject of the reporting verb. A verb
    /// has one subject: the first is the reported clause's, whose verb is a past tense. The participle may hang on
    /// the last noun of a phrase describing the subject ("A ferry carrying 243 people ⟦capsized⟧ …", with "capsized"
    /// read as describing the people): it is the subject's all the same.
    static let reportedClauseReadAsSubject = ParseRepair(
        name: "reported clause read as a subject",
        examples: ["A gunman opened fire inside a crowded shopping mall late on Saturday, killing two people, police said on Sunday.",
                   "A ferry carrying 60 people capsized near the port early on Monday, killing nine, the coast guard said."]
    ) { t in
        var changed = false
        for say in t.indices where t.words[say].upos == "VERB" {
            let subjects = t.children(say).filter { t.base($0) == "nsubj" }
            guard subjects.count == 2, let noun = subjects.first, let speaker = subjects.last, noun < speaker, speaker < say,
                  ["NOUN", "PROPN"].contains(t.words[noun].upos),
                  let verb = (noun + 1..<speaker).first(where: { v in
                      t.words[v].upos == "VERB" && t.words[v].xpos == "VBN" && t.base(v) == "acl"
                          && t.children(v).allSatisfy { !["aux", "nsubj", "mark"].contains(t.base($0)) && t.words[$0].deprel != "aux:pass" }
                          && (t.head(v) == noun
                              // (on a noun of the subject's own phrase, every word before it the subject's)
                              || t.head(v).map { ["NOUN", "PROPN"].contains(t.words[$0].upos) } == true
                                  && (noun + 1..<v).allSatisfy { t.ancestors($0).contains(noun) })
                  })
            else { continue }
            // What hung on the noun after the verb (a date, a participle adjunct) belongs to the clause.
            for c in t.children(noun) where c > verb && c < speaker {
                let rel = t.base(c)
                t.attach(c, to: verb, rel: rel == "nmod" ? "obl" : rel == "conj" && t.words[c].xpos == "VBG" ? "advcl" : nil)
            }
            t.attach(verb, to: say, rel: "ccomp")
            t.attach(noun, to: verb, rel: "nsubj")
            changed = true
        }
        return changed
    }

    /// "Production at the Naka plant resumed on March 22": a sentence read as one noun phrase, its only verb a past
    /// participle describing a noun in it (a reduced relative clause, as in "the plant resumed by …"). A sentence is
    /// no noun phrase: the verb is a past tense, and the noun phrase before it its subject.
    static let pastTenseReadAsParticiple = ParseRepair(
        name: "past tense read as a participle",
        examples: ["Production at the Naka plant resumed on March 22, a week earlier than the company had expected.",
                   "A freight train carrying hazardous chemicals derailed late Friday near the Pennsylvania border.",
                   "On Sunday, the Turkish presidential office named Istanbul the venue for the next talks."]
    ) { t in
        guard let root = t.indices.first(where: { t.head($0) == nil && t.words[$0].head == 0 }),
              ["NOUN", "PROPN"].contains(t.words[root].upos),
              let verb = t.indices.first(where: { v in
                  v > root && t.words[v].upos == "VERB" && t.words[v].xpos == "VBN" && t.base(v) == "acl"
                      // (a "subject" after the participle is none: "named Istanbul ⟦the venue⟧")
                      && t.children(v).allSatisfy { !(["aux", "mark", "obl:agent"].contains(t.base($0)) || t.base($0) == "nsubj" && $0 < v) && t.words[$0].deprel != "aux:pass" }
                      && !t.children(v).contains { c in t.children(c).contains { t.lower($0) == "by" } }
                      && t.ancestors(v).contains(root)
                      // (telling something: "resumed ⟦on March 22⟧", not a caption's "highly recommended")
                      && t.children(v).contains { $0 > v && ["obj", "obl", "xcomp", "advmod", "ccomp"].contains(t.base($0)) }
              }),
              // A sentence, not a caption or a list entry.
              let last = t.indices.last, [".", "!"].contains(t.words[last].form)
        else { return false }
        // Everything after the verb that hung on the noun phrase belongs to the clause.
        let moved = t.children(root).filter { $0 > verb }
        let inClause = Set(t.subtreeWords(verb) + moved.flatMap { t.subtreeWords($0) })
        // The subject: the noun the participle described, with the phrase it is the modifier of ("⟦Production⟧ at
        // the Naka plant"), or the noun a participle before it describes ("A freight ⟦train⟧ carrying hazardous
        // chemicals derailed": the parse hung "derailed" on the chemicals); a root beside it (a date the parse made
        // the root: "On Sunday, the office named …") is an oblique of the verb.
        guard var subject = t.head(verb) else { return false }
        // (a broken tree's cycle ends the climb)
        for _ in t.indices {
            if t.base(subject) == "nmod", let h = t.head(subject), ["NOUN", "PROPN"].contains(t.words[h].upos) {
                subject = h
            } else if t.base(subject) == "obj", let participle = t.head(subject), ["VBG", "VBN"].contains(t.words[participle].xpos),
                      t.base(participle) == "acl", let h = t.head(participle), h < participle, ["NOUN", "PROPN"].contains(t.words[h].upos) {
                subject = h
            } else {
                break
            }
        }
        guard subject < verb else { return false }
        // No other verb may be the sentence's own (a participle describing the subject is the subject's).
        let inSubject = Set(t.subtreeWords(subject).filter { $0 < verb && !inClause.contains($0) })
        guard !t.indices.contains(where: { !inClause.contains($0) && ["VERB", "AUX"].contains(t.words[$0].upos)
            && !(inSubject.contains($0) && ["VBG", "VBN"].contains(t.words[$0].xpos) && t.base($0) == "acl") }) else { return false }
        for c in moved { t.attach(c, to: verb) }
        for c in t.children(verb) where c > verb && t.base(c) == "nsubj" { t.attach(c, to: verb, rel: "obj") }
        t.attach(verb, to: -1, rel: "root")
        t.attach(subject, to: verb, rel: "nsubj")
        if subject != root { t.attach(root, to: verb, rel: "obl") }
        return true
    }

    /// "Chief executive Paul Wetzel said …": a name right after its title, read as a conjunct of the title. English
    /// coordinates with a conjunction or a comma; with neither between them, the name is the head and the title
    /// its modifier.
    static let nameAfterItsTitle = ParseRepair(
        name: "name after its title",
        examples: ["Chief executive Paul Wetzel said he would step down."]
    ) { t in
        var changed = false
        for name in t.indices where t.words[name].upos == "PROPN" && t.base(name) == "conj" {
            guard let title = t.head(name), title < name, ["NOUN", "PROPN"].contains(t.words[title].upos),
                  !t.children(name).contains(where: { t.base($0) == "cc" }),
                  (title + 1..<name).allSatisfy({ t.words[$0].upos != "PUNCT" && t.words[$0].upos != "CCONJ" && t.head($0).map { $0 == title || $0 == name } == true })
            else { continue }
            let upper = (head: t.words[title].head, rel: t.words[title].deprel)
            for c in t.children(title) where c != name && c > name { t.attach(c, to: name) }
            t.attach(name, to: upper.head - 1, rel: upper.rel)
            t.attach(title, to: name, rel: "compound")
            for w in title + 1..<name where t.head(w) == title && t.base(w) == "amod" { t.attach(w, to: name, rel: "compound") }
            changed = true
        }
        return changed
    }

    /// "NAME, who/which … , VERB …": a non-restrictive relative clause set off by commas after the subject, and the
    /// sentence's own verb after the closing comma. The parser often takes the main verb for a second verb of the
    /// relative clause (a conjunct without "and") and leaves it without a subject, or makes the relative verb the
    /// root with the name as its subject; the date of the relative clause then dates the main clause.
    static let relativeClauseBeforeMainVerb = ParseRepair(
        name: "relative clause before the main verb",
        examples: ["Lena Chen, who left the company on March 31, spent six years at the head of Orbis.",
                   "Paul Wetzel, who led the company for two years, left on Wednesday.",
                   "Orbis, which went public in 2011, supplies chips to carmakers."]
    ) { t in
        var changed = false
        for pronoun in t.indices where ["who", "which"].contains(t.lower(pronoun)) && ["WP", "WDT"].contains(t.words[pronoun].xpos)
            && t.base(pronoun) == "nsubj" && pronoun >= 2 && t.words[pronoun - 1].form == "," {
            guard let relative = t.head(pronoun), relative > pronoun, t.words[relative].upos == "VERB" || t.words[relative].upos == "AUX" else { continue }
            // The noun phrase the clause describes: the word before the comma, up through its nominal heads.
            let noun = t.nounPhraseHead(endingAt: pronoun - 2, before: pronoun - 1)
            guard ["NOUN", "PROPN"].contains(t.words[noun].upos) else { continue }
            // The main verb: a conjunct of the relative verb after a comma, with no "and" and no subject of its own.
            let conjuncts = t.children(relative).filter { t.base($0) == "conj" && $0 > relative }
            // (or a past form the parse hung inside the clause as a participle after the closing comma: "Paul Wetzel,
            // who led the company, ⟦left⟧ on Monday" read as "the company, left on Monday")
            let hung = t.subtreeWords(relative).filter { v in
                v > relative && t.base(v) == "acl" && t.words[v].upos == "VERB" && ["VBN", "VBD"].contains(t.words[v].xpos)
                    && isPastTenseToo(t.lower(v)) && t.children(v).allSatisfy { !["aux", "aux:pass", "obj"].contains(t.base($0)) }
            }
            guard let main = conjuncts.count == 1 ? conjuncts.first : conjuncts.isEmpty && hung.count == 1 ? hung.first : nil,
                  t.children(main).allSatisfy({ !["cc", "nsubj", "expl", "csubj", "mark"].contains(t.base($0)) }),
                  t.isFinite(main), (relative + 1..<main).contains(where: { t.words[$0].form == "," }),
                  // the main verb's first word (an auxiliary, an adverb) comes right after the closing comma
                  let first = t.firstWord(main), first > 0, t.words[first - 1].form == ","
                    // (or the verb itself does, the words of the clause before the comma hung on it: "Tariqul Hasan, who had
                    // said ⟦less than a week earlier⟧ that there was no room to go back, stepped down the following morning")
                    || t.words[main - 1].form == "," && t.children(main).allSatisfy({ $0 > main || $0 > relative && t.words[$0].upos != "PUNCT" })
            else { continue }
            // (what the clause told before its closing comma is the clause's)
            if let first = t.firstWord(main), first < main - 1 {
                for c in t.children(main) where c > relative && c < main - 1 { t.attach(c, to: relative) }
            }
            let nounIsSubjectOfRelative = t.head(noun) == relative && t.base(noun) == "nsubj"
            let nounIsRoot = t.head(noun) == nil && t.head(relative) == noun
            guard nounIsSubjectOfRelative || nounIsRoot else { continue }
            // The clause's place in the sentence passes to the main verb.
            let upper = nounIsRoot ? (head: 0, rel: "root") : (head: t.words[relative].head, rel: t.words[relative].deprel)
            let passive = t.children(main).contains { t.base($0) == "aux" && t.words[$0].deprel == "aux:pass" }
            // Whatever hung on the relative verb or the noun after the main verb belongs to the main clause.
            for c in t.children(relative) + t.children(noun) where c > main { t.attach(c, to: main) }
            t.attach(main, to: upper.head - 1, rel: upper.rel)
            t.attach(noun, to: main, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(relative, to: noun, rel: "acl:relcl")
            if hung.contains(main) { t.retag(main, upos: "VERB", xpos: "VBD") }
            changed = true
        }
        return changed
    }

    /// "after talks with its lenders failed": a finite verb opening no subject of its own right after a noun the
    /// parser took for the object of "after" (a preposition, as it also is in English). The noun is the clause's
    /// subject and "after" opens the clause.
    static let subjectOfSubordinateClause = ParseRepair(
        name: "subject of a subordinate clause",
        examples: ["Carver filed for bankruptcy on Thursday after talks with its lenders failed.",
                   "The plant closed before the storm hit the coast.",
                   "Officials lifted the evacuation order after air and water tests showed no dangerous levels of contaminants.",
                   "Johnson said he would remain in office until a new leader was chosen."]
    ) { t in
        var changed = false
        // (or read as a second verb of the governor's, with no conjunction: "Officials lifted the order after air and
        // water tests showed no danger")
        // (or as a noun of the governor's: "Peace talks set to resume ⟦as⟧ Kyiv ⟦recaptures⟧ villages", the verb
        // read as an oblique; a verb in a tense is no noun)
        for verb in t.indices where t.words[verb].upos == "VERB" && t.isFinite(verb)
            && (t.base(verb) == "advcl" || t.base(verb) == "conj"
                || ["obl", "nmod", "obj"].contains(String(t.base(verb))) && ["VBD", "VBZ", "VBP"].contains(t.words[verb].xpos)) {
            guard !t.children(verb).contains(where: { ["nsubj", "csubj", "expl", "mark", "cc"].contains(t.base($0)) }),
                  let governor = t.head(verb),
                  // (or hung on a noun of the governor's: "remain in office ⟦until⟧ a new leader was chosen")
                  let noun = t.children(governor).last(where: { $0 < verb && t.base($0) == "obl" && ["NOUN", "PROPN"].contains(t.words[$0].upos) })
                      .map({ o in t.children(o).last(where: { n in n > o && n < verb && t.base(n) == "nmod" && ["NOUN", "PROPN"].contains(t.words[n].upos)
                          && t.subtreeEnd(n) == t.subtreeEnd(o) && t.children(n).first.map { t.base($0) == "case" && subordinators.contains(t.lower($0)) } == true }) ?? o }),
                  t.subtreeEnd(noun).map({ $0 + 1 == verb || $0 + 1 == t.subtreeStart(verb) }) == true,
                  let marker = t.children(noun).first(where: { t.base($0) == "case" && $0 == t.subtreeStart(noun) }),
                  subordinators.contains(t.lower(marker))
            else { continue }
            let passive = t.children(verb).contains { t.words[$0].deprel == "aux:pass" }
            t.attach(noun, to: verb, rel: passive ? "nsubj:pass" : "nsubj")
            t.attach(marker, to: verb, rel: "mark")
            if t.base(verb) != "advcl" { t.attach(verb, to: governor, rel: "advcl") }
            changed = true
        }
        return changed
    }

    /// Words that open a clause as well as a noun phrase.
    static let subordinators: Set<String> = ["after", "before", "until", "till", "since", "as", "once"]
}
