/// The hashed parts of one word that the tagger's and the parser's features combine: computed once per word.
public struct WordAtoms: Sendable {
    public var form: String
    public var lower: String
    var formHash: UInt64
    /// Lowercase with every digit as 9: "2024" and "1999" are the same word for the models.
    public var norm: UInt64
    var prefix: (UInt64, UInt64, UInt64)
    var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// Character classes with runs collapsed: "Xx", "d", "d,d.d", "X.X.", "x-x".
    var shape: UInt64
    /// The tags the word had in training (a hash of the set), or a constant for an unknown word.
    public var ambiguity: UInt64 = SyntaxHash.string("<unknown>")

    public init(_ form: String) {
        self.form = form
        let lower = form.lowercased()
        self.lower = lower
        formHash = SyntaxHash.string(form)
        var normView = String.UnicodeScalarView()
        for c in lower.unicodeScalars { normView.append(c.value >= 48 && c.value <= 57 ? "9" : c) }
        norm = SyntaxHash.scalars(normView)
        let l = Array(lower.unicodeScalars)
        func pre(_ k: Int) -> UInt64 { SyntaxHash.mix(UInt64(k), SyntaxHash.scalars(l.prefix(k))) }
        func suf(_ k: Int) -> UInt64 { SyntaxHash.mix(UInt64(k + 8), SyntaxHash.scalars(l.suffix(k))) }
        prefix = (pre(1), pre(2), pre(3))
        suffix = (suf(1), suf(2), suf(3), suf(4))
        var shapeHash: UInt64 = 0xCBF2_9CE4_8422_2325
        var last: UInt32 = 0
        var run = 0
        for c in form.unicodeScalars {
            let k: UInt32
            if c.value < 128 {
                k = c.isUpper ? 88 : c.isLower ? 120 : c.isDigit ? 100 : c.value
            } else if c.properties.isAlphabetic {
                k = c.properties.isUppercase ? 88 : 120
            } else {
                k = 63
            }
            if k == last { run += 1 } else { run = 0 }
            last = k
            if run < 1 {
                shapeHash ^= UInt64(k)
                shapeHash &*= 0x0000_0100_0000_01B3
            }
        }
        shape = shapeHash
    }

    static let padding: WordAtoms = {
        var w = WordAtoms("<pad>")
        w.ambiguity = SyntaxHash.string("<pad>")
        return w
    }()
}
