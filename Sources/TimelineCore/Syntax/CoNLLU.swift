/// CoNLL-U (https://universaldependencies.org/format.html): sentences of ten tab-separated columns, comments
/// starting with `#`, a blank line after each sentence. Lines keep their text so that a sentence can be
/// written back with only the predicted columns changed.
public struct CoNLLUSentence: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case word, range, empty }

    public struct Line: Hashable, Sendable {
        public var kind: Kind
        /// The ten columns (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC).
        public var columns: [String]
        public var id: String { columns[0] }
        public var form: String { columns[1] }
    }

    public var comments: [String]
    public var lines: [Line]
    /// Line number (1-based) of the sentence's first line in its file.
    public var lineNumber: Int

    /// The syntactic words: the lines with an integer ID.
    public var words: [Line] { lines.filter { $0.kind == .word } }
}

public struct CoNLLUError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

public enum CoNLLU {
    /// The sentences of `text`. Throws on the first malformed line (its number and what is wrong).
    public static func parse(_ text: String) throws -> [CoNLLUSentence] {
        var out: [CoNLLUSentence] = []
        var comments: [String] = []
        var lines: [CoNLLUSentence.Line] = []
        var start = 0
        var number = 0
        var expected = 1
        func flush() {
            if !lines.isEmpty || !comments.isEmpty { out.append(CoNLLUSentence(comments: comments, lines: lines, lineNumber: start)) }
            comments = []
            lines = []
            expected = 1
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            if lines.isEmpty && comments.isEmpty { start = number }
            if line.hasPrefix("#") {
                guard lines.isEmpty else { throw CoNLLUError(line: number, message: "comment inside a sentence") }
                comments.append(String(line))
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 10 else {
                throw CoNLLUError(line: number, message: "expected 10 tab-separated columns, found \(cols.count)")
            }
            let id = cols[0]
            let kind: CoNLLUSentence.Kind
            if id.contains("-") {
                let parts = id.split(separator: "-", omittingEmptySubsequences: false)
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a == expected, b >= a else {
                    throw CoNLLUError(line: number, message: "bad range id '\(id)'")
                }
                kind = .range
            } else if id.contains(".") {
                let parts = id.split(separator: ".", omittingEmptySubsequences: false)
                guard parts.count == 2, let a = Int(parts[0]), a == expected - 1, Int(parts[1]) != nil else {
                    throw CoNLLUError(line: number, message: "bad empty-node id '\(id)'")
                }
                kind = .empty
            } else {
                guard let k = Int(id), k == expected else {
                    throw CoNLLUError(line: number, message: "expected word id \(expected), found '\(id)'")
                }
                expected += 1
                kind = .word
            }
            guard !cols[1].isEmpty else { throw CoNLLUError(line: number, message: "empty FORM") }
            lines.append(CoNLLUSentence.Line(kind: kind, columns: cols))
        }
        flush()
        return out
    }

    /// The sentence as CoNLL-U text, ending with its blank line.
    public static func format(_ s: CoNLLUSentence) -> String {
        var out = ""
        for c in s.comments { out += c + "\n" }
        for l in s.lines { out += l.columns.joined(separator: "\t") + "\n" }
        return out + "\n"
    }

    /// `sentence` with its words' LEMMA, UPOS, XPOS, HEAD and DEPREL from `parse` and every other column but ID
    /// and FORM `_`. Range lines and empty nodes keep their ID and FORM.
    public static func replacingAnalysis(_ sentence: CoNLLUSentence, with parse: ParsedSentence) -> CoNLLUSentence {
        var s = sentence
        var k = 0
        for i in s.lines.indices {
            var cols = [s.lines[i].columns[0], s.lines[i].columns[1]] + Array(repeating: "_", count: 8)
            if s.lines[i].kind == .word, k < parse.words.count {
                let w = parse.words[k]
                cols[2] = w.lemma.isEmpty ? "_" : w.lemma
                cols[3] = w.upos
                cols[4] = w.xpos
                cols[6] = String(w.head)
                cols[7] = w.deprel
                k += 1
            }
            s.lines[i].columns = cols
        }
        return s
    }

    /// A sentence of the given analysis, numbered from 1, with optional comments.
    public static func sentence(_ parse: ParsedSentence, comments: [String] = []) -> CoNLLUSentence {
        let lines = parse.words.enumerated().map { i, w in
            CoNLLUSentence.Line(kind: .word, columns: [String(i + 1), w.form, w.lemma, w.upos, w.xpos, "_", String(w.head), w.deprel, "_", "_"])
        }
        return CoNLLUSentence(comments: comments, lines: lines, lineNumber: 0)
    }
}
