import Foundation
import TimelineCore

/// Runs the effects the reducer returns. Slow work (indexes, exports, reloads) runs off the main thread and
/// answers through the inbox; only the main thread touches the terminal.
struct EffectRunner {
    let inbox: Inbox
    let terminal: TerminalSession
    /// Loads the paths (is it the sample?), telling the observer how far it has got.
    let load: @Sendable ([String], Bool, LoadObserver?) throws -> BrowserCorpus
    /// The corpus a partial chronology of the paths is shown as.
    let partial: @Sendable (Chronology, [String], Bool) -> BrowserCorpus
    /// The curation the interface shows now: a load applies it to each corpus it makes.
    let curation = CurationBox()

    /// How much less urgent the load's threads are than the interface's (nice values; 0…19).
    static let loadNice: Int32 = 10

    func run(_ effects: [Effect]) { for e in effects { run(e) } }

    func run(_ effect: Effect) {
        let inbox = self.inbox
        switch effect {
        case .buildIndexes(let indexes):
            DispatchQueue.global(qos: .utility).async { indexes.prepare() }
        case .eventDetails(let job):
            DispatchQueue.global(qos: .userInitiated).async { job.run(); inbox.post(.detailsReady(job.ask)) }
        case .pickerEntries(let job):
            DispatchQueue.global(qos: .userInitiated).async { inbox.post(.pickerEntries(job.ask, job.run())) }
        case .searchIndex(let job):
            DispatchQueue.global(qos: .userInitiated).async { job.run(); inbox.post(.searchIndexReady(job.corpus)) }
        case .export(let job):
            DispatchQueue.global(qos: .userInitiated).async { inbox.post(.note(ExportWriter.write(job))) }
        case .openURL(let url):
            inbox.post(.note(URLOpener.open(url)))
        case .copy(let text):
            terminal.copyToClipboard(text)
            inbox.post(.note(terminal.clipboardLikely ? "copied (OSC 52): \(text)" : "no clipboard here; the citation: \(text)"))
        case .curate(let job):
            // At once, in order: the next key sees the file as this change left it.
            inbox.post(CurationWriter.run(job, time: isoTime(Date())))
        case .load(let job):
            let load = self.load, partial = self.partial, curation = self.curation
            let paths = job.paths, isSample = job.isSample
            // `R` shows its progress but not its partial chronologies (the events on show stay until it is done).
            var watch = LoadObserver(progress: { p in inbox.post(.loadProgress(p)) })
            if !job.isReload {
                watch.partial = { c, p in inbox.post(.loadPartial(partial(c, paths, isSample).prepared(applying: curation.value), p)) }
            }
            let observer = watch
            let thread = Thread {
                // The analysis runs below the interface (its threads and workers take this priority): on a
                // machine whose every core analyses, a key still has a core at once.
                ThreadPriority.set(ThreadPriority.current + Self.loadNice)
                do {
                    let corpus = try load(job.paths, job.isSample, observer).prepared(applying: curation.value)
                    inbox.post(job.isReload ? .reloaded(corpus) : .loaded(corpus))
                } catch {
                    inbox.post(job.isReload ? .note("reload failed: \(error)") : .loadFailed("\(error)"))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

/// The curation the interface shows (`AppState.curationRequest`), set by the main thread after every change and
/// read by a load's threads, which apply it to each corpus they make so the main thread need not.
final class CurationBox: @unchecked Sendable {
    private let lock = NSLock()
    private var request: AppliedCuration.Request?

    var value: AppliedCuration.Request? {
        get { lock.lock(); defer { lock.unlock() }; return request }
        set { lock.lock(); request = newValue; lock.unlock() }
    }
}

/// The export effect: the view rendered in its format and written to its path.
enum ExportWriter {
    /// What the status line says: where it wrote, or why it could not.
    static func write(_ job: ExportJob) -> String {
        let events = job.events.map { job.chronology.events[$0] }
        let text = job.format.render(job.chronology, events: events, options: .init(stamp: utcStamp(Date())))
        var path = (job.path as NSString).expandingTildeInPath
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        do {
            try writeAtomically(text, to: path)
            return "wrote \(events.count) events (\(job.format.rawValue)) to \(path)"
        } catch {
            return "cannot write \(path): \(describe(error))"
        }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? UsageError { return e.description }
        if let e = error as? CocoaError, let u = e.underlying as? POSIXError { return String(cString: strerror(u.code.rawValue)) }
        return (error as NSError).localizedDescription
    }
}

/// The open-URL effect: the system's opener when there is one, else the URL for the user to copy.
enum URLOpener {
    static func open(_ url: String) -> String {
        guard let opener = ["xdg-open", "open"].lazy.compactMap(findInPath).first else { return "URL: \(url)" }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: opener)
        p.arguments = [url]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return "cannot run \(opener); URL: \(url)" }
        return "opened \(url)"
    }

    static func findInPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
