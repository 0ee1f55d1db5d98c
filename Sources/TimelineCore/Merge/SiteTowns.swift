/// The towns of the sites a corpus names, learnt from its articles: a site named in a line placed in one town, or in an
/// article filed from one ("DAYTON, Ohio – … ⟦The Harmon Building⟧ on Ludlow Street was shut at 6 a.m."), is in that
/// town; a happening no source places, told in a line that names the site ("the ⟦Harmon Building⟧ reopened on Monday",
/// in a weekly with no dateline), is there. A site is keyed by its name's last word and its site word (`siteKeys`);
/// a key placed in two towns by as many articles places nothing.
struct SiteTowns: Sendable {
    private let towns: [UInt64: Shared<Place>]

    static let none = SiteTowns(towns: [:])

    private init(towns: [UInt64: Shared<Place>]) { self.towns = towns }

    /// The sites' towns of a merge's mentions: each site key's town, by the number of articles that place it there.
    /// `datelines`: the place each article is filed from.
    init(_ mentions: MentionLists, datelines: [String: Shared<Place>]) {
        // (each mention's keys and town, read on all cores; a mention with no town to give is not read)
        let votes = chunkedMap(mentions.count, chunk: 2048) { i -> (document: String, town: Shared<Place>, keys: [UInt64])? in
            let m = mentions[i]
            guard let town = Self.town(of: m, dateline: datelines[m.document]) else { return nil }
            // (a sentence's mentions of one town give the same votes: its words are read for the first of them only)
            if i > 0 {
                let before = mentions[i - 1]
                if before.document == m.document, before.range == m.range,
                   Self.town(of: before, dateline: datelines[before.document]) == town { return nil }
            }
            let keys = Self.keys(of: WireCopyWords(of: m))
            return keys.isEmpty ? nil : (m.document, town, keys)
        }
        // (key → town → the articles that place it there)
        var seen: [UInt64: [Shared<Place>: Set<String>]] = [:]
        for case let v? in votes {
            for key in v.keys { seen[key, default: [:]][v.town, default: []].insert(v.document) }
        }
        var out: [UInt64: Shared<Place>] = [:]
        for (key, byTown) in seen {
            let ranked = byTown.map { ($0.key, $0.value.count) }.sorted { $0.1 > $1.1 }
            guard let best = ranked.first, ranked.count == 1 || ranked[1].1 < best.1 else { continue }
            out[key] = best.0
        }
        towns = out
    }

    /// The town of a site the summaries name (each mention's, its predicate's own words: a site the sentence names in
    /// another clause is no place of this happening), if the corpus places one there.
    func town<S: Sequence<String>>(of summaries: S) -> Shared<Place>? {
        guard !towns.isEmpty else { return nil }
        for summary in summaries {
            for key in Self.keys(of: WireCopyWords(of: summary)) { if let t = towns[key] { return t } }
        }
        return nil
    }

    /// The one town a mention is in ("in"), else its article's dateline town.
    private static func town(of m: Mention, dateline: Shared<Place>?) -> Shared<Place>? {
        var found: Shared<Place>?
        for pl in m.places where pl.qualifier == .inside && pl.place.kind == .city {
            if let f = found, f.value != pl.place { return nil }
            found = pl.shared
        }
        if let found { return found }
        return dateline?.value.kind == .city ? dateline : nil
    }

    /// The site keys of a text's words (`WireCopyWords.siteKeys`; the site words of `PlaceRecognizer`).
    static func keys(of words: WireCopyWords) -> [UInt64] {
        words.siteKeys(isSiteWord: { PlaceRecognizer.siteWords.contains($0) && !PlaceRecognizer.streetNouns.contains($0) },
                                      isDescriptor: { PlaceRecognizer.siteDescriptors.contains($0) })
    }
}
