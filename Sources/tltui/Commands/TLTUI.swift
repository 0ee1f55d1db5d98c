import ArgumentParser
import TimelineCore
import Foundation

@main
struct TLTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tltui",
        abstract: "Browse a folder of news articles as one merged, sourced chronology.",
        version: TLTUI.version,
        subcommands: [Browse.self, List.self, Export.self, Cities.self, Sources.self, TimexCommand.self, ParseCommand.self, BenchParse.self, BenchExport.self, BenchCuration.self, BenchRender.self, BenchTagger.self],
        defaultSubcommand: Browse.self
    )

    /// `tltui --version`: the program, and the versions of what it writes that other programs read.
    static let version = "tltui 0.1.0 (JSON schema \(JSONExporter.schemaVersion), cache format \(CorpusCache.formatVersion))"
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the timeline browser on a corpus.",
        discussion: """
        With no PATH: the current directory when it holds articles (.txt, .md), else the bundled sample corpus \
        (said on standard error and in the status line).
        """
    )

    @OptionGroup var options: CorpusOptions

    @Option(name: .customLong("synthetic-events"), help: .hidden)
    var syntheticEvents: Int?

    @Flag(name: .customLong("debug-trap"), help: .hidden)
    var debugTrap = false

    var curation: CurationOptions { options.curation }
    var noColor: Bool { options.noColor }
    var noCache: Bool { options.noCache }

    /// Writes the seconds from process start to the first frame, then the keys' answer times, to this file.
    @Option(name: .customLong("debug-timing"), help: .hidden)
    var debugTiming: String?

    func run() throws {
        let filter = try options.filter()
        if let n = syntheticEvents {
            return show(AppState(chronology: syntheticChronology(events: n), filter: filter))
        }
        let choice = try options.choose(command: "browse", allowSample: true)
        if interactive {
            // The first frame at once: the corpus streams in while the browser runs (App/Loading.swift).
            for p in choice.paths where !Self.exists(p) { throw UsageError("no such file or folder: \(p)") }
            let info = CorpusInfo(paths: choice.paths, isSample: choice.isSample, notice: choice.notice)
            let state = AppState(loading: info, filter: filter, curation: curationState(corpus: choice.paths))
            if let final = browse(state) {
                return try options.finish(diagnostics: final.corpus.info.diagnostics, orphans: final.curation.orphans)
            }
        }
        let extracted = try loadChronology(paths: choice.paths, useCache: !noCache)
        for d in extracted.diagnostics { warn(d.description) }
        let info = CorpusInfo(paths: choice.paths, isSample: choice.isSample, diagnostics: extracted.diagnostics, notice: choice.notice)
        // The curation is applied by the state (the browser edits it); an unreadable file turns curating off.
        let state = AppState(corpus: BrowserCorpus(chronology: extracted, info: info), filter: filter, curation: curationState(corpus: choice.paths))
        if let file = state.curation.file { reportOrphans(state.curation.orphans, file: file) }
        try options.checkNames(in: state.chronology)
        show(state)
        try options.finish(diagnostics: extracted.diagnostics, orphans: state.curation.orphans)
    }

    /// True when the browser can draw: standard input and output are terminals.
    var interactive: Bool { isatty(STDOUT_FILENO) != 0 && isatty(STDIN_FILENO) != 0 }

    /// A path is there (a broken link is, and is reported by the load).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// The curation file, read; an unreadable one is reported and left alone (curating is then off).
    func curationState(corpus paths: [String]) -> CurationState {
        let path = curation.path(corpus: paths)
        var state = CurationState(file: path, author: curation.authorName, includeHidden: curation.includeHidden)
        if let path {
            do { state.entries = try CurationStore(path: path).read() } catch {
                warn("warning: curation file \(error.description); curating is off until it is fixed")
                state.error = error.description
            }
        }
        return state
    }

    /// Draws the browser, or prints the chronology as text when there is no terminal to draw on.
    func show(_ state: AppState) {
        if !interactive || browse(state) == nil {
            note("not an interactive terminal; printing the chronology as text")
            print(plainChronology(state), terminator: "")
        }
    }

    /// Runs the browser on the terminal: the state it ended in, or nil when the terminal cannot be driven.
    func browse(_ state: AppState) -> AppState? {
        let useCache = !noCache
        // The corpus loads through the cache (only changed files are processed again), at start and on `R`;
        // standard error would draw over the screen: the cache's warnings go to the documents view and status line.
        let load: @Sendable ([String], Bool, LoadObserver?) throws -> BrowserCorpus = { paths, isSample, observer in
            var cacheWarnings: [Diagnostic] = []
            let chronology = try loadChronology(paths: paths, useCache: useCache, observer: observer) { line in
                cacheWarnings.append(Diagnostic(.warning, file: "cache", line.hasPrefix("warning: ") ? String(line.dropFirst(9)) : line))
            }
            return BrowserCorpus(chronology: chronology, info: Self.info(paths, isSample, diagnostics: chronology.diagnostics + cacheWarnings))
        }
        let partial: @Sendable (Chronology, [String], Bool) -> BrowserCorpus = { chronology, paths, isSample in
            BrowserCorpus(chronology: chronology, info: Self.info(paths, isSample, diagnostics: chronology.diagnostics))
        }
        let timing = debugTiming.map(BrowserTiming.init)
        defer { timing?.finish() }
        return BrowserLoop.run(state, noColor: noColor, debugTrap: debugTrap, timing: timing, load: load, partial: partial)
    }

    static func info(_ paths: [String], _ isSample: Bool, diagnostics: [Diagnostic]) -> CorpusInfo {
        CorpusInfo(paths: paths, isSample: isSample, diagnostics: diagnostics,
                   notice: isSample ? CorpusChoice(paths: paths, origin: .sample).notice : nil)
    }
}
