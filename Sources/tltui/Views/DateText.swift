import TimelineCore

/// A date as the browser shows it: the shared label (`DateLabel`, as in `list` and the exports), and whether
/// it is only a bound ("≤ Sun 27 Mar 2022": on or before publication), which the screen dims.
struct DateText: Equatable {
    var text: String
    var bound: Bool
    var unknown: Bool

    init(_ date: EventDate, modality: Modality, ascii: Bool = false) {
        let label = DateLabel(date, modality: modality)
        text = label.text(ascii: ascii)
        bound = label.certainty == .onOrBeforePublication || label.certainty == .onOrAfterPublication
        unknown = label.certainty == .unknown
    }

    init(_ event: Event, ascii: Bool = false) { self.init(event.date, modality: event.modality, ascii: ascii) }
    init(_ mention: Mention, ascii: Bool = false) { self.init(mention.date, modality: mention.modality, ascii: ascii) }

    /// Two dates share a timeline header when they read the same.
    static func sameHeader(_ a: Event, _ b: Event) -> Bool {
        if a.date.value == b.date.value && a.date.isFallback == b.date.isFallback && a.date.granularity == b.date.granularity
            && (!a.date.isFallback || a.modality.isForwardLooking == b.modality.isForwardLooking) { return true }
        // Values that differ may still read alike ("2022-03-28" and "2022-03-28TMO" where the label has no part of day).
        return a.date.isFallback == b.date.isFallback && DateText(a).text == DateText(b).text
    }
}

extension Modality {
    /// Plans and forecasts: an undated one is due on or after publication.
    var isForwardLooking: Bool { self == .planned || self == .expected }
}
