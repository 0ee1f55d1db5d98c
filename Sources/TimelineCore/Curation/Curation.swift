/// The corrections and notes people made to a chronology: a list of entries, applied in order by `apply`.
/// Kept in its own file beside the corpus (`CurationFile`), written through `CurationStore`.
public struct Curation: Sendable, Equatable {
    public var entries: [CurationEntry]

    public init(entries: [CurationEntry] = []) { self.entries = entries }

    public var isEmpty: Bool { entries.isEmpty }
}

/// One thing one person did to the chronology, when.
public struct CurationEntry: Sendable, Equatable, Identifiable {
    /// Unique within the file; undo removes an entry by it.
    public var id: String
    public var author: String
    /// UTC, ISO 8601: `2026-12-04T07:33:20Z`.
    public var time: String
    public var operation: CurationOperation
    /// The line of the file the entry starts on, when it was read from one (not compared).
    public var line: Int?

    public init(id: String = "", author: String, time: String, operation: CurationOperation, line: Int? = nil) {
        self.id = id
        self.author = author
        self.time = time
        self.operation = operation
        self.line = line
    }

    public static func == (a: CurationEntry, b: CurationEntry) -> Bool {
        a.id == b.id && a.author == b.author && a.time == b.time && a.operation == b.operation
    }

    /// An id made from the entry's content (and `salt`, bumped while it clashes): 10 hex digits.
    public static func makeID(author: String, time: String, operation: CurationOperation, salt: Int = 0) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in [author, time, operation.name, "\(operation)", String(salt)] {
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x1f) &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// The day of `time` for people: "4 Dec 2026" (the time itself when it is not ISO).
    public var readableDay: String { readableCurationDay(time) }

    /// "ana on 4 Dec 2026".
    public var byline: String { "\(author) on \(readableDay)" }
}

extension CurationNote {
    /// "ana, 4 Dec 2026".
    public var byline: String { "\(author), \(readableCurationDay(time))" }
}

/// "4 Dec 2026" for `2026-12-04T07:33:20Z` (the text itself when it is not ISO).
func readableCurationDay(_ time: String) -> String {
    guard let d = Day(iso: String(time.prefix(10))) else { return time }
    return DateLabel.dayRange(d, d)
}

/// What an entry does. Events are named by their mentions (`EventRef`), mentions by their identity (`MentionRef`).
public enum CurationOperation: Sendable, Equatable {
    case star(EventRef)
    case unstar(EventRef)
    case note(EventRef, text: String)
    case hide(EventRef)
    case unhide(EventRef)
    case hideMention(MentionRef)
    case unhideMention(MentionRef)
    /// The date as typed ("5 April", "next Tuesday"), read against the publication date of the event's article.
    case setDate(EventRef, text: String)
    case setModality(EventRef, Modality)
    /// The first event's mentions join the second (`into`), which keeps its id, summary and date.
    case merge(EventRef, into: EventRef)
    /// The mention leaves its event and becomes an event of its own.
    case split(MentionRef)
    case rename(EventRef, summary: String)

    /// The name in the file (`op:`).
    public var name: String {
        switch self {
        case .star: return "star"
        case .unstar: return "unstar"
        case .note: return "note"
        case .hide: return "hide"
        case .unhide: return "unhide"
        case .hideMention: return "hide-mention"
        case .unhideMention: return "unhide-mention"
        case .setDate: return "date"
        case .setModality: return "modality"
        case .merge: return "merge"
        case .split: return "split"
        case .rename: return "rename"
        }
    }

    public static let names = ["star", "unstar", "note", "hide", "unhide", "hide-mention", "unhide-mention",
                               "date", "modality", "merge", "split", "rename"]

    /// What it does, in words: "star", "date “5 April”", "rename to “Talks resume”".
    public var readable: String {
        switch self {
        case .star, .unstar, .hide, .unhide, .hideMention, .unhideMention, .merge, .split: return name
        case .note(_, let text): return "note “\(text)”"
        case .setDate(_, let text): return "date “\(text)”"
        case .setModality(_, let m): return "modality \(m.rawValue)"
        case .rename(_, let s): return "rename to “\(s)”"
        }
    }
}

/// An entry that no longer applies: its mention is gone (the article or the analysis changed), or its date
/// cannot be read. It stays in the file and is reported.
public struct CurationOrphan: Sendable, Equatable, CustomStringConvertible {
    public var entry: CurationEntry
    public var reason: String

    public init(entry: CurationEntry, reason: String) {
        self.entry = entry
        self.reason = reason
    }

    /// "line 12: star by ana on 4 Dec 2026: no event has the mention “…” (doc)".
    public var description: String {
        (entry.line.map { "line \($0): " } ?? "") + "\(entry.operation.readable) by \(entry.byline): \(reason)"
    }
}
