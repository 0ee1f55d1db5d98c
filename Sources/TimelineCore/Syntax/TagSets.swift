import Foundation

/// The closed word classes each lowercase word had in the training treebanks: the tagger never gives a word a closed
/// class it never had, whatever its neighbours suggest ("⟦shut⟧ down" is no particle, "dams ⟦burst⟧" no
/// conjunction, "attorney ⟦general⟧" no auxiliary, "analysts ⟦forecast⟧ a cut" no preposition); open classes (noun, verb, adjective, adverb, proper noun)
/// stay free, except that a word WordNet knows only as a noun, adjective or adverb is never a verb unless training saw
/// one ("sent to ⟦prison⟧": `non-verbs.txt`, written by `scripts/gen-non-verbs.py`), and a noun WordNet has no adjective
/// sense for is never an adjective unless training saw one ("The ⟦mall⟧ reopened": `non-adjectives.txt`, same script),
/// and an irregular verb form WordNet knows as nothing else is a verb or an auxiliary ("⟦underwent⟧ surgery":
/// `verb-forms.txt`) unless training saw it take another class; an "-ed" form of a verb WordNet has no noun for is
/// no noun ("The INS ⟦ruled⟧ last month": `non-nouns.txt`).
/// Shipped as `Syntax/Resources/tag-sets.tsv`, written by `scripts/gen-tag-sets.py` from the same UD files as the
/// model. Capitalised words are never constrained: they may be names or open a sentence.
public struct TagSets: Sendable {
    /// Word hash (as `WordAtoms.norm`: lowercase, digits as 9) → bit set of universal parts of speech.
    private let masks: [UInt64: UInt32]
    /// By word hash, the mask of `masks` and which of the shipped word lists hold the word (`Flag`), for `allowed` to
    /// read with one lookup: `non-verbs.txt`, words WordNet knows only as nouns, adjectives or adverbs, never a verb
    /// unless training saw one ("sent to ⟦prison⟧"); `non-adjectives.txt`, nouns WordNet has no adjective sense for,
    /// never an adjective unless training saw one ("The ⟦mall⟧ reopened on Thursday"); `verb-forms.txt`, irregular verb
    /// forms WordNet knows as nothing else, a verb or an auxiliary or a class training saw them take ("the CEO
    /// ⟦underwent⟧ surgery"); `non-nouns.txt`, "-ed" forms of WordNet verbs that WordNet has no noun for, never a noun
    /// unless training saw one ("The INS ⟦ruled⟧ last month").
    private let packed: HashIndex

    private enum Flag {
        static let seen: UInt32 = 1 << 24
        static let nonVerb: UInt32 = 1 << 25
        static let nonAdjective: UInt32 = 1 << 26
        static let verbForm: UInt32 = 1 << 27
        static let nonNoun: UInt32 = 1 << 28
    }

    /// The universal parts of speech, in bit order.
    static let upos = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
                       "SCONJ", "SYM", "VERB", "X"]
    private static let bit: [String: UInt32] = Dictionary(uniqueKeysWithValues: upos.enumerated().map { ($1, UInt32(1) << $0) })

    /// The open classes, always allowed: which of them a word takes shifts with the domain ("resume" is a noun in
    /// reviews of job applications, a verb in news), while the closed classes a word belongs to do not.
    static let open: UInt32 = ["NOUN", "VERB", "ADJ", "ADV", "PROPN"].reduce(0) { $0 | (bit[$1] ?? 0) }

    /// Reads the resource's lines: `word TAB UPOS|UPOS`; `#` lines are comments. Malformed lines are skipped.
    public init(tsv: String, nonVerbs: String = "", nonAdjectives: String = "", verbForms: String = "", nonNouns: String = "") {
        func hashes(_ list: String) -> Set<UInt64> {
            Set(list.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map { SyntaxHash.scalars($0.unicodeScalars) })
        }
        var masks: [UInt64: UInt32] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count == 2 else { continue }
            let mask = cols[1].split(separator: "|").reduce(UInt32(0)) { $0 | (Self.bit[String($1)] ?? 0) }
            if mask != 0 { masks[SyntaxHash.scalars(cols[0].unicodeScalars)] = mask }
        }
        self.masks = masks
        var packed: [UInt64: UInt32] = [:]
        for (k, m) in masks { packed[k, default: 0] |= m | Flag.seen }
        for k in hashes(nonVerbs) { packed[k, default: 0] |= Flag.nonVerb }
        for k in hashes(nonAdjectives) { packed[k, default: 0] |= Flag.nonAdjective }
        for k in hashes(verbForms) { packed[k, default: 0] |= Flag.verbForm }
        for k in hashes(nonNouns) { packed[k, default: 0] |= Flag.nonNoun }
        self.packed = HashIndex(packed.map { ($0.key, $0.value) })
    }

    /// Whether training saw the lowercase word `lower` with a part of speech of `bits` (`TagSets.noun` …).
    func seenAs(_ lower: String, _ bits: UInt32) -> Bool {
        (masks[SyntaxHash.scalars(lower.unicodeScalars)] ?? 0) & bits != 0
    }

    /// The bit of a universal part of speech (0 for an unknown one).
    static func bit(of upos: String) -> UInt32 { bit[upos] ?? 0 }

    /// The parts of speech allowed for a word, or nil when it is not constrained.
    @inline(__always)
    func allowed(_ atoms: WordAtoms) -> UInt32? {
        allowed(firstByte: atoms.firstByte, norm: atoms.norm, lettersAndHyphens: atoms.lettersAndHyphens)
    }

    /// As `allowed(_:)`, given the parts of the word's atoms it reads (no copy of the atoms).
    @inline(__always)
    func allowed(firstByte s: UInt8, norm: UInt64, lettersAndHyphens: Bool) -> UInt32? {
        guard s >= 97 && s <= 122, !masks.isEmpty else { return nil }
        let entry = packed[norm] ?? 0
        let seen: UInt32? = entry & Flag.seen != 0 ? entry & (Flag.seen - 1) : nil
        var allowed: UInt32?
        if entry & Flag.nonVerb != 0, (seen ?? 0) & Self.verb == 0 {
            allowed = (seen.map { $0 | Self.open } ?? Self.unseen) & ~Self.verb
        } else if let seen {
            allowed = seen | Self.open
        } else {
            // (Only a plain word: a form with other marks may be a variant spelling of a listed one, "n`t", "b/c".)
            allowed = lettersAndHyphens ? Self.unseen : nil
        }
        if entry & Flag.nonAdjective != 0, (seen ?? 0) & Self.adjective == 0 { allowed = (allowed ?? Self.unseen) & ~Self.adjective }
        if entry & Flag.verbForm != 0 { allowed = Self.verb | Self.auxiliary | (seen ?? 0) }
        if entry & Flag.nonNoun != 0, (seen ?? 0) & Self.noun == 0 { allowed = (allowed ?? Self.unseen) & ~Self.noun }
        return allowed
    }

    /// The closed classes: a word takes one only when training saw it take it (every word training saw in one is
    /// listed, however rarely).
    static let closed: UInt32 = ["ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"].reduce(0) { $0 | (bit[$1] ?? 0) }
    /// What a lowercase word training never saw in a closed class may be: anything else ("forecast" is no preposition).
    static let unseen: UInt32 = ~closed

    static let verb = bit["VERB"]!
    static let adjective = bit["ADJ"]!
    static let auxiliary = bit["AUX"]!
    static let noun = bit["NOUN"]!

    public var count: Int { masks.count }

    /// The table shipped with the package; empty when the resource is missing.
    public static let shared: TagSets = {
        guard let url = Bundle.module.url(forResource: "tag-sets", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return TagSets(tsv: "") }
        func list(_ name: String) -> String {
            Bundle.module.url(forResource: name, withExtension: "txt").flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        }
        return TagSets(tsv: text, nonVerbs: list("non-verbs"), nonAdjectives: list("non-adjectives"), verbForms: list("verb-forms"),
                       nonNouns: list("non-nouns"))
    }()
}
