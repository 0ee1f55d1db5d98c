/// A stoppage of work named by a general noun is a strike: "the ⟦labour disruption⟧ that began on March 5", "a ⟦work
/// stoppage⟧", "⟦industrial action⟧" tell what another outlet calls "the strike" or "walked out" (predicate "strike").
/// The noun alone is no strike ("a disruption to flights", "legal action", "the stoppage of play").
enum WorkStoppage {
    /// Nouns that name a stoppage of work when a word of work modifies them.
    static let nouns: Set<String> = ["disruption", "stoppage", "action"]
    /// Words of work that make them one: "⟦labour⟧ disruption", "⟦work⟧ stoppage", "⟦industrial⟧ action".
    static let modifiers: Set<String> = ["labour", "labor", "work", "industrial"]

    static let examples = [
        "The labour disruption at the port began on March 5.",
        "A work stoppage at the plant began on Monday.",
        "The union's industrial action began on Tuesday.",
    ]
    static let nonExamples = [
        "The storm caused a disruption to flights on Monday.",
        "The family took legal action on Monday.",
    ]

    /// Nouns that name a stoppage of work by themselves: "the nationwide ⟦hartal⟧" (South Asia's general strike, shops
    /// shut and traffic off the roads), "a ⟦walkout⟧".
    static let names: Set<String> = ["hartal", "walkout"]

    /// Whether the noun at `i` names a stoppage of work.
    static func isStrike(_ i: Int, tree: DependencyTree) -> Bool {
        names.contains(tree.lemma(i)) || nouns.contains(tree.lemma(i))
            && tree.children(i, ["compound", "amod"]).contains { modifiers.contains(tree.lower($0)) }
    }

    /// Verbs whose subject, a strike of work, is the happening they tell: "the strike ⟦brought⟧ the country to a
    /// standstill", "a general strike ⟦shut⟧ down much of the country", "the walkout ⟦crippled⟧ the port".
    static let stoppingVerbs: Set<String> = ["shut", "close", "paralyse", "paralyze", "cripple", "halt", "bring", "ground", "disrupt",
                                             "idle", "stop", "empty"]

    static let stoppingExamples = [
        "The strike two days later brought the country to a standstill.",
        "A general strike shut down much of the country.",
        "The walkout crippled the port.",
    ]

    /// Words that make a strike an attack: "an ⟦air⟧ strike", "a ⟦drone⟧ strike", "⟦missile⟧ strikes".
    static let weapons: Set<String> = ["air", "drone", "missile", "rocket", "military", "artillery", "naval", "nuclear", "precision",
                                       "retaliatory", "preemptive", "pre-emptive", "surgical", "cruise", "aerial", "punitive", "bombing"]

    static let workStrikeExamples = [
        "The general strike called by the unions began at dawn.",
        "The strike began at 6 a.m. on Monday.",
        "Millions of workers joined the nationwide hartal.",
    ]
    static let attackStrikeExamples = [
        "An air strike hit the village on Monday.",
        "The strikes on the port began at dawn.",
    ]

    /// Whether the noun at `i` is a strike of work, not an attack: a stoppage named as one, or "strike" with no weapon
    /// and no target ("strikes ⟦on⟧ the port", "a strike ⟦against⟧ the camp"; "the strike on Monday" is dated, not aimed).
    /// A strike of work is no attack: the general strike of a Monday is not that day's shooting.
    static func isWorkStrike(_ i: Int, tree: DependencyTree) -> Bool {
        if isStrike(i, tree: tree) { return true }
        guard tree.lemma(i) == "strike" else { return false }
        if tree.children(i, ["compound", "amod"]).contains(where: { weapons.contains(tree.lower($0)) }) { return false }
        return !tree.children(i, ["nmod"]).contains { n in
            !ParseRepair.dateUnits.contains(tree.lower(n)) && !ParseRepair.monthNames.contains(tree.lower(n))
                && tree.children(n, ["case"]).contains { ["on", "against"].contains(tree.lower($0)) }
        }
    }
}
