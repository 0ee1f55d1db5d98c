import Foundation
import TimelineCore

/// One fuzz input run through the whole text pipeline: split into an optional sidecar and documents,
/// ingested as CorpusLoader ingests files, tagged, placed, extracted, merged, queried and exported.
///
/// Input layout (all parts optional):
///
///     %%sidecar            ← first line: the rest of this part is a sources.yaml for the documents
///     n0.txt:
///       published: 2022-03-27
///     %%%%                 ← a line of four percent signs separates parts
///     first document (label n0.txt)
///     %%%%
///     second document (label n1.md)
///
/// Any crash, trap, sanitizer report or broken invariant (a range outside its text) is a finding.
enum FuzzPipeline {
    static let separator: [UInt8] = Array("\n%%%%\n".utf8)
    static let sidecarTag: [UInt8] = Array("%%sidecar\n".utf8)
    static let today = Day(year: 2026, month: 6, day: 1)!
    static let pipeline = TimelinePipeline(today: today)
    static let options = ExportFormat.Options(stamp: "20260601T000000Z", title: "Fuzz")

    static func split(_ bytes: [UInt8]) -> (sidecar: String?, documents: [(path: String, bytes: [UInt8])]) {
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i + separator.count <= bytes.count {
            if bytes[i] == separator[0], bytes[i..<(i + separator.count)].elementsEqual(separator) {
                parts.append(bytes[start..<i])
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(bytes[start...])
        var sidecar: String?
        if let first = parts.first, first.starts(with: sidecarTag) {
            sidecar = String(decoding: first.dropFirst(sidecarTag.count), as: UTF8.self)
            parts.removeFirst()
        }
        let docs = parts.prefix(16).enumerated().map { k, part in
            (path: "n\(k).\(k % 2 == 0 ? "txt" : "md")", bytes: Array(part))
        }
        return (sidecar, docs)
    }

    static func run(_ bytes: [UInt8]) {
        let (sidecar, docs) = split(bytes)
        let corpus = CorpusLoader(today: today).load(contents: docs, sidecar: sidecar)
        for doc in corpus.documents { check(doc) }
        for doc in corpus.documents.prefix(4) { checkSyntax(doc) }
        let chronology = pipeline.build(corpus: corpus)
        let byID = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        precondition(byID.count == chronology.documents.count, "duplicate document ids")
        for event in chronology.events {
            precondition(!event.mentions.isEmpty, "event \(event.id) without mentions")
            for m in event.mentions {
                guard let doc = byID[m.document] else { preconditionFailure("mention of unknown document \(m.document)") }
                checkRange(m.range, doc, "mention")
                if let t = m.trigger { checkRange(t, doc, "trigger") }
                if let t = m.timex { checkRange(t.range, doc, "mention timex") }
                for p in m.places { checkRange(p.range, doc, "place") }
                if let iv = m.date.interval { precondition(iv.start <= iv.end, "reversed interval \(iv)") }
            }
        }
        for format in ExportFormat.allCases {
            _ = format.render(chronology, options: options)
        }
        // The query layer over the result, with the first line of the input as a typed query.
        let firstLine = String(decoding: bytes.prefix(200).prefix { $0 != 10 }, as: UTF8.self)
        let tagger = TemporalTagger()
        let interval = tagger.parseQuery(firstLine, reference: today)
        let query = ChronologyQuery(chronology: chronology, placeMatcher: { Gazetteer.shared.places(named: $0) })
        _ = query.events(matching: EventFilter(cities: [firstLine], from: interval?.start, to: interval?.end, text: firstLine))
        _ = query.cityCounts()
        _ = query.sourceCounts()
    }

    static func check(_ doc: Document) {
        let n = doc.text.count
        precondition(doc.body.start >= 0 && doc.body.start <= doc.body.end && doc.body.end <= n, "body \(doc.body) outside 0..<\(n)")
        if let h = doc.headline { checkRange(h, doc, "headline") }
        if let d = doc.dateline { checkRange(d.range, doc, "dateline") }
        for s in doc.sentences {
            checkRange(s.range, doc, "sentence")
            if let q = s.quotation { checkRange(q, doc, "quotation") }
        }
    }

    /// The tokenizer and the parser on every sentence: token ranges inside the sentence and in order, one root,
    /// every head a word of the sentence. Also the whole input as one sentence (a long one with anything in it).
    static func checkSyntax(_ doc: Document) {
        for s in doc.sentences.prefix(64) { checkTokensAndParse(Tokenizer.tokenize(doc.text, in: s.range), within: s.range) }
        checkTokensAndParse(Tokenizer.tokenize(doc.text, in: doc.body), within: doc.body)
    }

    static func checkTokensAndParse(_ tokens: [Token], within range: TextRange) {
        var last = range.start
        for t in tokens {
            precondition(t.range.start >= last && t.range.end <= range.end && !t.range.isEmpty, "token \(t.range) outside \(range)")
            last = t.range.end
        }
        guard let model = SyntaxModel.shared, !tokens.isEmpty else { return }
        let parse = model.analyse(tokens)
        precondition(parse.words.count == tokens.count, "parse lost words")
        precondition(parse.words.filter { $0.head == 0 }.count == 1, "not exactly one root")
        for w in parse.words { precondition(w.head >= 0 && w.head <= tokens.count, "head \(w.head) outside the sentence") }
    }

    static func checkRange(_ r: TextRange, _ doc: Document, _ what: String) {
        precondition(r.start >= 0 && r.start <= r.end && r.end <= doc.text.count,
                     "\(what) range \(r) outside the text (0..<\(doc.text.count)) of \(doc.id)")
    }
}

#if FUZZING
// SwiftPM links an executable target with `main` set to `tltui_fuzz_main` (its renamed entry point), so libFuzzer's
// own `main` is never pulled in; this entry hands the command line to libFuzzer's driver instead.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.run(bytes)
    return 0
}

@_cdecl("tltui_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
/// Without libFuzzer: replays the given files (crash inputs, corpus entries) through the same pipeline.
@main
struct Replay {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: tltui-fuzz FILE...  (replays inputs; build with scripts/fuzz.sh to fuzz)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            let start = Date()
            FuzzPipeline.run(Array(data))
            print("\(path): ok (\(data.count) bytes, \(String(format: "%.3f", Date().timeIntervalSince(start))) s)")
        }
    }
}
#endif
