/// Finds event mentions in a document: for each clause, a trigger, a date, a modality, an attribution,
/// actors and places. Pure: every input is a parameter.
///
/// With the syntax model, each sentence's predicates come from its parse (a verb or an event noun, its arguments
/// from its dependents); without it, from the trigger table and word-list clause splitting.
public struct EventExtractor: Sendable {
    /// The parser; nil reads events with the trigger table only.
    public var model: SyntaxModel?
    /// The rules' results for repeated sentences (`RuleMemo`), shared by a load's documents; nil: every sentence is read.
    public var ruleMemo: RuleMemo?

    public init(model: SyntaxModel? = SyntaxModel.shared, ruleMemo: RuleMemo? = nil) {
        self.model = model
        self.ruleMemo = ruleMemo
    }

    public func extract(document: Document, timexes: [Timex], places: (TextRange) -> PlaceRecognition) -> [ExtractedMention] {
        var out: [ExtractedMention] = []
        let sentences = document.sentences.isEmpty ? [Sentence(range: document.body)] : document.sentences
        let datingTimexes = Self.namedNights(timexes.filter { ($0.type == .date || $0.type == .time) && ($0.span ?? $0.interval) != nil
                                                              && !Self.datesTheCoverage($0, document: document) },
                                             in: document.text)
        let measures = timexes.filter { $0.type == .duration && SentenceAnalysis.days(in: $0.value) != nil }
        // Each sentence's tokens (the pipeline's, computed once) are read and split into clauses once, for both passes.
        let shared = sentences.map { $0.tokens.isEmpty ? Tokenizer.tokenize(document.text, in: $0.range) : $0.tokens }
        let tokenized = shared.map { $0.map(EventWord.init) }
        let clauses = tokenized.map(ClauseSplitter.split)
        let vocabulary = DocumentContext(sentences: tokenized)
        var context = vocabulary
        let toldEvacuation = tokenized.contains { $0.contains { w in
            w.isWord && (w.norm.hasPrefix("evacuee") || TriggerLexicon.forms[w.norm]?.contains { $0.triggerClass == .evacuation } == true) } }
        var quoteAttributions = quotationAttributions(document: document, sentences: sentences, tokens: tokenized,
                                                      clauses: clauses, context: &context)
        context = vocabulary
        var timexCursor = 0
        // Sentences and timexes in text order (as the segmenter and tagger give them): one forward walk finds each
        // sentence's timexes. Otherwise every sentence filters them all.
        let inOrder = zip(datingTimexes, datingTimexes.dropFirst()).allSatisfy { $0.range.start <= $1.range.start }
            && zip(sentences, sentences.dropFirst()).allSatisfy { $0.range.start <= $1.range.start }
        for (si, sentence) in sentences.enumerated() {
            let tokens = tokenized[si]
            guard !tokens.isEmpty else { continue }
            let recognition = places(sentence.range)
            let sentenceTimexes = inOrder ? Self.timexes(datingTimexes, in: sentence.range, cursor: &timexCursor)
                : datingTimexes.filter { sentence.range.contains($0.range) }
            var analysis = SentenceAnalysis(document: document, sentence: sentence, tokens: tokens, timexes: sentenceTimexes,
                                            recognition: recognition, context: context,
                                            quoteAttribution: quoteAttributions[si], clauses: clauses[si])
            if !measures.isEmpty { analysis.measures = measures.filter { sentence.range.contains($0.range) } }
            analysis.rules = ruleMemo.map(RuleMemo.Sentence.init)
            // The pipeline's parse of the sentence when it has one; else the extractor's own model's.
            if let parse = sentence.parse ?? model?.read(shared[si]) {
                let found = analysis.parsedMentions(parse, startingAt: out.count, previous: out.last.map { $0.ordinal })
                // A parse that finds no happening where the trigger table does is taken for a misparse
                // ("The army shelled positions …" read as a noun phrase): the table's reading stands.
                var mentions = found.mentions.isEmpty && !found.onlyDenied
                    ? analysis.mentions(startingAt: out.count, previous: out.last.map { $0.ordinal }) : found.mentions
                context.resolveGeneralMishaps(&mentions, words: tokenized[si])
                if toldEvacuation { Self.readHomecomings(&mentions, words: tokenized[si]) }
                Self.readDepartures(&mentions, words: tokenized[si], toldEvacuation: toldEvacuation)
                Self.readDenials(&mentions, words: tokenized[si])
                out += mentions
                context.update(with: analysis)
                // (not a state's start nor a relative clause's background: "had found no harmful readings since
                // Wednesday", "the attack that began on March 2" leave the story where it is)
                context.update(focusFrom: found.mentions.isEmpty ? mentions
                    : mentions.enumerated().filter { !found.notInFocus.contains($0.offset) }.map(\.element), published: document.published)
                if let p = found.lastPerson { context.lastPerson = p }
                for p in found.persons where !context.persons.contains(p) { context.persons.append(p) }
                context.sites.merge(found.sites) { $1 }
                context.lastOrganisation = found.lastOrganisation
                context.itIsOrganisation = found.itIsOrganisation
                context.lastThing = found.lastThing
                context.lastGroup = found.lastGroup
                context.lastClosed = found.lastClosed
                for m in mentions where m.mention.modality == .happened || m.mention.modality == .claimed {
                    guard m.mention.timex != nil, !m.mention.date.isFallback, let iv = m.mention.date.interval, iv.dayCount == 1 else { continue }
                    context.predicateDays[m.lemma] = iv.start
                }
            } else {
                let found = analysis.mentions(startingAt: out.count, previous: out.last.map { $0.ordinal })
                out += found
                context.update(with: analysis)
            }
            context.update(mishapFrom: tokenized[si])
            quoteAttributions[si] = nil
        }
        return out
    }

    /// A day in a headline that names the coverage, not a happening: "Flight 512 runway accident in Sept-Îles – ⟦Monday⟧
    /// updates", "⟦Tuesday⟧'s briefing" (the live blog's day, which dates no accident: `PredicateRules.coverageNouns`).
    static func datesTheCoverage(_ t: Timex, document: Document) -> Bool {
        guard let headline = document.headline, headline.contains(t.range) else { return false }
        let after = document.text.scalars[t.range.end..<min(headline.end, t.range.end + 16)]
        var word = String(String.UnicodeScalarView(after)).lowercased()
        if word.hasPrefix("'s") || word.hasPrefix("’s") { word.removeFirst(2) }
        guard word.first == " " else { return false }
        let next = word.drop(while: { $0 == " " }).prefix(while: { $0.isLetter || $0 == "-" })
        return PredicateRules.coverageNouns.contains(String(next))
    }

    /// A day named as the night of it dates what happened that night, which runs into the next morning: "broke out
    /// during ⟦the night of September 7⟧" is 7 September at night, as "overnight on 7 September" is, and no conflict with
    /// another outlet's "broke out on Monday", the 8th. (The tagger marks the date alone, as TimeBank does; this is how
    /// the events read it.)
    static func namedNights(_ timexes: [Timex], in text: ScalarText) -> [Timex] {
        timexes.map { t in
            guard t.type == .date, t.granularity == .day, t.span == nil, let iv = t.interval, iv.dayCount == 1,
                  t.range.start >= 9 else { return t }
            let before = String(String.UnicodeScalarView(text.scalars[max(0, t.range.start - 16)..<t.range.start])).lowercased()
            guard before.hasSuffix("night of ") else { return t }
            var night = t
            night.value += "TNI"
            night.granularity = .partOfDay
            // (the phrase that dates it, "night of September 7", which runs past midnight: `MentionMerger.runsPastMidnight`)
            night.range = TextRange(t.range.start - 9, t.range.end)
            night.text = String(String.UnicodeScalarView(text.scalars[night.range.start..<night.range.end]))
            return night
        }
    }

    /// In an article that tells of an evacuation, people going home is its end (`PredicateRules.homecomingVerbs`): the
    /// predicate of "lifted the evacuation order" and "ended the evacuation".
    static func readHomecomings(_ mentions: inout [ExtractedMention], words: [EventWord]) {
        for k in mentions.indices where mentions[k].triggerClass == .other && PredicateRules.homecomingVerbs.contains(mentions[k].lemma) {
            guard let t = mentions[k].mention.trigger, let i = words.firstIndex(where: { $0.range == t }) else { continue }
            let after = words[(i + 1)...].prefix { $0.isWord && PredicateRules.homecomingFillers.contains($0.norm) }
            guard let next = words.dropFirst(i + 1 + after.count).first, PredicateRules.homeNouns.contains(next.norm) else { continue }
            mentions[k].lemma = EventNounLexicon.shared.predicateKey(noun: "evacuation") + ":end"
        }
    }

    /// Insisting that something did not happen is denying it (`PredicateRules.insistingVerbs`): "His lawyer ⟦insisted⟧ the
    /// next day that he had not set the fire" is one saying with "his lawyer denied that her client had started the
    /// fire"; "insisted that the plan would go ahead" is no denial.
    static func readDenials(_ mentions: inout [ExtractedMention], words: [EventWord]) {
        for k in mentions.indices where PredicateRules.insistingVerbs.contains(mentions[k].lemma) {
            guard let t = mentions[k].mention.trigger, let i = words.firstIndex(where: { $0.range.start == t.start }) else { continue }
            // (its "that" clause, to the clause's end: the negation is of what is insisted on)
            let clause = words[(i + 1)...].prefix { $0.isWord || ![".", ";", ":", "?", "!", "\u{201C}", "\""].contains($0.norm) }.prefix(16)
            guard let that = clause.firstIndex(where: { $0.norm == "that" }), that - i <= 5,
                  words[(that + 1)..<clause.endIndex].prefix(6).contains(where: { PredicateRules.negations.contains($0.norm) }) else { continue }
            mentions[k].lemma = "deny"
            mentions[k].triggerClass = .statement
        }
    }

    /// People sent or driven from their homes is an evacuation (`PredicateRules.departureVerbs`, `orderingVerbs`):
    /// "forcing thousands of residents to ⟦leave⟧ their homes", "thousands were ⟦ordered⟧ from their homes"; and in an
    /// article that tells of an evacuation, "the county had ⟦ordered⟧ about 6,000 people … to leave" is it too.
    static func readDepartures(_ mentions: inout [ExtractedMention], words: [EventWord], toldEvacuation: Bool) {
        func homeAfter(_ j: Int) -> Bool {
            let fillers = words[j...].prefix { $0.isWord && PredicateRules.homecomingFillers.contains($0.norm) && $0.norm != "to" }
            return words.dropFirst(j + fillers.count).first.map { PredicateRules.homeNouns.contains($0.norm) } ?? false
        }
        // (the singular of a plural by its ending: "villages", "families")
        func singular(_ w: String) -> String {
            w.hasSuffix("ies") ? String(w.dropLast(3)) + "y" : w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w
        }
        for k in mentions.indices {
            // (the verb of a phrasal predicate: "⟦escaped down⟧ inflatable slides")
            let lemma = mentions[k].lemma.split(separator: " ").first.map(String.init) ?? mentions[k].lemma
            let departing = PredicateRules.departureVerbs.contains(lemma)
            var ordering = PredicateRules.orderingVerbs.contains(lemma)
            // (a mishap that drives people out, told by its verb, is that evacuation: "the blaze ⟦forced⟧ 2,400 residents
            // to flee", not the blaze)
            if mentions[k].triggerClass != .other {
                guard PredicateRules.mishapClasses.contains(mentions[k].triggerClass), let t = mentions[k].mention.trigger,
                      let w = words.first(where: { $0.range.start == t.start }), PredicateRules.forcingForms.contains(w.norm) else { continue }
                ordering = true
            }
            // An order to leave widened to another place, in an article that tells of an evacuation, is that place's
            // evacuation: "the ⟦order⟧ was extended to the village of Alden", "extended the evacuation order to two more
            // towns"; "extended the order to Friday" is a date, "extended its lead to five points" no order.
            if toldEvacuation, PredicateRules.wideningVerbs.contains(lemma), let t = mentions[k].mention.trigger,
               let w = words.firstIndex(where: { $0.range.start == t.start }) {
                let before = words[..<w].suffix(4), after = words[(w + 1)...].prefix(4)
                let ordered = (before + after).contains { PredicateRules.orders.contains($0.norm) || PredicateRules.orders.contains(singular($0.norm)) }
                if ordered, let to = words[(w + 1)...].prefix(8).firstIndex(where: { $0.norm == "to" }),
                   words[(to + 1)...].prefix(4).contains(where: { $0.isWord && ($0.isCapitalized || PredicateRules.settlementNouns.contains(singular($0.norm))) }),
                   !words[(to + 1)...].prefix(3).contains(where: { PredicateRules.calendarNames.contains($0.norm) }) {
                    mentions[k].triggerClass = .evacuation
                    mentions[k].lemma = "evacuate"
                    continue
                }
            }
            let escaping = PredicateRules.escapeVerbs.contains(lemma), moving = PredicateRules.movingVerbs.contains(lemma)
            guard departing || ordering || escaping || moving, let t = mentions[k].mention.trigger,
                  let first = words.firstIndex(where: { $0.range.start == t.start }) else { continue }
            // (the last word of the trigger)
            let i = words[first...].lastIndex(where: { $0.range.end <= t.end }) ?? first
            var evacuation = false
            // (a settlement among the first words after it: "fled ⟦villages⟧ on its slopes", "out of 14 ⟦villages⟧")
            func settlementAfter(_ j: Int) -> Bool {
                words[j...].prefix { $0.isWord || ![".", ";", ":", "?", "!", ","].contains($0.norm) }.prefix(4)
                    .contains { $0.isWord && PredicateRules.settlementNouns.contains(singular($0.norm)) }
            }
            if moving {
                // Moving people out of a town or a village is evacuating it: "soldiers ⟦moved⟧ some 12,000 people out of
                // 14 villages" / "were evacuated" ("moved its offices out of the city centre" names no people).
                let clause = words[(i + 1)...].prefix { $0.isWord || ![".", ";", ":", "?", "!"].contains($0.norm) }.prefix(12)
                if let out = clause.indices.first(where: { words[$0].norm == "out" && $0 + 1 < words.count && words[$0 + 1].norm == "of" }),
                   words[(i + 1)..<out].contains(where: { PredicateRules.evacuatedPeople.contains(singular($0.norm)) }),
                   settlementAfter(out + 2) { evacuation = true }
            } else if departing || escaping {
                evacuation = departing && homeAfter(i + 1)
                // (fleeing a town or a village is leaving it in danger: "20,000 people ⟦fled⟧ villages on its slopes";
                // leaving one is not: "left the town for Boston")
                if !evacuation, lemma == "flee", settlementAfter(i + 1) { evacuation = true }
                // (in an article that tells of an evacuation, people leaving or escaping a vehicle or building, or by its
                // slides: "left the aircraft by its emergency slides", "got out using the emergency slides", "escaped
                // down inflatable slides")
                // (the slides alone say it anywhere)
                if !evacuation {
                    let after = words[(i + 1)...].prefix { $0.isWord || ![".", ";", ":", "?", "!", ","].contains($0.norm) }.prefix(8)
                    let out = lemma != "get" && lemma != "climb" || after.first?.norm == "out" || i > first
                    evacuation = out && after.contains { $0.isWord && (toldEvacuation && PredicateRules.evacuatedPlaces.contains($0.norm)
                        || PredicateRules.evacuationMeans.contains($0.norm)) }
                }
            } else {
                // (the clause after the verb, to its end: "ordered ⟦about 6,000 people within two miles of the plant⟧ to leave")
                let clause = words[(i + 1)...].prefix { $0.isWord || ![".", ";", ":", "?", "!"].contains($0.norm) }.prefix(16)
                // (people ordered out of a town or a village, or out of a place it names: "⟦ordered⟧ all 2,400 residents
                // out of Millbrook", "ordered 300 families out of three villages"; not "ordered the tanks out of the
                // depot", "ordered the reporters out of the room")
                if let out = clause.indices.first(where: { words[$0].norm == "out" && $0 + 1 < words.count && words[$0 + 1].norm == "of" }),
                   words[(i + 1)..<out].contains(where: { PredicateRules.evacuatedPeople.contains(singular($0.norm)) }),
                   settlementAfter(out + 2) || out + 2 < words.count && words[out + 2].isWord && words[out + 2].isCapitalized {
                    evacuation = true
                }
                for j in clause.indices where words[j].isWord {
                    if words[j].norm == "from", homeAfter(j + 1) { evacuation = true }
                    // (a place ordered emptied: "⟦ordered⟧ Morgan City emptied", "ordered the town evacuated"; not "ordered
                    // the tanks emptied")
                    if PredicateRules.emptiedParticiples.contains(words[j].norm), j > i + 1,
                       words[j - 1].isCapitalized || PredicateRules.settlementNouns.contains(words[j - 1].norm) { evacuation = true }
                    if words[j].norm == "to", j + 1 < words.count, PredicateRules.departureVerbs.contains(words[j + 1].norm)
                        || words[j + 1].norm == "evacuate" {
                        evacuation = evacuation || toldEvacuation || words[j + 1].norm == "evacuate" || homeAfter(j + 2)
                            // (people made to flee, anywhere: "the blaze ⟦forced⟧ some 2,400 residents of the town to flee on
                            // Monday"; "told the reporters to leave" is none)
                            || words[j + 1].norm == "flee" && words[(i + 1)..<j].contains(where: { PredicateRules.evacuatedPeople.contains(singular($0.norm)) })
                    }
                }
            }
            if evacuation {
                mentions[k].triggerClass = .evacuation
                mentions[k].lemma = "evacuate"
            }
        }
    }

    /// The timexes inside `range`, for sentences visited in text order over timexes in text order: `cursor` skips
    /// those that start before the sentence.
    static func timexes(_ sorted: [Timex], in range: TextRange, cursor: inout Int) -> [Timex] {
        while cursor < sorted.count && sorted[cursor].range.start < range.start { cursor += 1 }
        var out: [Timex] = []
        var k = cursor
        while k < sorted.count && sorted[k].range.start <= range.end {
            if range.contains(sorted[k].range) { out.append(sorted[k]) }
            k += 1
        }
        return out
    }

    /// For sentences inside a quotation, the speaker named where the quotation ends ("…,” he said / Zelensky said),
    /// carried to every sentence of the quotation.
    func quotationAttributions(document: Document, sentences: [Sentence], tokens tokenized: [[EventWord]]? = nil,
                               clauses: [[Clause]]? = nil, context: inout DocumentContext) -> [String?] {
        var result = [String?](repeating: nil, count: sentences.count)
        var pending: [Int] = []
        for (si, sentence) in sentences.enumerated() {
            let tokens = tokenized?[si] ?? EventWord.words(of: sentence, in: document.text)
            let quoted = sentence.quotation != nil || tokens.contains { !$0.isWord && FunctionWords.quoteMarks.contains($0.norm) }
            // A sentence neither quoted nor reporting anything changes nothing here: no need to analyse it.
            if !quoted && !tokens.contains(where: { $0.isWord && TriggerLexicon.reportingForms[$0.norm] != nil }) {
                pending = []
                continue
            }
            let analysis = SentenceAnalysis(document: document, sentence: sentence, tokens: tokens, timexes: [],
                                            recognition: PlaceRecognition(), context: context, quoteAttribution: nil,
                                            clauses: clauses?[si])
            if quoted {
                pending.append(si)
                if let speaker = analysis.speakerAfterQuote() {
                    for p in pending { result[p] = speaker }
                    pending = []
                }
            } else {
                pending = []
            }
            context.update(with: analysis)
        }
        return result
    }
}

/// What the extractor remembers across sentences of one document.
struct DocumentContext: Sendable {
    /// Words (normalised) the article capitalises inside a sentence, not only as its first word: names.
    var capitalisedInside: Set<String> = []
    /// Words the article writes in lower case somewhere: common words.
    var lowercaseWords: Set<String> = []

    init() {}

    /// The people the article names after a title, by the title ("prime minister" → "Eduardo Salinas", from "Prime
    /// Minister Eduardo Salinas"), and by its last word when one person has it ("minister"); an empty name where two
    /// people share a title. A subject that is the title alone is that person (`SentenceAnalysis.titledPerson`).
    var titled: [String: String] = [:]

    /// The article's vocabulary of names and common words, from its tokenised sentences.
    init(sentences: [[EventWord]]) {
        for tokens in sentences {
            let words = tokens.filter(\.isWord)
            for j in words.indices where words[j].isCapitalized && Lexicon.personTitles.contains(words[j].norm) {
                // (the name after the title: two or three capitalised words, no title among them)
                let name = words[(j + 1)...].prefix(3).prefix { $0.isCapitalized && !Lexicon.personTitles.contains($0.norm) && $0.norm.count > 1 }
                guard name.count >= 2 else { continue }
                var first = j
                while first > 0, words[first - 1].isCapitalized, Lexicon.titleModifiers.contains(words[first - 1].norm)
                        || !Lexicon.personTitles.contains(words[first - 1].norm) && first - 1 > 0 { first -= 1 }
                let full = name.map(\.text).joined(separator: " ")
                let key = words[first...j].map(\.norm).joined(separator: " ")
                for k in Set([key, words[j].norm]) {
                    if let known = titled[k], known != full { titled[k] = "" } else { titled[k] = full }
                }
            }
            // A headline in title case ("Rebels Attack Border Town") capitalises common words too.
            let titleCase = words.count >= 3 && words.allSatisfy { $0.isCapitalized || $0.norm.count < 4 }
            for (n, t) in words.enumerated() {
                if !t.isCapitalized { lowercaseWords.insert(t.norm) } else if n > 0 && !titleCase { capitalisedInside.insert(t.norm) }
            }
        }
    }

    /// The last named person (two or more capitalised words) seen as a speaker: resolves "he said".
    var lastPerson: String?
    /// The people the article has named in full as subjects, in order: a surname alone later ("⟦Forsyth⟧ was spotted in
    /// Carlisle") is the last of them it ends.
    var persons: [String] = []
    /// The sites the article named with their places, by noun: "⟦Sept-Îles⟧ airport" makes a later "the airport"
    /// Sept-Îles (`SentenceAnalysis.sitePlaces`).
    var sites: [String: [PlaceMention]] = [:]
    /// The organisation last named as a subject ("Apple Inc.", "Apple"): "the company" in a later sentence is it,
    /// and so is "it" while the organisation was the last subject.
    var lastOrganisation: String?
    var itIsOrganisation = false
    /// The thing a sentence's main clause last told of as its subject, by its noun ("⟦the rocket⟧ lifted off"): what a
    /// later "it" stands for when it is no organisation ("About 40 seconds later ⟦it⟧ blew apart").
    var lastThing: String?
    /// Likewise the plural a main clause last told of as its subject ("⟦the Norwegians⟧ were flown home"): what a later
    /// "they" stands for.
    var lastGroup: String?
    /// What a closing verb last closed, by its noun ("the operator shut ⟦the airport⟧", "the ⟦airport⟧ suspended
    /// operations"): what a later "it" reopening stands for, whatever was named since ("⟦It⟧ reopened on Friday").
    var lastClosed: String?
    /// The day of the last happening of each predicate (by merge key) the article told with a day of its own ("was
    /// shut down late ⟦on Friday⟧": close): what a later "the closure" it measures from is (`SentenceAnalysis.anchorDay`).
    var predicateDays: [String: Day] = [:]

    /// The story's day in focus: the day of the last happening the article dated, when that is one day in the week
    /// up to its publication ("Apple unveiled the phone ⟦on Monday⟧"). A later sentence with no date that narrates in
    /// the simple past ("Jobs also showed off video calls") is placed there, still as an undated ("on or before")
    /// date, so that it never makes a conflict between outlets.
    var focus: EventDate?
    /// How far before publication a day may lie to be the day in focus: two weeks, so that a weekly retelling the
    /// week before last ("Ten days in Baytown") keeps its story's day for the lines it does not date.
    static let focusDays = 14
    /// How far back the day in focus may lie in a retelling: an article that has told nothing of the two weeks up to
    /// its publication ("Four weeks in court", published on November 6, telling September and October in order) keeps
    /// its story's day two months back ("A day later the jury returned its verdicts … ⟦It cleared him⟧ of the remaining
    /// four" on the day of the verdicts, September 15). Once it has told a happening of the last two weeks, an older day
    /// is a digression ("Orbis on Wednesday cut its forecast … The fire on February 20 halted production … Orbis shares
    /// fell 9 percent": the Wednesday's).
    static let retellingDays = 62
    /// Whether the article has told a happening of the two weeks up to its publication (`retellingDays`).
    var toldTheLastTwoWeeks = false

    /// Takes the day in focus from a sentence's last happening dated to one day in the week up to publication. A
    /// sentence about another time ("In 1986 he bought Pixar") leaves it: news returns to its day after a digression.
    /// The day of the last happening the article dated to one day, however long before publication: "Hours later,
    /// the judge ended the evacuation" happened on it.
    var narrativeDay: Day?

    mutating func update(focusFrom mentions: [ExtractedMention], published: Day?) {
        if let f = mentions.reversed().lazy.compactMap({ Self.focus(from: $0, published: published) }).first {
            focus = f
            toldTheLastTwoWeeks = true
        } else if !toldTheLastTwoWeeks,
                  let f = mentions.reversed().lazy.compactMap({ Self.focus(from: $0, published: published, within: Self.retellingDays) }).first {
            focus = f
        }
        if let d = mentions.reversed().lazy.compactMap({ Self.focus(from: $0, published: published, within: nil) }).first {
            narrativeDay = d.interval?.start
        }
    }

    /// The day in focus a dated happening sets: its day, when it is one day in the week up to publication (`within`
    /// days; nil: any day up to publication).
    static func focus(from m: ExtractedMention, published: Day?, within: Int? = focusDays) -> EventDate? {
        let date = m.mention.date
        guard let published, let timex = m.mention.timex, !date.isFallback, m.mention.modality == .happened || m.mention.modality == .claimed,
              let iv = date.interval, iv.dayCount == 1,
              published.dayNumber - iv.start.dayNumber >= 0,
              within.map({ published.dayNumber - iv.start.dayNumber <= $0 }) ?? true else { return nil }
        return EventDate(value: iv.start.iso, interval: iv, granularity: .day, isFallback: true,
                         derivationText: DerivationText(head: EventDate.storyDayDerivation + iv.start.readable,
                                                        tail: " ('\(timex.text)')"))
    }

    mutating func update(with analysis: SentenceAnalysis) {
        if let p = analysis.namedSpeakers.last { lastPerson = p }
    }

    /// The mishap the article named last (a noun of the trigger table's mishaps, attacks or fires, headline included),
    /// as the merge knows it: its predicate key and class.
    var lastMishap: (lemma: String, triggerClass: TriggerClass)?

    /// Takes the last mishap of a sentence's words: a noun of a mishap class ("Hackers claim Lakeshore ⟦attack⟧"), or a
    /// verb of the accident class ("A crowded ferry ⟦sank⟧"; an attack's verbs, "hit", "fire", "fight", are said of
    /// too much else).
    mutating func update(mishapFrom words: [EventWord]) {
        for w in words.reversed() where w.isWord && !PredicateRules.generalMishapNouns.contains(w.norm) {
            guard let e = TriggerLexicon.forms[w.norm]?.first(where: { $0.pos == .noun ? PredicateRules.mishapClasses.contains($0.triggerClass)
                                                                       : $0.triggerClass == .accident }) else { continue }
            lastMishap = (e.pos == .noun ? EventNounLexicon.shared.predicateKey(noun: e.lemma) : e.lemma, e.triggerClass)
            return
        }
    }

    /// A definite general mishap noun with nothing of its own ("the ⟦trouble⟧ started late on Saturday") is the
    /// mishap its article named last: its predicate and class (`PredicateRules.generalMishapNouns`).
    func resolveGeneralMishaps(_ mentions: inout [ExtractedMention], words: [EventWord]) {
        guard let mishap = lastMishap else { return }
        for k in mentions.indices where mentions[k].triggerClass == .other && mentions[k].keywords.contains(MergeFeatures.definiteKeyword) {
            guard let t = mentions[k].mention.trigger, let w = words.first(where: { $0.range == t }),
                  PredicateRules.generalMishapNouns.contains(w.norm) else { continue }
            mentions[k].lemma = mishap.lemma
            mentions[k].triggerClass = mishap.triggerClass
        }
    }
}
