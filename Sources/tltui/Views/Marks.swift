import TimelineCore

func formatDate(_ d: EventDate) -> String {
    guard let iv = d.interval else { return d.value.isEmpty ? "undated" : d.value }
    let mon = { (day: Day) in String(Day.monthNames[day.month - 1].prefix(3)) }
    switch d.granularity {
    case .week: return "week \(iv.start.isoWeek.week) \(iv.start.isoWeek.year)"
    case .weekend where iv.start.month == iv.end.month: return "weekend \(iv.start.day)–\(iv.end.day) \(mon(iv.end)) \(iv.end.year)"
    case .month: return "\(mon(iv.start)) \(iv.start.year)"
    case .year: return "\(iv.start.year)"
    case .decade: return "\(iv.start.year)s"
    default:
        if iv.start == iv.end { return iv.start.readable }
        if iv.start.year == iv.end.year && iv.start.month == iv.end.month { return "\(iv.start.day)–\(iv.end.day) \(mon(iv.end)) \(iv.end.year)" }
        if iv.start.year == iv.end.year { return "\(iv.start.day) \(mon(iv.start)) – \(iv.end.day) \(mon(iv.end)) \(iv.end.year)" }
        return "\(iv.start.iso) – \(iv.end.iso)"
    }
}

struct Marks {
    let happened, planned, claimed, conflict, bar, strip: String
    let levels: [String]
    static let unicode = Marks(happened: "●", planned: "○", claimed: "◆", conflict: "≠", bar: "│", strip: "▼",
                               levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
    static let ascii = Marks(happened: "*", planned: "o", claimed: "?", conflict: "!", bar: "|", strip: "v",
                             levels: [" ", ".", ".", ":", ":", "+", "+", "#", "#"])
    func modality(_ m: Modality) -> String {
        switch m { case .happened: happened; case .planned, .expected: planned; case .claimed: claimed }
    }
}
