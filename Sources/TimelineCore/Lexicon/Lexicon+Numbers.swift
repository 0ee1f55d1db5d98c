extension Lexicon {
    /// Number words → value ("a"/"an" count one; "half" is a fraction, kept apart by the rules).
    static let numbers: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "half": 0, "single": 1, "couple": 2, "dozen": 12,
    ]
    /// Vague quantities: how many is not said.
    static let vagueQuantities: WordSet = ["several", "few", "many", "some", "recent", "coming", "next", "past", "last"]
    /// Ordinals → number ("the first quarter", "the third week").
    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]
    /// Ordinals that name centuries ("the nineteenth century").
    static let centuryOrdinals: WordTable<Int> = [
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    ]
    /// Ordinal suffixes after digits ("28th").
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
}
