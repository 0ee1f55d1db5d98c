/// Sites the gazetteer cannot list (venues, bridges, hospitals, campuses), read from how news names them: a
/// capitalised name closed by a site word, after a locative, and placed in a known town, region or country right
/// after it. The site takes that place's country and region.
///
/// Examples (each a test in `NamedSiteTests`):
/// - "the keynote at ⟦Moscone Center⟧ in San Francisco" → Moscone Center, a site in the US;
/// - "the ship struck the ⟦Francis Scott Key Bridge⟧ in Baltimore" → a site in the US;
/// - "the boys were taken to ⟦Chiang Rai Prachanukroh Hospital⟧, Thailand" → a site in Thailand;
/// - "rescued from ⟦the Tham Luang cave⟧" in an article about Thailand alone → a site in Thailand (a few site words,
///   "cave", "dam", "mine", "bridge" …, are written in lowercase after the name).
/// Not: "Apple Center said" (no locative), "at the Media Center" (no place after it: nothing says where it is).
extension PlaceRecognizer {
    /// Words that close the name of a site: "Moscone ⟦Center⟧", "Key ⟦Bridge⟧", "Tham Luang ⟦Cave⟧".
    static let siteWords: Set<String> = landmarkNouns.union([
        "center", "centre", "arena", "museum", "theatre", "theater", "auditorium", "pavilion", "plaza", "tower", "building",
        "campus", "mall", "park", "cave", "caves", "dam", "mine", "university", "college", "school", "court", "courthouse",
        "parliament", "barracks", "camp", "field", "garden", "gardens", "monument", "memorial", "cemetery", "factory",
        "refinery", "reactor", "institute", "library", "gallery", "hotel", "club",
    ])

    /// Words before a site that place something there: "at", "in", "near", "outside", "to" …
    static let siteLocatives: Set<String> = ["at", "in", "near", "outside", "inside", "into", "to", "from", "onto", "toward",
                                             "towards", "struck", "hit", "reached", "entered", "left"]

    /// Site words news writes in lowercase after a name: "the Tham Luang ⟦cave⟧", "the Derna ⟦dam⟧".
    static let lowercaseSiteWords: Set<String> = ["cave", "caves", "dam", "mine", "bridge", "reactor", "refinery", "camp"]

    /// The named sites of a run of words, given the places already found in it. `contextCountries`: the countries
    /// the article is about; when it is about one, a site no place follows is placed in it ("rescued from the Tham
    /// Luang cave" in an article about Thailand).
    /// (`homeCountry`, the dateline's, stands in for the one country when the article names others too.)
    /// `towns`: each site placed in a town, by its short name (`shortName`).
    func sites(_ tokens: [Word], _ text: ScalarText, places: [PlaceMention], contextCountries: Set<String> = [],
               homeCountry: String? = nil, towns: inout [String: [Place]]) -> [PlaceMention] {
        var out: [PlaceMention] = []
        for j in tokens.indices where tokens[j].capitalised && Self.siteWords.contains(tokens[j].lower)
            || !tokens[j].capitalised && Self.lowercaseSiteWords.contains(tokens[j].lower) && j >= 2 && tokens[j - 1].capitalised {
            // The name: the capitalised words joined to the site word.
            var s = j
            while s > 0, tokens[s - 1].capitalised, Self.adjacent(tokens[s - 1], tokens[s], text),
                  !Self.siteLocatives.contains(tokens[s - 1].lower) { s -= 1 }
            guard s < j else { continue }
            // "a ⟦Thai⟧ cave": a nationality before a site word names no site.
            if j - s == 1, adjectiveCountry(Gazetteer.fold(tokens[s].lower)) != nil { continue }
            // A locative before it, over "the": "at Moscone Center", "struck the Key Bridge".
            var k = s - 1
            if k >= 0, tokens[k].lower == "the" { k -= 1 }
            guard k >= 0, Self.siteLocatives.contains(tokens[k].lower) else { continue }
            // The name goes on over an "of" and capitalised words that name no place: "the Collingwood ⟦Museum of Art⟧
            // in Newcastle", "the ⟦Institute of Fine Arts⟧" ("the University of Chicago" is at Chicago: the name stops).
            var e = j
            if tokens[j].capitalised, j + 2 < tokens.count, tokens[j + 1].lower == "of", tokens[j + 2].capitalised,
               Self.adjacentBySpace(tokens[j], tokens[j + 1], text), Self.adjacentBySpace(tokens[j + 1], tokens[j + 2], text),
               !places.contains(where: { $0.range.start == tokens[j + 2].start }) {
                e = j + 2
                while e + 1 < tokens.count, tokens[e + 1].capitalised, Self.adjacentBySpace(tokens[e], tokens[e + 1], text),
                      !Self.siteLocatives.contains(tokens[e + 1].lower) { e += 1 }
            }
            // A known place right after it: "… Center in San Francisco", "… Hospital, Thailand"; else the one country
            // the article is about.
            var next: Int?
            if e + 1 < tokens.count {
                let gap = text.scalars[tokens[e].end..<tokens[e + 1].start]
                if gap.first == ",", gap.dropFirst().allSatisfy({ $0 == " " }) {
                    next = e + 1  // ", Thailand"
                } else if tokens[e + 1].lower == "in", gap.allSatisfy({ $0 == " " }), e + 2 < tokens.count {
                    next = e + 2
                }
            }
            let range = TextRange(tokens[s].start, tokens[e].end)
            let following = next.flatMap { n in places.first(where: { $0.range.start == tokens[n].start })?.place }
            // Failing one, a city the name opens with: "at ⟦Newcastle⟧ Magistrates' Court" is in Newcastle.
            let opening = following == nil ? openingCity(tokens[s..<j], contextCountries: contextCountries) : nil
            let alone = (homeCountry ?? (contextCountries.count == 1 ? contextCountries.first : nil)).flatMap { gazetteer.country(code: $0) }
            guard let container = following ?? opening?.city ?? alone,
                  !places.contains(where: { $0.range.overlaps(range) && $0.range.start == range.start && $0.range.end >= range.end })
            else { continue }
            let name = text[range]
            var hash = StableHash()
            hash.add(Gazetteer.fold(name.lowercased()))
            hash.add(container.country)
            let site = Place(id: Self.siteIDBase + Int(hash.value % Self.siteIDRange), name: name, country: container.country,
                             kind: .site, region: container.kind == .region ? container.id : container.region)
            out.append(PlaceMention(place: site, range: range, qualifier: Self.qualifier(before: s, tokens, text)))
            if let (city, last) = opening {
                out.append(PlaceMention(place: city, range: TextRange(tokens[s].start, tokens[last].end), qualifier: .inside))
            }
            if let town = following?.kind == .city ? following : opening?.city, let short = Self.shortName(tokens[s...j]) { towns[short] = [site, town] }
        }
        return out
    }

    /// The city (no town) whose name opens a site's name before its site word, and the name's last word: "⟦Newcastle⟧
    /// Magistrates' Court", "⟦Los Angeles⟧ Convention Center", in one of the article's countries; a short name of a
    /// larger city of those countries is that city, as in the text (`leadingNameCity`).
    func openingCity(_ words: ArraySlice<Word>, contextCountries: Set<String>) -> (city: Place, last: Int)? {
        guard let s = words.first.map({ _ in words.startIndex }) else { return nil }
        let known = contextCountries.union(articleCountries)
        // (a word of the name between the city and the site word, "Newcastle ⟦Magistrates'⟧ Court": "University Avenue"
        // is named for no city, nor "Baytown Center" for sure; and no word of a site's kind for a city: "University")
        for n in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            guard !words[s..<s + n].contains(where: { Self.siteWords.contains($0.lower) || Self.siteDescriptors.contains($0.lower) }) else { continue }
            let key = Gazetteer.fold(words[s..<s + n].map(\.lower).joined(separator: " "))
            guard let (place, primary) = resolveSaintly(key, contextCountries: known), primary, place.kind == .city,
                  !gazetteer.isTown(place) else { continue }
            // (one of the article's countries only: "the ⟦Collingwood⟧ Museum" of a British story is in no Canadian town)
            if known.contains(place.country) { return (place, s + n - 1) }
            if let full = leadingNameCity(key, countries: known, orNamed: []) { return (full, s + n - 1) }
        }
        return nil
    }

    /// Two words with one space between them.
    static func adjacentBySpace(_ a: Word, _ b: Word, _ text: ScalarText) -> Bool {
        b.start == a.end + 1 && text.scalars[a.end] == " "
    }

    /// Words that describe a site's kind before its site word and go with it in a short name: "St. Clare ⟦Medical⟧
    /// Center" is "St. Clare".
    static let siteDescriptors: Set<String> = ["medical", "general", "regional", "community", "county", "city", "national",
                                               "international", "district", "state", "municipal", "children's", "university"]

    /// The name a site goes by later in an article: its name less the site word and the descriptors before it ("St.
    /// Clare Medical Center" → "st clare", "Bay Memorial Hospital" → "bay memorial"), when a capitalised word is left.
    static func shortName(_ name: ArraySlice<Word>) -> String? {
        var words = name.dropLast()
        while let last = words.last, siteDescriptors.contains(last.lower) { words = words.dropLast() }
        guard !words.isEmpty, words.allSatisfy(\.capitalised), words.contains(where: { $0.lower.count > 2 }) else { return nil }
        return words.map(\.lower).joined(separator: " ")
    }

    /// A site named by its short name alone, in the town where the article named it whole: "⟦St. Clare⟧ followed on
    /// Monday" after "St. Clare Medical Center in Duluth" is in Duluth.
    /// (The site and its town, each a mention of the short name.)
    func sitesByShortName(_ tokens: [Word], _ text: ScalarText, places: [PlaceMention], siteTowns: [String: [Place]]) -> [PlaceMention] {
        guard !siteTowns.isEmpty else { return [] }
        var out: [PlaceMention] = []
        var j = 0
        while j < tokens.count {
            var matched = false
            for n in (1...3).reversed() where j + n <= tokens.count {
                let run = tokens[j..<j + n]
                guard run.allSatisfy(\.capitalised), let known = siteTowns[run.map(\.lower).joined(separator: " ")] else { continue }
                let range = TextRange(run.first!.start, run.last!.end)
                // (not the whole name, already a site, nor a run that goes on as a longer name)
                if places.contains(where: { $0.range.overlaps(range) }) || j + n < tokens.count && tokens[j + n].capitalised { continue }
                // (as near as the text puts it: "left the road ⟦near⟧ Mugling")
                out += known.map { PlaceMention(place: $0, range: range, qualifier: Self.qualifier(before: j, tokens, text)) }
                j += n
                matched = true
                break
            }
            if !matched { j += 1 }
        }
        return out
    }

    /// Ids of sites named in the text: a block of their own, above the gazetteer's (GeoNames ids and the project's
    /// 950,000,000 block).
    static let siteIDBase = 960_000_000
    static let siteIDRange: UInt64 = 30_000_000
}
