import Foundation

/// The WordNet class of each lowercase word form WordNet knows: for each part of speech it has (noun, verb,
/// adjective, adverb), the lexicographer file of its lemma's first sense ("trawler" → "n.person", "sank" →
/// "v.motion", "hammer" → "n.artifact v.contact"). The tagger reads it as a feature of words training saw rarely
/// or never: a word of the same class as known ones is probably tagged like them. Shipped as
/// `Syntax/Resources/word-classes.txt`, written by `scripts/gen-word-classes.py` (one line per class: the class, a
/// tab, its words separated by spaces).
public struct WordClasses: Sendable {
    /// Word hash (as `WordAtoms.norm`: lowercase) → index into `classHash` and `posHash`.
    private let index: [UInt64: UInt32]
    /// Per class: the hash of its full name ("n.artifact v.contact") and of its parts of speech alone ("n v").
    private let classHash: [UInt64]
    private let posHash: [UInt64]

    /// The class of a word WordNet does not know, and of its parts of speech.
    public static let unknownClass = SyntaxHash.string("<no-class>")
    public static let unknownPos = SyntaxHash.string("<no-pos>")

    public init(text: String) {
        var index: [UInt64: UInt32] = [:]
        var classHash: [UInt64] = [], posHash: [UInt64] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let name = line[..<tab]
            let k = UInt32(classHash.count)
            classHash.append(SyntaxHash.string(String(name)))
            posHash.append(SyntaxHash.string(name.split(separator: " ").map { String($0.prefix(1)) }.joined(separator: " ")))
            var s = Substring(line[line.index(after: tab)...])
            s.withUTF8 { b in
                // FNV-1a over each word's bytes: `WordAtoms.norm` of a lowercase ASCII word without digits.
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                var any = false
                for c in b {
                    if c == 32 {
                        if any { index[h] = k }
                        h = 0xCBF2_9CE4_8422_2325
                        any = false
                    } else {
                        h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                        any = true
                    }
                }
                if any { index[h] = k }
            }
        }
        self.index = index
        self.classHash = classHash
        self.posHash = posHash
    }

    public var count: Int { index.count }

    /// Sets the word's class and parts of speech (those of an unknown word when WordNet does not list it).
    @inline(__always)
    public func label(_ a: inout WordAtoms) {
        if let k = index[a.norm] {
            a.wordClass = classHash[Int(k)]
            a.wordPos = posHash[Int(k)]
        }
    }

    /// The table shipped with the package; empty when the resource is missing.
    public static let shared: WordClasses = {
        guard let url = Bundle.module.url(forResource: "word-classes", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return WordClasses(text: "") }
        return WordClasses(text: text)
    }()
}
