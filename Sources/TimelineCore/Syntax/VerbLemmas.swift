import Foundation

/// The verbs WordNet lists (`Syntax/Resources/verbs.txt`, written by `scripts/gen-non-verbs.py`). The lemmatizer's
/// suffix rules, learnt from the treebank, cannot tell "joined" → join from "examined" → examine; a verb lemma they
/// give that WordNet does not know, when WordNet knows it with a final "e", takes the "e" ("examin" → "examine",
/// "rul" → "rule"). Words WordNet does not know are left as the rules give them.
public struct VerbLemmas: Sendable {
    private let words: Set<String>
    /// Irregular forms and their lemma, from WordNet's exceptions (`verb-irregular.txt`): "fled" → flee.
    private let irregular: [String: String]

    /// Reads the lists: one lemma per line, and one form and its lemma per line; `#` lines are comments.
    public init(list: String, irregular pairs: String = "") {
        words = Set(list.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
        var table: [String: String] = [:]
        for line in pairs.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        irregular = table
    }

    /// The lemma of a verb form as the rules gave it, mended: an irregular form takes WordNet's lemma ("fled" →
    /// "fl" → flee), a stem WordNet knows only with a final "e" takes it ("examin" → examine), one it knows only without
    /// one drops it ("emaile" → email).
    public func mend(_ lemma: String, form lower: @autoclosure () -> String = "") -> String {
        guard !words.isEmpty, !words.contains(lemma) else { return lemma }
        if !irregular.isEmpty, let l = irregular[lower()] { return l }
        if words.contains(lemma + "e") { return lemma + "e" }
        // (and a final "e" the rules added to a stem WordNet knows without it is dropped: "emailing" → "emaile" → email,
        // "detailing" → detail)
        if lemma.hasSuffix("e"), words.contains(String(lemma.dropLast())) { return String(lemma.dropLast()) }
        // (and a stem the rules cut too short is the form less its ending when WordNet knows that: "climbed" → "clim" →
        // climb, "climbing" → climb)
        let form = lower()
        // (or that stem with its "e": "proscribed" → "proscri" → proscribe, "probing" → probe)
        for ending in ["ed", "ing"] where form.hasSuffix(ending) {
            let stem = String(form.dropLast(ending.count))
            if stem.count > 2, words.contains(stem) { return stem }
            if stem.count > 2, words.contains(stem + "e") { return stem + "e" }
        }
        return lemma
    }

    /// Whether WordNet lists the verb.
    public func contains(_ lemma: String) -> Bool { words.contains(lemma) }

    public var count: Int { words.count }

    /// The lists shipped with the package; empty (nothing mended) when the resource is missing.
    public static let shared: VerbLemmas = {
        guard let url = Bundle.module.url(forResource: "verbs", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return VerbLemmas(list: "") }
        let pairs = Bundle.module.url(forResource: "verb-irregular", withExtension: "txt")
            .flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return VerbLemmas(list: text, irregular: pairs)
    }()
}
