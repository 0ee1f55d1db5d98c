/// The binary encoding of what the cache stores: the loaded document (with its sentences, metadata and
/// publication evidence) and the document's extracted mentions. Every stored field is written in
/// declaration order; a change to these types must bump `CorpusCache.formatVersion`.
protocol BinaryCodable {
    func encode(to w: inout BinaryWriter)
    init(from r: inout BinaryReader) throws
}

extension BinaryWriter {
    mutating func value<T: BinaryCodable>(_ v: T) { v.encode(to: &self) }
}

extension BinaryReader {
    mutating func value<T: BinaryCodable>(_ type: T.Type = T.self) throws -> T { try T(from: &self) }
}

extension TextRange: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.int(start)
        w.int(end - start)
    }
    init(from r: inout BinaryReader) throws {
        let start = try r.int()
        let length = try r.int()
        guard length >= 0 else { throw CacheFormatError("negative range") }
        self.init(start, start + length)
    }
}

extension Day: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.int(year); w.int(month); w.int(day)
    }
    init(from r: inout BinaryReader) throws {
        let y = try r.int(), m = try r.int(), d = try r.int()
        guard let day = Day(year: y, month: m, day: d) else { throw CacheFormatError("invalid day") }
        self = day
    }
}

extension DayInterval: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(start); w.value(end)
    }
    init(from r: inout BinaryReader) throws {
        let start: Day = try r.value(), end: Day = try r.value()
        self.init(start, end)
    }
}

extension Sentence: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(range)
        w.int(paragraph)
        w.optional(quotation) { $0.value($1) }
    }
    init(from r: inout BinaryReader) throws {
        self.init(range: try r.value(), paragraph: try r.int(), quotation: try r.optional { try $0.value(TextRange.self) })
    }
}

extension Dateline: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(range)
        w.optional(place) { $0.string($1) }
        w.optional(month) { $0.int($1) }
        w.optional(day) { $0.int($1) }
        w.optional(year) { $0.int($1) }
        w.optional(agency) { $0.string($1) }
    }
    init(from r: inout BinaryReader) throws {
        self.init(range: try r.value(), place: try r.optional { try $0.string() }, month: try r.optional { try $0.int() },
                  day: try r.optional { try $0.int() }, year: try r.optional { try $0.int() }, agency: try r.optional { try $0.string() })
    }
}

extension PublicationBasis: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        switch self {
        case .metadata(let s): w.byte(0); w.string(s)
        case .dateline(let s): w.byte(1); w.string(s)
        case .inferred(let s): w.byte(2); w.string(s)
        case .unknown: w.byte(3)
        }
    }
    init(from r: inout BinaryReader) throws {
        switch try r.byte() {
        case 0: self = .metadata(try r.string())
        case 1: self = .dateline(detail: try r.string())
        case 2: self = .inferred(reason: try r.string())
        case 3: self = .unknown
        default: throw CacheFormatError("bad publication basis")
        }
    }
}

extension Document: BinaryCodable {
    func encode(to w: inout BinaryWriter) { encode(to: &w, text: true) }

    /// `text` false: the text's length only, for a reader that gets the characters elsewhere (the cache's rows keep
    /// them in a column of their own).
    func encode(to w: inout BinaryWriter, text withText: Bool) {
        w.string(id)
        w.string(path)
        w.optional(title) { $0.string($1) }
        w.optional(source) { $0.string($1) }
        w.optional(url) { $0.string($1) }
        w.optional(published) { $0.value($1) }
        w.value(publishedBasis)
        w.optional(dateline) { $0.value($1) }
        // The compact layout (what the loader keeps) as it is in memory, so that reading it is a copy; else UTF-8.
        if !withText {
            w.byte(2)
            w.uint(UInt64(text.count))
        } else if let parts = text.compactParts {
            w.byte(1)
            w.compactText(parts)
        } else {
            w.byte(0)
            w.scalars(text.scalars)
        }
        w.optional(headline) { $0.value($1) }
        w.value(body)
        w.array(sentences) { $0.value($1) }
    }

    init(from r: inout BinaryReader) throws { try self.init(from: &r, text: nil) }

    /// `text`: the document's text from its length, for a record written without it (nil: such a record is an error).
    init(from r: inout BinaryReader, text deferred: ((Int) -> ScalarText)?) throws {
        let id = try r.string(), path = try r.string()
        let title = try r.optional { try $0.string() }, source = try r.optional { try $0.string() }, url = try r.optional { try $0.string() }
        let published = try r.optional { try $0.value(Day.self) }
        let basis: PublicationBasis = try r.value()
        let dateline = try r.optional { try $0.value(Dateline.self) }
        let text: ScalarText
        switch try r.byte() {
        case 0: text = ScalarText(scalars: try r.scalars())
        case 1: text = try r.compactText()
        case 2:
            let count = try r.uint()
            guard let deferred, count <= UInt64(Int32.max) else { throw CacheFormatError("text not stored with the document") }
            text = deferred(Int(count))
        default: throw CacheFormatError("bad text layout")
        }
        let headline = try r.optional { try $0.value(TextRange.self) }
        let body: TextRange = try r.value()
        let sentences = try r.array { try $0.value(Sentence.self) }
        self.init(id: id, path: path, title: title, source: source, url: url, published: published, publishedBasis: basis,
                  dateline: dateline, text: text, headline: headline, body: body, sentences: sentences)
    }
}

extension Diagnostic: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.string(severity.rawValue)
        w.string(file)
        w.optional(line) { $0.int($1) }
        w.string(message)
    }
    init(from r: inout BinaryReader) throws {
        self.init(try r.raw(Severity.self), file: try r.string(), line: try r.optional { try $0.int() }, try r.string())
    }
}

extension DatePhrase: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.int(month); w.int(day)
        w.optional(year) { $0.int($1) }
        w.optional(weekday) { $0.int($1) }
        w.int(tokens.lowerBound); w.int(tokens.count)
    }
    init(from r: inout BinaryReader) throws {
        let month = try r.int(), day = try r.int(), year = try r.optional { try $0.int() }, weekday = try r.optional { try $0.int() }
        let lo = try r.int(), n = try r.int()
        guard n >= 0 else { throw CacheFormatError("bad token range") }
        self.init(month: month, day: day, year: year, weekday: weekday, tokens: lo..<(lo + n))
    }
}

extension PublicationEvidence: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.array(clues) { w, c in
            w.value(c.date); w.int(c.shift); w.string(c.quote); w.int(c.rank)
        }
        w.array(reportWeekdays.sorted { $0.key < $1.key }) { w, e in w.int(e.key); w.int(e.value) }
        w.array(reportQuote.sorted { $0.key < $1.key }) { w, e in w.int(e.key); w.string(e.value) }
    }
    init(from r: inout BinaryReader) throws {
        self.init()
        clues = try r.array { r in
            Clue(date: try r.value(), shift: try r.int(), quote: try r.string(), rank: try r.int())
        }
        for (k, v) in try r.array({ r in (try r.int(), try r.int()) }) { reportWeekdays[k] = v }
        for (k, v) in try r.array({ r in (try r.int(), try r.string()) }) { reportQuote[k] = v }
    }
}

extension Place: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.int(id); w.string(name); w.string(country); w.string(kind.rawValue); w.int(population)
        w.optional(region) { $0.int($1) }
    }
    init(from r: inout BinaryReader) throws {
        self.init(id: try r.int(), name: try r.string(), country: try r.string(), kind: try r.raw(Kind.self),
                  population: try r.int(), region: try r.optional { try $0.int() })
    }
}

extension PlaceMention: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(place); w.value(range); w.string(qualifier.rawValue)
    }
    init(from r: inout BinaryReader) throws {
        self.init(place: try r.value(), range: try r.value(), qualifier: try r.raw(Qualifier.self))
    }
}

extension Timex: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(range); w.string(text); w.string(type.rawValue); w.string(value)
        w.optional(mod) { $0.string($1) }
        w.optional(interval) { $0.value($1) }
        w.optional(granularity) { $0.string($1.rawValue) }
        w.optional(span) { $0.value($1) }
        w.string(derivation)
    }
    init(from r: inout BinaryReader) throws {
        self.init(range: try r.value(), text: try r.string(), type: try r.raw(Kind.self), value: try r.string(),
                  mod: try r.optional { try $0.string() }, interval: try r.optional { try $0.value(DayInterval.self) },
                  granularity: try r.optional { try $0.raw(Granularity.self) }, span: try r.optional { try $0.value(DayInterval.self) },
                  derivation: try r.string())
    }
}

extension EventDate: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.string(value)
        w.optional(interval) { $0.value($1) }
        w.string(granularity.rawValue)
        w.bool(isFallback)
        w.string(derivation)
    }
    init(from r: inout BinaryReader) throws {
        self.init(value: try r.string(), interval: try r.optional { try $0.value(DayInterval.self) }, granularity: try r.raw(Granularity.self),
                  isFallback: try r.bool(), derivation: try r.string())
    }
}

extension Mention: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.string(document); w.value(range); w.string(text)
        encodeReport(to: &w)
    }
    init(from r: inout BinaryReader) throws {
        let document = try r.string(), range: TextRange = try r.value(), text = try r.string()
        try self.init(reportFrom: &r, document: document, range: range, text: text)
    }

    /// Everything but the document, range and sentence: what the stored merge keeps of a mention beside its
    /// reference into the document (`EventCoding`).
    func encodeReport(to w: inout BinaryWriter) {
        w.optional(trigger) { $0.value($1) }
        w.value(date)
        w.optional(timex) { $0.value($1) }
        w.string(modality.rawValue)
        w.optional(attribution) { $0.string($1) }
        w.array(actors) { $0.string($1) }
        w.array(places) { $0.value($1) }
        w.array(triggerParts) { $0.value($1) }
        w.bool(negated)
    }

    /// A mention of `source` whose sentence is `text`, or the source's text at `range` when nil (the source has it).
    init(reportFrom r: inout BinaryReader, source: MentionDocument, range: TextRange, text: String?) throws {
        try self.init(reportFrom: &r, document: source.id, range: range, text: text ?? "")
        if text == nil { self = withSentence(in: source) }
    }

    init(reportFrom r: inout BinaryReader, document: String, range: TextRange, text: String) throws {
        self.init(document: document, range: range, text: text, trigger: try r.optional { try $0.value(TextRange.self) },
                  date: try r.value(), timex: try r.optional { try $0.value(Timex.self) }, modality: try r.raw(Modality.self),
                  attribution: try r.optional { try $0.string() }, actors: try r.array { try $0.string() },
                  places: try r.array { try $0.value(PlaceMention.self) },
                  triggerParts: try r.array { try $0.value(TextRange.self) }, negated: try r.bool())
    }
}

extension ExtractedMention: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.value(mention)
        w.string(triggerClass.rawValue)
        w.string(lemma)
        w.string(summary)
        w.int(ordinal)
        w.array(follows) { $0.int($1) }
        w.array(keywords.sorted()) { $0.string($1) }
        w.array(actorKeys.sorted()) { $0.string($1) }
    }
    init(from r: inout BinaryReader) throws {
        self.init(mention: try r.value(), triggerClass: try r.raw(TriggerClass.self), lemma: try r.string(), summary: try r.string(),
                  ordinal: try r.int(), follows: try r.array { try $0.int() }, keywords: Set(try r.array { try $0.string() }))
        actorKeys = Set(try r.array { try $0.string() })
    }
}

extension Metadata: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.optional(title) { $0.string($1) }
        w.optional(source) { $0.string($1) }
        w.optional(published) { $0.value($1) }
        w.optional(url) { $0.string($1) }
    }
    init(from r: inout BinaryReader) throws {
        self.init(title: try r.optional { try $0.string() }, source: try r.optional { try $0.string() },
                  published: try r.optional { try $0.value(Day.self) }, url: try r.optional { try $0.string() })
    }
}
