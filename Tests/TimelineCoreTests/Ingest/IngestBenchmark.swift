import Foundation
import Testing
@testable import TimelineCore

/// Prints loading figures; asserts nothing about time. Run with
/// `TLTUI_BENCH=1 swift test --filter IngestBenchmark` (add `-c release` for release figures).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TLTUI_BENCH"] != nil))
struct IngestBenchmark {
    @Test func thousandsOfArticlesAndOneHugeOne() throws {
        let seeds = try [ "000_9f3342e93d4d830b", "004_2d0e0568f0b0d39c"].map {
            try String(contentsOfFile: IngestFixtures.seeds + "/\($0).txt", encoding: .utf8)
        }
        let t = try TempCorpus()
        defer { t.cleanUp() }
        let n = 3000
        var bytes = 0
        for i in 0..<n {
            let text = seeds[i % 2]
            bytes += text.utf8.count
            try t.write(String(format: "batch%02d/a%05d.txt", i / 500, i), text)
        }
        let loader = CorpusLoader(today: IngestFixtures.today)
        var start = Date()
        let c = try loader.load(paths: [t.dir])
        var secs = Date().timeIntervalSince(start)
        let sentences = c.documents.reduce(0) { $0 + $1.sentences.count }
        print(String(format: "ingest: %d articles, %.1f MB, %d sentences in %.2f s (%.0f articles/s)",
                     c.documents.count, Double(bytes) / 1e6, sentences, secs, Double(c.documents.count) / secs))
        // Linearity: one article 1x, 8x and 64x the dpa text.
        for k in [8, 64, 512] {
            let big = try TempCorpus(["big.txt": String(repeating: seeds[1] + "\n", count: k)])
            defer { big.cleanUp() }
            start = Date()
            let b = try loader.load(paths: [big.dir])
            secs = Date().timeIntervalSince(start)
            print(String(format: "ingest: one article of %.2f MB (%d sentences) in %.3f s", Double(seeds[1].utf8.count * k) / 1e6,
                         b.documents.first?.sentences.count ?? 0, secs))
        }
    }
}
