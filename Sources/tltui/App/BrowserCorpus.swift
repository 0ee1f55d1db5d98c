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

    init(chronology: Chronology, info: CorpusInfo = CorpusInfo(), gazetteer: Gazetteer = .shared) {
        self.init(chronology: chronology, extracted: chronology, info: info, gazetteer: gazetteer, curated: false)
    }

    private init(chronology: Chronology, extracted: Chronology, info: CorpusInfo, gazetteer: Gazetteer, curated: Bool) {
        self.curated = curated
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

    /// The same corpus showing another chronology of it (the curation applied anew).
    func replacingChronology(_ shown: Chronology) -> BrowserCorpus {
        BrowserCorpus(chronology: shown, extracted: extracted, info: info, gazetteer: gazetteer, curated: true)
    }

    static func == (a: BrowserCorpus, b: BrowserCorpus) -> Bool { a.indexes === b.indexes && a.info == b.info }
}
