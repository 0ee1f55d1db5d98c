import ArgumentParser
import Foundation
import TimelineCore

/// Hidden: load time, resident memory and one-thread throughput of the syntax model (tagging, lemmas and
/// parsing together) on the words of a CoNLL-U file (gold tokenization; default EWT test). Read by
/// scripts/bench-parse.sh. Output lines (stable):
///
///     load: <ms> ms
///     model rss: <MB> MB (resident memory added by loading the model)
///     peak rss: <MB> MB (whole process)
///     speed: <tokens/s> tokens/s (<words> words x <repeat>, best pass, thread CPU time)
///     split: word hashes <us>, tagger <us>, parser <us>, lemmas <us> per token (only with --split)
struct BenchParse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parse",
        abstract: "Measure the syntax model: load time, memory, tokens per second on one thread.",
        shouldDisplay: false
    )

    @Option(help: "CoNLL-U file whose words are analysed (default ../shared/data/ud/en_ewt-ud-test.conllu).")
    var conllu: String?

    @Option(help: "A model file to measure instead of the shipped one (as written by tltui-train --out).")
    var model: String?

    @Flag(help: "Also time the stages apart (word hashes, tagger, parser, lemmas), three more passes, clock read per sentence.")
    var split = false

    @Option(help: "Analyse the file this many times; report the best pass.")
    var `repeat` = 5

    func run() throws {
        let candidates = conllu.map { [$0] } ?? ["../shared/data/ud/en_ewt-ud-test.conllu", "/work/shared/data/ud/en_ewt-ud-test.conllu"]
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
              let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("bench-parse: skipped (no CoNLL-U file at \(candidates.joined(separator: " or ")))")
            return
        }
        let sentences = try CoNLLU.parse(text).map { $0.words.map(\.form) }
        let rssBefore = residentMB()
        let t0 = Date()
        let loaded: SyntaxModel?
        if let path = self.model {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            loaded = try data.withUnsafeBytes { try SyntaxModel(reading: $0) }
        } else {
            loaded = SyntaxModel.shared
        }
        guard let model = loaded else { throw ExitCode(2) }
        let load = Date().timeIntervalSince(t0)
        let rssAfter = residentMB()
        let words = sentences.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var sink = 0
        for _ in 0..<max(1, `repeat`) {
            let c0 = threadCPUSeconds()
            for s in sentences { sink &+= model.analyse(s).words.count }
            best = min(best, threadCPUSeconds() - c0)
        }
        var splitLine: String?
        if split {
            var ta = 0.0, tt = 0.0, tp = 0.0, tl = 0.0
            for _ in 0..<3 {
                for s in sentences {
                    let c0 = threadCPUSeconds(); let a = model.atoms(s)
                    let c1 = threadCPUSeconds(); let t = model.tag(a)
                    let c2 = threadCPUSeconds(); sink &+= Int(model.parse(a, tags: t).heads.count)
                    let c3 = threadCPUSeconds(); sink &+= model.lemmatize(a, tags: t).count
                    let c4 = threadCPUSeconds()
                    ta += c1 - c0; tt += c2 - c1; tp += c3 - c2; tl += c4 - c3
                }
            }
            let per = 1e6 / Double(3 * words)
            splitLine = (String(format: "split: word hashes %.2f us, tagger %.2f us, parser (transitions and labels) %.2f us, lemmas %.2f us per token", ta * per, tt * per, tp * per, tl * per))
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "load: %.1f ms", load * 1000))
        print(String(format: "model rss: %.1f MB (resident memory added by loading the model)", rssAfter - rssBefore))
        print(String(format: "peak rss: %.1f MB (whole process)", Double(usage.ru_maxrss) / 1024))
        print(String(format: "speed: %.0f tokens/s (%d words x %d, best pass, thread CPU time; %d)", Double(words) / best, words, `repeat`, sink % 2))
        if let splitLine { print(splitLine) }
    }

    func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
    }
}
