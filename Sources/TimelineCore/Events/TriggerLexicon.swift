/// The kind of event a trigger word reports. Triggers of one class are synonyms for merging.
public enum TriggerClass: String, Sendable, Hashable, Codable, CaseIterable {
    case talks, attack, capture, withdrawal, accident, blaze, annexation, investigation, cooperation
    case statement, announcement, evacuation, casualties, construction, travel
    case vote, resignation, arrest, protest, ceasefire
    /// A purchase, sale, order or takeover: "⟦bought⟧ the start-up", "its ⟦order⟧ for 500 jets", "the ⟦merger⟧".
    case transaction
    /// Bringing people out of danger: "divers ⟦rescued⟧ four boys", "⟦freed⟧ the last of the boys", "were ⟦extracted⟧",
    /// "the ⟦rescue⟧"; and a stranded vessel off its bank: "salvors ⟦refloated⟧ the tanker" (a kind of its own,
    /// `rescueKinds`). (Moving residents out of a threatened area is an evacuation.)
    case rescue
    /// Any other happening found by the parse ("rescued", "refloated", "the funeral"): merged by its predicate
    /// (lemma, and verb ↔ event noun), not by class.
    case other
}

/// One trigger entry: a lemma, its class, and whether it is a verb or a noun.
struct TriggerEntry: Sendable, Hashable {
    enum POS: Sendable, Hashable { case verb, noun }
    var lemma: String
    var triggerClass: TriggerClass
    var pos: POS
}

/// The trigger lexicon: readable tables of lemmas by class, inflected once into a lookup.
enum TriggerLexicon {
    /// Verbs by class. Irregular forms come from `irregular`.
    static let verbs: [TriggerClass: [String]] = [
        .talks: ["negotiate", "meet", "discuss", "convene"],
        .attack: ["attack", "strike", "shell", "bomb", "fire", "shoot", "fight", "hit", "invade", "target", "repel", "raid", "ambush", "clash", "bombard",
                  // (storming a place is raiding it: "commandos ⟦stormed⟧ a farmhouse" / "⟦raided⟧ a farmhouse"; the noun
                  // "storm" stays the weather's)
                  "storm"],
        // (taking people by force is capturing them too: "gunmen ⟦seized⟧ five aid workers" / "the five were ⟦kidnapped⟧" /
        // "⟦abducted⟧ on October 13")
        // (and so is taking a vessel or a vehicle: "pirates ⟦seized⟧ a tanker" / "the tanker was ⟦hijacked⟧")
        .capture: ["capture", "recapture", "retake", "seize", "occupy", "liberate", "encircle", "kidnap", "abduct", "hijack"],
        .withdrawal: ["withdraw", "retreat"],
        // ("run aground" is what "ran aground", "went aground" and "struck a reef" mean: `PhrasalPredicates`)
        .accident: ["explode", "collapse", "crash", "flood", "sink", "capsize", "derail", "erupt", "collide", "burst", "run aground"],
        .blaze: ["burn", "torch"],
        .annexation: ["annex"],
        .investigation: ["investigate", "probe"],
        .cooperation: ["cooperate", "agree", "sign"],
        .statement: ["plead", "urge", "warn", "demand", "accuse", "blame", "deny", "appeal"],
        .announcement: ["name", "appoint", "designate", "announce"],
        // (a person flown out by air is evacuated: "⟦airlifted⟧ the injured engineer to hospital" / "was ⟦evacuated⟧ by
        // helicopter"; "airlifted to safety" is a rescue, `PhrasalPredicates`)
        .evacuation: ["evacuate", "airlift", "medevac"],
        .casualties: ["kill", "injure", "wound", "die", "drown"],
        .construction: ["build", "construct"],
        .travel: ["travel", "visit", "arrive", "fly", "tour", "depart"],
        .vote: ["vote", "elect"],
        // (quitting a post or a company is resigning: "⟦quit⟧ Tynewell in March 2023" / "⟦left the company⟧ in March
        // 2023" / "⟦stepped down⟧")
        .resignation: ["resign", "quit"],
        .arrest: ["arrest", "detain", "indict", "convict"],
        .protest: ["protest", "demonstrate", "rally"],
        .transaction: ["purchase", "acquire", "merge"],
        // (a grounded vessel freed or dislodged is refloated: `PhrasalPredicates`)
        .rescue: ["rescue", "free", "extract", "refloat"],
    ]

    /// Nouns by class (singular; plurals are generated).
    static let nouns: [TriggerClass: [String]] = [
        .talks: ["talks", "negotiation", "round", "meeting", "summit", "dialogue", "conference", "consultation"],
        .attack: ["attack", "strike", "shelling", "bombing", "bombardment", "offensive", "assault", "fighting", "invasion", "airstrike", "raid", "ambush", "clash", "shootout",
                  "cyberattack"],
        .capture: ["capture", "recapture", "seizure", "occupation", "kidnapping", "abduction", "hijacking"],
        .withdrawal: ["withdrawal", "retreat", "pullout"],
        .accident: ["accident", "explosion", "disaster", "blast", "crash", "collapse", "flood", "landslide", "earthquake",
                    "quake", "temblor", "tremor", "aftershock", "flooding", "storm", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "eruption", "derailment",
                    "collision", "outbreak", "drought", "blackout", "outage", "landfall",
                    // (a vessel's: "since the ⟦grounding⟧ on April 7" / "ran aground on April 7")
                    "grounding"],
        .blaze: ["fire", "blaze", "wildfire"],
        .annexation: ["annexation"],
        .investigation: ["investigation", "inquiry", "probe"],
        .cooperation: ["agreement", "deal", "treaty", "settlement", "accord"],
        .announcement: ["announcement"],
        .statement: ["plea", "appeal", "warning", "demand", "accusation"],
        .evacuation: ["evacuation"],
        .casualties: ["death", "casualty", "fatality"],
        .travel: ["visit", "trip", "tour"],
        .vote: ["election", "vote", "referendum", "ballot"],
        .resignation: ["resignation"],
        .arrest: ["arrest", "detention", "indictment", "conviction"],
        .protest: ["protest", "demonstration", "rally"],
        .ceasefire: ["ceasefire", "truce", "armistice"],
        .transaction: ["order", "purchase", "acquisition", "sale", "merger", "takeover", "buyout"],
        .rescue: ["rescue", "extraction", "refloating"],
    ]

    /// What kind of mishap an accident trigger names (by lemma; an event noun by its verb where it has one). A storm,
    /// the floods it brings and the dam that bursts under them are three events however close their days; "the
    /// accident", "the disaster" name any kind. Examples: "the storm ⟦made landfall⟧ on Sunday" and "the dams
    /// ⟦collapsed⟧ early on Monday" are two events; "the dam ⟦burst⟧" and "the ⟦collapse⟧ of the dam" one.
    static let accidentKinds: [String: [String]] = [
        "collapse": ["collapse", "burst"],
        "explosion": ["explode", "explosion", "blast"],
        "crash": ["crash", "collide", "collision", "derail", "derailment"],
        "flood": ["flood", "flooding"],
        // (a storm's landfall is the storm's: "the hurricane ⟦made landfall⟧" / "⟦came ashore⟧", `PhrasalPredicates`)
        "storm": ["storm", "hurricane", "typhoon", "cyclone", "tornado", "landfall"],
        "earthquake": ["earthquake", "quake", "temblor", "tremor"],
        "aftershock": ["aftershock"],
        "tsunami": ["tsunami"],
        "eruption": ["erupt", "eruption"],
        "landslide": ["landslide"],
        "outbreak": ["outbreak"],
        "drought": ["drought"],
        // Power lost over a region: "the ⟦blackout⟧", "the ⟦outage⟧ began", "⟦lost power⟧", "⟦knocked out⟧ the grid",
        // "⟦went dark⟧" (`PhrasalPredicates`: "black out").
        "blackout": ["black out", "blackout", "outage"],
        // A vessel that capsizes is told as sinking by another outlet ("the ferry ⟦capsized⟧ early on Monday" / "a
        // crowded ferry ⟦sank⟧"; "rolled over" and an "overturned" with no object mean capsized:
        // `PhrasalPredicates`).
        "sinking": ["sink", "capsize"],
        // A vessel running aground is a grounding, not its sinking nor a crash ("the tanker ⟦ran aground⟧" / "⟦struck a
        // reef⟧").
        "grounding": ["run aground", "grounding"],
    ]

    /// The kind of mishap of an accident trigger's lemma, or nil for a word naming any kind.
    static func accidentKind(of lemma: String) -> String? { accidentKindOf[lemma] }

    /// The stage of a case an arrest trigger names: an arrest, an indictment and a conviction of one person are three
    /// events, however close their days ("two weeks after he was ⟦indicted⟧" is not the verdict).
    static let arrestKinds: [String: [String]] = [
        "arrest": ["arrest", "detain", "detention"],
        "indictment": ["indict", "indictment"],
        "conviction": ["convict", "conviction"],
    ]

    /// What a rescue trigger brings out of danger: people, or a stranded vessel off its bank. "Helicopters ⟦rescued⟧
    /// the crew" and "tugs ⟦refloated⟧ the ship", on one day, are two happenings; "the ship was ⟦refloated⟧" and
    /// "⟦the refloating⟧" one.
    static let rescueKinds: [String: [String]] = [
        "rescue": ["rescue", "free", "extract", "extraction"],
        "refloating": ["refloat", "refloating"],
    ]

    /// The kind of every trigger of the blaze class, kept apart from the mishaps of the accident class it shares a merge
    /// group with.
    static let blazeKind = "fire"

    /// The kind of a trigger of a class whose triggers name different happenings (`accidentKinds`, `arrestKinds`).
    static func kind(of lemma: String, in cls: TriggerClass) -> String? {
        switch cls {
        case .accident: return accidentKindOf[lemma]
        case .arrest: return arrestKindOf[lemma]
        case .rescue: return rescueKindOf[lemma]
        // (a fire is a mishap of its own kind: "a transformer ⟦fire⟧" is not the ⟦blackout⟧ it caused)
        case .blaze: return blazeKind
        default: return nil
        }
    }

    private static let arrestKindOf: [String: String] = {
        var table: [String: String] = [:]
        for (kind, lemmas) in arrestKinds { for l in lemmas { table[l] = kind } }
        return table
    }()

    private static let rescueKindOf: [String: String] = {
        var table: [String: String] = [:]
        for (kind, lemmas) in rescueKinds { for l in lemmas { table[l] = kind } }
        return table
    }()

    private static let accidentKindOf: [String: String] = {
        var table: [String: String] = [:]
        for (kind, lemmas) in accidentKinds { for l in lemmas { table[l] = kind } }
        return table
    }()

    /// Verbs whose complement is reported content ("claimed that …", "said …").
    static let reportingVerbs: Set<String> = [
        "say", "claim", "tell", "report", "state", "allege", "confirm", "insist", "add", "announce", "write", "cite", "speak",
    ]

    /// Irregular past and participle forms.
    static let irregular: [String: [String]] = [
        "meet": ["met"], "strike": ["struck", "stricken"], "shoot": ["shot"], "fight": ["fought"], "hit": ["hit"],
        "retake": ["retook", "retaken"], "withdraw": ["withdrew", "withdrawn"], "build": ["built"],
        "say": ["said"], "speak": ["spoke", "spoken"], "tell": ["told"], "write": ["wrote", "written"], "seize": [], "set": ["set"],
        "kidnap": ["kidnapped", "kidnapping", "kidnaped"],
        "begin": ["began", "begun"], "burn": ["burned", "burnt"], "hold": ["held"], "take": ["took", "taken"],
        "fly": ["flew", "flown"], "sink": ["sank", "sunk"], "burst": ["burst"], "die": ["died", "dying"], "drown": ["drowned"],
    ]

    /// Regular inflections of a verb: base, -s, -ed, -ing (with the usual spelling changes).
    static func inflections(ofVerb v: String) -> [String] {
        var forms = [v]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = v.last!
        let beforeLast = v.dropLast().last
        if v.hasSuffix("s") || v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") || v.hasSuffix("z") || v.hasSuffix("o") {
            forms.append(v + "es")
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            forms.append(String(v.dropLast()) + "ies")
        } else {
            forms.append(v + "s")
        }
        if let irregular = irregular[v] {
            forms += irregular
        } else if last == "e" {
            forms.append(v + "d")
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            forms.append(String(v.dropLast()) + "ied")
        } else if doublesFinalConsonant(v) {
            forms.append(v + String(last) + "ed")
        } else {
            forms.append(v + "ed")
        }
        if last == "e", !v.hasSuffix("ee") {
            forms.append(String(v.dropLast()) + "ing")
        } else if doublesFinalConsonant(v) {
            forms.append(v + String(last) + "ing")
        } else {
            forms.append(v + "ing")
        }
        return forms
    }

    /// Consonant-vowel-consonant one-syllable endings double: "shell" no, "hit" → "hitting", "plan" → "planned".
    static func doublesFinalConsonant(_ v: String) -> Bool {
        let chars = Array(v)
        guard chars.count >= 3, chars.count <= 4 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let c = chars[chars.count - 1], b = chars[chars.count - 2], a = chars[chars.count - 3]
        return !vowels.contains(c) && !"wxy".contains(c) && vowels.contains(b) && !vowels.contains(a)
    }

    static func plural(ofNoun n: String) -> [String] {
        if n.hasSuffix("s") { return [n] }
        if n.hasSuffix("y") { return [n, String(n.dropLast()) + "ies"] }
        if n.hasSuffix("sh") || n.hasSuffix("ch") || n.hasSuffix("x") { return [n, n + "es"] }
        return [n, n + "s"]
    }

    /// Every inflected form (hyphens removed, lowercased) → its entries (a form can be a verb and a noun).
    static let forms: [String: [TriggerEntry]] = {
        var table: [String: [TriggerEntry]] = [:]
        for (cls, lemmas) in verbs {
            for lemma in lemmas {
                for form in inflections(ofVerb: lemma) {
                    table[form, default: []].append(TriggerEntry(lemma: lemma, triggerClass: cls, pos: .verb))
                }
            }
        }
        for (cls, lemmas) in nouns {
            for lemma in lemmas {
                for form in plural(ofNoun: lemma) {
                    table[form, default: []].append(TriggerEntry(lemma: lemma, triggerClass: cls, pos: .noun))
                }
            }
        }
        return table
    }()

    /// Whether a keyword (a lemma of a clause's word) is a trigger word: a table noun, or a table verb's own lemma. A
    /// keyword that is only an inflection of a table verb is a noun or an adjective the lemmatizer kept as written,
    /// a thing and not a happening: "closed the ⟦building⟧" (not "build"), "a ⟦meeting⟧ room" stays the talks noun.
    static func isTriggerWord(lemma: String) -> Bool {
        forms[lemma]?.contains { $0.pos == .noun || $0.lemma == lemma } ?? false
    }

    /// Reporting verb forms → lemma.
    static let reportingForms: [String: String] = {
        var table: [String: String] = [:]
        for lemma in reportingVerbs {
            for form in inflections(ofVerb: lemma) { table[form] = lemma }
        }
        return table
    }()

    /// Lemma of a form for normalisation: "re-taken" → "retaken".
    static func normalize(_ word: String) -> String {
        // ASCII (nearly every word): byte by byte, the same string.
        if word.utf8.allSatisfy({ $0 < 128 }) {
            // (already lower case and without a hyphen, as most words are: the word itself)
            if !word.utf8.contains(where: { $0 == 45 || $0 >= 65 && $0 <= 90 }) { return word }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(word.utf8.count)
            for b in word.utf8 where b != 45 { bytes.append(b >= 65 && b <= 90 ? b + 32 : b) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(word.lowercased().filter { $0 != "-" && $0 != "\u{2010}" && $0 != "\u{2011}" })
    }
}
