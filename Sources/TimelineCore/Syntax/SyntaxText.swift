/// Plain text through the syntax layer: sentences, tokens, analyses; and the readable form of an analysis.
public enum SyntaxText {
    /// Every sentence of `text`, tokenized and analysed.
    public static func analyse(_ text: String, model: SyntaxModel) -> [ParsedSentence] {
        let scalars = ScalarText(text)
        return SentenceSegmenter().segment(scalars, in: TextRange(0, scalars.count)).compactMap { s in
            let tokens = Tokenizer.tokenize(scalars, in: s.range)
            return tokens.isEmpty ? nil : model.analyse(tokens)
        }
    }

    /// Whether `text` is CoNLL-U: its first lines that are neither blank nor comments have ten tab-separated columns.
    public static func looksLikeCoNLLU(_ text: String) -> Bool {
        var checked = 0
        for line in text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: true).prefix(200) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            if line.split(separator: "\t", omittingEmptySubsequences: false).count != 10 { return false }
            checked += 1
            if checked >= 5 { break }
        }
        return checked > 0
    }

    /// One sentence as aligned columns: number, word, UPOS, XPOS, lemma, head and relation (with the head word).
    public static func readable(_ p: ParsedSentence, number: Int) -> String {
        var out = "# \(number): " + p.words.map(\.form).joined(separator: " ") + "\n"
        let fw = min(24, p.words.map { $0.form.count }.max() ?? 1)
        let lw = min(24, p.words.map { $0.lemma.count }.max() ?? 1)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        for (i, w) in p.words.enumerated() {
            let head = w.head == 0 ? "ROOT" : p.words.indices.contains(w.head - 1) ? p.words[w.head - 1].form : "?"
            out += pad(String(i + 1), 4) + pad(w.form, fw) + "  " + pad(w.upos, 6) + pad(w.xpos, 6) + pad(w.lemma, lw) + "  "
                + pad(w.head == 0 ? "0" : String(w.head), 4) + pad(w.deprel, 15) + " " + "(" + head + ")\n"
        }
        return out + "\n"
    }
}
