/// Towns and villages the gazetteer does not list, read from how news names them: a capitalised name after "the town
/// of", "the village of" (or "the mountain town of"), after "residents of", or of two words or more before
/// "residents". The article's whole text is read for them once; each is then a town wherever the article names it
/// (`PlaceRecognition.siteTowns`, as a site's short name is), in the country and first-level region the article names
/// most.
///
/// Examples (each a test in `UnlistedTownTests`):
/// - "fire forced 2,400 people to flee the town of Tamarack Springs" … "ordered residents of Tamarack Springs to leave"
///   → both in the town Tamarack Springs, Montana, US (an article that names Kalispell and Montana);
/// - "the order was extended to the village of St. Ambrose" → the village St. Ambrose (and "Saint Ambrose" later);
/// - "Tamarack Springs residents head home" → the town.
/// - "the isolated village of Chaccabamba" in a Peruvian story → Chacabamba, the listed village, one letter less.
/// Not: "the town of Kalispell" (a town the gazetteer lists, read as before); "the Town of Oyster Bay said" (a name
/// in capitals: "Town"); "residents of the building"; "Many residents" (one word).
extension PlaceRecognizer {
    /// Nouns of a settlement, whose "of" names it: "the ⟦village⟧ of St. Ambrose".
    static let settlementWords: Set<String> = ["town", "village", "hamlet", "township", "settlement", "community", "city"]
    /// Other languages' words for a village that English news writes as a title before its name.
    static let settlementTitles: Set<String> = ["barangay", "kibbutz", "moshav", "kampung", "kampong", "desa", "aldea"]
    /// Plural nouns of settlements, whose "of" names one or a list: "the ⟦districts⟧ of Dolna Brava and Sevrinka".
    static let pluralSettlementWords: Set<String> = ["towns", "villages", "districts", "municipalities", "communities"]
    /// Nouns of an administrative area written after its name: "the Chitwan ⟦district⟧".
    static let areaWords: Set<String> = ["district", "municipality"]
    /// Nouns of the people living in a place: "⟦residents⟧ of Tamarack Springs", "Tamarack Springs ⟦residents⟧".
    static let dwellerWords: Set<String> = ["residents", "villagers", "inhabitants", "townspeople", "townsfolk"]
    /// Words that open or make no town's name: "the town of ⟦This⟧", "residents of ⟦Many⟧ …".
    static let notTownWords: Set<String> = ["the", "a", "an", "of", "and", "or", "this", "that", "these", "those", "many",
        "some", "all", "most", "his", "her", "its", "their", "our", "your", "my", "i", "he", "she", "they", "we", "it"]
    /// Ids of towns named in the text: a block of their own, above the sites'.
    static let unlistedTownIDBase = 990_000_000
    static let unlistedTownIDRange: UInt64 = 9_000_000

    /// The unlisted towns a whole text names (tokens of `recognize(_:document:sentences:)`), given the places found in
    /// it: their names as the text spells them, keyed by their words lowercased ("st ambrose"), with the other spelling
    /// of "St."/"Saint" too.
    func unlistedTowns(_ tokens: [Word], _ text: ScalarText, places: [PlaceMention], contextCountries: Set<String>,
                       homeCountry: String?) -> [String: [Place]] {
        var runs: [(first: Int, last: Int)] = []
        // (a capitalised run of one to three words from `s`, joined by single spaces, that names no known place and
        // is no day or month)
        func run(from s: Int) -> Int? {
            guard s < tokens.count, tokens[s].capitalised else { return nil }
            var e = s
            while e + 1 < tokens.count, e - s < 2, tokens[e + 1].capitalised, Self.adjacentBySpace(tokens[e], tokens[e + 1], text) { e += 1 }
            // (a longer name goes on past three words: no town)
            if e + 1 < tokens.count, tokens[e + 1].capitalised, Self.adjacentBySpace(tokens[e], tokens[e + 1], text) { return nil }
            let range = TextRange(tokens[s].start, tokens[e].end)
            // (a known place that is the whole name, or opens it, is that place; one inside it is a word of its
            // name: "Tamarack ⟦Springs⟧" is no town of South Africa)
            if places.contains(where: { $0.range.overlaps(range) && $0.range.start <= range.start }) { return nil }
            if tokens[s...e].contains(where: { PredicateRules.calendarNames.contains($0.lower) || Self.notTownWords.contains($0.lower) }) { return nil }
            return e
        }
        // "⟦Barangay⟧ Tabangaw", "⟦Kibbutz⟧ Be'eri": a village named with its country's word for one, as a title
        for j in tokens.indices where tokens[j].capitalised && Self.settlementTitles.contains(tokens[j].lower) {
            if j + 1 < tokens.count, Self.adjacentBySpace(tokens[j], tokens[j + 1], text), let e = run(from: j + 1) { runs.append((j + 1, e)) }
        }
        // (a name alone, not a person's after a title, nor a site's or an acronym: "near ⟦Mugling⟧", not "near Lincoln
        // Center", "near HMP Kirkhill")
        func placeName(from s: Int) -> Int? {
            guard let e = run(from: s), !Self.titles.contains(tokens[s].lower),
                  !tokens[s...e].contains(where: { Self.isAllCaps($0, text) || Self.siteWords.contains($0.lower) || Self.landmarkNouns.contains($0.lower) }),
                  !(e + 1 < tokens.count && Self.adjacent(tokens[e], tokens[e + 1], text)
                    && (Self.siteWords.contains(tokens[e + 1].lower) || Self.landmarkNouns.contains(tokens[e + 1].lower))) else { return nil }
            return e
        }
        for j in tokens.indices where !tokens[j].capitalised {
            let w = tokens[j].lower
            if Self.settlementWords.contains(w) || Self.dwellerWords.contains(w) || Self.pluralSettlementWords.contains(w) {
                // "the (mountain) town of ⟦X⟧", "residents of ⟦X⟧"
                if j + 2 < tokens.count, tokens[j + 1].lower == "of", Self.adjacentBySpace(tokens[j], tokens[j + 1], text),
                   Self.adjacentBySpace(tokens[j + 1], tokens[j + 2], text), let e = run(from: j + 2) {
                    runs.append((j + 2, e))
                    // "the districts of ⟦X⟧ and ⟦Y⟧", "the villages of X, Y and Z"
                    if Self.pluralSettlementWords.contains(w) {
                        var last = e
                        while last + 1 < tokens.count {
                            let k = last + 1
                            let comma = text.scalars[tokens[last].end..<tokens[k].start].first == ","
                            let and = tokens[k].lower == "and"
                            guard and || comma, let f = run(from: and ? k + 1 : k) else { break }
                            runs.append((and ? k + 1 : k, f))
                            if and { break }
                            last = f
                        }
                    }
                }
            }
            // "near ⟦X⟧": a name a happening is placed near is a place ("ran aground near ⟦Hansweert⟧").
            if w == "near", j + 1 < tokens.count, Self.adjacentBySpace(tokens[j], tokens[j + 1], text), let e = placeName(from: j + 1) {
                runs.append((j + 1, e))
            }
            // "the capital, ⟦X⟧": the name a capital is given.
            if w == "capital", j >= 1, j + 1 < tokens.count, ["the", "its"].contains(tokens[j - 1].lower) || tokens[j - 1].lower.hasSuffix("'s"),
               text.scalars[tokens[j].end..<tokens[j + 1].start].elementsEqual([",", " "]), let e = placeName(from: j + 1) {
                runs.append((j + 1, e))
            }
            // "the ⟦X⟧ district": a name before the word of an administrative area it names.
            if Self.areaWords.contains(w), j >= 2, tokens[j - 2].lower == "the", Self.adjacentBySpace(tokens[j - 1], tokens[j], text),
               let e = placeName(from: j - 1), e == j - 1 {
                runs.append((j - 1, e))
            }
            if Self.dwellerWords.contains(w), j >= 2 {
                // "⟦Tamarack Springs⟧ residents" (two words or three)
                var s = j - 1
                guard tokens[s].capitalised, Self.adjacentBySpace(tokens[s], tokens[j], text) else { continue }
                while s > 0, j - s < 3, tokens[s - 1].capitalised, Self.adjacentBySpace(tokens[s - 1], tokens[s], text) { s -= 1 }
                if s < j - 1, let e = run(from: s), e == j - 1 { runs.append((s, e)) }
            }
        }
        guard !runs.isEmpty else { return [:] }
        // The country: the dateline's, else the one the article is about, else the one its places name most; the
        // region: the first-level region of that country the article names most (itself or by its towns).
        var countryVotes: [String: Int] = [:]
        for p in places { countryVotes[p.place.country, default: 0] += 1 }
        let country = homeCountry ?? (contextCountries.count == 1 ? contextCountries.first : nil)
            ?? Self.majority(countryVotes)
        guard let country else { return [:] }
        var regionVotes: [String: Int] = [:]
        for p in places where p.place.country == country {
            if p.place.kind == .region { regionVotes[String(p.place.id), default: 0] += 1 }
            else if let r = p.place.region { regionVotes[String(r), default: 0] += 1 }
        }
        let region = Self.majority(regionVotes).flatMap { Int($0) }
        var out: [String: [Place]] = [:]
        for (s, e) in runs {
            let words = tokens[s...e].map(\.lower)
            let key = words.joined(separator: " ")
            guard out[key] == nil else { continue }
            // (a listed town of the country spelled with one letter more is that town: "the village of ⟦Chaccabamba⟧" is
            // Chacabamba, Peru)
            let folded = Gazetteer.fold(key)
            let listed = folded.indices.lazy.compactMap { i -> Place? in
                var v = folded
                v.remove(at: i)
                return self.gazetteer.placesFolded(v).first { $0.kind == .city && $0.country == country }
            }.first
            if let listed {
                out[key] = [listed]
                continue
            }
            let canonical = (words.first == "st" ? ["saint"] + words.dropFirst() : words).joined(separator: " ")
            var hash = StableHash()
            hash.add(Gazetteer.fold(canonical))
            hash.add(country)
            let town = Place(id: Self.unlistedTownIDBase + Int(hash.value % Self.unlistedTownIDRange),
                             name: text[TextRange(tokens[s].start, tokens[e].end)], country: country, kind: .city, region: region)
            out[key] = [town] + containingTowns(of: words, tokens, text, places: places, country: country)
            if words.first == "st" { out[canonical] = out[key] }
            if words.first == "saint" { out[(["st"] + words.dropFirst()).joined(separator: " ")] = out[key] }
        }
        return out
    }

    /// The listed towns the text puts an unlisted one in: "the landslide that struck ⟦Tabangaw in Itogon⟧, Benguet",
    /// "⟦Tabangaw, Itogon⟧": what happens in the village happens in its town, which a map and a filter know.
    func containingTowns(of words: [String], _ tokens: [Word], _ text: ScalarText, places: [PlaceMention], country: String) -> [Place] {
        var found: [Place] = []
        for j in tokens.indices where tokens[j].lower == words[0] && j + words.count + 1 < tokens.count {
            let e = j + words.count - 1
            guard tokens[j...e].map(\.lower) == words, !(e + 1 < tokens.count && tokens[e + 1].capitalised
                && Self.adjacentBySpace(tokens[e], tokens[e + 1], text)) else { continue }
            let gap = text.scalars[tokens[e].end..<tokens[e + 1].start]
            let next: Int
            if tokens[e + 1].lower == "in", Self.adjacentBySpace(tokens[e], tokens[e + 1], text) { next = e + 2 }
            else if gap.first == ",", gap.dropFirst().allSatisfy({ $0 == " " }), gap.count == 2 { next = e + 1 }
            else { continue }
            if let p = places.first(where: { $0.range.start == tokens[next].start }), p.place.kind == .city, p.place.country == country,
               !found.contains(where: { $0.id == p.place.id }) {
                found.append(p.place)
            }
        }
        return found
    }

    /// The key with the most votes, when no other has as many.
    static func majority(_ votes: [String: Int]) -> String? {
        guard let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        return votes.values.filter { $0 == best.value }.count == 1 ? best.key : nil
    }
}
