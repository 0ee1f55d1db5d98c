import TimelineCore

/// A chronology of our own making: two documents, a span with a conflict, a week, a year, and
/// sentences with commas, quotes, newlines and non-ASCII text.
enum ExportFixture {
    static let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city, population: 2_797_553)
    static let lviv = Place(id: 702550, name: "Lviv", country: "UA", kind: .city, population: 717_803)
    static let zurich = Place(id: 2657896, name: "Zürich", country: "CH", kind: .city, population: 341_730)
    static let switzerland = Place(id: 2658434, name: "Switzerland", country: "CH", kind: .country)
    static let ukraine = Place(id: 690791, name: "Ukraine", country: "UA", kind: .country)

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let textA = "Harbour Gazette\nFerry talks will be held in Zürich between 3 and 5 May, officials said. \"It's a start, not an end,\" the mayor said.\nLast week, a crane collapsed near Lviv."
    static let textB = "Ferry talks begin Tuesday 4 May in Zürich, per the ministry.\nIn 1998 the harbour of Kyiv was rebuilt — a 𝄞 milestone; 東京 sent greetings."

    static func sentence(_ text: String, _ needle: String) -> (TextRange, String) {
        let s = ScalarText(text).scalars
        let n = Array(needle.unicodeScalars)
        for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n {
            return (TextRange(i, i + n.count), needle)
        }
        fatalError("fixture sentence not found: \(needle)")
    }

    static var chronology: Chronology {
        let docA = Document(id: "a_gazette", path: "corpus/a_gazette.txt", title: "Harbour Gazette", source: "Harbour Gazette",
                            url: "https://example.org/gazette?id=1&x=2", published: day("2021-04-28"),
                            publishedBasis: .metadata("front matter"), text: ScalarText(textA))
        let docB = Document(id: "b_wire", path: "corpus/b_wire.md", title: nil, source: "Wire, Inc.", url: nil, published: nil,
                            publishedBasis: .unknown, text: ScalarText(textB))

        let (r1, t1) = sentence(textA, "Ferry talks will be held in Zürich between 3 and 5 May, officials said.")
        let (r2, t2) = sentence(textB, "Ferry talks begin Tuesday 4 May in Zürich, per the ministry.")
        let (r3, t3) = sentence(textA, "\"It's a start, not an end,\" the mayor said.\nLast week, a crane collapsed near Lviv.")
        let (r4, t4) = sentence(textB, "In 1998 the harbour of Kyiv was rebuilt — a 𝄞 milestone; 東京 sent greetings.")

        let y1998 = EventDate(value: "1998", interval: DayInterval(day("1998-01-01"), day("1998-12-31")), granularity: .year)
        let week = EventDate(value: "2021-W16", interval: DayInterval(day("2021-04-19"), day("2021-04-25")), granularity: .week,
                             derivation: "'last week' in an article published Wed 28 Apr 2021")
        let span = EventDate(value: "2021-05-03/2021-05-05", interval: DayInterval(day("2021-05-03"), day("2021-05-05")), granularity: .day)
        let may4 = EventDate(value: "2021-05-04", interval: DayInterval(day: day("2021-05-04")), granularity: .day)
        let unknown = EventDate(value: "PAST_REF", interval: nil, granularity: .unknown, isFallback: true)

        // Triggers: "sent" lies after an astral and two CJK scalars; "will not be held" is a denied plan in two parts.
        let harbour = Event(id: "e1", summary: "Harbour of Kyiv rebuilt", modality: .happened, date: y1998, places: [kyiv],
                            mentions: [Mention(document: "b_wire", range: r4, text: t4, trigger: sentence(textB, "sent").0,
                                               date: y1998, modality: .happened)])
        let crane = Event(id: "e2", summary: "Crane collapsed, \"badly\"", modality: .happened, date: week,
                          mentions: [Mention(document: "a_gazette", range: r3, text: t3, date: week, modality: .happened,
                                             places: [PlaceMention(place: lviv, range: TextRange(r3.end - 5, r3.end - 1), qualifier: .near)])])
        let talks = Event(id: "e3", summary: "Ferry talks in Zürich", modality: .planned, date: span, places: [zurich, switzerland],
                          actors: ["officials", "the ministry"], conflict: true,
                          mentions: [Mention(document: "a_gazette", range: r1, text: t1, trigger: sentence(textA, "talks").0, date: span,
                                             modality: .planned, attribution: "officials",
                                             triggerParts: [sentence(textA, "talks").0, sentence(textA, "held").0], negated: true),
                                     Mention(document: "b_wire", range: r2, text: t2, date: may4, modality: .planned, attribution: "the ministry")])
        let vague = Event(id: "e4", summary: "The mayor said it", modality: .claimed, date: unknown, places: [ukraine],
                          mentions: [Mention(document: "a_gazette", range: r3, text: t3, date: unknown, modality: .claimed, attribution: "the mayor")])
        return Chronology(documents: [docA, docB], events: [harbour, crane, talks, vague])
    }

    /// A tiny stand-in for the gazetteer: a few spellings per city.
    static func matcher(_ name: String) -> [Place] {
        let key = QueryFolding.fold(name)
        switch key {
        case "kyiv", "kiev", "kiew": return [kyiv]
        case "lviv", "lvov", "lemberg": return [lviv]
        case "zurich", "zuerich": return [zurich]
        default: return []
        }
    }
}
