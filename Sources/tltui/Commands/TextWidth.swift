/// Display width for the plain-text tables of the commands: the interface's own width table
/// (`DisplayWidth`), so a table and the screen measure a string alike.
enum TextWidth {
    static func width(_ c: Character) -> Int { DisplayWidth.of(c) }

    static func width(_ s: String) -> Int { isPrintableASCII(s) ? s.utf8.count : DisplayWidth.of(s) }

    /// `s` cut to at most `max` columns, with "…" at the cut; never half a wide character.
    static func truncate(_ s: String, to max: Int) -> String {
        if isPrintableASCII(s), s.utf8.count <= max { return s }
        return DisplayWidth.truncate(s, to: max)
    }

    /// Printable ASCII only: one column per byte, no grapheme clusters to walk (most of a table's cells).
    static func isPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `s` padded with spaces to `columns`.
    static func pad(_ s: String, to columns: Int) -> String { pad(s, width: width(s), to: columns) }

    /// `s`, whose width is `width`, padded with spaces to `columns` (a table measures each cell once).
    static func pad(_ s: String, width: Int, to columns: Int) -> String {
        let n = columns - width
        guard n > 0 else { return s }
        guard n <= spaces.utf8.count else { return s + String(repeating: " ", count: n) }
        var out = s
        out += spaces[..<spaces.utf8.index(spaces.startIndex, offsetBy: n)]
        return out
    }

    private static let spaces = String(repeating: " ", count: 128)
}
