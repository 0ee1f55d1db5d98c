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
        /// The name folded (`EventInfo.fold`) and split into `ActorQuery` words, made once: typing narrows thousands
        /// of entries on every key.
        let folded: String
        let words: [String]

        init(name: String, value: String, count: Int?, placeID: Int? = nil) {
            self.name = name
            self.value = value
            self.count = count
            self.placeID = placeID
            folded = EventInfo.fold(name)
            words = ActorQuery(name).words
        }
    }

    var kind: Kind
    var entries: [Entry]
    var query = ""
    var cursor = 0
    /// Places the gazetteer reads the query as, in any spelling ("kiev" → Kyiv), as `--city` does.
    var aliases: Set<Int> = []
    /// The corpus (`BrowserIndexes.serial`) the entries were counted on; nil while a picker counting the corpus
    /// (`Kind.countsCorpus`) waits for its first entries (App/PickerEntries.swift).
    var entriesOf: Int? = nil
    /// Enter was pressed while counting: the entry under the cursor is applied once the entries come.
    var acceptWhenCounted = false

    init(kind: Kind, entries: [Entry], of corpus: Int? = nil) {
        self.kind = kind
        self.entries = entries
        entriesOf = corpus
    }

    /// True while the entries are being counted and none are known yet.
    var counting: Bool { kind.countsCorpus && entriesOf == nil }

    /// New entries (counted on a newer corpus as rows arrive): the query stays, and the cursor on the same entry
    /// when it is still shown.
    mutating func replaceEntries(_ new: [Entry], of corpus: Int) {
        let before = shown
        let value = before.indices.contains(cursor) ? before[cursor].value : nil
        entries = new
        entriesOf = corpus
        let after = shown
        cursor = value.flatMap { v in after.firstIndex { $0.value == v } } ?? min(cursor, max(0, after.count - 1))
    }

    var shown: [Entry] {
        let q = EventInfo.fold(query)
        guard !q.isEmpty else { return entries }
        let actor = ActorQuery(query)
        return entries.filter { e in
            e.folded.contains(q) || e.placeID.map { aliases.contains($0) } == true
                || (kind == .actor && actor.matches(words: e.words))
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
