import Foundation

/// The WordNet class of each lowercase word form WordNet knows: for each part of speech it has (noun, verb,
/// adjective, adverb), the lexicographer file of its lemma's first sense ("trawler" → "n.person", "sank" →
/// "v.motion", "hammer" → "n.artifact v.contact"). The tagger reads it as a feature of words training saw rarely
/// or never: a word of the same class as known ones is probably tagged like them. Shipped as
/// `Syntax/Resources/word-classes.txt`, written by `scripts/gen-word-classes.py` (one line per class: the class, a
/// tab, its words separated by spaces).
public struct WordClasses: Sendable {
    /// Word hash (as `WordAtoms.norm`: lowercase) → index into `classHash` and `posHash`.
    private let index: HashIndex
    /// Per class: the hash of its full name ("n.artifact v.contact") and of its parts of speech alone ("n v").
    private let classHash: [UInt64]
    private let posHash: [UInt64]

    /// The class of a word WordNet does not know, and of its parts of speech.
    public static let unknownClass = SyntaxHash.string("<no-class>")
    public static let unknownPos = SyntaxHash.string("<no-pos>")

    public init(text: String) {
        var t = text
        self = t.withUTF8 { WordClasses(utf8: $0) }
    }

    /// Reads the file's bytes in one pass (the model reads the table when it loads, so this is part of its load time).
    init(utf8 b: UnsafeBufferPointer<UInt8>) {
        var pairs: [(UInt64, UInt32)] = []
        pairs.reserveCapacity(b.count / 8)
        var classHash: [UInt64] = [], posHash: [UInt64] = []
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3
        var i = 0
        while i < b.count {
            var end = i
            while end < b.count && b[end] != 10 { end += 1 }
            defer { i = end + 1 }
            guard end > i, b[i] != 35, let tab = (i..<end).first(where: { b[$0] == 9 }) else { continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[i..<tab]), as: UTF8.self)
            let k = UInt32(classHash.count)
            classHash.append(SyntaxHash.string(name))
            posHash.append(SyntaxHash.string(name.split(separator: " ").map { String($0.prefix(1)) }.joined(separator: " ")))
            // FNV-1a over each word's bytes: `WordAtoms.norm` of a lowercase ASCII word without digits.
            var h = basis, any = false
            for j in (tab + 1)..<end {
                let c = b[j]
                if c == 32 {
                    if any { pairs.append((h, k)) }
                    h = basis
                    any = false
                } else {
                    h = (h ^ UInt64(c)) &* prime
                    any = true
                }
            }
            if any { pairs.append((h, k)) }
        }
        self.index = HashIndex(pairs)
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
              let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return WordClasses(text: "") }
        return data.withUnsafeBytes { WordClasses(utf8: $0.bindMemory(to: UInt8.self)) }
    }()
}
