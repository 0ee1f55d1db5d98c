import ArgumentParser
import Foundation
import TimelineCore

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Find and normalise temporal expressions (TimeML TIMEX3) in a text.",
        discussion: """
        FILE is read as an article, as every other command reads one: a front-matter block is not tagged, and its \
        'published' date (else the dateline's, or one inferred from the text, as for the chronology) is the document \
        creation time unless --dct is given. Offsets count Unicode scalars in the article text after the front matter, \
        the text the JSON export's offsets index.
        """
    )

    @Option(help: "Document creation time, YYYY-MM-DD (deictic expressions are anchored on it). Default: the article's publication date.")
    var dct: String?

    @Flag(help: "Print a JSON array of {start, end, text, type, value, mod}.")
    var json = false

    @Flag(help: "Read the tense that sends a bare weekday or month back or forward from the dependency parse of its sentence (only sentences holding such an expression are parsed); needs the syntax model.")
    var parse = false

    @Option(help: "A JSON array of {id, dct, text}: tag every document in one process.")
    var batch: String?

    @Option(help: "Where to write the batch output (default: standard output).")
    var output: String?

    @Argument(help: "A text file, or - for standard input.")
    var file: String?

    func run() throws {
        var tagger = TemporalTagger()
        if parse {
            guard let model = SyntaxModel.shared else { throw UsageError("--parse: the syntax model is missing or damaged (syntax-model.bin)") }
            tagger.syntax = model
        }
        if let batch {
            guard let data = FileManager.default.contents(atPath: batch) else { throw UsageError("no such file: \(batch)") }
            guard let docs = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else { throw UsageError("\(batch) is not a JSON array of {id, dct, text}") }
            var out = "["
            out.reserveCapacity(data.count)
            // The documents are independent: tagged on all cores, written in input order.
            let tagged = tagger.tag(documents: docs.map { doc in
                (text: doc["text"] as? String ?? "", dct: (doc["dct"] as? String).flatMap { Day(iso: String($0.prefix(10))) })
            })
            for (n, (doc, found)) in zip(docs, tagged).enumerated() {
                if n > 0 { out += "," }
                out += "{\"id\":"
                if let id = doc["id"] as? String { JSONText.string(id, into: &out) }
                else if let id = doc["id"] as? Int { out += String(id) } else { out += "null" }
                out += ",\"timex\":"
                JSONText.timexes(found, into: &out)
                out += "}"
            }
            out += "]\n"
            if let output { try writeOutput(out, to: output) } else { try writeStandardOutput(out) }
            return
        }
        var day: Day?
        if let dct {
            guard let d = Day(iso: dct) else { throw UsageError("--dct must be YYYY-MM-DD, got \(dct)") }
            day = d
        }
        let label = file == nil || file == "-" ? "<stdin>" : file!
        let bytes: [UInt8]
        if label == "<stdin>" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: label) else { throw UsageError("no such file: \(label)") }
            bytes = Array(data)
        }
        let corpus = CorpusLoader().load(contents: [(path: label, bytes: bytes)])
        for d in corpus.diagnostics { warn(d.description) }
        guard let document = corpus.documents.first else { return }
        if day == nil, let published = document.published {
            day = published
            note("document creation time \(published.iso), the article's publication date (\(document.publishedBasis.explanation))")
        }
        let found = tagger.tag(document.text, dct: day, sentences: document.sentences)
        if json {
            var out = ""
            JSONText.timexes(found, into: &out)
            print(out)
        } else {
            for t in found {
                let mod = t.mod.map { " \($0)" } ?? ""
                print("\(t.range.start)-\(t.range.end)\t\(t.type.rawValue)\t\(t.value)\(mod)\t\(t.text)\t\(t.derivation)")
            }
        }
    }
}

/// A small JSON writer for the timex records (faster than JSONSerialization on Linux for large batches).
enum JSONText {
    static func string(_ s: String, into out: inout String) { JSONValue.quote(s, into: &out) }

    static func timexes(_ ts: [Timex], into out: inout String) {
        out += "["
        for (n, t) in ts.enumerated() {
            if n > 0 { out += "," }
            out += "{\"start\":\(t.range.start),\"end\":\(t.range.end),\"text\":"
            string(t.text, into: &out)
            out += ",\"type\":\"\(t.type.rawValue)\",\"value\":"
            string(t.value, into: &out)
            if let m = t.mod { out += ",\"mod\":"; string(m, into: &out) }
            out += "}"
        }
        out += "]"
    }
}
