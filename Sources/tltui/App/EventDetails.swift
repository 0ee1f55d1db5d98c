import TimelineCore

/// What the panes show of an event that takes all its mentions to know: the mentions gathered by outlet and date,
/// the places, the attributions. Made once per event and corpus and kept (`BrowserIndexes.details`). An event of
/// many mentions (the generated corpus has events of 10,000) is detailed off the main thread (`Effect.eventDetails`)
/// while the detail and source panes say so: a key moving onto it is answered at once.
struct EventDetails: Equatable, Sendable {
    var groups: [MentionGroup]
    /// Distinct outlets among the groups.
    var outlets: Int
    var places: [String]
    var attributions: [String]

    init(_ e: Event, documents: [String: Document]) {
        groups = mentionGroups(e, documents: documents)
        outlets = Set(groups.map(\.outlet)).count
        places = Array(Set(EventInfo.placeNames(of: e))).sorted()
        attributions = Array(Set(e.mentions.compactMap(\.attribution))).sorted()
    }

    /// Events of at most this many mentions are detailed when first shown; larger ones in the background.
    static let inlineLimit = 200
}

/// Which event of which corpus was sent to be detailed (the corpus by identity, so the state keeps no reference to it).
struct DetailsAsk: Equatable, Sendable {
    var corpus: ObjectIdentifier
    var event: Int

    init(_ indexes: BrowserIndexes, event: Int) {
        corpus = ObjectIdentifier(indexes)
        self.event = event
    }
}

/// The work of `Effect.eventDetails`: event `event` of `corpus`.
struct DetailsJob: Equatable, Sendable {
    var corpus: BrowserCorpus
    var event: Int

    var ask: DetailsAsk { DetailsAsk(corpus.indexes, event: event) }

    /// Makes the details (kept by the corpus's indexes), decoding the event's stored mentions on the way.
    func run() { corpus.indexes.makeDetails(of: event, documents: corpus.documents) }
}

extension AppState {
    /// The index into chronology.events of the selected event.
    var selectedIndex: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    /// True unless the selected event's mentions are being gathered in the background: until then its mentions are
    /// not read on the main thread (`selectedMention` is nil, the panes say what is coming).
    var mentionsReady: Bool {
        guard let i = selectedIndex else { return true }
        return chronology.events[i].mentionCount <= EventDetails.inlineLimit || indexes.details(of: i) != nil
    }

    /// The selected event's details: known, or made now for an event of few mentions; nil while a larger one's are
    /// made in the background, and when nothing is selected.
    var selectedDetails: EventDetails? {
        guard let i = selectedIndex else { return nil }
        if let known = indexes.details(of: i) { return known }
        guard chronology.events[i].mentionCount <= EventDetails.inlineLimit else { return nil }
        return indexes.makeDetails(of: i, documents: documents)
    }

    /// The effect that details the selected event in the background, when it needs one not asked for yet.
    mutating func detailsEffect() -> Effect? {
        guard let i = selectedIndex, !mentionsReady else { return nil }
        let ask = DetailsAsk(indexes, event: i)
        guard detailsAsked != ask else { return nil }
        detailsAsked = ask
        return .eventDetails(DetailsJob(corpus: corpus, event: i))
    }

    /// Event details arrived: the source pane moves to the selected mention's sentence, if they are the selected event's.
    mutating func detailsArrived(_ ask: DetailsAsk) {
        guard let i = selectedIndex, DetailsAsk(indexes, event: i) == ask else { return }
        syncSourceSentence()
    }
}
