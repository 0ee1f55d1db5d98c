import ArgumentParser
import Foundation
import TimelineCore

/// Paths and filters shared by `list`, `export`, `cities` and `sources`, so they cannot diverge.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (.txt, .md). Default: the sample corpus.", completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("city"), help: ArgumentHelp("Only events in or near this city (any spelling; repeatable).", valueName: "name"))
    var cities: [String] = []

    @Option(name: .customLong("source"), help: ArgumentHelp("Only events reported by this document id or outlet (repeatable).", valueName: "id"))
    var sources: [String] = []

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
        return EventFilter(cities: cities, sources: sources, from: from, to: to, text: text, modalities: kinds, marks: curation.marks)
    }

    /// Loads the corpus, reports its diagnostics on standard error, and applies the filters.
    func load() throws -> Loaded {
        let filter = try filter()
        if benchCacheCodec { warn(try CacheCodecBenchmark.run(paths: paths)) }
        let extracted = try loadChronology(paths: paths, useCache: !noCache)
        for d in extracted.diagnostics { warn(d.description) }
        let (chronology, orphans) = try curation.apply(to: extracted, corpus: paths)
        let query = makeQuery(chronology)
        return Loaded(chronology: chronology, events: query.events(matching: filter), orphans: orphans)
    }

    /// Call after writing the data: --strict turns loading warnings (and orphaned curation entries) into exit status 1.
    func finish(_ loaded: Loaded) throws {
        if strict && (!loaded.chronology.diagnostics.isEmpty || !loaded.orphans.isEmpty) { throw ExitCode(ExitStatus.warnings) }
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
    /// Curation entries that no longer apply (reported already).
    var orphans: [CurationOrphan] = []

    /// The chronology reduced to the selected events (documents kept).
    var filtered: Chronology { Chronology(documents: chronology.documents, events: events, diagnostics: chronology.diagnostics) }
}
