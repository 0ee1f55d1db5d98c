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

    /// Whether the noun at `i` names a stoppage of work.
    static func isStrike(_ i: Int, tree: DependencyTree) -> Bool {
        nouns.contains(tree.lemma(i))
            && tree.children(i, ["compound", "amod"]).contains { modifiers.contains(tree.lower($0)) }
    }
}
