import ArgumentParser
import TimelineCore
import Foundation

@main
struct TLTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tltui",
        abstract: "Browse a folder of news articles as one merged, sourced chronology.",
        subcommands: [Browse.self, List.self, Export.self, Cities.self, Sources.self, TimexCommand.self, BenchExport.self, BenchRender.self, BenchTagger.self],
        defaultSubcommand: Browse.self
    )
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the timeline browser on a corpus (the sample corpus when no path is given)."
    )

    @Argument(help: "Files or folders of articles (.txt, .md).")
    var paths: [String] = []

    @Option(name: .customLong("city"), help: "Start with a city filter (any spelling; repeatable).")
    var cities: [String] = []

    @Option(name: .customLong("source"), help: "Start with a source filter (outlet or document id; repeatable).")
    var sources: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours (as with NO_COLOR).")
    var noColor = false

    @Flag(name: .customLong("no-cache"), help: "Process every file again, without the corpus cache.")
    var noCache = false

    @OptionGroup var curation: CurationOptions

    @Option(name: .customLong("synthetic-events"), help: .hidden)
    var syntheticEvents: Int?

    @Flag(name: .customLong("debug-trap"), help: .hidden)
    var debugTrap = false

    func run() throws {
        let filter = EventFilter(cities: cities, sources: sources)
        if let n = syntheticEvents {
            return show(AppState(chronology: syntheticChronology(events: n), filter: filter))
        }
        let isSample = paths.isEmpty
        let chronology = try loadChronology(paths: paths, useCache: !noCache)
        for d in chronology.diagnostics { warn(d.description) }
        let info = CorpusInfo(paths: isSample ? DefaultCorpus.path().map { [$0] } ?? [] : paths, isSample: isSample,
                              diagnostics: chronology.diagnostics)
        show(AppState(corpus: BrowserCorpus(chronology: chronology, info: info), filter: filter))
    }

    /// Draws the browser, or prints the chronology as text when there is no terminal to draw on.
    func show(_ state: AppState) {
        let interactive = isatty(STDOUT_FILENO) != 0 && isatty(STDIN_FILENO) != 0
        let useCache = !noCache
        // `R`: the same paths again, through the cache (only changed files are processed again).
        let reload: @Sendable ([String], Bool) throws -> BrowserCorpus = { paths, isSample in
            let chronology = try loadChronology(paths: paths, useCache: useCache)
            return BrowserCorpus(chronology: chronology, info: CorpusInfo(paths: paths, isSample: isSample, diagnostics: chronology.diagnostics))
        }
        if !interactive || !BrowserLoop.run(state, noColor: noColor, debugTrap: debugTrap, reload: reload) {
            FileHandle.standardError.write(Data("tltui: not an interactive terminal; printing the chronology as text\n".utf8))
            print(plainChronology(state), terminator: "")
        }
    }
}
