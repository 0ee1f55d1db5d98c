/// Display width for the plain-text tables of the commands: the interface's own width table
/// (`DisplayWidth`), so a table and the screen measure a string alike.
enum TextWidth {
    static func width(_ c: Character) -> Int { DisplayWidth.of(c) }

    static func width(_ s: String) -> Int { DisplayWidth.of(s) }

    /// `s` cut to at most `max` columns, with "…" at the cut; never half a wide character.
    static func truncate(_ s: String, to max: Int) -> String { DisplayWidth.truncate(s, to: max) }

    /// `s` padded with spaces to `columns`.
    static func pad(_ s: String, to columns: Int) -> String {
        s + String(repeating: " ", count: Swift.max(0, columns - width(s)))
    }
}
