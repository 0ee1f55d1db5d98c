/// The hashed parts of one word that the tagger's, the parser's and the lemmatizer's lookups combine: computed
/// once per word, in one pass over the bytes when the word is ASCII.
public struct WordAtoms: Sendable {
    public var form: String
    /// FNV-1a of the form's UTF-8.
    var formHash: UInt64
    /// FNV-1a of the lowercase form's scalars.
    var lowerHash: UInt64
    /// Lowercase with every digit as 9: "2024" and "1999" are the same word for the models.
    public var norm: UInt64
    var prefix: (UInt64, UInt64, UInt64)
    var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// Character classes with runs collapsed: "Xx", "d", "d,d.d", "X.X.", "x-x".
    var shape: UInt64
    /// The tags the word had in training (a hash of the set), or a constant for an unknown word.
    public var ambiguity: UInt64 = SyntaxHash.string("<unknown>")
    /// The word's WordNet class and its parts of speech (`WordClasses`), set only for a model that reads them.
    public var wordClass: UInt64 = WordClasses.unknownClass
    public var wordPos: UInt64 = WordClasses.unknownPos
    /// The form's first UTF-8 byte (0 for an empty form), and whether every byte is a lowercase ASCII letter or a
    /// hyphen: what `TagSets.allowed` reads of the form.
    var firstByte: UInt8 = 0
    var lettersAndHyphens = false
    /// Whether the form is ASCII (its scalars are its bytes).
    var isASCII = false
    /// Whether training saw the word too rarely for a tag set (`ambiguity` is that of an unknown word).
    var isRare: Bool { ambiguity == Self.unknownAmbiguity }
    static let unknownAmbiguity = SyntaxHash.string("<unknown>")

    public var lower: String { form.lowercased() }

    static let fnvBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3
    @inline(__always) static func pre(_ k: Int, _ h: UInt64) -> UInt64 { SyntaxHash.mix(UInt64(k), h) }
    @inline(__always) static func suf(_ k: Int, _ h: UInt64) -> UInt64 { SyntaxHash.mix(UInt64(k + 8), h) }

    public init(_ form: String) {
        self.form = form
        formHash = 0; lowerHash = 0; norm = 0; prefix = (0, 0, 0); suffix = (0, 0, 0, 0); shape = 0
        var f = form
        let ascii = f.withUTF8 { bytes -> Bool in
            firstByte = bytes.first ?? 0
            guard bytes.allSatisfy({ $0 < 128 }) else { return false }
            self.hashASCII(bytes)
            return true
        }
        isASCII = ascii
        if !ascii { hashScalars(form) }
    }

    /// The same hashes as `hashScalars`, for an ASCII word (its scalars are its bytes).
    private mutating func hashASCII(_ b: UnsafeBufferPointer<UInt8>) {
        let p = Self.fnvPrime
        var fh = Self.fnvBasis, lh = Self.fnvBasis, nh = Self.fnvBasis, sh = Self.fnvBasis
        var pre = (Self.fnvBasis, Self.fnvBasis, Self.fnvBasis)
        var last: UInt32 = 0
        var plain = true
        for (i, c) in b.enumerated() {
            fh = (fh ^ UInt64(c)) &* p
            let isUpper = c >= 65 && c <= 90, isLower = c >= 97 && c <= 122, isDigit = c >= 48 && c <= 57
            plain = plain && (isLower || c == 45)
            let l = isUpper ? c + 32 : c
            lh = (lh ^ UInt64(l)) &* p
            nh = (nh ^ UInt64(isDigit ? 57 : l)) &* p
            if i < 1 { pre.0 = (pre.0 ^ UInt64(l)) &* p }
            if i < 2 { pre.1 = (pre.1 ^ UInt64(l)) &* p }
            if i < 3 { pre.2 = (pre.2 ^ UInt64(l)) &* p }
            let k: UInt32 = isUpper ? 88 : isLower ? 120 : isDigit ? 100 : UInt32(c)
            if k != last { sh = (sh ^ UInt64(k)) &* p }
            last = k
        }
        @inline(__always) func suffixHash(_ k: Int) -> UInt64 {
            var h = Self.fnvBasis
            for i in max(0, b.count - k)..<b.count {
                let c = b[i]
                h = (h ^ UInt64(c >= 65 && c <= 90 ? c + 32 : c)) &* p
            }
            return Self.suf(k, h)
        }
        lettersAndHyphens = plain
        formHash = fh
        lowerHash = lh
        norm = nh
        prefix = (Self.pre(1, pre.0), Self.pre(2, pre.1), Self.pre(3, pre.2))
        suffix = (suffixHash(1), suffixHash(2), suffixHash(3), suffixHash(4))
        shape = sh
    }

    private mutating func hashScalars(_ form: String) {
        let lower = form.lowercased()
        formHash = SyntaxHash.string(form)
        lowerHash = SyntaxHash.scalars(lower.unicodeScalars)
        norm = SyntaxHash.scalars(lower.unicodeScalars.lazy.map { $0.value >= 48 && $0.value <= 57 ? "9" : $0 })
        let l = Array(lower.unicodeScalars)
        prefix = (Self.pre(1, SyntaxHash.scalars(l.prefix(1))), Self.pre(2, SyntaxHash.scalars(l.prefix(2))),
                  Self.pre(3, SyntaxHash.scalars(l.prefix(3))))
        suffix = (Self.suf(1, SyntaxHash.scalars(l.suffix(1))), Self.suf(2, SyntaxHash.scalars(l.suffix(2))),
                  Self.suf(3, SyntaxHash.scalars(l.suffix(3))), Self.suf(4, SyntaxHash.scalars(l.suffix(4))))
        var shapeHash = Self.fnvBasis
        var last: UInt32 = 0
        for c in form.unicodeScalars {
            let k: UInt32
            if c.value < 128 {
                k = c.isUpper ? 88 : c.isLower ? 120 : c.isDigit ? 100 : c.value
            } else if c.properties.isAlphabetic {
                k = c.properties.isUppercase ? 88 : 120
            } else {
                k = 63
            }
            if k != last { shapeHash = (shapeHash ^ UInt64(k)) &* Self.fnvPrime }
            last = k
        }
        shape = shapeHash
    }

    /// Only the general path (for checking that the ASCII path agrees with it).
    static func general(_ form: String) -> WordAtoms {
        var a = WordAtoms(form)
        a.hashScalars(form)
        return a
    }

    var hashes: [UInt64] { [formHash, lowerHash, norm, prefix.0, prefix.1, prefix.2, suffix.0, suffix.1, suffix.2, suffix.3, shape] }

    /// `padding` at a fixed address, for the taggers' features to read in place.
    nonisolated(unsafe) static let paddingInPlace: UnsafeMutablePointer<WordAtoms> = {
        let p = UnsafeMutablePointer<WordAtoms>.allocate(capacity: 1)
        p.initialize(to: padding)
        return p
    }()

    static let padding: WordAtoms = {
        var w = WordAtoms("<pad>")
        w.ambiguity = SyntaxHash.string("<pad>")
        w.wordClass = SyntaxHash.string("<pad-class>")
        w.wordPos = SyntaxHash.string("<pad-pos>")
        return w
    }()
}
