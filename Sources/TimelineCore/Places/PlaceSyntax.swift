/// What the parse (or, without one, the neighbouring words) says about a name the gazetteer knows: whether the
/// text places something there, or uses the name for a company, a team, a person or a speaker.
///
/// Examples (each a test in `PlaceSyntaxTests`):
/// - "The ship left Colombo on Monday": the object of a verb of movement is a place.
/// - "Norfolk Southern said", "the Norfolk Southern train", "Orlando Bloom arrived": a name joined to another proper
///   noun that is no place word is part of that longer name, not the town; "Los Angeles Times", "Kyiv Mayor",
///   "Baltimore Key Bridge" keep the town.
/// - "Kingston said it would appeal": a town (not a capital) speaking is a person, company or council, not a place.
/// - "offices on Ludlow Street", "shops on Oxford Street": a street named like a town is not in that town.
extension PlaceRecognizer {
    /// Verbs whose object is where something happens: "left Colombo", "reached Mae Sai", "the storm hit Norfolk".
    static let movementLemmas: Set<String> = [
        "leave", "reach", "visit", "enter", "depart", "flee", "evacuate", "approach", "invade", "occupy", "capture",
        "shell", "bomb", "tour", "cross", "attack", "raid", "liberate", "besiege", "encircle", "surround", "retake",
        "seize", "hit", "strike", "flood", "rock", "evacuate", "storm",
    ]

    /// The same verbs as written, for text without a parse.
    static let movementForms: Set<String> = [
        "left", "leaving", "leaves", "reached", "reaching", "reaches", "visited", "visiting", "visits", "entered", "entering",
        "departed", "departing", "fled", "fleeing", "evacuated", "approached", "approaching", "invaded", "occupied",
        "captured", "shelled", "shelling", "bombed", "toured", "crossed", "attacked", "raided", "liberated", "besieged",
        "encircled", "surrounded", "retook", "seized", "hit", "struck", "flooded", "rocked", "stormed",
    ]

    /// Nouns after a town's name that keep it a place: works of the town, in the town ("Baltimore Key Bridge",
    /// "Chiang Rai Hospital"). Natural features are not among them: the Elizabeth River is no part of Elizabeth.
    static let landmarkNouns: Set<String> = [
        "bridge", "tunnel", "airport", "station", "harbor", "harbour", "port", "hospital", "square", "street", "road",
        "avenue", "highway", "market", "cathedral", "mosque", "temple", "church", "stadium", "palace", "prison", "base",
        "checkpoint", "plant", "embassy", "consulate", "pier", "terminal", "hall",
    ]

    /// Words closing a street's name: "Ludlow ⟦Street⟧", "London ⟦Road⟧".
    static let streetNouns: Set<String> = ["street", "road", "avenue", "boulevard", "lane", "drive", "parkway", "terrace"]

    /// The town's name opens a street's: "the Harmon Building on ⟦Ludlow Street⟧" is in no town called Ludlow.
    static func opensStreetName(last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        let k = last + 1
        return k < tokens.count && tokens[k].capitalised && adjacent(tokens[last], tokens[k], text) && streetNouns.contains(tokens[k].lower)
    }

    /// The index (in `parse`) of the word of tokens `first...last` whose head lies outside them: the name's head.
    static func nameHead(first: Int, last: Int, _ tokens: [Word], _ parse: ParsedSentence) -> Int? {
        let lo = tokens[first].token, hi = tokens[last].token
        guard hi < parse.words.count else { return nil }
        return (lo...hi).first { k in
            let h = parse.words[k].head - 1
            return h < lo || h > hi
        }
    }

    /// A place word closes the proper name the town opens: "the Baltimore Key Bridge", "the Chiang Rai Hospital", and
    /// over words of a site's kind written in lower case, "the Sept-Îles ⟦regional⟧ hospital".
    static func opensNamedLandmark(last: Int, _ tokens: [Word], _ text: ScalarText) -> Bool {
        var k = last + 1
        while k < tokens.count, k <= last + 4, adjacent(tokens[k - 1], tokens[k], text) {
            let w = tokens[k].lower
            if landmarkNouns.contains(w) || placeNouns.contains(w) { return true }
            guard tokens[k].capitalised || siteDescriptors.contains(w) else { return false }
            k += 1
        }
        return false
    }

    /// The name is the object of a verb of movement: "the ship left Colombo".
    static func isMovementObject(first: Int, last: Int, _ tokens: [Word], _ parse: ParsedSentence?) -> Bool {
        if let parse {
            guard let k = nameHead(first: first, last: last, tokens, parse), parse.words[k].deprel == "obj" else { return false }
            let h = parse.words[k].head - 1
            return parse.words.indices.contains(h) && movementLemmas.contains(parse.words[h].lemma.lowercased())
        }
        var k = first - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        return k >= 0 && movementForms.contains(tokens[k].lower)
    }

    /// The name is the first part of a longer proper name that is no place: "Norfolk Southern", "Orlando Bloom",
    /// "Bristol Myers Squibb". Read from the parse only (compound or flat to a proper noun right after the name);
    /// a place word in the next few capitalised words keeps the town ("Los Angeles Times", "Kyiv Mayor").
    func isPartOfLongerName(first: Int, last: Int, _ tokens: [Word], _ parse: ParsedSentence?, _ text: ScalarText) -> Bool {
        guard let parse, last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        let a = tokens[last].token, b = next.token
        // (A capitalised adjective inside a sentence is a word of a name too: "Norfolk ⟦Southern⟧ train", unless it
        // names a nationality.)
        guard b < parse.words.count, next.capitalised, next.start - tokens[last].end == 1, text.scalars[tokens[last].end] == " ",
              parse.words[b].upos == "PROPN" || parse.words[b].upos == "ADJ" && adjectiveCountry(Gazetteer.fold(next.lower)) == nil
        else { return false }
        let joined = (parse.words[a].head == b + 1 && ["compound", "flat"].contains(parse.words[a].deprel))
            || (parse.words[b].head == a + 1 && parse.words[b].deprel == "flat")
            // (both modifying the noun after them: "the ⟦Norfolk Southern⟧ train")
            || (parse.words[a].head == parse.words[b].head && parse.words[a].deprel == "compound"
                && ["amod", "compound"].contains(parse.words[b].deprel) && parse.words[a].head > b + 1)
        guard joined else { return false }
        var k = last + 1
        while k < tokens.count, k <= last + 3, tokens[k].capitalised, Self.adjacent(tokens[k - 1], tokens[k], text) {
            let w = tokens[k].lower
            if Self.roleWords.contains(w) || Self.placeNouns.contains(w) || Self.landmarkNouns.contains(w) || Self.titles.contains(w) {
                return false
            }
            // "Dali China", "Kingston Jamaica": a country or region after the town.
            if let p = gazetteer.resolveFolded(Gazetteer.fold(w), contextCountries: []), p.kind == .country || p.kind == .region,
               k == last + 1 {
                return false
            }
            k += 1
        }
        return true
    }

    /// The name closes a person's name whose given name opens the sentence: "⟦Aroha⟧ Tane was sworn in" is no Thāne.
    /// (Inside a sentence a capitalised word before the town already makes it a person's, `isPartOfPersonName`; at the
    /// start of one any word is capitalised, so the parse must join the two as one name: the town "flat" on a proper
    /// noun that names no place, with no locative before them. "Central Kyiv", "Greater London" are modifiers, not flat.)
    func closesANameOpeningTheSentence(first: Int, _ tokens: [Word], _ parse: ParsedSentence?, _ text: ScalarText) -> Bool {
        guard let parse, first == 1 else { return false }
        let given = tokens[0], a = given.token, b = tokens[first].token
        guard a < parse.words.count, b < parse.words.count, given.capitalised, Self.adjacent(given, tokens[first], text),
              parse.words[a].upos == "PROPN", parse.words[b].deprel == "flat", parse.words[b].head == a + 1,
              !hasName(given.lower), !Self.stopWords.contains(given.lower), !Self.roleWords.contains(given.lower),
              !Self.titles.contains(given.lower), !Self.compassWords.contains(given.lower) else { return false }
        return true
    }

    /// The name is the subject of a verb of saying or wanting ("Kingston said", "Norfolk announced"): read from the
    /// parse when there is one, else from the words after it.
    func isSpeaker(first: Int, last: Int, _ tokens: [Word], _ parse: ParsedSentence?, _ text: ScalarText) -> Bool {
        // "Officials in Kyiv and Istanbul said": a name the text places is no speaker.
        if isPlaced(first: first, last: last, tokens, text) { return false }
        if let parse, let k = Self.nameHead(first: first, last: last, tokens, parse) {
            guard parse.words[k].deprel == "nsubj" else { return false }
            // "Kyiv Mayor Vitali Klitschko said": the subject is the longer name, not the town.
            if parse.words.indices.contains(where: { $0 > tokens[last].token && parse.words[$0].head == k + 1
                && ["flat", "compound", "appos"].contains(parse.words[$0].deprel) }) { return false }
            if first > 0, Self.prepositions.contains(tokens[first - 1].lower) { return false }
            let h = parse.words[k].head - 1
            return parse.words.indices.contains(h) && Self.governmentVerbs.contains(parse.words[h].lemma.lowercased())
        }
        return Self.isGovernmentSubject(first: first, last: last, tokens, text)
    }
}
