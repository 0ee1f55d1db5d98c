import TimelineCore

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
