/// Character classes used by the text stages, on single Unicode scalars.
extension Unicode.Scalar {
    var isNewline: Bool { self == "\n" || self == "\u{2028}" || self == "\u{2029}" }
    /// Horizontal white space (and carriage return), not a line feed.
    var isBlank: Bool { !isNewline && properties.isWhitespace }
    var isSpaceOrNewline: Bool { properties.isWhitespace }
    var isLetter: Bool { properties.isAlphabetic }
    var isUpper: Bool { properties.isUppercase }
    var isLower: Bool { properties.isLowercase }
    var isDigit: Bool { value >= 48 && value <= 57 }
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
