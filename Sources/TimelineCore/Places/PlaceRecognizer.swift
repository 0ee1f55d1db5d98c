/// A capital named for its government, as the subject of what it says or wants: "Kyiv claimed", "Moscow is demanding".
public struct GovernmentActor: Hashable, Sendable {
    public var range: TextRange
    /// The capital city.
    public var place: Place
    /// The name as written: "Kiev".
    public var name: String

    public init(range: TextRange, place: Place, name: String) {
        self.range = range
        self.place = place
        self.name = name
    }
}

/// The places of a stretch of text: locations, capitals acting as governments, and country adjectives.
public struct PlaceRecognition: Hashable, Sendable {
    public var places: [PlaceMention]
    public var governmentActors: [GovernmentActor]
    /// "Turkish presidential office", "Ukrainian forces": mentions of the country.
    public var adjectives: [PlaceMention]
    /// The towns of the sites named with one, by the site's short name ("st clare" → Duluth, from "St. Clare Medical
    /// Center in Duluth"): a later "St. Clare" alone is there too.
    public var siteTowns: [String: [Place]] = [:]

    public init(places: [PlaceMention] = [], governmentActors: [GovernmentActor] = [], adjectives: [PlaceMention] = []) {
        self.places = places
        self.governmentActors = governmentActors
        self.adjectives = adjectives
    }
}

/// Finds place names in text with the gazetteer: capitalised (multi-word) names, their spatial qualifiers,
/// capitals used as government actors, and country adjectives.
public struct PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer
    /// The countries of every place the article names (its cities too): a town there needs no country after it
    /// ("taken to ⟦Cloquet⟧" in an article that names Duluth).
    public var articleCountries: Set<String> = []
    /// The cities the article places something in ("the mining town of ⟦Itogon⟧"): each is that city wherever the
    /// article names it ("⟦Itogon⟧ buried 14 of its dead"), as a name keeps one sense through an article.
    public var articleCities: Set<Int> = []

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// A word as the recognizer reads it: a token of the shared tokenizer with a letter or a digit (punctuation is
    /// read from the text between words), lowercased without an abbreviation's final period ("Mr." → "mr").
    struct Word {
        var start: Int
        var end: Int
        var lower: String
        var capitalised: Bool
        /// The index of the token (and of its parsed word) in the sentence.
        var token: Int
    }

    struct Match {
        var first: Int
        var last: Int
        var key: String
        var adjective: Bool
    }

    /// The places of one analysed sentence (its tokens and, when there is one, its parse).
    /// `homeCountry`: the country of the article's dateline, where a named site no place follows is placed ("rescued
    /// from the Tham Luang cave" under "CHIANG RAI, Thailand —", though British divers are in the story too).
    /// `siteTowns`: the towns of the sites the article names with one (`PlaceRecognition.siteTowns` of the whole).
    public func recognize(_ text: ScalarText, sentence: Sentence, contextCountries: Set<String> = [], homeCountry: String? = nil,
                          siteTowns: [String: [Place]] = [:]) -> PlaceRecognition {
        let tokens = sentence.tokens.isEmpty ? Tokenizer.tokenize(text, in: sentence.range) : sentence.tokens
        return recognize(text, tokens: tokens, parse: sentence.parse, contextCountries: contextCountries, homeCountry: homeCountry,
                         siteTowns: siteTowns)
    }

    /// The places of a whole document: its dateline and the sentences of its body, read from their tokens (the
    /// countries an article is about are taken from these).
    public func recognize(_ text: ScalarText, document: Document, sentences: [Sentence], contextCountries: Set<String> = []) -> PlaceRecognition {
        var tokens = document.dateline.map { Tokenizer.tokenize(text, in: $0.range) } ?? []
        for s in sentences where document.body.contains(s.range) {
            tokens += s.tokens.isEmpty ? Tokenizer.tokenize(text, in: s.range) : s.tokens
        }
        var result = recognize(text, tokens: tokens, parse: nil, contextCountries: contextCountries)
        // (and the towns the gazetteer does not list, named as towns: `UnlistedTowns.swift`; its headline's too, "Tamarack
        // Springs residents head home")
        let headline = document.headline.map { Tokenizer.tokenize(text, in: $0) } ?? []
        let towns = unlistedTowns(Self.words(headline) + Self.words(tokens), text, places: result.places, contextCountries: contextCountries, homeCountry: nil)
        for (key, town) in towns where result.siteTowns[key] == nil { result.siteTowns[key] = town }
        return result
    }

    public func recognize(_ text: ScalarText, in range: TextRange, contextCountries: Set<String> = []) -> PlaceRecognition {
        recognize(text, tokens: Tokenizer.tokenize(text, in: range), parse: nil, contextCountries: contextCountries)
    }

    /// The places of a run of tokens of the shared tokenizer (one sentence, or the sentences of a whole body), with
    /// their parse when there is one (aligned with `tokens`).
    func recognize(_ text: ScalarText, tokens all: [Token], parse: ParsedSentence?, contextCountries: Set<String>,
                   homeCountry: String? = nil, siteTowns: [String: [Place]] = [:]) -> PlaceRecognition {
        let tokens = Self.words(all)
        var matches: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = match(at: i, tokens, text) {
                matches.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        // Countries and regions named elsewhere in the text are context for each name ("Moscow, Idaho").
        var contributions: [String?] = []
        // (and the countries of the cities named, each name's own left out: `leadingNameCity`)
        var cityCountries: [String?] = []
        for m in matches {
            var c: String?, city: String?
            if !m.adjective, let p = gazetteer.resolveFolded(m.key, contextCountries: contextCountries) {
                if p.kind == .country || p.kind == .region { c = p.country }
                if p.kind == .city, !gazetteer.isTown(p) { city = p.country }
            }
            contributions.append(c)
            cityCountries.append(city)
        }
        var cities: [String: Set<String>] = [:]
        for (c, m) in zip(cityCountries, matches) { if let c { cities[c, default: []].insert(m.key) } }
        // Each name's context is every other name's country: all of them, less its own when no other name gives it
        // (counted once, not one pass over the others per name, which took minutes for a list of thousands).
        var given: [String: Int] = [:]
        for c in contributions { if let c { given[c, default: 0] += 1 } }
        let everyContext = contextCountries.union(given.keys)
        var result = PlaceRecognition()
        let fullNames = Set(matches.lazy.filter { $0.first != $0.last }.map(\.key))
        for (mi, m) in matches.enumerated() {
            var context = everyContext
            if let own = contributions[mi], given[own] == 1, !contextCountries.contains(own) { context.remove(own) }
            let r = TextRange(tokens[m.first].start, tokens[m.last].end)
            if m.adjective {
                if let c = adjectiveCountry(m.key) {
                    result.adjectives.append(PlaceMention(place: c, range: r, qualifier: .inside))
                }
                continue
            }
            guard var (place, primary) = resolveSaintly(m.key, contextCountries: context) else { continue }
            // "Newcastle" in an article about England is Newcastle upon Tyne, not the Australian city whose own name it
            // is: a city of the article's countries whose full name opens with the name is meant by it, when the place
            // of that own name lies outside them ("Newcastle-upon-Tyne … magistrates in ⟦Newcastle⟧").
            // (or of the article's other cities, "Glasgow", when none of them is in the own name's country; or that the
            // text names in full: "Newcastle-upon-Tyne" in the same article)
            if primary, !context.contains(place.country), !articleCountries.contains(place.country) {
                let others = Set(cities.filter { $0.value.contains(where: { $0 != m.key }) }.keys).union(articleCountries)
                if !others.contains(place.country),
                   let full = leadingNameCity(m.key, countries: context.union(others), orNamed: fullNames) { place = full }
            } else if primary, !context.contains(place.country), let full = leadingNameCity(m.key, countries: [], orNamed: fullNames) {
                place = full
            }
            // A nationality known as another language's name of a town ("the ⟦Thai⟧ cave", where "thai" is a name of
            // Alor Setar) is the nationality.
            if !primary, m.first == m.last, let c = adjectiveCountry(m.key) {
                result.adjectives.append(PlaceMention(place: c, range: r, qualifier: .inside))
                continue
            }
            // A compass word opening the name makes another place than the name alone: "⟦East⟧ Palestine, Ohio" is
            // no part of Palestine, "⟦West⟧ Newton" no Newton (a known whole, "North Korea", "East Timor", matched first).
            if m.first > 0, Self.compassWords.contains(tokens[m.first - 1].lower), tokens[m.first - 1].capitalised,
               Self.adjacent(tokens[m.first - 1], tokens[m.first], text) { continue }
            // A name hyphenated to a capitalised word that names no place is the end or the start of a longer name:
            // "Castle-⟦Douglas⟧" is no Douglas, "Winston-⟦Salem⟧" no Salem ("a ⟦London⟧-⟦Paris⟧ flight" keeps both).
            if isHyphenatedIntoAName(first: m.first, last: m.last, tokens, text) { continue }
            // "Norfolk, Virginia": a name after a city and a comma is its region or country when it can be.
            if let prev = result.places.last, prev.place.kind == .city, place.country != prev.place.country,
               text.scalars[prev.range.end..<r.start].elementsEqual([",", " "]),
               let region = gazetteer.placesFolded(m.key).first(where: { ($0.kind == .region || $0.kind == .country)
                   && $0.country == prev.place.country }) {
                (place, primary) = (region, true)
            }
            // A town (under 15,000) is one only where the text places something there: "caught ⟦near Castle Douglas⟧",
            // "a petrol station ⟦in Lockerbie⟧", "Lockerbie, Scotland"; "Forsyth was spotted" names a man.
            // (and one outside the article's countries only with its region or country after it: "talks at ⟦Acas⟧" in
            // a British story names no town of Mexico)
            if gazetteer.isTown(place), !isTownPlaced(first: m.first, last: m.last, tokens, text, parse: parse)
                || !context.contains(place.country) && !articleCountries.contains(place.country)
                    && !isPlacedByItsRegion(last: m.last, tokens, text) { continue }
            // A one-word name known only as another language's name of a small town ("Hamas") is not trusted.
            if !primary && m.first == m.last && place.population < Self.minPopulationForAlternate { continue }
            // Nor does one open the name of a landmark: "at Al ⟦Salam⟧ Palace" (where "salam" is a name of Şaḩam, Oman) is
            // a palace, named in the language of its own country; a town's landmark goes by the town's own name ("the
            // Baltimore Key Bridge").
            if !primary && m.first == m.last && Self.opensNamedLandmark(last: m.last, tokens, text) { continue }
            // A name of several words is a place only under its own name: "White House" is no spelling of Casablanca.
            // (Or as its own name and "City", where the gazetteer gives that as another spelling: "⟦Pasay City⟧",
            // "Davao City".)
            if !primary && m.first != m.last && !isCityOfItsOwnName(m.key, place, context: context) { continue }
            if place.kind == .city, gazetteer.capitalCountry(of: place) != nil,
               Self.isGovernmentSubject(first: m.first, last: m.last, tokens, text) {
                result.governmentActors.append(GovernmentActor(range: r, place: place, name: text[r]))
                continue
            }
            // "⟦Ludlow⟧ Street", "Oxford Street", "London Road": a street named like a town is named for where it leads or
            // for whom, and lies elsewhere (`PlaceSyntax.swift`).
            if place.kind == .city, Self.opensStreetName(last: m.last, tokens, text) { continue }
            // "Norfolk Southern", "Orlando Bloom": the first part of another proper name (`PlaceSyntax.swift`).
            if place.kind == .city, isPartOfLongerName(first: m.first, last: m.last, tokens, parse, text)
                || closesANameOpeningTheSentence(first: m.first, tokens, parse, text) { continue }
            // "Kingston said it would appeal": a town that is not a capital, speaking, is no place.
            if place.kind == .city, gazetteer.capitalCountry(of: place) == nil,
               isSpeaker(first: m.first, last: m.last, tokens, parse, text) { continue }
            // A ship, company or person named like a town ("the Dali", "Dali, the ship") is that town only where the
            // text places something there, or the article is about the town's country.
            // (A city the article places something in elsewhere is that city here too: "the mining town of Itogon" …
            // "Itogon buried 14 of its dead".)
            if place.kind == .city, place.population < Self.minPopulationWithoutContext,
               Self.isNamedThing(first: m.first, last: m.last, tokens) || !context.contains(place.country) && !articleCities.contains(place.id),
               !isPlaced(first: m.first, last: m.last, tokens, text), !Self.opensNamedLandmark(last: m.last, tokens, text),
               !Self.isMovementObject(first: m.first, last: m.last, tokens, parse) { continue }
            result.places.append(PlaceMention(place: place, range: r, qualifier: Self.qualifier(before: m.first, tokens, text)))
        }
        // "tabled the motion ⟦in parliament⟧": a country's parliament sits in its capital, and the article's one country
        // (its dateline's, else the only one it names) says whose ("in Parliament Square", "in the parliament of
        // Georgia" name their own places).
        if tokens.contains(where: { $0.lower == "parliament" }),
           let country = homeCountry ?? (contextCountries.count == 1 ? contextCountries.first : nil),
           let capital = gazetteer.capital(ofCountry: country) {
            for k in tokens.indices where tokens[k].lower == "parliament" && k >= 1
                && (tokens[k - 1].lower == "in" || tokens[k - 1].lower == "the" && k >= 2 && tokens[k - 2].lower == "in") {
                if k + 1 < tokens.count, tokens[k + 1].capitalised && Self.adjacent(tokens[k], tokens[k + 1], text)
                    || ["of", "in"].contains(tokens[k + 1].lower) { continue }
                result.places.append(PlaceMention(place: capital, range: TextRange(tokens[k].start, tokens[k].end), qualifier: .inside))
                result.places.sort { $0.range.start < $1.range.start }
            }
        }
        // Venues and works named in the text and placed in a known place: "at Moscone Center in San Francisco".
        var named = sites(tokens, text, places: result.places, contextCountries: contextCountries, homeCountry: homeCountry,
                          towns: &result.siteTowns)
        named += sitesByShortName(tokens, text, places: result.places + named, siteTowns: siteTowns)
        if !named.isEmpty {
            result.places += named
            result.places.sort { $0.range.start < $1.range.start }
        }
        return result
    }

    // MARK: - Matching

    /// Compass words that open names of their own ("East Palestine", "North Kivu").
    static let compassWords: Set<String> = ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"]

    static let minPopulationForAlternate = 100_000
    /// A city this large is trusted wherever the article names it; a smaller one outside the article's countries
    /// needs the text to place something there ("in Dali", "Dali, China").
    static let minPopulationWithoutContext = 1_000_000

    /// Words that place something at the name after them: "in Colombo", "from Norfolk", "near Mae Sai".
    static let locatives: Set<String> = ["in", "at", "near", "from", "to", "outside", "around", "into", "toward", "towards",
                                         "via", "inside", "across", "through", "off", "between", "beneath", "below",
                                         "throughout"]

    /// The text places something at the name: a locative before it ("in Dali", "near the town of Dali"), a country or
    /// region after a comma ("Dali, China", "Norfolk, Virginia"), or a place word after it ("Chiang Rai province").
    func isPlaced(first: Int, last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        // ("in ⟦the South Valley⟧": the article of a landform's name is read with it)
        if first > 0, tokens[first - 1].lower == "the", Self.isLandform(first: first, last: last, tokens) {
            return isPlaced(first: first - 1, last: last, tokens, text)
        }
        // "east of Dali", "on the outskirts of Dali"
        if Self.qualifier(before: first, tokens, text) != .inside { return true }
        // "at ⟦a Moncton hotel⟧": a city's name as a town's is (`isTownPlaced`)
        if isPlacedAsAModifier(first: first, last: last, tokens, text) { return true }
        // The locative may open a list: "in Colombo, Galle and Kandy".
        var k = first - 1
        while k >= 0, first - k <= 8, tokens[k].capitalised || tokens[k].lower == "and" || tokens[k].lower == "or" { k -= 1 }
        if k >= 0 {
            let p = tokens[k].lower
            if Self.locatives.contains(p) { return true }
            // A destination: "bound for Colombo", "left for Norfolk".
            if p == "for", k >= 1, Self.departures.contains(tokens[k - 1].lower) { return true }
            // "in the city of Dali", "near the port of Colombo"
            // ("filled the main ⟦square⟧ of Huanta", "in the ⟦centre⟧ of Huanta": a part of a town is in it)
            if p == "of", k >= 1, Self.placeNouns.contains(tokens[k - 1].lower) || Self.townParts.contains(tokens[k - 1].lower) { return true }
        }
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        if Self.placeNouns.contains(next.lower), Self.adjacent(tokens[last], next, text) { return true }
        return isPlacedByItsRegion(last: last, tokens, text)
    }

    /// "Dali, China": a country or first-level region after a comma.
    func isPlacedByItsRegion(last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        let gap = text.scalars[tokens[last].end..<next.start]
        guard next.capitalised, gap.first == ",", gap.dropFirst().allSatisfy({ $0 == " " }) else { return false }
        var key = next.lower
        var j = last + 1
        for n in 1...3 {
            if n > 1 {
                j += 1
                guard j < tokens.count, tokens[j].capitalised, Self.adjacent(tokens[j - 1], tokens[j], text) else { break }
                key += " " + tokens[j].lower
            }
            if let p = gazetteer.resolveFolded(Gazetteer.fold(key), contextCountries: []), p.kind == .country || p.kind == .region {
                return true
            }
        }
        return false
    }

    /// The text places something at a town's name, which stands alone: a locative right before it or before the list it
    /// is in ("near ⟦Castle Douglas⟧", "hospitals in Hibbing and ⟦Cloquet⟧", "off the town of ⟦Tingloy⟧"), or a country
    /// or region after a comma ("⟦Lockerbie⟧, Scotland"). Not a word of a longer name ("at Northern ⟦Rail⟧", "the Marsh
    /// ⟦Street⟧ Bridge", "Toronto's ⟦Pearson⟧ airport"), a nationality ("in the ⟦Canadian⟧ province") or an all-capital
    /// acronym ("talks at ⟦ACAS⟧").
    func isTownPlaced(first: Int, last: Int, _ tokens: [Word], _ text: ScalarText, parse: ParsedSentence?) -> Bool {
        if adjectiveCountry(Gazetteer.fold(tokens[first...last].map(\.lower).joined(separator: " "))) != nil { return false }
        // ("caught in ⟦English⟧ city": an adjective)
        if let parse, first == last, parse.words.indices.contains(tokens[first].token), parse.words[tokens[first].token].upos == "ADJ" {
            return false
        }
        if first == last, Self.isAllCaps(tokens[first], text) { return false }
        if first > 0, tokens[first - 1].capitalised, Self.adjacent(tokens[first - 1], tokens[first], text) { return false }
        if isPlacedAsAModifier(first: first, last: last, tokens, text) { return true }
        if last + 1 < tokens.count, Self.adjacent(tokens[last], tokens[last + 1], text),
           tokens[last + 1].capitalised || Self.landmarkNouns.contains(tokens[last + 1].lower) || Self.siteWords.contains(tokens[last + 1].lower) {
            return false
        }
        if first > 0, tokens[first - 1].lower == "'s" || tokens[first - 1].lower == "the" { return false }
        return isPlaced(first: first, last: last, tokens, text)
    }

    /// ("agreed at ⟦a Moncton hotel⟧", "seen at ⟦a Lockerbie petrol station⟧": a town's name between "a" and a common
    /// noun, after a locative, tells where the thing is; "the Lockerbie bombing" names a happening, "a Paris-based
    /// firm" is no place)
    func isPlacedAsAModifier(first: Int, last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        first >= 2 && ["a", "an"].contains(tokens[first - 1].lower) && Self.locatives.contains(tokens[first - 2].lower)
            && last + 1 < tokens.count && !tokens[last + 1].capitalised && Self.adjacentBySpace(tokens[last], tokens[last + 1], text)
            && tokens[last + 1].lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
    }

    /// Words before "for" that make the name after it a destination.
    static let departures: Set<String> = ["bound", "headed", "heading", "left", "leaving", "leaves", "sailed", "sailing",
                                          "departed", "departing", "set", "flew", "flying", "steaming"]

    /// Nouns after which "of <name>", or before which "<name>", is a place: "the port of Colombo", "Chiang Rai province".
    static let placeNouns: Set<String> = ["city", "town", "village", "port", "province", "region", "district", "county",
                                          "state", "area", "oblast", "prefecture", "municipality", "harbour", "harbor",
                                          "suburb", "suburbs", "outskirts", "capital"]

    /// Nouns of a part of a town, after which "of <name>" is that town (not before it: "Lincoln ⟦Center⟧" is a venue).
    static let townParts: Set<String> = ["square", "centre", "center", "streets", "heart", "edge", "downtown", "market"]

    /// A name used for a thing rather than a place: after "the" ("the Dali", "The Dali, a cargo ship,"); a place
    /// that takes the article has it in its name ("The Hague") and is matched whole.
    static func isNamedThing(first: Int, last: Int, _ tokens: [Word]) -> Bool {
        first > 0 && tokens[first - 1].lower == "the" && !isLandform(first: first, last: last, tokens)
    }

    /// A name of several words closed by a word for a stretch of land goes with "the" as a place does: "the ⟦South
    /// Valley⟧", "the Gaza Strip", "the Golan Heights" are no ship or firm named like a town.
    static func isLandform(first: Int, last: Int, _ tokens: [Word]) -> Bool {
        last > first && landforms.contains(tokens[last].lower)
    }

    static let landforms: Set<String> = ["valley", "strip", "heights", "hills", "delta", "coast", "plains", "highlands",
                                         "lowlands", "peninsula", "glades", "downs", "fens", "dales", "wolds"]

    /// The place a folded name resolves to, where "St" and "Saint" opening a name are one word: "St. Paul" is Saint
    /// Paul, Minnesota, and "Saint Louis" St. Louis, as well as any town whose own name is spelled so. The spelling
    /// under which a place has its own name wins over one where only an alternate name matched; between two places
    /// with their own names, the one in the article's countries, else the larger.
    /// A folded name opening with "st" spelled with "saint", and the other way round; nil for any other name.
    static func otherSaintly(_ key: String) -> String? {
        key.hasPrefix("st ") ? "saint " + key.dropFirst(3) : key.hasPrefix("saint ") ? "st " + key.dropFirst(6) : nil
    }

    /// Whether `key` is a town's own name followed by "city" ("pasay city"), that name being the town's primary one.
    func isCityOfItsOwnName(_ key: String, _ place: Place, context: Set<String>) -> Bool {
        guard key.hasSuffix(" city"), let own = gazetteer.resolveCandidate(String(key.dropLast(5)), contextCountries: context) else { return false }
        return own.primary && own.place.id == place.id
    }

    func resolveSaintly(_ key: String, contextCountries context: Set<String>) -> (place: Place, primary: Bool)? {
        let found = gazetteer.resolveCandidate(key, contextCountries: context)
        guard let other = Self.otherSaintly(key) else { return found }
        // (the places whose own name is either spelling)
        let own = (gazetteer.placesFolded(key) + gazetteer.placesFolded(String(other)))
            .filter { p in let n = Gazetteer.fold(p.name); return n == key || n == other }
        guard let best = own.max(by: { a, b in
            let (ca, cb) = (context.contains(a.country), context.contains(b.country))
            return ca != cb ? !ca : a.population < b.population
        }) else { return found }
        return (best, true)
    }

    /// The city whose own name opens with `key` and goes on ("newcastle" → Newcastle upon Tyne), among the places the
    /// gazetteer knows `key` for, in one of `countries` or named in full (`named`, folded); the largest.
    func leadingNameCity(_ key: String, countries: Set<String>, orNamed named: Set<String>) -> Place? {
        guard !countries.isEmpty || !named.isEmpty else { return nil }
        return gazetteer.placesFolded(key).filter { p in
            guard p.kind == .city, !gazetteer.isTown(p) else { return false }
            let name = Gazetteer.fold(p.name)
            return name.hasPrefix(key + " ") && (countries.contains(p.country) || named.contains(name))
        }.max { $0.population < $1.population }
    }

    func adjectiveCountry(_ key: String) -> Place? {
        if let c = gazetteer.countryForAdjective(key) { return c }
        if key.hasSuffix("s"), let c = gazetteer.countryForAdjective(String(key.dropLast())) { return c }
        return nil
    }

    func match(at i: Int, _ tokens: [Word], _ text: ScalarText) -> Match? {
        let t = tokens[i]
        let startsWithThe = t.lower == "the" && i + 1 < tokens.count && tokens[i + 1].capitalised
        guard t.capitalised || startsWithThe else { return nil }
        if i > 0, Self.titles.contains(tokens[i - 1].lower), Self.adjacent(tokens[i - 1], t, text) { return nil }
        let maxN = min(gazetteer.maxWords, tokens.count - i)
        var n = maxN
        while n >= 1 {
            defer { n -= 1 }
            let last = i + n - 1
            guard tokens[last].capitalised else { continue }
            var ok = true
            var key = t.lower
            var j = i + 1
            while j <= last {
                if !Self.adjacent(tokens[j - 1], tokens[j], text)
                    || (!tokens[j].capitalised && !Self.connectors.contains(tokens[j].lower)) { ok = false; break }
                key += " " + tokens[j].lower
                j += 1
            }
            guard ok else { continue }
            key = Gazetteer.fold(key)
            if n == 1 {
                // Short all-capital words name only countries: "US", "UK", "UAE".
                if Self.isAllCaps(tokens[i], text) && key.unicodeScalars.count <= 3 {
                    if gazetteer.resolveFolded(key, contextCountries: [])?.kind == .country {
                        return Match(first: i, last: i, key: key, adjective: false)
                    }
                    continue
                }
                if Self.stopWords.contains(key) { continue }
                if key.unicodeScalars.count < 3 { continue }
                if isPartOfPersonName(i, tokens, text) { continue }
            }
            // A capitalised name followed by a person-like capitalised word ("Paris Hilton") is left alone
            // only when the pair is not a place itself; the longest match wins anyway.
            // (or its other spelling of "Saint": "St. Martinville" is the gazetteer's "Saint Martinville", `resolveSaintly`)
            if gazetteer.hasName(folded: key, towns: true) || n >= 2 && Self.otherSaintly(key).map({ gazetteer.hasName(folded: $0, towns: true) }) == true {
                return Match(first: i, last: last, key: key, adjective: false)
            }
            if n <= gazetteer.maxAdjectiveWords, t.capitalised, adjectiveCountry(key) != nil {
                return Match(first: i, last: last, key: key, adjective: true)
            }
        }
        return nil
    }

    /// A one-word name between capitalised words that are not themselves names of places ("Vladimir Putin",
    /// "Dominic Raab") is taken for part of a person's name. Role words ("Kyiv Mayor") and sentence-initial words
    /// ("Visiting Kyiv") do not count.
    func isPartOfPersonName(_ i: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        func nameLike(_ k: Int) -> Bool {
            let t = tokens[k]
            guard t.capitalised, !Self.stopWords.contains(t.lower), !Self.roleWords.contains(t.lower),
                  !Self.titles.contains(t.lower) else { return false }
            if hasName(t.lower) || adjectiveCountry(Gazetteer.fold(t.lower)) != nil { return false }
            return true
        }
        func spaced(_ a: Int, _ b: Int) -> Bool {
            tokens[b].start - tokens[a].end == 1 && text.scalars[tokens[a].end] == " "
        }
        // "Baltimore Key Bridge": a name that ends in a place word is a landmark of the town, not a person.
        if Self.opensNamedLandmark(last: i, tokens, text) { return false }
        if i + 1 < tokens.count, spaced(i, i + 1), nameLike(i + 1) { return true }
        if i >= 2, spaced(i - 1, i), nameLike(i - 1) { return true }
        return false
    }

    func hasName(_ lower: String) -> Bool { gazetteer.hasName(folded: Gazetteer.fold(lower)) }

    static func isAllCaps(_ t: Word, _ text: ScalarText) -> Bool {
        t.end - t.start >= 2 && text.scalars[t.start..<t.end].allSatisfy { !$0.isLower }
    }

    /// Whether the name from `first` to `last` is joined by a hyphen alone to a capitalised word before or after it
    /// that is no name of a place: then it is a part of a longer name ("Castle-Douglas", "Stoke-on-Trent" is matched
    /// whole or not at all).
    func isHyphenatedIntoAName(first: Int, last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        func hyphenOnly(_ a: Word, _ b: Word) -> Bool {
            b.start - a.end == 1 && ["-", "\u{2010}", "\u{2011}"].contains(text.scalars[a.end])
        }
        if first > 0, tokens[first - 1].capitalised, hyphenOnly(tokens[first - 1], tokens[first]),
           !hasName(tokens[first - 1].lower) { return true }
        if last + 1 < tokens.count, tokens[last + 1].capitalised, hyphenOnly(tokens[last], tokens[last + 1]),
           !hasName(tokens[last + 1].lower) { return true }
        return false
    }

    /// Two tokens are one name when only a space, hyphen, apostrophe or period separates them.
    static func adjacent(_ a: Word, _ b: Word, _ text: ScalarText) -> Bool {
        let gap = b.start - a.end
        guard gap >= 1 && gap <= 2 else { return false }
        for k in a.end..<b.start {
            switch text.scalars[k] {
            case " ", "-", "'", "\u{2019}", ".", "\u{2010}", "\u{2011}": continue
            default: return false
            }
        }
        return true
    }

    static func words(_ tokens: [Token]) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(tokens.count)
        for (k, t) in tokens.enumerated() where t.flags.contains(.hasLetter) || t.flags.contains(.hasDigit) {
            var lower = t.lower
            if t.flags.contains(.abbreviation), lower.hasSuffix(".") { lower.removeLast() }
            out.append(Word(start: t.range.start, end: t.range.end, lower: lower, capitalised: t.isCapitalised, token: k))
        }
        return out
    }

    // MARK: - Qualifiers and government actors

    static func qualifier(before first: Int, _ tokens: [Word], _ text: ScalarText) -> PlaceMention.Qualifier {
        func w(_ k: Int) -> String { k >= 0 ? tokens[k].lower : "" }
        let p1 = w(first - 1)
        switch p1 {
        case "near", "outside", "nearby": return .near
        case "around", "surrounding": return .around
        case "to" where w(first - 2) == "close" || w(first - 2) == "next": return .near
        // "near the Pennsylvania border", "around the Kherson region": the qualifier before the article.
        case "the": return first >= 1 ? qualifier(before: first - 1, tokens, text) : .inside
        case "of":
            let p2 = w(first - 2)
            if ["outskirts", "vicinity", "suburbs", "outside", "environs"].contains(p2) { return .near }
            if let d = direction(p2, w(first - 3)) { return d }
            // "near the city of Kharkiv", "around the town of Bucha": the qualifier before "the city of".
            if ["city", "town", "village", "port", "region", "area"].contains(p2), w(first - 3) == "the" {
                let q = qualifier(before: first - 3, tokens, text)
                if q != .inside { return q }
            }
            if p2.hasSuffix("ern") || p2.hasSuffix("erly") { // "in the north-western part of": no qualifier
                return .inside
            }
            return .inside
        default: return .inside
        }
    }

    static func direction(_ word: String, _ before: String) -> PlaceMention.Qualifier? {
        switch word {
        case "northwest": return .northWest
        case "northeast": return .northEast
        case "southwest": return .southWest
        case "southeast": return .southEast
        case "north": return .north
        case "south": return .south
        case "east", "west":
            let isEast = word == "east"
            switch before {
            case "north": return isEast ? .northEast : .northWest
            case "south": return isEast ? .southEast : .southWest
            default: return isEast ? .east : .west
            }
        default: return nil
        }
    }

    static func isGovernmentSubject(first: Int, last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        // "Sources in Tehran told ...": a place after a preposition is a location, not the subject.
        if first > 0, prepositions.contains(tokens[first - 1].lower) { return false }
        var k = last + 1
        var skipped = 0
        while k < tokens.count {
            // The verb must follow in the same clause: no punctuation other than spaces in between.
            let gapOK = text.scalars[tokens[k - 1].end..<tokens[k].start].allSatisfy { $0 == " " }
            if !gapOK { return false }
            let w = tokens[k].lower
            if governmentVerbs.contains(w) { return true }
            if auxiliaries.contains(w), skipped < 3 { skipped += 1; k += 1; continue }
            return false
        }
        return false
    }

    static let prepositions: Set<String> = ["in", "at", "from", "to", "near", "outside", "around", "of", "into", "across",
                                            "through", "towards", "toward", "via", "over", "within", "inside", "between",
                                            "beneath", "below", "throughout"]

    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "should", "also", "now",
        "already", "previously", "reportedly", "again", "not", "did", "does", "do", "repeatedly", "has", "then", "still",
        "officially", "publicly", "swiftly", "quickly", "immediately", "firmly", "strongly", "been",
    ]

    static let governmentVerbs: Set<String> = {
        let stems = ["claim", "demand", "want", "warn", "reject", "accuse", "deny", "insist", "announce", "respond", "urge",
                     "call", "threaten", "refuse", "believe", "hope", "agree", "condemn", "blame", "argue", "state", "declare",
                     "propose", "offer", "ask", "dismiss", "vow", "pledge", "maintain", "allege", "expect", "confirm", "report",
                     "acknowledge", "admit", "signal", "retaliate", "protest", "complain", "welcome", "deny", "seek", "suggest",
                     "plan", "intend", "object", "oppose", "recognise", "recognize", "order", "summon", "consider", "demand"]
        var s: Set<String> = ["said", "says", "say", "saying", "told", "tells", "sees", "saw", "seeks", "sought", "denied",
                              "denies", "denying", "thinks", "thought", "wants", "insists", "fears", "feared"]
        for stem in stems {
            s.insert(stem)
            s.insert(stem + "s")
            if stem.hasSuffix("e") {
                s.insert(stem + "d"); s.insert(String(stem.dropLast()) + "ing")
            } else if stem.hasSuffix("y") {
                s.insert(String(stem.dropLast()) + "ied"); s.insert(stem + "ing"); s.insert(String(stem.dropLast()) + "ies")
            } else {
                s.insert(stem + "ed"); s.insert(stem + "ing")
                if stem.hasSuffix("l") { s.insert(stem + "led"); s.insert(stem + "ling") } // signalled
            }
        }
        return s
    }()

    // MARK: - Word lists

    /// Honorifics and titles before a person's name ("Mr Paris", "Dr. Florence").
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "prof", "professor",
                                      "rev", "father", "sister", "brother", "saint", "st", "captain", "general", "judge"]

    /// Capitalised words that may follow or precede a place name without making it a person's name.
    static let roleWords: Set<String> = ["mayor", "governor", "region", "oblast", "province", "city", "council", "airport",
        "police", "station", "university", "government", "authorities", "officials", "residents", "military", "metro",
        "court", "office", "offices", "administration", "district", "county", "state", "regional", "municipal", "port",
        "bureau", "correspondent", "times", "post", "independent", "declaration", "agreement", "accords", "talks",
        "summit", "round", "process", "format", "protocol", "communique", "memorandum", "stock", "exchange", "zoo"]

    /// Lower-case words that may sit inside a multi-word name: "Rostov-on-Don", "Bosnia and Herzegovina", "Port-au-Prince".
    static let connectors: Set<String> = ["of", "on", "upon", "de", "del", "la", "le", "am", "an", "der", "and", "the", "au", "aux", "du", "des",
                                          "sur", "en", "al", "el", "da", "do", "dos", "das", "di", "y", "im", "ob"]

    /// Single capitalised words that are (also) place names but far more often common English words, names or
    /// months: never recognised on their own.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "on", "in", "at", "to", "by", "as", "is", "it", "he", "she", "we", "us", "they", "this", "that",
        "and", "or", "but", "if", "so", "no", "not", "all", "any", "some", "most", "many", "more", "much", "one", "two",
        "new", "old", "best", "good", "great", "little", "long", "big", "young", "green", "white", "black", "red", "blue",
        "nice", "mobile", "split", "bath", "march", "may", "june", "july", "august", "april", "along", "police", "reading",
        "sale", "deal", "bury", "wells", "hull", "orange", "union", "liberty", "independence", "victory", "progress", "unity",
        "enterprise", "concord", "mission", "providence", "florence", "victoria", "charlotte", "aurora", "eugene", "austin",
        "jackson", "lincoln", "marion", "madison", "franklin", "clinton", "hamilton",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
        "university", "college", "centre", "center", "central", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "president", "minister", "prime", "government", "army", "forces", "ministry", "office",
        "state", "city", "capital", "republic", "kingdom", "federation", "union", "council", "court", "house", "parliament",
        "however", "after", "before", "during", "since", "while", "when", "where", "there", "here", "then", "also", "both",
        "each", "every", "such", "than", "what", "which", "who", "why", "how", "said", "says", "after", "over", "under",
        "about", "against", "between", "into", "through", "talks", "peace", "war", "trust", "hope", "faith", "grace",
        "chase", "page", "price", "rich", "mark", "bill", "john", "paul", "george", "james", "david", "daniel", "lake",
        "hill", "bay", "port", "mount", "valley", "beach", "springs", "park", "river", "island", "islands", "media", "cape",
        "post", "nato", "un", "eu", "kremlin", "early", "late", "last", "next", "first", "second", "third", "man", "van",
        "bar", "ban", "can", "gas", "oil", "lead", "mass", "sun", "star", "moon", "sole", "zone", "station", "ocean",
        "date", "time", "day", "week", "month", "year", "boa", "bang", "hit", "bad", "ras", "hat", "van", "rio", "san",
        "santa", "saint", "mary", "hamas", "hezbollah", "taliban", "reuters", "bella", "gold", "silver", "iron", "cross", "crown", "royal", "eagle", "lion",
    ]
}
