import TimelineCore

/// A date as the browser shows it: the shared label (`DateLabel`, as in `list` and the exports), and whether
/// it is only a bound ("≤ Sun 27 Mar 2022": on or before publication), which the screen dims.
struct DateText: Equatable {
    var text: String
    /// The date without its bound mark: what a timeline header shows.
    var plain: String
    var bound: Bool
    var unknown: Bool

    init(_ date: EventDate, modality: Modality, ascii: Bool = false) {
        let label = DateLabel(date, modality: modality)
        text = label.text(ascii: ascii)
        plain = label.plain
        bound = label.certainty == .onOrBeforePublication || label.certainty == .onOrAfterPublication
        unknown = label.certainty == .unknown
    }

    init(_ event: Event, ascii: Bool = false) { self.init(event.date, modality: event.modality, ascii: ascii) }
    init(_ mention: Mention, ascii: Bool = false) { self.init(mention.date, modality: mention.modality, ascii: ascii) }

    /// Two dates share a timeline header when they name the same days (a bound date's row carries its ≤ or ≥).
    static func sameHeader(_ a: Event, _ b: Event) -> Bool { sameHeader(a.date, b.date) }

    static func sameHeader(_ a: EventDate, _ b: EventDate) -> Bool {
        // Other days never read alike: labels are built only for the rare same days written two ways.
        guard a.interval == b.interval else { return false }
        if a.granularity == b.granularity && a.value == b.value { return true }
        return DateText(a, modality: .happened).plain == DateText(b, modality: .happened).plain
    }

    /// The mark a row shows before its modality: "≤" or "≥" for a bound date, nothing for a stated one.
    /// One column: "<" and ">" outside UTF-8.
    var rowMark: String? {
        guard bound else { return nil }
        let mark = String(text.prefix { $0 != " " })
        return mark == "<=" ? "<" : mark == ">=" ? ">" : mark
    }
}

extension Modality {
    /// Plans and forecasts: an undated one is due on or after publication.
    var isForwardLooking: Bool { self == .planned || self == .expected }
}
