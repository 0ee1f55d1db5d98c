import Foundation

/// Nouns that name happenings ("the rescue", "the collapse", "a funeral"), with the verbs they come from
/// ("rescue" ↔ rescue, "death" ↔ die, "resignation" ↔ resign), from WordNet's noun.act, noun.event,
/// noun.phenomenon and noun.process files. Shipped as `Events/Resources/event-nouns.tsv`, written by
/// `scripts/gen-event-nouns.py` (the build never needs WordNet).
public struct EventNounLexicon: Sendable {
    /// The WordNet lexicographer file of a noun's event sense.
    public enum Kind: String, Sendable, Hashable {
        case act, event, phenomenon, process
        /// A saying named as an occasion: "Sunday's ⟦debate⟧", "a ⟦speech⟧ on Monday".
        case communication
    }

    public struct Entry: Sendable, Hashable {
        public var kind: Kind
        /// Verbs derivationally linked to it: "rescue" → ["rescue"], "death" → ["die"].
        public var verbs: [String]
        /// Its event senses' WordNet synsets (offsets in data.noun): nouns sharing one are synonyms ("earthquake",
        /// "quake", "temblor").
        public var synsets: [Int32] = []
    }

    /// Lowercase lemma (one or two words) → entry.
    public let entries: [String: Entry]
    /// Verb lemma → the event nouns linked to it.
    public let nounsOfVerb: [String: [String]]

    /// Reads the resource's lines: `lemma TAB kind TAB verb|verb TAB synset|synset`; `#` lines are comments. Malformed lines are skipped.
    public init(tsv: String) {
        var entries: [String: Entry] = [:]
        var nouns: [String: [String]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, let kind = Kind(rawValue: String(cols[1])) else { continue }
            let lemma = String(cols[0])
            let verbs = cols.count > 2 ? cols[2].split(separator: "|").map(String.init) : []
            let synsets = cols.count > 3 ? cols[3].split(separator: "|").compactMap { Int32($0) } : []
            entries[lemma] = Entry(kind: kind, verbs: verbs, synsets: synsets)
            for v in verbs { nouns[v, default: []].append(lemma) }
        }
        // Nouns WordNet links to no verb, with the verb they name the doing of (`unlinkedVerbs`).
        for (noun, verb) in Self.unlinkedVerbs where entries[noun]?.verbs.isEmpty == true {
            entries[noun]?.verbs = [verb]
            nouns[verb, default: []].append(noun)
        }
        self.entries = entries
        self.nounsOfVerb = nouns
    }

    /// Event nouns WordNet derives from no verb, and the verb whose doing they name: "the ⟦theft⟧ of a watercolour in
    /// 1994" / "the watercolour ⟦stolen⟧ in 1994" (one predicate for the merge).
    static let unlinkedVerbs: [String: String] = ["theft": "steal", "larceny": "steal"]

    /// The lexicon shipped with the package; empty when the resource is missing.
    public static let shared: EventNounLexicon = {
        guard let url = Bundle.module.url(forResource: "event-nouns", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return EventNounLexicon(tsv: "") }
        return EventNounLexicon(tsv: text)
    }()

    public func entry(_ lemma: String) -> Entry? { entries[lemma] }

    public func isEventNoun(_ lemma: String) -> Bool { entries[lemma] != nil }

    /// The event senses of a noun as written ("Quakes" → those of "quake"); empty for a word that is none.
    public func synsets(ofWord word: String) -> [Int32] {
        let lower = word.lowercased()
        if let e = entries[lower] { return e.synsets }
        if lower.hasSuffix("s"), let e = entries[String(lower.dropLast())] { return e.synsets }
        return []
    }

    /// What merging compares for a predicate: a verb's lemma, or for an event noun the verb it comes from when
    /// the noun has one ("the rescue" and "were rescued" → "rescue"; "death" and "died" → "die").
    public func predicateKey(noun lemma: String) -> String {
        guard let verbs = entries[lemma]?.verbs, !verbs.isEmpty else { return lemma }
        // The verb spelled most like the noun ("attack" for "attack"), else the first.
        return verbs.first { lemma.hasPrefix($0) || $0.hasPrefix(lemma) } ?? verbs[0]
    }
}
