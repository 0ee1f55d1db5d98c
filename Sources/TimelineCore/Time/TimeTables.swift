/// Word tables the temporal rules read. Each table maps a (lowercased) word to what it contributes.
enum TimeTables {
    /// Month names and abbreviations → month number.
    static let months: WordTable<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    /// Weekday names → ISO weekday.
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    /// Plural weekdays ("on Mondays") → ISO weekday: a recurring day, a SET.
    static let pluralWeekdays: WordTable<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]
    /// Plural parts of the day ("Tuesday nights") → TIMEX suffix.
    static let pluralPartsOfDay: WordTable<String> = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]
    /// Number words → value.
    static let numbers: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "half": 0, "single": 1, "couple": 2, "dozen": 12,
    ]
    /// Vague quantities: the value's number becomes X.
    static let vagueQuantities: WordSet = ["several", "few", "many", "some", "recent", "coming", "next", "past", "last"]
    /// Ordinals → number (for "the first quarter", "the third week").
    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    enum Unit: String { case minute, hour, day, week, weekend, month, quarter, half, year, decade, century }
    /// Unit words (singular and plural) → unit.
    static let units: WordTable<Unit> = [
        "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century,
    ]

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
    /// Parts of the day → TIMEX suffix.
    static let partsOfDay: WordTable<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]
    /// Seasons → TIMEX suffix.
    static let seasons: WordTable<String> = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]
    /// Modifiers before a quantity → TIMEX mod (no two can match at one place, so the order does not matter).
    static let quantityMods: [([String], String)] = [
        (["about"], "APPROX"), (["around"], "APPROX"), (["roughly"], "APPROX"), (["some"], "APPROX"),
        (["approximately"], "APPROX"), (["nearly"], "APPROX"), (["almost"], "APPROX"),
        (["more", "than"], "MORE_THAN"), (["over"], "MORE_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["less", "than"], "LESS_THAN"), (["under"], "LESS_THAN"), (["fewer", "than"], "LESS_THAN"),
        (["up", "to"], "EQUAL_OR_LESS"), (["at", "most"], "EQUAL_OR_LESS"),
    ]
    /// "early/mid/late …" → mod.
    static let positionMods: WordTable<String> = [
        "early": "START", "earlier": "START", "beginning": "START", "mid": "MID", "middle": "MID",
        "late": "END", "later": "END", "end": "END",
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
    /// Decade words → decade prefix digit ("the nineties" → 199 with the century of the DCT).
    static let decadeWords: WordTable<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]
    /// Prepositions and other words after which a bare year or month is a date.
    static let datePrepositions: WordSet = [
        "in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "during", "through",
        "before", "after", "from", "to", "between", "and", "or", "till", "on", "for", "around", "about", "throughout",
    ]

    /// How a holiday's date is found in a given year.
    enum HolidayRule { case fixed(Int, Int), nthWeekday(month: Int, weekday: Int, n: Int), easter(Int), usElection }
    /// Holidays by their (lowercased) tokens, longest first; the first word must be capitalised in the text.
    static let holidays: [([String], HolidayRule)] = [
        (["new", "year", "'", "s", "day"], .fixed(1, 1)), (["new", "year", "'", "s", "eve"], .fixed(12, 31)),
        (["new", "year", "’", "s", "day"], .fixed(1, 1)), (["new", "year", "’", "s", "eve"], .fixed(12, 31)),
        (["valentine", "'", "s", "day"], .fixed(2, 14)), (["valentine", "’", "s", "day"], .fixed(2, 14)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, n: 4)), (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["christmas", "eve"], .fixed(12, 24)), (["christmas", "day"], .fixed(12, 25)), (["christmas"], .fixed(12, 25)),
        (["boxing", "day"], .fixed(12, 26)), (["halloween"], .fixed(10, 31)), (["veterans", "day"], .fixed(11, 11)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1)), (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1)),
        (["election", "day"], .usElection),
        (["good", "friday"], .easter(-2)), (["easter", "sunday"], .easter(0)), (["easter", "monday"], .easter(1)), (["easter"], .easter(0)),
    ]
    /// First words of holidays (they trigger nothing else).
    static let holidayStarts = WordSet(holidays.map { $0.0[0] })

    /// Every word that can begin an expression (the tagger skips all other words at once).
    static let triggers: WordSet = {
        var s = Set<String>()
        s.formUnion(months.keys); s.formUnion(weekdays.keys); s.formUnion(numbers.keys); s.formUnion(ordinals.keys)
        s.formUnion(units.keys); s.formUnion(fixedWords.keys); s.formUnion(partsOfDay.keys); s.formUnion(seasons.keys)
        s.formUnion(positionMods.keys); s.formUnion(decadeWords.keys); s.formUnion(vagueQuantities.words); s.formUnion(holidayStarts.words); s.formUnion(pluralWeekdays.keys)
        for (k, _) in quantityMods { s.insert(k[0]) }
        s.formUnion(["the", "this", "that", "these", "last", "next", "past", "previous", "coming", "current", "same", "following",
                     "fiscal", "every", "each", "recent", "noon", "midnight", "midday", "between", "from", "full",
                     "comparable", "latest", "near", "short", "future", "couple", "earlier", "later"])
        return WordSet(s)
    }()
}

extension TimeTables {
    /// First words of the quantity modifiers.
    static let quantityModStarts = WordSet(quantityMods.map { $0.0[0] })
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
        "gmt", "gov", "had", "half", "hundred", "in", "inc", "is", "jan", "jr", "july", "june", "last", "late", "later", "latest",
        "long", "lt", "m", "many", "may", "mid", "midday", "midnight", "might", "million", "month", "more", "morning", "mr",
        "mrs", "ms", "must", "nd", "near", "next", "night", "nineteen", "nineteenth", "no", "noon", "nov", "now", "number", "o",
        "oct", "of", "old", "on", "once", "one", "over", "overnight", "p", "past", "pdt", "per", "percent", "period", "pm",
        "possible", "present", "previous", "pst", "quarter", "rd", "recent", "rep", "results", "room", "route", "s", "same",
        "sen", "sep", "sept", "seventeenth", "several", "sgt", "share", "short", "should", "since", "sixteenth", "soon", "sr",
        "st", "straight", "summer", "tenth", "term", "th", "that", "the", "thereafter", "these", "thirteenth", "this", "thousand",
        "through", "till", "times", "to", "tomorrow", "trading", "twelfth", "twentieth", "twice", "two", "until", "utc", "vs",
        "week", "weekend", "weekly", "when", "while", "will", "within", "working", "would", "year", "years", "yesterday",
        "corresponding", "couldn", "initially", "latter", "like", "neither", "never", "nor", "not", "originally", "previously",
        "ly", "prior", "say", "so", "then", "upcoming", "ahead", "fairly", "relatively", "reasonably", "long", "lengthy", "short",
        "brief", "prolonged", "extended", "high", "small", "wee", "rest", "part", "most", "all", "beginning", "start", "it", "those",
        "time", "great", "historic", "historical", "sad", "dark", "proud", "big", "important", "special", "tragic", "black",
        "momentous", "good", "bad", "terrible", "memorable", "happy", "glorious", "against", "his", "her", "its", "their", "unlike", "appears", "holds", "lies", "look", "looks", "remains",
        "seem", "seems", "preceding", "following", "he", "she", "they", "was", "were", "closing", "opening",
    ]
}
