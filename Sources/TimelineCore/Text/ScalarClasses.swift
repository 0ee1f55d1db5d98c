/// Character classes used by the text stages, on single Unicode scalars.
extension Unicode.Scalar {
    var isNewline: Bool { self == "\n" || self == "\u{2028}" || self == "\u{2029}" }
    /// Horizontal white space (and carriage return), not a line feed.
    // ASCII fast paths: the Unicode property tables are only consulted beyond ASCII.
    var isBlank: Bool { value < 128 ? (value == 32 || value == 9 || value == 13 || value == 11 || value == 12) : (!isNewline && properties.isWhitespace) }
    var isSpaceOrNewline: Bool { value < 128 ? (value == 32 || (value >= 9 && value <= 13)) : properties.isWhitespace }
    var isLetter: Bool { value < 128 ? ((value | 32) >= 97 && (value | 32) <= 122) : properties.isAlphabetic }
    var isUpper: Bool { value < 128 ? (value >= 65 && value <= 90) : properties.isUppercase }
    var isLower: Bool { value < 128 ? (value >= 97 && value <= 122) : properties.isLowercase }
    var isDigit: Bool { value >= 48 && value <= 57 }
    /// A letter or a number, in any script.
    var isWordCharacter: Bool { value < 128 ? (isLetter || isDigit) : (properties.isAlphabetic || properties.numericType != nil) }
    var isOpeningQuote: Bool { self == "\u{201C}" || self == "\u{201E}" || self == "\u{00AB}" || self == "\u{2018}" || self == "\"" || self == "'" }
    var isClosing: Bool {
        self == "\u{201D}" || self == "\u{2019}" || self == "\u{00BB}" || self == "\"" || self == "'" || self == ")" || self == "]"
    }
    var isDash: Bool { self == "-" || self == "\u{2013}" || self == "\u{2014}" || self == "\u{2015}" }
}

/// Lowercased ASCII-folded string of a scalar slice (letters kept as they are outside ASCII).
func lowerString(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    for c in s {
        if c.value >= 65 && c.value <= 90, let l = Unicode.Scalar(c.value + 32) { view.append(l) } else { view.append(c) }
    }
    return String(view)
}

func plainString(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s)
    return String(view)
}
