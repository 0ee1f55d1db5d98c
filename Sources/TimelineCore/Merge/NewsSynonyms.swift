/// Words news uses for one thing, one outlet's beside another's: a reporter who wrote "the freighter" in one line
/// writes "the vessel" in the next, and the next outlet "the ship". The merge compares a clause's content words with
/// these groups read as one word (`MergeFeatures.contentSynonyms`), so "the captives were released on Sunday" and "the
/// hostages were released on Sunday" share what they tell of. Only words news uses interchangeably for one referent
/// (never a word and its broader kind: a "storm" may be no hurricane, a "company" any company), each group with a pair
/// of outlets' lines that a test reads (`NewsSynonymTests`).
enum NewsSynonyms {
    struct Group: Sendable {
        /// The words, the first standing for the group.
        var words: [String]
        /// Two outlets' lines for one happening, each with a word of the group.
        var example: (String, String)
    }

    static let groups: [Group] = [
        Group(words: ["rise", "increase", "hike"],
              example: ("The government suspended a steep rise in fuel prices on Friday.", "The government suspended the fuel price increase on Friday.")),
        Group(words: ["hostage", "captive"],
              example: ("The hostages were released on Sunday.", "The captives were released on Sunday.")),
        Group(words: ["ceasefire", "cease-fire", "truce", "armistice"],
              example: ("The ceasefire began on Sunday.", "The truce began on Sunday.")),
        Group(words: ["factory", "plant", "works"],
              example: ("The factory closed on Monday.", "The plant closed on Monday.")),
        Group(words: ["ship", "vessel", "freighter"],
              example: ("The ship was refloated on Friday.", "The vessel was refloated on Friday.")),
        Group(words: ["aircraft", "plane", "jet", "airliner", "airplane", "aeroplane"],
              example: ("The aircraft was grounded on Monday.", "The jet was grounded on Monday.")),
        Group(words: ["bill", "legislation"],
              example: ("Parliament approved the bill on Wednesday.", "Parliament approved the legislation on Wednesday.")),
        Group(words: ["prison", "jail", "gaol", "penitentiary"],
              example: ("Two inmates escaped from the prison on Sunday.", "Two inmates escaped from the jail on Sunday.")),
        Group(words: ["protester", "demonstrator"],
              example: ("Police dispersed the protesters on Tuesday.", "Police dispersed the demonstrators on Tuesday.")),
        Group(words: ["soldier", "troop"],
              example: ("Soldiers entered the town on Monday.", "Troops entered the town on Monday.")),
        Group(words: ["rebel", "insurgent"],
              example: ("The rebels captured the airport on Friday.", "The insurgents captured the airport on Friday.")),
        Group(words: ["worker", "employee"],
              example: ("The company laid off 500 workers on Monday.", "The company laid off 500 employees on Monday.")),
        Group(words: ["home", "house", "dwelling"],
              example: ("The flood destroyed 300 homes on Sunday.", "The flood destroyed 300 houses on Sunday.")),
        Group(words: ["car", "vehicle", "automobile"],
              example: ("The carmaker recalled 40,000 cars on Tuesday.", "The carmaker recalled 40,000 vehicles on Tuesday.")),
        Group(words: ["truck", "lorry"],
              example: ("A truck overturned on the motorway on Friday.", "A lorry overturned on the motorway on Friday.")),
        Group(words: ["pupil", "student", "schoolchild"],
              example: ("Ninety pupils were evacuated on Monday.", "Ninety students were evacuated on Monday.")),
        Group(words: ["lawyer", "attorney", "solicitor", "barrister", "counsel"],
              example: ("His lawyer filed an appeal on Friday.", "His solicitor filed an appeal on Friday.")),
        Group(words: ["inquiry", "enquiry", "investigation", "probe"],
              example: ("The minister ordered an inquiry on Tuesday.", "The minister ordered an investigation on Tuesday.")),
        Group(words: ["explosion", "blast"],
              example: ("The explosion damaged 40 homes on Friday.", "The blast damaged 40 homes on Friday.")),
        Group(words: ["earthquake", "quake", "tremor"],
              example: ("The earthquake struck at 3 a.m. on Sunday.", "The tremor struck at 3 a.m. on Sunday.")),
        Group(words: ["share", "stock"],
              example: ("Its shares fell 58 percent on Monday.", "Its stock fell 58 percent on Monday.")),
        Group(words: ["highway", "motorway", "freeway", "expressway"],
              example: ("Police closed the highway on Friday.", "Police closed the motorway on Friday.")),
        Group(words: ["agreement", "deal", "accord", "pact"],
              example: ("The two sides signed the agreement on Friday.", "The two sides signed the deal on Friday.")),
    ]

    /// Each word of a group → the group's first word.
    static let canonical: [String: String] = {
        var out: [String: String] = [:]
        for g in groups {
            for w in g.words.dropFirst() {
                precondition(out[w] == nil, "a word is in one group")
                out[w] = g.words[0]
            }
        }
        return out
    }()
}
