import Foundation

/// The whole pipeline: corpus → per-document temporal expressions, places and event mentions → one merged chronology.
///
/// Documents are independent until the merge, so they are analysed in parallel; the merge blocks candidates
/// by trigger class and date window, so the whole run grows about linearly with the corpus.
public struct TimelinePipeline: Sendable {
    /// Loaded on first use (a load's recognition and merge): a re-open whose merge the cache holds never reads it.
    public var gazetteer: Gazetteer { gazetteerSource.value }
    private let gazetteerSource: OnFirstUse<Gazetteer>
    public let today: Day
    /// The tagger and parser every stage's sentences are parsed with (`sentences(of:)`); nil: tokens only, and
    /// each stage falls back to reading the words. Loaded on first use: a re-open from the cache analyses nothing
    /// and never maps the model.
    public var syntax: SyntaxModel? { syntaxSource() }
    private let syntaxSource: @Sendable () -> SyntaxModel?
    /// The readings of the sentences this pipeline's loads repeat (`ParseMemo`; a few MB at most); nil: every
    /// sentence is parsed.
    public let parseMemo: ParseMemo?
    /// The event rules' results for the sentences this pipeline's loads repeat (`RuleMemo`; a few MB at most); nil:
    /// every sentence is read by every rule.
    public let ruleMemo: RuleMemo?

    /// `syntax` is read on each use: pass a model already made, `SyntaxModel.shared` (loaded once) or nil.
    /// `gazetteer` is made on first use, once.
    public init(gazetteer: @autoclosure @escaping @Sendable () -> Gazetteer = .shared, today: Day = .today,
                syntax: @autoclosure @escaping @Sendable () -> SyntaxModel? = SyntaxModel.shared,
                parseMemo: ParseMemo? = ParseMemo(), ruleMemo: RuleMemo? = RuleMemo()) {
        self.gazetteerSource = OnFirstUse(gazetteer)
        self.today = today
        self.syntaxSource = syntax
        self.parseMemo = parseMemo
        self.ruleMemo = ruleMemo
    }

    /// Reads the files and folders, then builds the chronology. Throws only for a missing path.
    public func load(paths: [String]) throws -> Chronology {
        FreePages.mapLargeBlocks()
        return build(corpus: try CorpusLoader(today: today).load(paths: paths))
    }

    public func build(corpus: Corpus) -> Chronology {
        let documents = corpus.documents
        let merger = self.merger, values = CorpusValues()
        return merged(corpus: corpus, prepared: ConcurrentSlots<Prepared>.map(documents.count) { i in
            Prepared(mentions(in: documents[i]), of: documents[i], merger: merger, values: values)
        })
    }

    /// One document's mentions as the merge holds them until it runs (`Prepared`). A load makes them as each
    /// document is analysed, so the word sets of every document's mentions are never held together. `values`: one
    /// per load, shared by its documents.
    func prepared(_ mentions: [ExtractedMention], of document: Document, values: CorpusValues) -> Prepared {
        Prepared(mentions, of: document, merger: merger, values: values)
    }

    private var merger: MentionMerger {
        let gazetteer = self.gazetteer
        var merger = MentionMerger(within: { inner, outer in gazetteer.isPlace(inner, within: outer) })
        merger.placeOfDateline = { document in Self.placeOfDateline(document, gazetteer: gazetteer) }
        return merger
    }

    /// One document's mentions with their merge features; the word sets the features were computed from are
    /// dropped (they are most of a mention's memory, and nothing after the merge reads them). The mentions are kept
    /// apart from what only the merge reads (`MentionExtras`): the events refer to them, and the rest is freed. Their
    /// sentences are read from the document's text (`Mention.readingSentences`).
    struct Prepared {
        var mentions: [Mention]
        var extras: [MentionExtras]
        /// The codes of their summaries and of the mentions they follow (`MentionExtras`).
        var pool: [UInt8]
        var features: FeatureTable

        init(_ found: [ExtractedMention], of document: Document?, merger: MentionMerger, values: CorpusValues? = nil) {
            var found = found
            if let document { Mention.readingSentences(&found, of: document) }
            Mention.interning(&found, across: values)
            features = FeatureTable(found, merger: merger, words: values?.words ?? WordNumbers())
            // Held until the merge (and the mentions after it): made to size, no spare capacity.
            mentions = found.map(\.mention)
            (extras, pool) = MentionExtras.of(found, words: features.words ?? WordNumbers())
            features.shrink()
        }
    }

    /// `build(corpus:prepared:)` once every document of the load is analysed: the parse memo's readings and the rule
    /// memo's sentences are dropped first (nothing reads them after the analysis, and the merge's peak would hold them).
    func merged(corpus: Corpus, prepared: consuming [Prepared]) -> Chronology {
        parseMemo?.removeReadings()
        ruleMemo?.removeAll()
        return build(corpus: corpus, prepared: consume prepared)
    }

    /// Merges the documents' prepared mentions (one per document, in corpus order) into the chronology.
    func build(corpus: Corpus, prepared: consuming [Prepared]) -> Chronology {
        var results = consume prepared
        // The documents' lists of mentions and of features are read in place (the features' hash lists go into one
        // pool, each document's released as it is copied).
        var lists: [[Mention]] = [], extras: [[MentionExtras]] = [], pools: [[UInt8]] = []
        var features = FeatureTable()
        FreePages.release()
        lists.reserveCapacity(results.count)
        extras.reserveCapacity(results.count)
        pools.reserveCapacity(results.count)
        features.reserveCapacity(lists: results.count, items: results.reduce(0) { $0 + $1.mentions.count },
                                 pool: results.reduce(0) { $0 + $1.features.poolCount })
        for i in results.indices {
            lists.append(results[i].mentions)
            extras.append(results[i].extras)
            pools.append(results[i].pool)
            features.take(&results[i].features)
            results[i] = Prepared([], of: nil, merger: merger)
            if i % 4096 == 4095 { FreePages.release() }
        }
        results = []
        FreePages.release()
        let all = MentionLists(table: MentionTable(consume lists), extras: consume extras, pools: consume pools, words: features.words)
        // Documents are kept with their text compact (the loader's already are; the cache's may not be).
        let documents = corpus.documents.contains(where: { !$0.text.isCompact })
            ? ConcurrentSlots<Document>.map(corpus.documents.count) { i in
                var d = corpus.documents[i]
                d.text = d.text.compacted()
                return d
            }
            : corpus.documents
        let events = merger.merge(all, features: consume features, documents: documents)
        // (and the merge's own transients' pages, before what the caller makes of the events)
        FreePages.release()
        return Chronology(documents: documents, events: events, diagnostics: corpus.diagnostics + Self.undatedWarnings(documents, events))
    }

    /// One warning per article whose publication date is unknown and which has events that nothing dates,
    /// so the "date unknown" rows of the list, the browser and the exports have a reason a user can read.
    static func undatedWarnings(_ documents: [Document], _ events: [Event]) -> [Diagnostic] {
        // Counted by document number (stored mentions are numbered through one table, without hashing an id each).
        // Only documents without a publication date are warned about: none, nothing to count.
        guard documents.contains(where: { $0.published == nil }) else { return [] }
        let numbering = DocumentNumbering(documents.map(\.id))
        // Counted on all cores, each chunk of events into counts of its own, read in place (a copy of each event
        // retained its boxes).
        let chunk = max(1024, (events.count + 7) / 8)
        let counts = events.withUnsafeBufferPointer { events in
            chunkedMap((events.count + chunk - 1) / chunk, chunk: 1) { c -> [Int32] in
                var counts = [Int32](repeating: 0, count: documents.count)
                for i in (c * chunk)..<min(events.count, (c + 1) * chunk) {
                    events[i].forEachUndatedMentionDocument(numberedBy: numbering) { number in
                        if let number { counts[number] += 1 }
                    }
                }
                return counts
            }
        }
        var undatedMentions = [Int](repeating: 0, count: documents.count)
        for part in counts { for k in part.indices { undatedMentions[k] += Int(part[k]) } }
        return documents.compactMap { d -> Diagnostic? in
            guard d.published == nil, let k = numbering.number(of: d.id), undatedMentions[k] > 0 else { return nil }
            let n = undatedMentions[k]
            let consequence = n == 1 ? "1 event mention with no date of its own shows 'date unknown'"
                : "\(n) event mentions with no date of their own show 'date unknown'"
            return Diagnostic(.warning, file: d.path,
                              "publication date unknown (no 'published' field, dateline or dated evidence in the text): " + consequence)
        }
    }

    /// One document's event mentions, dated against its publication date.
    public func mentions(in document: Document) -> [ExtractedMention] {
        // The stages read the scalars many times: a compact text is expanded for the time of this document only.
        var document = document
        document.text = document.text.expanded()
        // Tokens and parse, computed once here and read by every stage below (they are dropped with this copy).
        document.sentences = sentences(of: document)
        let timexes = TemporalTagger().tag(document.text, dct: document.published, sentences: document.sentences)
        var recognizer = PlaceRecognizer(gazetteer: gazetteer)
        let (context, siteTowns, named, cities) = contextCountries(of: document, recognizer: recognizer)
        recognizer.articleCountries = named
        recognizer.articleCities = cities
        let home = document.dateline?.place.flatMap(datelineCountry)
        var byRange: [TextRange: Int] = [:]
        for (i, s) in document.sentences.enumerated() { byRange[s.range] = i }
        let analysed = document.sentences
        return EventExtractor(model: syntax, ruleMemo: ruleMemo).extract(document: document, timexes: timexes) { range in
            if let i = byRange[range] { return recognizer.recognize(document.text, sentence: analysed[i], contextCountries: context, homeCountry: home,
                                                                     siteTowns: siteTowns) }
            return recognizer.recognize(document.text, in: range, contextCountries: context)
        }
    }

    /// The town, region or site a dateline names ("DULUTH, Minn.", "MAE SAI, Thailand"): its first part, in the
    /// state or country the rest names when that settles which ("DULUTH, Minn." is not Duluth, Georgia).
    static func placeOfDateline(_ document: Document, gazetteer: Gazetteer) -> Place? {
        document.dateline?.place.flatMap { placeOfDateline($0, gazetteer: gazetteer) }
    }

    static func placeOfDateline(_ place: String, gazetteer: Gazetteer) -> Place? {
        let parts = place.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
        guard let first = parts.first, !first.isEmpty else { return nil }
        let within = parts.dropFirst().compactMap { part -> Place? in
            let key = part.lowercased().hasSuffix(".") ? String(part.lowercased().dropLast()) : part.lowercased()
            if let state = Lexicon.usStateAbbreviations[key] { return gazetteer.resolve(state, contextCountries: ["US"]) }
            return gazetteer.resolve(part)
        }
        let candidates = gazetteer.places(named: first)
        // (any place of the later parts' names that holds a town of the first's: "KALISPELL, Montana" is in the US
        // state, not in Montana, Bulgaria, the name's first reading)
        let holders = parts.dropFirst().flatMap { gazetteer.places(named: $0) }.filter { $0.kind == .region || $0.kind == .country }
        return candidates.first { c in within.contains { gazetteer.isPlace(c, within: $0) } }
            ?? candidates.first { c in holders.contains { gazetteer.isPlace(c, within: $0) } }
            ?? gazetteer.resolve(first, contextCountries: Set(within.map(\.country)))
            ?? unlistedTown(first, country: within.first?.country)
    }

    /// A dateline names the town an article is filed from, listed or not: "YAROSLEN – November 12 –" is filed from a
    /// town called Yaroslen, which the gazetteer does not know (a village, a new name, a spelling of its own). Its name
    /// as written in capitals, titled, of one to three words of letters; the country of the dateline's other parts.
    static func unlistedTown(_ name: String, country: String?) -> Place? {
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count),
              words.allSatisfy({ w in w.count >= 2 && w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" } })
        else { return nil }
        let titled = words.map { w in w.prefix(1).uppercased() + w.dropFirst().lowercased() }.joined(separator: " ")
        // (an id of its own, below the gazetteer's: the same for the same name in every article)
        var hash: UInt64 = 0xcbf29ce484222325
        for b in Gazetteer.fold(titled).utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        return Place(id: -Int(hash & 0x3fff_ffff) - 1, name: titled, country: country ?? "", kind: .city)
    }

    /// The country of a dateline's place: "MAE SAI, Thailand" → TH (the name whole, else its town in the region or
    /// country the rest names, "KALISPELL, Montana" → US, else its parts from the last).
    func datelineCountry(_ place: String) -> String? {
        if let p = gazetteer.resolve(place) { return p.country }
        if place.contains(","), let town = Self.placeOfDateline(place, gazetteer: gazetteer), town.kind == .city {
            let parts = place.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let holders = parts.dropFirst().flatMap { gazetteer.places(named: $0) }
            if holders.contains(where: { gazetteer.isPlace(town, within: $0) }) { return town.country }
        }
        for part in place.split(separator: ",").reversed() {
            if let p = gazetteer.resolve(part.trimmingCharacters(in: .whitespaces)) { return p.country }
        }
        return nil
    }

    /// The countries an article is about: those of its dateline and of the places it names, which settle
    /// ambiguous names in single sentences ("Moscow" in a story about Russia). Reads the sentences' tokens when
    /// the document has them (as in `mentions(in:)`).
    /// (With the towns of the sites it names whole: `PlaceRecognition.siteTowns`.)
    /// (And the countries of every place it names, its cities too: `PlaceRecognizer.articleCountries`.)
    /// (And the cities it places something in: `PlaceRecognizer.articleCities`.)
    func contextCountries(of document: Document, recognizer: PlaceRecognizer) -> (Set<String>, [String: [Place]], Set<String>, Set<Int>) {
        var countries = Set<String>()
        if let place = document.dateline?.place, let country = datelineCountry(place) { countries.insert(country) }
        let whole = recognizer.recognize(document.text, document: document, sentences: document.sentences, contextCountries: countries)
        var named = countries
        for mention in whole.places + whole.adjectives {
            named.insert(mention.place.country)
            if mention.place.kind == .country || mention.place.kind == .region { countries.insert(mention.place.country) }
        }
        let cities = Set(whole.places.filter { $0.place.kind == .city }.map(\.place.id))
        return (countries, whole.siteTowns, named, cities)
    }
}

/// A value made by its closure the first time it is read, from any thread, then kept.
final class OnFirstUse<Value: Sendable>: @unchecked Sendable {
    private var make: (@Sendable () -> Value)?
    private var made: Value?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }
}
