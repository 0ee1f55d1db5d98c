import Testing
@testable import TimelineCore

/// Hand-built inputs for the events stage: marked text (⟦…⟧ around temporal expressions, with their values),
/// a naive sentence splitter, and a tiny gazetteer.
enum EventFixtures {
    static let places: [String: Place] = [
        "India": Place(id: 1, name: "India", country: "IN", kind: .country),
        "Bangladesh": Place(id: 2, name: "Bangladesh", country: "BD", kind: .country),
        "Kolkata": Place(id: 10, name: "Kolkata", country: "IN", kind: .city, population: 4_600_000),
        "Calcutta": Place(id: 10, name: "Kolkata", country: "IN", kind: .city, population: 4_600_000),
        "Dhaka": Place(id: 11, name: "Dhaka", country: "BD", kind: .city, population: 10_000_000),
        "Siliguri": Place(id: 12, name: "Siliguri", country: "IN", kind: .city),
        "Jalpaiguri": Place(id: 13, name: "Jalpaiguri", country: "IN", kind: .city),
        "Sylhet": Place(id: 14, name: "Sylhet", country: "BD", kind: .city),
        "Lyon": Place(id: 20, name: "Lyon", country: "FR", kind: .city),
        "Nice": Place(id: 21, name: "Nice", country: "FR", kind: .city),
    ]
    static let capitals: Set<String> = ["Dhaka"]
    static let adjectives: [String: Place] = ["Bangladeshi": places["Bangladesh"]!, "Indian": places["India"]!]

    @Sendable static func within(_ inner: Place, _ outer: Place) -> Bool {
        inner.id == outer.id || (outer.kind == .country && inner.country == outer.country)
    }

    /// Strips ⟦ ⟧ marks; each marked span becomes a DATE timex with the next value
    /// ("2024-07-17", "2024-07-17/2024-07-18" for a range, "1968", "2024-05", "2024-W28").
    /// `headline`: the first line is the article's headline.
    static func document(_ marked: String, id: String = "doc", published: String? = "2024-07-14", headline: Bool = false) -> (Document, [Timex]) {
        var scalars: [Unicode.Scalar] = []
        var marks: [(Int, Int)] = []
        var open = 0
        for s in marked.unicodeScalars {
            if s == "⟦" { open = scalars.count } else if s == "⟧" { marks.append((open, scalars.count)) } else { scalars.append(s) }
        }
        let text = ScalarText(scalars: scalars)
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        var i = 0
        let enders: Set<Unicode.Scalar> = [".", "?", "!"]
        let closers: Set<Unicode.Scalar> = ["”", "\""]
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                if start < i { sentences.append(Sentence(range: TextRange(start, i), paragraph: paragraph)) }
                paragraph += 1
                start = i + 1
            } else if enders.contains(c) {
                var end = i + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                if end == scalars.count || scalars[end] == " " {
                    sentences.append(Sentence(range: TextRange(start, end), paragraph: paragraph))
                    start = end
                    while start < scalars.count, scalars[start] == " " { start += 1 }
                    i = start
                    continue
                }
            }
            i += 1
        }
        if start < scalars.count { sentences.append(Sentence(range: TextRange(start, scalars.count), paragraph: paragraph)) }
        let doc = Document(id: id, path: id + ".txt", published: published.flatMap { Day(iso: $0) },
                           publishedBasis: .metadata("test"), text: text, headline: headline ? sentences.first?.range : nil,
                           sentences: sentences)
        return (doc, marks.map { text.timex($0.0, $0.1) })
    }

    /// A place-finding closure over the tiny gazetteer.
    static func recognizer(_ doc: Document) -> (TextRange) -> PlaceRecognition {
        { range in
            let s = doc.text.scalars
            var result = PlaceRecognition()
            for (name, place) in places.merging(adjectives.mapValues { $0 }, uniquingKeysWith: { a, _ in a }) {
                let n = Array(name.unicodeScalars)
                var i = range.start
                while i + n.count <= range.end {
                    let isWordStart = i == 0 || !s[i - 1].properties.isAlphabetic
                    let isWordEnd = i + n.count == s.count || !s[i + n.count].properties.isAlphabetic
                    if isWordStart, isWordEnd, Array(s[i..<(i + n.count)]) == n {
                        let r = TextRange(i, i + n.count)
                        if adjectives[name] != nil {
                            result.adjectives.append(PlaceMention(place: place, range: r))
                        } else if capitals.contains(name), doc.text[TextRange(r.end, min(s.count, r.end + 8))].hasPrefix(" claimed") {
                            result.governmentActors.append(GovernmentActor(range: r, place: place, name: name))
                        } else {
                            let before = doc.text[TextRange(max(range.start, r.start - 9), r.start)]
                            let q: PlaceMention.Qualifier = before.hasSuffix("north of ") ? .north : before.hasSuffix("near ") ? .near : before.hasSuffix("around ") ? .around : .inside
                            result.places.append(PlaceMention(place: place, range: r, qualifier: q))
                        }
                    }
                    i += 1
                }
            }
            result.places.sort { $0.range < $1.range }
            return result
        }
    }

    /// The mention whose trigger is `trigger`, or a failure naming the summaries there are.
    static func mention(_ ms: [ExtractedMention], _ trigger: String) throws -> ExtractedMention {
        try #require(ms.first { $0.mention.triggerText == trigger }, "no '\(trigger)' in \(ms.map(\.summary))")
    }

    static func extract(_ marked: String, values: [String], id: String = "doc", published: String? = "2024-07-14",
                        headline: Bool = false) -> [ExtractedMention] {
        let (doc, spans) = document(marked, id: id, published: published, headline: headline)
        let timexes = zip(spans, values).map { resolve($0, $1, published: published) }
        return EventExtractor().extract(document: doc, timexes: timexes, places: recognizer(doc))
    }

    static func resolve(_ t: Timex, _ value: String, published: String?) -> Timex {
        var t = t
        t.value = value
        let derivation = "'\(t.text)' in an article published \(published.flatMap { Day(iso: $0) }?.readable ?? "on an unknown day")"
        t.derivation = derivation
        if value.contains("/") {
            let p = value.split(separator: "/").map(String.init)
            let iv = DayInterval(Day(iso: p[0])!, Day(iso: p[1])!)
            t.span = iv; t.interval = iv; t.granularity = .day
        } else if let d = Day(iso: value) {
            t.interval = DayInterval(day: d); t.granularity = .day
        } else if value.count > 11, let d = Day(iso: String(value.prefix(10))), value.dropFirst(10).first == "T" {
            // a time of day ("2024-06-09T20:42") or a part of it ("2024-06-12TEV")
            t.interval = DayInterval(day: d); t.granularity = value.dropFirst(11).first?.isNumber == true ? .time : .partOfDay
        } else if value.count == 4, let y = Int(value) {
            t.interval = DayInterval(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!); t.granularity = .year
        } else if value.count == 7, let y = Int(value.prefix(4)), let mo = Int(value.suffix(2)), let first = Day(year: y, month: mo, day: 1) {
            let next = mo == 12 ? Day(year: y + 1, month: 1, day: 1)! : Day(year: y, month: mo + 1, day: 1)!
            t.interval = DayInterval(first, next.adding(days: -1)!); t.granularity = .month
        } else if value.contains("-W"), let y = Int(value.prefix(4)), let w = Int(value.suffix(2)), let mon = Day.monday(isoYear: y, week: w) {
            t.interval = DayInterval(mon, mon.adding(days: 6)!); t.granularity = .week
        } else {
            t.type = .duration
        }
        return t
    }
}

extension ScalarText {
    func timex(_ start: Int, _ end: Int) -> Timex {
        Timex(range: TextRange(start, end), text: self[TextRange(start, end)], type: .date, value: "")
    }
}
