import TimelineCore

/// Where the browsed chronology came from: the paths read, whether they are the bundled sample (opened
/// because no articles were in sight), and the load's warnings. Shown in the status line and the documents view.
struct CorpusInfo: Equatable, Sendable {
    var paths: [String]
    var isSample: Bool
    var diagnostics: [Diagnostic]
    /// Which corpus was chosen and why, when no PATH was given (`CorpusChoice.notice`): "no PATH given: reading …".
    var notice: String?

    init(paths: [String] = [], isSample: Bool = false, diagnostics: [Diagnostic] = [], notice: String? = nil) {
        self.paths = paths
        self.isSample = isSample
        self.diagnostics = diagnostics
        self.notice = notice
    }
}

/// A curation applied to a corpus: the entries, whether hidden items were kept, and the entries left orphaned.
struct AppliedCuration: Equatable, Sendable {
    /// What to apply: the state's entries and whether hidden events and mentions are kept (marked).
    struct Request: Equatable, Sendable {
        var entries: Curation
        var keepHidden: Bool
    }
    var request: Request
    var orphans: [CurationOrphan]
}

/// The chronology the browser shows, with its documents by id and its search and filter indexes.
/// Built once per load and shared by every copy of the state: two states browse the same corpus exactly
/// when they share its indexes (`==` compares that identity, not the whole chronology).
struct BrowserCorpus: Equatable, Sendable {
    /// What is shown: the extracted chronology with the curation applied.
    let chronology: Chronology
    /// The chronology as the pipeline made it, before the curation.
    let extracted: Chronology
    let documents: [String: Document]
    let indexes: BrowserIndexes
    let info: CorpusInfo
    /// Short outlet names for the timeline.
    let tags: OutletTags
    /// True when `chronology` is `extracted` with a curation applied.
    let curated: Bool
    /// The curation applied, when a loading thread applied it (App/Curating.swift: the state then need not).
    let applied: AppliedCuration?

    init(chronology: Chronology, info: CorpusInfo = CorpusInfo(), gazetteer: Gazetteer = .shared) {
        self.init(chronology: chronology, extracted: chronology, info: info, gazetteer: gazetteer, curated: false, applied: nil)
    }

    private init(chronology: Chronology, extracted: Chronology, info: CorpusInfo, gazetteer: Gazetteer, curated: Bool,
                 applied: AppliedCuration?) {
        self.curated = curated
        self.applied = applied
        self.chronology = chronology
        self.extracted = extracted
        self.gazetteer = gazetteer
        var docs: [String: Document] = [:]
        for d in chronology.documents { docs[d.id] = d }
        documents = docs
        indexes = BrowserIndexes(chronology: chronology, gazetteer: gazetteer)
        if !curated { indexes.summarizeSources(documents: docs) }
        tags = OutletTags(names: chronology.documents.map { $0.source ?? $0.id })
        var info = info
        if info.diagnostics.isEmpty { info.diagnostics = chronology.diagnostics }
        self.info = info
    }

    private let gazetteer: Gazetteer

    /// The same corpus showing another chronology of it (the curation applied anew; `applied` says which).
    func replacingChronology(_ shown: Chronology, applied: AppliedCuration? = nil) -> BrowserCorpus {
        BrowserCorpus(chronology: shown, extracted: extracted, info: info, gazetteer: gazetteer, curated: true, applied: applied)
    }

    /// This corpus with `curation` applied, made off the main thread by a load with everything the interface reads
    /// when it puts the corpus in place (a curated corpus made on the main thread computes its rows' sources lazily).
    func prepared(applying curation: AppliedCuration.Request?) -> BrowserCorpus {
        var out = self
        if let curation, !curation.entries.isEmpty {
            let (shown, orphans) = TimelineCore.apply(curation.entries, to: extracted, includeHidden: curation.keepHidden)
            out = replacingChronology(shown, applied: AppliedCuration(request: curation, orphans: orphans))
            out.indexes.summarizeSources(documents: out.documents)
        }
        out.indexes.prepareDisplay()
        return out
    }

    static func == (a: BrowserCorpus, b: BrowserCorpus) -> Bool { a.indexes === b.indexes && a.info == b.info }
}
