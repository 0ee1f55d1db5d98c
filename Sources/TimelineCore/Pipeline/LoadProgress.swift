import Foundation

/// How far a load has got: what a progress line or bar shows while the pipeline runs.
public struct LoadProgress: Sendable, Equatable {
    public enum Phase: String, Sendable, Equatable {
        /// Files are read, decoded and split into sentences (or taken from the cache).
        case reading
        /// Documents are analysed: dates, places, event mentions.
        case analysing
        /// The mentions of every document are merged into the chronology.
        case merging
        case done
    }

    public var phase: Phase
    /// Files read (`reading`) or documents analysed (later phases).
    public var done: Int
    /// Files to read or documents to analyse; 0 while unknown.
    public var total: Int
    /// Seconds since the load began.
    public var seconds: Double
    /// When this phase began, in seconds since the load began: the rate counts from there.
    public var phaseStart: Double

    public init(phase: Phase, done: Int = 0, total: Int = 0, seconds: Double = 0, phaseStart: Double = 0) {
        self.phase = phase
        self.done = done
        self.total = total
        self.seconds = seconds
        self.phaseStart = phaseStart
    }

    /// Items per second in this phase, once there is something to measure.
    public var rate: Double? {
        let t = seconds - phaseStart
        return done > 0 && t > 0.05 ? Double(done) / t : nil
    }

    /// Seconds left in this phase at the current rate.
    public var secondsLeft: Double? {
        guard let rate, total >= done else { return nil }
        return Double(total - done) / rate
    }

    /// The fraction of the whole load done, 0…1: reading counts for a tenth, analysis for most of the rest.
    public var fraction: Double {
        let part = total > 0 ? min(1, Double(done) / Double(total)) : 0
        switch phase {
        case .reading: return 0.1 * part
        case .analysing: return 0.1 + 0.85 * part
        case .merging: return 0.95
        case .done: return 1
        }
    }
}

/// What a load reports while it runs: its progress, and, when `partial` is given, chronologies of the
/// documents analysed so far (merged again in the background every `interval`, or every three merge times
/// when a merge takes longer, so the merges never take more than a quarter of a core).
public struct LoadObserver: Sendable {
    public var progress: @Sendable (LoadProgress) -> Void
    public var partial: (@Sendable (Chronology, LoadProgress) -> Void)?
    public var interval: Double

    public init(interval: Double = 0.25, progress: @escaping @Sendable (LoadProgress) -> Void,
                partial: (@Sendable (Chronology, LoadProgress) -> Void)? = nil) {
        self.interval = interval
        self.progress = progress
        self.partial = partial
    }
}

/// Counts finished items of a load's phases from concurrent workers, and reports them from a thread of its own
/// (progress every interval; partial chronologies when the observer wants them).
final class LoadTracker: @unchecked Sendable {
    private let observer: LoadObserver
    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var phase = LoadProgress.Phase.reading
    private var phaseStart = 0.0
    private var done = 0
    private var total = 0
    private var stopped = false
    private let wake = DispatchSemaphore(value: 0)
    private var reporter: Thread?
    /// During analysis: the documents, and each one's mentions (as the merge holds them) once analysed.
    private var documents: [Document] = []
    private var mentions: [TimelinePipeline.Prepared?] = []
    private var merge: ((Corpus, [TimelinePipeline.Prepared]) -> Chronology)?

    init(_ observer: LoadObserver) {
        self.observer = observer
    }

    var seconds: Double {
        let d = (ContinuousClock.now - start).components
        return Double(d.seconds) + Double(d.attoseconds) / 1e18
    }

    func snapshot() -> LoadProgress {
        lock.lock()
        defer { lock.unlock() }
        return LoadProgress(phase: phase, done: done, total: total, seconds: seconds, phaseStart: phaseStart)
    }

    /// Starts the reporting thread (reading phase, nothing counted yet).
    func begin() {
        observer.progress(snapshot())
        let thread = Thread { [self] in report() }
        thread.stackSize = 1 << 20
        thread.qualityOfService = .utility
        reporter = thread
        thread.start()
    }

    func enter(_ phase: LoadProgress.Phase, total: Int) {
        lock.lock()
        self.phase = phase
        self.total = total
        done = 0
        phaseStart = seconds
        lock.unlock()
        observer.progress(snapshot())
    }

    func tick() {
        lock.lock()
        done += 1
        lock.unlock()
    }

    /// Analysis begins: partial chronologies are merged from these documents as their mentions arrive.
    func analysing(_ documents: [Document], merge: @escaping (Corpus, [TimelinePipeline.Prepared]) -> Chronology) {
        lock.lock()
        self.documents = documents
        mentions = Array(repeating: nil, count: documents.count)
        self.merge = merge
        lock.unlock()
        enter(.analysing, total: documents.count)
    }

    /// Document `i` is analysed.
    func analysed(_ i: Int, _ found: TimelinePipeline.Prepared) {
        lock.lock()
        if observer.partial != nil, mentions.indices.contains(i) { mentions[i] = found }
        done += 1
        lock.unlock()
    }

    /// Stops the reporting thread (waiting for it) and reports the final phase.
    func finish() {
        lock.lock()
        stopped = true
        documents = []
        mentions = []
        lock.unlock()
        wake.signal()
        while reporter?.isFinished == false { usleep(1000) }
        enter(.done, total: total)
    }

    private func report() {
        var wait = observer.interval
        var shownDone = -1
        while true {
            _ = wake.wait(timeout: .now() + wait)
            lock.lock()
            if stopped { lock.unlock(); return }
            let progress = LoadProgress(phase: phase, done: done, total: total, seconds: seconds, phaseStart: phaseStart)
            // The analysed documents in corpus order, with their mentions (arrays are shared, not copied).
            var docs: [Document] = [], found: [TimelinePipeline.Prepared] = []
            if observer.partial != nil, phase == .analysing, done != shownDone, done < total, merge != nil {
                for (i, m) in mentions.enumerated() {
                    guard let m else { continue }
                    docs.append(documents[i])
                    found.append(m)
                }
            }
            let merge = self.merge
            lock.unlock()
            observer.progress(progress)
            guard let partial = observer.partial, !docs.isEmpty, let merge else { continue }
            let t0 = seconds
            let chronology = merge(Corpus(documents: docs, diagnostics: []), found)
            shownDone = progress.done
            lock.lock()
            let over = stopped
            lock.unlock()
            if over { return }
            partial(chronology, progress)
            // The merge and what the observer makes of it take at most a quarter of one core.
            wait = max(observer.interval, 3 * (seconds - t0))
        }
    }
}

extension TimelinePipeline {
    /// Reads the files and folders like `load(paths:cache:)`, telling `observer` how far it has got and,
    /// when it asks, showing it the chronology of the documents analysed so far.
    public func load(paths: [String], cache: CorpusCache?, observer: LoadObserver?) throws -> Chronology {
        guard let observer else { return try load(paths: paths, cache: cache) }
        FreePages.mapLargeBlocks()
        let tracker = LoadTracker(observer)
        tracker.begin()
        defer { tracker.finish() }
        if let cache, cache.isEnabled { return try load(paths: paths, cache: cache, tracker: tracker) }
        let corpus = try CorpusLoader(today: today).load(paths: paths, fileLoader: { requests in
            tracker.enter(.reading, total: requests.count)
            let loader = CorpusLoader(today: today)
            return ConcurrentSlots<CorpusLoader.FileResult>.map(requests.count) { k in
                var d: [Diagnostic] = []
                let p = loader.loadFile(requests[k].path, sidecar: requests[k].sidecar, &d)
                tracker.tick()
                return CorpusLoader.FileResult(pending: p, diagnostics: d)
            }
        })
        let documents = corpus.documents
        tracker.analysing(documents) { self.build(corpus: $0, prepared: $1) }
        let values = CorpusValues()
        let prepared = ConcurrentSlots<Prepared>.map(documents.count) { i in
            let found = self.prepared(self.mentions(in: documents[i]), of: documents[i], values: values)
            tracker.analysed(i, found)
            return found
        }
        tracker.enter(.merging, total: documents.count)
        return merged(corpus: corpus, prepared: prepared)
    }
}
