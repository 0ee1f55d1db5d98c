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

    @Option(name: .customLong("synthetic-events"), help: .hidden)
    var syntheticEvents: Int?

    @Flag(name: .customLong("debug-trap"), help: .hidden)
    var debugTrap = false

    func run() throws {
        if let n = syntheticEvents {
            return show(AppState(chronology: syntheticChronology(events: n), filter: EventFilter(cities: cities, sources: sources)))
        }
        let chronology = try loadChronology(paths: paths, useCache: !noCache)
        for d in chronology.diagnostics { warn(d.description) }
        show(AppState(chronology: chronology, filter: EventFilter(cities: cities, sources: sources)))
    }

    /// Draws the browser, or prints the chronology as text when there is no terminal to draw on.
    func show(_ state: AppState) {
        let interactive = isatty(STDOUT_FILENO) != 0 && isatty(STDIN_FILENO) != 0
        if interactive {
            // The search index and filter facts are built while the first frame is drawn and read.
            let indexes = state.indexes
            DispatchQueue.global(qos: .utility).async { indexes.prepare() }
        }
        if !interactive || !TerminalSession.run(state, noColor: noColor, debugTrap: debugTrap) {
            FileHandle.standardError.write(Data("tltui: not an interactive terminal; printing the chronology as text\n".utf8))
            print(plainChronology(state), terminator: "")
        }
    }
}
