import ArgumentParser
import TimelineCore

@main
struct TLTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tltui",
        abstract: "Browse a folder of news articles as one merged, sourced chronology.",
        subcommands: [Browse.self, List.self, Export.self, Cities.self, Sources.self, TimexCommand.self, BenchExport.self],
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

    func run() throws {
        print("tltui: \(paths.isEmpty ? "seeds" : paths.joined(separator: " "))")
    }
}
