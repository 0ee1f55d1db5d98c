/// The word tables that decide, over a parse, which words report happenings and how. Lemmas, lowercase.
enum PredicateRules {
    /// Relations under which a verb heads a clause of its own (a predicate): "rescued" (root), "that he ⟦resigned⟧"
    /// (ccomp), "to ⟦reopen⟧" (xcomp), "boys ⟦trapped⟧ in the cave" (acl). A verb as `amod` ("the trapped boys") or
    /// `compound` reports nothing by itself.
    static let clausal: Set<String> = ["root", "conj", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "dep", "list",
                                       "appos", "orphan"]

    /// Verbs of states and relations, never a happening: "Apple ⟦has⟧ 50 stores", "it ⟦seems⟧", "they ⟦want⟧ peace",
    /// "an investigation that ⟦lasted⟧ two years" (how long a happening took is no happening of its own).
    static let stative: Set<String> = ["be", "have", "seem", "become", "remain", "include", "contain", "consist", "mean",
        "know", "think", "believe", "feel", "like", "love", "hate", "own", "belong", "cost", "involve", "exist", "lack", "look",
        "sound", "matter", "deserve", "let", "need", "want", "wish", "do", "get", "appear", "see", "hear", "understand",
        "regard", "consider", "call", "refer", "represent", "accord", "base", "please", "concern", "relate",
        "tend", "use", "allow", "help", "keep", "remember", "forget", "care", "mind", "wonder", "doubt", "fear", "realise",
        "realize", "imagine", "guess", "suppose", "seem", "prefer", "enjoy", "worry", "last"]

    /// Participles that describe the noun they modify — its name, place or look — rather than tell a happening.
    static let descriptiveParticiples: Set<String> = ["locate", "situate", "base", "headquarter", "name", "call", "dub", "title",
        "entitle", "know", "color", "colour", "shape", "size", "dress", "label", "nickname", "style", "term"]

    /// Nouns that count what their "of" phrase names: "a ⟦number⟧ of celebrations", "a ⟦series⟧ of strikes".
    /// ("a ⟦round⟧ of talks" and "a ⟦wave⟧ of strikes" name a happening of their own.)
    static let quantityNouns: Set<String> = ["number", "series", "string", "couple", "lot", "spate", "flurry", "raft", "handful",
                                             "dozen", "host", "pair"]

    /// Verbs whose event-noun object or subject is the happening ("⟦held⟧ talks", "talks ⟦took place⟧",
    /// "⟦resumed⟧ peace talks", "the rescue ⟦began⟧", "the launch ⟦came⟧ after two scrubbed attempts"): the noun is the trigger, the verb lends it its date,
    /// tense and arguments.
    static let light: Set<String> = ["hold", "have", "conduct", "stage", "carry", "make", "give", "take", "host", "undergo",
        "perform", "do", "begin", "start", "resume", "continue", "complete", "finish", "conclude", "end", "happen", "occur",
        "attend", "join", "see", "mark", "witness", "get", "enter", "wrap", "place", "come", "issue", "deliver", "launch", "mount",
        // (what "breaks out" is the happening: "a ⟦fire⟧ broke out", "⟦fighting⟧ broke out")
        "break",
        // (what ignites is the fire: "the ⟦blaze⟧ ignited on private land", "sparks ignited a ⟦fire⟧")
        "ignite",
        // (what is opened is the happening: "the foreign minister ⟦opened⟧ the ⟦talks⟧", "police opened an ⟦inquiry⟧", as
        // "the talks opened" is; "opened fire" is a phrase of its own, `PhrasalPredicates`)
        "open"]

    /// Heads of a fire's name, which breaking out, starting or igniting tells as the fire: "the Dixie ⟦Fire⟧ broke out".
    static let namedFireHeads: Set<String> = ["fire", "wildfire", "blaze", "bushfire"]

    /// Verbs of scheduling: an event noun they schedule is the happening, planned for the date they give ("a
    /// ⟦hearing⟧ on the motion is scheduled for August 4", "the court set a ⟦trial⟧ for May"); they are planned
    /// governors too, so the noun is planned.
    /// Verbs whose event-noun subject is the happening they tell: "an ⟦earthquake⟧ struck", "a storm ⟦hit⟧ the coast",
    /// "a blast ⟦rocked⟧ the capital" (a light verb with its subject alone; "the storm hit the ⟦festival⟧" is the storm).
    /// Nouns of an instruction, which the noun before them says what to do: "an ⟦evacuation⟧ order".
    static let orderNouns: Set<String> = ["order", "directive", "decree"]

    /// Nouns of a storm, which a category names too ("a Category 3 ⟦hurricane⟧", "a tropical ⟦storm⟧").
    static let stormNouns: Set<String> = ["storm", "hurricane", "typhoon", "cyclone", "tornado", "depression"]

    static let occurrenceVerbs: Set<String> = ["strike", "hit", "rock", "jolt", "shake", "erupt", "sweep", "ravage", "lash", "batter"]

    static let scheduling: Set<String> = ["schedule", "reschedule", "set", "slate", "plan", "arrange"]

    /// Nouns naming a part of the period their "of" phrase gives: "for the ⟦rest⟧ of the week".
    static let partsOfAPeriod: Set<String> = ["rest", "remainder", "balance", "bulk", "majority", "half", "part", "portion",
        "beginning", "start", "end", "middle", "course", "duration", "length", "span", "remainder", "run-up", "lead-up"]

    /// Verbs that tell of a happening from outside, as a thing found, judged or traced: "the attack ⟦was discovered⟧ on
    /// Sunday" is the discovery, not the attack (as "the rescue ⟦ended⟧" is the rescue).
    static let aboutAHappening: Set<String> = ["discover", "detect", "find", "notice", "spot", "uncover", "investigate", "probe",
        "condemn", "blame", "claim", "report", "confirm", "deny", "describe", "trace", "attribute", "link", "criticise",
        "criticize", "praise", "film", "record", "witness", "see", "hear", "remember", "mark", "commemorate", "review",
        // (or judged by whoever may let it happen: "the takeover ⟦was blocked⟧ by the regulator" is the regulator's
        // decision, told by another outlet as "the regulator blocked the takeover", not the takeover)
        "block", "bar", "veto", "approve", "reject", "clear", "endorse", "ratify", "authorise", "authorize", "sanction",
        "challenge", "oppose"]

    /// Verbs that undo, defer or widen what their subject names: "the evacuation order ⟦was lifted⟧", "the strike was
    /// ⟦called off⟧", "the ban was ⟦extended⟧" tell a change of the order, strike or ban, another happening than it (as
    /// "the rescue ⟦ended⟧" is not: it is the rescue). So do verbs of a change of strength: "the storm ⟦weakened⟧ to a
    /// tropical storm", "the hurricane ⟦intensified⟧ overnight" are not the storm's landfall.
    static let changingAHappening: Set<String> = ["lift", "cancel", "revoke", "rescind", "scrap", "withdraw", "postpone",
        "suspend", "extend", "relax", "ease", "overturn", "repeal", "delay", "reverse", "tighten", "expand",
        "weaken", "strengthen", "intensify", "downgrade", "upgrade"]

    /// Verbs (or the predicates phrasal verbs mean: "call off" → cancel) that end the happening their object names:
    /// the ending is that happening's last stage.
    static let endingAHappening: Set<String> = ["cancel", "end", "halt", "abandon", "conclude", "finish", "terminate"]

    /// Nouns of an order that keeps a happening going until lifted: "the evacuation ⟦order⟧", "the shelter-in-place
    /// ⟦order⟧", "the evacuation ⟦notice⟧".
    static let orders: Set<String> = ["order", "notice", "warning", "advisory", "directive", "mandate"]

    /// Light verbs that lend an event noun their frame only with their particle: "⟦carried out⟧ an attack", but "a plane
    /// ⟦carrying⟧ medicines" carries things.
    static let lightWithParticle: [String: String] = ["carry": "out", "wrap": "up", "break": "out"]

    /// Whether the verb at `v` is light: one of `light`, with its particle where it needs one ("carried ⟦out⟧", "broke
    /// ⟦out⟧"; not "broke down").
    static func isLight(_ v: Int, tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(v)
        guard light.contains(lemma) else { return false }
        if lemma == "open", PhrasalPredicates.entry(of: v, tree: tree) != nil { return false }
        guard let particle = lightWithParticle[lemma] else { return true }
        return tree.children(v, ["compound:prt"]).contains { tree.lower($0) == particle }
    }

    /// Reporting verbs: their complement is reported content ("Peskov ⟦said⟧ talks would resume"), and they are
    /// not happenings of their own while they have one.
    static let reporting: Set<String> = ["say", "tell", "claim", "state", "add", "note", "explain", "insist", "allege", "write",
        "argue", "comment", "stress", "reiterate", "suggest", "report", "reply", "respond", "indicate", "acknowledge",
        "admit", "assert", "maintain", "believe", "think", "emphasise", "emphasize", "observe", "remark", "tweet", "post"]

    /// Verbs of refusing: refusing to say something is a happening, not a saying ("⟦declined⟧ to comment Saturday").
    static let refusals: Set<String> = ["decline", "refuse"]

    /// Reporting verbs that also name a deed done to their object: "⟦added⟧ 500 jobs", "⟦admit⟧ Poland", "⟦maintained⟧
    /// its forecast", "⟦posted⟧ a loss" (with content they report: "added that …").
    static let sayingOrDoing: Set<String> = ["report", "add", "admit", "maintain", "post"]

    /// Verbs of speaking that a participle before a reporting verb names the occasion of: "⟦Speaking⟧ to reporters,
    /// she said …", "⟦Addressing⟧ parliament, he announced …".
    static let speaking: Set<String> = ["speak", "talk", "address", "write", "testify", "reply", "respond", "answer"]

    /// Verbs that report and are news themselves: "Jobs ⟦announced⟧ Monday that he will take medical leave" is an
    /// announcement (its own event) whose content is attributed to Jobs.
    static let announcing: Set<String> = ["announce", "confirm", "reveal", "disclose", "declare", "predict", "deny", "warn",
        "promise", "pledge", "vow", "threaten", "agree", "decide", "order", "rule", "testify", "concede"]

    /// Verbs that make their `xcomp` planned: "⟦plans⟧ to sell", "is ⟦set⟧ to open", "is ⟦due⟧ to land".
    static let plannedGovernors: Set<String> = ["plan", "intend", "aim", "schedule", "reschedule", "slate", "set", "due", "prepare", "agree", "decide",
        "promise", "vow", "pledge", "go", "propose", "arrange", "resolve", "commit"]
    /// Planning verbs that, told in the past, are a happening of their own beside the plan they make: "⟦agreed⟧ to
    /// assume its deposits", "⟦decided⟧ to close the plant".
    static let happeningGovernors: Set<String> = ["agree", "decide"]
    /// Verbs and adjectives that make their `xcomp` expected: "⟦expects⟧ to reopen by the end of May",
    /// "is ⟦likely⟧ to resign", "⟦hopes⟧ to finish".
    static let expectedGovernors: Set<String> = ["expect", "likely", "hope", "want", "seek", "try", "threaten", "wish",
        "predict", "anticipate", "forecast", "consider", "attempt", "offer", "ask", "urge", "unlikely", "poised", "poise", "able",
        "need", "require", "bound", "sure", "certain", "struggle", "fail", "refuse", "decline", "unable", "ready", "willing", "eager",
        // (and the nouns of "on track to", "on course to": "remains on ⟦track⟧ to resume production by August 24")
        "track", "course", "pace"]

    /// Verbs of trying: with a state for their `xcomp` ("sought to become his guardian", "tried to remain in office")
    /// the attempt is the happening.
    static let attempting: Set<String> = ["seek", "try", "attempt"]

    /// Nouns of an occasion that a date before them places in time, though they name no happening of their own
    /// ("a ⟦Wednesday⟧ media event", "the ⟦Monday⟧ session"), and the issues of a publication or a broadcast what is
    /// said in them comes out in ("quoted an officer in its ⟦Friday⟧ issue", "reported in its ⟦Sunday⟧ editions").
    static let occasionNouns: Set<String> = ["event", "occasion", "conference", "summit", "session", "show", "keynote",
        "presentation", "briefing", "gathering", "festival", "fair", "expo", "convention", "speech", "agreement", "deadline",
        "issue", "edition", "broadcast", "newscast", "bulletin", "editorial", "column", "episode"]

    /// Verbs whose object is what is expected, when they are the predicate themselves: "⟦expects⟧ approval by March".
    static let expectationVerbs: Set<String> = ["expect", "anticipate", "forecast", "hope", "await"]

    /// Verbs of aspect: their `xcomp` is the happening, and they lend it their tense, date and subject without
    /// changing its modality: "aid ⟦began⟧ to reach Derna on Wednesday" is one event, the reaching, begun.
    static let aspectualGovernors: Set<String> = ["begin", "start", "continue", "resume", "stop", "cease", "finish", "manage"]
    /// Verbs of obligation with a "to" infinitive: like the aspectual ones they lend the infinitive their frame
    /// (auxiliaries, tense, date, subject) and leave its modality to those: "Ukrainians would ⟦have⟧ to accept" is
    /// expected (by "would"), "residents ⟦had⟧ to flee on Monday" happened. So do verbs of letting and forcing:
    /// "residents will be ⟦allowed⟧ to return on Wednesday" is planned, "⟦forcing⟧ residents to evacuate" happened.
    static let obligationGovernors: Set<String> = ["have", "ought", "allow", "permit", "force", "compel", "oblige"]

    /// Auxiliaries of modality: "⟦will⟧ resume" planned, "⟦could⟧ collapse" expected.
    static let plannedAux: Set<String> = ["will", "shall", "'ll", "wo"]
    static let expectedAux: Set<String> = ["would", "could", "may", "might", "should", "must", "can", "'d", "ca"]
    /// "would" in reported speech: the reported "will" ("said talks ⟦would⟧ resume").
    static let reportedFuture: Set<String> = ["would", "'d"]

    /// Negators: "will ⟦not⟧ resume", "⟦never⟧ reached", "did⟦n't⟧ sign"; "⟦no⟧ talks" for a noun.
    static let negators: Set<String> = ["not", "never", "n't", "no"]
    /// Subjects that deny the happening: "⟦nobody⟧ was hurt", "⟦none⟧ of the crew survived" ("no one" is "one" with
    /// the determiner "no").
    static let negativeSubjects: Set<String> = ["nobody", "nothing", "none", "noone", "no-one"]

    /// Prepositions that place an event noun in time: "⟦after⟧ the collapse", "⟦during⟧ the rescue".
    static let temporalPrepositions: Set<String> = ["after", "before", "during", "following", "since", "until", "amid", "ahead"]

    /// Subordinators of a clause that happens at the time of the clause it hangs on: "died on Friday ⟦while⟧
    /// placing oxygen tanks", "was arrested ⟦as⟧ he boarded the plane".
    static let simultaneousMarks: Set<String> = ["while", "as", "when"]
    /// Prepositions that bring a happening's own participants or place: "the discovery ⟦of⟧ a rifle", "a declaration
    /// ⟦by⟧ Ford", "the explosion ⟦at⟧ a clinic" (not "⟦to⟧ 157", which measures something else).
    /// Prepositions that say where their noun's thing is: a subject "in Baghdad" places what it does there.
    static let locatingPrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "beneath", "below", "throughout"]
    static let argumentPrepositions: Set<String> = ["of", "by", "on", "against", "at", "in", "into", "between", "with", "near", "outside", "inside"]
    /// Subordinators placing a clause before or after the one it hangs on: "⟦once⟧ a government is formed".
    static let temporalMarks: Set<String> = ["once", "after", "before", "until", "till"]
    /// Nouns of a time that a clause can tell ("on Monday, ⟦the day⟧ its ferry sank", "Friday, ⟦the night⟧ the
    /// fire broke out").
    static let dayNouns: Set<String> = ["day", "night", "morning", "afternoon", "evening", "date", "weekend"]

    /// Nouns of a count: a participle after one names what is counted, not a happening ("raised the ⟦number⟧
    /// rescued to eight", "the ⟦total⟧ killed").
    static let countNouns: Set<String> = ["number", "total", "toll", "count", "tally", "figure"]
    /// Verbs of harm a happening does to people or things: "the collapse of the bridge that ⟦killed⟧ six workers".
    static let harmVerbs: Set<String> = ["kill", "injure", "wound", "maim", "destroy", "damage", "claim", "hurt", "displace", "leave"]
    /// Verbs of a proceeding over a happening, whose "in" means "in connection with", not "at the time of": "was
    /// ⟦charged⟧ in the 1988 bombing", "⟦arrested⟧ in Sunday's killing" were not charged or arrested then.
    /// Verbs of a proceeding that name an offence with "with", "of" or "for": "charged ⟦with murder⟧", "convicted ⟦of
    /// fraud⟧", "arrested ⟦for theft⟧" (`ParseRepair.dayOfAProceedingReadOnItsOffence`).
    static let offenceVerbs: Set<String> = ["charge", "accuse", "convict", "indict", "arrest", "acquit", "clear", "suspect", "detain",
                                            "jail", "sentence", "find", "prosecute", "try", "fine"]
    static let proceedingVerbs: Set<String> = ["charge", "convict", "indict", "arrest", "acquit", "sentence", "suspect", "detain",
                                               "question", "try", "implicate", "want", "jail", "prosecute", "accuse", "blame",
                                               "investigate", "probe", "sue", "fine", "identify", "name", "hold", "clear", "exonerate"]
    /// Words ranking a noun among others, after which an infinitive tells what it did: "the ⟦first⟧ woman to win".
    static let rankWords: Set<String> = ["first", "second", "third", "fourth", "fifth", "last", "only", "latest", "next"]
    /// Figures reported for a period ("⟦third-quarter⟧ net income", "⟦first-half⟧ sales"): what they did, they did over it.
    /// Accounts and plans of a period, which a year before them names: "the ⟦2024⟧ accounts", "its 2027 budget".
    static let periodDocuments: Set<String> = ["account", "accounts", "budget", "return", "forecast", "guidance", "result", "results",
                                               "outlook"]
    static let periodFigures: Set<String> = ["income", "profit", "earnings", "sales", "revenue", "loss", "output", "production",
        "growth", "turnover", "deliveries", "shipments", "exports", "imports", "spending", "net", "volume", "attendance",
        // (the lemmas of the plural ones: "first-half ⟦sales⟧" is lemmatised "sale")
        "sale", "earning", "delivery", "shipment", "export", "import"]
    /// Nouns of a change in a figure: "a 20% ⟦gain⟧ in third-quarter net income".
    static let changeNouns: Set<String> = ["gain", "rise", "increase", "jump", "surge", "growth", "fall", "drop", "decline",
        "decrease", "slump", "slide", "plunge", "dip", "improvement", "deterioration", "rebound", "recovery", "downturn", "swing"]

    /// Words telling which stage of a repeated happening a clause reports: "the ⟦first⟧ four boys were rescued on
    /// Sunday", "divers brought four ⟦more⟧ boys out on Monday", "the ⟦last⟧ four … on Tuesday": three events.
    static let stageWords: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "more",
                                          "another", "remaining"]

    /// The stage a stage word tells, words for one stage made one: "the ⟦last⟧ four boys", "the ⟦final⟧ four boys" and
    /// "the ⟦remaining⟧ four boys" are the same four.
    /// ("⟦All⟧ 12 boys were rescued on Tuesday" tells the last stage too: the one that completed it.)
    static func stage(of word: String) -> String? {
        guard stageWords.contains(word) || word == "all" else { return nil }
        switch word {
        case "final", "remaining", "all": return "last"
        case "another": return "more"
        default: return word
        }
    }

    /// The count a number word or figure gives ("⟦seven⟧ bodies", "⟦1,200⟧ homes", "a ⟦dozen⟧ boats"), or nil ("a",
    /// "half" and vague quantities count nothing).
    static func count(at k: Int, tree: DependencyTree) -> Int? {
        guard tree.words[k].upos == "NUM" else { return nil }
        let form = tree.lower(k)
        // (an amount in millions or billions counts what its figure says: "$⟦1.3 billion⟧", "⟦420 million⟧ dollars",
        // so that "$1.3 billion" and "$2 billion" differ)
        if let scale = Self.amountScales[form] {
            guard let f = tree.children(k, ["compound", "nummod"]).first(where: { tree.words[$0].upos == "NUM" }),
                  let x = Double(tree.lower(f).replacingOccurrences(of: ",", with: "")), x > 0, x < 1_000_000 else { return nil }
            return Int((x * scale).rounded())
        }
        if let n = Int(form.replacingOccurrences(of: ",", with: "")) { return n > 0 ? n : nil }
        guard form != "a", form != "an", let n = Lexicon.numbers[form], n > 0 else { return nil }
        return n
    }

    /// Words scaling the figure before them into an amount: "1.3 ⟦billion⟧".
    static let amountScales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// The age a word gives a person, as news writes it, or nil: "Harold Briggs, ⟦71⟧, died", "a ⟦64⟧-year-old woman",
    /// "a man ⟦aged⟧ 58". Two deaths or injuries of people of different ages are two happenings however close their
    /// days (kept apart as stages are: `stage:age71`). A number set off after a name is an age only from 1 to 120
    /// ("Sept. 5, 2025" is none: no name before it).
    /// (A number word too, before "year old": "a ⟦seven⟧-year-old boy".)
    static func age(at k: Int, tree: DependencyTree) -> String? {
        let form = tree.lower(k)
        let next = (k + 1..<min(k + 5, tree.count)).map { tree.lower($0) }.filter { $0 != "-" }
        guard let n = Int(form), (1...120).contains(n) else {
            // (one token: "64-year-old")
            if form.hasSuffix("-year-old"), let n = Int(form.dropLast(9)), (1...120).contains(n) { return String(n) }
            if form != "a", form != "an", let n = Lexicon.numbers[form], (1...120).contains(n),
               next.starts(with: ["year", "old"]) || next.starts(with: ["years", "old"]) { return String(n) }
            return nil
        }
        if next.starts(with: ["year", "old"]) || next.first == "-year-old" { return String(n) }
        if k >= 1, tree.lower(k - 1) == "aged" { return String(n) }
        if k >= 2, tree.words[k - 1].form == ",", tree.words[k - 2].upos == "PROPN",
           k + 1 == tree.count || [",", ")", ";", "."].contains(tree.words[k + 1].form) { return String(n) }
        return nil
    }

    /// Pronouns a summary may replace by the name they stand for.
    static let personPronouns: Set<String> = ["he", "she"]

    /// Nouns that name a mishap without saying which: a definite one with nothing of its own stands for the mishap its
    /// article named last ("A cyberattack crippled the hospital … Nurses said ⟦the trouble⟧ started late on Saturday"
    /// is the attack's start; "the ferry sank … ⟦the tragedy⟧ happened at dawn" the sinking). "The accident" and "the
    /// disaster" are mishaps of the trigger table already, of any kind.
    static let generalMishapNouns: Set<String> = ["incident", "trouble", "tragedy", "episode", "ordeal", "catastrophe", "calamity"]

    /// The trigger classes whose nouns a general mishap noun may stand for: mishaps, attacks and fires.
    static let mishapClasses: Set<TriggerClass> = [.accident, .attack, .blaze]

    /// Verbs of going home: in an article that tells of an evacuation, people ⟦returning⟧ home is the evacuation's end
    /// ("were allowed to ⟦return⟧ home on Friday morning", "residents ⟦went⟧ back to their houses", one happening with
    /// "lifted the evacuation order" and "ended the evacuation"); elsewhere ("the president ⟦returned⟧ home from
    /// Paris") it is a journey of its own.
    static let homecomingVerbs: Set<String> = ["return", "go", "come", "head", "move"]
    /// Voting, and the acts of an office a body does by voting for them: "⟦voted⟧ 5-0 to ⟦open⟧ an investigation" opened
    /// it (`Predicates`); "voted to strike" is a vote.
    static let votingVerbs: Set<String> = ["vote"]
    static let actsOfOffice: Set<String> = ["open", "launch", "approve", "adopt", "reject", "impeach", "expel", "suspend", "ban",
        "ratify", "confirm", "appoint", "elect", "dismiss", "remove", "censure", "convict", "acquit", "dissolve", "repeal", "pass",
        "authorize", "authorise", "grant", "extend", "end", "lift"]

    /// Parts of a place and sites in it, which a possessive place name locates: "Albuquerque's west ⟦side⟧", "Toronto's
    /// Pearson ⟦airport⟧".
    static let partsOfAPlace: Set<String> = ["side", "end", "outskirts", "suburb", "edge", "centre", "center", "downtown",
        "district", "neighbourhood", "neighborhood", "quarter", "street", "streets", "airport", "port", "harbour", "harbor",
        "waterfront", "coast", "station", "square", "area", "border", "shore", "hospital", "stadium", "zoo", "cathedral"]

    /// Common nouns of sites that an article names with their place once and then by the noun alone: "⟦Sept-Îles⟧
    /// airport … the ⟦airport⟧ reopened" (`SentenceAnalysis.sitePlaces`).
    static let siteNouns: Set<String> = ["airport", "airfield", "runway", "terminal", "port", "harbour", "harbor", "dock",
        "pier", "hospital", "clinic", "prison", "jail", "plant", "factory", "refinery", "mine", "dam", "bridge", "station",
        "stadium", "arena", "school", "campus", "university", "courthouse", "hotel", "mall", "cave", "camp", "embassy",
        "warehouse", "depot", "reactor", "shipyard", "base", "tunnel", "church", "mosque", "temple", "cathedral", "museum",
        "zoo", "market"]

    /// Nouns of a newsroom's coverage that a headline dates: "… – ⟦Monday⟧ updates" (`EventExtractor.datesTheCoverage`).
    static let coverageNouns: Set<String> = ["updates", "update", "briefing", "roundup", "round-up", "recap", "digest",
                                             "newsletter", "edition", "blog", "live", "latest", "highlights", "bulletin"]

    /// Nouns for a claim told before, that a denial may take as its object: "denied ⟦the report⟧".
    static let claimNouns: Set<String> = ["report", "claim", "allegation", "accusation", "story", "suggestion", "charge", "assertion", "rumor", "rumour"]

    /// Verbs of leaving home, and of sending people from it: "forcing residents to ⟦leave⟧ their homes", "were
    /// ⟦ordered⟧ from their homes" is an evacuation (`EventExtractor.readDepartures`).
    static let departureVerbs: Set<String> = ["leave", "flee"]
    /// Verbs of getting out, which in an article that tells of an evacuation is it when what is left is a vehicle or a
    /// building, or the way out its slides: "⟦got⟧ out using the emergency slides", "⟦escaped⟧ down inflatable slides".
    static let escapeVerbs: Set<String> = ["escape", "exit", "get", "climb", "scramble"]
    static let evacuatedPlaces: Set<String> = ["aircraft", "plane", "jet", "airliner", "train", "carriage", "carriages", "bus",
        "ship", "ferry", "vessel", "building", "tower", "plant", "factory", "school", "hospital", "mall", "stadium", "cabin"]
    static let evacuationMeans: Set<String> = ["slide", "slides", "chute", "chutes", "lifeboat", "lifeboats"]
    /// What a place ordered so is emptied of its people: "ordered Morgan City ⟦emptied⟧".
    static let emptiedParticiples: Set<String> = ["emptied", "evacuated", "vacated"]
    /// Places people live in, which an order to empty evacuates: "ordered the ⟦town⟧ evacuated".
    static let settlementNouns: Set<String> = ["town", "city", "village", "island", "neighbourhood", "neighborhood", "district",
        "area", "coast", "camp", "settlement", "suburb", "county", "parish", "zone"]
    /// Verbs of moving people, which out of a settlement is evacuating it: "⟦moved⟧ 12,000 people out of 14 villages".
    static let movingVerbs: Set<String> = ["move", "bus", "ferry", "airlift", "relocate", "take"]
    /// Who is moved out when a place is evacuated: "moved 12,000 ⟦people⟧ out of 14 villages".
    static let evacuatedPeople: Set<String> = ["people", "person", "resident", "villager", "family", "inhabitant", "household", "patient",
                                               "child", "tourist", "civilian", "worker", "student", "pupil"]
    static let orderingVerbs: Set<String> = ["order", "tell", "force", "urge", "direct", "compel", "drive"]
    /// Verbs of holding to a statement, which with a negated "that" clause deny it: "⟦insisted⟧ that he had not set the
    /// fire" (`EventExtractor.readDenials`).
    static let insistingVerbs: Set<String> = ["insist", "maintain"]
    /// Words that negate a clause: "had ⟦not⟧ set the fire", "had ⟦never⟧ seen".
    static let negations: Set<String> = ["not", "n't", "never"]
    /// Verbs that widen an order to more places: "the evacuation order was ⟦extended⟧ to the village of Alden"
    /// (`EventExtractor.readDepartures`).
    static let wideningVerbs: Set<String> = ["extend", "widen", "expand", "broaden"]
    /// Names of days and months, which an order extended to them is extended in time: "extended the order to Friday".
    static let calendarNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "midnight", "noon"]
    /// Forms of the ordering verbs a mishap does: "the blaze ⟦forced⟧ 2,400 residents to flee" (`EventExtractor.readDepartures`).
    static let forcingForms: Set<String> = ["forced", "forcing", "forces", "force", "drove", "driven", "driving", "drives"]
    /// The words between such a verb and "home": "went ⟦back to their⟧ homes".
    static let homecomingFillers: Set<String> = ["back", "to", "into", "their", "his", "her", "its", "the", "own"]
    static let homeNouns: Set<String> = ["home", "homes", "house", "houses"]

    /// Head nouns of a definite description that stands for the organisation last named: "⟦the company⟧ said".
    static let organisationNouns: Set<String> = ["company", "firm", "group", "corporation", "carrier", "manufacturer", "maker",
        "retailer", "giant", "business", "label", "airline", "operator", "insurer", "automaker", "carmaker", "conglomerate",
        "bank", "lender", "broadcaster", "publisher", "chain", "startup", "utility", "developer", "supplier", "producer"]

    /// Company and body suffixes: "Apple Inc." names no person.
    static let organisationWords: Set<String> = ["inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "company", "group",
        "corporation", "agency", "ministry", "office", "police", "court", "council", "party", "bank", "university", "news",
        "times", "post", "press", "service", "department", "committee", "commission", "government", "navy", "army", "force",
        "forces", "union", "association", "institute", "foundation", "club", "team", "airlines", "records", "computer", "corps",
        "house", "bridge", "network", "store", "international", "shipping", "lines", "railway", "railways", "motors",
        "energy", "holdings", "systems", "technologies", "technology", "pharmaceuticals", "media", "logistics", "industries",
        "partners", "capital", "labs", "software", "electronics", "communications", "foods", "petroleum", "oil", "steel",
        "mining", "insurance", "financial", "securities", "telecom", "entertainment", "studios", "pictures", "brands",
        "solutions", "services", "airways", "airline", "bancorp", "trust", "fund", "ventures", "enterprises", "plc", "llc",
        "ag", "sa", "gmbh", "nv", "nations", "crescent", "cross", "authority", "administration", "bureau", "tribunal",
        "parliament", "senate", "assembly", "regulator", "church", "museum", "hospital", "school", "college", "academy",
        "society", "organization", "organisation", "center", "centre", "gallery", "federation", "league", "council",
        "program", "programme", "project", "coalition", "alliance", "movement", "front", "brigade", "brigades", "board"]

    /// Lowercase words that join the words of an organisation's or a place's name but never a person's: "Church ⟦of⟧
    /// Scientology", "Bank ⟦of⟧ America" (a person's name has only particles: "Charles de Gaulle", "Ludwig van Beethoven").
    static let nameJoiners: Set<String> = ["of", "the", "for", "and", "on", "in", "at", "to", "&"]

    /// Last words of the names of public bodies: "the company" and "it" never stand for one.
    /// Verbs of standing whose participle describes a noun ("a ferry ⟦operated⟧ by Archipelago Sea Lines", "a group
    /// ⟦backed⟧ by Iran", "a firm ⟦based⟧ in Lyon"): what it is, not what happened (`Predicates`).
    static let standing: Set<String> = ["operate", "own", "run", "manage", "base", "headquarter", "name", "know", "back",
        "fund", "finance", "control", "lead", "head", "employ", "staff", "license", "insure", "register", "flag", "sponsor",
        "affiliate", "link", "ally", "associate", "supply", "power", "equip", "crew", "charter", "lease"]

    /// News outlets and people named by their role: a place before them says whose they are ("a Houston television
    /// station", "a Chicago lawyer"), not where anything happened (`SentenceAnalysis.affiliation`).
    static let affiliationNouns: Set<String> = ["station", "newspaper", "paper", "daily", "broadcaster", "channel",
        "outlet", "magazine", "tabloid", "website", "reporter", "journalist", "correspondent", "columnist", "official",
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "lawmaker", "legislator", "senator",
        "congressman", "congresswoman", "businessman", "businesswoman", "native"]

    /// Verbs of a happening coming about, which a "when" clause tells: "the worst overrun ⟦came⟧ in 2005, when …".
    static let occurringVerbs: Set<String> = ["come", "happen", "occur"]
    /// Verbs that name a day what it is to be: "⟦declared⟧ Friday a day of mourning".
    static let namingVerbs: Set<String> = ["declare", "proclaim", "designate", "name", "make"]
    /// Local bodies that act where they sit, whose town before them places what they do: "a ⟦Munich⟧ court issued a
    /// warrant", "⟦Leeds⟧ magistrates remanded him".
    static let localBodies: Set<String> = ["court", "judge", "magistrate", "tribunal", "coroner", "jury", "police",
        "prosecutor", "council", "councillor", "mayor", "hospital"]

    /// Verbs that close a place or a service ("the airport ⟦suspended⟧ operations", "police ⟦closed⟧ the road") and
    /// those that undo it ("it ⟦reopened⟧ on Friday"): `DocumentContext.lastClosed`.
    static let closings: Set<String> = ["close", "shut", "suspend", "halt"]
    static let reopenings: Set<String> = ["reopen", "resume", "restart"]

    static let publicBodyWords: Set<String> = ["authority", "administration", "agency", "ministry", "office", "police",
        "court", "council", "committee", "commission", "government", "parliament", "senate", "assembly", "tribunal", "bureau",
        "department", "army", "navy", "force", "forces", "nations", "union", "regulator", "congress", "cabinet", "board"]
}
