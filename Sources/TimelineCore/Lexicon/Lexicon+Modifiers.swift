extension Lexicon {
    /// Modifiers before a quantity → TIMEX3 mod (no two can match at one place, so the order does not matter).
    static let quantityMods: [([String], String)] = [
        (["about"], "APPROX"), (["around"], "APPROX"), (["roughly"], "APPROX"), (["some"], "APPROX"),
        (["approximately"], "APPROX"), (["nearly"], "APPROX"), (["almost"], "APPROX"),
        (["more", "than"], "MORE_THAN"), (["over"], "MORE_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["less", "than"], "LESS_THAN"), (["under"], "LESS_THAN"), (["fewer", "than"], "LESS_THAN"),
        (["up", "to"], "EQUAL_OR_LESS"), (["at", "most"], "EQUAL_OR_LESS"),
    ]
    /// First words of the quantity modifiers.
    static let quantityModStarts = WordSet(quantityMods.map { $0.0[0] })
    /// "early/mid/late …" → mod.
    static let positionMods: WordTable<String> = [
        "early": "START", "earlier": "START", "beginning": "START", "mid": "MID", "middle": "MID",
        "late": "END", "later": "END", "end": "END",
    ]
    /// "the end of …", "the beginning of …" → mod.
    static let periodParts: WordTable<String> = ["end": "END", "beginning": "START", "start": "START", "middle": "MID"]
    /// Which half of a year "the first/second/last half" names.
    static let halves: WordTable<Int> = ["first": 1, "second": 2, "last": 2, "latter": 2, "final": 2]
}
