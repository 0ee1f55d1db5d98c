import TimelineCore

/// The mentions of an event gathered by outlet and date: one line each in the detail pane, so an outlet that
/// reports the event three times with one date is one line. Where the sources disagree, the dates that do not
/// meet the one most outlets give (the dissent) come first.
struct MentionGroup: Equatable, Sendable {
    var outlet: String
    var date: EventDate
    /// Indices into the event's mentions, in text order.
    var mentions: [Int]
    /// True when the event's sources disagree and this group's days do not meet those most outlets give.
    var dissent: Bool
}

func mentionGroups(_ e: Event, documents: [String: Document]) -> [MentionGroup] {
    var groups: [MentionGroup] = []
    var index: [String: Int] = [:]
    for (i, m) in e.mentions.enumerated() {
        let outlet = documents[m.document]?.source ?? m.document
        let key = outlet + "\u{1F}" + m.date.value + (m.date.isFallback ? "≤" : "")
        if let g = index[key] { groups[g].mentions.append(i); continue }
        index[key] = groups.count
        groups.append(MentionGroup(outlet: outlet, date: m.date, mentions: [i], dissent: false))
    }
    guard e.conflict else { return groups }
    // The consensus: the date the most outlets give (one outlet repeating itself counts once); a tie goes to the
    // event's own date, then to the earlier group. A group dissents when its days do not meet the consensus's.
    var outlets: [String: Set<String>] = [:]
    for g in groups { outlets[g.date.value, default: []].insert(g.outlet) }
    let top = outlets.values.map(\.count).max() ?? 0
    let consensus = outlets[e.date.value]?.count == top ? e.date
        : groups.first { outlets[$0.date.value]?.count == top }?.date ?? e.date
    for g in groups.indices {
        let d = groups[g].date
        if let a = d.interval, let b = consensus.interval {
            groups[g].dissent = a.end < b.start || b.end < a.start
        } else {
            groups[g].dissent = d.value != consensus.value
        }
    }
    let dissent = groups.filter(\.dissent).enumerated().sorted { a, b in
        let (x, y) = (a.element.date.interval?.start.dayNumber ?? .min, b.element.date.interval?.start.dayNumber ?? .min)
        return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    return dissent + groups.filter { !$0.dissent }
}
