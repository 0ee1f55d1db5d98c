import Dispatch

/// The whole chain: documents → timexes and places per sentence → event mentions → merged chronology.
public struct TimelinePipeline: Sendable {
    public let gazetteer: Gazetteer
    public let today: Day

    public init(gazetteer: Gazetteer = .shared, today: Day = .today) {
        self.gazetteer = gazetteer
        self.today = today
    }

    /// Builds the chronology of a loaded corpus. Documents are read in parallel; the result does not depend on it.
    public func build(corpus: Corpus) -> Chronology {
        let documents = corpus.documents
        let results = ResultSlots(count: documents.count)
        let tagger = TemporalTagger()
        let recognizer = PlaceRecognizer(gazetteer: gazetteer)
        let extractor = EventExtractor()
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            let doc = documents[i]
            let timexes = tagger.tag(doc.text, dct: doc.published, sentences: doc.sentences)
            let context = contextCountries(of: doc, recognizer: recognizer)
            let mentions = extractor.extract(document: doc, timexes: timexes) { range in
                recognizer.recognize(doc.text, in: range, contextCountries: context)
            }
            results.set(i, mentions)
        }
        let gazetteer = self.gazetteer
        let merger = MentionMerger(within: { inner, outer in gazetteer.isPlace(inner, within: outer) })
        let events = merger.merge(results.all.flatMap { $0 }, documents: documents)
        return Chronology(documents: documents, events: events, diagnostics: corpus.diagnostics)
    }

    /// Loads the files and folders (CorpusLoader) and builds their chronology. Throws only for a missing path.
    public func load(paths: [String]) throws -> Chronology {
        build(corpus: try CorpusLoader(today: today).load(paths: paths))
    }

    /// The countries a document is about: those named or implied in its headline, dateline and first sentence,
    /// so that ambiguous names in the body resolve there.
    func contextCountries(of doc: Document, recognizer: PlaceRecognizer) -> Set<String> {
        var ranges: [TextRange] = []
        if let h = doc.headline { ranges.append(h) }
        if let d = doc.dateline { ranges.append(d.range) }
        if let s = doc.sentences.first { ranges.append(s.range) }
        var countries = Set<String>()
        for r in ranges {
            let found = recognizer.recognize(doc.text, in: r)
            for p in found.places + found.adjectives { countries.insert(p.place.country) }
            for g in found.governmentActors { countries.insert(g.place.country) }
        }
        return countries
    }
}

/// Per-document results written from concurrent iterations, each to its own slot.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[ExtractedMention]]
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ i: Int, _ value: [ExtractedMention]) {
        lock.withLock { slots[i] = value }
    }

    var all: [[ExtractedMention]] { lock.withLock { slots } }
}

/// A small mutex on DispatchSemaphore, so the core needs no Foundation lock.
private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)
    func withLock<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
