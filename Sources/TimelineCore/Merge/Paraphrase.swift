/// One happening told by two outlets with two verbs that share no sense: "Bay Memorial ⟦reopened⟧ to ambulances" and
/// "Bay Memorial Hospital ⟦resumed⟧ accepting ambulances", "ambulances were ⟦turned away⟧ from St. Clare" and "ambulances
/// have been ⟦diverted⟧ from St. Clare". Two mentions of two articles are one happening when they are dated the same
/// day, name someone or somewhere in common and share a word of their own clauses, unless their verbs tell opposite
/// changes ("St. Clare ⟦diverted⟧ ambulances" / "St. Clare ⟦resumed⟧ accepting ambulances").
enum Paraphrase {
    /// Verbs of opposite changes: each axis has two poles, and a verb of one pole is never the same happening as a verb
    /// of the other.
    static let axes: [(String, [String], [String])] = [
        ("open", ["open", "reopen", "resume", "restart", "restore", "lift", "allow", "accept", "admit", "welcome"],
                 ["close", "shut", "suspend", "halt", "stop", "divert", "impose", "ban", "refuse", "reject", "cancel",
                  "postpone", "turn", "block", "bar", "deny"]),
        ("begin", ["begin", "start", "launch", "open", "enter", "arrive", "join"],
                  ["end", "finish", "conclude", "complete", "leave", "depart", "quit", "exit", "withdraw"]),
        ("rise", ["rise", "increase", "gain", "climb", "jump", "soar", "raise", "grow"],
                 ["fall", "drop", "decline", "slide", "slip", "plunge", "cut", "lower", "shrink", "sink"]),
        ("win", ["win", "pass", "approve", "confirm", "agree", "accept", "hire", "appoint", "elect"],
                ["lose", "fail", "reject", "deny", "refuse", "block", "veto", "fire", "dismiss", "sack", "oust"]),
        // (and who got out against who was shut in: "two inmates ⟦escaped⟧" / "prisoners were ⟦locked⟧ in their cells")
        ("live", ["survive", "rescue", "save", "free", "release", "find", "escape", "flee"],
                 ["die", "kill", "drown", "miss", "trap", "capture", "detain", "lock", "jail", "imprison"]),
        // (a verdict: "found the two men guilty" / "the two men were acquitted")
        ("convict", ["convict", "condemn"], ["acquit", "clear", "exonerate"]),
    ]

    private static let poles: [UInt64: [(axis: Int, pole: Int)]] = {
        var out: [UInt64: [(axis: Int, pole: Int)]] = [:]
        for (n, axis) in axes.enumerated() {
            for w in axis.1 { out[MergeFeatures.hash(w), default: []].append((n, 0)) }
            for w in axis.2 { out[MergeFeatures.hash(w), default: []].append((n, 1)) }
        }
        return out
    }()

    /// Whether two predicates (`MergeFeatures.hash` of their lemmas) tell opposite changes.
    static func opposite(_ a: UInt64, _ b: UInt64) -> Bool {
        guard let pa = poles[a], let pb = poles[b] else { return false }
        return pa.contains { x in pb.contains { y in x.axis == y.axis && x.pole != y.pole } }
    }
}
