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
        scalars.withUnsafeBufferPointer { add(tokens, $0) }
    }

    /// The pieces of a text, from the tokens it is read in: the sentences' own tokens (`Sentence.tokens`, computed
    /// once by the pipeline), and the tokenizer's over a sentence without them and over any text between sentences, so
    /// that the whole text is read; without sentences (or with sentences out of order), the tokenizer's over the whole
    /// text. The tokenizer's tokens are cut as its scanner finds them (`PieceCutter`), without building `Token` values.
    init(text: ScalarText, sentences: [Sentence]?) {
        let scalars = text.scalars
        self = scalars.withUnsafeBufferPointer { all in
            var cutter = PieceCutter(all: all)
            guard let sentences, !sentences.isEmpty,
                  zip(sentences, sentences.dropFirst()).allSatisfy({ $0.range.end <= $1.range.start }),
                  sentences[0].range.start >= 0, sentences[sentences.count - 1].range.end <= text.count
            else {
                // About one piece per four scalars in running text.
                cutter.pieces.reserve(all.count / 4 + 4)
                cutter.cut(0, all.count)
                return cutter.pieces
            }
            cutter.pieces.reserve(sentences.reduce(0) { $0 + $1.tokens.count })
            var at = 0
            for s in sentences {
                if s.range.start > at { cutter.cut(at, s.range.start) }
                if s.tokens.isEmpty { cutter.cut(s.range.start, s.range.end) } else { cutter.pieces.add(s.tokens, all) }
                at = s.range.end
            }
            if at < all.count { cutter.cut(at, all.count) }
            return cutter.pieces
        }
    }

    fileprivate mutating func reserve(_ n: Int) {
        tokens.reserveCapacity(n + n / 4)
        texts.reserveCapacity(n + n / 4)
    }

    fileprivate mutating func add(_ list: [Token], _ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        for k in list.indices { add(list[k].range.start, list[k].range.end, lower: list[k].lower, scalars) }
    }

    /// The pieces of the token [a, b) of `s` (the whole text). `lower`: the token's lowercase form when known.
    fileprivate mutating func add(_ a: Int, _ b: Int, lower: String?, _ s: UnsafeBufferPointer<Unicode.Scalar>) {
        var space = a == 0 || s[a - 1].isTokenSeparator
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
                if i == a && j == b, let lower { texts.append(lower) } else { texts.append(plainString(s[i..<j])) }
            } else if c.isLetter {
                var ascii = v < 128
                var h = (WordTable<Bool>.fnvBasis ^ UInt64(v | 32)) &* WordTable<Bool>.fnvPrime
                while j < b {
                    let u = s[j].value
                    if u < 128 {
                        guard (u | 32) >= 97 && (u | 32) <= 122 else { break }
                        h = (h ^ UInt64(u | 32)) &* WordTable<Bool>.fnvPrime
                    } else {
                        guard s[j].isLetter else { break }
                        ascii = false
                    }
                    j += 1
                }
                let cap = c.isUpper
                let text: String
                if ascii {
                    if i == a && j == b, let lower { text = lower } else { text = lowerString(s[i..<j]) }
                } else {
                    text = Self.lowercased(s[i..<j])
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

    /// A word with letters beyond ASCII, lowercased scalar by scalar (out of line: see `Unicode.Scalar.isAlphabetic`).
    @inline(never)
    private static func lowercased(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        var view = String.UnicodeScalarView()
        for x in word {
            if x.value >= 65 && x.value <= 90 { view.append(Unicode.Scalar(x.value + 32)!) }
            else if x.value < 128 { view.append(x) }
            else { view.append(contentsOf: x.properties.lowercaseMapping.unicodeScalars) }
        }
        return String(view)
    }

    /// One-scalar strings of ASCII, built once.
    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
}

/// Cuts the tokenizer's tokens into pieces as its scanner finds them (`TokenSink`), for text read without shared tokens.
private struct PieceCutter: TokenSink {
    var pieces = TimePieces()
    /// The whole text.
    let all: UnsafeBufferPointer<Unicode.Scalar>
    /// Where the range being scanned starts in `all`.
    var base = 0

    init(all: UnsafeBufferPointer<Unicode.Scalar>) { self.all = all }

    /// The pieces of the tokens of [a, b).
    mutating func cut(_ a: Int, _ b: Int) {
        guard a < b else { return }
        base = a
        Tokenizer.scan(UnsafeBufferPointer(rebasing: all[a..<b]), into: &self)
    }

    mutating func token(_ i: Int, _ j: Int, extra: TokenFlags) { pieces.add(base + i, base + j, lower: nil, all) }
}
