import Foundation

/// Verbs that share a most frequent sense in WordNet ("find" / "discover", "die" / "perish", "free" / "release"):
/// the merge takes two reports whose predicates are such synonyms for one happening, as it does one verb.
/// Shipped as `Events/Resources/verb-senses.tsv`, written by `scripts/gen-verb-senses.py` (the build never needs
/// WordNet).
public struct VerbSenses: Sendable {
    /// Lowercase verb lemma → the WordNet synsets (data.verb offsets) it shares with another verb.
    public let senses: [String: [Int32]]

    /// Reads the resource's lines: `lemma TAB offset|offset`; `#` lines are comments. Malformed lines are skipped.
    public init(tsv: String) {
        var table: [String: [Int32]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count == 2 else { continue }
            let ids = cols[1].split(separator: "|").compactMap { Int32($0) }
            if !ids.isEmpty { table[String(cols[0])] = ids }
        }
        senses = table
    }

    /// The synsets of a verb lemma (none for a verb with no synonym here).
    public func senses(of lemma: String) -> [Int32] { senses[lemma] ?? [] }

    /// Whether two verb lemmas share a most frequent sense.
    public func areSynonyms(_ a: String, _ b: String) -> Bool {
        let sa = senses(of: a)
        return !sa.isEmpty && senses(of: b).contains(where: sa.contains)
    }

    /// The table shipped with the package; empty when the resource is missing.
    public static let shared: VerbSenses = {
        guard let url = Bundle.module.url(forResource: "verb-senses", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return VerbSenses(tsv: "") }
        return VerbSenses(tsv: text)
    }()

    /// Verbs' kin (`Events/Resources/verb-kin.tsv`, same format): a verb's two most frequent WordNet senses and
    /// their direct hypernyms, short of the most general ones. Two verbs whose kin meet are one kind of doing told in
    /// other words: "demolished" and "razed" are both destroying, "outlawed" is a way of banning ("rose" and "fell",
    /// "won" and "lost", "opened" and "closed" are not kin).
    public static let kin: VerbSenses = {
        guard let url = Bundle.module.url(forResource: "verb-kin", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return VerbSenses(tsv: "") }
        return VerbSenses(tsv: text)
    }()

    /// The kin of each verb by its merge key's hash (`MergeFeatures.hash` of the lemma), read once.
    static let kinByPredicate: [UInt64: [Int32]] = {
        var out: [UInt64: [Int32]] = [:]
        out.reserveCapacity(kin.senses.count)
        for (lemma, ids) in kin.senses { out[MergeFeatures.hash(lemma)] = ids }
        return out
    }()

    /// Whether two predicates (by their hashed merge keys) are kin.
    static func areKin(_ a: UInt64, _ b: UInt64) -> Bool {
        guard let ka = kinByPredicate[a], let kb = kinByPredicate[b] else { return false }
        return ka.contains(where: kb.contains)
    }
}
