import ArgumentParser
import Foundation
import TimelineCore

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Find and normalise temporal expressions (TimeML TIMEX3) in a text."
    )

    @Option(help: "Document creation time, YYYY-MM-DD (deictic expressions are anchored on it).")
    var dct: String?

    @Flag(help: "Print a JSON array of {start, end, text, type, value, mod}.")
    var json = false

    @Option(help: "A JSON array of {id, dct, text}: tag every document in one process.")
    var batch: String?

    @Option(help: "Where to write the batch output (default: standard output).")
    var output: String?

    @Argument(help: "A text file, or - for standard input.")
    var file: String?

    static func record(_ t: Timex) -> [String: Any] {
        var r: [String: Any] = ["start": t.range.start, "end": t.range.end, "text": t.text, "type": t.type.rawValue, "value": t.value]
        if let m = t.mod { r["mod"] = m }
        return r
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(("tltui timex: " + message + "\n").utf8))
        return ExitCode(2)
    }

    func run() throws {
        let tagger = TemporalTagger()
        if let batch {
            guard let data = FileManager.default.contents(atPath: batch) else { throw fail("no such file: \(batch)") }
            guard let docs = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else { throw fail("\(batch) is not a JSON array of {id, dct, text}") }
            var results: [[String: Any]] = []
            results.reserveCapacity(docs.count)
            for doc in docs {
                let text = doc["text"] as? String ?? ""
                let day = (doc["dct"] as? String).flatMap { Day(iso: String($0.prefix(10))) }
                let found = tagger.tag(text, dct: day)
                results.append(["id": doc["id"] ?? NSNull(), "timex": found.map(Self.record)])
            }
            let out = try JSONSerialization.data(withJSONObject: results, options: [])
            if let output { try out.write(to: URL(fileURLWithPath: output)) } else { FileHandle.standardOutput.write(out); print() }
            return
        }
        var day: Day?
        if let dct {
            guard let d = Day(iso: dct) else { throw fail("--dct must be YYYY-MM-DD, got \(dct)") }
            day = d
        }
        let text: String
        if file == nil || file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file!) else { throw fail("no such file: \(file!)") }
            text = String(decoding: data, as: UTF8.self)
        }
        let found = tagger.tag(text, dct: day)
        if json {
            let out = try JSONSerialization.data(withJSONObject: found.map(Self.record), options: [])
            print(String(decoding: out, as: UTF8.self))
        } else {
            for t in found {
                let mod = t.mod.map { " \($0)" } ?? ""
                print("\(t.range.start)-\(t.range.end)\t\(t.type.rawValue)\t\(t.value)\(mod)\t\(t.text)\t\(t.derivation)")
            }
        }
    }
}
