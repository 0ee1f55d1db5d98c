extension Lexicon {
    /// Titles news writes before a person's name, lowercase: "Corliss chief ⟦executive⟧ Daniel Ruiz", "Harris County
    /// ⟦Judge⟧ Elena Marquez", "Kremlin ⟦spokesperson⟧ Dmitry Peskov". A title is no part of the name: "he" and "she"
    /// later stand for the person, and the actor is the name.
    static let personTitles: Set<String> = [
        "executive", "officer", "president", "chairman", "chairwoman", "chair", "chairperson", "director", "manager",
        "founder", "cofounder", "co-founder", "owner", "partner", "spokesman", "spokeswoman", "spokesperson", "minister",
        "secretary", "senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "governor", "gov.",
        "mayor", "judge", "justice", "prosecutor", "attorney", "lawyer", "commissioner", "superintendent", "sheriff",
        "chief", "captain", "capt.", "commander", "general", "gen.", "lieutenant", "lt.", "colonel", "col.", "sergeant",
        "sgt.", "admiral", "inspector", "investigator", "detective", "coach", "analyst", "economist",
        "strategist", "adviser", "advisor", "ambassador", "envoy", "diplomat", "leader", "head", "chancellor",
        "premier", "councillor", "councilor", "councilman", "councilwoman", "councilmember", "administrator",
        "coordinator", "trustee", "treasurer", "controller", "auditor", "dean", "professor", "prof.", "dr.", "doctor",
        "surgeon", "physician", "engineer", "scientist", "researcher", "correspondent", "editor", "reporter",
        "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam", "king", "queen", "prince", "princess",
        "speaker", "whip", "lawmaker", "legislator", "official", "regulator", "watchdog", "ceo", "cfo", "coo", "cto",
        "vp", "md",
    ]
    /// Words that make a title of a title ("⟦chief financial⟧ officer", "⟦deputy prime⟧ minister", "⟦former⟧ mayor").
    static let titleModifiers: Set<String> = [
        "chief", "deputy", "vice", "senior", "junior", "acting", "interim", "former", "financial", "executive",
        "operating", "technology", "technical", "general", "assistant", "associate", "lead", "press", "foreign",
        "prime", "defense", "defence", "health", "finance", "interior", "fire", "police", "state", "district", "county",
        "city", "federal", "regional", "national", "managing", "principal", "attorney", "public", "safety",
        "emergency", "town", "top", "u.s.", "us",
    ]
}
