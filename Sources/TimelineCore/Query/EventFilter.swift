import Foundation

/// What a user asks to see: the same filters drive the interface, `list` and `export`.
/// Empty lists / nil / an empty set mean "no constraint".
public struct EventFilter: Sendable, Equatable {
    /// City names in any spelling; an event qualifies when it takes place in or near any of them.
    public var cities: [String]
    /// Document ids or outlet names (folded substring match); any of them.
    public var sources: [String]
    /// Inclusive bounds: an event qualifies when its days overlap [from, to].
    public var from: Day?
    public var to: Day?
    /// Folded substring of the summary, a mention's text, an actor or a place name.
    public var text: String?
    public var modalities: Set<Modality>
    /// Curation marks an event must all have (starred, with notes, curated, hidden).
    public var marks: Set<CurationMark>
    /// Actor names in any case and spelling (`ActorQuery`); an event qualifies when it names any of them.
    public var actors: [String]

    public init(cities: [String] = [], sources: [String] = [], from: Day? = nil, to: Day? = nil,
                text: String? = nil, modalities: Set<Modality> = [], marks: Set<CurationMark> = [], actors: [String] = []) {
        self.cities = cities
        self.sources = sources
        self.from = from
        self.to = to
        self.text = text
        self.modalities = modalities
        self.marks = marks
        self.actors = actors
    }

    /// The actor names as queries, empty ones left out.
    public var actorQueries: [ActorQuery] { actors.map(ActorQuery.init).filter { !$0.isEmpty } }

    /// Whether an event names one of the actors asked for (true when none is asked for).
    public func hasActor(_ event: Event, _ queries: [ActorQuery]) -> Bool {
        queries.isEmpty || queries.contains { $0.matches(event) }
    }

    /// True when the filter lets every event through.
    public var isEmpty: Bool {
        cities.isEmpty && sources.isEmpty && from == nil && to == nil
            && (text ?? "").isEmpty && modalities.isEmpty && marks.isEmpty && actorQueries.isEmpty
    }

    /// Whether an event has every curation mark asked for.
    public func hasMarks(_ event: Event) -> Bool {
        marks.allSatisfy { $0.holds(for: event) }
    }
}

/// What a curation filter asks of an event.
public enum CurationMark: String, Sendable, Hashable, CaseIterable {
    case starred, noted, curated, hidden

    public func holds(for event: Event) -> Bool {
        switch self {
        case .starred: return event.curation.starred
        case .noted: return !event.curation.notes.isEmpty
        case .curated: return event.curation.isCurated || event.mentions.contains(where: \.isHidden)
        case .hidden: return event.curation.hidden || event.mentions.contains(where: \.isHidden)
        }
    }
}

/// Case, diacritics and punctuation folding for user-typed queries ("KYÏV" → "kyiv"): the same folding
/// the gazetteer indexes names with (a pure function; it loads no place data).
public enum QueryFolding {
    public static func fold(_ s: String) -> String { Gazetteer.fold(s) }
}
