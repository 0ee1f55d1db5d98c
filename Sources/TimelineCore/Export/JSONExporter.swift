/// The chronology as JSON: the interface of issue 4 plus `schemaVersion` (see docs/json-schema.md).
/// Keys appear in a fixed order; fields beyond the documented ones are only ever added, never renamed.
public enum JSONExporter {
    public static let schemaVersion = 1

    /// `events` defaults to every event of the chronology; pass a filtered list to export a selection.
    public static func render(_ chronology: Chronology, events: [Event]? = nil) -> String {
        value(chronology, events: events).serialized()
    }

    public static func value(_ chronology: Chronology, events: [Event]? = nil) -> JSONValue {
        .object([
            ("schemaVersion", .int(schemaVersion)),
            ("documents", .array(chronology.documents.map(document))),
            ("events", .array((events ?? chronology.events).map(event))),
        ])
    }

    static func document(_ d: Document) -> JSONValue {
        .object([
            ("id", .string(d.id)),
            ("path", .string(d.path)),
            ("title", .string(d.title)),
            ("source", .string(d.source)),
            ("url", .string(d.url)),
            ("published", .string(d.published?.iso)),
            ("publishedBasis", .string(d.publishedBasis.kind)),
            ("publishedBasisExplanation", .string(d.publishedBasis.explanation)),
        ])
    }

    static func event(_ e: Event) -> JSONValue {
        .object([
            ("id", .string(e.id)),
            ("summary", .string(e.summary)),
            ("modality", .string(e.modality.rawValue)),
            ("date", .object([
                ("value", .string(e.date.value)),
                ("start", .string(e.date.interval?.start.iso)),
                ("end", .string(e.date.interval?.end.iso)),
                ("granularity", .string(e.date.granularity.rawValue)),
                ("fallback", .bool(e.date.isFallback)),
                ("derivation", .string(e.date.derivation)),
                ("label", .string(DateLabel(e).text)),
            ])),
            ("places", .array(e.places.map(place))),
            ("actors", .array(e.actors.map { .string($0) })),
            ("conflict", .bool(e.conflict)),
            ("outcomes", .array(e.outcomes.map { .string($0) })),
            ("plans", .array(e.plans.map { .string($0) })),
            ("mentions", .array(e.mentions.map(mention))),
            ("curation", curation(e.curation)),
        ])
    }

    static func curation(_ c: EventCuration) -> JSONValue {
        .object([
            ("starred", .bool(c.starred)),
            ("hidden", .bool(c.hidden)),
            ("notes", .array(c.notes.map { n in .object([("author", .string(n.author)), ("time", .string(n.time)), ("text", .string(n.text))]) })),
            ("changes", .array(c.changes.map { .string($0) })),
        ])
    }

    static func place(_ p: Place) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("country", .string(p.country)),
            ("kind", .string(p.kind.rawValue)),
            ("id", .int(p.id)),
        ])
    }

    static func mention(_ m: Mention) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("document", .string(m.document)),
            ("text", .string(m.text)),
            ("start", .int(m.range.start)),
            ("end", .int(m.range.end)),
            ("date", .object([
                ("value", .string(m.date.value)),
                ("start", .string(m.date.interval?.start.iso)),
                ("end", .string(m.date.interval?.end.iso)),
                ("granularity", .string(m.date.granularity.rawValue)),
                ("derivation", .string(m.date.derivation)),
                ("label", .string(DateLabel(m).text)),
            ])),
            ("attribution", .string(m.attribution)),
            ("modality", .string(m.modality.rawValue)),
        ]
        pairs.append(("timex", m.timex.map { t in
            .object([("text", .string(t.text)), ("value", .string(t.value)), ("start", .int(t.range.start)), ("end", .int(t.range.end))])
        } ?? .null))
        pairs.append(("places", .array(m.places.map { pm in
            .object([("name", .string(pm.place.name)), ("country", .string(pm.place.country)),
                     ("qualifier", .string(pm.qualifier.rawValue)), ("start", .int(pm.range.start)), ("end", .int(pm.range.end))])
        })))
        pairs.append(("trigger", trigger(m)))
        if m.negated { pairs.append(("negated", .bool(true))) }
        if m.isHidden { pairs.append(("hidden", .bool(true))) }
        return .object(pairs)
    }

    /// `{"text", "start", "end"}` of the predicate, plus `parts` for a split one ("take … away").
    static func trigger(_ m: Mention) -> JSONValue {
        guard let t = m.trigger else { return .null }
        var pairs: [(String, JSONValue)] = [("text", .string(m.triggerText)), ("start", .int(t.start)), ("end", .int(t.end))]
        if !m.triggerParts.isEmpty {
            pairs.append(("parts", .array(m.triggerParts.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })))
        }
        return .object(pairs)
    }
}
