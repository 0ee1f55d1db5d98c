import Foundation

/// Measures the cache's binary encoding against Foundation's JSON on real documents and mentions,
/// to justify the choice (`tltui list --bench-cache-codec DIR` prints it). JSON goes through mirror
/// types with the same fields, since the model types are not all Codable.
public enum CacheCodecBenchmark {
    struct DocumentJSON: Codable {
        var id, path: String
        var title, source, url: String?
        var published: Day?
        var basisKind, basisText: String
        var dateline: Dateline?
        var text: String
        var headline: TextRange?
        var body: TextRange
        var sentences: [Sentence]

        init(_ d: Document) {
            id = d.id; path = d.path; title = d.title; source = d.source; url = d.url; published = d.published
            basisKind = d.publishedBasis.kind; basisText = d.publishedBasis.explanation
            dateline = d.dateline; text = d.text.string; headline = d.headline; body = d.body; sentences = d.sentences
        }

        var document: Document {
            let basis: PublicationBasis = switch basisKind {
            case "metadata": .metadata(basisText)
            case "dateline": .dateline(detail: basisText)
            case "inferred": .inferred(reason: basisText)
            default: .unknown
            }
            return Document(id: id, path: path, title: title, source: source, url: url, published: published, publishedBasis: basis,
                            dateline: dateline, text: ScalarText(text), headline: headline, body: body, sentences: sentences)
        }
    }

    struct PlaceJSON: Codable {
        var id: Int; var name, country, kind: String; var population: Int; var region: Int?
        var range: TextRange; var qualifier: String
    }

    struct MentionJSON: Codable {
        var document: String; var range: TextRange; var text: String; var trigger: TextRange?
        var dateValue: String; var interval: DayInterval?; var granularity: Granularity; var isFallback: Bool; var derivation: String
        var timexText: String?; var timexValue: String?; var timexRange: TextRange?
        var modality: Modality; var attribution: String?; var actors: [String]; var places: [PlaceJSON]
        var triggerClass: TriggerClass; var lemma, summary: String; var ordinal: Int; var follows: [Int]
        var keywords, actorKeys: [String]

        init(_ e: ExtractedMention) {
            let m = e.mention
            document = m.document; range = m.range; text = m.text; trigger = m.trigger
            dateValue = m.date.value; interval = m.date.interval; granularity = m.date.granularity
            isFallback = m.date.isFallback; derivation = m.date.derivation
            timexText = m.timex?.text; timexValue = m.timex?.value; timexRange = m.timex?.range
            modality = m.modality; attribution = m.attribution; actors = m.actors
            places = m.places.map { PlaceJSON(id: $0.place.id, name: $0.place.name, country: $0.place.country, kind: $0.place.kind.rawValue,
                                              population: $0.place.population, region: $0.place.region, range: $0.range,
                                              qualifier: $0.qualifier.rawValue) }
            triggerClass = e.triggerClass; lemma = e.lemma; summary = e.summary; ordinal = e.ordinal; follows = e.follows
            keywords = e.keywords.sorted(); actorKeys = e.actorKeys.sorted()
        }
    }

    struct Record: Codable {
        var document: DocumentJSON
        var mentions: [MentionJSON]
    }

    /// Loads the corpus (no cache), extracts its mentions, and runs the comparison on them.
    public static func run(paths: [String]) throws -> String {
        let corpus = try CorpusLoader().load(paths: paths)
        let pipeline = TimelinePipeline()
        let slots = Slots<[ExtractedMention]>(count: corpus.documents.count)
        DispatchQueue.concurrentPerform(iterations: corpus.documents.count) { i in slots[i] = pipeline.mentions(in: corpus.documents[i]) }
        return run(documents: corpus.documents, mentions: (0..<corpus.documents.count).map { slots[$0]! })
    }

    /// Encodes and decodes every document with its mentions both ways (one core) and describes the figures.
    public static func run(documents: [Document], mentions: [[ExtractedMention]]) -> String {
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

        var binary: [[UInt8]] = []
        let binEncode = clock.measure {
            binary = zip(documents, mentions).map { d, m in
                var w = BinaryWriter()
                w.value(d)
                w.array(m) { $0.value($1) }
                return w.bytes
            }
        }
        var binDecoded = 0
        let binDecode = clock.measure {
            for bytes in binary {
                bytes.withUnsafeBytes { buf in
                    var r = BinaryReader(buf)
                    if let d = try? r.value(Document.self), let m = try? r.array({ try $0.value(ExtractedMention.self) }) {
                        binDecoded += d.sentences.count + m.count
                    }
                }
            }
        }
        var json: [Data] = []
        let encoder = JSONEncoder()
        let jsonEncode = clock.measure {
            json = zip(documents, mentions).map { d, m in
                (try? encoder.encode(Record(document: DocumentJSON(d), mentions: m.map(MentionJSON.init)))) ?? Data()
            }
        }
        var jsonDecoded = 0
        let decoder = JSONDecoder()
        let jsonDecode = clock.measure {
            for data in json {
                if let r = try? decoder.decode(Record.self, from: data) {
                    jsonDecoded += r.document.document.sentences.count + r.mentions.count
                }
            }
        }
        let binBytes = binary.reduce(0) { $0 + $1.count }, jsonBytes = json.reduce(0) { $0 + $1.count }
        func row(_ name: String, _ enc: Duration, _ dec: Duration, _ bytes: Int) -> String {
            String(format: "%@ encode %.3f s, decode %.3f s, %.1f MB", name, seconds(enc), seconds(dec), Double(bytes) / 1e6)
        }
        let ok = binDecoded == jsonDecoded ? "" : " (decoded counts differ: \(binDecoded) vs \(jsonDecoded))"
        return """
            cache codec, \(documents.count) documents, \(mentions.reduce(0) { $0 + $1.count }) mentions, one core\(ok):
              \(row("binary:", binEncode, binDecode, binBytes))
              \(row("JSON:  ", jsonEncode, jsonDecode, jsonBytes))
              decode: binary is \(String(format: "%.1f", seconds(jsonDecode) / max(1e-9, seconds(binDecode))))× faster
            """
    }
}
