import TimelineCore

/// A picker over cities or sources: every entry with its event count, narrowed by typing.
struct Picker: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case city, source }

    /// The label shown, the value the filter takes, and the number of events.
    struct Entry: Equatable, Sendable {
        var name: String
        var value: String
        var count: Int
    }

    var kind: Kind
    var entries: [Entry]
    var query = ""
    var cursor = 0

    var shown: [Entry] {
        let q = EventInfo.fold(query)
        return q.isEmpty ? entries : entries.filter { EventInfo.fold($0.name).contains(q) }
    }
}
