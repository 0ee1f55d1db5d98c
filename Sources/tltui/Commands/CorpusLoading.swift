import Foundation
import TimelineCore

/// The one place the commands turn paths into a chronology.
/// No paths: the sample corpus (`seeds/`).
func loadChronology(paths: [String]) throws -> Chronology {
    let paths = paths.isEmpty ? [defaultSeedsPath()] : paths
    for p in paths where !FileManager.default.fileExists(atPath: p) {
        throw UsageError("no such file or directory: \(p)")
    }
    throw CorpusLoadingError.pipelineUnavailable
}

enum CorpusLoadingError: Error, CustomStringConvertible {
    case pipelineUnavailable
    var description: String { "the event pipeline is not available in this build yet" }
}

/// `seeds/` in the current directory, else next to the package. (Replaced by DefaultCorpus once it lands.)
func defaultSeedsPath() -> String {
    if FileManager.default.fileExists(atPath: "seeds") { return "seeds" }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return package.appendingPathComponent("seeds").path
}

/// The query the commands filter and count with (the city matcher and containment test in one place).
func makeQuery(_ chronology: Chronology) -> ChronologyQuery {
    ChronologyQuery(chronology: chronology, cityMatcher: cityMatcher)
}

/// Resolves a user-typed city to gazetteer places. (Wired to the gazetteer once it lands; until then
/// nothing resolves and the query compares folded names.)
func cityMatcher(_ name: String) -> [Place] { [] }
