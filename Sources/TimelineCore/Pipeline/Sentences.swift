/// The sentences every per-document stage reads: tokenized once, parsed once, then shared by the temporal
/// tagger, the place recognizer and the event extractor (none of them tokenizes or parses again).
///
/// Two named steps, so that parsing can later be made lazy or selective without touching the stages:
/// `tokenized(in:)` (cheap) and `parsed(by:)` (the cost: the tagger and parser over every token).
extension Sentence {
    /// This sentence with its tokens (`Tokenizer.tokenize` over `range`). Tokens already there are kept.
    public func tokenized(in text: ScalarText) -> Sentence {
        guard tokens.isEmpty else { return self }
        var s = self
        s.tokens = Tokenizer.tokenize(text, in: range)
        return s
    }

    /// This sentence with the parse of its tokens (the model's, with `ParseRepairs` applied), aligned 1:1 with
    /// them; unchanged without a model, without tokens, or when already parsed.
    public func parsed(by model: SyntaxModel?, memo: ParseMemo? = nil) -> Sentence {
        guard parse == nil, let model, !tokens.isEmpty else { return self }
        var s = self
        s.parse = memo?.read(tokens, model: model) ?? model.read(tokens)
        return s
    }

    /// The parsed word of token `i`, when there is a parse.
    public func word(_ i: Int) -> ParsedWord? {
        guard let parse, parse.words.indices.contains(i) else { return nil }
        return parse.words[i]
    }
}

extension TimelinePipeline {
    /// The document's sentences (from Ingest; the whole body when it found none), each with its tokens and,
    /// when `model` is given, its parse (through `memo` when given: the same parses). Pure: the same document and
    /// model give the same sentences.
    public static func sentences(of document: Document, model: SyntaxModel?, memo: ParseMemo? = nil) -> [Sentence] {
        let base = document.sentences.isEmpty ? [Sentence(range: document.body)] : document.sentences
        return base.map { $0.tokenized(in: document.text).parsed(by: model, memo: memo) }
    }

    /// The document's sentences analysed with this pipeline's syntax model, repeated sentences through its memo.
    public func sentences(of document: Document) -> [Sentence] {
        Self.sentences(of: document, model: syntax, memo: parseMemo)
    }
}
