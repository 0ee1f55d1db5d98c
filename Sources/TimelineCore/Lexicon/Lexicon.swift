/// The English word tables every part of tltui reads dates with: the publication-date reader (`Ingest/`), the
/// temporal tagger (`Time/`), `Day`'s names and the browser's `:` prompt. One place for each word, so that they
/// cannot drift apart. Keys are lowercase; a table maps a word to what it contributes.
///
/// The tables are split by kind over this folder: calendar words here, numbers, units, holidays and modifiers in
/// files of their own.
public enum Lexicon {
    /// Month names, in order, as a text writes them in full.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    /// Weekday names, Monday first (ISO weekday 1).
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Month names and abbreviations → month number.
    static let months: WordTable<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    /// Weekday names and abbreviations → ISO weekday (1 = Monday).
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    /// The month and weekday names written in full, lowercased (an abbreviation is any other key of the tables above).
    static let fullNames = WordSet((monthNames + weekdayNames).map { $0.lowercased() })
    /// Plural weekdays ("on Mondays") → ISO weekday: a recurring day.
    static let pluralWeekdays: WordTable<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]
    /// Parts of the day → TIMEX3 suffix.
    static let partsOfDay: WordTable<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]
    /// Plural parts of the day ("Tuesday nights") → TIMEX3 suffix.
    static let pluralPartsOfDay: WordTable<String> = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]
    /// Seasons → TIMEX3 suffix.
    static let seasons: WordTable<String> = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]
    /// Decade words → the decade's digit ("the nineties" → 9, with the century of the reference date).
    static let decadeWords: WordTable<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// The month a person typed (any case): a name or abbreviation of the table, or the first three or more letters
    /// of a month's full name ("Septem"). Nil for any other word.
    public static func month(typed word: String) -> Int? {
        let w = word.lowercased()
        if let m = months[w] { return m }
        guard w.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.lowercased().hasPrefix(w) }.map { $0 + 1 }
    }

    /// The ISO weekday (1 = Monday) of a weekday's name or abbreviation, any case; nil for any other word.
    public static func weekday(_ word: String) -> Int? { weekdays[word.lowercased()] }
}
