/// Character classes used by the text stages, on single Unicode scalars.
extension Unicode.Scalar {
    var isNewline: Bool { self == "\n" || self == "\u{2028}" || self == "\u{2029}" }
    /// Horizontal white space (and carriage return), not a line feed.
    // ASCII fast paths: the Unicode property tables are only consulted beyond ASCII.
    var isBlank: Bool { value < 128 ? (value == 32 || value == 9 || value == 13 || value == 11 || value == 12) : (!isNewline && Self.isWhitespace(self)) }
    var isSpaceOrNewline: Bool { value < 128 ? (value == 32 || (value >= 9 && value <= 13)) : Self.isWhitespace(self) }
    var isLetter: Bool { value < 128 ? ((value | 32) >= 97 && (value | 32) <= 122) : Self.isAlphabetic(self) }
    var isUpper: Bool { value < 128 ? (value >= 65 && value <= 90) : Self.isUppercase(self) }
    var isLower: Bool { value < 128 ? (value >= 97 && value <= 122) : Self.isLowercase(self) }
    var isDigit: Bool { value >= 48 && value <= 57 }
    /// A letter or a number, in any script.
    var isWordCharacter: Bool { value < 128 ? (isLetter || isDigit) : Self.isWordCharacter(self) }
    var isOpeningQuote: Bool { self == "\u{201C}" || self == "\u{201E}" || self == "\u{00AB}" || self == "\u{2018}" || self == "\"" || self == "'" }
    var isClosing: Bool {
        self == "\u{201D}" || self == "\u{2019}" || self == "\u{00BB}" || self == "\"" || self == "'" || self == ")" || self == "]"
    }
    var isDash: Bool { self == "-" || self == "\u{2013}" || self == "\u{2014}" || self == "\u{2015}" }
    /// White space or a control character: what separates the tokenizer's chunks (and never belongs to a token).
    @inline(__always)
    var isTokenSeparator: Bool { value < 128 ? value <= 32 || value == 127 : Self.isTokenSeparator(self) }

    // The Unicode property tests beyond ASCII, out of line: `Unicode.Scalar.Properties` is a resilient type, and a
    // function that reads it makes room for it (a metadata call and a stack allocation) on every call, even when it
    // meets only ASCII. The loops that read every scalar of a text test ASCII inline and call these for the rest.
    @inline(never) static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    @inline(never) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    @inline(never) static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    @inline(never) static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }
    @inline(never) static func isWordCharacter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
    @inline(never) static func isTokenSeparator(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c.properties.generalCategory == .control
    }
}

/// Lowercased ASCII-folded string of scalars (letters kept as they are outside ASCII).
func lowerString<S: Collection<Unicode.Scalar>>(_ s: S) -> String {
    utf8String(s, bytes: utf8Count(s), lowercasingASCII: true)
}

func plainString<S: Collection<Unicode.Scalar>>(_ s: S) -> String {
    utf8String(s, bytes: utf8Count(s), lowercasingASCII: false)
}

/// The length of the scalars in UTF-8.
@inline(__always)
func utf8Count<S: Collection<Unicode.Scalar>>(_ s: S) -> Int {
    var bytes = 0
    for c in s {
        let v = c.value
        bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return bytes
}

/// The scalars as a String, written straight as UTF-8 (`bytes`: their UTF-8 length, `utf8Count(s)`). One allocation
/// at most; none for short strings: the capacity asked for is the exact UTF-8 length, so that up to 15 bytes stay in
/// the string's inline storage.
@inline(__always)
func utf8String<S: Collection<Unicode.Scalar>>(_ s: S, bytes: Int, lowercasingASCII: Bool) -> String {
    if bytes == 0 { return "" }
    return String(unsafeUninitializedCapacity: bytes) { buffer in
        var k = 0
        for c in s {
            let v = c.value
            if v < 0x80 {
                buffer[k] = UInt8(lowercasingASCII && v >= 65 && v <= 90 ? v + 32 : v)
                k += 1
            } else if v < 0x800 {
                buffer[k] = UInt8(0xC0 | (v >> 6)); buffer[k + 1] = UInt8(0x80 | (v & 0x3F))
                k += 2
            } else if v < 0x10000 {
                buffer[k] = UInt8(0xE0 | (v >> 12)); buffer[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[k + 2] = UInt8(0x80 | (v & 0x3F))
                k += 3
            } else {
                buffer[k] = UInt8(0xF0 | (v >> 18)); buffer[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buffer[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[k + 3] = UInt8(0x80 | (v & 0x3F))
                k += 4
            }
        }
        return k
    }
}

/// The classes of the 128 ASCII scalars as bits, for loops that read every scalar of a text (the tokenizer): one load
/// instead of a chain of comparisons. Control characters and white space are `separator`; every other scalar that is
/// not a letter or a digit is punctuation or a symbol.
enum ASCIIClass {
    static let letter: UInt8 = 1 << 0
    static let upper: UInt8 = 1 << 1
    static let digit: UInt8 = 1 << 2
    /// A mark written inside numbers: , . - : /
    static let numberMark: UInt8 = 1 << 3
    /// $ + < = > ^ ` | ~
    static let symbol: UInt8 = 1 << 4
    /// Any other mark (the number marks too).
    static let punctuation: UInt8 = 1 << 5
    /// White space and control characters (U+0000–U+0020, U+007F).
    static let separator: UInt8 = 1 << 6

    /// The table, index = scalar value (0–127). Never freed: read through a copy of the pointer held for a whole loop.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        for v in 0..<128 {
            let c = Unicode.Scalar(UInt8(v))
            var bits: UInt8 = 0
            if v <= 32 || v == 127 {
                bits = separator | punctuation
            } else if c.isLetter {
                bits = letter | (c.isUpper ? upper : 0)
            } else if c.isDigit {
                bits = digit
            } else if "$+<=>^`|~".unicodeScalars.contains(c) {
                bits = symbol
            } else {
                bits = punctuation | (",.-:/".unicodeScalars.contains(c) ? numberMark : 0)
            }
            t[v] = bits
        }
        return UnsafePointer(t)
    }()
}
