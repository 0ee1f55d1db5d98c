import Foundation

/// The verbs WordNet lists (`Syntax/Resources/verbs.txt`, written by `scripts/gen-non-verbs.py`). The lemmatizer's
/// suffix rules, learnt from the treebank, cannot tell "joined" → join from "examined" → examine; a verb lemma they
/// give that WordNet does not know, when WordNet knows it with a final "e", takes the "e" ("examin" → "examine",
/// "rul" → "rule"). Words WordNet does not know are left as the rules give them.
public struct VerbLemmas: Sendable {
    private let words: Set<String>

    /// Reads the list: one lemma per line; `#` lines are comments.
    public init(list: String) {
        words = Set(list.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }

    /// The lemma of a verb form as the rules gave it, mended.
    public func mend(_ lemma: String) -> String {
        guard !words.isEmpty, !words.contains(lemma), words.contains(lemma + "e") else { return lemma }
        return lemma + "e"
    }

    /// Whether WordNet lists the verb.
    public func contains(_ lemma: String) -> Bool { words.contains(lemma) }

    public var count: Int { words.count }

    /// The list shipped with the package; empty (nothing mended) when the resource is missing.
    public static let shared: VerbLemmas = {
        guard let url = Bundle.module.url(forResource: "verbs", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return VerbLemmas(list: "") }
        return VerbLemmas(list: text)
    }()
}
