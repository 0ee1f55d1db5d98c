import Foundation
import Testing
import TimelineCore

/// Prints the gazetteer's load time and the recognizer's throughput. Runs only with PLACES_BENCH=1
/// (see scripts/bench-places.sh); it measures, it asserts nothing about speed.
@Suite struct PlacesBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PLACES_BENCH"] == "1"))
    func loadAndThroughput() throws {
        let t0 = Date()
        let g = Gazetteer()
        let load = Date().timeIntervalSince(t0)
        print(String(format: "gazetteer load: %.1f ms (%d places)", load * 1000, g.count))

        let dir = ProcessInfo.processInfo.environment["PLACES_BENCH_CORPUS"] ?? "seeds"
        var sentences: [String] = []
        if let files = try? FileManager.default.contentsOfDirectory(atPath: dir) {
            for f in files where f.hasSuffix(".txt") {
                let text = (try? String(contentsOfFile: dir + "/" + f, encoding: .utf8)) ?? ""
                sentences += text.components(separatedBy: CharacterSet(charactersIn: ".\n")).filter { $0.count > 20 }
            }
        }
        if sentences.isEmpty {
            sentences = ["Talks in Istanbul between Ukrainian and Russian delegations resumed after Kyiv claimed gains east of Kharkiv."]
        }
        let texts = sentences.map { ScalarText($0) }
        let r = PlaceRecognizer(gazetteer: g)
        let rounds = max(1, 20_000 / texts.count)
        var found = 0
        let t1 = Date()
        for _ in 0..<rounds {
            for t in texts {
                let rec = r.recognize(t, in: TextRange(0, t.count))
                found += rec.places.count + rec.governmentActors.count + rec.adjectives.count
            }
        }
        let dt = Date().timeIntervalSince(t1)
        let n = rounds * texts.count
        print(String(format: "recognition: %d sentences in %.2f s = %.0f sentences/s (%d mentions)", n, dt, Double(n) / dt, found))
    }
}
