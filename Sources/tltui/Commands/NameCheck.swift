import TimelineCore

/// Checks the city and source names a user typed against the gazetteer and the corpus. A name that matches
/// nothing is a usage error naming the nearest names the corpus has ("no city 'Kyev'; did you mean Kyiv?");
/// a known name with no events is not an error (the empty result is said on standard error instead).
enum NameCheck {
    /// The message for the first city that neither the gazetteer nor any place of the corpus knows, or nil.
    static func unknownCity(_ names: [String], in chronology: Chronology, matcher: (String) -> [Place]) -> String? {
        guard !names.isEmpty else { return nil }
        var corpusPlaces: [Place] = []
        var seen = Set<Int>()
        for e in chronology.events {
            for p in ChronologyQuery.allPlaces(of: e) where seen.insert(p.id).inserted { corpusPlaces.append(p) }
        }
        let folded = Set(corpusPlaces.map { QueryFolding.fold($0.name) })
        for name in names where matcher(name).isEmpty && !folded.contains(QueryFolding.fold(name)) {
            // Cities first (what --city is for), most reported first, then the other places.
            let counts = makeQuery(chronology).cityCounts().map(\.place)
            let candidates = counts.map(\.name) + corpusPlaces.map(\.name)
            return message(kind: "city", name: name, suggestions: Suggestions.nearest(name, among: candidates),
                           known: counts.map(\.name), nowhere: "in the gazetteer or the corpus", listCommand: "tltui cities")
        }
        return nil
    }

    /// The message for the first source that no document id or outlet contains (folded), or nil.
    static func unknownSource(_ names: [String], in chronology: Chronology) -> String? {
        guard !names.isEmpty else { return nil }
        var fields: [String] = []
        for d in chronology.documents {
            fields.append(d.id)
            if let s = d.source { fields.append(s) }
        }
        let foldedFields = fields.map(QueryFolding.fold)
        for name in names {
            let key = QueryFolding.fold(name)
            if foldedFields.contains(where: { $0.contains(key) }) { continue }
            var outlets: [String] = []
            var seen = Set<String>()
            for d in chronology.documents { if let s = d.source, seen.insert(s).inserted { outlets.append(s) } }
            return message(kind: "source", name: name, suggestions: Suggestions.nearest(name, among: outlets + chronology.documents.map(\.id)),
                           known: outlets.isEmpty ? chronology.documents.map(\.id) : outlets,
                           nowhere: "among the corpus's outlets and document ids", listCommand: "tltui sources")
        }
        return nil
    }

    static func message(kind: String, name: String, suggestions: [String], known: [String], nowhere: String, listCommand: String) -> String {
        var s = "no \(kind) '\(name)'"
        if !suggestions.isEmpty {
            s += "; did you mean " + (suggestions.count == 1 ? suggestions[0]
                : suggestions.dropLast().joined(separator: ", ") + " or " + suggestions[suggestions.count - 1]) + "?"
        } else if known.isEmpty {
            s += " (the corpus names none)"
        } else {
            let shown = known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : "")
            s += " \(nowhere) (\(listCommand) lists them: \(shown))"
        }
        return s
    }
}
