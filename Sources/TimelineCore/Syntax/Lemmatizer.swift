/// Lemmas from an exception table learnt in training (word and Penn tag → lemma), then suffix rules learnt
/// from the same data (Penn tag and the word's last letters → letters to strip and to add), for unknown words.
/// Proper nouns keep their case; other lemmas are lowercase, as in UD English.
public struct Lemmatizer: Sendable {
    /// "lowercase word\tXPOS" → lemma.
    public var exceptions: [String: String]
    /// "XPOS\tsuffix" → (letters to strip, text to add), for suffixes of 1 to `maxSuffix` letters.
    public var rules: [String: Rule]
    public static let maxSuffix = 5

    public struct Rule: Hashable, Sendable {
        public var strip: Int
        public var add: String
        public init(strip: Int, add: String) { self.strip = strip; self.add = add }
    }

    public init(exceptions: [String: String], rules: [String: Rule]) {
        self.exceptions = exceptions
        self.rules = rules
    }

    public func lemma(_ form: String, lower: String, xpos: String, upos: String) -> String {
        if let l = exceptions[lower + "\t" + xpos] { return l }
        let proper = upos == "PROPN"
        if upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" { return proper ? form : (upos == "X" ? lower : form) }
        let base = proper ? form : lower
        let scalars = Array(lower.unicodeScalars)
        var k = min(Self.maxSuffix, scalars.count - 1)
        while k >= 1 {
            let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
            if let r = rules[xpos + "\t" + suffix] {
                let b = Array(base.unicodeScalars)
                guard r.strip < b.count else { return base }
                var v = String.UnicodeScalarView(b[0..<(b.count - r.strip)])
                v.append(contentsOf: r.add.unicodeScalars)
                return String(v)
            }
            k -= 1
        }
        return base
    }

    /// The rule that turns `lower` into `lemma` (lowercased).
    public static func rule(from lower: String, to lemma: String) -> Rule {
        let a = Array(lower.unicodeScalars), b = Array(lemma.lowercased().unicodeScalars)
        var p = 0
        while p < a.count && p < b.count && a[p] == b[p] { p += 1 }
        return Rule(strip: a.count - p, add: String(String.UnicodeScalarView(b[p...])))
    }
}

/// The lemmatizer as the model file holds it: the same exceptions and rules, looked up by the hashes of the
/// word (`WordAtoms.lowerHash`) and of the tag instead of by string.
struct LemmaTable: Sendable {
    let exceptions: HashIndex
    let lemmas: [String]
    let rules: HashIndex
    let ruleStrip: [UInt8]
    let ruleAdd: [String]

    @inline(__always) static func exceptionKey(_ lowerHash: UInt64, _ xposHash: UInt64) -> UInt64 { SyntaxHash.mix(lowerHash, xposHash) }
    @inline(__always) static func ruleKey(_ xposHash: UInt64, _ suffixHash: UInt64, _ k: Int) -> UInt64 {
        SyntaxHash.mix(SyntaxHash.mix(xposHash, suffixHash), UInt64(k))
    }

    init(_ l: Lemmatizer) {
        var lemmaIndex: [String: UInt32] = [:]
        var lemmas: [String] = []
        var ex: [(UInt64, UInt32)] = []
        for (key, lemma) in l.exceptions.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let i = lemmaIndex[lemma] ?? {
                lemmas.append(lemma)
                lemmaIndex[lemma] = UInt32(lemmas.count - 1)
                return UInt32(lemmas.count - 1)
            }()
            ex.append((Self.exceptionKey(SyntaxHash.scalars(parts[0].unicodeScalars), SyntaxHash.string(String(parts[1]))), i))
        }
        var rk: [(UInt64, UInt32)] = [], strip: [UInt8] = [], add: [String] = []
        for (key, rule) in l.rules.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, rule.strip <= 255 else { continue }
            rk.append((Self.ruleKey(SyntaxHash.string(String(parts[0])), SyntaxHash.scalars(parts[1].unicodeScalars), parts[1].unicodeScalars.count),
                       UInt32(strip.count)))
            strip.append(UInt8(rule.strip))
            add.append(rule.add)
        }
        self.init(exceptions: HashIndex(ex), lemmas: lemmas, rules: HashIndex(rk), ruleStrip: strip, ruleAdd: add)
    }

    init(exceptions: HashIndex, lemmas: [String], rules: HashIndex, ruleStrip: [UInt8], ruleAdd: [String]) {
        self.exceptions = exceptions
        self.lemmas = lemmas
        self.rules = rules
        self.ruleStrip = ruleStrip
        self.ruleAdd = ruleAdd
    }

    /// As `Lemmatizer.lemma`. `kind`: the tag's UPOS as it matters here.
    func lemma(_ a: WordAtoms, xposHash: UInt64, kind: TagKind) -> String {
        if let i = exceptions[Self.exceptionKey(a.lowerHash, xposHash)] { return lemmas[Int(i)] }
        switch kind {
        case .proper: break
        case .symbol: return a.form
        case .foreign: return a.lower
        case .other: break
        }
        if a.isASCII { return asciiLemma(a, xposHash: xposHash, proper: kind == .proper) }
        let lower = a.lower
        let base = kind == .proper ? a.form : lower
        let scalars = Array(lower.unicodeScalars)
        var k = min(Lemmatizer.maxSuffix, scalars.count - 1)
        while k >= 1 {
            let suffix = SyntaxHash.scalars(scalars[(scalars.count - k)...])
            if let r = rules[Self.ruleKey(xposHash, suffix, k)] {
                let b = Array(base.unicodeScalars)
                let strip = Int(ruleStrip[Int(r)])
                guard strip < b.count else { return base }
                var v = String.UnicodeScalarView(b[0..<(b.count - strip)])
                v.append(contentsOf: ruleAdd[Int(r)].unicodeScalars)
                return String(v)
            }
            k -= 1
        }
        return base
    }

    /// The suffix rules for an ASCII word, on its bytes (the same lemma as the general path, without building arrays
    /// of scalars).
    private func asciiLemma(_ a: WordAtoms, xposHash: UInt64, proper: Bool) -> String {
        var form = a.form
        return form.withUTF8 { b -> String in
            let n = b.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, n)) { lower -> String in
                for i in 0..<n { let c = b[i]; lower[i] = c >= 65 && c <= 90 ? c + 32 : c }
                let base = proper ? b : UnsafeBufferPointer(lower)
                var k = min(Lemmatizer.maxSuffix, n - 1)
                while k >= 1 {
                    var h: UInt64 = 0xCBF2_9CE4_8422_2325
                    for i in (n - k)..<n { h = (h ^ UInt64(lower[i])) &* 0x0000_0100_0000_01B3 }
                    if let r = rules[Self.ruleKey(xposHash, h, k)] {
                        let strip = Int(ruleStrip[Int(r)])
                        guard strip < n else { return String(decoding: UnsafeBufferPointer(rebasing: base[0..<n]), as: UTF8.self) }
                        return String(decoding: UnsafeBufferPointer(rebasing: base[0..<(n - strip)]), as: UTF8.self) + ruleAdd[Int(r)]
                    }
                    k -= 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: base[0..<n]), as: UTF8.self)
            }
        }
    }

    enum TagKind: Sendable {
        /// PROPN: keeps its case.
        case proper
        /// PUNCT, SYM, NUM: the form itself.
        case symbol
        /// X: the lowercase form.
        case foreign
        case other

        init(upos: String) {
            switch upos {
            case "PROPN": self = .proper
            case "PUNCT", "SYM", "NUM": self = .symbol
            case "X": self = .foreign
            default: self = .other
            }
        }
    }

    func write(to w: inout ModelWriter) {
        exceptions.write(to: &w)
        w.strings(lemmas)
        rules.write(to: &w)
        w.array(ruleStrip)
        w.strings(ruleAdd)
    }

    static func read(from r: inout ModelReader) throws -> LemmaTable {
        let exceptions = try HashIndex.read(from: &r)
        let lemmas = try r.strings()
        let rules = try HashIndex.read(from: &r)
        let strip: [UInt8] = try r.array()
        let add = try r.strings()
        guard exceptions.valuesBelow(lemmas.count), rules.valuesBelow(strip.count), strip.count == add.count
        else { throw ModelFormatError(message: "inconsistent lemma tables") }
        return LemmaTable(exceptions: exceptions, lemmas: lemmas, rules: rules, ruleStrip: strip, ruleAdd: add)
    }
}
