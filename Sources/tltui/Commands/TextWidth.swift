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
    static func pad(_ s: String, to columns: Int) -> String {
        s + String(repeating: " ", count: Swift.max(0, columns - width(s)))
    }
}
