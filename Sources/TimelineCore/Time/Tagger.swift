import Foundation

/// Finds temporal expressions in news text and normalises them to TimeML TIMEX3 values,
/// anchored on the document creation time (DCT) or, for anaphoric expressions, on the last date in focus.
///
/// The tagger reads the shared tokens (`Tokenizer`: the sentences' own, else the text's), cut into the pieces the
/// rules compare (`TimePieces`), tries the rules of `TimexRules.all` in order at each token (`Rules/`),
/// lets the refiners decide ranges, titles and appositions (`Refiners/`), reckons dates in the resolver (`Resolve/`)
/// from the publication date or the date in focus (`Focus/`), and asks a tense source for the direction of
/// expressions whose direction the tense decides (`Tense/`).
public struct TemporalTagger: Sendable {
    /// Where the tense of a clause comes from before the words around an expression are read (a dependency parse);
    /// nil: the words alone.
    public var tense: (any TenseSource)?
    /// With no tense source given, the sentences' parses tell the tense (`ParseTense`): those handed to `tag` (the
    /// pipeline's), else, with this model, the text's own sentences, each parsed only when an expression in it asks.
    public var syntax: SyntaxModel?

    public init(tense: (any TenseSource)? = nil, syntax: SyntaxModel? = nil) { self.tense = tense; self.syntax = syntax }

    public func tag(_ text: String, dct: Day?) -> [Timex] {
        tag(ScalarText(text), dct: dct)
    }

    public func tag(_ text: ScalarText, dct: Day?, sentences: [Sentence]? = nil) -> [Timex] {
        var run = TaggerRun(scalars: text.scalars, tokens: TimePieces(text: text, sentences: sentences), dct: dct, tense: tenseSource(text, sentences))
        run.run()
        return run.out
    }

    /// The tense source for one text: the one given, else the parse (`ParseTense`), else none (the words decide).
    func tenseSource(_ text: ScalarText, _ sentences: [Sentence]?) -> (any TenseSource)? {
        if let tense { return tense }
        let given = sentences.map { ParseTense(sentences: $0, text: text, model: syntax) }
        if let given, given.canParse { return given }
        guard let syntax else { return nil }
        let whole = TextRange(0, text.count)
        return ParseTense(sentences: sentences ?? SentenceSegmenter().segment(text, in: whole), text: text, model: syntax)
    }

    /// Many independent documents at once, on all cores (each is tagged alone, against its own publication date);
    /// the results come back in input order.
    public func tag(documents: [(text: String, dct: Day?)]) -> [[Timex]] {
        ConcurrentSlots<[Timex]>.map(documents.count) { i in tag(documents[i].text, dct: documents[i].dct) }
    }

    /// Reads a user-typed date ("28 March", "2022-03-29", "last week", "yesterday", "March 2022") into the days it covers.
    public func parseQuery(_ query: String, reference: Day) -> DayInterval? {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return nil }
        let found = tag(q, dct: reference)
        guard let first = found.first, let iv = first.interval else { return nil }
        if found.count == 2, let s = first.span { return s }
        return iv
    }
}
