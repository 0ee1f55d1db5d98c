/// What the tokenizer's scanner (`TokenScanner`) hands its tokens to, one by one, in text order, as soon as it finds
/// them. A token is a range of the scalars scanned; `TokenList` builds the `Token` values that `Tokenizer.tokenize`
/// returns, and a stage that needs only where the tokens are (the temporal tagger's pieces, `TimePieces`) takes them
/// without building those.
protocol TokenSink {
    /// The token [i, j) of the scalars scanned (i < j). `extra`: what the scanner knows of it from where it found it
    /// (`.url`, `.clitic`); a token is attached to the one before (`.noSpaceBefore`) when the scalar before it is not a
    /// separator (`isTokenSeparator`) and it does not open the scanned range.
    mutating func token(_ i: Int, _ j: Int, extra: TokenFlags)
}

/// Builds the `Token` values: form, lowercase form and word-class flags, in one pass over each token's scalars.
struct TokenList: TokenSink {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    /// The document offset of `s[0]`.
    let base: Int
    var tokens: [Token] = []
    /// `ASCIIClass.table`, read once per text.
    let classes = ASCIIClass.table

    init(s: UnsafeBufferPointer<Unicode.Scalar>, base: Int) {
        self.s = s
        self.base = base
    }

    mutating func token(_ i: Int, _ j: Int, extra: TokenFlags) {
        var flags = extra
        if i > 0 && !s[i - 1].isTokenSeparator { flags.insert(.noSpaceBefore) }
        var letters = 0, upper = 0, digits = 0, punct = 0, symbols = 0, numberMarks = 0, utf8 = 0
        for k in i..<j {
            let c = s[k]
            let v = c.value
            if v < 128 {
                utf8 += 1
                let bits = Int(classes[Int(v)])
                letters &+= bits & 1
                upper &+= (bits >> 1) & 1
                digits &+= (bits >> 2) & 1
                numberMarks &+= (bits >> 3) & 1
                symbols &+= (bits >> 4) & 1
                punct &+= (bits >> 5) & 1
                continue
            }
            utf8 += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            flags.insert(.nonASCII)
            let bits = Int(Self.classBeyondASCII(c))
            letters &+= bits & 1
            upper &+= (bits >> 1) & 1
            symbols &+= (bits >> 4) & 1
            punct &+= (bits >> 5) & 1
        }
        let count = j - i
        if letters > 0 { flags.insert(.hasLetter) }
        if digits > 0 { flags.insert(.hasDigit) }
        if s[i].isUpper { flags.insert(.capitalised) }
        if upper >= 2 && upper == letters { flags.insert(.allCaps) }
        if digits > 0 && letters == 0 && digits + numberMarks == count { flags.insert(.numeric) }
        if letters == 0 && digits == 0 {
            if symbols > 0 && punct == 0 { flags.insert(.symbol) } else if punct > 0 { flags.insert(.punctuation) }
        }
        if count > 1, s[j - 1] == ".", letters > 0, !extra.contains(.url) { flags.insert(.abbreviation) }
        let slice = s[i..<j]
        let form = utf8String(slice, bytes: utf8, lowercasingASCII: false)
        // ASCII lowercases letter by letter: the same string `lowercased()` gives, without reading it again; with no
        // capital (most tokens) it is the form itself.
        let lower = flags.contains(.nonASCII) ? form.lowercased() : upper == 0 ? form : utf8String(slice, bytes: utf8, lowercasingASCII: true)
        tokens.append(Token(range: TextRange(base + i, base + j), form: form, lower: lower, flags: flags))
    }

    /// The class of a scalar beyond ASCII in `ASCIIClass` bits: a letter (and whether a capital), punctuation, a symbol,
    /// else none (out of line: see `Unicode.Scalar.isAlphabetic`).
    @inline(never)
    private static func classBeyondASCII(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        if p.isAlphabetic { return ASCIIClass.letter | (p.isUppercase ? ASCIIClass.upper : 0) }
        switch p.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return ASCIIClass.punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return ASCIIClass.symbol
        default: return 0
        }
    }
}
