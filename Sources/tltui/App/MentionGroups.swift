import TimelineCore

/// The mentions of an event gathered by outlet and date: one line each in the detail pane, so an outlet that
/// reports the event three times with one date is one line. Where the sources disagree, the dates that differ
/// from the most reported one (the dissent) come first.
struct MentionGroup: Equatable, Sendable {
    var outlet: String
    var date: EventDate
    /// Indices into the event's mentions, in text order.
    var mentions: [Int]
    /// True when the event's sources disagree and this group's date is not the most reported one.
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
    // The consensus: the date most mentions give (a tie goes to the event's own date, then the earlier group).
    var counts: [String: Int] = [:]
    for m in e.mentions { counts[m.date.value, default: 0] += 1 }
    let top = counts.values.max() ?? 0
    let consensus = counts[e.date.value] == top ? e.date.value
        : groups.first { counts[$0.date.value] == top }?.date.value ?? e.date.value
    for g in groups.indices { groups[g].dissent = groups[g].date.value != consensus }
    let dissent = groups.filter(\.dissent).enumerated().sorted { a, b in
        let (x, y) = (a.element.date.interval?.start.dayNumber ?? .min, b.element.date.interval?.start.dayNumber ?? .min)
        return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    return dissent + groups.filter { !$0.dissent }
}
