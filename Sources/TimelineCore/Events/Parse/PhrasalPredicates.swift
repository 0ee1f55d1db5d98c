/// Verbs that report another happening with a particle or a bare object: "gave ⟦way⟧" is a collapse, "set ⟦fire⟧ to"
/// a burning. A predicate so built is read as the one it means, so that its class, its merge key and its synonyms are
/// that predicate's: "two dams gave way on Sunday night" and "the dams collapsed early on Monday" are one event
/// that two outlets date differently.
enum PhrasalPredicates {
    struct Entry: Sendable {
        var verb: String
        /// The particle (`compound:prt`) or the bare object (`obj`, no determiner) that completes the verb.
        /// (A particle is also found as the word right after the verb.)
        var particle: String? = nil
        var object: String? = nil
        /// The predicative complement (`xcomp`) that completes it: "found ⟦guilty⟧".
        var complement: String? = nil
        /// The object noun that completes it, with or without a determiner: "left ⟦the company⟧", "left ⟦his post⟧",
        /// "will hear ⟦the appeal⟧".
        var objectNoun: String? = nil
        /// The noun of an oblique that completes it, with its preposition: "taken ⟦into custody⟧".
        var oblique: (preposition: String, noun: String)? = nil
        /// The preposition of an oblique that completes it with one of a set of nouns: "drove off ⟦with⟧ five ⟦workers⟧".
        var obliqueNouns: (preposition: String, nouns: Set<String>)? = nil
        /// The preposition of an oblique that completes it, whatever its noun: "broke out ⟦of⟧ HMP Kirkhill" (or one of
        /// the two words after the verb).
        var obliqueMarker: String? = nil
        /// The verb alone, with no object and not passive: "the ferry ⟦overturned⟧" (not "the court overturned the
        /// ruling", nor "the ruling was overturned").
        var intransitive = false
        /// Nouns one of which heads the subject (active or passive) that completes it: "the ⟦lights⟧ came back on",
        /// "⟦power⟧ returned", "the ⟦outage⟧ began".
        var subjects: Set<String>? = nil
        /// A person's name (of two words or more) heads the subject: "⟦Darren McKee⟧ and Liam Forsyth broke out overnight".
        var nameSubject = false
        /// Nouns one of which heads the object (or what its passive or participle is said of) that completes it, with
        /// or without a determiner: "lost ⟦power⟧", "knocked out ⟦the grid⟧".
        var objects: Set<String>? = nil
        /// A word among the two after the verb that completes it: "brought back ⟦online⟧".
        var followedBy: String? = nil
        /// The verb it completes as its complement (`xcomp`), which lends it its frame: "⟦let⟧ the hostages go".
        var governor: String? = nil
        var means: String
        /// A sentence using it, with the phrase marked ⟦…⟧.
        var example: String
    }

    /// Computer systems, whose failing is one happening however it is told (not "network", a power grid's too).
    static let computerSystems: Set<String> = ["system", "platform", "server", "computer", "website", "site", "app", "software", "database",
                                               "mainframe"]

    /// What a company or a government puts out and may take back: "pulled the ⟦update⟧", "pulled the ⟦advert⟧".
    static let releases: Set<String> = ["update", "patch", "release", "product", "app", "feature", "advert", "advertisement", "ad",
                                        "commercial", "episode", "book", "film", "drug", "medicine", "bill", "offer", "guidance"]

    /// Places that are opened by being set up.
    static let facilities: Set<String> = ["centre", "center", "camp", "shelter", "clinic", "hospital", "kitchen", "hotline"]

    /// What a vessel strikes when it runs aground (not "rock", for "hit rock bottom").
    static let groundings: Set<String> = ["reef", "sandbank", "sandbar", "shoal", "skerry", "shallows"]

    /// Structures a vessel strikes: "rammed a ⟦pier⟧", "slammed into the ⟦bridge⟧".
    static let structures: Set<String> = ["pier", "bridge", "span", "pylon", "pillar", "column", "abutment", "dock", "wharf", "jetty",
                                          "quay", "berth", "breakwater", "seawall", "platform", "rig", "lock"]

    /// Waters a vessel can become wedged across or in.
    static let waterways: Set<String> = ["channel", "canal", "river", "waterway", "fairway", "strait", "estuary", "lock", "passage", "harbour",
                                         "harbor", "port"]

    /// Vessels: freeing one from its bank is refloating it.
    static let vessels: Set<String> = ["ship", "vessel", "tanker", "freighter", "ferry", "boat", "barge", "carrier", "containership",
                                       "trawler", "yacht", "liner", "cruiser", "dredger", "coaster", "bulker"]

    /// What is hijacked: a vessel, an aircraft or a road vehicle.
    static let vehicles: Set<String> = vessels.union(["plane", "aircraft", "airliner", "jet", "helicopter", "bus", "coach", "train", "truck",
                                                      "lorry", "car", "van", "minibus"])

    /// Who takes a vessel or a vehicle by force: "⟦pirates⟧ boarded the tanker".
    static let raiders: Set<String> = ["pirate", "hijacker", "gunman", "kidnapper", "raider", "attacker", "militant"]

    /// Hillsides, whose giving way is a landslide ("the ⟦slope⟧ failed", "the ⟦mountainside⟧ collapsed").
    static let slopes: Set<String> = ["slope", "hillside", "mountainside", "hill", "hillslope", "ridge", "cliff", "bluff", "escarpment"]

    /// Money, by its name or its unit: freeing it makes it available ("freed ⟦40 million pesos⟧ for relief").
    static let funds: Set<String> = ["fund", "money", "cash", "budget", "capital", "credit", "$", "€", "£", "¥", "dollar", "euro",
                                     "pound", "peso", "rupee", "rupiah", "yen", "yuan", "franc", "rand", "naira", "shilling",
                                     "ringgit", "baht", "won", "lira", "ruble", "rouble", "krona", "krone", "real", "dinar", "dirham"]

    /// What frees a grounded vessel: "eleven ⟦tugs⟧ dislodged her", "the rising ⟦tide⟧ freed her".
    static let salvors: Set<String> = ["tug", "tugboat", "tide", "salvor", "salvage"]

    /// What a storm reaches when it makes landfall ("hit the coast"), not a town or a country it hits.
    static let coasts: Set<String> = ["coast", "coastline", "shore", "shoreline"]

    /// Nouns of a price heading a subject: what such a subject "plunged" or "tumbled" fell.
    static let prices: Set<String> = ["share", "stock", "price", "index", "value", "currency"]

    static let entries: [Entry] = [
        // A hillside or a slope that gives way, collapses or fails is a landslide: "the slope above the village ⟦gave way⟧"
        // / "a landslide buried the houses" (a dam, a bridge or a roof that gives way is a collapse).
        Entry(verb: "give", object: "way", subjects: slopes, means: "landslide", example: "The hillside above the school ⟦gave way⟧ on Sunday night."),
        Entry(verb: "collapse", subjects: slopes, means: "landslide", example: "The hillside behind the school ⟦collapsed⟧ onto a row of houses on Monday."),
        Entry(verb: "fail", subjects: slopes, means: "landslide", example: "The slope ⟦failed⟧ after a week of heavy rain."),
        Entry(verb: "give", object: "way", means: "collapse", example: "Two dams outside the city ⟦gave way⟧ on Sunday night."),
        Entry(verb: "cave", particle: "in", means: "collapse", example: "The roof of the mine ⟦caved in⟧ on Friday."),
        Entry(verb: "set", object: "fire", means: "burn", example: "Protesters ⟦set fire⟧ to the mayor's house late on Monday."),
        Entry(verb: "catch", object: "fire", means: "burn", example: "The tanker ⟦caught fire⟧ off the coast."),
        Entry(verb: "burst", oblique: ("into", "flame"), means: "burn", example: "A transformer ⟦burst into flames⟧ at 4:52 p.m."),
        Entry(verb: "go", oblique: ("in", "flame"), means: "burn", example: "The warehouse ⟦went up in flames⟧ overnight."),
        Entry(verb: "open", object: "fire", means: "shoot", example: "Gunmen ⟦opened fire⟧ on the convoy."),
        Entry(verb: "blow", particle: "up", means: "explode", example: "The depot ⟦blew up⟧ shortly after midnight."),
        // (with no object: "the bomb blew apart the car" destroyed it)
        Entry(verb: "blow", particle: "apart", intransitive: true, means: "explode", example: "Seconds after lift-off the rocket ⟦blew apart⟧."),
        // A volcano that blows or explodes erupts: "the volcano ⟦blew⟧ at 6:40 a.m." / "the volcano ⟦exploded⟧ on
        // Tuesday" / "Mount Etna ⟦erupted⟧" (a depot or a rocket that explodes is an explosion).
        Entry(verb: "blow", intransitive: true, subjects: volcanoes, means: "erupt", example: "The volcano ⟦blew⟧ shortly after dawn."),
        Entry(verb: "explode", subjects: volcanoes, means: "erupt", example: "The volcano ⟦exploded⟧ on Tuesday, throwing ash into the air."),
        Entry(verb: "step", particle: "down", means: "resign", example: "The minister ⟦stepped down⟧ on Tuesday."),
        // (withdrawing money is pulling it out, no army's withdrawal: "depositors ⟦withdrew⟧ $1.3 billion" / "pulled $1.3 billion")
        Entry(verb: "withdraw", objects: ["$", "€", "£", "deposit", "money", "cash", "fund", "saving", "dollar", "euro", "pound"], means: "pull",
              example: "Savers ⟦withdrew⟧ $40 million from the lender on Friday."),
        // (a price that plunges, tumbles or halves falls: "its shares ⟦plunged⟧ 58 percent" / "its stock ⟦fell⟧ 58%"; going
        // into free fall is falling)
        Entry(verb: "plunge", subjects: prices, means: "fall", example: "Its shares ⟦plunged⟧ 12 percent on Monday."),
        Entry(verb: "tumble", subjects: prices, means: "fall", example: "The company's stock ⟦tumbled⟧ 9% on Friday."),
        Entry(verb: "plummet", subjects: prices, means: "fall", example: "Shares in the airline ⟦plummeted⟧ after the warning."),
        Entry(verb: "slump", subjects: prices, means: "fall", example: "The share price ⟦slumped⟧ 20 percent on Tuesday."),
        Entry(verb: "halve", subjects: prices, means: "fall", example: "Its share price ⟦halved⟧ in a single session."),
        Entry(verb: "go", oblique: ("into", "fall"), means: "fall", example: "The shares ⟦went into free fall⟧ on Tuesday."),
        // Quitting with no object is resigning a post ("⟦quit⟧ over a leaked recording", "quit as chairman"); quitting
        // something named ("quit the talks", "quit smoking") is not.
        Entry(verb: "quit", intransitive: true, means: "resign", example: "The transport minister ⟦quit⟧ on Tuesday over a leaked recording."),
        // Pausing or freezing a process is suspending it: "⟦paused⟧ the procurement" / "⟦froze⟧ the tender" /
        // "⟦suspended⟧ the tender" (a freeze of prices, wages or assets is no suspension).
        Entry(verb: "pause", objects: processes, means: "suspend", example: "The agency ⟦paused⟧ the procurement on Wednesday."),
        Entry(verb: "freeze", objects: processes, means: "suspend", example: "The ministry ⟦froze⟧ the tender last week."),
        // Releasing a document is publishing it: "⟦released⟧ the terms of reference" / "published"; "released seven
        // hostages" is freeing them.
        Entry(verb: "release", objects: documents, means: "publish", example: "The prime minister ⟦released⟧ the inquiry's terms of reference today."),
        // Someone reported missing has gone missing: the report is the happening's telling, not a saying with content
        // ("two hikers were ⟦reported missing⟧ on Tuesday" / "went missing").
        Entry(verb: "report", complement: "missing", means: "disappear", example: "Two climbers were ⟦reported missing⟧ on Sunday."),
        Entry(verb: "pass", particle: "away", means: "die", example: "The former president ⟦passed away⟧ on Sunday."),
        Entry(verb: "call", particle: "off", means: "cancel", example: "The union ⟦called off⟧ the strike."),
        // (a government "calls in" an envoy or an official it summons: "was ⟦called in⟧ to the ministry")
        Entry(verb: "call", particle: "in", means: "summon", example: "The ministry ⟦called in⟧ the French ambassador on Tuesday."),
        Entry(verb: "shut", particle: "down", means: "close", example: "The authorities have ⟦shut down⟧ the airport."),
        // Halting, suspending or stopping a plant's production is closing it: "⟦halted production⟧ at its plant" /
        // "⟦shut⟧ its plant" / "production was ⟦suspended⟧" (suspending a tender, talks or a payment is no closing).
        Entry(verb: "halt", objects: outputs, means: "close", example: "The carmaker ⟦halted production⟧ at its Ohio plant on Friday."),
        Entry(verb: "suspend", objects: outputs, means: "close", example: "Production at the mill was ⟦suspended⟧ on Monday."),
        Entry(verb: "stop", objects: outputs, means: "close", example: "The refinery ⟦stopped production⟧ after the fire."),
        // Rejecting a claim or a report is denying it: "⟦rejected claims⟧ that its recall was late" / "⟦denied⟧ that its
        // recall had been late" (rejecting a bid, an offer or a plan is no denial).
        Entry(verb: "reject", objects: assertions, means: "deny", example: "The company ⟦rejected claims⟧ that it had ignored a warning."),
        Entry(verb: "dismiss", objects: assertions, means: "deny", example: "The ministry ⟦dismissed reports⟧ of a cover-up."),
        Entry(verb: "refute", objects: assertions, means: "deny", example: "The club ⟦refuted⟧ the allegation on Monday."),
        Entry(verb: "rebut", objects: assertions, means: "deny", example: "The police ⟦rebutted⟧ the accusation in a statement."),
        Entry(verb: "touch", particle: "down", means: "land", example: "The plane ⟦touched down⟧ in Benghazi."),
        Entry(verb: "set", particle: "down", intransitive: true, means: "land", example: "A helicopter finally ⟦set down⟧ in the village on Thursday."),
        // (a bus or a train that "⟦pulled out of⟧ the station" left it, see `stations`)
        Entry(verb: "pull", obliqueNouns: ("of", stations), means: "depart", example: "The train ⟦pulled out of the station⟧ at 9 p.m."),
        Entry(verb: "pull", particle: "out", means: "withdraw", example: "The last troops ⟦pulled out⟧ in August."),
        // Taking back what was put out: "pulled the update", "rolled back the price rise" are withdrawals.
        Entry(verb: "pull", objects: releases, means: "withdraw", example: "The software maker ⟦pulled the update⟧ on Tuesday."),
        Entry(verb: "roll", particle: "back", means: "withdraw", example: "The government ⟦rolled back⟧ the fuel price rise on Monday."),
        // Saying sorry is apologising: "said sorry to customers".
        Entry(verb: "say", complement: "sorry", means: "apologize", example: "The chief executive ⟦said sorry⟧ to passengers on Friday."),
        // Negotiators who walk out, or walk out of the talks, withdraw from them, as a delegation that suspends its
        // participation does ("Aldaria's negotiators ⟦walked out⟧ that evening" / "the delegation ⟦suspended its
        // participation⟧"); workers who walk out strike.
        Entry(verb: "walk", particle: "out", subjects: negotiators, means: "withdraw",
              example: "The opposition's negotiators ⟦walked out⟧ on Tuesday evening."),
        Entry(verb: "walk", particle: "out", obliqueNouns: ("of", bids.union(["meeting", "session", "summit", "round", "conference"])),
              means: "withdraw", example: "The delegation ⟦walked out of⟧ the talks in Geneva on Tuesday."),
        Entry(verb: "suspend", objectNoun: "participation", means: "withdraw",
              example: "The delegation ⟦suspended its participation⟧ in the talks on Tuesday."),
        Entry(verb: "walk", particle: "out", means: "strike", example: "Train drivers ⟦walked out⟧ on Monday over pay."),
        // Walking off the job is striking; going back to the (bargaining) table is resuming talks.
        Entry(verb: "walk", oblique: ("off", "job"), means: "strike", example: "About 1,150 dock workers ⟦walked off the job⟧ on Thursday."),
        Entry(verb: "go", particle: "back", oblique: ("to", "table"), means: "resume", example: "The two sides ⟦went back to the table⟧ on Tuesday."),
        // Going, coming or heading back to a place or to work is returning there ("⟦went back⟧ to work" / "⟦returned⟧ to
        // work"); going back to the table (above) is resuming talks.
        Entry(verb: "go", particle: "back", obliqueMarker: "to", means: "return", example: "Dock workers ⟦went back⟧ to work on Monday."),
        Entry(verb: "head", particle: "back", obliqueMarker: "to", means: "return", example: "The crew ⟦headed back⟧ to port on Friday."),
        // Shaking hands on a deal is agreeing to it ("shook hands" alone is a greeting).
        Entry(verb: "shake", objectNoun: "hand", oblique: ("on", "deal"), means: "agree", example: "The negotiators ⟦shook hands⟧ on a four-year deal early on Friday."),
        Entry(verb: "shake", objectNoun: "hand", oblique: ("on", "agreement"), means: "agree", example: "The two leaders ⟦shook hands⟧ on the agreement in Geneva."),
        Entry(verb: "return", oblique: ("to", "table"), means: "resume", example: "Negotiators ⟦returned to the bargaining table⟧ in Ottawa on Monday."),
        // Running or going aground, or striking a reef, is one grounding: "the tanker ⟦ran aground⟧" / "⟦struck a reef⟧"
        // / "⟦hit the Storflua reef⟧" ("struck" had been an attack; "hit rock bottom" is no grounding).
        Entry(verb: "run", particle: "aground", means: "run aground", example: "The tanker ⟦ran aground⟧ off the coast at 1:40 a.m."),
        Entry(verb: "go", particle: "aground", means: "run aground", example: "A cargo ship ⟦went aground⟧ in the estuary on Friday."),
        Entry(verb: "strike", objects: groundings, means: "run aground", example: "The tanker ⟦struck a reef⟧ early on Tuesday."),
        Entry(verb: "hit", objects: groundings, means: "run aground", example: "A cargo ship ⟦hit a sandbank⟧ near the harbour on Friday."),
        // So is a vessel that grounds (with no object and not passive: an airline "grounded its fleet", flights "were
        // grounded"), drives or runs onto a bank, or becomes wedged across or in a waterway.
        Entry(verb: "ground", intransitive: true, means: "run aground", example: "The freighter ⟦grounded⟧ near the harbour mouth on Friday."),
        Entry(verb: "drive", obliqueNouns: ("into", groundings), means: "run aground", example: "The ship ⟦drove⟧ her bow ⟦into a sandbank⟧ at 4 a.m."),
        Entry(verb: "run", obliqueNouns: ("onto", groundings), means: "run aground", example: "The ferry ⟦ran onto a sandbar⟧ in thick fog."),
        // A vessel striking a structure in its way is told with many verbs ("⟦struck⟧ the pier", "⟦rammed⟧ a pier",
        // "⟦slammed into⟧ a support pier", "⟦drifted into⟧ a pier", "⟦made contact with⟧ a pier", "⟦hit⟧ the pier"): one
        // happening, the hit (an allision).
        Entry(verb: "strike", objects: structures, means: "hit", example: "The ship ⟦struck⟧ the bridge's main pier at 1:28 a.m."),
        Entry(verb: "ram", objects: structures, means: "hit", example: "A container ship ⟦rammed⟧ a pier of the bridge early on Tuesday."),
        Entry(verb: "slam", obliqueNouns: ("into", structures), means: "hit", example: "The freighter ⟦slammed into⟧ a support pier on Tuesday."),
        Entry(verb: "crash", obliqueNouns: ("into", structures), means: "hit", example: "The barge ⟦crashed into⟧ the bridge at night."),
        Entry(verb: "smash", obliqueNouns: ("into", structures), means: "hit", example: "The tanker ⟦smashed into⟧ the jetty on Sunday."),
        Entry(verb: "plough", obliqueNouns: ("into", structures), means: "hit", example: "The ferry ⟦ploughed into⟧ the quay on Friday."),
        Entry(verb: "plow", obliqueNouns: ("into", structures), means: "hit", example: "The ship ⟦plowed into⟧ the dock on Friday."),
        Entry(verb: "drift", obliqueNouns: ("into", structures), means: "hit", example: "The ship lost power and ⟦drifted into⟧ a pier."),
        Entry(verb: "collide", obliqueNouns: ("with", structures), means: "hit", example: "The vessel ⟦collided with⟧ the bridge on Tuesday."),
        Entry(verb: "make", obliqueNouns: ("with", structures), objects: ["contact"], means: "hit",
              example: "Shortly afterwards the vessel ⟦made contact with⟧ a pier of the bridge."),
        Entry(verb: "wedge", obliqueNouns: ("across", waterways), means: "run aground", example: "The container ship became ⟦wedged across the canal⟧ on Tuesday."),
        Entry(verb: "wedge", obliqueNouns: ("in", waterways), means: "run aground", example: "A bulk carrier was ⟦wedged in the channel⟧ for two days."),
        // A grounded vessel freed or dislodged from its bank, or by the tugs and the tide, is refloated: "tugs ⟦freed
        // the vessel⟧" / "was ⟦freed from the sandbank⟧" / "the tide and eleven tugs ⟦dislodged⟧ her" / "was
        // ⟦refloated⟧" (freeing hostages, or dislodging rebels from a hill, is not).
        Entry(verb: "free", objects: vessels, means: "refloat", example: "Tugs ⟦freed the tanker⟧ on the morning tide."),
        Entry(verb: "free", obliqueNouns: ("from", groundings), means: "refloat", example: "The ship was ⟦freed from the sandbank⟧ on Sunday evening."),
        Entry(verb: "dislodge", objects: vessels, means: "refloat", example: "Salvors ⟦dislodged the freighter⟧ at high tide."),
        Entry(verb: "dislodge", obliqueNouns: ("from", groundings), means: "refloat", example: "The ferry was ⟦dislodged from the reef⟧ on Monday."),
        Entry(verb: "dislodge", subjects: salvors, means: "refloat", example: "The rising tide and four tugs finally ⟦dislodged⟧ her."),
        Entry(verb: "free", subjects: salvors, means: "refloat", example: "Two tugs ⟦freed⟧ her shortly after midnight."),
        // Money freed (or freed up) is money made available, no rescue: "the decree ⟦freed 2 billion rupees⟧ for relief",
        // "the bank ⟦freed up $40 million⟧ for loans" (freeing hostages or a trapped miner is a rescue).
        Entry(verb: "free", objects: funds, means: "allocate", example: "The decree ⟦freed 2 billion rupees⟧ for flood relief."),
        // Approving or signing a declaration is declaring: "the president ⟦approved a major disaster declaration⟧" /
        // "⟦signed a disaster declaration⟧" / "declared a disaster" (an emergency or a disaster declared).
        Entry(verb: "approve", objectNoun: "declaration", means: "declare", example: "The president ⟦approved a major disaster declaration⟧ on Thursday."),
        Entry(verb: "sign", objectNoun: "declaration", means: "declare", example: "The governor ⟦signed a disaster declaration⟧ for the county."),
        // A storm growing into a stronger one strengthens: "⟦grew into a major hurricane⟧" / "⟦strengthened⟧ into a Category 3
        // hurricane" / "⟦intensified⟧".
        Entry(verb: "grow", obliqueNouns: ("into", PredicateRules.stormNouns), means: "strengthen",
              example: "Kiko ⟦grew into a major typhoon⟧ on Tuesday."),
        // A storm reaching land is its landfall, however it is told: "the hurricane ⟦made landfall⟧ near Morgan City"
        // (the noun, `TriggerLexicon`) / "⟦came ashore⟧ at 3:40 this morning" / "⟦hit the coast⟧ early on Wednesday" /
        // "the eye ⟦crossed the coast⟧" ("the storm hit the coast" is the storm, `PredicateRules.occurrenceVerbs`).
        Entry(verb: "come", particle: "ashore", means: "landfall", example: "The hurricane ⟦came ashore⟧ near Morgan City at 3:40 a.m."),
        Entry(verb: "hit", objects: coasts, means: "landfall", example: "Typhoon Kiko ⟦hit the coast⟧ near Aparri early on Monday."),
        Entry(verb: "strike", objects: coasts, means: "landfall", example: "Cyclone Mora ⟦struck the coast⟧ south of Chittagong on Monday."),
        Entry(verb: "cross", objects: coasts, means: "landfall", example: "At 3:40 a.m. the eye ⟦crossed the coast⟧ near Morgan City."),
        // Imposing or announcing a ban is banning: "⟦imposed a fishing ban⟧" / "the fishing ⟦ban announced⟧" / "⟦banned⟧
        // all fishing".
        Entry(verb: "impose", objectNoun: "ban", means: "ban", example: "The government ⟦imposed a fishing ban⟧ on Wednesday."),
        Entry(verb: "announce", objectNoun: "ban", means: "ban", example: "The ministry ⟦announced a fishing ban⟧ on Wednesday."),
        // Setting up a centre, a camp or a shelter is opening it: "⟦set up⟧ a bird rescue centre" / "⟦opened⟧ a rescue
        // centre" ("set up a meeting", "was set up" by a rival are not).
        Entry(verb: "set", particle: "up", objects: facilities, means: "open", example: "Volunteers ⟦set up⟧ a rescue centre in the harbour on Wednesday."),
        Entry(verb: "roll", particle: "over", means: "capsize", example: "The ferry ⟦rolled over⟧ and sank within minutes."),
        // An alarm sounding or going off is a happening ("sound" is else a verb of seeming: "it sounded odd"), one
        // with either verb: "the alarm ⟦sounded⟧ at 3am" / "the alarm ⟦went off⟧ at 3am" (a bomb going off explodes).
        Entry(verb: "sound", intransitive: true, subjects: alarms, means: "sound", example: "The fire alarm ⟦sounded⟧ shortly after midnight."),
        Entry(verb: "go", particle: "off", intransitive: true, subjects: alarms, means: "sound", example: "The smoke alarm ⟦went off⟧ at 2 a.m."),
        Entry(verb: "overturn", intransitive: true, means: "capsize", example: "Their boat ⟦overturned⟧ as it crossed the river."),
        // Setting out on a journey is departing: "⟦set out⟧ from Batangas", "⟦left port⟧", "⟦sailed from⟧ Batangas".
        Entry(verb: "set", particle: "out", intransitive: true, means: "depart", example: "The ferry ⟦set out⟧ from the port late on Sunday."),
        Entry(verb: "set", particle: "off", intransitive: true, means: "depart", example: "The convoy ⟦set off⟧ for the border at dawn."),
        // A vessel that casts off leaves its berth: "the Kolding ⟦cast off⟧ from the terminal" / "had left the terminal".
        Entry(verb: "cast", particle: "off", means: "depart", example: "At 12:40 a.m. the container ship ⟦cast off⟧ from the terminal."),
        Entry(verb: "sail", particle: "from", means: "depart", example: "The ship ⟦sailed from⟧ Dover on Friday night."),
        Entry(verb: "leave", objectNoun: "port", means: "depart", example: "The tanker ⟦left port⟧ on Tuesday."),
        Entry(verb: "leave", objectNoun: "harbour", means: "depart", example: "The ferry ⟦left the harbour⟧ at 9 p.m."),
        Entry(verb: "leave", objectNoun: "harbor", means: "depart", example: "The ferry ⟦left the harbor⟧ at 9 p.m."),
        // (or the berth it lay at: "had ⟦left the Garden City Terminal⟧" / "⟦cast off⟧ from the terminal")
        Entry(verb: "leave", objects: stations, means: "depart", example: "The last bus ⟦left the station⟧ at 11 p.m."),
        Entry(verb: "leave", objects: ["terminal", "berth", "quay", "dock", "anchorage", "wharf", "pier"], means: "depart",
              example: "The container ship ⟦left⟧ the terminal shortly after midnight."),
        Entry(verb: "break", particle: "down", means: "collapse", example: "The peace talks ⟦broke down⟧ on Thursday."),
        Entry(verb: "fall", particle: "apart", means: "collapse", example: "The pay talks ⟦fell apart⟧ late on Monday."),
        Entry(verb: "fall", particle: "through", means: "collapse", example: "The takeover ⟦fell through⟧ in March."),
        Entry(verb: "find", complement: "not guilty", means: "acquit", example: "A jury ⟦found⟧ the two men ⟦not guilty⟧ of murder on Tuesday."),
        Entry(verb: "find", complement: "guilty", means: "convict", example: "The former mayor was ⟦found guilty⟧ of taking bribes."),
        // A court's sentence, however it is told: "⟦sentenced⟧ to six years in prison" / "⟦jailed⟧ for six years" /
        // "⟦handed⟧ him a six-year ⟦term⟧" / "⟦handed down⟧ a five-year ⟦sentence⟧".
        Entry(verb: "jail", means: "sentence", example: "A judge ⟦jailed⟧ the former banker for six years on Friday."),
        Entry(verb: "imprison", means: "sentence", example: "The court ⟦imprisoned⟧ him for four years."),
        Entry(verb: "hand", objectNoun: "term", means: "sentence", example: "The judge ⟦handed⟧ him a six-year ⟦term⟧ on Friday."),
        Entry(verb: "hand", objectNoun: "sentence", means: "sentence", example: "The court ⟦handed down⟧ a five-year ⟦sentence⟧."),
        // An appeal turned away is the ruling upheld: "the appeals court ⟦rejected his appeal⟧" / "⟦threw out⟧ the
        // ⟦appeal⟧" / "⟦upheld⟧ the ruling", told of one court and one day, are one decision.
        Entry(verb: "reject", objects: ["appeal"], means: "uphold", example: "The appeals court ⟦rejected his appeal⟧ on Tuesday."),
        Entry(verb: "dismiss", objects: ["appeal"], means: "uphold", example: "The Supreme Court ⟦dismissed the appeal⟧ in March."),
        Entry(verb: "throw", particle: "out", objects: ["appeal"], means: "uphold", example: "The court ⟦threw out⟧ her ⟦appeal⟧ on Friday."),
        Entry(verb: "turn", particle: "down", objects: ["appeal"], means: "uphold", example: "Judges ⟦turned down⟧ his ⟦appeal⟧ last week."),
        // Signing an order or a decree is approving what it orders: "the minister ⟦signed the extradition order⟧" /
        // "⟦approved⟧ the extradition" / "⟦signed off⟧ on it" (below).
        Entry(verb: "sign", objects: ["order", "decree"], means: "approve", example: "The minister ⟦signed the extradition order⟧ on Tuesday."),
        // Turning a request or a bid down is rejecting it: "the judge ⟦turned down⟧ a defence request" / "⟦rejected⟧ a
        // defence motion" ("⟦refused⟧ a defence application" shares its sense); "the directors ⟦turned⟧ that ⟦down⟧ the same
        // afternoon" / "the board ⟦rejected⟧ the improved approach within hours".
        Entry(verb: "turn", particle: "down", means: "reject", example: "The judge ⟦turned down⟧ a request for a retrial on Monday."),
        // A jury that goes out retires to consider its verdict: "the jury ⟦went out⟧ on Thursday" / "since ⟦retiring⟧ on
        // Thursday".
        Entry(verb: "go", particle: "out", subjects: ["jury", "juror"], means: "retire", example: "The jury ⟦went out⟧ on Thursday afternoon."),
        // Lodging an appeal, a complaint or a claim is filing it: "⟦lodged an appeal⟧ on Monday" / "⟦filed an appeal⟧ on
        // October 19".
        Entry(verb: "lodge", objectNoun: "appeal", means: "file", example: "His lawyers ⟦lodged an appeal⟧ against the conviction on Monday."),
        Entry(verb: "lodge", objectNoun: "complaint", means: "file", example: "The union ⟦lodged a complaint⟧ with the regulator."),
        Entry(verb: "lodge", objectNoun: "claim", means: "file", example: "The owners ⟦lodged a claim⟧ for damages in May."),
        // (and a challenge, a petition, an objection or an application: "⟦lodged a challenge⟧ with the court" / "⟦filed a
        // challenge⟧")
        Entry(verb: "lodge", objectNoun: "challenge", means: "file", example: "The opposition ⟦lodged a challenge⟧ with the court on Wednesday."),
        Entry(verb: "lodge", objectNoun: "petition", means: "file", example: "Residents ⟦lodged a petition⟧ against the plan."),
        Entry(verb: "lodge", objectNoun: "objection", means: "file", example: "The council ⟦lodged an objection⟧ to the pylons."),
        Entry(verb: "lodge", objectNoun: "application", means: "file", example: "The developer ⟦lodged an application⟧ in June."),
        // Making a plan or a report public, in any of the words for it: "⟦unveiled⟧ its recovery plan" / "⟦presented⟧ a
        // reconstruction plan" / "⟦published⟧ the plan" ("presented flowers", "unveiled a statue" publish nothing).
        Entry(verb: "unveil", objects: documents.union(proposals), means: "publish", example: "The government ⟦unveiled⟧ its recovery plan on Tuesday."),
        Entry(verb: "present", objects: documents.union(proposals), means: "publish", example: "The minister ⟦presented⟧ a reconstruction plan on Monday."),
        Entry(verb: "table", objects: proposals, means: "publish", example: "The treasurer ⟦tabled⟧ the budget in parliament."),
        // Widening what is under way: "⟦expanded⟧ the recall to 38 products" / "⟦extended⟧ the recall"; "⟦widened⟧ the
        // search" / "⟦broadened⟧ the inquiry" (an extended deadline is no widening told either way).
        Entry(verb: "expand", objects: measures, means: "extend", example: "The company ⟦expanded⟧ its recall to 38 more products on Thursday."),
        Entry(verb: "widen", objects: measures, means: "extend", example: "Police ⟦widened⟧ the search on Sunday."),
        Entry(verb: "broaden", objects: measures, means: "extend", example: "Prosecutors ⟦broadened⟧ the investigation in May."),
        // A company's results made known: "⟦disclosed⟧ a $420 million loss" / "⟦reported⟧ a loss" / "⟦posted⟧ a loss" /
        // "⟦booked⟧ a charge".
        Entry(verb: "disclose", objects: results, means: "report", example: "The bank ⟦disclosed⟧ a $420 million loss on Monday."),
        Entry(verb: "post", objects: results, means: "report", example: "The airline ⟦posted⟧ a record profit for the year."),
        Entry(verb: "book", objects: results, means: "report", example: "The lender ⟦booked⟧ a $2 billion charge in the quarter."),
        Entry(verb: "reveal", objects: results, means: "report", example: "The carmaker ⟦revealed⟧ a pre-tax loss of £1.2 billion."),
        // Stopping a service until further notice is suspending it: "⟦halted⟧ all departures" / "⟦grounded⟧ its flights" /
        // "⟦suspended⟧ flights" (halting production closes a plant: see above).
        Entry(verb: "halt", objects: services, means: "suspend", example: "The airport ⟦halted⟧ all departures on Tuesday evening."),
        Entry(verb: "stop", objects: services, means: "suspend", example: "The operator ⟦stopped⟧ all trains on the line."),
        Entry(verb: "ground", objects: services.union(["fleet", "plane", "aircraft", "jet", "airliner", "coach", "lorry", "truck", "minibus"]), means: "suspend",
              example: "The airline ⟦grounded⟧ its flights on Tuesday."),
        // A computer system that crashes, freezes or goes down fails, and so does one an update cripples or knocks out:
        // "the booking system ⟦crashed⟧" / "⟦went down⟧" / "⟦froze⟧" / "a faulty update ⟦knocked out⟧ its booking system".
        Entry(verb: "crash", intransitive: true, subjects: computerSystems, means: "fail", example: "The bank's payment system ⟦crashed⟧ on Friday."),
        Entry(verb: "freeze", intransitive: true, subjects: computerSystems, means: "fail", example: "The ticketing website ⟦froze⟧ at 9 a.m."),
        Entry(verb: "go", particle: "down", intransitive: true, subjects: computerSystems, means: "fail",
              example: "The airline's check-in system ⟦went down⟧ overnight."),
        Entry(verb: "collapse", intransitive: true, subjects: computerSystems, means: "fail", example: "The exchange's trading platform ⟦collapsed⟧ on Monday."),
        Entry(verb: "cripple", objects: computerSystems, means: "fail", example: "A faulty update ⟦crippled⟧ the bank's computer systems."),
        Entry(verb: "knock", particle: "out", objects: computerSystems, means: "fail", example: "A software bug ⟦knocked out⟧ the booking system on Tuesday."),
        Entry(verb: "take", particle: "down", objects: computerSystems, means: "fail", example: "The update ⟦took down⟧ the payment system on Tuesday."),
        // (so does keeping them on the ground: "⟦kept⟧ its whole fleet ⟦on the ground⟧ until 4 p.m.")
        Entry(verb: "keep", obliqueNouns: ("on", ["ground"]), objects: services.union(["fleet", "plane", "aircraft", "jet", "airliner"]),
              means: "suspend", example: "The airline ⟦kept⟧ its planes ⟦on the ground⟧ until late afternoon on Tuesday."),
        // (a tape or a recording put online is published: "⟦posted⟧ the audio" / "⟦released⟧ the tape")
        Entry(verb: "post", objects: documents, means: "publish", example: "The newspaper ⟦posted⟧ the audio on its website on Sunday."),
        // Dying of one's injuries: "⟦succumbed⟧ to his injuries" / "⟦died⟧ in hospital".
        Entry(verb: "succumb", means: "die", example: "A second fan ⟦succumbed⟧ to his injuries on Sunday."),
        // Killing told by the shot: "was ⟦shot dead⟧" / "⟦gunned down⟧" / "was ⟦killed⟧".
        Entry(verb: "shoot", complement: "dead", means: "kill", example: "A police officer was ⟦shot dead⟧ on Tuesday night."),
        Entry(verb: "gun", particle: "down", means: "kill", example: "Two guards were ⟦gunned down⟧ outside the bank."),
        // Starting an inquiry, in any of the words for it: "⟦launched an investigation⟧" / "⟦set up an inquiry⟧" /
        // "⟦opened an inquiry⟧" (above).
        Entry(verb: "launch", objects: inquiries, means: "investigate", example: "Regulators ⟦launched an investigation⟧ into the bank on Friday."),
        Entry(verb: "set", particle: "up", objects: inquiries, means: "investigate", example: "The government ⟦set up⟧ a public inquiry on Monday."),
        // Coming to an agreement: "⟦reached a deal⟧" / "⟦struck a deal⟧" / "⟦clinched an agreement⟧" / "⟦agreed⟧".
        Entry(verb: "reach", objects: accords, means: "agree", example: "The union and the employers ⟦reached a deal⟧ on Friday."),
        Entry(verb: "strike", objects: accords, means: "agree", example: "The two sides ⟦struck a deal⟧ late on Sunday."),
        Entry(verb: "clinch", objects: accords, means: "agree", example: "Negotiators ⟦clinched an agreement⟧ before dawn."),
        Entry(verb: "seal", objects: accords, means: "agree", example: "The companies ⟦sealed the deal⟧ in March."),
        // Leaving a deal or a race: "⟦backed out⟧" / "⟦pulled out⟧" (above) / "⟦withdrew⟧".
        Entry(verb: "back", particle: "out", means: "withdraw", example: "The buyer ⟦backed out⟧ of the purchase in May."),
        // Resigning by tendering one's resignation: "⟦tendered his resignation⟧" / "⟦resigned⟧".
        Entry(verb: "tender", objectNoun: "resignation", means: "resign", example: "The minister ⟦tendered her resignation⟧ on Friday."),
        // Rejections in other words: "⟦voted down⟧ the bill" / "⟦threw out⟧ the case" / "⟦rejected⟧ it"; a law "⟦struck
        // down⟧" is overturned.
        Entry(verb: "vote", particle: "down", means: "reject", example: "The senate ⟦voted down⟧ the bill on Thursday."),
        Entry(verb: "throw", particle: "out", means: "reject", example: "The judge ⟦threw out⟧ the lawsuit in June."),
        Entry(verb: "strike", particle: "down", means: "overturn", example: "The Supreme Court ⟦struck down⟧ the law on Monday."),
        // Death told by its pronouncing: "was ⟦pronounced dead⟧ at the scene" / "⟦died⟧ at the scene".
        Entry(verb: "pronounce", complement: "dead", means: "die", example: "The driver was ⟦pronounced dead⟧ at the scene."),
        // Elections won: "was ⟦re-elected⟧" / "⟦won the election⟧" / "was ⟦elected⟧".
        Entry(verb: "re-elect", means: "elect", example: "The mayor was ⟦re-elected⟧ on Sunday."),
        Entry(verb: "win", objects: ["election", "vote", "poll", "runoff", "run-off", "ballot", "presidency", "race", "primary"], means: "elect",
              example: "The senator ⟦won the election⟧ on Sunday."),
        // A tour of a place is a visit to it: "⟦toured⟧ the flooded districts" / "⟦visited⟧ them".
        Entry(verb: "tour", means: "visit", example: "The president ⟦toured⟧ the flooded districts on Friday."),
        // Signing in newsroom slang: "⟦inked⟧ the deal" / "⟦signed⟧ it".
        Entry(verb: "ink", means: "sign", example: "The two firms ⟦inked⟧ the deal on Tuesday."),
        // An aircraft going down crashes: "the plane ⟦went down⟧ off the coast" / "⟦crashed⟧".
        Entry(verb: "go", particle: "down", intransitive: true, subjects: aircraft, means: "crash", example: "The helicopter ⟦went down⟧ in fog on Sunday."),
        // (and a vessel going down sinks: "the ferry ⟦went down⟧ off the coast" / "⟦sank⟧")
        Entry(verb: "go", particle: "down", intransitive: true, subjects: vessels, means: "sink", example: "The ferry ⟦went down⟧ off the coast on Sunday."),
        // A bomb going off explodes: "the device ⟦went off⟧ at noon" / "⟦exploded⟧".
        Entry(verb: "go", particle: "off", intransitive: true, subjects: bombs, means: "explode", example: "The bomb ⟦went off⟧ outside the station at noon."),
        // Workers downing tools strike: "⟦downed tools⟧ on Monday" / "⟦went on strike⟧".
        Entry(verb: "down", object: "tool", means: "strike", example: "Dock workers ⟦downed tools⟧ on Monday."),
        // Rates lowered are cut: "⟦lowered⟧ its key rate" / "⟦cut⟧ rates".
        Entry(verb: "lower", objects: rates, means: "cut", example: "The central bank ⟦lowered⟧ its key rate on Thursday."),
        // A happening put back is postponed: "⟦delayed⟧ the vote" / "⟦postponed⟧ it" (a flight delayed still flies).
        Entry(verb: "delay", objects: appointments, means: "postpone", example: "The council ⟦delayed⟧ the vote until March."),
        // Switching something off: "card readers were ⟦switched off⟧" / "⟦disconnected⟧".
        Entry(verb: "switch", particle: "off", means: "disconnect", example: "The chain ⟦switched off⟧ its card readers on Saturday."),
        Entry(verb: "turn", particle: "off", means: "disconnect", example: "Engineers ⟦turned off⟧ the pumps overnight."),
        // Ending a gathering by force: "riot police ⟦broke up⟧ the rally" / "⟦dispersed⟧ the protest".
        Entry(verb: "break", particle: "up", objects: gatherings, means: "disperse", example: "Riot police ⟦broke up⟧ the rally on Tuesday night."),
        // Voting, told by the polls: "voters ⟦went to the polls⟧ on Sunday" / "⟦voted⟧ on Sunday".
        Entry(verb: "go", oblique: ("to", "poll"), means: "vote", example: "Some 3 million people ⟦went to the polls⟧ on Sunday."),
        // Firing someone from a post is dismissing them ("fired two shots", "fired on protesters" are shooting).
        Entry(verb: "fire", objects: posts.union(people), means: "dismiss", example: "The board ⟦fired⟧ the chief executive on Friday."),
        // Closing an area off: "police ⟦sealed off⟧ the street" / "⟦cordoned off⟧ the area".
        Entry(verb: "seal", particle: "off", means: "cordon", example: "Police ⟦sealed off⟧ the street after the blast."),
        Entry(verb: "hand", particle: "out", means: "distribute", example: "Volunteers ⟦handed out⟧ blankets on Wednesday."),
        Entry(verb: "give", particle: "out", means: "distribute", example: "The charity ⟦gave out⟧ food parcels in the square."),
        Entry(verb: "lift", particle: "off", means: "launch", example: "The rocket ⟦lifted off⟧ from Florida early on Wednesday."),
        Entry(verb: "blast", particle: "off", means: "launch", example: "The shuttle ⟦blasted off⟧ at dawn."),
        Entry(verb: "roll", particle: "out", means: "launch", example: "The ministry ⟦rolled out⟧ the vaccine in March."),
        Entry(verb: "lay", particle: "off", means: "dismiss", example: "The carmaker ⟦laid off⟧ 2,000 workers in May."),
        // Naming someone to a post is appointing them: "⟦named⟧ Peter Okafor as mediator", "⟦named⟧ a federal mediator" /
        // "⟦appointed⟧ Peter Okafor"; naming a storm, a street or a suspect is not.
        Entry(verb: "name", obliqueMarker: "as", means: "appoint", example: "The minister ⟦named⟧ Peter Okafor as mediator on Monday."),
        Entry(verb: "name", objects: posts, means: "appoint", example: "The government ⟦named⟧ a federal mediator on Monday."),
        // Breaking out of a place is escaping it; breaking out alone is a start ("fighting broke out").
        Entry(verb: "break", particle: "out", obliqueMarker: "of", means: "escape", example: "The pair ⟦broke out of⟧ HMP Kirkhill during the night."),
        // a bank or a company that collapses or goes under fails ("since Arrowhead Savings ⟦collapsed⟧" / "⟦failed⟧ in
        // October 2010"; a building, a bridge or a dam that collapses falls down);
        Entry(verb: "collapse", subjects: firms, means: "fail", example: "Arrowhead Savings of Duluth ⟦collapsed⟧ in October 2010."),
        Entry(verb: "go", particle: "under", means: "fail", example: "Arrowhead Savings ⟦went under⟧ in 2010."),
        // (people who break out escape, named or by what they are: "McKee and Forsyth ⟦broke out⟧ overnight"; panic,
        // fighting or a fire breaks out)
        Entry(verb: "break", particle: "out", nameSubject: true, means: "escape", example: "Darren McKee and Liam Forsyth ⟦broke out⟧ overnight on Sunday."),
        Entry(verb: "break", particle: "out", subjects: escapers, means: "escape", example: "Two inmates ⟦broke out⟧ before dawn on Sunday."),
        Entry(verb: "break", particle: "out", means: "erupt", example: "Panic ⟦broke out⟧ in the stands on Sunday."),
        Entry(verb: "pull", particle: "back", means: "withdraw", example: "The troops ⟦pulled back⟧ from the border."),
        Entry(verb: "bring", particle: "out", means: "rescue", example: "Divers ⟦brought four more boys out⟧ of the cave on Monday."),
        // Driving or making off with people is abducting them ("gunmen ⟦drove off with⟧ the five aid workers" /
        // "⟦seized⟧ five aid workers"; driving off with a van is stealing it).
        Entry(verb: "drive", particle: "off", obliqueNouns: ("with", people), means: "kidnap", example: "Gunmen ⟦drove off with⟧ three engineers on Tuesday."),
        Entry(verb: "make", particle: "off", obliqueNouns: ("with", people), means: "kidnap", example: "The attackers ⟦made off with⟧ two nurses."),
        // Letting captives go, or their walking or being set free, is releasing them: "the kidnappers ⟦let⟧ the two
        // Kenyans ⟦go⟧" / "the three ⟦walked free⟧" / "were ⟦released⟧" ("let it go at that", "let the matter go" are
        // said of no captive, but tell no happening the merge could join either).
        Entry(verb: "go", governor: "let", means: "release", example: "The gunmen let him ⟦go⟧ after a week."),
        Entry(verb: "walk", followedBy: "free", means: "release", example: "The three aid workers ⟦walked free⟧ on Friday."),
        Entry(verb: "set", complement: "free", means: "release", example: "The hostages were ⟦set free⟧ on Friday."),
        Entry(verb: "hand", particle: "over", means: "transfer", example: "The rebels ⟦handed over⟧ the hostages on Friday."),
        // Taking someone into custody is arresting them.
        Entry(verb: "take", oblique: ("into", "custody"), means: "arrest", example: "The captain was ⟦taken into custody⟧ on Wednesday."),
        // (and so is picking someone up, told of the police: "was ⟦picked up⟧ by police at the airport" / "⟦detained⟧ at
        // the airport"; a parcel or a trail picked up is no arrest)
        Entry(verb: "pick", particle: "up", obliqueNouns: ("by", lawOfficers), means: "arrest", example: "The two men were ⟦picked up⟧ by police on Friday."),
        Entry(verb: "pick", particle: "up", subjects: lawOfficers, means: "arrest", example: "Police ⟦picked up⟧ three suspects overnight."),
        // (and a fugitive returned to custody, or taken back into it, is arrested again)
        Entry(verb: "return", oblique: ("to", "custody"), means: "arrest", example: "The escaped prisoner was ⟦returned to custody⟧ on Friday."),
        Entry(verb: "take", particle: "back", oblique: ("into", "custody"), means: "arrest", example: "Both men were ⟦taken back into custody⟧ on Monday."),
        Entry(verb: "leave", objectNoun: "office", means: "resign", example: "The mayor ⟦left office⟧ in January."),
        Entry(verb: "leave", objectNoun: "post", means: "resign", example: "The envoy ⟦left his post⟧ on Friday."),
        Entry(verb: "leave", objectNoun: "company", means: "resign", example: "The chief executive ⟦left the company⟧ on March 31."),
        Entry(verb: "leave", objectNoun: "job", means: "resign", example: "The coach ⟦left the job⟧ after two seasons."),
        Entry(verb: "leave", objectNoun: "board", means: "resign", example: "Two directors ⟦left the board⟧ on Monday."),
        // Opening an inquiry is the investigating it starts.
        Entry(verb: "open", objectNoun: "investigation", means: "investigate", example: "The FBI ⟦opened an investigation⟧ on Tuesday."),
        Entry(verb: "open", objectNoun: "inquiry", means: "investigate", example: "Prosecutors ⟦opened an inquiry⟧ into the crash."),
        Entry(verb: "open", objectNoun: "probe", means: "investigate", example: "Regulators ⟦opened a probe⟧ into the bank."),
        // Appearing somewhere is a happening; "appears to be" stays a verb of seeming.
        Entry(verb: "appear", particle: "in", means: "appear", example: "The two men are due to ⟦appear in⟧ court on Sunday."),
        Entry(verb: "appear", particle: "before", means: "appear", example: "The minister ⟦appeared before⟧ the committee on Tuesday."),
        Entry(verb: "appear", particle: "at", means: "appear", example: "She ⟦appeared at⟧ a rally in Ohio on Monday."),
        // A court hears a case: a hearing, no perception.
        Entry(verb: "hear", objectNoun: "case", means: "hear", example: "The Supreme Court will ⟦hear the case⟧ in October."),
        Entry(verb: "hear", objectNoun: "appeal", means: "hear", example: "Three judges ⟦heard the appeal⟧ on Tuesday."),
        Entry(verb: "hear", objectNoun: "motion", means: "hear", example: "A judge will ⟦hear the first motions⟧ on Friday."),
        // Filing or bringing a lawsuit is suing: "⟦filed a lawsuit⟧ on Wednesday", "the ⟦lawsuit, filed⟧ on Sept. 10".
        Entry(verb: "file", objectNoun: "lawsuit", means: "sue", example: "The family ⟦filed a lawsuit⟧ against the landlord on Wednesday."),
        Entry(verb: "file", objectNoun: "suit", means: "sue", example: "The city ⟦filed suit⟧ against the contractor in May."),
        Entry(verb: "bring", objectNoun: "lawsuit", means: "sue", example: "Two tenants ⟦brought a lawsuit⟧ against the owner."),
        Entry(verb: "hear", objectNoun: "argument", means: "hear", example: "The court ⟦heard arguments⟧ on Monday."),
        Entry(verb: "hear", objectNoun: "evidence", means: "hear", example: "The jury ⟦heard evidence⟧ from two experts on Monday."),
        // Losing the supply of power is a blackout, however it is told ("the ⟦blackout⟧", "the ⟦outage⟧ began"); and
        // getting it back is its restoration, whatever verb brings it back.
        Entry(verb: "lose", objects: supplies, means: "black out", example: "About 410,000 customers ⟦lost power⟧ on Tuesday."),
        Entry(verb: "cut", objects: supplies, means: "black out", example: "The fire tripped three lines, ⟦cutting power⟧ to 410,000 customers."),
        Entry(verb: "knock", particle: "out", objects: supplies.union(["grid", "network", "substation", "line"]), means: "black out",
              example: "A transformer fire ⟦knocked out the grid⟧ on Tuesday."),
        // Putting a fire out is extinguishing it, not the fire: "firefighters ⟦put out⟧ the blaze by 6:30 p.m." /
        // "firefighters ⟦had⟧ the blaze ⟦out⟧ by 6:30 p.m.".
        Entry(verb: "put", particle: "out", objects: fires, means: "extinguish", example: "Firefighters quickly ⟦put out⟧ the blaze."),
        Entry(verb: "have", particle: "out", objects: fires, means: "extinguish", example: "Firefighters ⟦had⟧ the blaze ⟦out⟧ by 6:30 p.m."),
        Entry(verb: "get", particle: "out", objects: fires, means: "extinguish", example: "Crews ⟦got⟧ the fire ⟦out⟧ before dawn."),
        // Hitting a record is peaking: "demand ⟦hit a record⟧ 3,412 megawatts" / "the load ⟦peaked⟧ at a record".
        Entry(verb: "hit", objects: ["record", "high", "peak"], means: "peak", example: "Oil prices ⟦hit⟧ a record high on Monday."),
        Entry(verb: "black", particle: "out", means: "black out", example: "The storm ⟦blacked out⟧ 200,000 homes."),
        Entry(verb: "go", complement: "dark", means: "black out", example: "Within seconds the city ⟦went dark⟧."),
        // Suffering a loss of power is losing it: "the Kolding ⟦suffered a loss of propulsion⟧" / "the ship ⟦lost power⟧".
        Entry(verb: "suffer", obliqueNouns: ("of", supplies), objects: ["loss", "failure"], means: "black out",
              example: "At 1:24 a.m. the vessel ⟦suffered⟧ a loss of propulsion."),
        // Lights that go out tell the power lost: "its ⟦lights went out⟧" / "the ship ⟦lost power⟧" / "went dark".
        Entry(verb: "go", particle: "out", intransitive: true, subjects: ["light", "lighting", "power", "electricity"], means: "black out",
              example: "At 1:24 a.m. the ship's lights ⟦went out⟧."),
        Entry(verb: "plunge", oblique: ("into", "darkness"), means: "black out", example: "The fire ⟦plunged⟧ the city ⟦into darkness⟧ on Tuesday."),
        Entry(verb: "reconnect", means: "restore", example: "Crews ⟦reconnected⟧ the last 38,000 customers on Thursday."),
        // Sighting someone is spotting them ("Forsyth was ⟦sighted⟧ in Carlisle" / "was ⟦spotted⟧ in Carlisle");
        // rerouting ships, flights or trains is diverting them ("⟦rerouted⟧ vessels" / "⟦diverted⟧ two ships").
        Entry(verb: "sight", means: "spot", example: "The missing climber was ⟦sighted⟧ near the summit on Sunday."),
        Entry(verb: "reroute", means: "divert", example: "Two shipping lines ⟦rerouted⟧ their vessels to Halifax."),
        Entry(verb: "re-energize", means: "restore", example: "The northern counties were ⟦re-energized⟧ early on July 16."),
        Entry(verb: "re-energise", means: "restore", example: "The line was ⟦re-energised⟧ on Friday."),
        Entry(verb: "reenergize", means: "restore", example: "The substation was ⟦reenergized⟧ overnight."),
        Entry(verb: "bring", particle: "back", objects: ["customer", "home", "household", "business", "power", "electricity", "service", "grid", "line"],
              means: "restore", example: "Crews ⟦brought back⟧ 150,000 customers overnight."),
        Entry(verb: "bring", particle: "back", followedBy: "online", means: "restore", example: "The city was ⟦brought back online⟧ overnight."),
        Entry(verb: "come", particle: "back", followedBy: "online", means: "restore", example: "The reactor ⟦came back online⟧ on Friday."),
        Entry(verb: "get", particle: "back", objects: supplies.union(["light"]), means: "restore",
              example: "Most homes ⟦got⟧ their power ⟦back⟧ on Thursday."),
        Entry(verb: "come", particle: "back", subjects: supplies.union(["light"]), means: "restore",
              example: "The lights ⟦came back⟧ on across the city shortly after 3 a.m."),
        Entry(verb: "return", intransitive: true, subjects: supplies, means: "restore", example: "Power ⟦returned⟧ to the city on Wednesday."),
        // Taking aircraft, trains or buses out of service is grounding them, however it is told: "⟦grounded⟧ its A220
        // fleet" / "has ⟦withdrawn⟧ its remaining jets ⟦from service⟧" / "⟦took⟧ seven trains ⟦out of service⟧".
        Entry(verb: "withdraw", oblique: ("from", "service"), means: "ground", example: "The airline has ⟦withdrawn⟧ its remaining jets ⟦from service⟧."),
        Entry(verb: "remove", oblique: ("from", "service"), means: "ground", example: "The operator ⟦removed⟧ its seven other aircraft ⟦from service⟧ on Monday."),
        // Emailing people is sending them mail, and messages, letters or notices that go out are sent: "⟦began emailing⟧
        // customers" / "began ⟦sending⟧ the emails" / "the first messages ⟦went out⟧" ("went out" of people is no sending).
        Entry(verb: "email", means: "send", example: "The bank ⟦emailed⟧ its customers on Monday."),
        Entry(verb: "go", particle: "out", subjects: messages, means: "send", example: "The first letters ⟦went out⟧ on Monday."),
        Entry(verb: "pull", oblique: ("from", "service"), means: "ground", example: "The railway ⟦pulled⟧ 40 carriages ⟦from service⟧ on Friday."),
        Entry(verb: "take", particle: "out", oblique: ("of", "service"), means: "ground", example: "The carrier ⟦took⟧ its seven other jets ⟦out of service⟧ on Monday."),
        // The common paraphrases of news at large, one predicate each, so that two outlets' words for one happening
        // are one merge key (and, in one story, one happening of their day: `StoryDays`).
        // Prices that rise, however steeply: "its shares ⟦soared⟧ 40 percent" / "the stock ⟦jumped⟧ 40%"; and fall.
        Entry(verb: "soar", subjects: prices, means: "rise", example: "Its shares ⟦soared⟧ 40 percent on Monday."),
        Entry(verb: "surge", subjects: prices, means: "rise", example: "The company's stock ⟦surged⟧ 18% on Friday."),
        Entry(verb: "jump", subjects: prices, means: "rise", example: "Shares in the miner ⟦jumped⟧ after the report."),
        Entry(verb: "drop", subjects: prices, means: "fall", example: "Its shares ⟦dropped⟧ 12 percent on Monday."),
        Entry(verb: "slide", subjects: prices, means: "fall", example: "The stock ⟦slid⟧ 7% in early trading."),
        Entry(verb: "sink", subjects: prices, means: "fall", example: "Shares in the bank ⟦sank⟧ 30 percent on Thursday."),
        // Raising or cutting a price or a rate: "⟦hiked⟧ rates" / "⟦raised⟧ rates"; "⟦slashed⟧ its forecast" / "⟦cut⟧ it".
        Entry(verb: "hike", means: "raise", example: "The central bank ⟦hiked⟧ its main rate on Thursday."),
        Entry(verb: "slash", means: "cut", example: "The airline ⟦slashed⟧ its profit forecast on Monday."),
        // A vessel or a vehicle taken by armed men is seized: "pirates ⟦boarded⟧ the tanker" / "the ship was ⟦taken over⟧ by
        // armed men" / "gunmen ⟦took control of⟧ the bus" / "⟦seized⟧ a cargo ship" / "⟦hijacked⟧" (investigators or
        // passengers who board a ship board it; a company taken over is bought).
        Entry(verb: "board", subjects: raiders, means: "seize", example: "Pirates ⟦boarded⟧ the cargo ship before dawn on Sunday."),
        Entry(verb: "climb", obliqueMarker: "aboard", subjects: raiders, means: "seize", example: "Hijackers ⟦climbed aboard⟧ the ferry on Sunday."),
        Entry(verb: "take", particle: "over", objects: vehicles, means: "seize", example: "The ferry was ⟦taken over⟧ by gunmen on Friday."),
        // (the object given as one of `objects`, not `objectNoun`: the verb takes "control" as its own, no light verb's)
        Entry(verb: "take", obliqueNouns: ("of", vehicles), objects: ["control"], means: "seize",
              example: "Armed men ⟦took control of⟧ the ship within minutes."),
        Entry(verb: "commandeer", objects: vehicles, means: "seize", example: "Gunmen ⟦commandeered⟧ a bus on the highway."),
        // Someone flown off a vessel is evacuated: "was ⟦flown off⟧ the ship by helicopter" / "was ⟦airlifted⟧ from the ship".
        Entry(verb: "fly", obliqueNouns: ("off", vessels.union(["rig", "platform"])), means: "evacuate",
              example: "The injured sailor was ⟦flown off⟧ the ship by a navy helicopter on Tuesday."),
        // A vessel towed into port has arrived there, and a ship that reaches another has arrived at it: "was ⟦towed into⟧
        // Peterhead" / "⟦arrived⟧ in Peterhead"; "the frigate ⟦reached⟧ the tanker" / "the frigate ⟦arrived⟧" (a vote that
        // reaches a majority, talks that reach a deal arrive nowhere).
        Entry(verb: "tow", obliqueMarker: "into", means: "arrive", example: "The disabled trawler was ⟦towed into⟧ Peterhead on Friday."),
        Entry(verb: "reach", objects: vessels, means: "arrive", example: "The lifeboat ⟦reached⟧ the stricken yacht shortly after midnight."),
        // Climbing or going aboard a vessel is boarding it: "investigators ⟦climbed aboard⟧ the ship" / "⟦boarded⟧ the vessel".
        Entry(verb: "climb", obliqueMarker: "aboard", means: "board", example: "Federal investigators ⟦climbed aboard⟧ the ship on Wednesday."),
        Entry(verb: "go", obliqueMarker: "aboard", means: "board", example: "Inspectors ⟦went aboard⟧ the tanker at dawn."),
        // Plucking someone from the water is pulling them out: "were ⟦plucked⟧ from the water" / "were ⟦pulled⟧ from the river".
        Entry(verb: "pluck", obliqueMarker: "from", means: "pull", example: "Two men were ⟦plucked from⟧ the water by a pilot boat."),
        // Waving traffic off a road or a bridge is stopping it: "⟦waved traffic off⟧ the span" / "⟦stopped traffic⟧".
        Entry(verb: "wave", obliqueMarker: "off", objects: ["traffic", "car", "vehicle", "motorist", "driver"], means: "suspend",
              example: "Two officers ⟦waved traffic off⟧ the bridge."),
        // Slicing steel or a wreck is cutting it: "crews began ⟦slicing⟧ the steel" / "salvors started ⟦cutting⟧ apart the steel".
        Entry(verb: "slice", means: "cut", example: "Salvage crews ⟦sliced⟧ the fallen truss into sections on Monday."),
        // Buying: "⟦acquired⟧ a 20 percent stake" / "⟦bought⟧ the stake"; "⟦purchased⟧ the site".
        Entry(verb: "acquire", means: "buy", example: "The fund ⟦acquired⟧ a 20 percent stake in the carrier on Monday."),
        Entry(verb: "purchase", means: "buy", example: "The city ⟦purchased⟧ the site in 2019."),
        // Calling something off: "⟦scrapped⟧ the plan" / "⟦cancelled⟧ it".
        Entry(verb: "scrap", means: "cancel", example: "The government ⟦scrapped⟧ the project on Tuesday."),
        // Putting off: "⟦postponed⟧ the vote" / "⟦put off⟧ the vote" / "⟦pushed back⟧ the launch".
        Entry(verb: "put", particle: "off", means: "postpone", example: "The council ⟦put off⟧ the vote until March."),
        Entry(verb: "push", particle: "back", means: "postpone", example: "The agency ⟦pushed back⟧ the launch by a week."),
        // Taking someone into custody: "⟦apprehended⟧ the suspect" / "⟦arrested⟧ him".
        Entry(verb: "apprehend", means: "arrest", example: "Officers ⟦apprehended⟧ the suspect near the border on Sunday."),
        Entry(verb: "nab", means: "arrest", example: "Police ⟦nabbed⟧ the fugitive at a petrol station."),
        // Removing someone from a job: "⟦sacked⟧ the coach" / "⟦dismissed⟧ the coach".
        Entry(verb: "sack", means: "dismiss", example: "The club ⟦sacked⟧ its manager on Sunday."),
        // A ruling reversed or a law approved in other words: "⟦ratified⟧ the treaty" / "⟦approved⟧ it".
        Entry(verb: "ratify", means: "approve", example: "Parliament ⟦ratified⟧ the treaty on Wednesday."),
        // Undoing an order: "⟦rescinded⟧ the evacuation order" / "⟦lifted⟧ it".
        Entry(verb: "rescind", means: "lift", example: "The county ⟦rescinded⟧ the evacuation order on Friday."),
        // Getting back what was lost: "⟦retrieved⟧ the flight recorders" / "⟦recovered⟧ them".
        Entry(verb: "retrieve", means: "recover", example: "Divers ⟦retrieved⟧ the second flight recorder on Tuesday."),
        // Sending people or means somewhere: "⟦deployed⟧ 200 soldiers" / "⟦dispatched⟧ 200 soldiers" / "⟦sent⟧ them".
        Entry(verb: "deploy", means: "send", example: "The army ⟦deployed⟧ 200 soldiers to the region on Monday."),
        Entry(verb: "dispatch", means: "send", example: "The state ⟦dispatched⟧ three rescue teams on Sunday."),
        // Setting something alight: "protesters ⟦torched⟧ cars" / "set fire to cars".
        Entry(verb: "torch", means: "burn", example: "Protesters ⟦torched⟧ two police cars overnight."),
        // A storm's strength told either way: "⟦intensified⟧ into a hurricane" / "⟦strengthened⟧"; "was ⟦downgraded⟧ to a
        // tropical storm" / "⟦weakened⟧ to a tropical storm".
        Entry(verb: "intensify", means: "strengthen", example: "The storm ⟦intensified⟧ into a Category 3 hurricane overnight."),
        Entry(verb: "downgrade", means: "weaken", example: "The storm was ⟦downgraded⟧ to a tropical depression on Thursday."),
        // Taking office: "was ⟦sworn in⟧ on Monday" / "his ⟦inauguration⟧ on Monday".
        Entry(verb: "swear", particle: "in", means: "inaugurate", example: "The new president was ⟦sworn in⟧ on Monday."),
        // Testifying in other words: "⟦gave evidence⟧ to the committee" / "⟦testified⟧ before it".
        Entry(verb: "give", objectNoun: "evidence", means: "testify", example: "The chief executive ⟦gave evidence⟧ to the committee on Tuesday."),
        // Dying, told by the life lost: "a firefighter ⟦lost his life⟧" / "⟦died⟧"; "the blaze ⟦claimed two lives⟧" / "⟦killed⟧ two".
        Entry(verb: "lose", objectNoun: "life", means: "die", example: "A volunteer firefighter ⟦lost his life⟧ on Wednesday."),
        Entry(verb: "claim", objectNoun: "life", means: "kill", example: "The blaze ⟦claimed two lives⟧ on Sunday."),
        // Restarting: "production ⟦restarted⟧" / "⟦resumed⟧".
        Entry(verb: "restart", means: "resume", example: "Production ⟦restarted⟧ at the plant on Friday."),
        // A bid and its fate as business desks tell them. Rejecting it: "the board ⟦rebuffed⟧ the proposal" / "⟦spurned⟧
        // the approach" / "⟦rejected⟧ it" / "⟦turned⟧ it ⟦down⟧" (above).
        Entry(verb: "rebuff", means: "reject", example: "The board ⟦rebuffed⟧ the proposal on Tuesday."),
        Entry(verb: "spurn", means: "reject", example: "The directors ⟦spurned⟧ the approach as opportunistic."),
        // Raising it: "⟦sweetened⟧ its offer to 465p" / "⟦raised⟧ its offer" (sweetening a drink is no raise).
        Entry(verb: "sweeten", objects: bids, means: "raise", example: "The bidder ⟦sweetened⟧ its offer on Monday."),
        // Withdrawing from it: "⟦walked away from⟧ the talks" / "⟦pulled out⟧" / "⟦abandoned⟧ its bid" (walking away from a
        // crash unhurt, or abandoning a car, is no withdrawal).
        Entry(verb: "walk", particle: "away", obliqueNouns: ("from", bids), means: "withdraw", example: "The buyer ⟦walked away from⟧ the talks on Monday."),
        Entry(verb: "abandon", objects: bids, means: "withdraw", example: "The group ⟦abandoned⟧ its bid for the brewer in 2019."),
        // Making a bid, however it is told: "⟦tabled⟧ its formal hostile offer" / "⟦lodged⟧ a firm offer" / "the offer which
        // it ⟦announced⟧ on 5 October" / "⟦launched⟧ a hostile bid" / "⟦made⟧ an offer" (a deal made or announced is agreed,
        // not offered).
        Entry(verb: "table", objects: offers, means: "offer", example: "The bidder ⟦tabled⟧ its formal offer on October 5."),
        Entry(verb: "lodge", objects: offers, means: "offer", example: "The group ⟦lodged⟧ a firm hostile offer on Monday."),
        Entry(verb: "announce", objects: offers, means: "offer", example: "The group ⟦announced⟧ a firm offer for the brewer on Monday."),
        Entry(verb: "launch", objects: offers, means: "offer", example: "The fund ⟦launched⟧ a hostile bid for the insurer on Monday."),
        Entry(verb: "make", objects: offers, means: "offer", example: "The group ⟦made⟧ a firm offer for the brewer on Monday."),
        // A regulator letting a deal go ahead: "⟦waved⟧ the deal ⟦through⟧" / "⟦cleared⟧ the deal".
        Entry(verb: "wave", particle: "through", means: "clear", example: "The regulator ⟦waved⟧ the merger ⟦through⟧ on Tuesday."),
        // Voting for something is approving it: "shareholders ⟦voted in favour⟧ of the deal" / "⟦approved⟧ the deal".
        Entry(verb: "vote", oblique: ("in", "favour"), means: "approve", example: "Shareholders ⟦voted in favour⟧ of the takeover on Thursday."),
        Entry(verb: "vote", oblique: ("in", "favor"), means: "approve", example: "Stockholders ⟦voted in favor⟧ of the merger on Thursday."),
        // Standing down from a post is resigning it: "⟦stood down⟧ as chief executive" / "⟦stepped down⟧".
        Entry(verb: "stand", particle: "down", intransitive: true, means: "resign", example: "The chief executive ⟦stood down⟧ on Tuesday."),
        // Pledging is promising: "⟦pledged⟧ that there would be no job cuts" / "⟦promised⟧ that …".
        Entry(verb: "pledge", means: "promise", example: "The bidder ⟦pledged⟧ on Tuesday that there would be no job cuts."),
        // Unrest told in other words: demonstrators who "⟦took to the streets⟧", "⟦poured into the streets⟧" or "⟦spilled
        // onto the streets⟧" protested ("took to the water", "poured into the river" are not).
        Entry(verb: "take", oblique: ("to", "street"), means: "protest", example: "Thousands of demonstrators ⟦took to the streets⟧ of the capital on Friday."),
        Entry(verb: "pour", oblique: ("into", "street"), means: "protest", example: "Students ⟦poured into the streets⟧ of Lagos on Monday."),
        Entry(verb: "pour", oblique: ("onto", "street"), means: "protest", example: "Crowds ⟦poured onto the streets⟧ after the verdict."),
        Entry(verb: "spill", oblique: ("into", "street"), means: "protest", example: "Protesters ⟦spilled into the streets⟧ overnight."),
        Entry(verb: "spill", oblique: ("onto", "street"), means: "protest", example: "Angry workers ⟦spilled onto the streets⟧ on Tuesday."),
        // Police who "⟦rounded up⟧" people arrested them.
        Entry(verb: "round", particle: "up", means: "arrest", example: "Police ⟦rounded up⟧ more than 200 people on Monday."),
        // Putting up a price, a fare or a tax is raising it: "⟦put up⟧ fuel prices" / "⟦raised⟧ fuel prices" ("put up a
        // fight", "put up posters" are not).
        Entry(verb: "put", particle: "up", objects: charges, means: "raise", example: "The government ⟦put up⟧ fuel prices by 40 percent on Friday."),
        // A curfew clamped, declared or ordered is imposed: "⟦imposed a curfew⟧" / "a curfew was ⟦declared⟧" / "⟦clamped a
        // curfew⟧ on the city".
        Entry(verb: "clamp", objectNoun: "curfew", means: "impose", example: "The army ⟦clamped a curfew⟧ on the city on Sunday."),
        Entry(verb: "declare", objectNoun: "curfew", means: "impose", example: "A curfew was ⟦declared⟧ in the city that evening."),
        Entry(verb: "order", objectNoun: "curfew", means: "impose", example: "The governor ⟦ordered a curfew⟧ from 8 p.m."),
        // Sitting down with the other side is meeting it: "union leaders ⟦sat down with⟧ ministers" / "⟦met⟧ ministers" /
        // "⟦held talks⟧ with them".
        Entry(verb: "sit", particle: "down", obliqueMarker: "with", means: "meet", example: "Union leaders ⟦sat down with⟧ three ministers on Tuesday."),
        // Firing or using tear gas is dispersing a crowd, no shooting: "police ⟦fired tear gas⟧ to disperse the crowd" /
        // "⟦used tear gas⟧ to clear the square" ("police opened fire", "fired shots" are shootings).
        Entry(verb: "fire", objects: riotGases, means: "disperse", example: "Police ⟦fired tear gas⟧ at the crowd on Saturday."),
        Entry(verb: "use", objects: riotGases, means: "disperse", example: "Police ⟦used tear gas⟧ to clear the square on Saturday."),
        // Calling a strike, a shutdown or an election is a happening of its own, before the thing called ("unions
        // ⟦called a general strike⟧ for Wednesday", "the hartal was ⟦called⟧ on 9 November"); "call" alone names.
        Entry(verb: "call", objects: stoppages, means: "call", example: "The unions ⟦called a general strike⟧ on Monday."),
        // Everyday news idioms for one happening (7 Dec evening, from two outlets' lines for one happening):
        // an official who "⟦took the oath⟧ of office" was sworn in;
        Entry(verb: "take", objectNoun: "oath", means: "inaugurate", example: "The president ⟦took the oath⟧ of office on Monday."),
        // a river that "⟦burst its banks⟧" flooded;
        Entry(verb: "burst", objectNoun: "bank", means: "flood", example: "The river ⟦burst its banks⟧ on Sunday night."),
        // a train that "⟦came off the tracks⟧" derailed;
        Entry(verb: "come", obliqueNouns: ("off", ["track", "rail", "line"]), means: "derail",
              example: "The train ⟦came off the tracks⟧ near Lyon on Monday."),
        Entry(verb: "leave", objects: ["track", "rail"], means: "derail", example: "Six carriages ⟦left the rails⟧ at 40 mph."),
        // a road vehicle that "⟦left the road⟧", "⟦veered off⟧" or "⟦careered off⟧" it, "⟦went over the edge⟧" or "⟦plunged⟧"
        // into a ravine crashed ("veered off course", "plunged 12 percent" are no crash);
        Entry(verb: "leave", objects: roads, means: "crash", example: "The lorry ⟦left the road⟧ on a bend on Friday."),
        Entry(verb: "veer", obliqueNouns: ("off", roads), means: "crash", example: "A minibus ⟦veered off the road⟧ on Friday."),
        Entry(verb: "career", obliqueNouns: ("off", roads), means: "crash", example: "The car ⟦careered off the road⟧ into a ditch."),
        Entry(verb: "careen", obliqueNouns: ("off", roads), means: "crash", example: "The car ⟦careened off the highway⟧ on Friday."),
        Entry(verb: "go", obliqueNouns: ("over", ["edge", "cliff", "embankment", "precipice", "parapet", "guardrail", "barrier"]),
              subjects: roadVehicles, means: "crash", example: "The bus ⟦went over the edge⟧ of a mountain road on Friday."),
        Entry(verb: "plunge", subjects: roadVehicles, means: "crash", example: "A minibus ⟦plunged⟧ into a ravine on Friday."),
        // (and so did one that fell, tumbled or rolled into a gorge or a river: "the bus ⟦fell into⟧ a gorge")
        Entry(verb: "fall", obliqueNouns: ("into", drops), subjects: roadVehicles, means: "crash", example: "The bus ⟦fell into⟧ a gorge on Tuesday."),
        Entry(verb: "tumble", obliqueNouns: ("into", drops), subjects: roadVehicles, means: "crash", example: "A lorry ⟦tumbled into⟧ a river on Monday."),
        Entry(verb: "roll", obliqueNouns: ("into", drops), subjects: roadVehicles, means: "crash", example: "The car ⟦rolled into⟧ a ditch on Sunday."),
        // a maker that "⟦ordered⟧" or "⟦issued a recall⟧" recalled;
        Entry(verb: "order", objectNoun: "recall", means: "recall", example: "On Tuesday the carmaker ⟦ordered a recall⟧ of 40,000 cars."),
        Entry(verb: "issue", objectNoun: "recall", means: "recall", example: "The company ⟦issued a recall⟧ of its baby formula on Friday."),
        // jobs cut or shed are workers laid off ("cut prices", "cut the rate" are no layoffs);
        Entry(verb: "cut", objects: jobs, means: "dismiss", example: "The firm ⟦cut 500 jobs⟧ on Monday."),
        Entry(verb: "shed", objects: jobs, means: "dismiss", example: "The bank ⟦shed 1,200 jobs⟧ last year."),
        // a cabinet that "⟦signed off on⟧" a budget approved it;
        Entry(verb: "sign", particle: "off", means: "approve", example: "The cabinet ⟦signed off⟧ on the budget on Wednesday."),
        // Newsroom idioms of session 34, each the everyday word for one happening:
        // people brought or pulled to safety are rescued ("⟦brought⟧ the climbers ⟦to safety⟧" / "⟦rescued⟧ them");
        Entry(verb: "bring", oblique: ("to", "safety"), means: "rescue", example: "Rescuers ⟦brought⟧ the missing climbers ⟦to safety⟧ on Saturday."),
        Entry(verb: "pull", oblique: ("to", "safety"), means: "rescue", example: "Lifeguards ⟦pulled⟧ two swimmers ⟦to safety⟧."),
        Entry(verb: "carry", oblique: ("to", "safety"), means: "rescue", example: "Neighbours ⟦carried⟧ the children ⟦to safety⟧."),
        Entry(verb: "airlift", oblique: ("to", "safety"), means: "rescue", example: "A helicopter ⟦airlifted⟧ the hikers ⟦to safety⟧."),
        // the injured "⟦flown by helicopter⟧" or "⟦flown⟧" / "⟦lifted to hospital⟧" are airlifted ("flew to Paris" is a trip);
        Entry(verb: "fly", obliqueNouns: ("by", ["helicopter", "chopper", "helicopters"]), means: "airlift",
              example: "The injured were ⟦flown by helicopter⟧ to the city on Sunday."),
        Entry(verb: "fly", obliqueNouns: ("to", hospitals), means: "airlift", example: "Two climbers were ⟦flown to hospital⟧ on Sunday."),
        Entry(verb: "lift", obliqueNouns: ("to", hospitals), means: "airlift", example: "Four people were ⟦lifted to hospital⟧ on Sunday."),
        Entry(verb: "winch", oblique: ("to", "safety"), means: "rescue", example: "The crew was ⟦winched to safety⟧ on Sunday."),
        // a suspect who turns himself in surrenders ("⟦turned himself in⟧" / "⟦surrendered⟧ to police");
        Entry(verb: "turn", objects: ["himself", "herself", "themselves", "myself"], followedBy: "in", means: "surrender",
              example: "The suspect ⟦turned himself in⟧ on Friday."),
        // an officer put on leave is suspended ("was ⟦put on leave⟧" / "was ⟦suspended⟧");
        Entry(verb: "put", oblique: ("on", "leave"), means: "suspend", example: "The officer was ⟦put on leave⟧ on Monday."),
        Entry(verb: "place", oblique: ("on", "leave"), means: "suspend", example: "The teacher was ⟦placed on leave⟧ pending an inquiry."),
        // one cleared of the charges is acquitted ("was ⟦cleared of all charges⟧" / "⟦acquitted⟧"; a road cleared of
        // debris is no verdict);
        Entry(verb: "clear", obliqueNouns: ("of", offences), means: "acquit", example: "The general was ⟦cleared of all charges⟧ on Friday."),
        // a town that falls to fighters is captured ("⟦fell to⟧ the rebels" / "the rebels ⟦captured⟧ it"; prices fall to
        // a figure);
        Entry(verb: "fall", obliqueNouns: ("to", fighters), means: "capture", example: "The town ⟦fell to⟧ the rebels on Thursday."),
        // workers who go on strike strike ("⟦went on strike⟧" / "⟦walked out⟧");
        Entry(verb: "go", oblique: ("on", "strike"), means: "strike", example: "The teachers ⟦went on strike⟧ on Monday."),
        // a building torn or pulled down, bulldozed or razed is demolished;
        Entry(verb: "tear", particle: "down", means: "demolish", example: "The building was ⟦torn down⟧ on Saturday."),
        Entry(verb: "pull", particle: "down", means: "demolish", example: "Crews ⟦pulled down⟧ the stand on Monday."),
        Entry(verb: "bulldoze", means: "demolish", example: "Authorities ⟦bulldozed⟧ the camp on Tuesday."),
        Entry(verb: "raze", means: "demolish", example: "The old stadium was ⟦razed⟧ in 2019."),
        // a law outlawing a group bans it;
        Entry(verb: "outlaw", means: "ban", example: "The government ⟦outlawed⟧ the group on Thursday."),
        Entry(verb: "proscribe", means: "ban", example: "The group was ⟦proscribed⟧ as a terrorist organisation."),
        // a conviction quashed is overturned ("⟦quashed⟧ the conviction" / "⟦overturned⟧ it"; a revolt quashed is put down);
        Entry(verb: "quash", objects: rulings, means: "overturn", example: "The appeals court ⟦quashed⟧ the conviction on Monday."),
        Entry(verb: "strike", particle: "down", objects: rulings.union(["law", "ban", "rule", "measure"]), means: "overturn",
              example: "The court ⟦struck down⟧ the ban on Tuesday."),
        // a storm that loses or gains strength weakens or strengthens ("⟦lost strength⟧ over the city of Lafayette" / "has ⟦weakened⟧
        // to a tropical storm"; "gathered strength" / "strengthened");
        Entry(verb: "lose", objects: ["strength"], means: "weaken", example: "Teodora ⟦lost strength⟧ on Tuesday night."),
        Entry(verb: "gain", objects: ["strength"], means: "strengthen", example: "Cyclone Mocha ⟦gained strength⟧ on Monday."),
        Entry(verb: "gather", objects: ["strength"], means: "strengthen", example: "The hurricane ⟦gathered strength⟧ overnight."),
        // a parliament that passes a bill approves it ("⟦passed⟧ the bill" / "⟦approved⟧ the legislation").
        Entry(verb: "pass", objects: ["bill", "legislation", "law", "budget", "motion", "resolution", "amendment", "act"], means: "approve",
              example: "Parliament ⟦passed⟧ the bill on Wednesday."),
        // a monarch who gives up the throne abdicates ("⟦gave up⟧ the throne" / "⟦abdicated⟧");
        Entry(verb: "give", particle: "up", objects: ["throne", "crown"], means: "abdicate", example: "The king ⟦gave up⟧ the throne on Sunday."),
        // a dam or a levee that breaks, bursts or is breached collapses ("the dam ⟦broke⟧" / "the dam ⟦was breached⟧" /
        // "two dams gave way");
        Entry(verb: "break", subjects: barriers, means: "collapse", example: "The dam above the village ⟦broke⟧ on Monday night."),
        Entry(verb: "burst", subjects: barriers, means: "collapse", example: "The levee ⟦burst⟧ early on Tuesday, flooding the town."),
        Entry(verb: "breach", subjects: barriers, means: "collapse", example: "The embankment was ⟦breached⟧ on Monday."),
        // whoever breaks into a building storms it ("protesters ⟦broke into⟧ the embassy" / "stormed the embassy");
        Entry(verb: "break", obliqueMarker: "into", means: "storm", example: "Protesters ⟦broke into⟧ the parliament building on Friday."),
        // someone admitted to hospital is hospitalised ("was ⟦admitted⟧ to hospital" / "was ⟦hospitalised⟧");
        Entry(verb: "admit", oblique: ("to", "hospital"), means: "hospitalise", example: "The singer was ⟦admitted to hospital⟧ on Tuesday."),
        // a player who nets a goal scores ("⟦netted⟧ two goals" / "⟦scored⟧ twice");
        Entry(verb: "net", objects: ["goal", "winner", "equaliser", "equalizer", "hat-trick"], means: "score",
              example: "The striker ⟦netted⟧ two goals on Saturday."),
        // what is taken into public ownership is nationalised ("⟦taken into state ownership⟧" / "⟦nationalised⟧").
        Entry(verb: "take", oblique: ("into", "ownership"), means: "nationalise", example: "The railways were ⟦taken into⟧ state ownership on Thursday."),
        // whoever tells a court, a committee or an inquiry something testifies ("⟦told⟧ a Senate committee that …" /
        // "⟦testified⟧ before the committee"), a happening of its own whatever it says.
        Entry(verb: "tell", objects: hearingBodies, means: "testify", example: "The former director ⟦told⟧ the inquiry on Tuesday that warnings had been ignored."),
    ]

    /// Bodies that hear testimony.
    static let hearingBodies: Set<String> = ["court", "committee", "subcommittee", "inquiry", "jury", "tribunal", "hearing", "parliament",
                                             "senate", "congress", "panel", "commission", "judge", "magistrate", "coroner", "inquest"]

    /// Businesses, by their common noun or the word closing their name ("Arrowhead ⟦Savings⟧", "Norrvik ⟦Group⟧").
    static let firms: Set<String> = ["bank", "lender", "company", "firm", "business", "insurer", "airline", "carrier", "retailer",
                                     "chain", "brokerage", "fund", "exchange", "group", "holdings", "savings", "trust", "bancorp",
                                     "corp", "corporation", "inc", "ltd", "plc", "airlines", "airways", "capital", "partners",
                                     "startup", "start-up", "conglomerate", "operator", "developer", "builder", "manufacturer", "maker"]

    /// What a vehicle falls into off a road.
    static let drops: Set<String> = ["gorge", "ravine", "valley", "canyon", "river", "ditch", "chasm", "abyss", "gully", "lake",
                                     "canal", "sea", "stream", "creek", "precipice"]

    /// People held who may break out.
    static let escapers: Set<String> = ["prisoner", "inmate", "convict", "detainee", "suspect", "fugitive", "man", "woman", "pair",
                                        "gunman", "killer", "murderer", "men", "women", "teenager", "boy", "girl"]

    /// What holds water back, whose breaking, bursting or breach is its collapse.
    static let barriers: Set<String> = ["dam", "levee", "dike", "dyke", "embankment", "seawall", "floodwall", "reservoir", "barrage"]

    /// Offences one is charged with, and cleared of: "cleared of all ⟦charges⟧".
    static let offences: Set<String> = ["charge", "count", "wrongdoing", "murder", "manslaughter", "misconduct", "offence", "offense",
                                        "crime", "fraud", "corruption", "allegation", "rape", "assault", "negligence", "bribery", "treason"]

    /// Armed forces a town can fall to.
    static let fighters: Set<String> = ["rebel", "insurgent", "militant", "troop", "soldier", "force", "army", "fighter", "militia",
                                        "jihadist", "guerrilla", "separatist", "junta", "mercenary"]

    /// Rulings that are overturned.
    static let rulings: Set<String> = ["conviction", "sentence", "verdict", "ruling", "decision", "judgment", "judgement", "order",
                                       "injunction", "acquittal"]

    /// Who sits at a negotiating table: "Aldaria's ⟦negotiators⟧ walked out".
    static let negotiators: Set<String> = ["negotiator", "delegation", "delegate", "envoy", "diplomat", "mediator", "side", "party"]

    /// What a bidder makes: "tabled a formal ⟦offer⟧", "launched a hostile ⟦bid⟧".
    static let offers: Set<String> = ["bid", "counterbid", "offer", "counteroffer", "approach", "proposal"]

    /// What is bid for or negotiated: a bid, an offer, a deal, the talks ("⟦walked away from⟧ the ⟦talks⟧").
    static let bids: Set<String> = ["bid", "counterbid", "offer", "counteroffer", "approach", "proposal", "deal", "takeover", "merger",
                                    "talks", "talk", "negotiation", "agreement", "pursuit", "tender", "terms"]

    /// What is charged, which is put up or raised: "put up fuel ⟦prices⟧".
    static let charges: Set<String> = ["price", "fare", "tariff", "tax", "rent", "fee", "toll", "levy", "duty", "rate"]

    /// Gases fired at crowds: "fired ⟦tear⟧ gas", "⟦teargas⟧".
    static let riotGases: Set<String> = ["tear", "teargas", "tear-gas"]

    /// What a union or a government calls: "called a general ⟦strike⟧", "⟦hartal⟧", "a snap ⟦election⟧".
    static let stoppages: Set<String> = ["strike", "hartal", "walkout", "shutdown", "stoppage", "boycott", "election", "referendum"]

    /// People one can be taken away as: "drove off with five aid ⟦workers⟧".
    static let people: Set<String> = ["worker", "hostage", "people", "person", "tourist", "engineer", "journalist", "child", "girl",
                                      "boy", "woman", "man", "passenger", "staff", "student", "official", "employee", "foreigner",
                                      "volunteer", "missionary", "nurse", "doctor", "teacher", "villager", "soldier", "them", "him", "her"]

    /// Messages that are sent: "the first ⟦letters⟧ went out".
    static let messages: Set<String> = ["message", "email", "e-mail", "letter", "notice", "notification", "invitation", "text",
                                        "alert", "newsletter", "mailing", "circular"]

    /// What erupts when it blows or explodes: "the ⟦volcano⟧ blew".
    static let volcanoes: Set<String> = ["volcano", "mountain", "crater", "caldera", "stratovolcano"]

    /// Fires that are put out: "put out the ⟦blaze⟧".
    static let fires: Set<String> = ["fire", "blaze", "flame", "wildfire", "inferno"]

    /// Adverbs that complete a verb as its particle wherever the parse hung them: "got their power ⟦back⟧".
    static let particleAdverbs: Set<String> = ["back", "out", "off", "up", "down", "away", "over"]

    /// What is supplied through a network, whose loss is a blackout: "lost ⟦power⟧", "cut ⟦electricity⟧".
    /// Posts a person is named to ("named a federal ⟦mediator⟧", "named an interim chief ⟦executive⟧").
    static let posts: Set<String> = ["mediator", "receiver", "successor", "executive", "director", "chairman", "chairwoman", "chair",
                                     "coach", "manager", "minister", "secretary", "envoy", "administrator", "commissioner", "president",
                                     "ceo", "head", "leader", "captain", "governor", "ambassador", "investigator", "prosecutor", "trustee"]
    /// (a vessel's propulsion is its power: "the ship ⟦lost propulsion⟧" / "⟦lost power⟧")
    static let supplies: Set<String> = ["power", "electricity", "service", "supply", "propulsion"]
    /// What sounds a warning: "the ⟦alarm⟧ sounded", "⟦sirens⟧ went off".
    static let alarms: Set<String> = ["alarm", "siren", "bell", "klaxon", "horn", "alert"]
    /// Documents a release publishes (and pictures: "released CCTV ⟦images⟧ of two men" / "released CCTV ⟦footage⟧").
    static let documents: Set<String> = ["report", "term", "finding", "transcript", "document", "recording", "tape", "audio", "video",
                                         "footage", "statement", "figure", "data", "result", "letter", "memo", "email", "list", "plan",
                                         "image", "picture", "photo", "photograph", "still", "photofit", "e-fit", "sketch"]
    /// Jobs that are cut: a layoff.
    static let jobs: Set<String> = ["job", "post", "position", "role", "worker", "employee", "staff", "workforce"]
    /// What a plant puts out: halting it closes the plant.
    static let outputs: Set<String> = ["production", "operation", "manufacturing", "output"]
    /// What is said: rejecting it is denying it.
    /// Who arrests people: the subject of an arrest told in other words ("⟦police⟧ picked up three suspects").
    static let lawOfficers: Set<String> = ["police", "policeman", "policewoman", "officer", "detective", "agent", "trooper", "deputy",
                                           "constable", "gendarme", "gendarmerie", "authority"]

    static let assertions: Set<String> = ["claim", "allegation", "report", "suggestion", "accusation", "charge", "assertion", "rumour",
                                          "rumor", "criticism"]
    /// What a government or a company lays before the public: a plan "unveiled", "presented" or "tabled".
    static let proposals: Set<String> = ["plan", "proposal", "budget", "strategy", "package", "blueprint", "roadmap", "bill", "reform",
                                         "programme", "program", "scheme"]
    /// Measures under way that are widened: a recall, a search, an order, an inquiry.
    static let measures: Set<String> = ["recall", "search", "order", "ban", "curfew", "restriction", "zone", "evacuation", "investigation",
                                        "inquiry", "probe", "operation", "sanction", "lockdown", "cordon", "perimeter", "warning", "alert"]
    /// A company's results for a period.
    static let results: Set<String> = ["loss", "profit", "deficit", "earnings", "revenue", "surplus", "writedown", "write-down",
                                       "charge", "impairment", "result"]
    /// Inquiries that are launched, ordered or set up.
    static let inquiries: Set<String> = ["investigation", "inquiry", "probe", "review", "inquest", "audit"]
    /// Agreements that are reached, struck or clinched.
    static let accords: Set<String> = ["deal", "agreement", "accord", "settlement", "compromise", "truce", "ceasefire", "pact"]
    /// Where buses and trains set out from: one that leaves or pulls out of one departs.
    static let stations: Set<String> = ["station", "terminal", "terminus", "depot", "park", "platform"]
    /// Hospitals the injured are taken to.
    static let hospitals: Set<String> = ["hospital", "clinic", "infirmary"]
    /// Roads a vehicle can leave or veer off (not "course", "track": a ship veers off course, a train leaves the track).
    static let roads: Set<String> = ["road", "roadway", "highway", "motorway", "freeway", "expressway", "carriageway", "street"]
    /// Road vehicles, whose plunging or going over an edge is a crash.
    static let roadVehicles: Set<String> = ["bus", "coach", "minibus", "car", "truck", "lorry", "van", "vehicle", "jeep", "taxi",
                                            "tanker", "trailer", "motorcycle", "suv"]
    /// Aircraft that go down.
    static let aircraft: Set<String> = ["plane", "aircraft", "jet", "airliner", "helicopter", "chopper", "flight", "airplane", "aeroplane",
                                        "drone", "glider", "seaplane"]
    /// Bombs that go off.
    static let bombs: Set<String> = ["bomb", "device", "explosive", "grenade", "mine", "charge", "shell", "rocket", "ied"]
    /// Rates that are cut or raised.
    static let rates: Set<String> = ["rate", "price", "tariff", "tax", "fare", "forecast", "target", "fee", "duty", "levy"]
    /// Happenings set for a day that can be put back.
    static let appointments: Set<String> = ["vote", "election", "decision", "hearing", "trial", "match", "game", "opening", "launch",
                                            "meeting", "sentencing", "verdict", "ruling", "summit", "ceremony", "referendum", "debate",
                                            "publication", "release"]
    /// Services that are halted until further notice.
    static let services: Set<String> = ["flight", "departure", "arrival", "traffic", "service", "trading", "shipping", "sailing", "train",
                                        "ferry", "bus", "operation", "delivery", "shipment"]
    /// Gatherings the police end by force.
    static let gatherings: Set<String> = ["rally", "protest", "demonstration", "crowd", "gathering", "march", "sit-in", "camp",
                                          "encampment", "vigil", "meeting", "blockade"]
    /// Processes a pause or a freeze suspends.
    static let processes: Set<String> = ["tender", "procurement", "process", "talks", "negotiation", "sale", "programme", "program",
                                         "project", "contract", "payment", "funding", "aid", "work", "construction", "production",
                                         "operation", "delivery", "hiring", "recruitment", "investigation", "inquiry", "trial", "plan"]

    private static let byVerb: [String: [Entry]] = Dictionary(grouping: entries, by: \.verb)

    /// The predicate the verb at `v` means with its particle or bare object, or nil.
    static func meaning(of v: Int, tree: DependencyTree) -> String? { entry(of: v, tree: tree)?.means }

    /// Whether the verb at `v` means a predicate of its own with its subject or object: "the ⟦lights⟧ came back", "got
    /// their ⟦power⟧ back" are power restored, not a happening the noun names with a light verb ("the launch ⟦came⟧
    /// after two attempts", "⟦got⟧ a hearing").
    static func takesItsNoun(_ v: Int, tree: DependencyTree) -> Bool {
        entry(of: v, tree: tree).map { $0.subjects != nil || $0.objects != nil } ?? false
    }

    /// Whether a determiner right after the verb opens an object the parse hung elsewhere: "The authority has grounded
    /// ⟦the⟧ Kea-2 and ordered an inquiry" read "the Kea-2" as the subject of "ordered"; the verb is no intransitive one
    /// for that ("the ferry overturned ⟦the⟧ next day": a determiner of the verb's own date or place is no object).
    static func lostObject(after v: Int, tree: DependencyTree) -> Bool {
        let d = v + 1
        guard d < tree.count, tree.words[d].upos == "DET" || tree.words[d].xpos == "PRP$", let noun = tree.head(d), noun > v else { return false }
        return tree.head(noun) != v || !(tree.rel(noun).hasPrefix("obl") || tree.rel(noun).hasPrefix("nmod") || tree.rel(noun) == "advmod")
    }

    /// The entry the verb at `v` matches with its particle, object, complement or subject, or nil.
    static func entry(of v: Int, tree: DependencyTree) -> Entry? {
        guard let candidates = byVerb[tree.lemma(v)] else { return nil }
        // The particle, or the word right after the verb, whatever the parse made of it ("passed ⟦away⟧" as a
        // modifier, "caved ⟦in⟧ on Friday" as a preposition of the date).
        var particles = tree.children(v, ["compound:prt"]).map { tree.lower($0) }
        // (or a particle after the object, read as an adverb: "got their power ⟦back⟧")
        particles += tree.children(v, ["advmod"]).filter { $0 > v && particleAdverbs.contains(tree.lower($0)) }.map { tree.lower($0) }
        if v + 1 < tree.count, ["ADP", "ADV", "PART"].contains(tree.words[v + 1].upos) { particles.append(tree.lower(v + 1)) }
        // (or the "out" of "out of" the parse made a preposition of the place: "brought four boys ⟦out of⟧ the cave")
        for o in tree.children(v, ["obl"]) {
            let marks = tree.children(o, ["case"])
            if marks.count == 2, tree.lower(marks[0]) == "out", tree.lower(marks[1]) == "of" { particles.append("out") }
        }
        var objects = tree.children(v, ["obj"]).filter { tree.children($0, ["det", "nmod:poss"]).isEmpty }.map { tree.lemma($0) }
        // (or the bare word right after the verb that hangs on it, whatever relation the parse gave it: "gave ⟦way⟧"
        // read as an adverb)
        if v + 1 < tree.count, tree.head(v + 1) == v, tree.children(v + 1, ["det", "nmod:poss"]).isEmpty {
            objects.append(tree.lower(v + 1))
        }
        // (or what its passive or its participle is said of: "the ⟦lawsuit⟧ was filed", "the ⟦lawsuit⟧, filed in May")
        // (or the one told: "told ⟦the inquiry⟧ that …")
        var posts = tree.children(v, ["obj", "nsubj:pass", "iobj"]).map { tree.lemma($0) }
        if tree.words[v].xpos == "VBN", tree.base(v) == "acl", let h = tree.head(v) { posts.append(tree.lemma(h)) }
        // (or the noun its relative clause describes, when the clause's object is the relative word: "the firm ⟦offer⟧
        // which Norrvik announced on 5 October", also where the parse hung the clause on the noun's of-phrase, "the firm
        // ⟦offer⟧ of 465 pence per share which …")
        if tree.rel(v) == "acl:relcl", var h = tree.head(v),
           tree.children(v, ["obj"]).allSatisfy({ ["which", "that", "whom"].contains(tree.lower($0)) }) {
            posts.append(tree.lemma(h))
            for _ in 0..<3 where tree.rel(h).hasPrefix("nmod") { guard let up = tree.head(h) else { break }; posts.append(tree.lemma(up)); h = up }
        }
        var complements = tree.children(v, ["xcomp"]).map { tree.lower($0) }
        // (a complement denied reads with its "not": "found them ⟦not guilty⟧")
        complements += tree.children(v, ["xcomp"]).filter { c in tree.children(c, ["advmod"]).contains { tree.lower($0) == "not" && $0 < c } }
            .map { "not " + tree.lower($0) }
        if v + 1 < tree.count { complements.append(tree.lower(v + 1)) }
        let alone = tree.words[v].upos == "VERB" && tree.children(v, ["obj", "aux:pass", "nsubj:pass", "ccomp", "xcomp"]).isEmpty
            && !tree.rel(v).hasPrefix("amod") && !lostObject(after: v, tree: tree)
        // (or the object's: "plunged the city ⟦into darkness⟧" with "darkness" hung on "city")
        // (or the particle's: "walked ⟦away⟧ from the ⟦talks⟧" with "talks" hung on "away")
        let obliques = (tree.children(v, ["obl"]) + tree.children(v, ["obj"]).flatMap { tree.children($0, ["nmod"]) }
                        + tree.children(v, ["advmod", "compound:prt"]).filter { $0 > v }.flatMap { tree.children($0, ["obl"]) })
            .flatMap { o in tree.children(o, ["case"]).map { (tree.lower($0), tree.lemma(o)) } }
        // (the subject of the verb, or of the verb it is coordinated with or hangs on as a participle: "the lights
        // came back ⟦on⟧", "Santa Fe ⟦was brought back⟧ online")
        var subjects = tree.children(v, ["nsubj", "nsubj:pass"])
        if subjects.isEmpty, ["conj", "xcomp"].contains(String(tree.base(v))), let h = tree.head(v) { subjects = tree.children(h, ["nsubj", "nsubj:pass"]) }
        // (and the word closing a name the parse heads by its first word: "Arrowhead ⟦Savings⟧")
        let subjectNouns = subjects.flatMap { [tree.lemma($0)] + tree.children($0, ["flat"]).suffix(1).map { tree.lemma($0) } }
        // (the object's head or a word that modifies it: "knocked out the ⟦power⟧ grid", "hit a ⟦record⟧ 3,412 megawatts")
        let objectWords = posts + tree.children(v, ["obj", "nsubj:pass"]).flatMap { tree.children($0, ["amod", "compound"]) }.map { tree.lemma($0) }
        let next = (v + 1..<min(v + 3, tree.count)).map { tree.lower($0) }
        return candidates.first { e in
            // Every key the entry gives must be there (an entry with none is the verb itself).
            let keys = [e.particle.map(particles.contains), e.object.map(objects.contains), e.complement.map(complements.contains),
                        e.objectNoun.map(posts.contains), e.oblique.map { o in obliques.contains { $0 == o } },
                        e.obliqueNouns.map { o in obliques.contains { $0.0 == o.preposition && o.nouns.contains($0.1) } },
                        // (or the word after its particle, whatever the parse hung it on: "broke out ⟦of⟧ HMP Kirkhill")
                        e.obliqueMarker.map { m in obliques.contains { $0.0 == m } || next.contains(m) },
                        e.subjects.map { s in subjectNouns.contains(where: s.contains) },
                        // (a person's name of two words or more: "Ebola broke out" erupted)
                        e.nameSubject ? subjects.contains(where: { s in tree.words[s].upos == "PROPN" && tree.children(s, ["flat", "compound"]).contains { tree.words[$0].upos == "PROPN" } }) : nil,
                        e.objects.map { o in objectWords.contains(where: o.contains) }, e.followedBy.map(next.contains),
                        e.governor.map { g in tree.rel(v) == "xcomp" && tree.head(v).map { tree.lemma($0) == g } == true }].compactMap { $0 }
            let matched = keys.allSatisfy { $0 }
            // (an intransitive entry with a particle needs both: "set ⟦out⟧" from port, not "set out her plans")
            return e.intransitive ? alone && matched : matched
        }
    }
}
