import Foundation
import TimelineCore

/// The one place the commands turn paths into a chronology (which paths: `CorpusChoice`).
/// A missing path is a usage error (exit status 2).
/// Processed documents are kept in the persistent cache (`CorpusCache.defaultDirectory()`, or
/// `$TLTUI_CACHE_DIR`) unless `useCache` is false (`--no-cache`); cache problems are warnings, never failures,
/// given to `report` (standard error by default; the browser, which owns the screen, collects them instead).
func loadChronology(paths: [String], useCache: Bool = true, observer: LoadObserver? = nil,
                    report: (String) -> Void = { warn($0) }) throws -> Chronology {
    // $TLTUI_PARSE_MEMO (for measuring): "off" parses every sentence; "stats" reports the memo's hits at the end;
    // $TLTUI_PARSE_MEMO_WORDS sets its word budget, $TLTUI_PARSE_MEMO_SEEN the slots of its table of sentences seen.
    let environment = ProcessInfo.processInfo.environment
    let memoSetting = environment["TLTUI_PARSE_MEMO"]
    let memoWords = environment["TLTUI_PARSE_MEMO_WORDS"].flatMap { Int($0) }.map { max(8, $0) }
    let memoSeen = environment["TLTUI_PARSE_MEMO_SEEN"].flatMap { Int($0) }.map { max(1, $0) }
    let memo = memoWords != nil || memoSeen != nil
        ? ParseMemo(seenSlots: memoSeen ?? ParseMemo.defaultSeenSlots, wordBudget: memoWords ?? ParseMemo.defaultWordBudget) : ParseMemo()
    // $TLTUI_RULE_MEMO: "off" runs every event rule on every sentence (`RuleMemo`); its hits are reported with the
    // parse memo's.
    let pipeline = TimelinePipeline(parseMemo: memoSetting == "off" ? nil : memo,
                                    ruleMemo: environment["TLTUI_RULE_MEMO"] == "off" ? nil : RuleMemo())
    defer {
        if memoSetting == "stats", let s = pipeline.parseMemo?.stats {
            report("parse memo: \(s.hits) of \(s.lookups) sentences read from it, \(s.stored) stored, \(s.words) words held")
        }
        if memoSetting == "stats", let s = pipeline.ruleMemo?.stats {
            report("rule memo: predicates of \(s.predicateHits) of \(s.predicateLookups) sentences, \(s.summaryHits) of \(s.summaryLookups) summaries read from it")
        }
    }
    do {
        guard useCache else { return try pipeline.load(paths: paths, cache: nil, observer: observer) }
        let cache = CorpusCache(directory: CorpusCache.defaultDirectory())
        defer {
            for w in cache.warnings { report("warning: " + w) }
            if ProcessInfo.processInfo.environment["TLTUI_CACHE_STATS"] != nil {
                report("cache: \(cache.statistics); " + cache.timings.map { String(format: "%@ %.3f s", $0.phase, $0.seconds) }.joined(separator: ", "))
            }
        }
        return try pipeline.load(paths: paths, cache: cache, observer: observer)
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
