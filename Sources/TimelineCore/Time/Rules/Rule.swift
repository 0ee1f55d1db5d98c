/// What a rule says about the words at a token.
enum RuleOutcome {
    /// The rule does not apply here: the next rule tries.
    case pass
    /// These words are no time here (a name, an idiom, a rate): no later rule tries at this token.
    case block
    /// An expression runs from the token to before token `end`, with its resolution.
    case match(end: Int, Resolved)

    /// A reading when there is one, else `otherwise`.
    static func found(_ m: (Int, Resolved)?, otherwise: RuleOutcome = .pass) -> RuleOutcome {
        guard let (end, r) = m else { return otherwise }
        return .match(end: end, r)
    }
}

/// Which tokens a rule can start at: `TimexRules` turns these into one lookup per token, so that most rules are
/// never tried at most tokens.
enum RuleStart: Sendable {
    /// A number.
    case number
    /// One of these (lowercased) words.
    case words(WordSet)
    /// Any word.
    case anyWord
}

/// A rule of the tagger: a name that reads like grammar, the tokens it can start at, what it reads there, and its
/// examples (each a test, with its reference date and expected value).
struct TimexRule: Sendable {
    let name: String
    /// Where the rule stands among all rules (`RuleTier`, in `RuleList.swift`).
    let tier: RuleTier
    let start: RuleStart
    let examples: [TimexExample]
    let read: @Sendable (TaggerRun, Int) -> RuleOutcome

    init(_ name: String, tier: RuleTier, _ start: RuleStart, examples: [TimexExample] = [],
         read: @escaping @Sendable (TaggerRun, Int) -> RuleOutcome) {
        self.name = name; self.tier = tier; self.start = start; self.examples = examples; self.read = read
    }
}

/// A family of rules kept in a file of its own (`Weekdays.swift` …): its rules in their order. A new date form is a
/// rule value in its family's file, named in that family's `rules`, with its tier; `TimexRules.all` is derived. A new
/// family is a new file (`scripts/gen-rule-families.py` lists it in `RuleFamilies.swift`).
protocol TimexRuleFamily {
    static var rules: [TimexRule] { get }
    /// The families whose rules of a shared tier this family's must be tried before (say why where it is declared).
    static var before: [any TimexRuleFamily.Type] { get }
}

extension TimexRuleFamily {
    static var before: [any TimexRuleFamily.Type] { [] }
}

/// An example of a rule: a sentence, the expression in it, the reference date, and the expected TIMEX3 type, value
/// and modifier (empty when none).
struct TimexExample: Sendable {
    let sentence: String, expression: String, dct: String, type: String, value: String, mod: String
    init(_ sentence: String, _ expression: String, _ dct: String, _ type: String, _ value: String, _ mod: String = "") {
        self.sentence = sentence; self.expression = expression; self.dct = dct; self.type = type; self.value = value; self.mod = mod
    }
}
