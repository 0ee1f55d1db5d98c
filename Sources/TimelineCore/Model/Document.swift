/// One article of the corpus, ready for the later stages.
public struct Document: Sendable, Equatable, Identifiable {
    /// The file name without its extension.
    public var id: String
    /// The path as given or found while walking a folder.
    public var path: String
    public var title: String?
    /// The outlet (front matter, sidecar, or the dateline's agency).
    public var source: String?
    public var url: String?
    public var published: Day?
    public var publishedBasis: PublicationBasis
    public var dateline: Dateline?
    /// The article text: the file's decoded content without its front-matter block.
    /// Every offset of this document (sentences, timexes, mentions) indexes this text.
    public var text: ScalarText
    /// Where the headline line is, when the first line reads as one.
    public var headline: TextRange?
    /// The body: the text after the headline (and any front matter).
    public var body: TextRange
    public var sentences: [Sentence]

    public init(id: String, path: String, title: String? = nil, source: String? = nil, url: String? = nil,
                published: Day? = nil, publishedBasis: PublicationBasis = .unknown, dateline: Dateline? = nil,
                text: ScalarText, headline: TextRange? = nil, body: TextRange? = nil, sentences: [Sentence] = []) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.publishedBasis = publishedBasis
        self.dateline = dateline
        self.text = text
        self.headline = headline
        self.body = body ?? TextRange(0, text.count)
        self.sentences = sentences
    }

    public func text(of range: TextRange) -> String { text[range] }
}

/// A sentence: its range in the document text, and, once the pipeline has analysed it, its tokens and parse.
/// `range` excludes a leading dateline.
///
/// A corpus as loaded (and as cached) holds sentences without tokens: `TimelinePipeline.sentences(of:)` fills
/// them for the time one document is analysed (`Pipeline/Sentences.swift`), and every stage reads the same ones.
public struct Sentence: Hashable, Sendable, Codable {
    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set { (start, end) = (Int32(clamping: newValue.start), Int32(clamping: newValue.end)) }
    }
    /// The paragraph (0-based) the sentence belongs to.
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }
    /// When the sentence lies inside a quotation that spans several sentences, the range of that quotation.
    public var quotation: TextRange? {
        get { hasQuotation ? TextRange(Int(quotationStart), Int(quotationEnd)) : nil }
        set {
            hasQuotation = newValue != nil
            (quotationStart, quotationEnd) = newValue.map { (Int32(clamping: $0.start), Int32(clamping: $0.end)) } ?? (0, 0)
        }
    }
    // Offsets in 32 bits (a document is at most a few MB of text): a corpus holds every document's sentences, 40
    // bytes each instead of 64.
    private var start: Int32 = 0, end: Int32 = 0, storedParagraph: Int32 = 0
    private var quotationStart: Int32 = 0, quotationEnd: Int32 = 0
    private var hasQuotation = false
    /// The tokens of `range` (`Tokenizer`, UD English conventions, scalar offsets into the document);
    /// empty until tokenized.
    public var tokens: [Token] = []
    /// The tags, lemmas and dependencies of `tokens`, word i for token i (`parse.words.count == tokens.count`);
    /// nil until parsed, and when no syntax model is available: a stage then reads the tokens alone.
    public var parse: ParsedSentence? = nil

    public init(range: TextRange, paragraph: Int = 0, quotation: TextRange? = nil, tokens: [Token] = [],
                parse: ParsedSentence? = nil) {
        self.range = range
        self.paragraph = paragraph
        self.quotation = quotation
        self.tokens = tokens
        self.parse = parse
    }

    /// Tokens and parse are products of the analysis, not of the corpus: they are never stored.
    private enum CodingKeys: String, CodingKey { case range, paragraph, quotation }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(range: try c.decode(TextRange.self, forKey: .range), paragraph: try c.decode(Int.self, forKey: .paragraph),
                  quotation: try c.decodeIfPresent(TextRange.self, forKey: .quotation))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(range, forKey: .range)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encodeIfPresent(quotation, forKey: .quotation)
    }
}

/// A wire-service dateline at the start of a body: `Moscow, March 28,(dpa/GNA) –`.
public struct Dateline: Hashable, Sendable, Codable {
    /// The whole dateline, separator included.
    public var range: TextRange
    public var place: String?
    public var month: Int?
    public var day: Int?
    public var year: Int?
    public var agency: String?

    public init(range: TextRange, place: String? = nil, month: Int? = nil, day: Int? = nil, year: Int? = nil, agency: String? = nil) {
        self.range = range
        self.place = place
        self.month = month
        self.day = day
        self.year = year
        self.agency = agency
    }
}

/// Where a document's publication date came from. Never a silent guess.
public enum PublicationBasis: Hashable, Sendable {
    /// Front matter or a sidecar file (named).
    case metadata(String)
    /// The dateline; `detail` says how a missing year was found.
    case dateline(detail: String)
    /// Inferred from the text's own evidence, with the reason spelled out.
    case inferred(reason: String)
    case unknown

    /// A sentence a user can read.
    public var explanation: String {
        switch self {
        case .metadata(let from): return "from \(from)"
        case .dateline(let detail): return "from the dateline" + (detail.isEmpty ? "" : "; \(detail)")
        case .inferred(let reason): return "inferred: \(reason)"
        case .unknown: return "unknown: no metadata, dateline or dated evidence in the text"
        }
    }

    /// A short tag for exports: metadata, dateline, inferred, unknown.
    public var kind: String {
        switch self {
        case .metadata: return "metadata"
        case .dateline: return "dateline"
        case .inferred: return "inferred"
        case .unknown: return "unknown"
        }
    }
}
