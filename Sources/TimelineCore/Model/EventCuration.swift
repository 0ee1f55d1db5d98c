/// What people said about an event: the marks a curation file puts on it (see `Curation/`). The pipeline leaves
/// it empty; `Curation.apply` fills it in, so every view and export reads stars and notes from the event itself.
public struct EventCuration: Hashable, Sendable {
    public var starred: Bool
    public var notes: [CurationNote]
    /// Hidden by someone: left out of views and exports unless hidden events are asked for.
    public var hidden: Bool
    /// One line per curation entry that changed the event, oldest first: "date set by ana on 4 Dec 2026".
    public var changes: [String]

    public init(starred: Bool = false, notes: [CurationNote] = [], hidden: Bool = false, changes: [String] = []) {
        self.starred = starred
        self.notes = notes
        self.hidden = hidden
        self.changes = changes
    }

    /// True when some curation entry applies to the event.
    public var isCurated: Bool { starred || !notes.isEmpty || hidden || !changes.isEmpty }
}

/// A note someone wrote on an event.
public struct CurationNote: Hashable, Sendable {
    public var author: String
    /// When it was written: `2026-12-04T07:33:20Z`.
    public var time: String
    public var text: String

    public init(author: String, time: String, text: String) {
        self.author = author
        self.time = time
        self.text = text
    }
}
