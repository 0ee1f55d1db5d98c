extension Lexicon {
    /// The abbreviations of US states in the style of news agencies (AP), lowercase without their period, with the
    /// states they stand for: "DULUTH, ⟦Minn.⟧", "a Birmingham, ⟦Ala.⟧, abortion clinic". (The tokenizer keeps their
    /// period when capitalised; a dateline's town is looked up in its state.)
    static let usStateAbbreviations: [String: String] = [
        "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
        "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana",
        "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
        "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
        "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "tenn": "Tennessee",
        "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington", "wis": "Wisconsin", "wyo": "Wyoming",
        "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina",
        "n.d": "North Dakota", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota", "w.va": "West Virginia",
    ]
}
