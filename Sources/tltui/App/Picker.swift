import TimelineCore

/// A picker over cities or sources: every entry with its event count, narrowed by typing.
struct Picker: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case city, source, actor, modality, exportFormat }

    /// The label shown, the value the filter takes, and the number of events.
    struct Entry: Equatable, Sendable {
        var name: String
        var value: String
        /// Events it leaves; nil where a count means nothing (export formats).
        var count: Int?
        /// The gazetteer place a city entry stands for.
        var placeID: Int? = nil
    }

    var kind: Kind
    var entries: [Entry]
    var query = ""
    var cursor = 0
    /// Places the gazetteer reads the query as, in any spelling ("kiev" → Kyiv), as `--city` does.
    var aliases: Set<Int> = []

    var shown: [Entry] {
        let q = EventInfo.fold(query)
        return q.isEmpty ? entries : entries.filter { e in
            EventInfo.fold(e.name).contains(q) || e.placeID.map { aliases.contains($0) } == true
                || (kind == .actor && ActorQuery(query).matches(name: e.name))
        }
    }
}

extension Picker {
    var title: String {
        switch kind {
        case .city: return "City (type to narrow, Enter applies)"
        case .source: return "Source (type to narrow, Enter applies)"
        case .actor: return "Actor (type any spelling to narrow, Enter applies)"
        case .modality: return "Modality (Enter applies)"
        case .exportFormat: return "Export this view as (Enter chooses)"
        }
    }
}
