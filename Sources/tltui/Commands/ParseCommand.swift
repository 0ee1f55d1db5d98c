import ArgumentParser
import Foundation
import TimelineCore

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse English text (Universal Dependencies).",
        discussion: """
        tltui parse --conllu IN.conllu [--output OUT.conllu]
            reads CoNLL-U and writes the same sentences, ids and forms with LEMMA, UPOS, XPOS, HEAD and DEPREL
            predicted (other columns _; multiword-token ranges and empty nodes keep their ID and FORM).
        tltui parse [FILE|-] [--conllu]
            splits plain text into sentences and words and prints each sentence's analysis (as CoNLL-U with --conllu).
        """
    )

    @Flag(help: "CoNLL-U: read it when the input is CoNLL-U (gold words kept), print it for plain text.")
    var conllu = false

    @Flag(help: "Print the pipeline's reading: the model's parse with the repairs of its known misreadings (ParseRepairs.swift).")
    var repairs = false

    @Option(help: "Where to write the output (default: standard output).")
    var output: String?

    @Argument(help: "A text or CoNLL-U file, or - for standard input (the default).")
    var file: String?

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(("tltui parse: " + message + "\n").utf8))
        return ExitCode(2)
    }

    func run() throws {
        let name = file ?? "-"
        let data: Data
        if name == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: name) else { throw fail("cannot read \(name)") }
            data = d
        }
        guard let model = SyntaxModel.shared else { throw fail("the syntax model is missing or damaged (syntax-model.bin)") }
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        if conllu && SyntaxText.looksLikeCoNLLU(text) {
            let sentences: [CoNLLUSentence]
            do { sentences = try CoNLLU.parse(text) } catch { throw fail("\(name): \(error)") }
            out.reserveCapacity(text.utf8.count)
            for s in sentences {
                let analysed = model.analyse(s.words.map(\.form))
                let parse = repairs ? analysed.repaired() : analysed
                out += CoNLLU.format(CoNLLU.replacingAnalysis(s, with: parse))
            }
        } else {
            for (k, analysed) in SyntaxText.analyse(text, model: model).enumerated() {
                let parse = repairs ? analysed.repaired() : analysed
                let words = parse.words.map(\.form)
                if conllu {
                    out += CoNLLU.format(CoNLLU.sentence(parse, comments: ["# sent_id = \(k + 1)", "# text = " + words.joined(separator: " ")]))
                } else {
                    out += SyntaxText.readable(parse, number: k + 1)
                }
            }
        }
        if let output {
            do { try Data(out.utf8).write(to: URL(fileURLWithPath: output)) } catch { throw fail("cannot write \(output): \(error.localizedDescription)") }
        } else {
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
