/// Finds event mentions in a document: for each clause, a trigger, a date, a modality, an attribution,
/// actors and places. Pure: every input is a parameter.
public struct EventExtractor: Sendable {
    public init() {}

    public func extract(document: Document, timexes: [Timex], places: (TextRange) -> PlaceRecognition) -> [ExtractedMention] {
        var out: [ExtractedMention] = []
        var context = DocumentContext()
        let sentences = document.sentences.isEmpty ? [Sentence(range: document.body)] : document.sentences
        let datingTimexes = timexes.filter { ($0.type == .date || $0.type == .time) && ($0.span ?? $0.interval) != nil }
        var quoteAttributions = quotationAttributions(document: document, sentences: sentences, context: &context)
        context = DocumentContext()
        for (si, sentence) in sentences.enumerated() {
            let tokens = EventToken.tokenize(document.text, in: sentence.range)
            guard !tokens.isEmpty else { continue }
            let recognition = places(sentence.range)
            let sentenceTimexes = datingTimexes.filter { sentence.range.contains($0.range) }
            let analysis = SentenceAnalysis(document: document, sentence: sentence, tokens: tokens, timexes: sentenceTimexes,
                                            recognition: recognition, context: context,
                                            quoteAttribution: quoteAttributions[si])
            let found = analysis.mentions(startingAt: out.count, previous: out.last.map { $0.ordinal })
            out += found
            context.update(with: analysis)
            quoteAttributions[si] = nil
        }
        return out
    }

    /// For sentences inside a quotation, the speaker named where the quotation ends ("…,” he said / Zelensky said),
    /// carried to every sentence of the quotation.
    func quotationAttributions(document: Document, sentences: [Sentence], context: inout DocumentContext) -> [String?] {
        var result = [String?](repeating: nil, count: sentences.count)
        var pending: [Int] = []
        for (si, sentence) in sentences.enumerated() {
            let tokens = EventToken.tokenize(document.text, in: sentence.range)
            let quoted = sentence.quotation != nil || tokens.contains { FunctionWords.quoteMarks.contains($0.norm) }
            let analysis = SentenceAnalysis(document: document, sentence: sentence, tokens: tokens, timexes: [],
                                            recognition: PlaceRecognition(), context: context, quoteAttribution: nil)
            if quoted {
                pending.append(si)
                if let speaker = analysis.speakerAfterQuote() {
                    for p in pending { result[p] = speaker }
                    pending = []
                }
            } else {
                pending = []
            }
            context.update(with: analysis)
        }
        return result
    }
}

/// What the extractor remembers across sentences of one document.
struct DocumentContext: Sendable {
    /// The last named person (two or more capitalised words) seen as a speaker: resolves "he said".
    var lastPerson: String?

    mutating func update(with analysis: SentenceAnalysis) {
        if let p = analysis.namedSpeakers.last { lastPerson = p }
    }
}
