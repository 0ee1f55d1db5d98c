import Foundation
import TimelineCore

/// The one place the commands turn paths into a chronology.
/// No paths: the sample corpus (`seeds/`). A missing path is a usage error (exit status 2).
func loadChronology(paths: [String]) throws -> Chronology {
    var paths = paths
    if paths.isEmpty {
        guard let seeds = DefaultCorpus.path() else { throw UsageError("no path given and no seeds/ folder found") }
        paths = [seeds]
    }
    do {
        return try TimelinePipeline().load(paths: paths)
    } catch let error as IngestError {
        throw UsageError(error.description)
    }
}

/// The query the commands filter and count with (the city matcher and containment test in one place).
func makeQuery(_ chronology: Chronology) -> ChronologyQuery {
    ChronologyQuery(chronology: chronology, cityMatcher: cityMatcher,
                    isWithin: { inner, outer in Gazetteer.shared.isPlace(inner, within: outer) })
}

/// Resolves a user-typed city, in any spelling, to gazetteer places.
func cityMatcher(_ name: String) -> [Place] { Gazetteer.shared.matchCity(name) }
