/// One user-typed name for the actor filter (`--actor`, the browser's actor picker), matched against an event's
/// actors and the people and bodies its mentions name or are attributed to. Any case, with or without
/// diacritics, and in the usual spelling variants of a transliterated name: "zelensky", "Zelenskyy",
/// "ZELENSKIY" and "Zelenskyj" all find "Volodymyr Zelensky". Pure.
public struct ActorQuery: Sendable, Equatable {
    /// The folded words of the query, without articles: "the Kremlin" → ["kremlin"].
    public let words: [String]

    public init(_ name: String) { words = Self.words(name) }

    public var isEmpty: Bool { words.isEmpty }

    /// Every actor name an event carries: its actors, its mentions' actors and attributions, without repeats.
    public static func names(of event: Event) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for n in event.actors + event.mentions.flatMap({ $0.actors + ($0.attribution.map { [$0] } ?? []) })
        where seen.insert(n).inserted { out.append(n) }
        return out
    }

    public func matches(_ event: Event) -> Bool {
        !words.isEmpty && Self.names(of: event).contains { matches(name: $0) }
    }

    /// True when every word of the query is a word of the name ("Zelensky" in "Volodymyr Zelensky"), or the name is
    /// one word that is the query's last ("Biden" for "Joe Biden"), words compared by `sameWord`.
    public func matches(name: String) -> Bool { matches(words: Self.words(name)) }

    /// `matches(name:)` for a name already split into folded words (`ActorQuery(name).words`).
    public func matches(words target: [String]) -> Bool {
        guard !words.isEmpty, !target.isEmpty else { return false }
        if words.allSatisfy({ w in target.contains { Self.sameWord(w, $0) } }) { return true }
        if target.count == 1, let last = words.last { return Self.sameWord(last, target[0]) }
        return false
    }

    static let ignored: Set<String> = ["the", "a", "an", "of"]

    static func words(_ s: String) -> [String] {
        QueryFolding.fold(s).split(separator: " ").map(String.init).filter { !ignored.contains($0) }
    }

    /// Equal after folding, or, for words of five letters or more, one letter apart (inserted, dropped or replaced):
    /// "zelensky"/"zelenskyy", "zelenskiy"/"zelenskyy", "medinsky"/"medinskiy". Short words must be equal ("Li" is
    /// not "Le").
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
