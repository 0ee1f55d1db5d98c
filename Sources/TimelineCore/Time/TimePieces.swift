/// A piece of a token as the temporal rules read it: a word (letters), a number (ASCII digits) or one other scalar.
/// Its lowercased text is kept apart, in `TimePieces.texts`, so that a piece is plain data and cheap to copy.
struct TimePiece {
    enum Kind { case word, number, punct }
    var kind: Kind
    /// FNV-1a hash of the lowercased text when it is ASCII (as `WordTable` hashes it), else nil.
    var hash: UInt64?
    var start: Int
    var end: Int
    var capitalized: Bool
    /// For numbers: the value (of the first nine digits) and the digit count.
    var number: Int = 0
    var digits: Int = 0
    /// True when white space (or the start of the text) precedes the piece.
    var spaceBefore: Bool
}

/// The pieces of a text for the temporal rules, cut from the shared tokens (`Token`, from the one `Tokenizer`): the
/// one place where a token is split finer than UD English does. Token boundaries are the tokenizer's; inside a token
/// every run of letters, every run of ASCII digits and every other scalar is a piece, so that a rule reads the parts
/// of a date or a time written as one token:
/// 10:30 → 10 | : | 30, 1,000 → 1 | , | 000, 1990s → 1990 | s, mid-March → mid | - | march, 20th → 20 | th,
/// U.S. → u | . | s | ., n't → n | ' | t (the tokenizer itself cuts 28-30, 2022-03-29 and 5pm at their hyphens and
/// before the pm). Nothing between tokens is read, except the one scalar
/// before a token to know whether white space precedes it.
struct TimePieces {
    var tokens: [TimePiece] = []
    /// The lowercased text of each piece, index for index.
    var texts: [String] = []

    init() {}

    /// The pieces of `tokens` (in text order), whose ranges index `scalars`.
    init(tokens: [Token], scalars: [Unicode.Scalar]) {
        self.init()
        reserve(tokens.count)
        add(tokens, scalars)
    }

    /// The pieces of a text, from the tokens it is read in: the sentences' own tokens (`Sentence.tokens`, computed
    /// once by the pipeline; a sentence without them is tokenized here), and the tokenizer's over any text between
    /// sentences, so that the whole text is read; without sentences (or with sentences out of order), the
    /// tokenizer's over the whole text.
    init(text: ScalarText, sentences: [Sentence]?) {
        self.init()
        let scalars = text.scalars
        guard let sentences, !sentences.isEmpty,
              zip(sentences, sentences.dropFirst()).allSatisfy({ $0.range.end <= $1.range.start }),
              sentences[0].range.start >= 0, sentences[sentences.count - 1].range.end <= text.count
        else {
            let tokens = Tokenizer.tokenize(text, in: TextRange(0, text.count))
            reserve(tokens.count)
            add(tokens, scalars)
            return
        }
        reserve(sentences.reduce(0) { $0 + $1.tokens.count })
        var at = 0
        for s in sentences {
            if s.range.start > at { add(Self.gapTokens(text, TextRange(at, s.range.start)), scalars) }
            add(s.tokens.isEmpty ? Tokenizer.tokenize(text, in: s.range) : s.tokens, scalars)
            at = s.range.end
        }
        if at < text.count { add(Self.gapTokens(text, TextRange(at, text.count)), scalars) }
    }

    private mutating func reserve(_ n: Int) {
        tokens.reserveCapacity(n + n / 4)
        texts.reserveCapacity(n + n / 4)
    }

    private mutating func add(_ list: [Token], _ scalars: [Unicode.Scalar]) {
        for k in list.indices { add(list[k].range, list[k].lower, scalars) }
    }

    /// The tokens between two sentences: none when there is only white space (nearly always), without copying it.
    private static func gapTokens(_ text: ScalarText, _ range: TextRange) -> [Token] {
        for i in range.start..<range.end where !text[i].isSpaceOrNewline { return Tokenizer.tokenize(text, in: range) }
        return []
    }

    /// White space or a control character: what separates tokens.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v <= 32 || v == 127 }
        return c.properties.isWhitespace || c.properties.generalCategory == .control
    }

    private mutating func add(_ range: TextRange, _ lower: String, _ s: [Unicode.Scalar]) {
        let a = range.start, b = range.end
        var space = a == 0 || Self.isSpace(s[a - 1])
        var i = a
        while i < b {
            let c = s[i]
            let v = c.value
            var j = i + 1
            if v >= 48 && v <= 57 {
                var n = Int(v - 48)
                var h = (WordTable<Bool>.fnvBasis ^ UInt64(v)) &* WordTable<Bool>.fnvPrime
                while j < b, s[j].value >= 48, s[j].value <= 57 {
                    if j - i < 9 { n = n * 10 + Int(s[j].value - 48) }
                    h = (h ^ UInt64(s[j].value)) &* WordTable<Bool>.fnvPrime
                    j += 1
                }
                var p = TimePiece(kind: .number, hash: h, start: i, end: j, capitalized: false, spaceBefore: space)
                p.number = n; p.digits = j - i
                tokens.append(p)
                texts.append(i == a && j == b ? lower : plainString(s[i..<j]))
            } else if v < 128 ? (v | 32) >= 97 && (v | 32) <= 122 : c.properties.isAlphabetic {
                var ascii = v < 128
                var h = (WordTable<Bool>.fnvBasis ^ UInt64(v | 32)) &* WordTable<Bool>.fnvPrime
                while j < b {
                    let u = s[j].value
                    if u < 128 {
                        guard (u | 32) >= 97 && (u | 32) <= 122 else { break }
                        h = (h ^ UInt64(u | 32)) &* WordTable<Bool>.fnvPrime
                    } else {
                        guard s[j].properties.isAlphabetic else { break }
                        ascii = false
                    }
                    j += 1
                }
                let cap = v < 128 ? (v >= 65 && v <= 90) : c.properties.isUppercase
                let text: String
                if ascii {
                    text = i == a && j == b ? lower : lowerString(s[i..<j])
                } else {
                    var view = String.UnicodeScalarView()
                    for x in s[i..<j] {
                        if x.value >= 65 && x.value <= 90 { view.append(Unicode.Scalar(x.value + 32)!) }
                        else if x.value < 128 { view.append(x) }
                        else { view.append(contentsOf: x.properties.lowercaseMapping.unicodeScalars) }
                    }
                    text = String(view)
                }
                tokens.append(TimePiece(kind: .word, hash: ascii ? h : nil, start: i, end: j, capitalized: cap, spaceBefore: space))
                texts.append(text)
            } else {
                tokens.append(TimePiece(kind: .punct, hash: nil, start: i, end: j, capitalized: false, spaceBefore: space))
                texts.append(v < 128 ? Self.asciiStrings[Int(v)] : String(Character(c)))
            }
            space = false
            i = j
        }
    }

    /// One-scalar strings of ASCII, built once.
    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
}
