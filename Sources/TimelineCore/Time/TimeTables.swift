/// The temporal rules' own words: deictic words, tense cues, event kinds and the words that start or lead into an
/// expression. The shared tables (months, weekdays, numbers, units, holidays, modifiers) are in `Lexicon/`.
enum TimeTables {
    /// Single words with a fixed reference: word → (type, value template). `D` = the DCT day.
    enum Fixed { case day(Int), ref(String), set(String), partOfDay(Int, String) }
    static let fixedWords: WordTable<Fixed> = [
        "today": .day(0), "yesterday": .day(-1), "tomorrow": .day(1),
        "tonight": .partOfDay(0, "NI"),
        "now": .ref("PRESENT_REF"), "currently": .ref("PRESENT_REF"), "current": .ref("PRESENT_REF"),
        "nowadays": .ref("PRESENT_REF"), "presently": .ref("PRESENT_REF"),
        "recently": .ref("PAST_REF"), "lately": .ref("PAST_REF"),
        "soon": .ref("FUTURE_REF"),
        "daily": .set("P1D"), "weekly": .set("P1W"), "monthly": .set("P1M"), "annually": .set("P1Y"),
        "yearly": .set("P1Y"), "hourly": .set("PT1H"),
    ]
    /// Words that set a clause's direction towards the future.
    static let futureCues: WordSet = [
        "will", "ll", "shall", "planned", "planning", "could",
        "scheduled", "upcoming", "would", "might", "soon", "going", "resume", "tomorrow", "next", "slated", "expected", "expects", "intends", "aims",
    ]
    /// Words that point to the future when "to" follows ("is set to", "are due to", "supposed to").
    static let futureToCues: WordSet = ["set", "due", "is", "are", "supposed", "likely", "poised", "bound", "plan", "plans",
                                                 "agreed", "agreement", "hopes", "wants", "seeks", "intends", "promised", "pledged", "vowed"]
    /// Irregular past forms that are also participles ("is heard", "will be held"): no cue after a present auxiliary.
    static let pastVerbs: WordSet = [
        "found", "made", "left", "brought", "bought", "held", "kept", "led", "lost", "sent", "spent", "sold", "thought",
        "won", "caught", "fought", "meant", "taught", "built", "felt", "shot", "paid", "heard", "hung", "swept", "told",
    ]
    /// Words that mark a clause as past.
    static let pastCues: WordSet = [
        "said", "was", "were", "had", "did", "told", "announced", "reported", "last", "ago", "earlier", "met",
        "says", "has", "have", "since", "came", "went", "took", "made", "began", "died", "found", "left", "fell", "rose",
        "brought", "bought", "gave", "got", "held", "kept", "led", "lost", "sent", "spent", "sold", "stood", "thought",
        "won", "wrote", "saw", "became", "ran", "struck", "caught", "chose", "drove", "fought", "flew", "grew", "knew",
        "meant", "spoke", "swore", "taught", "threw", "broke", "built", "fled", "felt", "tore", "shot", "paid", "sat",
        "ate", "drew", "forgot", "heard", "hung", "lay", "rode", "rang", "sang", "sank", "shook", "stole", "swept", "woke",
    ]
    /// Words naming an event a text may date once and refer back to ("ten days before the murder"), by kind.
    static let eventKinds: WordTable<String> = [
        "shooting": "killing", "shot": "killing", "killing": "killing", "killed": "killing", "murder": "killing",
        "murdered": "killing", "slaying": "killing", "slain": "killing", "assassination": "killing", "assassinated": "killing",
        "death": "killing", "died": "killing", "stabbing": "killing", "stabbed": "killing",
        "attack": "attack", "attacked": "attack", "bombing": "attack", "bombed": "attack", "blast": "attack",
        "explosion": "attack", "raid": "attack", "ambush": "attack",
        "election": "election", "referendum": "election", "vote": "election", "voting": "election",
        "earthquake": "quake", "quake": "quake", "tsunami": "quake",
        "crash": "crash", "crashed": "crash", "collision": "crash",
        "arrest": "arrest", "arrested": "arrest", "invasion": "invasion", "invaded": "invasion",
    ]
    /// Prepositions and other words after which a bare year or month is a date.
    static let datePrepositions: WordSet = [
        "in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "during", "through",
        "before", "after", "from", "to", "between", "and", "or", "till", "on", "for", "around", "about", "throughout",
    ]

    /// Every word that can begin an expression (the tagger skips all other words at once).
    static let triggers: WordSet = {
        var s = Set<String>()
        s.formUnion(Lexicon.months.keys); s.formUnion(Lexicon.weekdays.keys); s.formUnion(Lexicon.numbers.keys); s.formUnion(Lexicon.ordinals.keys)
        s.formUnion(Lexicon.units.keys); s.formUnion(fixedWords.keys); s.formUnion(Lexicon.partsOfDay.keys); s.formUnion(Lexicon.seasons.keys)
        s.formUnion(Lexicon.positionMods.keys); s.formUnion(Lexicon.decadeWords.keys); s.formUnion(Lexicon.vagueQuantities.words); s.formUnion(Lexicon.holidayStarts.words); s.formUnion(Lexicon.pluralWeekdays.keys)
        for (k, _) in Lexicon.quantityMods { s.insert(k[0]) }
        s.formUnion(["the", "this", "that", "these", "last", "next", "past", "previous", "coming", "current", "same", "following",
                     "fiscal", "every", "each", "recent", "noon", "midnight", "midday", "between", "from", "full",
                     "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall", "light",
                     "comparable", "latest", "near", "short", "future", "couple", "earlier", "later"])
        return WordSet(s)
    }()
}


extension TimeTables {
    /// Words that only lead into an expression ("the year", "a week", "that day"): no rule matches them alone,
    /// and every rule that starts with one compares the next word with a word of the lexicons or of `ruleWords`.
    static let leadWords: WordSet = ["the", "a", "an", "that", "this"]
    /// Every word the rules compare a token with, beyond the tables above (a test reads the sources of this folder
    /// and fails when a quoted word is missing here).
    static let ruleWords: WordSet = [
        "a", "about", "additional", "after", "afternoon", "afterward", "afterwards", "ago", "am", "an", "and", "annual", "are",
        "around", "as", "at", "aug", "be", "been", "before", "being", "between", "billion", "bst", "business", "by", "can",
        "cents", "centuries", "century", "cet", "clock", "co", "col", "coming", "comparable", "consecutive", "corp", "could",
        "couple", "current", "daily", "date", "day", "days", "dec", "dozen", "dr", "during", "each", "earlier", "early", "ed",
        "edt", "eighteen", "eighteenth", "eleventh", "end", "ended", "ending", "est", "evening", "every", "fall", "feb", "few",
        "fifteenth", "final", "first", "fiscal", "flight", "following", "for", "fourteenth", "from", "full", "future", "gen",
        "gmt", "gov", "had", "half", "hundred", "in", "inc", "is", "jan", "jr", "july", "june", "last", "late", "later", "latest", "local",
        "long", "lt", "m", "many", "may", "mid", "midday", "midnight", "might", "million", "month", "more", "morning", "mr",
        "mrs", "ms", "must", "nd", "near", "next", "night", "nineteen", "nineteenth", "no", "noon", "nov", "now", "number", "o",
        "oct", "of", "old", "on", "once", "one", "over", "overnight", "p", "past", "pdt", "per", "percent", "period", "pm",
        "possible", "present", "previous", "pst", "quarter", "rd", "recent", "rep", "results", "room", "route", "s", "same",
        "sen", "sep", "sept", "seventeenth", "several", "sgt", "share", "short", "should", "since", "sixteenth", "soon", "sr",
        "st", "straight", "summer", "tenth", "term", "th", "that", "the", "thereafter", "these", "thirteenth", "this", "thousand",
        "through", "till", "times", "to", "toward", "towards", "tomorrow", "trading", "twelfth", "twentieth", "twice", "two", "until", "utc", "vs",
        "week", "weekend", "weekly", "when", "while", "will", "within", "working", "would", "year", "years", "yesterday",
        // (the time zones told in words, `TaggerRun.zoneNames`, and the words between them and "time")
        "alaska", "atlantic", "british", "central", "china", "daylight", "eastern", "greenwich", "hawaii", "india", "japan", "mean",
        "moscow", "mountain", "pacific", "standard",
        "corresponding", "n", "wo", "initially", "latter", "like", "neither", "never", "nor", "not", "originally", "previously",
        "ly", "prior", "say", "so", "then", "upcoming", "ahead", "fairly", "relatively", "reasonably", "long", "lengthy", "short",
        "brief", "prolonged", "extended", "high", "small", "wee", "rest", "part", "most", "all", "beginning", "start", "it", "those",
        "time", "great", "historic", "historical", "sad", "dark", "proud", "big", "important", "special", "tragic", "black",
        "momentous", "good", "bad", "terrible", "memorable", "happy", "glorious", "against", "his", "her", "its", "their", "unlike", "following", "he", "she", "they", "was", "were",
        "newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids", "broadsheet", "broadsheets", "edition", "editions",
        "magazine", "supplement",
        "closing", "opening", "video", "videos", "music", "songs", "audio", "footage", "recording", "recordings", "playback",
        "film", "movies", "programming", "television", "tv", "podcasts", "content", "stored", "saved", "recorded", "downloaded",
        "nearly", "some", "than", "almost", "approximately", "roughly", "least", "only", "just", "estimated", "another",
    ]
}
