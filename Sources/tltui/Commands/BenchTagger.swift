import ArgumentParser
import Foundation
import TimelineCore

/// Hidden: in-process throughput of the temporal tagger on ONE thread.
///
/// Inputs: the TBAQ texts (`--tbaq PATH`, default `../shared/data/tbaq.json` relative to the current
/// directory, else `/work/shared/data/tbaq.json`), or, when FILES/FOLDERS are given, those articles read
/// with `CorpusLoader` and tagged with their publication date as DCT (and their sentences).
/// Every text is converted to `ScalarText` before the clock starts, so JSON parsing, file reading and
/// the String → ScalarText conversion are NOT timed; only `TemporalTagger.tag` is, with the tokenizer it runs on
/// texts that come without tokens. With `--tokenized` the texts' tokens are computed before the clock starts too
/// (each text's sentences, or the whole TBAQ text as one), as the pipeline hands the tagger its sentences' shared
/// tokens: the tagger's own cost. The whole text set is tagged `--repeat N` times (default 5); the best and the
/// median pass are reported.
///
/// Output (stable, read by benchmark scripts), one line per input set:
///
///     tagger: <MB> MB (<docs> docs, <expressions> expressions) best <s> s = <MB/s> MB/s, median <s> s = <MB/s> MB/s (one core, release|debug; ScalarText conversion excluded)
///
/// e.g. `tagger: 1.23 MB (256 docs, 1822 expressions) best 0.061 s = 20.1 MB/s, median 0.063 s = 19.5 MB/s (one core, release; ScalarText conversion excluded)`.
/// followed by the same figures in this thread's CPU time (less disturbed when other jobs share the cores):
///
///     tagger cpu: best <s> s = <MB/s> MB/s, median <s> s = <MB/s> MB/s (thread CPU time: what the one core would do unshared)
///
/// MB = 10^6 bytes of the texts in UTF-8. When no TBAQ file is found and no paths are given it prints
/// `tagger: skipped (no TBAQ file at …)` and exits 0.
struct BenchTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-tagger",
        abstract: "Measure the temporal tagger's throughput in-process on one thread (TBAQ texts or articles).",
        shouldDisplay: false
    )

    @Option(help: "TBAQ JSON array of {id, dct, text} (default ../shared/data/tbaq.json, else /work/shared/data/tbaq.json).")
    var tbaq: String?

    @Option(help: "Tag the whole text set this many times; report the best and the median pass.")
    var `repeat` = 5

    @Flag(help: "Tokenize the texts before the clock starts (the pipeline's case: the tagger reads the shared tokens).")
    var tokenized = false

    @Argument(help: "Files or folders of articles (.txt, .md) to tag instead of TBAQ.")
    var paths: [String] = []

    func run() throws {
        var texts: [(ScalarText, Day?, [Sentence]?)]
        let label: String
        if paths.isEmpty {
            let candidates = tbaq.map { [$0] } ?? ["../shared/data/tbaq.json", "/work/shared/data/tbaq.json"]
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
                  let data = FileManager.default.contents(atPath: path) else {
                print("tagger: skipped (no TBAQ file at \(candidates.joined(separator: " or ")))")
                return
            }
            guard let docs = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
                throw UsageError("\(path) is not a JSON array of {id, dct, text}")
            }
            texts = docs.map { doc in
                (ScalarText(doc["text"] as? String ?? ""), (doc["dct"] as? String).flatMap { Day(iso: String($0.prefix(10))) }, nil)
            }
            label = path
        } else {
            let corpus = try CorpusLoader().load(paths: paths)
            texts = corpus.documents.map { ($0.text, $0.published, $0.sentences) }
            label = paths.joined(separator: " ")
        }
        if tokenized {
            texts = texts.map { text, dct, sentences in
                (text, dct, (sentences ?? [Sentence(range: TextRange(0, text.count))]).map { $0.tokenized(in: text) })
            }
        }
        let bytes = texts.reduce(0) { $0 + $1.0.string.utf8.count }
        let tagger = TemporalTagger()
        var times: [Double] = [], cpuTimes: [Double] = []
        var found = 0
        for _ in 0..<max(1, self.repeat) {
            found = 0
            let t0 = DispatchTime.now().uptimeNanoseconds, c0 = threadCPUSeconds()
            for (text, dct, sentences) in texts { found += tagger.tag(text, dct: dct, sentences: sentences).count }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            cpuTimes.append(threadCPUSeconds() - c0)
        }
        times.sort(); cpuTimes.sort()
        let best = times[0], median = times[times.count / 2]
        let cpuBest = cpuTimes[0], cpuMedian = cpuTimes[cpuTimes.count / 2]
        let mb = Double(bytes) / 1e6
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }
        FileHandle.standardError.write(Data("bench-tagger: \(label), \(times.count) passes\n".utf8))
        print("tagger: \(f(mb, 2)) MB (\(texts.count) docs, \(found) expressions) best \(f(best, 3)) s = \(f(mb / best, 1)) MB/s, "
            + "median \(f(median, 3)) s = \(f(mb / median, 1)) MB/s (one core, \(build); ScalarText conversion\(tokenized ? " and tokenization" : "") excluded)")
        print("tagger cpu: best \(f(cpuBest, 3)) s = \(f(mb / cpuBest, 1)) MB/s, median \(f(cpuMedian, 3)) s = \(f(mb / cpuMedian, 1)) MB/s "
            + "(thread CPU time: what the one core would do unshared)")
    }
}

/// CPU time consumed by the calling thread, in seconds.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
