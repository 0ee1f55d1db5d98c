import ArgumentParser
import Foundation
import TimelineCore

/// Paths and filters shared by every corpus command (`browse`, `list`, `export`, `cities`, `sources`), so they
/// cannot diverge. To add a filter: an option here, its part of `filter()`, its words in `filterWords`.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (.txt, .md). Default: the current directory when it holds articles.",
              completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("city"), help: ArgumentHelp("Only events in or near this city (any spelling; repeatable).", valueName: "name"))
    var cities: [String] = []

    @Option(name: .customLong("source"), help: ArgumentHelp("Only events reported by this document id or outlet (repeatable).", valueName: "id"))
    var sources: [String] = []

    @Option(name: .customLong("actor"),
            help: ArgumentHelp("Only events naming this actor (any case, diacritics or transliteration; repeatable).", valueName: "name"))
    var actors: [String] = []

    @Option(help: ArgumentHelp("Only events overlapping the days from this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events overlapping the days up to this date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only events whose summary, sentences, actors or places contain this text.", valueName: "text"))
    var grep: String?

    @Option(name: .customLong("modality"),
            help: ArgumentHelp("Only events of this modality: happened, planned, expected, claimed (repeatable or comma-separated).", valueName: "kind"))
    var modalities: [String] = []

    @Flag(help: "Exit with status 1 when the corpus loaded with warnings.")
    var strict = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-cache"), help: "Process every file again, without reading or writing the corpus cache.")
    var noCache = false

    @OptionGroup var curation: CurationOptions

    /// Prints the cache's binary encoding against JSON on this corpus (standard error) before loading.
    @Flag(name: .customLong("bench-cache-codec"), help: .hidden)
    var benchCacheCodec = false

    mutating func validate() throws {
        _ = try filter()
    }

    /// The filter the options describe, or a usage error.
    func filter() throws -> EventFilter {
        func day(_ s: String?, _ flag: String) throws -> Day? {
            guard let s else { return nil }
            guard let d = Day(iso: s) else { throw ValidationError("\(flag) wants an ISO date YYYY-MM-DD, not '\(s)'.") }
            return d
        }
        let from = try day(self.from, "--from"), to = try day(self.to, "--to")
        if let from, let to, from > to { throw ValidationError("--from \(from.iso) is after --to \(to.iso).") }
        var kinds = Set<Modality>()
        for word in modalities.flatMap({ $0.split(separator: ",") }) {
            let w = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let m = Modality(rawValue: w) else {
                throw ValidationError("--modality wants one of \(Modality.allCases.map(\.rawValue).joined(separator: ", ")), not '\(w)'.")
            }
            kinds.insert(m)
        }
        let text = grep.flatMap { $0.isEmpty ? nil : $0 }
        return EventFilter(cities: cities, sources: sources, from: from, to: to, text: text, modalities: kinds,
                           marks: curation.marks, actors: actors)
    }

    /// The filters given, as typed, for messages: "--city Paris --from 2022-03-01".
    var filterWords: [String] {
        var words: [String] = []
        for c in cities { words.append("--city \(c)") }
        for s in sources { words.append("--source \(s)") }
        if let from { words.append("--from \(from)") }
        if let to { words.append("--to \(to)") }
        if let grep, !grep.isEmpty { words.append("--grep \(grep)") }
        for m in modalities { words.append("--modality \(m)") }
        for m in CurationMark.allCases where curation.marks.contains(m) { words.append("--\(m.rawValue)") }
        return words
    }

    /// Which corpus to read (see `CorpusChoice`); says on standard error which one when no PATH was given.
    func choose(command: String, allowSample: Bool = false) throws -> CorpusChoice {
        let choice = try CorpusChoice.choose(paths: paths, allowSample: allowSample, command: command)
        if let notice = choice.notice { note(notice) }
        return choice
    }

    /// Loads the corpus, reports its diagnostics on standard error, checks the city and source names against it
    /// (an unknown one is a usage error with suggestions), applies the filters, and says on standard error
    /// when nothing is left.
    func load(command: String = "list") throws -> Loaded {
        let filter = try filter()
        let choice = try choose(command: command)
        if benchCacheCodec { warn(try CacheCodecBenchmark.run(paths: choice.paths)) }
        let bar = ProgressBar.observer()
        let extracted: Chronology
        do {
            defer { bar?.finish() }
            extracted = try loadChronology(paths: choice.paths, useCache: !noCache, observer: bar?.0) { line in
                bar?.finish()   // the bar leaves the line to the warning
                warn(line)
            }
        }
        warn(lines: extracted.diagnostics.map(\.description))
        let (chronology, orphans) = try curation.apply(to: extracted, corpus: choice.paths)
        try checkNames(in: chronology)
        let query = makeQuery(chronology)
        let loaded = Loaded(chronology: chronology, events: query.events(matching: filter), choice: choice, orphans: orphans)
        if let empty = emptyNotice(loaded) { note(empty) }
        return loaded
    }

    /// An unknown city or source is a usage error naming the nearest names the corpus has.
    func checkNames(in chronology: Chronology) throws {
        if let problem = NameCheck.unknownCity(cities, in: chronology, matcher: cityMatcher)
            ?? NameCheck.unknownSource(sources, in: chronology) {
            throw UsageError(problem)
        }
    }

    /// What to say on standard error when no event is left: no articles, no events in them, or none matching.
    func emptyNotice(_ loaded: Loaded) -> String? {
        guard loaded.events.isEmpty else { return nil }
        let c = loaded.chronology
        let read = loaded.choice.paths.joined(separator: ", ")
        if c.documents.isEmpty { return "no articles (.txt, .md) found in \(read)" }
        if c.events.isEmpty { return "no events found in the \(c.documents.count) article\(c.documents.count == 1 ? "" : "s") read" }
        return "no events match \(filterWords.joined(separator: " ")) (of \(c.events.count) event\(c.events.count == 1 ? "" : "s") in the corpus)"
    }

    /// Call after writing the data: --strict turns loading warnings (and orphaned curation entries) into exit status 1.
    func finish(_ loaded: Loaded) throws {
        try finish(diagnostics: loaded.chronology.diagnostics, orphans: loaded.orphans)
    }

    func finish(diagnostics: [Diagnostic], orphans: [CurationOrphan] = []) throws {
        if strict && (!diagnostics.isEmpty || !orphans.isEmpty) { throw ExitCode(ExitStatus.warnings) }
    }

    var useColor: Bool {
        guard !noColor, isatty(STDOUT_FILENO) == 1 else { return false }
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}

struct Loaded {
    var chronology: Chronology
    /// The events the filters select, in chronological order.
    var events: [Event]
    /// Which corpus was read, and why.
    var choice = CorpusChoice(paths: [], origin: .given)
    /// Curation entries that no longer apply (reported already).
    var orphans: [CurationOrphan] = []

    /// The chronology reduced to the selected events (documents kept).
    var filtered: Chronology { Chronology(documents: chronology.documents, events: events, diagnostics: chronology.diagnostics) }
}

/// Keeps `value` to the end of the process: a command that is done with its chronology leaves the memory to the
/// system as it exits instead of freeing every event, mention and document one by one (about 50 ms at 10,000
/// articles, a tenth of a re-open).
func keepToExit<T>(_ value: T) {
    _ = Unmanaged.passRetained(KeptToExit(value))
}

private final class KeptToExit<T> {
    let value: T
    init(_ value: T) { self.value = value }
}
