/// Abbreviation tables for the sentence segmenter. Keys are lowercased, without the final period.
enum Abbreviations {
    /// Titles before a name: never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "gov", "sen", "rep", "st", "lt", "col", "capt", "cpt",
        "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft", "fr", "sr", "jr", "brig", "cdr",
    ]
    /// Before a number only: "No. 10", "Feb. 2", "Art. 5".
    static let beforeNumbers: Set<String> = [
        "no", "nos", "art", "vol", "fig", "p", "pp", "para", "sec", "ch", "op", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Never end a sentence whatever follows.
    static let always: Set<String> = ["e.g", "i.e", "cf", "viz", "approx", "vs", "v", "ca", "c"]
    /// May end a sentence: they do only when a common sentence opener follows.
    static let ambiguous: Set<String> = [
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "inc", "ltd", "co", "corp", "bros", "a.m", "p.m", "etc", "al", "est",
        "ave", "blvd", "rd", "dept", "univ", "assn", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ]
    /// Capitalised words that commonly open a sentence and are rarely names.
    static let openers: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "their",
        "his", "her", "its", "our", "in", "on", "at", "but", "and", "or", "so", "if", "when", "while", "after", "before",
        "as", "however", "meanwhile", "also", "for", "with", "some", "many", "most", "all", "no", "not", "yet", "still",
        "then", "what", "who", "why", "how", "where", "since", "although", "though", "last", "next", "earlier", "later",
        "according", "one", "both", "each", "such", "my", "your", "by", "from", "to", "during", "despite", "until",
    ]
}
