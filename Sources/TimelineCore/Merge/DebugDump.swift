extension Chronology {
    /// One line per event, mentions indented with document, offsets, date and derivation: a readable snapshot.
    public func debugDump() -> String { Chronology.debugDump(events) }

    public static func debugDump(_ events: [Event]) -> String {
        var out = ""
        for e in events {
            let places = e.places.map { "\($0.name) (\($0.country))" }.joined(separator: ", ")
            out += "\(e.date.value)\(e.date.isFallback ? "≤" : "") [\(e.modality.rawValue)\(e.conflict ? ", CONFLICT" : "")] \(e.summary)"
            out += places.isEmpty ? "" : " @ \(places)"
            out += e.actors.isEmpty ? "" : " actors: \(e.actors.joined(separator: "; "))"
            out += "\n"
            for m in e.mentions {
                out += "    \(m.document) \(m.range.start)..<\(m.range.end) \(m.date.value) \(m.modality.rawValue)"
                out += m.attribution.map { " by \($0)" } ?? ""
                out += " — \(m.date.derivation)\n"
            }
        }
        return out
    }
}
