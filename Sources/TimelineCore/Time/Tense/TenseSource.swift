/// The tense of the clause an expression sits in, as far as a source can tell.
public struct ClauseTense: Sendable, Equatable {
    /// +1 future (or planned), -1 past, 0 unknown.
    public var direction: Int
    /// True when a verb or an auxiliary says it, not only a word that looks like a past participle.
    public var strong: Bool
    /// The word that says it ("will", "said"), lowercased; empty when none.
    public var cue: String

    public init(direction: Int, strong: Bool, cue: String) { self.direction = direction; self.strong = strong; self.cue = cue }
}

/// Where a rule whose direction is "by tense" learns the tense: a bare weekday ("on Tuesday"), a month or a day of
/// the month with no year, a deadline ("until Monday"), a holiday. The words around the expression answer by default
/// (`WordTense.swift`); a source of this kind (the dependency parse of the sentence: the tense and modality of the verb
/// the expression modifies) is asked first and may leave the answer to the words by returning nil.
public protocol TenseSource: Sendable {
    /// The tense governing the expression whose first token covers `range` (Unicode-scalar offsets in the text).
    func tense(ofExpressionAt range: TextRange) -> ClauseTense?
}
